"""Thermal printouts: the text layout line by line at 32 and 48 columns, the ESC/POS bytes
around it, and the file target of `send`."""

from __future__ import annotations

import dataclasses
import os

import pytest
from escpos.printer import Dummy

from koperasi.core.errors import KoperasiError
from koperasi.core.terbilang import amount_in_words
from koperasi.devices.escpos import (
    Line,
    Target,
    columns_for,
    escpos_bytes,
    kwitansi_layout,
    parse_target,
    printable,
    receipt_layout,
    render_kwitansi,
    render_receipt,
    render_slips,
    send,
    slip_layout,
    wrap,
)
from koperasi.reports.slips import SlipDeduction
from tests.devices.thermal_data import KWITANSI, RECEIPT, SLIP

# Each expected line: two style characters (B bold, T double height), then the printed
# line, exactly as wide as the paper.

RECEIPT_32 = [
    "B  Koperasi Produsen Tani Lembah  ",
    "B               Jaya              ",
    "     Jl. Lintas Sumatera Km 12,   ",
    "   Lembah Jaya, Sarolangun, Jambi ",
    "        Telp. 0812-7400-1122      ",
    "  ================================",
    "BT          NOTA TIMBANG          ",
    "B          NT-2026-000123         ",
    "  --------------------------------",
    "  Tanggal     : 20 November 2026  ",
    "  Jam         : 08:15             ",
    "B No. anggota : LJ-0001           ",
    "B Nama        : Siti Aminah       ",
    "  Desa        : Lembah Jaya       ",
    "  Komoditas   : Karet             ",
    "  --------------------------------",
    "  Berat kotor             120,5 kg",
    "  Potongan berat                  ",
    "    Tara (wadah)           -0,5 kg",
    "    Kadar air (2 %)        -2,4 kg",
    "    Jumlah potongan        -2,9 kg",
    "  --------------------------------",
    "BTBERAT BERSIH            117,6 kg",
    "B Kadar (mutu)                55 %",
    "  --------------------------------",
    "  Status      : Belum terjual     ",
    "                                  ",
    "           Lembah Jaya, 20/11/2026",
    "  Petugas timbang      Anggota    ",
    "                                  ",
    "                                  ",
    "                                  ",
    "   _____________    _____________ ",
    "                     Siti Aminah  ",
]

RECEIPT_48 = [
    "B        Koperasi Produsen Tani Lembah Jaya       ",
    "      Jl. Lintas Sumatera Km 12, Lembah Jaya,     ",
    "                 Sarolangun, Jambi                ",
    "                Telp. 0812-7400-1122              ",
    "  ================================================",
    "BT                  NOTA TIMBANG                  ",
    "B                  NT-2026-000123                 ",
    "  ------------------------------------------------",
    "  Tanggal          : 20 November 2026             ",
    "  Jam              : 08:15                        ",
    "B No. anggota      : LJ-0001                      ",
    "B Nama             : Siti Aminah                  ",
    "  Desa             : Lembah Jaya                  ",
    "  Komoditas        : Karet                        ",
    "  ------------------------------------------------",
    "  Berat kotor                             120,5 kg",
    "  Potongan berat                                  ",
    "    Tara (wadah)                           -0,5 kg",
    "    Kadar air (2 %)                        -2,4 kg",
    "    Jumlah potongan                        -2,9 kg",
    "  ------------------------------------------------",
    "BTBERAT BERSIH                            117,6 kg",
    "B Kadar (mutu)                                55 %",
    "  ------------------------------------------------",
    "  Status           : Belum terjual                ",
    "                                                  ",
    "                           Lembah Jaya, 20/11/2026",
    "      Petugas timbang              Anggota        ",
    "                                                  ",
    "                                                  ",
    "                                                  ",
    "   _____________________    _____________________ ",
    "                                 Siti Aminah      ",
]

