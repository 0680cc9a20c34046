"""Rules for the member register: numbers, NIK and the fields a member must have."""

from __future__ import annotations

import re
import unicodedata

from stdnum.exceptions import ValidationError
from stdnum.id import nik as stdnum_nik

from koperasi.core.errors import KoperasiError

GENDERS = ("L", "P", "")


def member_number(prefix: str, seq: int) -> str:
    """LJ + 1 → LJ-0001 (more digits once past 9999)."""
    return f"{prefix}-{seq:04d}"


def check_prefix(prefix: str) -> str:
    prefix = prefix.strip().upper()
    if not re.fullmatch(r"[A-Z0-9]{1,6}", prefix):
        raise KoperasiError("member.bad_prefix", prefix=prefix)
    return prefix


def normalize_nik(nik: str | None) -> str | None:
    """A NIK as 16 digits, or None when not given; refuses one that cannot be real."""
    if nik is None or not str(nik).strip():
        return None
    try:
        return stdnum_nik.validate(str(nik))
    except ValidationError as exc:
        raise KoperasiError("member.nik_invalid", nik=str(nik).strip()) from exc


NAME_MAX = 400  # a printable name; 5000 characters broke the member register PDF


def check_name(name: str | None) -> str:
    # Invisible characters (zero-width spaces pasted from a chat) make no name.
    visible = "".join(ch for ch in (name or "") if unicodedata.category(ch) not in ("Cf", "Cc"))
    cleaned = " ".join(visible.split())
    if not cleaned:
        raise KoperasiError("member.name_required")
    if len(cleaned) > NAME_MAX:
        raise KoperasiError("member.name_too_long", max=NAME_MAX)
    return cleaned


def check_gender(gender: str | None) -> str:
    value = (gender or "").strip().upper()
    if value in ("M", "LAKI-LAKI"):
        value = "L"
    if value in ("F", "W", "PEREMPUAN"):
        value = "P"
    if value not in GENDERS:
        raise KoperasiError("member.bad_gender")
    return value
