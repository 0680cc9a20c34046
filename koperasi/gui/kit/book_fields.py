"""The fields a new book and the settings screen share: the cooperative's profile, and a
service fee as typed (a percentage, or rupiah per kg)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from koperasi.core.errors import KoperasiError
from koperasi.core.fmt import percent_input, price_input
from koperasi.core.numbers import parse_percent, parse_price
from koperasi.gui import i18n

PROFILE_FIELDS = (
    "name",
    "address",
    "village",
    "district",
    "regency",
    "province",
    "registration_no",
    "chairman",
    "treasurer",
    "phone",
)


def profile_labels() -> dict[str, str]:
    """The form labels of the cooperative's profile, shared with the settings screen."""
    return {
        "name": QCoreApplication.translate("Profile", "Cooperative's &name"),
        "address": QCoreApplication.translate("Profile", "&Address"),
        "village": QCoreApplication.translate("Profile", "&Village"),
        "district": QCoreApplication.translate("Profile", "&District (kecamatan)"),
        "regency": QCoreApplication.translate("Profile", "&Regency (kabupaten)"),
        "province": QCoreApplication.translate("Profile", "&Province"),
        "registration_no": QCoreApplication.translate("Profile", "Re&gistration no. (badan hukum)"),
        "chairman": QCoreApplication.translate("Profile", "&Chairman"),
        "treasurer": QCoreApplication.translate("Profile", "&Treasurer"),
        "phone": QCoreApplication.translate("Profile", "P&hone"),
    }


def profile_placeholders() -> dict[str, str]:
    return {
        "name": QCoreApplication.translate("Profile", "e.g. Koperasi Produsen Tani Lembah Jaya"),
        "address": QCoreApplication.translate("Profile", "Street and number"),
        "registration_no": QCoreApplication.translate(
            "Profile", "e.g. AHU-0001234.AH.01.26.TAHUN 2021"
        ),
    }


# -- service fees as typed ----------------------------------------------------------------

FEE_PERCENT, FEE_PER_KG = "percent", "per_kg"


def parse_fee(kind: str, text: str) -> int:
    """A fee as typed: a percentage ("3", "2,5 %") in basis points, or rupiah per kg
    ("25", "Rp 25", "1.000") in hundredths of a rupiah."""
    if kind == FEE_PERCENT:
        return parse_percent(text)
    return parse_price(text)


def fee_problem(kind: str, text: str) -> str:
    """What is wrong with a fee as typed, in the user's language; "" when it is right."""
    try:
        parse_fee(kind, text or "0")
    except KoperasiError as exc:
        return exc.message(i18n.current_language())
    return ""


def fee_input(kind: str, value: int) -> str:
    """A fee as it is typed back into a field: "3", "2,5", "25"."""
    return percent_input(value) if kind == FEE_PERCENT else price_input(value)
