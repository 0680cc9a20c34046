"""The member register (daftar anggota): every member, active or not, in number order."""

from __future__ import annotations

import datetime
from dataclasses import dataclass
from typing import TYPE_CHECKING

from koperasi.reports.header import Header, header_of

if TYPE_CHECKING:
    from koperasi.book.book import Book


@dataclass(frozen=True)
class RegisterRow:
    """left_on: the date a member left (status "keluar"), or None while active."""

    number: str
    name: str
    nik: str
    gender: str
    village: str
    joined: datetime.date | None
    active: bool
    left_on: datetime.date | None


@dataclass(frozen=True)
class RegisterData:
    """Attributes:
    count_men / count_women: active members by gender ("L", "P"); the rest gave none.
    """

    header: Header
    rows: tuple[RegisterRow, ...]
    count: int
    count_active: int
    count_left: int
    count_men: int
    count_women: int


def register_data(book: Book, active: bool | None = None) -> RegisterData:
    """Every member, or only the active (True) or former (False) ones."""
    rows = tuple(
        RegisterRow(
            number=m.number,
            name=m.name,
            nik=m.nik or "",
            gender=m.gender,
            village=m.village,
            joined=m.joined,
            active=m.active,
            left_on=m.left_on,
        )
        for m in book.members.list(active)
    )
    active_rows = [r for r in rows if r.active]
    return RegisterData(
        header=header_of(book),
        rows=rows,
        count=len(rows),
        count_active=len(active_rows),
        count_left=len(rows) - len(active_rows),
        count_men=sum(1 for r in active_rows if r.gender == "L"),
        count_women=sum(1 for r in active_rows if r.gender == "P"),
    )
