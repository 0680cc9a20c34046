"""SQL for deliveries, their deductions and their audit trail."""

from __future__ import annotations

import datetime
import json
from collections.abc import Iterable, Mapping

from sqlite_utils import Database

from koperasi.core.model import Deduction, Delivery
from koperasi.core.settlement import PooledDelivery
from koperasi.store.rows import to_date

_COLUMNS = (
    "id, receipt, date, member_id, commodity_id, gross_grams, net_grams, quality_bp, plot, status,"
    " sale_id, part, void_reason, recorded_at, weight_manual"
)


class DeliveryStore:
    def __init__(self, db: Database) -> None:
        self.db = db

    def _deductions(self, delivery_ids: list[int]) -> dict[int, tuple[Deduction, ...]]:
        found: dict[int, list[Deduction]] = {i: [] for i in delivery_ids}
        for start in range(0, len(delivery_ids), 500):
            chunk = delivery_ids[start : start + 500]
            marks = ",".join("?" * len(chunk))
            for delivery_id, kind, grams, percent_bp in self.db.conn.execute(
                "SELECT delivery_id, kind, grams, percent_bp FROM delivery_deductions"
                f" WHERE delivery_id IN ({marks}) ORDER BY id",
                chunk,
            ):
                found[delivery_id].append(Deduction(kind, grams, percent_bp))
        return {key: tuple(value) for key, value in found.items()}

    def _rows(self, sql: str, params: Iterable) -> list[Delivery]:
        rows = list(self.db.conn.execute(sql, list(params)))
        deductions = self._deductions([row[0] for row in rows])
        return [
            Delivery(
                id=row[0],
                receipt=row[1],
                date=to_date(row[2]),
                member_id=row[3],
                commodity_id=row[4],
                gross_grams=row[5],
                deductions=deductions[row[0]],
                net_grams=row[6],
                quality_bp=row[7],
                plot=row[8],
                status=row[9],
                sale_id=row[10],
                part=row[11],
                void_reason=row[12],
                recorded_at=row[13],
                weight_manual=bool(row[14]),
            )
            for row in rows
        ]

    def insert(self, d: Delivery, year: int, seq: int, plot_id: int | None = None) -> int:
        """d.recorded_at, when given, is kept (a delivery imported from a weighing post);
        otherwise the database's clock stamps it."""
        delivery_id = self.db.conn.execute(
            "INSERT INTO deliveries (receipt, year, seq, date, member_id, commodity_id, gross_grams,"
            " deduction_grams, net_grams, quality_bp, plot, plot_id, weight_manual, recorded_at)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
            " coalesce(?, strftime('%Y-%m-%d %H:%M:%S', 'now', 'localtime')))",
            [
                d.receipt,
                year,
                seq,
                d.date.isoformat(),
                d.member_id,
                d.commodity_id,
                d.gross_grams,
                d.gross_grams - d.net_grams,
                d.net_grams,
                d.quality_bp,
                d.plot,
                plot_id,
                int(d.weight_manual),
                d.recorded_at or None,
            ],
        ).lastrowid
        self._insert_deductions(delivery_id, d.deductions)
        return delivery_id

    def _insert_deductions(self, delivery_id: int, deductions: Iterable[Deduction]) -> None:
        self.db.conn.executemany(
            "INSERT INTO delivery_deductions (delivery_id, kind, grams, percent_bp) VALUES (?, ?, ?, ?)",
            [(delivery_id, d.kind, d.grams, d.percent_bp) for d in deductions],
        )

    def update(self, d: Delivery) -> None:
        self.db.conn.execute(
            "UPDATE deliveries SET date = ?, member_id = ?, commodity_id = ?, gross_grams = ?,"
            " deduction_grams = ?, net_grams = ?, quality_bp = ?, plot = ? WHERE id = ?",
            [
                d.date.isoformat(),
                d.member_id,
                d.commodity_id,
                d.gross_grams,
                d.gross_grams - d.net_grams,
                d.net_grams,
                d.quality_bp,
                d.plot,
                d.id,
            ],
        )
        self.db.conn.execute("DELETE FROM delivery_deductions WHERE delivery_id = ?", [d.id])
        self._insert_deductions(d.id, d.deductions)

    def plot_of(self, delivery_id: int) -> int | None:
        """The mapped plot a delivery came from, or None (untraceable)."""
        row = self.db.conn.execute(
            "SELECT plot_id FROM deliveries WHERE id = ?", [delivery_id]
        ).fetchone()
        return row[0] if row else None

    def set_plot(self, delivery_id: int, plot_id: int | None) -> None:
        self.db.conn.execute(
            "UPDATE deliveries SET plot_id = ? WHERE id = ?", [plot_id, delivery_id]
        )

    def void(self, delivery_id: int, reason: str) -> None:
        self.db.conn.execute(
            "UPDATE deliveries SET status = 'void', void_reason = ? WHERE id = ? AND status = 'open'",
            [reason, delivery_id],
        )

    def add_history(
        self, delivery_id: int, action: str, reason: str, before: Mapping, after: Mapping
    ) -> None:
        self.db.conn.execute(
            "INSERT INTO delivery_history (delivery_id, action, reason, before, after) VALUES (?, ?, ?, ?, ?)",
            [
                delivery_id,
                action,
                reason,
                json.dumps(before, sort_keys=True),
                json.dumps(after, sort_keys=True),
            ],
        )

    def history(self, delivery_id: int) -> list[dict]:
        return [
            {
                "action": action,
                "reason": reason,
                "before": json.loads(before),
                "after": json.loads(after),
                "changed_at": changed_at,
            }
            for action, reason, before, after, changed_at in self.db.conn.execute(
                "SELECT action, reason, before, after, changed_at FROM delivery_history"
                " WHERE delivery_id = ? ORDER BY id",
                [delivery_id],
            )
        ]

    def get(self, delivery_id: int) -> Delivery | None:
        found = self._rows(f"SELECT {_COLUMNS} FROM deliveries WHERE id = ?", [delivery_id])
        return found[0] if found else None

    def by_receipt(self, receipt: str) -> Delivery | None:
        found = self._rows(
            f"SELECT {_COLUMNS} FROM deliveries WHERE receipt = ? COLLATE NOCASE", [receipt.strip()]
        )
        return found[0] if found else None

    def on_date(self, date: datetime.date) -> list[Delivery]:
        return self._rows(
            f"SELECT {_COLUMNS} FROM deliveries WHERE date = ? ORDER BY id", [date.isoformat()]
        )

    def of_member(
        self, member_id: int, start: datetime.date | None = None, end: datetime.date | None = None
    ) -> list[Delivery]:
        return self._rows(
            f"SELECT {_COLUMNS} FROM deliveries WHERE member_id = ? AND date BETWEEN ? AND ?"
            " ORDER BY date, id",
            [
                member_id,
                (start or datetime.date.min).isoformat(),
                (end or datetime.date.max).isoformat(),
            ],
        )

    def of_sale(self, sale_id: int) -> list[Delivery]:
        return self._rows(
            f"SELECT {_COLUMNS} FROM deliveries WHERE sale_id = ? ORDER BY id", [sale_id]
        )

    def open_pool(
        self, commodity_id: int, until: datetime.date
    ) -> list[tuple[PooledDelivery, str]]:
        """Open deliveries of a commodity dated on or before `until`, with their receipts."""
        return [
            (PooledDelivery(row[0], row[1], row[2], row[3]), row[4])
            for row in self.db.conn.execute(
                "SELECT id, member_id, net_grams, quality_bp, receipt FROM deliveries"
                " WHERE status = 'open' AND commodity_id = ? AND date <= ? ORDER BY id",
                [commodity_id, until.isoformat()],
            )
        ]

    def mark_settled(self, sale_id: int, parts: Mapping[int, int]) -> int:
        """Settle each delivery with its part; returns how many open deliveries it changed."""
        # rowcount, not total_changes: the audit triggers' own inserts must not count.
        cursor = self.db.conn.executemany(
            "UPDATE deliveries SET status = 'settled', sale_id = ?, part = ? WHERE id = ? AND status = 'open'",
            [(sale_id, part, delivery_id) for delivery_id, part in parts.items()],
        )
        return cursor.rowcount

    def open_summary(self) -> list[tuple[int, int, int]]:
        """(commodity id, open deliveries, open net grams)."""
        return list(
            self.db.conn.execute(
                "SELECT commodity_id, count(*), sum(net_grams) FROM deliveries WHERE status = 'open'"
                " GROUP BY commodity_id ORDER BY commodity_id"
            )
        )

    def open_until(self, commodity_id: int, until: datetime.date) -> list[Delivery]:
        """The open deliveries of a commodity dated on or before `until`: a sale's default pool."""
        return self._rows(
            f"SELECT {_COLUMNS} FROM deliveries WHERE status = 'open' AND commodity_id = ?"
            " AND date <= ? ORDER BY id",
            [commodity_id, until.isoformat()],
        )

    # -- one day's weighings, a page at a time (the Setoran screen) ----------------------

    def count_on_date(self, date: datetime.date) -> int:
        return self.db.conn.execute(
            "SELECT count(*) FROM deliveries WHERE date = ?", [date.isoformat()]
        ).fetchone()[0]

    def page_on_date(
        self,
        date: datetime.date,
        sort: str = "receipt",
        descending: bool = False,
        offset: int = 0,
        limit: int = 200,
    ) -> list[Delivery]:
        """One page of a day's deliveries (void ones included): sort is receipt, member,
        commodity, gross, deductions, net, quality or status."""
        sorts = {
            "receipt": "id",
            "member": "(SELECT name FROM members m WHERE m.id = deliveries.member_id) COLLATE NOCASE",
            "commodity": "(SELECT name FROM commodities c WHERE c.id = deliveries.commodity_id)",
            "gross": "gross_grams",
            "deductions": "deduction_grams",
            "net": "net_grams",
            "quality": "quality_bp",
            "status": "status",
        }
        order = sorts.get(sort, "id") + (" DESC" if descending else "")
        return self._rows(
            f"SELECT {_COLUMNS} FROM deliveries WHERE date = ? ORDER BY {order}, id LIMIT ? OFFSET ?",
            [date.isoformat(), limit, offset],
        )

    def last_date(self) -> str | None:
        """The date of the latest delivery, or None in an empty book."""
        return self.db.conn.execute("SELECT max(date) FROM deliveries").fetchone()[0]
