"""Words of the weighing post in the desktop app (branch i1315): the thermal printer's test
page, and the refusals of the scale and printer settings."""

from __future__ import annotations

# Refusals (KoperasiError codes), merged into koperasi.text.errors.MESSAGES.
MESSAGES: dict[str, tuple[str, str]] = {
    "printer.not_set": (
        "Belum ada printer thermal; isi tujuan printer di Pengaturan dulu.",
        "No thermal printer is set; give the printer's target in Settings first.",
    ),
}

# The lot trace sheet: how the lot was pooled, as recorded when the sale was settled.
TRACE_LOT: dict[str, tuple[str, str]] = {
    "traceable_only": (
        "Saat penjualan dipilih: hanya setoran dari kebun terpetakan.",
        "Chosen at the sale: only deliveries from mapped plots.",
    ),
}

# The test page (halaman uji) of a thermal printer.
TEST_PAGE: dict[str, tuple[str, str]] = {
    "title": ("HALAMAN UJI PRINTER", "PRINTER TEST PAGE"),
    "paper": ("Kertas {paper} mm, {columns} kolom", "{paper} mm paper, {columns} columns"),
    "target": ("Tujuan: {target}", "Target: {target}"),
    "printed": ("Dicetak {day}", "Printed {day}"),
    "ruler": ("Penggaris kolom:", "Column ruler:"),
    "bold": ("Huruf tebal", "Bold letters"),
    "tall": ("Huruf tinggi", "Tall letters"),
    "amount": ("Jumlah dibayar", "Amount paid"),
    "ok": (
        "Bila baris penggaris tepat selebar kertas dan kertas terpotong di bawah, printer siap.",
        "When the ruler is exactly as wide as the paper and the paper is cut below, the printer "
        "is ready.",
    ),
}
