"""A tamper-evident audit log: every write operation seals the rows it touched.

Triggers on every table of the book record (table, rowid) of each INSERT, UPDATE and
DELETE into `audit_pending`. At the end of each write operation, inside its transaction,
`AuditStore.seal()` hashes the touched rows' current contents, appends one `audit_log`
record chained to the one before (hash = SHA-256(prev_hash + canonical record)) and
clears `audit_pending`. `verify()` names what no longer matches.
"""

from __future__ import annotations

import datetime
import hashlib
import json
from dataclasses import dataclass

from sqlite_utils import Database

GENESIS = "0" * 64
DELETED = "deleted"
_OWN_TABLES = {"audit_log", "audit_pending", "_sqlite_migrations"}

SCHEMA = """
CREATE TABLE audit_log (
    seq INTEGER PRIMARY KEY,
    at TEXT NOT NULL,
    user TEXT NOT NULL,
    operation TEXT NOT NULL,
    touched TEXT NOT NULL,
    digest TEXT NOT NULL,
    prev_hash TEXT NOT NULL,
    hash TEXT NOT NULL UNIQUE
);
CREATE TABLE audit_pending (
    tbl TEXT NOT NULL,
    row INTEGER NOT NULL,
    action TEXT NOT NULL
);
"""


def canonical(value: object) -> str:
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def _sha(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def audited_tables(db: Database) -> list[str]:
    return [
        name
        for (name,) in db.conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
            "ORDER BY name"
        )
        if name not in _OWN_TABLES
    ]


def trigger_names(table: str) -> list[str]:
    return [f"audit_{table}_{action}" for action in ("insert", "update", "delete")]


def triggers_sql(table: str) -> str:
    return f"""
    CREATE TRIGGER audit_{table}_insert AFTER INSERT ON [{table}]
    BEGIN INSERT INTO audit_pending VALUES ('{table}', NEW.rowid, 'insert'); END;
    CREATE TRIGGER audit_{table}_update AFTER UPDATE ON [{table}]
    BEGIN INSERT INTO audit_pending VALUES ('{table}', OLD.rowid, 'update');
          INSERT INTO audit_pending VALUES ('{table}', NEW.rowid, 'update'); END;
    CREATE TRIGGER audit_{table}_delete AFTER DELETE ON [{table}]
    BEGIN INSERT INTO audit_pending VALUES ('{table}', OLD.rowid, 'delete'); END;
    """


def _row_hash(row: tuple | None, columns: list[str]) -> str:
    if row is None:
        return DELETED
    values = {
        column: (value.hex() if isinstance(value, bytes) else value)
        for column, value in zip(columns, row, strict=True)
    }
    return _sha(canonical(values))


def _record_hash(prev_hash: str, seq: int, at: str, user: str, operation: str,
                 touched: str, digest: str) -> str:  # fmt: skip
    body = canonical([seq, at, user, operation, touched, digest])
    return _sha(prev_hash + body)


@dataclass(frozen=True)
class AuditHead:
    """The chain head: its seq and hash, and a short code to print on reports."""

    seq: int
    hash: str

    @property
    def code(self) -> str:
        return f"{self.hash[:4]}-{self.hash[4:8]}".upper()


