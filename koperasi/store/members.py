"""SQL for the member register."""

from __future__ import annotations

import sqlite3
from typing import ClassVar

from sqlite_utils import Database

from koperasi.core.model import Member
from koperasi.store.rows import iso, to_date

_COLUMNS = "id, number, name, nik, gender, village, address, phone, joined, active, left_on"


def _member(row: tuple) -> Member:
    return Member(
        id=row[0],
        number=row[1],
        name=row[2],
        nik=row[3],
        gender=row[4],
        village=row[5],
        address=row[6],
        phone=row[7],
        joined=to_date(row[8]),
        active=bool(row[9]),
        left_on=to_date(row[10]),
    )


class MemberStore:
    def __init__(self, db: Database) -> None:
        self.db = db

    def next_id(self) -> int:
        return self.db.conn.execute("SELECT coalesce(max(id), 0) + 1 FROM members").fetchone()[0]

    def insert(self, member: Member) -> int:
        cursor = self.db.conn.execute(
            "INSERT INTO members (number, name, nik, gender, village, address, phone, joined, active)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [
                member.number,
                member.name,
                member.nik,
                member.gender,
                member.village,
                member.address,
                member.phone,
                iso(member.joined),
                int(member.active),
            ],
        )
        return cursor.lastrowid

    def update(self, member: Member) -> None:
        self.db.conn.execute(
            "UPDATE members SET name = ?, nik = ?, gender = ?, village = ?, address = ?, phone = ?,"
            " joined = ?, active = ?, left_on = ? WHERE id = ?",
            [
                member.name,
                member.nik,
                member.gender,
                member.village,
                member.address,
                member.phone,
                iso(member.joined),
                int(member.active),
                iso(member.left_on),
                member.id,
            ],
        )

    def get(self, member_id: int) -> Member | None:
        row = self.db.conn.execute(
            f"SELECT {_COLUMNS} FROM members WHERE id = ?", [member_id]
        ).fetchone()
        return _member(row) if row else None

    def by_number(self, number: str) -> Member | None:
        row = self.db.conn.execute(
            f"SELECT {_COLUMNS} FROM members WHERE number = ? COLLATE NOCASE", [number.strip()]
        ).fetchone()
        return _member(row) if row else None

    def by_nik(self, nik: str) -> Member | None:
        row = self.db.conn.execute(
            f"SELECT {_COLUMNS} FROM members WHERE nik = ?", [nik]
        ).fetchone()
        return _member(row) if row else None

    def all(self, active: bool | None = None) -> list[Member]:
        where = "" if active is None else f"WHERE active = {int(active)}"
        return [
            _member(row)
            for row in self.db.conn.execute(f"SELECT {_COLUMNS} FROM members {where} ORDER BY id")
        ]

    def by_ids(self, ids: list[int]) -> dict[int, Member]:
        found: dict[int, Member] = {}
        for start in range(0, len(ids), 500):
            chunk = ids[start : start + 500]
            marks = ",".join("?" * len(chunk))
            for row in self.db.conn.execute(
                f"SELECT {_COLUMNS} FROM members WHERE id IN ({marks})", chunk
            ):
                found[row[0]] = _member(row)
        return found

    def search(self, text: str, limit: int = 50, active: bool | None = None) -> list[Member]:
        """Members whose name, number, NIK or village contains `text`."""
        pattern = f"%{text.strip()}%"
        active_clause = "" if active is None else f"AND active = {int(active)}"
        rows = self.db.conn.execute(
            f"SELECT {_COLUMNS} FROM members WHERE (name LIKE ? OR number LIKE ? OR nik LIKE ? "
            f"OR village LIKE ?) {active_clause} ORDER BY name LIMIT ?",
            [pattern, pattern, pattern, pattern, limit],
        )
        return [_member(row) for row in rows]

    _SORTS: ClassVar[dict[str, str]] = {
        "number": "number",
        "name": "name COLLATE NOCASE",
        "nik": "nik",
        "village": "village",
        "joined": "joined",
    }

    def _where(self, text: str, active: bool | None) -> tuple[str, list]:
        clauses, params = [], []
        if text.strip():
            pattern = f"%{text.strip()}%"
            clauses.append("(name LIKE ? OR number LIKE ? OR nik LIKE ? OR village LIKE ?)")
            params += [pattern] * 4
        if active is not None:
            clauses.append("active = ?")
            params.append(int(active))
        return (" WHERE " + " AND ".join(clauses)) if clauses else "", params

    def count_matching(self, text: str = "", active: bool | None = None) -> int:
        where, params = self._where(text, active)
        return self.db.conn.execute(f"SELECT count(*) FROM members{where}", params).fetchone()[0]

    def page(
        self,
        text: str = "",
        active: bool | None = None,
        sort: str = "number",
        descending: bool = False,
        offset: int = 0,
        limit: int = 200,
    ) -> list[Member]:
        """One page of the register, filtered by type-ahead text and status, sorted."""
        where, params = self._where(text, active)
        order = self._SORTS.get(sort, "number") + (" DESC" if descending else "")
        rows = self.db.conn.execute(
            f"SELECT {_COLUMNS} FROM members{where} ORDER BY {order}, id LIMIT ? OFFSET ?",
            [*params, limit, offset],
        )
        return [_member(row) for row in rows]

    def count(self) -> int:
        return self.db.conn.execute("SELECT count(*) FROM members").fetchone()[0]

    def has_records(self, member_id: int) -> bool:
        return bool(
            self.db.conn.execute(
                "SELECT EXISTS (SELECT 1 FROM deliveries WHERE member_id = ?)", [member_id]
            ).fetchone()[0]
        )

    @staticmethod
    def is_unique_error(exc: sqlite3.IntegrityError, column: str) -> bool:
        return f"members.{column}" in str(exc)
