"""Generated workbooks of every shape: no uncaught exception, all good rows or nothing, and
every refusal names its row and column."""

from __future__ import annotations

import csv
import datetime
import itertools

import openpyxl
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from koperasi.book.moving_in import MovingIn
from koperasi.core.errors import KoperasiError
from koperasi.xlsx.importing import import_file

HEADERS = {
    "members": ["No. Anggota", "Nama Lengkap", "NIK/KTP", "L/P", "Tgl Masuk"],
    "savings": ["No. Anggota", "Simp. Pokok", "Simp. Wajib", "Tabungan", "Tunggakan Wajib"],
    "shares": [
        "No. Penjualan Lama",
        "Tanggal Penjualan",
        "Komoditas",
        "No. Anggota",
        "Berat Bersih (kg)",
        "Bagian",
    ],
    "shu": ["No. Anggota", "Tahun", "SHU Belum Dibayar"],
    "deliveries": ["Tanggal", "No. Anggota", "Komoditas", "Berat Kotor (kg)", "Kadar %"],
}
cells = st.one_of(
    st.none(),
    st.integers(min_value=-(10**20), max_value=10**20),
    st.floats(allow_nan=True, allow_infinity=False),
    st.sampled_from(["1.250.000", "Rp 1.250.000", "120,5", "1.25", "27/11/2026", "31/02/2026",
                     "2026-11-27", "=SUM(A1:A2)", "LJ-0001", "1503014507800001", "Karet", "L",
                     "P", "x", "", "   ", "Siti Aminah", "55"]),
    st.text(st.characters(blacklist_categories=("Cc", "Cs")), max_size=12),
    st.dates(min_value=datetime.date(1850, 1, 1), max_value=datetime.date(2300, 1, 1)),
    st.booleans(),
)  # fmt: skip
files = st.tuples(
    st.sampled_from(sorted(HEADERS)),
    st.lists(st.lists(cells, min_size=0, max_size=6), min_size=0, max_size=25),
    st.booleans(),  # merge some cells
    st.booleans(),  # as CSV instead of .xlsx
)
counter = itertools.count()


def _staged(book):
    """Everything the opening has staged so far (what a refused import must leave alone)."""
    store = MovingIn(book)._store
    return (store.savings(), store.arrears(), store.shares(), store.shu_owed())


@settings(max_examples=150, deadline=None, suppress_health_check=list(HealthCheck))
@given(files)
def test_generated_workbooks(book, tmp_path, case):
    kind, rows, merge, as_csv = case
    wb = openpyxl.Workbook()
    sheet = wb.active
    sheet.append(HEADERS[kind])
    for row in rows:
        sheet.append(
            [c.isoformat() if isinstance(c, datetime.date) and c.year < 1900 else c for c in row]
        )
    if merge and len(rows) >= 2:
        sheet.merge_cells(start_row=2, start_column=1, end_row=3, end_column=2)
    path = tmp_path / f"f{next(counter)}.xlsx"
    wb.save(path)
    if as_csv:
        path = path.with_suffix(".csv")
        with path.open("w", newline="", encoding="utf-8") as out:
            writer = csv.writer(out, delimiter=";")
            writer.writerow(HEADERS[kind])
            writer.writerows([["" if c is None else c for c in row] for row in rows])
    before = book.members.count()
    staged = _staged(book)
    try:
        report = import_file(book, kind, path)
    except KoperasiError:
        assert book.members.count() == before
        return
    for refusal in report.refused:
        assert refusal.row >= 2 and refusal.column.strip() and refusal.reason()
    if report.refused:
        assert not report.written and book.members.count() == before
        assert _staged(book) == staged
    else:
        assert report.written
        assert book.members.count() == before + (report.count("new") if kind == "members" else 0)
