"""Period closing: nothing is posted, changed or voided on or before the closing date, by
the book first (a sentence for the treasurer) and by the file's triggers (whoever writes)."""

import datetime
import sqlite3

import pytest

from koperasi.book.sales import SaleInput
from koperasi.core.errors import KoperasiError
from koperasi.core.model import JournalEntry, JournalLine
from tests.helpers import dump

D = datetime.date
CLOSED = D(2026, 6, 30)


@pytest.fixture
def closed(book):
    """Siti's delivery of 20 June is still open when June is closed; Budi's was sold."""
    book.members.add("Siti Aminah", joined=D(2026, 1, 1))
    book.members.add("Budi Santoso", joined=D(2026, 1, 1))
    book.deliveries.record("LJ-0002", "TBS Sawit", 1_000_000, date=D(2026, 6, 10))
    sale = book.sales.settle(
        SaleInput("TBS Sawit", D(2026, 6, 12), "PT Pauh", 990_000, agreed_total=2_500_000)
    )
    book.deliveries.record("LJ-0001", "TBS Sawit", 500_000, date=D(2026, 6, 20))
    book.savings.deposit("LJ-0001", "sukarela", 100_000, date=D(2026, 6, 5))
    book.cash.expense("Transport", 40_000, "Bensin", date=D(2026, 6, 6))
    with book.atomic():  # a manual entry (JU-2026-000004)
        book.journal.post(
            JournalEntry(
                D(2026, 6, 7),
                "Koreksi saldo awal kas",
                (JournalLine("1101", debit=5_000), JournalLine("4901", credit=5_000)),
            )
        )
    closing = book.closing.close(CLOSED, note="Tutup buku Juni")
    assert (closing.until, closing.note) == (CLOSED, "Tutup buku Juni")
    assert book.closing.closed_until() == CLOSED
    return book, sale


REFUSED = [
    lambda b: b.deliveries.record("LJ-0001", "TBS Sawit", 100_000, date=CLOSED),
    lambda b: b.deliveries.correct("NT-2026-000002", "salah timbang", gross_grams=450_000),
    lambda b: b.deliveries.void("NT-2026-000002", "dobel"),
    lambda b: b.sales.settle(SaleInput("TBS Sawit", D(2026, 6, 25), "PT Pauh", 500_000, agreed_total=1_000_000)),
    lambda b: b.payouts.pay("PJ-2026-0001", date=D(2026, 6, 15)),
    lambda b: b.savings.deposit("LJ-0001", "sukarela", 1_000, date=D(2026, 6, 30)),
    lambda b: b.savings.withdraw("LJ-0001", 1_000, date=D(2026, 1, 31)),
    lambda b: b.savings.void("KW-2026-000001", "salah", date=D(2026, 6, 30)),
    lambda b: b.loans.grant("LJ-0001", "kasbon", 1_000, date=D(2026, 6, 1)),
    lambda b: b.cash.expense("Transport", 1_000, "x", date=D(2026, 5, 1)),
    lambda b: b.cash.transfer("kas", 1_000, date=CLOSED),
    lambda b: b.journal.reverse("JU-2026-000004", "salah", date=CLOSED),
]  # fmt: skip


@pytest.mark.parametrize("call", REFUSED)
def test_nothing_posts_into_the_closed_period(closed, call):
    book, _ = closed
    before = dump(book)
    with pytest.raises(KoperasiError) as info:
        call(book)
    assert info.value.code == "period.closed", info.value.message("en")
    assert dump(book) == before


def test_the_refusal_says_why_and_what_to_do(closed):
    book, _ = closed
    with pytest.raises(KoperasiError) as info:
        book.savings.deposit("LJ-0001", "sukarela", 1_000, date=D(2026, 6, 30))
    assert info.value.message("id") == (
        "Periode sampai 30/06/2026 sudah ditutup; tidak ada yang dapat dicatat, diubah, atau "
        "dibatalkan pada tanggal 30/06/2026. Catat koreksinya pada periode yang masih terbuka."
    )


def test_work_goes_on_in_the_open_period(closed):
    book, sale = closed
    # The June delivery still open is sold in July: that posts in July.
    july = book.sales.settle(
        SaleInput("TBS Sawit", D(2026, 7, 3), "PT Pauh", 495_000, agreed_total=1_200_000)
    )
    assert book.deliveries.get("NT-2026-000002").status == "settled"
    book.payouts.pay(sale.number, date=D(2026, 7, 4))
    book.payouts.pay(july.number, date=D(2026, 7, 4))
    # A June voucher is voided by a voucher dated in July.
    void = book.cash.void("KS-2026-000001", "salah catat", date=D(2026, 7, 5))
    assert void.date == D(2026, 7, 5)
    assert all(f.ok for f in book.checks.run())


def test_a_closing_only_moves_forward(closed):
    book, _ = closed
    before = dump(book)
    for day, code in ((CLOSED, "period.not_forward"), (D(2026, 5, 31), "period.not_forward"),
                      (D(2026, 11, 28), "period.future")):  # fmt: skip
        with pytest.raises(KoperasiError) as info:
            book.closing.close(day)
        assert info.value.code == code
    assert dump(book) == before
    book.closing.close(D(2026, 9, 30))
    assert [c.until for c in book.closing.list()] == [CLOSED, D(2026, 9, 30)]


@pytest.mark.parametrize(
    "sql",
    [
        "INSERT INTO journal_entries (number, year, seq, date, description)"
        " VALUES ('X', 2026, 99, '2026-06-30', 'x')",
        "INSERT INTO deliveries (receipt, year, seq, date, member_id, commodity_id, gross_grams,"
        " net_grams) VALUES ('X', 2026, 99, '2026-06-01', 1, 2, 1000, 1000)",
        "UPDATE deliveries SET gross_grams = 400000, net_grams = 400000 WHERE id = 2",
        "UPDATE deliveries SET status = 'void' WHERE id = 2",
        "UPDATE deliveries SET date = '2026-06-30' WHERE id = 2",
        "INSERT INTO delivery_deductions (delivery_id, kind, grams) VALUES (2, 'tare', 1000)",
        "INSERT INTO closings (until) VALUES ('2026-01-31')",
        "DELETE FROM closings",
        "UPDATE closings SET until = '2026-01-31'",
        "UPDATE savings SET amount = 1",
        "DELETE FROM cash_entries",
    ],
)
def test_the_file_itself_refuses(closed, sql):
    book, _ = closed
    with pytest.raises(sqlite3.IntegrityError, match="locked"):
        book._db.conn.execute(sql)