class AuditStore:
    def __init__(self, db: Database) -> None:
        self.db = db

    def _columns(self, table: str) -> list[str]:
        return [row[1] for row in self.db.conn.execute(f"PRAGMA table_info([{table}])")]

    def _current_hashes(self, table: str, rows: list[int] | None = None) -> dict[int, str]:
        columns = self._columns(table)
        conn = self.db.conn
        if rows is None:
            cursor = conn.execute(f"SELECT rowid, * FROM [{table}]")
            return {r[0]: _row_hash(r[1:], columns) for r in cursor}
        found: dict[int, str] = {}
        for start in range(0, len(rows), 500):
            chunk = rows[start : start + 500]
            marks = ",".join("?" * len(chunk))
            for r in conn.execute(
                f"SELECT rowid, * FROM [{table}] WHERE rowid IN ({marks})", chunk
            ):
                found[r[0]] = _row_hash(r[1:], columns)
        return {row: found.get(row, DELETED) for row in rows}

    def seal(
        self,
        operation: str,
        user: str,
        at: str | None = None,
        all_rows: bool = False,
        tables: list[str] | None = None,
    ) -> int | None:
        """Append one record covering the pending rows (or, for the genesis record of an
        upgraded book, every row; or every row of `tables`, which a migration just brought
        under the log); None when nothing was touched."""
        conn = self.db.conn
        if all_rows or tables:
            touched_rows = {t: None for t in (tables or audited_tables(self.db))}
        else:
            touched_rows: dict[str, list[int] | None] = {}
            for table, row in conn.execute(
                "SELECT DISTINCT tbl, row FROM audit_pending ORDER BY 1, 2"
            ):
                touched_rows.setdefault(table, []).append(row)
            if not touched_rows:
                return None
        touched = {
            table: {str(k): v for k, v in sorted(self._current_hashes(table, rows).items())}
            for table, rows in touched_rows.items()
        }
        touched_text = canonical(touched)
        digest = _sha(touched_text)
        last = conn.execute("SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1").fetchone()
        seq, prev = (last[0] + 1, last[1]) if last else (1, GENESIS)
        at = at or datetime.datetime.now().isoformat(timespec="seconds")
        record_hash = _record_hash(prev, seq, at, user, operation, touched_text, digest)
        conn.execute(
            "INSERT INTO audit_log (seq, at, user, operation, touched, digest, prev_hash, hash) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            [seq, at, user, operation, touched_text, digest, prev, record_hash],
        )
        conn.execute("DELETE FROM audit_pending")
        return seq

    def head(self) -> AuditHead | None:
        row = self.db.conn.execute(
            "SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1"
        ).fetchone()
        return AuditHead(row[0], row[1]) if row else None

    def verify(self) -> list[str]:
        """What no longer matches; empty when the log covers every row as it is."""
        conn = self.db.conn
        problems: list[str] = []
        existing = {
            name
            for (name,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'")
        }
        tables = audited_tables(self.db)
        for table in tables:
            missing = [n for n in trigger_names(table) if n not in existing]
            if missing:
                problems.append(f"audit triggers missing on {table}: {', '.join(missing)}")
        pending = conn.execute("SELECT count(*) FROM audit_pending").fetchone()[0]
        if pending:
            problems.append(f"{pending} changes are not sealed in the audit log")
        prev = GENESIS
        expected_seq = 1
        latest: dict[tuple[str, int], tuple[str, int]] = {}
        chain_broken = False
        for seq, at, user, operation, touched_text, digest, prev_hash, record_hash in conn.execute(
            "SELECT seq, at, user, operation, touched, digest, prev_hash, hash FROM audit_log "
            "ORDER BY seq"
        ):
            if not chain_broken and (
                seq != expected_seq
                or prev_hash != prev
                or record_hash
                != _record_hash(prev_hash, seq, at, user, operation, touched_text, digest)
            ):
                problems.append(f"audit record {seq}: the chain is broken here")
                chain_broken = True
            if _sha(touched_text) != digest:
                problems.append(f"audit record {seq}: its digest does not match its rows")
            try:
                touched = json.loads(touched_text)
                for table, rows in touched.items():
                    for row, row_hash in rows.items():
                        latest[(table, int(row))] = (row_hash, seq)
            except (ValueError, AttributeError, TypeError):
                problems.append(f"audit record {seq}: unreadable")
            prev, expected_seq = record_hash, seq + 1
        for table in tables:
            current = self._current_hashes(table)
            for row, row_hash in current.items():
                recorded = latest.get((table, row))
                if recorded is None:
                    problems.append(f"{table} row {row} is not in the audit log")
                elif recorded[0] != row_hash:
                    problems.append(f"{table} row {row} differs from audit record {recorded[1]}")
        for (table, row), (row_hash, seq) in latest.items():
            if row_hash != DELETED and table in tables:
                exists = conn.execute(f"SELECT 1 FROM [{table}] WHERE rowid = ?", [row]).fetchone()
                if not exists:
                    problems.append(f"{table} row {row} was deleted after audit record {seq}")
            elif row_hash != DELETED:
                problems.append(f"table {table} of audit record {seq} is gone")
        return problems


def cover_new_tables(db: Database) -> list[str]:
    """Audit triggers on tables that a migration after the audit log's own added, and one
    record sealing their rows; run after every migration, so no table is ever left out."""
    from koperasi.store.migrations import run_script

    conn = db.conn
    if not conn.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'audit_log'"
    ).fetchone():
        return []
    have = {
        name for (name,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'")
    }
    missing = [t for t in audited_tables(db) if trigger_names(t)[0] not in have]
    if missing:
        run_script(db, "".join(triggers_sql(table) for table in missing))
        AuditStore(db).seal("migration", "koperasi", tables=missing)
    return missing


def install(db: Database) -> None:
    """Create the audit tables and triggers, and seal the rows already there (genesis)."""
    from koperasi.store.migrations import run_script

    run_script(db, SCHEMA)
    script = "".join(triggers_sql(table) for table in audited_tables(db))
    run_script(db, script)
    AuditStore(db).seal("genesis", "koperasi", all_rows=True)


@dataclass(frozen=True)
class AuditRecord:
    """One record of the audit log as a reader sees it.

    Attributes:
      seq, at, user, operation: its number, wall-clock time, who and which named operation.
      rows: how many rows of each table it touched.
      hash: its chain hash (the first 8 hex digits, grouped, are its short code).
    """

    seq: int
    at: str
    user: str
    operation: str
    rows: dict[str, int]
    hash: str

    @property
    def code(self) -> str:
        return AuditHead(self.seq, self.hash).code


def audit_records(
    db: Database,
    user: str | None = None,
    operation: str | None = None,
    since: str | None = None,
    until: str | None = None,
    limit: int | None = None,
) -> list[AuditRecord]:
    """The audit log, newest first, filtered by user, operation (a prefix such as "sale."),
    and the day range [since, until] (ISO dates)."""
    where, params = [], []
    if user:
        where.append("user = ? COLLATE NOCASE")
        params.append(user)
    if operation:
        where.append("(operation = ? OR operation LIKE ? ESCAPE '\\')")
        escaped = operation.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        params += [operation, escaped.rstrip(".") + ".%"]
    if since:
        where.append("substr(at, 1, 10) >= ?")
        params.append(since)
    if until:
        where.append("substr(at, 1, 10) <= ?")
        params.append(until)
    sql = "SELECT seq, at, user, operation, touched, hash FROM audit_log"
    if where:
        sql += " WHERE " + " AND ".join(where)
    sql += " ORDER BY seq DESC"
    if limit is not None:
        sql += f" LIMIT {max(0, min(int(limit), 10**9))}"
    found = []
    for seq, at, who, op, touched_text, record_hash in db.conn.execute(sql, params):
        try:
            touched = json.loads(touched_text)
            rows = {str(t): len(r) for t, r in touched.items()}
        except (ValueError, AttributeError, TypeError):
            rows = {}
        found.append(AuditRecord(seq, at, who, op, rows, record_hash))
    return found


def audit_users(db: Database) -> list[str]:
    return [r[0] for r in db.conn.execute("SELECT DISTINCT user FROM audit_log ORDER BY 1")]