SLIP_32 = [
    "B  Koperasi Produsen Tani Lembah  ",
    "B               Jaya              ",
    "     Jl. Lintas Sumatera Km 12,   ",
    "   Lembah Jaya, Sarolangun, Jambi ",
    "        Telp. 0812-7400-1122      ",
    "  ================================",
    "BT        SLIP PEMBAYARAN         ",
    "     Tanda terima bagian hasil    ",
    "             penjualan            ",
    "B           BY-2026-0001          ",
    "  --------------------------------",
    "B No. anggota : LJ-0001           ",
    "B Nama        : Siti Aminah       ",
    "  Desa        : Lembah Jaya       ",
    "  Penjualan   : PJ-2026-0001,     ",
    "                25/11/2026        ",
    "  Pembeli     : PT Remco Jambi    ",
    "  Harga       : Karet,            ",
    "                Rp 12.500/kg      ",
    "  --------------------------------",
    "B Setoran dalam penjualan ini     ",
    "  NT-2026-000123, 20/11/2026      ",
    "    117,6 kg x 55 %     Rp 799.000",
    "  NT-2026-000131, 22/11/2026      ",
    "    130,0 kg x 50 %     Rp 801.250",
    "B   2 setoran,                    ",
    "B   247,6 kg          Rp 1.600.250",
    "  --------------------------------",
    "  Bagian hasil                    ",
    "  penjualan           Rp 1.600.250",
    "  Potongan simpanan               ",
    "  wajib                 -Rp 10.000",
    "  Angsuran pinjaman               ",
    "  PN-2026-0004         -Rp 250.000",
    "    (pokok Rp 225.000, jasa       ",
    "    Rp 25.000)                    ",
    "  ================================",
    "BTDIBAYAR (tunai)     Rp 1.340.250",
    "  Terbilang:                      ",
    "B Satu juta tiga ratus empat puluh",
    "B ribu dua ratus lima puluh rupiah",
    "  --------------------------------",
    "                                  ",
    "     Lembah Jaya, 26 November 2026",
    "     Penerima,        Bendahara,  ",
    "                                  ",
    "                                  ",
    "                                  ",
    "   _____________    _____________ ",
    "    Siti Aminah       Rahmawati   ",
]

SLIP_48 = [
    "B        Koperasi Produsen Tani Lembah Jaya       ",
    "      Jl. Lintas Sumatera Km 12, Lembah Jaya,     ",
    "                 Sarolangun, Jambi                ",
    "                Telp. 0812-7400-1122              ",
    "  ================================================",
    "BT                SLIP PEMBAYARAN                 ",
    "        Tanda terima bagian hasil penjualan       ",
    "B                   BY-2026-0001                  ",
    "  ------------------------------------------------",
    "B No. anggota      : LJ-0001                      ",
    "B Nama             : Siti Aminah                  ",
    "  Desa             : Lembah Jaya                  ",
    "  Penjualan        : PJ-2026-0001, 25/11/2026     ",
    "  Pembeli          : PT Remco Jambi               ",
    "  Harga            : Karet, Rp 12.500/kg          ",
    "  ------------------------------------------------",
    "B Setoran dalam penjualan ini                     ",
    "  NT-2026-000123, 20/11/2026                      ",
    "    117,6 kg x 55 %                     Rp 799.000",
    "  NT-2026-000131, 22/11/2026                      ",
    "    130,0 kg x 50 %                     Rp 801.250",
    "B   2 setoran, 247,6 kg               Rp 1.600.250",
    "  ------------------------------------------------",
    "  Bagian hasil penjualan              Rp 1.600.250",
    "  Potongan simpanan wajib               -Rp 10.000",
    "  Angsuran pinjaman PN-2026-0004       -Rp 250.000",
    "    (pokok Rp 225.000, jasa Rp 25.000)            ",
    "  ================================================",
    "BTDIBAYAR (tunai)                     Rp 1.340.250",
    "  Terbilang:                                      ",
    "B Satu juta tiga ratus empat puluh ribu dua ratus ",
    "B lima puluh rupiah                               ",
    "  ------------------------------------------------",
    "                                                  ",
    "                     Lembah Jaya, 26 November 2026",
    "       Yang menerima,         Yang menyerahkan,   ",
    "          Anggota                 Bendahara       ",
    "                                                  ",
    "                                                  ",
    "                                                  ",
    "   _____________________    _____________________ ",
    "        Siti Aminah               Rahmawati       ",
]


def lines_of(expected: list[str]) -> list[Line]:
    return [Line(e[2:], bold=e[0] == "B", tall=e[1] == "T") for e in expected]


def expected_bytes(*documents: list[str]) -> bytes:
    """The bytes python-escpos makes for these lines: init, styles where they change, the
    text, a feed and a cut."""
    printer = Dummy()
    printer.hw("INIT")
    for expected in documents:
        bold = tall = False
        for line in lines_of(expected):
            if line.tall != tall:
                printer.set(double_height=line.tall, normal_textsize=not line.tall)
                tall = line.tall
            if line.bold != bold:
                printer.set(bold=line.bold)
                bold = line.bold
            printer.textln(line.text.rstrip())
        if tall:
            printer.set(normal_textsize=True)
        if bold:
            printer.set(bold=False)
        printer.cut()
    return printer.output


