"""The RAT report as a PDF, read back as text: cover, parts, page numbers, signatures."""

from __future__ import annotations

import re

import pytest
from reportlab.lib.pagesizes import A4, landscape

from koperasi.book import Book
from koperasi.cli import main
from koperasi.pdf.rat import render_rat
from koperasi.reports.rat import PARTS, rat_report
from tests.pdf.pdf_helpers import LONG_NAME, page_sizes, pages, text_runs
from tests.reports.rat_helpers import TODAY, build_rat_book


@pytest.fixture(scope="module")
def rat_path(tmp_path_factory):
    path = tmp_path_factory.mktemp("rat-pdf") / "rat.koperasi"
    build_rat_book(path).close()
    return path


@pytest.fixture(scope="module")
def report(rat_path):
    with Book.open(rat_path, readonly=True) as book:
        book.with_today(TODAY)
        return rat_report(book, 2025)


@pytest.fixture(scope="module")
def full(report):
    return render_rat(report)


def page_of(texts: list[str], needle: str) -> int:
    """The number (from 1) of the first page whose text holds `needle`."""
    return next(i for i, text in enumerate(texts, start=1) if needle in text)


def test_every_page_is_numbered(full):
    texts = pages(full)
    total = len(texts)
    assert total >= 9  # a cover and seven parts, the SHU list and commodities on their own
    for number, text in enumerate(texts, start=1):
        assert f"Halaman {number} dari {total}" in text
        assert "Laporan Pertanggungjawaban Pengurus Tahun Buku 2025" in text
    assert "Halaman 1 dari" in texts[0]


def test_cover(full):
    cover = pages(full)[0]
    for text in (
        "KOPERASI PRODUSEN TANI SUMBER REJEKI",
        "LAPORAN PERTANGGUNGJAWABAN PENGURUS",
        "TAHUN BUKU 2025",
        "Disampaikan dalam Rapat Anggota Tahunan (RAT)",
        "Lubuk Resam, 10 Februari 2026",
        "Ketua H. Abdul Rahman",
        "Bendahara Siti Aminah",
        "Daftar isi",
    ):
        assert text in cover


def test_contents_name_the_page_each_part_starts_on(full):
    texts = pages(full)
    contents = re.findall(r"([IVX]+)\. (.+?) 2025 hlm\. (\d+)", texts[0])
    assert [title for _, title, _ in contents] == [
        "Laporan posisi keuangan",
        "Laporan hasil usaha",
        "Laporan arus kas",
        "Laporan perubahan ekuitas",
        "Catatan atas laporan keuangan",
        "Daftar pembagian SHU anggota",
        "Statistik anggota",
        "Volume dan harga komoditas",
    ]
    headings = [
        "I. LAPORAN POSISI KEUANGAN",
        "II. LAPORAN HASIL USAHA",
        "III. LAPORAN ARUS KAS",
        "IV. LAPORAN PERUBAHAN EKUITAS",
        "V. CATATAN ATAS LAPORAN KEUANGAN",
        "VI. DAFTAR PEMBAGIAN SHU ANGGOTA",
        "VII. STATISTIK ANGGOTA",
        "VIII. VOLUME DAN HARGA KOMODITAS",
    ]
    for (_, _, page), heading in zip(contents, headings, strict=True):
        assert page_of(texts, heading) == int(page)


def test_balance_sheet_page(full):
    texts = pages(full)
    neraca = texts[page_of(texts, "I. LAPORAN POSISI KEUANGAN") - 1]
    assert "Per 31 Desember 2025 dan 2024" in neraca
    assert "1101 Kas 26.242.250 3.030.000" in neraca
    assert "Jumlah aset lancar 32.004.250 3.030.000" in neraca
    assert "JUMLAH ASET 32.004.250 3.030.000" in neraca
    assert "JUMLAH LIABILITAS DAN EKUITAS 32.004.250 3.030.000" in neraca
    assert "Seimbang: jumlah aset sama" in neraca
    # Chairman and treasurer sign, the supervisor acknowledges.
    for text in ("Ketua", "Bendahara", "Mengetahui,", "Pengawas", "H. Abdul Rahman", "Siti Aminah"):
        assert text in neraca


def test_operations_and_cash_flow_pages(full):
    texts = pages(full)
    phu = texts[page_of(texts, "II. LAPORAN HASIL USAHA") - 1]
    assert "JUMLAH PENDAPATAN 5.334.750 2.880.000" in phu
    assert "SHU SETELAH PAJAK 4.534.750 2.730.000" in phu
    flow = texts[page_of(texts, "III. LAPORAN ARUS KAS") - 1]
    assert "Pengeluaran: Listrik & air (300.000) –" in flow
    assert "KAS DAN BANK AKHIR TAHUN 31.004.250 3.030.000" in flow
    assert "Rp 1.200.000" in flow  # the transfer between Kas and Bank, explained
    equity = texts[page_of(texts, "IV. LAPORAN PERUBAHAN EKUITAS") - 1]
    assert "3301 SHU Tahun Berjalan – 4.534.750 4.534.750 –" in equity
    assert "Jumlah ekuitas 1.392.000 6.688.650 4.534.750 3.545.900" in equity


