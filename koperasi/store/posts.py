"""SQL for weighing posts: at the main book, its posts and every record imported from them;
at a post, every record it has sent."""

from __future__ import annotations

import json

from sqlite_utils import Database


class PostStore:
    def __init__(self, db: Database) -> None:
        self.db = db

    # -- at the main book ---------------------------------------------------------------

    def add_post(self, post_id: str, name: str, key_hex: str) -> None:
        self.db.conn.execute(
            "INSERT INTO posts (post_id, name, key_hex) VALUES (?, ?, ?)", [post_id, name, key_hex]
        )

    def post(self, post_id: str) -> dict | None:
        row = self.db.conn.execute(
            "SELECT post_id, name, key_hex, last_sequence, last_digest, members_sequence"
            " FROM posts WHERE post_id = ?",
            [post_id],
        ).fetchone()
        if row is None:
            return None
        keys = ("post_id", "name", "key_hex", "last_sequence", "last_digest", "members_sequence")
        return dict(zip(keys, row, strict=True))

    def posts(self) -> list[dict]:
        ids = [r[0] for r in self.db.conn.execute("SELECT post_id FROM posts ORDER BY post_id")]
        return [p for p in (self.post(i) for i in ids) if p]

    def set_received(self, post_id: str, sequence: int, digest: str) -> None:
        self.db.conn.execute(
            "UPDATE posts SET last_sequence = ?, last_digest = ? WHERE post_id = ?",
            [sequence, digest, post_id],
        )

    def set_members_sequence(self, post_id: str, sequence: int) -> None:
        self.db.conn.execute(
            "UPDATE posts SET members_sequence = ? WHERE post_id = ?", [sequence, post_id]
        )

    def imported(self, stable_ids: list[str]) -> dict[str, int]:
        """stable id -> delivery id, for those of these ids already imported."""
        found: dict[str, int] = {}
        for start in range(0, len(stable_ids), 500):
            chunk = stable_ids[start : start + 500]
            marks = ",".join("?" * len(chunk))
            for stable_id, delivery_id in self.db.conn.execute(
                f"SELECT stable_id, delivery_id FROM post_imports WHERE stable_id IN ({marks})",
                chunk,
            ):
                found[stable_id] = delivery_id
        return found

    def add_import(
        self, stable_id: str, post_id: str, sequence: int, delivery_id: int, kind: str
    ) -> None:
        self.db.conn.execute(
            "INSERT INTO post_imports (stable_id, post_id, sequence, delivery_id, kind)"
            " VALUES (?, ?, ?, ?, ?)",
            [stable_id, post_id, sequence, delivery_id, kind],
        )

    def imported_count(self, post_id: str) -> tuple[int, int]:
        """(deliveries, corrections) imported from a post."""
        rows = dict(
            self.db.conn.execute(
                "SELECT kind, count(*) FROM post_imports WHERE post_id = ? GROUP BY kind", [post_id]
            ).fetchall()
        )
        return rows.get("delivery", 0), rows.get("correction", 0)

    def is_imported(self, delivery_id: int) -> str | None:
        """The stable id a delivery came in under, or None for the book's own."""
        row = self.db.conn.execute(
            "SELECT stable_id FROM post_imports WHERE delivery_id = ? AND kind = 'delivery'",
            [delivery_id],
        ).fetchone()
        return row[0] if row else None

    # -- at a post ------------------------------------------------------------------------

    def unsent_deliveries(self) -> list[int]:
        return [
            r[0]
            for r in self.db.conn.execute(
                "SELECT id FROM deliveries d WHERE NOT EXISTS"
                " (SELECT 1 FROM post_exports e WHERE e.delivery_id = d.id) ORDER BY id"
            )
        ]

    def unsent_history(self) -> list[dict]:
        """History rows of deliveries already sent, newer than what was sent of them, oldest
        first, with the number of corrections of that delivery sent so far."""
        rows = self.db.conn.execute(
            "SELECT h.id, h.delivery_id, h.action, h.reason, h.after, h.changed_at,"
            " (SELECT count(*) FROM post_exports e WHERE e.delivery_id = h.delivery_id"
            "  AND e.stable_id LIKE '%/K%')"
            " FROM delivery_history h"
            " WHERE h.id > (SELECT max(history_id) FROM post_exports e"
            "  WHERE e.delivery_id = h.delivery_id)"
            " ORDER BY h.id"
        ).fetchall()
        return [
            {
                "id": r[0],
                "delivery_id": r[1],
                "action": r[2],
                "reason": r[3],
                "after": json.loads(r[4]),
                "changed_at": r[5],
                "sent_corrections": r[6],
            }
            for r in rows
        ]

    def last_history_id(self, delivery_id: int) -> int:
        row = self.db.conn.execute(
            "SELECT coalesce(max(id), 0) FROM delivery_history WHERE delivery_id = ?",
            [delivery_id],
        ).fetchone()
        return row[0]

    def add_export(self, stable_id: str, sequence: int, delivery_id: int, history_id: int) -> None:
        self.db.conn.execute(
            "INSERT INTO post_exports (stable_id, sequence, delivery_id, history_id)"
            " VALUES (?, ?, ?, ?)",
            [stable_id, sequence, delivery_id, history_id],
        )

    def copy_member(self, values: dict) -> None:
        """Insert or update a member copied from the main book, by number."""
        columns = ("number", "name", "nik", "gender", "village", "address", "phone", "joined")
        existing = self.db.conn.execute(
            "SELECT id FROM members WHERE number = ?", [values["number"]]
        ).fetchone()
        active = 1 if values["active"] else 0
        if existing:
            self.db.conn.execute(
                "UPDATE members SET name = ?, nik = ?, gender = ?, village = ?, address = ?,"
                " phone = ?, joined = ?, active = ?, left_on = ? WHERE id = ?",
                [values[c] for c in columns[1:]] + [active, values["left_on"], existing[0]],
            )
        else:
            self.db.conn.execute(
                "INSERT INTO members (number, name, nik, gender, village, address, phone, joined,"
                " active, left_on) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [values[c] for c in columns] + [active, values["left_on"]],
            )
