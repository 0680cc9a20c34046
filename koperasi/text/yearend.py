"""What the year-end commands (close --year, rat, tax) print: key -> (Indonesian, English)."""

from __future__ import annotations

YEAREND: dict[str, tuple[str, str]] = {
    "year_closed_surplus": (
        "Tahun {year} ditutup: SHU {amount} dipindahkan ke SHU belum dibagi.",
        "Year {year} closed: surplus {amount} moved to undistributed surplus.",
    ),
    "year_closed_deficit": (
        "Tahun {year} ditutup: SHU negatif {amount} dibukukan.",
        "Year {year} closed: deficit {amount} recorded.",
    ),
    "decision": (
        "Keputusan RAT {date} tentang SHU {year}",
        "RAT decision of {date} on the {year} surplus",
    ),
    "amended": ("diubah {count} kali", "amended {count} times"),
    "result": ("Hasil tahun berjalan", "Result of the year"),
    "deficit_covered": ("Menutup SHU negatif tahun lalu", "Covers earlier deficits"),
    "loss_cover": ("SHU negatif ditutup dari cadangan", "Deficit covered from the reserve"),
    "loss_carry": (
        "SHU negatif dibawa ke tahun berikutnya",
        "Deficit carried to the next year",
    ),
    "allocated": ("Dialokasikan", "Allocated"),
    "entry": ("Jurnal", "Entry"),
    "part_regional": ("Dana pembangunan daerah kerja", "Regional development fund"),
    "period": ("Periode", "Period"),
    "regime": ("Rezim", "Regime"),
    "regime_final": ("final 0,5 %", "final 0.5 %"),
    "regime_normal": ("normal", "normal"),
    "turnover": ("Peredaran bruto", "Turnover"),
    "tax_base": ("Dasar pengenaan", "Tax base"),
    "tax_due": ("Pajak terutang", "Tax due"),
    "tax_posted": ("Dibukukan", "Posted"),
    "tax_paid": ("Disetor", "Paid"),
    "payable": ("Utang pajak", "Payable"),
    "tax_profile": (
        "Profil pajak: rezim {regime}, terdaftar {year}.",
        "Tax profile: regime {regime}, registered {year}.",
    ),
}
