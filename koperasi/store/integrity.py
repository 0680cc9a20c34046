"""The file-level integrity checks behind `koperasi check`: SQLite's own checks, the
constraints and bounds the schema implies, the guard and audit triggers, the audit chain."""

from __future__ import annotations

import functools
import sqlite3

from sqlite_utils import Database

from koperasi.store.audit import AuditStore

MONEY_CEILING = 10**15


def sqlite_check(db: Database, full: bool = False) -> list[str]:
    """quick_check (or the slow integrity_check). On a read-write connection these also
    re-evaluate every CHECK and NOT NULL constraint (a read-only one may miss them)."""
    pragma = "integrity_check" if full else "quick_check"
    result = [row[0] for row in db.conn.execute(f"PRAGMA {pragma}")]
    return [] if result == ["ok"] else result


def foreign_keys(db: Database) -> list[str]:
    return [
        f"{table} row {rowid}: no {parent} row it refers to"
        for table, rowid, parent, _ in db.conn.execute("PRAGMA foreign_key_check")
    ]


def money_bounds(db: Database) -> list[str]:
    """Every integer amount of the journal is >= 0 and below the ceiling of Rp 10^15, and
    each entry balances."""
    problems = [
        f"journal line {row_id}: amount {debit or credit} out of bounds"
        for row_id, debit, credit in db.conn.execute(
            "SELECT id, debit, credit FROM journal_lines WHERE debit < 0 OR credit < 0 "
            "OR debit > ? OR credit > ? OR typeof(debit) != 'integer' "
            "OR typeof(credit) != 'integer'",
            [MONEY_CEILING, MONEY_CEILING],
        )
    ]
    problems += [
        f"journal entry {number}: debit {debit} != credit {credit}"
        for number, debit, credit in db.conn.execute(
            "SELECT e.number, sum(l.debit), sum(l.credit) FROM journal_entries e "
            "JOIN journal_lines l ON l.entry_id = e.id GROUP BY e.id "
            "HAVING sum(l.debit) != sum(l.credit)"
        )
    ]
    return problems


@functools.cache
def expected_triggers() -> frozenset[str]:
    """The triggers a book built by this program has: read from a fresh in-memory one."""
    from koperasi.store.migrations import migrations

    db = Database(sqlite3.connect(":memory:"))
    migrations.apply(db)
    names = {r[0] for r in db.conn.execute("SELECT name FROM sqlite_master WHERE type='trigger'")}
    db.conn.close()
    return frozenset(names)


def triggers_present(db: Database) -> list[str]:
    present = {r[0] for r in db.conn.execute("SELECT name FROM sqlite_master WHERE type='trigger'")}
    return [f"trigger {name} is missing" for name in sorted(expected_triggers() - present)]


def audit_chain(db: Database) -> list[str]:
    has_log = db.conn.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'audit_log'"
    ).fetchone()
    if not has_log:
        return ["the audit log is missing"]
    return AuditStore(db).verify()
