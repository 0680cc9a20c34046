"""The member register: add, edit, deactivate, find."""

from __future__ import annotations

import datetime
from dataclasses import replace
from typing import TYPE_CHECKING

from koperasi.book.ops import operation
from koperasi.core.errors import KoperasiError
from koperasi.core.fmt import date_short
from koperasi.core.members import check_gender, check_name, member_number, normalize_nik
from koperasi.core.model import Member

if TYPE_CHECKING:
    from koperasi.book.book import Book

_EDITABLE = ("name", "nik", "gender", "village", "address", "phone", "joined")


class Members:
    def __init__(self, book: Book) -> None:
        self.book = book
        self._store = book._store_members

    def _check_nik_free(self, nik: str | None, member_id: int | None) -> None:
        if nik is None:
            return
        holder = self._store.by_nik(nik)
        if holder is not None and holder.id != member_id:
            raise KoperasiError("member.nik_taken", nik=nik, number=holder.number, name=holder.name)

    def _check_join_date(self, joined: datetime.date | None) -> None:
        if joined is not None and joined > self.book.today():
            raise KoperasiError("member.future_join", date=date_short(joined))

    @operation("member.add", "members")
    def add(
        self,
        name: str,
        nik: str | None = None,
        gender: str = "",
        village: str = "",
        address: str = "",
        phone: str = "",
        joined: datetime.date | None = None,
    ) -> Member:
        member = Member(
            id=0,
            number="",
            name=check_name(name),
            nik=normalize_nik(nik),
            gender=check_gender(gender),
            village=village.strip(),
            address=address.strip(),
            phone=phone.strip(),
            joined=joined or self.book.today(),
        )
        self._check_join_date(member.joined)
        self._check_nik_free(member.nik, None)
        prefix = self.book.profile.member_prefix
        with self.book.atomic():
            seq = self.book._settings.next_seq("member", 0)
            member = replace(member, number=member_number(prefix, seq))
            member_id = self._store.insert(member)
        return replace(member, id=member_id)

    def get(self, number: str) -> Member:
        member = self._store.by_number(number)
        if member is None:
            raise KoperasiError("member.not_found", number=number)
        return member

    def by_id(self, member_id: int) -> Member:
        member = self._store.get(member_id)
        if member is None:
            raise KoperasiError("member.not_found", number=f"#{member_id}")
        return member

    def by_ids(self, member_ids: list[int]) -> dict[int, Member]:
        """Many members at once, by id (for printing a sale's slips in one go)."""
        return self._store.by_ids(member_ids)

    @operation("member.edit", "members")
    def edit(self, number: str, **changes: object) -> Member:
        unknown = set(changes) - set(_EDITABLE)
        if unknown:
            raise TypeError(f"cannot edit {sorted(unknown)}")
        member = self.get(number)
        if "name" in changes:
            changes["name"] = check_name(str(changes["name"]))
        if "nik" in changes:
            changes["nik"] = normalize_nik(changes["nik"])  # type: ignore[arg-type]
            self._check_nik_free(changes["nik"], member.id)  # type: ignore[arg-type]
        if "joined" in changes:
            self._check_join_date(changes["joined"])  # type: ignore[arg-type]
        if "gender" in changes:
            changes["gender"] = check_gender(str(changes["gender"]))
        for key in ("village", "address", "phone"):
            if key in changes:
                changes[key] = str(changes[key] or "").strip()
        updated = replace(member, **changes)
        with self.book.atomic():
            self._store.update(updated)
        return updated

    @operation("member.deactivate", "members")
    def deactivate(self, number: str, on: datetime.date | None = None) -> Member:
        member = replace(self.get(number), active=False, left_on=on or self.book.today())
        with self.book.atomic():
            self._store.update(member)
        return member

    @operation("member.reactivate", "members")
    def reactivate(self, number: str) -> Member:
        member = replace(self.get(number), active=True, left_on=None)
        with self.book.atomic():
            self._store.update(member)
        return member

    def list(self, active: bool | None = None) -> list[Member]:
        return self._store.all(active)

    def search(self, text: str, limit: int = 50, active: bool | None = None) -> list[Member]:
        return self._store.search(text, limit, active)

    def count_matching(self, text: str = "", active: bool | None = None) -> int:
        return self._store.count_matching(text, active)

    def page(
        self, text="", active=None, sort="number", descending=False, offset=0, limit=200
    ) -> list[Member]:
        return self._store.page(text, active, sort, descending, offset, limit)

    def count(self) -> int:
        return self._store.count()
