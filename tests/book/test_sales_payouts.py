import datetime

import pytest

from koperasi.book.sales import SaleInput
from koperasi.core import accounts as acc
from koperasi.core.errors import KoperasiError
from koperasi.core.model import SaleCost
from tests.helpers import dump, fund

DAY = datetime.date(2026, 11, 20)
SALE_DAY = datetime.date(2026, 11, 25)


@pytest.fixture
def rubber(book):
    """Siti delivers 120 kg (KKK 55 %) and 51 kg (50 %); Budi 80 kg (60 %); Rahmat palm fruit."""
    for name in ("Siti Aminah", "Budi Santoso", "Rahmat Hidayat"):
        book.members.add(name)
    book.deliveries.record("LJ-0001", "Karet", 120_000, date=DAY, quality_bp=5500)
    book.deliveries.record("LJ-0002", "Karet", 80_000, date=DAY, quality_bp=6000)
    book.deliveries.record(
        "LJ-0001", "Karet", 51_000, date=datetime.date(2026, 11, 22), quality_bp=5000
    )
    book.deliveries.record("LJ-0003", "TBS Sawit", 1_500_000, date=DAY)
    book.deliveries.record(
        "LJ-0002", "Karet", 70_000, date=datetime.date(2026, 11, 26), quality_bp=6000
    )
    return book


def sale_input(**changes):
    base = SaleInput(
        "Karet",
        SALE_DAY,
        "PT Remco Jambi",
        245_000,
        price_cents=1_250_000,
        costs=(SaleCost("transport", 150_000),),
    )
    return base.__class__(**(base.__dict__ | changes))


def test_settle_splits_to_the_rupiah_and_posts_the_journal(rubber):
    book = rubber
    preview = book.sales.preview(sale_input())
    sale = book.sales.settle(sale_input())
    # G = 245 kg × 12.500 = 3.062.500; F = 3 % = 91.875; K = 150.000; N = 2.820.625.
    assert (sale.gross, sale.fee, sale.costs, sale.net) == (3_062_500, 91_875, 150_000, 2_820_625)
    # Pooled: the three rubber deliveries dated on or before the sale (not the one of 26/11).
    assert (sale.number, sale.delivery_count, sale.pooled_grams, sale.shrinkage_grams) == (
        "PJ-2026-0001",
        3,
        251_000,
        6_000,
    )
    detail = book.sales.detail(sale.number)
    assert [(d.receipt, d.part) for d in detail.deliveries] == [
        ("NT-2026-000001", 1_334_489),
        ("NT-2026-000002", 970_538),
        ("NT-2026-000003", 515_598),
    ]
    # Member shares: Siti 1.334.489 + 515.598; Budi 970.538; the preview promised the same.
    assert [(m, share) for m, _, _, share in detail.shares] == [(1, 1_850_087), (2, 970_538)]
    assert preview.settlement.shares == {1: 1_850_087, 2: 970_538}
    entry = book.journal.of_source("sale", sale.id)[0]
    assert [(ln.account, ln.debit, ln.credit) for ln in entry.lines] == [
        (acc.CASH, 3_062_500, 0),
        (acc.MEMBER_HARVEST_PAYABLE, 0, 2_820_625),
        (acc.MARKETING_FEE_INCOME, 0, 91_875),
        (acc.CASH, 0, 150_000),
    ]
    assert all(f.ok for f in book.checks.run())
    # The late delivery and the palm fruit stay open.
    assert book.deliveries.get("NT-2026-000005").status == "open"
    assert book.deliveries.get("NT-2026-000004").status == "open"


def test_leave_out_and_fee_override(rubber):
    sale = rubber.sales.settle(
        sale_input(exclude=("NT-2026-000003",), fee_bp=200, sold_grams=199_000)
    )
    # G = 199 × 12.500 = 2.487.500; F = 2 % = 49.750; N = 2.487.500 − 49.750 − 150.000 = 2.287.750
    assert (sale.gross, sale.fee, sale.net, sale.delivery_count) == (
        2_487_500,
        49_750,
        2_287_750,
        2,
    )
    assert rubber.deliveries.get("NT-2026-000003").status == "open"


@pytest.mark.parametrize(
    ("changes", "code"),
    [
        ({"sold_grams": 0}, "sale.sold_positive"),
        ({"price_cents": 0}, "sale.price_positive"),
        ({"costs": (SaleCost("truk", 3_000_000),)}, "sale.net_not_positive"),
        ({"date": datetime.date(2026, 11, 19)}, "sale.no_open_deliveries"),
        ({"buyer": " "}, "sale.buyer_required"),
        ({"exclude": ("NT-2026-000004",)}, "sale.delivery_not_open"),
        ({"received_into": "9999"}, "sale.bad_account"),
    ],
)
def test_refused_sale_changes_nothing(rubber, changes, code):
    before = dump(rubber)
    with pytest.raises(KoperasiError) as info:
        rubber.sales.settle(sale_input(**changes))
    assert info.value.code == code
    assert dump(rubber) == before


def test_net_not_positive_message(rubber):
    with pytest.raises(KoperasiError) as info:
        rubber.sales.settle(sale_input(costs=(SaleCost("truk", 3_000_000),)))
    assert info.value.message("id") == (
        "Hasil bersih untuk anggota -Rp 29.375 tidak lebih dari nol (bruto Rp 3.062.500, fee Rp 91.875, "
        "biaya Rp 3.000.000); penjualan ditolak."
    )


