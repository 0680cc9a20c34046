"""SQL for commodities."""

from __future__ import annotations

from sqlite_utils import Database

from koperasi.core.model import Commodity

_COLUMNS = "id, name, unit, fee_kind, fee_bp, fee_cents_per_kg, uses_quality, active"


def _commodity(row: tuple) -> Commodity:
    return Commodity(
        id=row[0],
        name=row[1],
        unit=row[2],
        fee_kind=row[3],
        fee_bp=row[4],
        fee_cents_per_kg=row[5],
        uses_quality=bool(row[6]),
        active=bool(row[7]),
    )


class CommodityStore:
    def __init__(self, db: Database) -> None:
        self.db = db

    def insert(self, c: Commodity) -> int:
        return self.db.conn.execute(
            "INSERT INTO commodities (name, unit, fee_kind, fee_bp, fee_cents_per_kg, uses_quality,"
            " active) VALUES (?, ?, ?, ?, ?, ?, ?)",
            [
                c.name,
                c.unit,
                c.fee_kind,
                c.fee_bp,
                c.fee_cents_per_kg,
                int(c.uses_quality),
                int(c.active),
            ],
        ).lastrowid

    def update(self, c: Commodity) -> None:
        self.db.conn.execute(
            "UPDATE commodities SET name = ?, unit = ?, fee_kind = ?, fee_bp = ?, fee_cents_per_kg = ?,"
            " uses_quality = ?, active = ? WHERE id = ?",
            [
                c.name,
                c.unit,
                c.fee_kind,
                c.fee_bp,
                c.fee_cents_per_kg,
                int(c.uses_quality),
                int(c.active),
                c.id,
            ],
        )

    def get(self, commodity_id: int) -> Commodity | None:
        row = self.db.conn.execute(
            f"SELECT {_COLUMNS} FROM commodities WHERE id = ?", [commodity_id]
        ).fetchone()
        return _commodity(row) if row else None

    def by_name(self, name: str) -> Commodity | None:
        row = self.db.conn.execute(
            f"SELECT {_COLUMNS} FROM commodities WHERE name = ? COLLATE NOCASE", [name.strip()]
        ).fetchone()
        return _commodity(row) if row else None

    def all(self) -> list[Commodity]:
        return [
            _commodity(row)
            for row in self.db.conn.execute(f"SELECT {_COLUMNS} FROM commodities ORDER BY id")
        ]
