"""SQL for advances (kasbon), loans (pinjaman) and their repayments."""

from __future__ import annotations

import datetime
from collections.abc import Iterable
from dataclasses import dataclass

from sqlite_utils import Database

from koperasi.store.rows import to_date


@dataclass(frozen=True)
class LoanRow:
    """A kasbon or pinjaman as paid out. Its installment plan is derived (core.loans.schedule).

    Attributes:
      months, rate_bp, method: the term, the monthly service rate in basis points and
        "flat", "declining" or "annuity"; 0, 0 and "none" for a kasbon.
      money_account: where the money came from, 1101 Kas or 1102 Bank.
    """

    id: int
    number: str
    kind: str
    member_id: int
    date: datetime.date
    principal: int
    months: int
    rate_bp: int
    method: str
    purpose: str
    money_account: str
    entry_id: int


@dataclass(frozen=True)
class RepaymentRow:
    """A repayment of a loan with its receipt (kwitansi) number, split into principal and
    service charge (jasa). method "payout" when deducted from a payout slip."""

    id: int
    number: str
    loan_id: int
    date: datetime.date
    principal: int
    service: int
    method: str
    payout_id: int | None
    entry_id: int

    @property
    def amount(self) -> int:
        return self.principal + self.service


# An annuity is stored as a declining loan with a row in loan_annuities (migration
# 0007_i10b_loan_annuities); it reads back as method "annuity".
_METHOD = (
    "CASE WHEN {t}id IN (SELECT loan_id FROM loan_annuities) THEN 'annuity' ELSE {t}method END"
)
_LOAN_COLUMNS = (
    "id, number, kind, member_id, date, principal, months, rate_bp, "
    + _METHOD.format(t="")
    + ", purpose, money_account, entry_id"
)
_PREFIXED_LOAN_COLUMNS = (
    "l.id, l.number, l.kind, l.member_id, l.date, l.principal, l.months, l.rate_bp, "
    + _METHOD.format(t="l.")
    + ", l.purpose, l.money_account, l.entry_id"
)
_REPAYMENT_COLUMNS = "id, number, loan_id, date, principal, service, method, payout_id, entry_id"
_INSERT_REPAYMENT = (
    "INSERT INTO loan_repayments (id, number, year, seq, loan_id, date, principal, service,"
    " method, payout_id, entry_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
)


def _loan(row: tuple) -> LoanRow:
    return LoanRow(*row[:4], to_date(row[4]), *row[5:])


def _repayment(row: tuple) -> RepaymentRow:
    return RepaymentRow(*row[:3], to_date(row[3]), *row[4:])


def _repayment_values(r: RepaymentRow, year: int, seq: int) -> tuple:
    return (
        r.id or None,  # 0: numbered by SQLite
        r.number,
        year,
        seq,
        r.loan_id,
        r.date.isoformat(),
        r.principal,
        r.service,
        r.method,
        r.payout_id,
        r.entry_id,
    )


