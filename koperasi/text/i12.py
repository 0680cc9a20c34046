"""Sentences of moving in, part 2 (issue 12): wajib arrears and SHU owed brought in with the
opening balances, in Indonesian and English."""

from __future__ import annotations

# Refusals (KoperasiError codes), merged into koperasi.text.errors.MESSAGES.
MESSAGES: dict[str, tuple[str, str]] = {
    "import.shu_year": (
        'Tahun buku SHU "{value}" tidak sah: tulis tahun yang sudah lewat, sebelum {year}.',
        'The SHU year "{value}" is not valid: write a past year, before {year}.',
    ),
    "import.shu_posted": (
        "SHU {year} sudah ada di buku; pembayarannya dicatat di layar SHU.",
        "The SHU of {year} is already in the book; its payments are recorded on the SHU screen.",
    ),
    "import.paid_on": (
        "Tanggal dibayar {date} harus pada atau sesudah tanggal penjualan {sale} dan tidak "
        "sesudah hari ini.",
        "The date paid {date} must be on or after the sale's date {sale} and not after today.",
    ),
    "import.sale_differs": (
        "Penjualan lama {ref} punya tanggal atau komoditas lain di baris lain (atau di impor "
        "sebelumnya); satu penjualan, satu tanggal dan satu komoditas.",
        "The old sale {ref} has another date or commodity in another row (or an earlier "
        "import); one sale has one date and one commodity.",
    ),
}