@pytest.mark.parametrize(
    ("expected", "columns"), [(RECEIPT_32, 32), (RECEIPT_48, 48)], ids=["58mm", "80mm"]
)
def test_receipt_layout(expected, columns):
    assert receipt_layout(RECEIPT, columns) == lines_of(expected)


@pytest.mark.parametrize(
    ("expected", "columns"), [(SLIP_32, 32), (SLIP_48, 48)], ids=["58mm", "80mm"]
)
def test_slip_layout(expected, columns):
    assert slip_layout(SLIP, columns) == lines_of(expected)


def test_receipt_bytes():
    assert render_receipt(RECEIPT, 58) == expected_bytes(RECEIPT_32)
    assert render_receipt(RECEIPT, "80") == expected_bytes(RECEIPT_48)
    data = render_receipt(RECEIPT, 58)
    assert data.startswith(b"\x1b@")  # ESC @: initialise
    assert data.endswith(b"\x1dV\x00")  # GS V 0: full cut
    assert b"  Berat kotor             120,5 kg\n"[2:] in data


def test_slip_bytes():
    assert render_slips([SLIP], 58) == expected_bytes(SLIP_32)
    assert render_slips([SLIP, SLIP], 80) == expected_bytes(SLIP_48, SLIP_48)
    assert render_slips([SLIP, SLIP], 80).count(b"\x1dV\x00") == 2  # each slip cut off


def test_papers():
    assert columns_for(58) == 32 and columns_for("80mm") == 48 and columns_for("roll80") == 48
    with pytest.raises(KoperasiError) as error:
        columns_for(76)
    assert "58 atau 80" in error.value.message("id")


def test_a_long_name_and_the_largest_amounts_fit():
    biggest = 999_999_999_999
    name = "Raden Mas Haji Muhammad Syaifuddin Nurhadi Wirjosastrodiprodjo Simanjuntak"
    slip = dataclasses.replace(
        SLIP,
        member_name=name,
        share=biggest,
        deductions=(
            SlipDeduction("pinjaman", biggest, "PN-2026-0004", biggest - 1, 1, still_owed=biggest),
        ),
        paid=biggest,
        paid_in_words=amount_in_words(biggest),
        meterai_duty=10_000,
    )
    for columns in (32, 48):
        lines = slip_layout(slip, columns)
        assert all(len(line.text) == columns for line in lines)
        printed = "\n".join(line.text for line in lines)
        assert "Rp 999.999.999.999" in printed
        assert "-Rp 999.999.999.999" in printed
        # The amount in words, wrapped between words: every word whole on some line.
        words = {w for line in lines for w in line.text.split()}
        assert set(amount_in_words(biggest).split()) <= words
        # The paid line ends flush right with the figure.
        paid = [line.text for line in lines if line.tall and "Rp" in line.text]
        assert paid[-1].endswith("Rp 999.999.999.999")
        assert "Meterai" in printed  # in the member's signature column
    receipt = dataclasses.replace(RECEIPT, member_name=name, gross_grams=999_999_999_999)
    for columns in (32, 48):
        assert all(len(line.text) == columns for line in receipt_layout(receipt, columns))


def test_kwitansi():
    lines = [line.text for line in kwitansi_layout(KWITANSI, 32)]
    assert "DITERIMA              Rp 250.000" in lines
    assert "Dua ratus lima puluh ribu rupiah" in lines
    assert "sukarela sesudahnya Rp 1.250.000" in lines
    data = render_kwitansi(KWITANSI, 80)
    assert data.endswith(b"\x1dV\x00") and b"KWITANSI" in data


def test_english():
    header = dataclasses.replace(RECEIPT.header, lang="en")
    lines = [
        line.text.strip()
        for line in receipt_layout(dataclasses.replace(RECEIPT, header=header), 48)
    ]
    assert "DELIVERY RECEIPT" in lines
    assert "Date             : 20 November 2026" in lines


def test_printable_text():
    assert printable("André · 12 × 3 − 1") == "Andre - 12 x 3 - 1"
    assert printable("日本") == "??"
    assert wrap("kg Rp 25.000 dan 247,6 kg", 10) == ["kg", "Rp 25.000", "dan", "247,6 kg"]
    assert wrap("NT-2026-000123456789", 8) == ["NT-2026-", "00012345", "6789"]


def test_escpos_bytes_switch_styles_only_where_they_change():
    data = escpos_bytes([[Line("a", bold=True), Line("b", bold=True), Line("c")]])
    assert data.count(b"\x1bE\x01") == 1 and data.count(b"\x1bE\x00") == 1


