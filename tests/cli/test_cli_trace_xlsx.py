"""`koperasi trace sheet BOOK SALE -o FILE.xlsx` (issue 13, branch i13b): the lot trace sheet
as an Excel workbook, read back with openpyxl and compared with the book's lot trace."""

from __future__ import annotations

import datetime

import openpyxl

from koperasi.book import Book
from koperasi.reports.trace import lot_trace
from tests.cli.test_cli_trace import deliver, palm_book, plot_ids  # noqa: F401


def values(sheet) -> list[list]:
    return [list(row) for row in sheet.iter_rows(values_only=True)]


def test_a_lot_trace_sheet_in_excel_holds_the_pdf_content(palm_book, cli, tmp_path):  # noqa: F811
    ids = plot_ids(cli, palm_book)
    first = deliver(
        cli, palm_book, "SM-0001", "1.000", "2025-03-03", "--plot-id", ids["Kebun Sungai"]
    )
    deliver(cli, palm_book, "SM-0001", "500", "2025-03-04", "--plot-id", ids["Pondok"])
    deliver(cli, palm_book, "SM-0002", "1.500", "2025-03-05", "--plot-id", ids["Kebun Bukit"])
    loose = deliver(cli, palm_book, "SM-0002", "200", "2025-03-05", "--plot", "belakang")
    sale = cli(
        "sale", "add", palm_book, "--commodity", "TBS Sawit", "--date", "2025-03-06",
        "--buyer", "PT Sawit Jambi", "--sold-kg", "3.150", "--price-per-kg", "2.500",
    )  # fmt: skip
    assert sale.code == 0, sale.err
    number = sale.out.strip()
    out = tmp_path / "lot.xlsx"
    result = cli("trace", "sheet", palm_book, number, "-o", out)
    assert result.code == 0, result.err
    assert result.out == f"{out}: lembar ketertelusuran penjualan {number}.\n"

    with Book.open(palm_book) as book:
        trace = lot_trace(book, number)
    workbook = openpyxl.load_workbook(out)
    assert workbook.sheetnames == ["Ringkasan", "Kebun", "Setoran", "Tidak tertelusur"]

    summary = values(workbook["Ringkasan"])
    assert summary[0][0] == "Koperasi Sawit Maju — Ringkasan"
    assert workbook["Ringkasan"].freeze_panes == "A4"
    fields = {row[0]: row[1] for row in summary[3:]}
    assert fields["Koperasi"] == "Koperasi Sawit Maju"
    assert fields["Pembeli"] == "PT Sawit Jambi"
    assert fields["Kode HS"] == "1207.10"
    assert fields["Berat bersih lot (kg)"] == 3150  # a real number, not text
    assert fields["Berat setoran dihimpun (kg)"] == trace.pooled_grams / 1000 == 3200
    assert fields["Panen pertama"] == datetime.datetime(2025, 3, 3)
    assert fields["Panen terakhir"] == datetime.datetime(2025, 3, 5)
    assert fields["Status"].startswith("TIDAK tertelusur penuh")

    plots = values(workbook["Kebun"])
    assert plots[2][:4] == ["No. anggota", "Nama anggota", "Desa", "Kebun"]
    by_plot = {row[3]: row for row in plots[3:] if row[3]}
    for p in trace.plots:
        row = by_plot[p.plot_name]
        assert row[0] == p.member_number
        assert row[6] == p.area_m2 / 10_000
        assert row[7] == p.deliveries
        assert row[8] == p.net_grams / 1000
        assert row[9] == p.share_bp / 100
    assert by_plot["Kebun Sungai"][6] == 0.9963
    assert by_plot["Kebun Sungai"][9] == 31.25  # 1.000 kg of 3.200
    untraceable, total = plots[-2], plots[-1]
    assert untraceable[1] == "Tidak tertelusur"
    assert untraceable[7:] == [1, 200, 6.25]
    assert total[1] == "JUMLAH"
    assert total[7:] == [4, 3200, 100]
    assert sum(row[9] for row in plots[3:-1]) == 100

    deliveries = values(workbook["Setoran"])
    assert [row[0] for row in deliveries[3:]] == [d.receipt for d in trace.deliveries]
    first_row = next(row for row in deliveries[3:] if row[0] == first)
    assert first_row[1:6] == [
        datetime.datetime(2025, 3, 3),
        "SM-0001",
        "Siti Aminah",
        1000,
        "Kebun Sungai",
    ]
    assert sum(row[4] for row in deliveries[3:]) == 3200
    [why] = values(workbook["Tidak tertelusur"])[3:]
    assert why[0] == loose
    assert why[5] == "Tidak tertelusur"
    assert 'kebun hanya ditulis sebagai teks "belakang"' in why[6]


