"""The thermal printer's test page (Cetak halaman uji) on a 58 mm roll, line by line."""

from koperasi.devices.check_page import check_page_lines, render_check_page


def test_the_58_mm_test_page():
    lines = check_page_lines("Koperasi Produsen Tani Lembah Jaya", "/dev/usb/lp0", 58, "27/11/2026")
    assert all(len(line.text) == 32 for line in lines)
    assert [line.text.rstrip() for line in lines] == [
        " Koperasi Produsen Tani Lembah",
        "              Jaya",
        "      HALAMAN UJI PRINTER",
        "=" * 32,
        "Kertas 58 mm, 32 kolom",
        "Tujuan: /dev/usb/lp0",
        "Dicetak 27/11/2026",
        "",
        "Penggaris kolom:",
        "12345678901234567890123456789012",
        "+" + "-" * 30 + "+",
        "Huruf tebal",
        "Huruf tinggi",
        "Jumlah dibayar      Rp 1.234.567",
        "-" * 32,
        "Bila baris penggaris tepat",
        "selebar kertas dan kertas",
        "terpotong di bawah, printer",
        "siap.",
    ]
    assert [line.text.strip() for line in lines if line.bold] == [
        "Koperasi Produsen Tani Lembah",
        "Jaya",
        "HALAMAN UJI PRINTER",
        "Huruf tebal",
    ]
    assert [line.text.strip() for line in lines if line.tall] == [
        "HALAMAN UJI PRINTER",
        "Huruf tinggi",
    ]


def test_the_test_page_bytes_start_with_init_and_end_with_a_cut():
    data = render_check_page("Koperasi", "cups:TM", 80, "27/11/2026", lang="en")
    assert data.startswith(b"\x1b@") and data.endswith(b"\x1dV\x00")
    assert b"PRINTER TEST PAGE" in data and b"80 mm paper, 48 columns" in data
