"""SQL for corrections and buyer receivables: reversed sales, voided payouts, collections."""

from __future__ import annotations

import datetime
from collections.abc import Iterable
from dataclasses import dataclass

from sqlite_utils import Database

from koperasi.core import accounts as acc
from koperasi.store.rows import to_date


@dataclass(frozen=True)
class Cancellation:
    """A sale reversed or a payout voided: when, why, and the entry that did it."""

    date: datetime.date
    reason: str
    entry_id: int


@dataclass(frozen=True)
class CollectionRow:
    """A buyer's payment of (part of) a sale received into Piutang Pembeli."""

    id: int
    number: str
    sale_id: int
    date: datetime.date
    amount: int
    account: str
    entry_id: int


@dataclass(frozen=True)
class ReceivableRow:
    """What a buyer owes on one sale: the amount booked into Piutang Pembeli and paid of it."""

    sale_id: int
    sale: str
    buyer: str
    date: datetime.date
    amount: int
    paid: int

    @property
    def outstanding(self) -> int:
        return self.amount - self.paid


_COLLECTION_COLUMNS = "id, number, sale_id, date, amount, account, entry_id"


def _collection(row: tuple) -> CollectionRow:
    return CollectionRow(row[0], row[1], row[2], to_date(row[3]), *row[4:])


def _chunks(ids: Iterable[int]) -> Iterable[list[int]]:
    ids = list(ids)
    for start in range(0, len(ids), 500):
        yield ids[start : start + 500]


class CorrectionStore:
    def __init__(self, db: Database) -> None:
        self.db = db

    # -- reversed sales ---------------------------------------------------------------------

    def sale_reversal(self, sale_id: int) -> Cancellation | None:
        row = self.db.conn.execute(
            "SELECT date, reason, entry_id FROM sale_reversals WHERE sale_id = ?", [sale_id]
        ).fetchone()
        return Cancellation(to_date(row[0]), row[1], row[2]) if row else None

    def reversed_sales(self, sale_ids: Iterable[int]) -> dict[int, Cancellation]:
        found = {}
        for chunk in _chunks(sale_ids):
            marks = ",".join("?" * len(chunk))
            for sale_id, date, reason, entry_id in self.db.conn.execute(
                f"SELECT sale_id, date, reason, entry_id FROM sale_reversals"
                f" WHERE sale_id IN ({marks})",
                chunk,
            ):
                found[sale_id] = Cancellation(to_date(date), reason, entry_id)
        return found

    def reverse_sale(
        self, sale_id: int, date: datetime.date, reason: str, entry_id: int
    ) -> list[tuple[int, int]]:
        """Record the reversal, keep what the sale held, and put its deliveries back in the
        open pool; returns the (delivery id, part) it held."""
        conn = self.db.conn
        conn.execute(
            "INSERT INTO sale_reversals (sale_id, date, reason, entry_id) VALUES (?, ?, ?, ?)",
            [sale_id, date.isoformat(), reason, entry_id],
        )
        parts = list(
            conn.execute("SELECT id, part FROM deliveries WHERE sale_id = ? ORDER BY id", [sale_id])
        )
        conn.executemany(
            "INSERT INTO sale_reversal_parts (sale_id, delivery_id, part) VALUES (?, ?, ?)",
            [(sale_id, delivery_id, part) for delivery_id, part in parts],
        )
        conn.execute(
            "UPDATE deliveries SET status = 'open', sale_id = NULL, part = NULL WHERE sale_id = ?",
            [sale_id],
        )
        return parts

    def reversal_parts(self, sale_id: int) -> dict[int, int]:
        """{delivery id: part} a reversed sale held."""
        return dict(
            self.db.conn.execute(
                "SELECT delivery_id, part FROM sale_reversal_parts WHERE sale_id = ?", [sale_id]
            )
        )

    # -- voided payouts ---------------------------------------------------------------------

    def payout_void(self, payout_id: int) -> Cancellation | None:
        row = self.db.conn.execute(
            "SELECT date, reason, entry_id FROM payout_voids WHERE payout_id = ?", [payout_id]
        ).fetchone()
        return Cancellation(to_date(row[0]), row[1], row[2]) if row else None

    def voided_payouts(self, payout_ids: Iterable[int]) -> dict[int, Cancellation]:
        found = {}
        for chunk in _chunks(payout_ids):
            marks = ",".join("?" * len(chunk))
            for payout_id, date, reason, entry_id in self.db.conn.execute(
                f"SELECT payout_id, date, reason, entry_id FROM payout_voids"
                f" WHERE payout_id IN ({marks})",
                chunk,
            ):
                found[payout_id] = Cancellation(to_date(date), reason, entry_id)
        return found

    def void_payout(self, payout_id: int, date: datetime.date, reason: str, entry_id: int) -> None:
        self.db.conn.execute(
            "INSERT INTO payout_voids (payout_id, date, reason, entry_id) VALUES (?, ?, ?, ?)",
            [payout_id, date.isoformat(), reason, entry_id],
        )

    # -- buyer receivables ------------------------------------------------------------------

    def next_collection_id(self) -> int:
        return self.db.conn.execute(
            "SELECT coalesce(max(id), 0) + 1 FROM receivable_collections"
        ).fetchone()[0]

    def insert_collection(self, row: CollectionRow, year: int, seq: int) -> int:
        return self.db.conn.execute(
            "INSERT INTO receivable_collections (id, number, year, seq, sale_id, date, amount,"
            " account, entry_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [
                row.id,
                row.number,
                year,
                seq,
                row.sale_id,
                row.date.isoformat(),
                row.amount,
                row.account,
                row.entry_id,
            ],
        ).lastrowid

    def collections(self, sale_id: int) -> list[CollectionRow]:
        return [
            _collection(row)
            for row in self.db.conn.execute(
                f"SELECT {_COLLECTION_COLUMNS} FROM receivable_collections WHERE sale_id = ?"
                " ORDER BY date, id",
                [sale_id],
            )
        ]

    def collection_by_id(self, collection_id: int) -> CollectionRow | None:
        row = self.db.conn.execute(
            f"SELECT {_COLLECTION_COLUMNS} FROM receivable_collections WHERE id = ?",
            [collection_id],
        ).fetchone()
        return _collection(row) if row else None

    def receivables(self, sale_id: int | None = None) -> list[ReceivableRow]:
        """Each sale (not reversed) that booked money into Piutang Pembeli: what its entry
        put there (the gross less costs the buyer kept back) and what was collected of it."""
        where = "" if sale_id is None else " AND s.id = ?"
        return [
            ReceivableRow(row[0], row[1], row[2], to_date(row[3]), row[4], row[5])
            for row in self.db.conn.execute(
                "SELECT s.id, s.number, s.buyer, s.date, r.amount,"
                " (SELECT coalesce(sum(c.amount), 0) FROM receivable_collections c"
                "  WHERE c.sale_id = s.id)"
                " FROM sales s JOIN (SELECT e.source_id AS sale_id,"
                "  sum(l.debit) - sum(l.credit) AS amount FROM journal_entries e"
                "  JOIN journal_lines l ON l.entry_id = e.id"
                "  WHERE e.source = 'sale' AND l.account = ? GROUP BY e.source_id) r"
                "  ON r.sale_id = s.id"
                " WHERE NOT EXISTS (SELECT 1 FROM sale_reversals v WHERE v.sale_id = s.id)"
                f"{where} ORDER BY s.date, s.id",
                [acc.BUYER_RECEIVABLE] + ([] if sale_id is None else [sale_id]),
            )
        ]