def test_a_traceable_lot_has_no_untraceable_sheet(palm_book, cli, tmp_path):  # noqa: F811
    ids = plot_ids(cli, palm_book)
    deliver(cli, palm_book, "SM-0002", "1.500", "2025-03-05", "--plot-id", ids["Kebun Bukit"])
    sale = cli(
        "sale", "add", palm_book, "--commodity", "TBS Sawit", "--date", "2025-03-06",
        "--buyer", "PT Sawit Jambi", "--sold-kg", "1.480", "--price-per-kg", "2.500",
    )  # fmt: skip
    number = sale.out.strip()
    out = tmp_path / "lot.xlsx"
    assert cli("trace", "sheet", palm_book, number, "-o", out).code == 0
    workbook = openpyxl.load_workbook(out)
    assert workbook.sheetnames == ["Ringkasan", "Kebun", "Setoran"]
    fields = {row[0]: row[1] for row in values(workbook["Ringkasan"])[3:]}
    assert fields["Status"].startswith("Tertelusur penuh")
    assert fields["Berat bersih lot (kg)"] == 1480


def test_a_sheet_of_another_kind_is_refused(palm_book, cli, tmp_path):  # noqa: F811
    ids = plot_ids(cli, palm_book)
    deliver(cli, palm_book, "SM-0002", "1.500", "2025-03-05", "--plot-id", ids["Kebun Bukit"])
    sale = cli(
        "sale", "add", palm_book, "--commodity", "TBS Sawit", "--date", "2025-03-06",
        "--buyer", "PT Sawit Jambi", "--sold-kg", "1.480", "--price-per-kg", "2.500",
    )  # fmt: skip
    out = tmp_path / "lot.docx"
    result = cli("trace", "sheet", palm_book, sale.out.strip(), "-o", out)
    assert result.code == 1
    assert result.err == (
        "Lembar ketertelusuran hanya dapat disimpan sebagai .pdf atau .xlsx, bukan lot.docx.\n"
    )
    assert not out.exists()


def test_correcting_a_delivery_ties_it_to_a_plot_and_the_lot_becomes_traceable(
    palm_book,  # noqa: F811
    cli,
    tmp_path,
):
    ids = plot_ids(cli, palm_book)
    deliver(cli, palm_book, "SM-0001", "1.000", "2025-03-03", "--plot-id", ids["Kebun Sungai"])
    loose = deliver(cli, palm_book, "SM-0002", "200", "2025-03-05", "--plot", "belakang")
    # Siti's plot is not Budi's: refused, nothing changes.
    refused = cli(
        "delivery", "correct", palm_book, loose, "--reason", "kebun salah",
        "--plot-id", ids["Pondok"],
    )  # fmt: skip
    assert refused.code == 1
    assert (
        refused.err == "Kebun Pondok milik anggota SM-0001, bukan anggota SM-0002 yang menyetor.\n"
    )
    with Book.open(palm_book, readonly=True) as book:
        assert book.deliveries.history(loose) == []
    fixed = cli(
        "delivery", "correct", palm_book, loose, "--reason", "kebun dipetakan",
        "--plot-id", ids["Kebun Bukit"],
    )  # fmt: skip
    assert fixed.code == 0, fixed.err
    assert fixed.out == f"{loose}\n"
    with Book.open(palm_book, readonly=True) as book:
        [history] = book.deliveries.history(loose)
    assert (history["action"], history["reason"]) == ("correct", "kebun dipetakan")
    sale = cli(
        "sale", "add", palm_book, "--commodity", "TBS Sawit", "--date", "2025-03-06",
        "--buyer", "PT Sawit Jambi", "--sold-kg", "1.200", "--price-per-kg", "2.500",
    )  # fmt: skip
    number = sale.out.strip()
    out = tmp_path / "lot.geojson"
    result = cli("trace", "geojson", palm_book, number, "-o", out)
    assert result.code == 0, result.err
    assert result.out == f"{out}: 2 kebun dari penjualan {number}.\n"
    with Book.open(palm_book, readonly=True) as book:
        trace = lot_trace(book, number)
    assert [(d.receipt, d.plot_name) for d in trace.deliveries][-1] == (loose, "Kebun Bukit")
    assert trace.untraceable == ()
