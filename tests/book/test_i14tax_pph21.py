"""PPh 21 withheld on honoraria (branch i14tax): computed, posted in one entry with its
bukti potong, paid through the cash book, and tied to 2111 Utang PPh Pasal 21, by hand."""

import datetime
import sqlite3

import pytest

from koperasi.core.errors import KoperasiError
from koperasi.core.tax import RATES, pph21

D = datetime.date
NIK = "1503010101800001"


def balances(book, until=None):
    return {r.code: r.balance for r in book.journal.trial_balance(until).rows}


@pytest.fixture
def funded(book):
    """Kas 10.000.000 from other income on 2 March 2026 (Bank empty)."""
    book.cash.income("Pendapatan lain-lain", 10_000_000, "Sewa gudang", date=D(2026, 3, 2))
    return book


def test_rates_by_hand():
    # Bukan pegawai: base 50 % of 2.000.000 = 1.000.000 × 5 % = 50.000; net 1.950.000.
    assert pph21("bukan-pegawai", 2_000_000) == pph21("bukan-pegawai", 2_000_000, True)
    p = pph21("bukan-pegawai", 2_000_000)
    assert (p.base, p.rate_bp, p.tax, p.net) == (1_000_000, 500, 50_000, 1_950_000)
    # No NIK/NPWP: 120 % of 50.000 = 60.000.
    assert pph21("bukan-pegawai", 2_000_000, False).tax == 60_000
    # Odd gross: the exact base 1.000.000,5 × 5 % = 50.000,025 → 50.000 (rounded down).
    assert pph21("bukan-pegawai", 2_000_001).tax == 50_000
    # Pengawas, not an employee: 5 % of the whole 3.000.000 = 150.000.
    p = pph21("pengawas", 3_000_000)
    assert (p.base, p.tax, p.net) == (3_000_000, 150_000, 2_850_000)
    # Across layers: bukan pegawai 200.000.000 → base 100.000.000:
    # 60.000.000 × 5 % + 40.000.000 × 15 % = 3.000.000 + 6.000.000 = 9.000.000.
    p = pph21("bukan-pegawai", 200_000_000)
    assert (p.base, p.rate_bp, p.tax) == (100_000_000, 1500, 9_000_000)
    # Every layer: pengawas 6.000.000.000 → 3.000.000 + 28.500.000 + 62.500.000
    # + 1.350.000.000 + 350.000.000 = 1.794.000.000.
    assert pph21("pengawas", 6_000_000_000).tax == 1_794_000_000
    assert all(r.source for r in RATES.values())
    assert "PMK 168/2023" in RATES["pph21_base_bukan-pegawai_bp"].source


def test_pay_posts_one_balanced_entry_and_ties(funded):
    book = funded
    row = book.honoraria.pay(
        "Sri Wahyuni", "bukan-pegawai", 2_000_000, date=D(2026, 3, 10), tax_id=NIK,
        description="Narasumber pelatihan",
    )  # fmt: skip
    assert (row.number, row.gross, row.base, row.tax, row.net) == (
        "BP-2026-000001", 2_000_000, 1_000_000, 50_000, 1_950_000,
    )  # fmt: skip
    entry = book._store_journal.get(row.entry_id)
    lines = {(line.account, line.debit, line.credit) for line in entry.lines}
    assert lines == {("5102", 2_000_000, 0), ("1101", 0, 1_950_000), ("2111", 0, 50_000)}
    b = balances(book)
    assert (b["1101"], b["5102"], b["2111"]) == (8_050_000, 2_000_000, 50_000)
    # A pengawas without NIK/NPWP, from the bank... the bank is empty: refused, nothing kept.
    with pytest.raises(KoperasiError) as bad:
        book.honoraria.pay("Pak Darmo", "pengawas", 1_000_000, date=D(2026, 3, 20), source="bank")
    assert "1102" in bad.value.message()
    r2 = book.honoraria.pay("Pak Darmo", "pengawas", 1_000_000, date=D(2026, 4, 20))
    # 1.000.000 × 5 % × 120 % = 60.000.
    assert (r2.number, r2.surcharge_bp, r2.tax, r2.net) == (
        "BP-2026-000002",
        12000,
        60_000,
        940_000,
    )
    # March's PPh 21 deposited on 15 April through the cash book.
    deposit = book.cash.expense("Setor PPh 21", 50_000, "PPh 21 Maret", date=D(2026, 4, 15))
    march, april = book.honoraria.line(2026, 3), book.honoraria.line(2026, 4)
    assert (march.count, march.gross, march.withheld, march.paid, march.payable) == (
        1, 2_000_000, 50_000, 0, 50_000,
    )  # fmt: skip
    assert (april.count, april.gross, april.withheld, april.paid, april.payable) == (
        1, 1_000_000, 60_000, 50_000, 60_000,
    )  # fmt: skip
    year = book.honoraria.line(2026)
    assert (year.count, year.gross, year.withheld, year.paid, year.payable) == (
        2, 3_000_000, 110_000, 50_000, 60_000,
    )  # fmt: skip
    assert balances(book)["2111"] == year.payable == 60_000
    # Kas: 10.000.000 − 1.950.000 − 940.000 − 50.000 = 7.060.000.
    assert book.cash.balances()["1101"] == 7_060_000
    assert all(f.ok for f in book.checks.run()), [f for f in book.checks.run() if not f.ok]
    # The PPh 21 paid is not the PPh final's: 2109 untouched.
    assert balances(book).get("2109", 0) == 0
    # A deposit voided (entered twice, say) is no longer paid: 2111 owes 110.000 again.
    book.cash.void(deposit.number, "Salah input", date=D(2026, 4, 16))
    april = book.honoraria.line(2026, 4)
    assert (april.withheld, april.paid, april.payable) == (60_000, 0, 110_000)
    # The record is locked.
    with pytest.raises(sqlite3.DatabaseError):
        book._db.conn.execute("UPDATE honoraria SET tax = 0")


