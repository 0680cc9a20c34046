"""The printed guide's own words (the pages themselves are in resources/guide/LANG/)."""

from __future__ import annotations

GUIDE: dict[str, tuple[str, str]] = {
    "title": ("Panduan Bendahara", "Treasurer's Guide"),
    "subtitle": (
        "Pembukuan koperasi tani dengan program Koperasi",
        "Farmers' cooperative bookkeeping with the Koperasi program",
    ),
    "contents": ("Daftar isi", "Contents"),
    "page": ("Halaman {n}", "Page {n}"),
    "written": ("{path} ditulis ({pages} halaman panduan).", "Wrote {path} ({pages} guide pages)."),
    "help_f1": (
        "Di dalam program: menu Bantuan, atau tekan F1 di layar mana pun.",
        "Inside the program: the Help menu, or press F1 on any screen.",
    ),
}
