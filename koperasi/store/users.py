"""The users of a book (optional): name, role and scrypt password hash."""

from __future__ import annotations

from dataclasses import dataclass

from sqlite_utils import Database

from koperasi.core.roles import PasswordHash


@dataclass(frozen=True)
class UserRow:
    id: int
    name: str
    role: str
    password: PasswordHash
    active: bool
    created: str


class UserStore:
    def __init__(self, db: Database) -> None:
        self.db = db

    def _has_table(self) -> bool:
        return bool(
            self.db.conn.execute(
                "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'users'"
            ).fetchone()
        )

    def count(self) -> int:
        """How many active users the book has (0 in a book made before users existed)."""
        if not self._has_table():
            return 0
        return self.db.conn.execute("SELECT count(*) FROM users WHERE active = 1").fetchone()[0]

    def add(self, name: str, role: str, password: PasswordHash) -> int:
        cursor = self.db.conn.execute(
            "INSERT INTO users (name, role, salt, digest, n, r, p) VALUES (?, ?, ?, ?, ?, ?, ?)",
            [name, role, password.salt, password.digest, password.n, password.r, password.p],
        )
        return cursor.lastrowid

    def _row(self, row: tuple) -> UserRow:
        id_, name, role, salt, digest, n, r, p, active, created = row
        return UserRow(id_, name, role, PasswordHash(salt, digest, n, r, p), bool(active), created)

    def get(self, name: str) -> UserRow | None:
        if not self._has_table():
            return None
        row = self.db.conn.execute(
            "SELECT id, name, role, salt, digest, n, r, p, active, created FROM users "
            "WHERE name = ? COLLATE NOCASE",
            [name],
        ).fetchone()
        return self._row(row) if row else None

    def all(self) -> list[UserRow]:
        if not self._has_table():
            return []
        return [
            self._row(row)
            for row in self.db.conn.execute(
                "SELECT id, name, role, salt, digest, n, r, p, active, created FROM users "
                "ORDER BY id"
            )
        ]
