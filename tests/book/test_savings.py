"""Members' savings: pokok once, wajib by the month with arrears, sukarela never below zero."""

import datetime

import pytest

from koperasi.core import accounts as acc
from koperasi.core.errors import KoperasiError
from tests.helpers import dump

D = datetime.date


@pytest.fixture
def members(book):
    book.savings.configure(pokok_amount=100_000, wajib_amount=10_000)
    book.members.add("Siti Aminah", joined=D(2026, 3, 15))
    book.members.add("Budi Santoso", joined=D(2026, 1, 2))
    return book


def test_deposits_and_withdrawals_with_receipts(members):
    book = members
    pokok = book.savings.deposit("LJ-0001", "pokok", date=D(2026, 3, 15))
    assert (pokok.number, pokok.kind, pokok.amount, pokok.method) == (
        "KW-2026-000001",
        "pokok",
        100_000,  # the book's amount
        "cash",
    )
    book.savings.deposit("LJ-0001", "sukarela", 750_000, date=D(2026, 4, 1), method="transfer")
    # Paid from the bank, where the deposit went: Kas holds only 100.000.
    out = book.savings.withdraw("LJ-0001", 250_000, date=D(2026, 5, 1), method="transfer")
    assert (out.number, out.amount) == ("KW-2026-000003", -250_000)
    assert book.savings.balances("LJ-0001") == book.savings.balances("LJ-0001", TODAY)
    balance = book.savings.balances("LJ-0001")
    # Sukarela 750.000 − 250.000 = 500.000.
    assert (balance.pokok, balance.wajib, balance.sukarela, balance.total) == (
        100_000,
        0,
        500_000,
        600_000,
    )
    assert book.savings.balances("LJ-0001", D(2026, 4, 30)).sukarela == 750_000
    # Each movement posts Kas/Bank against the member's savings account.
    entry = book.journal.get("JU-2026-000003")
    assert [(ln.account, ln.debit, ln.credit, ln.member_id) for ln in entry.lines] == [
        (acc.VOLUNTARY_SAVINGS, 250_000, 0, 1),
        (acc.BANK, 0, 250_000, None),
    ]
    assert "KW-2026-000003" in entry.description
    assert [(m.row.number, m.balance) for m in book.savings.movements("LJ-0001")] == [
        ("KW-2026-000001", 100_000),
        ("KW-2026-000002", 750_000),
        ("KW-2026-000003", 500_000),
    ]
    assert book.cash.balances() == {acc.CASH: 100_000, acc.BANK: 750_000 - 250_000}
    assert all(f.ok for f in book.checks.run())


TODAY = D(2026, 11, 27)


def test_mandatory_savings_arrears(members):
    book = members
    # Siti joined in March: March to November 2026 is 9 months × 10.000 = 90.000 owed.
    # Budi joined in January: 11 months = 110.000; he paid 60.000, so 50.000 is due.
    book.savings.deposit("LJ-0002", "wajib", 60_000, date=D(2026, 6, 30))
    assert book.savings.wajib_due("LJ-0001") == 90_000
    assert book.savings.wajib_due("LJ-0002") == 50_000
    # On 30 June Budi was exactly up to date (6 months, 60.000 paid).
    assert book.savings.wajib_due("LJ-0002", D(2026, 6, 30)) == 0
    assert [(m.member.number, m.wajib_due) for m in book.savings.arrears()] == [
        ("LJ-0001", 90_000),
        ("LJ-0002", 50_000),
    ]
    # The scheme started in September: Siti owes September to November only.
    book.savings.configure(wajib_start=D(2026, 9, 1))
    assert book.savings.wajib_due("LJ-0001") == 30_000
    book.savings.configure(wajib_start=None)
    assert book.savings.settings().wajib_start is None


def test_pokok_is_paid_once(members):
    book = members
    book.savings.deposit("LJ-0001", "pokok", date=D(2026, 3, 15))
    before = dump(book)
    with pytest.raises(KoperasiError) as info:
        book.savings.deposit("LJ-0001", "pokok")
    assert info.value.code == "savings.pokok_paid"
    assert info.value.message("id") == (
        "Anggota LJ-0001 (Siti Aminah) sudah membayar simpanan pokok (Rp 100.000); simpanan "
        "pokok dibayar satu kali saja."
    )
    assert dump(book) == before


