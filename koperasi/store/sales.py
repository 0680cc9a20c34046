"""SQL for collective sales, their costs, and each member's share of them."""

from __future__ import annotations

import datetime
from collections.abc import Iterable
from dataclasses import dataclass

from sqlite_utils import Database

from koperasi.core.model import SaleCost
from koperasi.store.rows import to_date


@dataclass(frozen=True)
class SaleRow:
    """A settled sale as stored."""

    id: int
    number: str
    date: datetime.date
    commodity_id: int
    buyer: str
    sold_grams: int
    pooled_grams: int
    price_cents: int | None
    agreed_total: int | None
    fee_kind: str
    fee_bp: int
    fee_cents_per_kg: int
    gross: int
    fee: int
    costs: int
    net: int
    received_into: str
    delivery_count: int

    @property
    def shrinkage_grams(self) -> int:
        return self.pooled_grams - self.sold_grams


_COLUMNS = (
    "id, number, date, commodity_id, buyer, sold_grams, pooled_grams, price_cents, agreed_total,"
    " fee_kind, fee_bp, fee_cents_per_kg, gross, fee, costs, net, received_into, delivery_count"
)


def _sale(row: tuple) -> SaleRow:
    return SaleRow(row[0], row[1], to_date(row[2]), *row[3:])


class SaleStore:
    def __init__(self, db: Database) -> None:
        self.db = db

    def insert(self, sale: SaleRow, year: int, seq: int, costs: Iterable[SaleCost]) -> int:
        sale_id = self.db.conn.execute(
            f"INSERT INTO sales (year, seq, {_COLUMNS.replace('id, ', '', 1)})"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [
                year,
                seq,
                sale.number,
                sale.date.isoformat(),
                sale.commodity_id,
                sale.buyer,
                sale.sold_grams,
                sale.pooled_grams,
                sale.price_cents,
                sale.agreed_total,
                sale.fee_kind,
                sale.fee_bp,
                sale.fee_cents_per_kg,
                sale.gross,
                sale.fee,
                sale.costs,
                sale.net,
                sale.received_into,
                sale.delivery_count,
            ],
        ).lastrowid
        self.db.conn.executemany(
            "INSERT INTO sale_costs (sale_id, label, amount, account) VALUES (?, ?, ?, ?)",
            [(sale_id, c.label, c.amount, c.account) for c in costs],
        )
        return sale_id

    def get(self, sale_id: int) -> SaleRow | None:
        row = self.db.conn.execute(
            f"SELECT {_COLUMNS} FROM sales WHERE id = ?", [sale_id]
        ).fetchone()
        return _sale(row) if row else None

    def by_number(self, number: str) -> SaleRow | None:
        row = self.db.conn.execute(
            f"SELECT {_COLUMNS} FROM sales WHERE number = ? COLLATE NOCASE", [number.strip()]
        ).fetchone()
        return _sale(row) if row else None

    def all(self, commodity_id: int | None = None, limit: int | None = None) -> list[SaleRow]:
        where = "" if commodity_id is None else "WHERE commodity_id = ?"
        params: list = [] if commodity_id is None else [commodity_id]
        tail = "" if limit is None else f" LIMIT {int(limit)}"
        return [
            _sale(row)
            for row in self.db.conn.execute(
                f"SELECT {_COLUMNS} FROM sales {where} ORDER BY date DESC, id DESC{tail}", params
            )
        ]

    def costs(self, sale_id: int) -> list[SaleCost]:
        return [
            SaleCost(label, amount, account)
            for label, amount, account in self.db.conn.execute(
                "SELECT label, amount, account FROM sale_costs WHERE sale_id = ? ORDER BY id",
                [sale_id],
            )
        ]

    def member_shares(self, sale_id: int) -> list[tuple[int, int, int, int]]:
        """(member id, deliveries, net grams, share) for each member in a sale, by member id."""
        return list(
            self.db.conn.execute(
                "SELECT member_id, count(*), sum(net_grams), sum(part) FROM deliveries"
                " WHERE sale_id = ? GROUP BY member_id ORDER BY member_id",
                [sale_id],
            )
        )

    # -- the sales register (added for the Penjualan and Pembayaran screens) -------------

    def _listed(self, text: str, commodity_id: int | None, unpaid_only: bool) -> tuple[str, list]:
        """The sales matching the filters, each with its members and paid members counted."""
        clauses, params = [], []
        if text.strip():
            pattern = f"%{text.strip()}%"
            clauses.append("(number LIKE ? OR buyer LIKE ?)")
            params += [pattern, pattern]
        if commodity_id is not None:
            clauses.append("commodity_id = ?")
            params.append(commodity_id)
        where = (" WHERE " + " AND ".join(clauses)) if clauses else ""
        sql = (
            f"WITH listed AS (SELECT {_COLUMNS}, year, seq,"
            " (SELECT count(DISTINCT member_id) FROM deliveries d WHERE d.sale_id = sales.id)"
            " AS members,"
            " (SELECT count(*) FROM payouts p WHERE p.sale_id = sales.id"
            "  AND p.id NOT IN (SELECT payout_id FROM payout_voids)) AS paid"
            f" FROM sales{where}) SELECT * FROM listed"
            + (" WHERE members > paid" if unpaid_only else "")
        )
        return sql, params

    def count_listed(
        self, text: str = "", commodity_id: int | None = None, unpaid_only: bool = False
    ) -> int:
        sql, params = self._listed(text, commodity_id, unpaid_only)
        return self.db.conn.execute(f"SELECT count(*) FROM ({sql})", params).fetchone()[0]

    def listed(
        self,
        text: str = "",
        commodity_id: int | None = None,
        unpaid_only: bool = False,
        sort: str = "date",
        descending: bool = True,
        offset: int = 0,
        limit: int = 200,
    ) -> list[tuple[SaleRow, int, int]]:
        """One page of (sale, members with a share, members paid), newest first by default."""
        sorts = {
            "number": "year {d}, seq {d}",
            "date": "date {d}, id {d}",
            "commodity": "commodity_id {d}, date DESC, id DESC",
            "buyer": "buyer COLLATE NOCASE {d}, date DESC, id DESC",
            "sold": "sold_grams {d}, id DESC",
            "gross": "gross {d}, id DESC",
            "fee": "fee {d}, id DESC",
            "costs": "costs {d}, id DESC",
            "net": "net {d}, id DESC",
            "deliveries": "delivery_count {d}, id DESC",
            "paid": "paid {d}, id DESC",
            "unpaid": "members - paid {d}, id DESC",
        }
        sql, params = self._listed(text, commodity_id, unpaid_only)
        order = sorts.get(sort, sorts["date"]).format(d="DESC" if descending else "ASC")
        width = len(_COLUMNS.split(","))
        return [
            (_sale(row[:width]), row[-2], row[-1])
            for row in self.db.conn.execute(
                f"{sql} ORDER BY {order} LIMIT ? OFFSET ?", [*params, limit, offset]
            )
        ]
