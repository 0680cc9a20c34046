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
}

# Labels of the opening's differences (merged into koperasi.text.moving_in.LABELS).
LABELS: dict[str, tuple[str, str]] = {
    "diff.shu_owed": (
        "SHU anggota yang belum dibayar − akun {account}",
        "Members' SHU not yet paid − account {account}",
    ),
    "diff.shu_year": (
        "SHU tahun {year} sudah ada di buku atau belum lewat",
        "The SHU of {year} is already in the book or the year is not over",
    ),
}