@pytest.mark.parametrize(
    ("args", "code"),
    [
        (("", "bukan-pegawai", 1_000), "pph21.name_required"),
        (("Sri", "pegawai", 1_000), "pph21.bad_category"),
        (("Sri", "pengawas", 0), "pph21.bad_gross"),
        (("Sri", "pengawas", -5), "pph21.bad_gross"),
        (("Sri", "pengawas", 10**16), "amount.too_large"),
    ],
)
def test_bad_input_one_sentence_nothing_changed(funded, args, code):
    before = balances(funded)
    with pytest.raises(KoperasiError) as bad:
        funded.honoraria.pay(*args, date=D(2026, 3, 10))
    if code != "amount.too_large":
        assert bad.value.code == code
    assert bad.value.message().count(".") >= 1 and "\n" not in bad.value.message()
    assert balances(funded) == before and funded.honoraria.line(2026).count == 0


def test_bad_tax_id_source_and_future(funded):
    book = funded
    for kwargs in (
        {"tax_id": "12345"},
        {"source": "dompet"},
        {"date": D(2026, 12, 1)},  # after today (27/11/2026)
    ):
        with pytest.raises(KoperasiError):
            book.honoraria.pay(
                "Sri", "bukan-pegawai", 1_000_000, **{"date": D(2026, 3, 10), **kwargs}
            )
    assert book.honoraria.line(2026).count == 0
    # NPWP with dots is accepted as its digits.
    row = book.honoraria.pay(
        "Sri", "bukan-pegawai", 1_000_000, date=D(2026, 3, 10), tax_id="01.234.567.8-901.000"
    )
    assert (row.tax_id, row.tax) == ("012345678901000", 25_000)


def test_void_reverses_and_the_period_nets_it(funded):
    book = funded
    nik = NIK
    row = book.honoraria.pay("Sri", "bukan-pegawai", 2_000_000, date=D(2026, 3, 10), tax_id=nik)
    book.honoraria.pay("Budi", "bukan-pegawai", 1_000_000, date=D(2026, 3, 11), tax_id=nik)
    with pytest.raises(KoperasiError):
        book.honoraria.void(row.number, "  ", date=D(2026, 4, 2))
    voided = book.honoraria.void(row.number, "Salah nama", date=D(2026, 4, 2))
    assert voided.void_date == D(2026, 4, 2)
    with pytest.raises(KoperasiError) as twice:
        book.honoraria.void(row.number, "Lagi", date=D(2026, 4, 3))
    assert twice.value.code == "pph21.already_void"
    # March: 2 paid, 3.000.000 gross, 50.000 + 25.000 withheld; April: the void takes
    # 2.000.000 and 50.000 back out. The year: 1 honorarium, 1.000.000, 25.000.
    march, april = book.honoraria.line(2026, 3), book.honoraria.line(2026, 4)
    assert (march.count, march.gross, march.withheld) == (2, 3_000_000, 75_000)
    assert (april.count, april.gross, april.withheld, april.paid) == (-1, -2_000_000, -50_000, 0)
    year = book.honoraria.line(2026)
    assert (year.count, year.gross, year.withheld, year.payable) == (1, 1_000_000, 25_000, 25_000)
    b = balances(book)
    # Kas: 10.000.000 − 1.950.000 − 975.000 + 1.950.000 back = 9.025.000.
    assert (b["1101"], b["5102"], b["2111"]) == (9_025_000, 1_000_000, 25_000)
    # The bukti potong keeps its number; the next one is BP-2026-000003.
    nxt = book.honoraria.pay("Sri", "bukan-pegawai", 2_000_000, date=D(2026, 4, 3), tax_id=nik)
    assert nxt.number == "BP-2026-000003"
    assert all(f.ok for f in book.checks.run())
