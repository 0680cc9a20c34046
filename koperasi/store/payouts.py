"""SQL for payouts to members."""

from __future__ import annotations

import datetime
from dataclasses import dataclass

from sqlite_utils import Database

from koperasi.store.rows import to_date


@dataclass(frozen=True)
class PayoutRow:
    """One payout slip: a member's share of one sale, what was deducted and what was paid."""

    id: int
    slip: str
    date: datetime.date
    sale_id: int
    member_id: int
    share: int
    deductions: int
    paid: int
    method: str
    entry_id: int


_COLUMNS = "id, slip, date, sale_id, member_id, share, deductions, paid, method, entry_id"


def _payout(row: tuple) -> PayoutRow:
    return PayoutRow(row[0], row[1], to_date(row[2]), *row[3:])


class PayoutStore:
    def __init__(self, db: Database) -> None:
        self.db = db

    def insert_many(self, payouts: list[PayoutRow], years_seqs: list[tuple[int, int]]) -> None:
        self.db.conn.executemany(
            "INSERT INTO payouts (slip, year, seq, date, sale_id, member_id, share, deductions, paid,"
            " method, entry_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [
                (
                    p.slip,
                    year,
                    seq,
                    p.date.isoformat(),
                    p.sale_id,
                    p.member_id,
                    p.share,
                    p.deductions,
                    p.paid,
                    p.method,
                    p.entry_id,
                )
                for p, (year, seq) in zip(payouts, years_seqs, strict=True)
            ],
        )

    def of_sale(self, sale_id: int) -> list[PayoutRow]:
        return [
            _payout(row)
            for row in self.db.conn.execute(
                f"SELECT {_COLUMNS} FROM payouts WHERE sale_id = ? ORDER BY id", [sale_id]
            )
        ]

    def of_member(self, member_id: int) -> list[PayoutRow]:
        return [
            _payout(row)
            for row in self.db.conn.execute(
                f"SELECT {_COLUMNS} FROM payouts WHERE member_id = ? ORDER BY date, id", [member_id]
            )
        ]

    def by_slip(self, slip: str) -> PayoutRow | None:
        row = self.db.conn.execute(
            f"SELECT {_COLUMNS} FROM payouts WHERE slip = ? COLLATE NOCASE", [slip.strip()]
        ).fetchone()
        return _payout(row) if row else None

    def of_entry(self, entry_id: int) -> list[PayoutRow]:
        return [
            _payout(row)
            for row in self.db.conn.execute(
                f"SELECT {_COLUMNS} FROM payouts WHERE entry_id = ? ORDER BY id", [entry_id]
            )
        ]


# -- deductions at payout ---------------------------------------------------------------------


@dataclass(frozen=True)
class PayoutDeductionRow:
    """One deduction on a payout slip: what was due and what the share could cover.

    Attributes:
      kind: "wajib" (mandatory savings), "kasbon" (advance) or "pinjaman" (loan installment).
      due: what was owed of that kind when the slip was paid (arrears included).
      amount: what was deducted (never more than due); due − amount stays owed.
      loan_id: the kasbon or pinjaman repaid, None for savings.
    """

    id: int
    payout_id: int
    kind: str
    due: int
    amount: int
    loan_id: int | None


class PayoutDeductionStore:
    def __init__(self, db: Database) -> None:
        self.db = db

    def insert_many(self, rows: list[PayoutDeductionRow]) -> None:
        self.db.conn.executemany(
            "INSERT INTO payout_deductions (payout_id, kind, due, amount, loan_id)"
            " VALUES (?, ?, ?, ?, ?)",
            [(d.payout_id, d.kind, d.due, d.amount, d.loan_id) for d in rows],
        )

    def of_payouts(self, payout_ids: list[int]) -> dict[int, list[PayoutDeductionRow]]:
        """{payout id: its deductions in the order of the rules} (payouts without any left out)."""
        order = {"wajib": 0, "kasbon": 1, "pinjaman": 2}
        found: dict[int, list[PayoutDeductionRow]] = {}
        for start in range(0, len(payout_ids), 500):
            chunk = payout_ids[start : start + 500]
            marks = ",".join("?" * len(chunk))
            for row in self.db.conn.execute(
                "SELECT id, payout_id, kind, due, amount, loan_id FROM payout_deductions"
                f" WHERE payout_id IN ({marks}) ORDER BY id",
                chunk,
            ):
                found.setdefault(row[1], []).append(PayoutDeductionRow(*row))
        for rows in found.values():
            rows.sort(key=lambda d: (order[d.kind], d.loan_id or 0, d.id))
        return found