def test_pay_all_then_nothing_left(rubber):
    sale = rubber.sales.settle(sale_input())
    slips = rubber.payouts.pay(sale.number, date=datetime.date(2026, 11, 26))
    assert [(p.slip, p.member_id, p.share, p.paid, p.method) for p in slips] == [
        ("SP-2026-000001", 1, 1_850_087, 1_850_087, "cash"),
        ("SP-2026-000002", 2, 970_538, 970_538, "cash"),
    ]
    tb = rubber.journal.trial_balance()
    balances = {row.code: row.balance for row in tb.rows}
    # Kas: + 3.062.500 − 150.000 − 2.820.625 paid out = 91.875, the fee the cooperative kept.
    assert balances[acc.CASH] == 91_875
    assert balances[acc.MEMBER_HARVEST_PAYABLE] == 0
    assert tb.total_debit == tb.total_credit
    before = dump(rubber)
    with pytest.raises(KoperasiError) as info:
        rubber.payouts.pay(sale.number)
    assert info.value.code == "payout.nothing_to_pay"
    with pytest.raises(KoperasiError) as info:
        rubber.payouts.pay(sale.number, members=["LJ-0001"])
    assert (
        info.value.message("en")
        == "Member LJ-0001's share of sale PJ-2026-0001 was already paid with slip SP-2026-000001."
    )
    assert dump(rubber) == before


def test_pay_some_by_transfer(rubber):
    fund(rubber, 1_000_000, SALE_DAY, acc.BANK)  # transfers are paid from the bank
    sale = rubber.sales.settle(sale_input())
    slips = rubber.payouts.pay(sale.number, members=["lj-0002"], method="transfer")
    assert [(p.member_id, p.paid, p.method) for p in slips] == [(2, 970_538, "transfer")]
    entry = rubber.journal.by_id(slips[0].entry_id)
    assert [(ln.account, ln.debit, ln.credit, ln.member_id) for ln in entry.lines] == [
        (acc.MEMBER_HARVEST_PAYABLE, 970_538, 0, 2),
        (acc.BANK, 0, 970_538, None),
    ]
    status = {
        s.member.number: (s.share, s.payout is not None) for s in rubber.payouts.status(sale.number)
    }
    assert status == {"LJ-0001": (1_850_087, False), "LJ-0002": (970_538, True)}
    assert all(f.ok for f in rubber.checks.run())
    with pytest.raises(KoperasiError) as info:
        rubber.payouts.pay(sale.number, members=["LJ-0003"])
    assert info.value.code == "payout.not_in_sale"
    with pytest.raises(KoperasiError) as info:
        rubber.payouts.pay(sale.number, date=datetime.date(2026, 11, 24))
    assert info.value.code == "payout.before_sale"


def test_entries_of_sales_and_payouts_are_not_reversed_alone(rubber):
    sale = rubber.sales.settle(sale_input())
    rubber.payouts.pay(sale.number)
    before = dump(rubber)
    for source in ("sale", "payout"):
        entry = rubber.journal.of_source(source, sale.id)[0]
        with pytest.raises(KoperasiError) as info:
            rubber.journal.reverse(entry.number, "salah harga")
        assert info.value.code == "journal.belongs_to_record"
    assert dump(rubber) == before
    assert all(f.ok for f in rubber.checks.run())


def test_reversal_names_the_original_and_only_once(rubber):
    from koperasi.core import accounts as acc
    from koperasi.core.model import JournalEntry, JournalLine

    fund(rubber, 50_000, SALE_DAY)
    with rubber.atomic():
        rubber.journal.post(
            JournalEntry(
                SALE_DAY,
                "Biaya kantor",
                (
                    JournalLine(acc.OPERATING_EXPENSE, debit=50_000),
                    JournalLine(acc.CASH, credit=50_000),
                ),
            )
        )
    original = rubber.journal.get("JU-2026-000002")
    reversal = rubber.journal.reverse(original.number, "contoh koreksi")
    assert reversal.reverses == original.id
    assert reversal.description.startswith(f"Pembalik {original.number}")
    assert sum(ln.debit for ln in reversal.lines) == sum(ln.credit for ln in original.lines)
    with pytest.raises(KoperasiError) as info:
        rubber.journal.reverse(original.number, "lagi")
    assert info.value.code == "journal.already_reversed"
    with pytest.raises(KoperasiError) as info:
        rubber.journal.reverse(reversal.number, "lagi")
    assert info.value.code == "journal.is_reversal"
    assert rubber.journal.trial_balance().balanced


def test_check_reports_a_tampered_book(rubber, tmp_path):
    sale = rubber.sales.settle(sale_input())
    # Someone edits the file behind the program's back, dropping the guard first.
    conn = rubber._db.conn
    conn.execute("DROP TRIGGER deliveries_locked")
    conn.execute("UPDATE deliveries SET part = part + 1 WHERE sale_id = ?", [sale.id])
    conn.commit()
    failed = [f for f in rubber.checks.run() if not f.ok]
    assert [f.check for f in failed] == [
        "each sale's parts sum to its net, over its own deliveries"
    ]
    assert "PJ-2026-0001: net 2820625, parts 2820628" in failed[0].detail