def test_shu_list_page(full):
    texts = pages(full)
    number = page_of(texts, "VI. DAFTAR PEMBAGIAN SHU ANGGOTA")
    shu = " ".join(texts[number - 1 : number + 1])
    assert page_sizes(full)[number - 1] == pytest.approx(landscape(A4))
    assert (
        "1 SR-0001 Ahmad Yani 100.084.250 516.100 220.000 277.124 793.224 tunai 15/01/2026" in shu
    )
    # Nurhayati left on 30/09/2025: no jasa modal for 2025 (issue 10), so three members.
    assert "2 SR-0003 Sri Wahyuni 71.257.500 367.451 220.000 277.124 644.575 belum" in shu
    assert "JUMLAH 219.849.250 1.133.688 540.000 680.213 1.813.901 793.224" in shu
    assert "Tanda tangan" in shu
    assert "PRATINJAU" not in shu  # posted


def test_members_and_commodities_pages(full):
    texts = pages(full)
    members = texts[page_of(texts, "VII. STATISTIK ANGGOTA") - 1]
    assert "Anggota pada 1 Januari 2025 1 2 3" in members
    assert "ANGGOTA PADA 31 DESEMBER 2025 2 1 3" in members
    number = page_of(texts, "VIII. VOLUME DAN HARGA KOMODITAS")
    assert page_sizes(full)[number - 1] == pytest.approx(landscape(A4))
    commodities = " ".join(texts[number - 1 :])
    assert (
        "Mei 3 3 12.000 1 11.500 149.500.000 4.485.000 2.500.000 142.515.000 13.000,00"
        in commodities
    )
    assert "2.520,33" in commodities  # November's agreed total, per kg
    assert "2.501,28" in commodities  # palm fruit over the year


def test_nothing_runs_off_the_page(full):
    for (width, _), runs in zip(page_sizes(full), text_runs(full), strict=True):
        for left, right, _, text in runs:
            assert left >= 0 and right <= width + 0.5, text


def test_one_part_alone_has_no_cover(report):
    pdf = render_rat(report, ["neraca"])
    texts = pages(pdf)
    assert len(texts) == 1
    assert "KOPERASI PRODUSEN TANI SUMBER REJEKI" in texts[0]
    assert "LAPORAN POSISI KEUANGAN" in texts[0]
    assert "I. LAPORAN POSISI KEUANGAN" not in texts[0]
    assert "LAPORAN PERTANGGUNGJAWABAN" not in texts[0]
    assert "Halaman 1 dari 1" in texts[0]


@pytest.mark.parametrize("part", PARTS)
def test_each_part_prints_on_its_own(report, part):
    texts = pages(render_rat(report, [part]))
    assert "Daftar isi" not in texts[0]
    assert f"Halaman 1 dari {len(texts)}" in texts[0]


def test_a_preview_is_marked(rat_path):
    with Book.open(rat_path, readonly=True) as book:
        book.with_today(TODAY)
        texts = pages(render_rat(rat_report(book, 2026, parts=["shu"])))
    assert "PRATINJAU — belum disahkan" in texts[0]


def test_english(tmp_path):
    with build_rat_book(tmp_path / "en.koperasi", lang="en") as book:
        texts = pages(render_rat(rat_report(book, 2025)))
    assert "THE BOARD'S ANNUAL REPORT" in texts[0]
    assert "Page 1 of" in texts[0]
    assert any(
        "I. STATEMENT OF FINANCIAL POSITION" in t and "TOTAL ASSETS 32.004.250" in t for t in texts
    )
    assert any("Cash 26.242.250" in t for t in texts)


def test_demo_book_report(demo):
    pdf = render_rat(rat_report(demo, 2026))
    text = " ".join(pages(pdf))
    assert "Seimbang: jumlah aset sama" in text
    assert "PRATINJAU — belum disahkan" in text  # the demo's 2026 is not posted
    # A very long name wraps in its signing row, whole: the member signs against it.
    assert f"LJ-0003 {LONG_NAME}" in text
    for (width, _), runs in zip(page_sizes(pdf), text_runs(pdf), strict=True):
        for left, right, _, run in runs:
            assert left >= 0 and right <= width + 0.5, run


@pytest.fixture
def indonesian(monkeypatch):
    monkeypatch.delenv("KOPERASI_LANG", raising=False)


def test_cli(rat_path, tmp_path, indonesian, capsys):
    out = tmp_path / "rat.pdf"
    assert main(["print", "rat", str(rat_path), "--year", "2025", "-o", str(out)]) == 0
    assert "Seimbang: jumlah aset sama" in " ".join(pages(out.read_bytes()))
    part = tmp_path / "neraca.pdf"
    assert (
        main(["print", "rat", str(rat_path), "--year", "2025", "--part", "neraca", "-o", str(part)])
        == 0
    )
    assert len(pages(part.read_bytes())) == 1
    assert "ditulis" in capsys.readouterr().out