class LoanStore:
    def __init__(self, db: Database) -> None:
        self.db = db

    def next_id(self) -> int:
        return self.db.conn.execute("SELECT coalesce(max(id), 0) + 1 FROM loans").fetchone()[0]

    def next_repayment_id(self) -> int:
        return self.db.conn.execute(
            "SELECT coalesce(max(id), 0) + 1 FROM loan_repayments"
        ).fetchone()[0]

    def insert(self, loan: LoanRow, year: int, seq: int) -> int:
        self.db.conn.execute(
            "INSERT INTO loans (id, number, year, seq, kind, member_id, date, principal, months,"
            " rate_bp, method, purpose, money_account, entry_id)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [
                loan.id,
                loan.number,
                year,
                seq,
                loan.kind,
                loan.member_id,
                loan.date.isoformat(),
                loan.principal,
                loan.months,
                loan.rate_bp,
                "declining" if loan.method == "annuity" else loan.method,
                loan.purpose,
                loan.money_account,
                loan.entry_id,
            ],
        )
        if loan.method == "annuity":
            self.db.conn.execute("INSERT INTO loan_annuities (loan_id) VALUES (?)", [loan.id])
        return loan.id

    def insert_repayments(self, rows: Iterable[tuple[RepaymentRow, int, int]]) -> None:
        self.db.conn.executemany(
            _INSERT_REPAYMENT, [_repayment_values(r, year, seq) for r, year, seq in rows]
        )

    def get(self, loan_id: int) -> LoanRow | None:
        row = self.db.conn.execute(
            f"SELECT {_LOAN_COLUMNS} FROM loans WHERE id = ?", [loan_id]
        ).fetchone()
        return _loan(row) if row else None

    def by_number(self, number: str) -> LoanRow | None:
        row = self.db.conn.execute(
            f"SELECT {_LOAN_COLUMNS} FROM loans WHERE number = ? COLLATE NOCASE", [number.strip()]
        ).fetchone()
        return _loan(row) if row else None

    def by_ids(self, loan_ids: Iterable[int]) -> dict[int, LoanRow]:
        ids = sorted(set(loan_ids))
        found: dict[int, LoanRow] = {}
        for start in range(0, len(ids), 500):
            chunk = ids[start : start + 500]
            marks = ",".join("?" * len(chunk))
            for row in self.db.conn.execute(
                f"SELECT {_LOAN_COLUMNS} FROM loans WHERE id IN ({marks})", chunk
            ):
                found[row[0]] = _loan(row)
        return found

    def all(self, member_id: int | None = None) -> list[LoanRow]:
        where, params = ("WHERE member_id = ?", [member_id]) if member_id is not None else ("", [])
        return [
            _loan(row)
            for row in self.db.conn.execute(
                f"SELECT {_LOAN_COLUMNS} FROM loans {where} ORDER BY date, id", params
            )
        ]

    def open_loans(self, until: datetime.date | None = None) -> list[tuple[LoanRow, int, int]]:
        """(loan, principal repaid, service repaid) of every loan with principal still owed
        (loans dated on or before `until` when given), by member and loan."""
        day = until.isoformat() if until else "9999-12-31"
        return [
            (_loan(row[:-2]), row[-2], row[-1])
            for row in self.db.conn.execute(
                f"SELECT {_PREFIXED_LOAN_COLUMNS},"
                " coalesce(r.principal, 0), coalesce(r.service, 0) FROM loans l LEFT JOIN"
                " (SELECT loan_id, sum(principal) AS principal, sum(service) AS service"
                " FROM loan_repayments GROUP BY loan_id) r ON r.loan_id = l.id"
                " WHERE l.date <= ? AND l.principal > coalesce(r.principal, 0)"
                " ORDER BY l.member_id, l.id",
                [day],
            )
        ]

    def repaid(self, loan_id: int, on: datetime.date | None = None) -> tuple[int, int]:
        """(principal, service) repaid on a loan, up to a date (inclusive) if given."""
        sql = "SELECT coalesce(sum(principal), 0), coalesce(sum(service), 0) FROM loan_repayments"
        sql += " WHERE loan_id = ?"
        params: list = [loan_id]
        if on is not None:
            sql += " AND date <= ?"
            params.append(on.isoformat())
        principal, service = self.db.conn.execute(sql, params).fetchone()
        return principal, service

    def repaid_all(self) -> dict[int, tuple[int, int]]:
        return {
            loan_id: (principal, service)
            for loan_id, principal, service in self.db.conn.execute(
                "SELECT loan_id, sum(principal), sum(service) FROM loan_repayments GROUP BY loan_id"
            )
        }

    def repayments(self, loan_id: int) -> list[RepaymentRow]:
        return [
            _repayment(row)
            for row in self.db.conn.execute(
                f"SELECT {_REPAYMENT_COLUMNS} FROM loan_repayments WHERE loan_id = ?"
                " ORDER BY date, id",
                [loan_id],
            )
        ]

    def repayment_by_id(self, repayment_id: int) -> RepaymentRow | None:
        row = self.db.conn.execute(
            f"SELECT {_REPAYMENT_COLUMNS} FROM loan_repayments WHERE id = ?", [repayment_id]
        ).fetchone()
        return _repayment(row) if row else None

    def repayment_by_number(self, number: str) -> RepaymentRow | None:
        row = self.db.conn.execute(
            f"SELECT {_REPAYMENT_COLUMNS} FROM loan_repayments WHERE number = ? COLLATE NOCASE",
            [number.strip()],
        ).fetchone()
        return _repayment(row) if row else None

    def repayments_of_payouts(self, payout_ids: list[int]) -> list[RepaymentRow]:
        found: list[RepaymentRow] = []
        for start in range(0, len(payout_ids), 500):
            chunk = payout_ids[start : start + 500]
            marks = ",".join("?" * len(chunk))
            found += [
                _repayment(row)
                for row in self.db.conn.execute(
                    f"SELECT {_REPAYMENT_COLUMNS} FROM loan_repayments"
                    f" WHERE payout_id IN ({marks}) ORDER BY id",
                    chunk,
                )
            ]
        return found

    def repayments_of_member(
        self, member_id: int, start: datetime.date | None = None, end: datetime.date | None = None
    ) -> list[RepaymentRow]:
        sql = (
            f"SELECT {', '.join('r.' + c for c in _REPAYMENT_COLUMNS.split(', '))}"
            " FROM loan_repayments r JOIN loans l ON l.id = r.loan_id WHERE l.member_id = ?"
        )
        params: list = [member_id]
        if start is not None:
            sql += " AND r.date >= ?"
            params.append(start.isoformat())
        if end is not None:
            sql += " AND r.date <= ?"
            params.append(end.isoformat())
        return [
            _repayment(row) for row in self.db.conn.execute(sql + " ORDER BY r.date, r.id", params)
        ]

    def outstanding_total(self) -> int:
        return self.db.conn.execute(
            "SELECT (SELECT coalesce(sum(principal), 0) FROM loans)"
            " - (SELECT coalesce(sum(principal), 0) FROM loan_repayments)"
        ).fetchone()[0]

    def loans_on(self, day: datetime.date) -> list[tuple[LoanRow, int, int]]:
        """(loan, principal repaid, service repaid) of every loan paid out on or before `day`,
        with the repayments dated on or before it only, principal still owed on that day."""
        return [
            (_loan(row[:-2]), row[-2], row[-1])
            for row in self.db.conn.execute(
                f"SELECT {_PREFIXED_LOAN_COLUMNS},"
                " coalesce(r.principal, 0), coalesce(r.service, 0) FROM loans l LEFT JOIN"
                " (SELECT loan_id, sum(principal) AS principal, sum(service) AS service"
                " FROM loan_repayments WHERE date <= ? GROUP BY loan_id) r ON r.loan_id = l.id"
                " WHERE l.date <= ? AND l.principal > coalesce(r.principal, 0)"
                " ORDER BY l.member_id, l.id",
                [day.isoformat(), day.isoformat()],
            )
        ]

    def principal_history(self, loan_id: int) -> list[tuple[datetime.date, int]]:
        """(date, principal) of a loan's repayments, oldest first (service on the balance)."""
        return [
            (to_date(day), principal)  # type: ignore[misc]
            for day, principal in self.db.conn.execute(
                "SELECT date, principal FROM loan_repayments WHERE loan_id = ? AND principal > 0"
                " ORDER BY date, id",
                [loan_id],
            )
        ]