def test_withdrawal_never_takes_a_balance_below_zero_at_any_date(members):
    book = members
    book.savings.deposit("LJ-0001", "sukarela", 300_000, date=D(2026, 4, 1))
    book.savings.withdraw("LJ-0001", 200_000, date=D(2026, 6, 1))
    # Balance: 300.000 from 1 April, 100.000 from 1 June. A withdrawal dated 1 May may take
    # only 100.000: more would leave the balance of 1 June below zero.
    before = dump(book)
    with pytest.raises(KoperasiError) as info:
        book.savings.withdraw("LJ-0001", 150_000, date=D(2026, 5, 1))
    assert info.value.code == "savings.insufficient"
    assert "Rp 100.000" in info.value.message("id")
    # Before the deposit nothing may be taken at all.
    with pytest.raises(KoperasiError):
        book.savings.withdraw("LJ-0001", 1, date=D(2026, 3, 31))
    assert dump(book) == before
    book.savings.withdraw("LJ-0001", 100_000, date=D(2026, 5, 1))
    assert book.savings.balances("LJ-0001").sukarela == 0


def test_void_a_deposit_made_by_mistake(members):
    book = members
    wrong = book.savings.deposit("LJ-0002", "wajib", 100_000, date=D(2026, 3, 1))
    void = book.savings.void(wrong.number, "salah anggota", date=D(2026, 3, 2))
    assert (void.number, void.amount, void.reverses) == ("KW-2026-000002", -100_000, wrong.id)
    entry = book.journal.by_id(void.entry_id)
    assert entry.reverses == wrong.entry_id
    assert [(ln.account, ln.debit, ln.credit) for ln in entry.lines] == [
        (acc.CASH, 0, 100_000),
        (acc.MANDATORY_SAVINGS, 100_000, 0),
    ]
    assert book.savings.balances("LJ-0002").wajib == 0
    for number, code in ((wrong.number, "savings.already_void"), (void.number, "savings.is_void")):
        with pytest.raises(KoperasiError) as info:
            book.savings.void(number, "lagi")
        assert info.value.code == code
    # A deposit's entry belongs to its receipt: the journal does not reverse it alone.
    deposit = book.savings.deposit("LJ-0002", "sukarela", 5_000, date=D(2026, 3, 3))
    with pytest.raises(KoperasiError) as info:
        book.journal.reverse(book.journal.by_id(deposit.entry_id).number, "coba")
    assert info.value.code == "journal.belongs_to_document"
    assert deposit.number in info.value.message("id")
    assert all(f.ok for f in book.checks.run())


@pytest.mark.parametrize(
    ("call", "code"),
    [
        (lambda b: b.savings.deposit("LJ-0001", "tabungan", 1_000), "savings.bad_kind"),
        (lambda b: b.savings.deposit("LJ-0001", "sukarela", 0), "savings.amount_positive"),
        (lambda b: b.savings.deposit("LJ-0001", "sukarela", 1_000, method="cek"), "savings.bad_method"),
        (lambda b: b.savings.deposit("LJ-0009", "sukarela", 1_000), "member.not_found"),
        (lambda b: b.savings.deposit("LJ-0001", "sukarela", 1_000, date=D(2027, 1, 1)), "date.future"),
        (lambda b: b.savings.deposit("LJ-0001", "sukarela", 1_000, date=D(2026, 3, 1)), "member.before_joined"),
        (lambda b: b.savings.withdraw("LJ-0001", 1_000, kind="wajib"), "savings.withdraw_sukarela_only"),
        (lambda b: b.savings.withdraw("LJ-0001", 1_000), "savings.insufficient"),
        (lambda b: b.savings.void("KW-2026-000099", "x"), "savings.not_found"),
    ],
)  # fmt: skip
def test_refusals_change_nothing(members, call, code):
    before = dump(members)
    with pytest.raises(KoperasiError) as info:
        call(members)
    assert info.value.code == code
    assert dump(members) == before


def test_pokok_without_an_amount_in_the_book(book):
    book.members.add("Siti Aminah")
    with pytest.raises(KoperasiError) as info:
        book.savings.deposit("LJ-0001", "pokok")
    assert info.value.code == "savings.pokok_not_set"
    assert book.savings.deposit("LJ-0001", "pokok", 25_000).amount == 25_000


def test_inactive_member_deposits_nothing_but_may_withdraw(members):
    book = members
    book.savings.deposit("LJ-0001", "sukarela", 50_000, date=D(2026, 4, 1))
    book.members.deactivate("LJ-0001", on=D(2026, 10, 1))
    with pytest.raises(KoperasiError) as info:
        book.savings.deposit("LJ-0001", "sukarela", 1_000)
    assert info.value.code == "member.inactive"
    assert book.savings.withdraw("LJ-0001", 50_000).amount == -50_000
    # A member who left owes wajib only up to leaving: March to October = 80.000.
    assert book.savings.wajib_due("LJ-0001") == 80_000


def test_overview_lists_every_member(members):
    book = members
    book.savings.deposit("LJ-0002", "pokok", date=D(2026, 1, 2))
    overview = book.savings.overview()
    assert [(m.member.number, m.balance.pokok, m.wajib_due) for m in overview] == [
        ("LJ-0001", 0, 90_000),
        ("LJ-0002", 100_000, 110_000),
    ]
    assert book.savings.totals().pokok == 100_000