# --------------------------------------------------------------------------- targets


def test_targets():
    assert parse_target("cups:TM-T20") == Target("cups", "TM-T20")
    assert parse_target("192.168.1.50:9100") == Target("network", "192.168.1.50", 9100)
    assert parse_target("tcp://printer.local:9100") == Target("network", "printer.local", 9100)
    assert parse_target("/dev/usb/lp0") == Target("file", "/dev/usb/lp0")
    assert parse_target("COM3") == Target("file", "COM3")
    for bad in ("", "cups:", "cups:a b", "printer:99999"):
        with pytest.raises(KoperasiError):
            parse_target(bad)


def test_send_to_a_new_file_and_over_a_printout(tmp_path):
    path = tmp_path / "struk.bin"
    data = render_receipt(RECEIPT)
    send(data, str(path))
    assert path.read_bytes() == data
    send(b"short", str(path))  # a printout file is replaced whole, not appended to
    assert path.read_bytes() == b"short"


def test_send_never_writes_a_book(tmp_path):
    book = tmp_path / "lembah-jaya.koperasi"
    book.write_bytes(b"SQLite format 3\x00" + b"\x00" * 100)
    with pytest.raises(KoperasiError) as error:
        send(b"data", str(book))
    assert error.value.code == "printer.target_is_book"
    assert book.read_bytes() == b"SQLite format 3\x00" + b"\x00" * 100


@pytest.mark.skipif(not hasattr(os, "O_NOFOLLOW"), reason="POSIX links")
def test_send_never_follows_a_link(tmp_path):
    book = tmp_path / "lembah-jaya.koperasi"
    book.write_bytes(b"precious")
    link = tmp_path / "printer"
    link.symlink_to(book)
    with pytest.raises(KoperasiError) as error:
        send(b"data", str(link))
    assert error.value.code == "printer.target_is_link"
    assert book.read_bytes() == b"precious"


def test_send_to_a_fifo_like_a_device(tmp_path):
    if not hasattr(os, "mkfifo"):
        pytest.skip("no FIFOs")
    fifo = tmp_path / "lp0"
    os.mkfifo(fifo)
    reader = os.open(fifo, os.O_RDONLY | os.O_NONBLOCK)
    try:
        send(b"\x1b@hello\n", str(fifo))
        assert os.read(reader, 100) == b"\x1b@hello\n"
    finally:
        os.close(reader)


def test_send_to_a_missing_folder(tmp_path):
    with pytest.raises(KoperasiError) as error:
        send(b"x", str(tmp_path / "nowhere" / "lp0"))
    assert error.value.code == "printer.write_failed"


def test_windows_printer_target_is_named_and_needs_pywin32_elsewhere():
    import sys

    from koperasi.devices.escpos import parse_target, send

    target = parse_target("win:EPSON TM-T82 Receipt")
    assert (target.kind, target.where, str(target)) == (
        "windows",
        "EPSON TM-T82 Receipt",
        "win:EPSON TM-T82 Receipt",
    )
    if sys.platform != "win32":
        with pytest.raises(KoperasiError) as refused:
            send(b"\x1b@", target)
        assert refused.value.code == "printer.write_failed"


@pytest.mark.parametrize("columns", [32, 48])
def test_kwitansi_of_shu_paid_in_cash(columns):
    """SHU-2025-LJ-0001: the member's share of the year, its two parts, no balance after."""
    shu = dataclasses.replace(
        KWITANSI,
        number="SHU-2025-LJ-0001",
        kind="shu",
        savings_kind="",
        received=False,
        amount=1_375_000,
        in_words=amount_in_words(1_375_000, "id"),
        balance_after=0,
        shu_year=2025,
        jasa_usaha=1_000_000,
        jasa_modal=375_000,
    )
    lines = [line.text for line in kwitansi_layout(shu, columns)]
    assert all(len(line) == columns for line in lines)
    assert "SHU tahun buku 2025" in " ".join(" ".join(lines).split())
    for label, amount in (("Jasa usaha", "Rp 1.000.000"), ("Jasa modal", "Rp 375.000")):
        assert any(ln.startswith(label) and ln.endswith(amount) for ln in lines)
    assert any(ln.startswith("DIBAYARKAN") and ln.endswith("Rp 1.375.000") for ln in lines)
    assert not any("sesudahnya" in ln or "Sisa" in ln for ln in lines)
    words = " ".join(" ".join(lines).split()).lower()
    assert "satu juta tiga ratus tujuh puluh lima ribu rupiah" in words
