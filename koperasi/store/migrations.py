"""The book's schema, built and upgraded by named migrations applied once each."""

from __future__ import annotations

import sqlite3

from sqlite_utils import Database, Migrations

MIGRATION_SET = "koperasi"
migrations = Migrations(MIGRATION_SET)


def _lock_table(table: str, reason: str, when: str = "") -> str:
    """Triggers that refuse UPDATE and DELETE on posted records, whoever runs the SQL."""
    condition = f" WHEN {when}" if when else ""
    return f"""
    CREATE TRIGGER {table}_no_update BEFORE UPDATE ON {table}{condition}
    BEGIN SELECT RAISE(ABORT, 'locked: {reason}'); END;
    CREATE TRIGGER {table}_no_delete BEFORE DELETE ON {table}{condition}
    BEGIN SELECT RAISE(ABORT, 'locked: {reason}'); END;
    """


def run_script(db: Database, script: str) -> None:
    """Run statements one by one: executescript() would commit the migration's transaction."""
    statement = ""
    for line in script.splitlines(keepends=True):
        statement += line
        if sqlite3.complete_statement(statement):
            db.execute(statement)
            statement = ""
    if statement.strip():
        raise ValueError(f"incomplete SQL statement: {statement!r}")


@migrations(name="0001_initial")
def initial(db: Database) -> None:
    run_script(
        db,
        """
        CREATE TABLE settings (
            key TEXT PRIMARY KEY,
            value TEXT
        );
        CREATE TABLE counters (
            series TEXT NOT NULL,
            year INTEGER NOT NULL,
            last INTEGER NOT NULL CHECK (last >= 0),
            PRIMARY KEY (series, year)
        );
        CREATE TABLE members (
            id INTEGER PRIMARY KEY,
            number TEXT NOT NULL UNIQUE,
            name TEXT NOT NULL CHECK (length(trim(name)) > 0),
            nik TEXT UNIQUE CHECK (nik IS NULL OR (length(nik) = 16 AND nik NOT GLOB '*[^0-9]*')),
            gender TEXT NOT NULL DEFAULT '' CHECK (gender IN ('L', 'P', '')),
            village TEXT NOT NULL DEFAULT '',
            address TEXT NOT NULL DEFAULT '',
            phone TEXT NOT NULL DEFAULT '',
            joined TEXT,
            active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
            left_on TEXT,
            created_at TEXT NOT NULL DEFAULT (datetime('now'))
        );
        CREATE INDEX members_name ON members (name);
        CREATE INDEX members_village ON members (village);
        CREATE TRIGGER members_no_delete BEFORE DELETE ON members
        BEGIN SELECT RAISE(ABORT, 'locked: members are deactivated, never deleted'); END;

        CREATE TABLE commodities (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL UNIQUE COLLATE NOCASE,
            unit TEXT NOT NULL DEFAULT 'kg',
            fee_kind TEXT NOT NULL DEFAULT 'percent' CHECK (fee_kind IN ('percent', 'per_kg')),
            fee_bp INTEGER NOT NULL DEFAULT 0 CHECK (fee_bp BETWEEN 0 AND 10000),
            fee_cents_per_kg INTEGER NOT NULL DEFAULT 0 CHECK (fee_cents_per_kg >= 0),
            uses_quality INTEGER NOT NULL DEFAULT 0 CHECK (uses_quality IN (0, 1)),
            active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1))
        );

        CREATE TABLE accounts (
            code TEXT PRIMARY KEY,
            name_id TEXT NOT NULL,
            name_en TEXT NOT NULL,
            kind TEXT NOT NULL CHECK (kind IN ('asset', 'liability', 'equity', 'income', 'expense')),
            normal TEXT NOT NULL CHECK (normal IN ('debit', 'credit'))
        );

        CREATE TABLE journal_entries (
            id INTEGER PRIMARY KEY,
            number TEXT NOT NULL UNIQUE,
            year INTEGER NOT NULL,
            seq INTEGER NOT NULL,
            date TEXT NOT NULL,
            description TEXT NOT NULL,
            source TEXT NOT NULL DEFAULT '',
            source_id INTEGER,
            reverses INTEGER UNIQUE REFERENCES journal_entries (id),
            created_at TEXT NOT NULL DEFAULT (datetime('now')),
            UNIQUE (year, seq)
        );
        CREATE INDEX journal_entries_source ON journal_entries (source, source_id);
        CREATE TABLE journal_lines (
            id INTEGER PRIMARY KEY,
            entry_id INTEGER NOT NULL REFERENCES journal_entries (id),
            account TEXT NOT NULL REFERENCES accounts (code),
            debit INTEGER NOT NULL DEFAULT 0 CHECK (debit >= 0),
            credit INTEGER NOT NULL DEFAULT 0 CHECK (credit >= 0),
            member_id INTEGER REFERENCES members (id),
            memo TEXT NOT NULL DEFAULT '',
            CHECK ((debit = 0) <> (credit = 0))
        );
        -- covering indexes: the trial balance and per-member balances read only these
        CREATE INDEX journal_lines_entry ON journal_lines (entry_id, debit, credit);
        CREATE INDEX journal_lines_account ON journal_lines (account, debit, credit);
        CREATE INDEX journal_lines_member ON journal_lines (member_id, account, debit, credit)
            WHERE member_id IS NOT NULL;

        CREATE TABLE sales (
            id INTEGER PRIMARY KEY,
            number TEXT NOT NULL UNIQUE,
            year INTEGER NOT NULL,
            seq INTEGER NOT NULL,
            date TEXT NOT NULL,
            commodity_id INTEGER NOT NULL REFERENCES commodities (id),
            buyer TEXT NOT NULL,
            sold_grams INTEGER NOT NULL CHECK (sold_grams > 0),
            pooled_grams INTEGER NOT NULL CHECK (pooled_grams > 0),
            price_cents INTEGER CHECK (price_cents IS NULL OR price_cents > 0),
            agreed_total INTEGER CHECK (agreed_total IS NULL OR agreed_total > 0),
            fee_kind TEXT NOT NULL CHECK (fee_kind IN ('percent', 'per_kg')),
            fee_bp INTEGER NOT NULL DEFAULT 0,
            fee_cents_per_kg INTEGER NOT NULL DEFAULT 0,
            gross INTEGER NOT NULL CHECK (gross > 0),
            fee INTEGER NOT NULL CHECK (fee >= 0),
            costs INTEGER NOT NULL CHECK (costs >= 0),
            net INTEGER NOT NULL CHECK (net > 0 AND net = gross - fee - costs),
            received_into TEXT NOT NULL REFERENCES accounts (code),
            delivery_count INTEGER NOT NULL,
            created_at TEXT NOT NULL DEFAULT (datetime('now')),
            UNIQUE (year, seq),
            CHECK ((price_cents IS NULL) <> (agreed_total IS NULL))
        );
        CREATE INDEX sales_commodity_date ON sales (commodity_id, date);
        CREATE TABLE sale_costs (
            id INTEGER PRIMARY KEY,
            sale_id INTEGER NOT NULL REFERENCES sales (id),
            label TEXT NOT NULL,
            amount INTEGER NOT NULL CHECK (amount > 0),
            account TEXT NOT NULL REFERENCES accounts (code)
        );
        CREATE INDEX sale_costs_sale ON sale_costs (sale_id);

        CREATE TABLE deliveries (
            id INTEGER PRIMARY KEY,
            receipt TEXT NOT NULL UNIQUE,
            year INTEGER NOT NULL,
            seq INTEGER NOT NULL,
            date TEXT NOT NULL,
            member_id INTEGER NOT NULL REFERENCES members (id),
            commodity_id INTEGER NOT NULL REFERENCES commodities (id),
            gross_grams INTEGER NOT NULL CHECK (gross_grams > 0),
            deduction_grams INTEGER NOT NULL DEFAULT 0 CHECK (deduction_grams >= 0),
            net_grams INTEGER NOT NULL CHECK (net_grams > 0 AND net_grams = gross_grams - deduction_grams),
            quality_bp INTEGER NOT NULL DEFAULT 10000 CHECK (quality_bp > 0 AND quality_bp <= 10000),
            plot TEXT NOT NULL DEFAULT '',
            status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'settled', 'void')),
            sale_id INTEGER REFERENCES sales (id),
            part INTEGER CHECK (part IS NULL OR part >= 0),
            void_reason TEXT NOT NULL DEFAULT '',
            recorded_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%d %H:%M:%S', 'now', 'localtime')),
            UNIQUE (year, seq),
            CHECK ((status = 'settled') = (sale_id IS NOT NULL AND part IS NOT NULL))
        );
        CREATE INDEX deliveries_open ON deliveries (commodity_id, date) WHERE status = 'open';
        CREATE INDEX deliveries_sale ON deliveries (sale_id, member_id, part, net_grams);
        CREATE INDEX deliveries_member ON deliveries (member_id, date);
        CREATE INDEX deliveries_date ON deliveries (date, commodity_id);
        CREATE TABLE delivery_deductions (
            id INTEGER PRIMARY KEY,
            delivery_id INTEGER NOT NULL REFERENCES deliveries (id),
            kind TEXT NOT NULL,
            grams INTEGER NOT NULL CHECK (grams >= 0),
            percent_bp INTEGER
        );
        CREATE INDEX delivery_deductions_delivery ON delivery_deductions (delivery_id);
        -- the audit trail of corrections and voids: what it was, what it became, and why
        CREATE TABLE delivery_history (
            id INTEGER PRIMARY KEY,
            delivery_id INTEGER NOT NULL REFERENCES deliveries (id),
            action TEXT NOT NULL CHECK (action IN ('correct', 'void')),
            reason TEXT NOT NULL CHECK (length(trim(reason)) > 0),
            before TEXT NOT NULL,
            after TEXT NOT NULL,
            changed_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%d %H:%M:%S', 'now', 'localtime'))
        );
        CREATE INDEX delivery_history_delivery ON delivery_history (delivery_id);

        CREATE TABLE payouts (
            id INTEGER PRIMARY KEY,
            slip TEXT NOT NULL UNIQUE,
            year INTEGER NOT NULL,
            seq INTEGER NOT NULL,
            date TEXT NOT NULL,
            sale_id INTEGER NOT NULL REFERENCES sales (id),
            member_id INTEGER NOT NULL REFERENCES members (id),
            share INTEGER NOT NULL CHECK (share >= 0),
            deductions INTEGER NOT NULL DEFAULT 0 CHECK (deductions >= 0),
            paid INTEGER NOT NULL CHECK (paid >= 0 AND paid = share - deductions),
            method TEXT NOT NULL CHECK (method IN ('cash', 'transfer')),
            entry_id INTEGER NOT NULL REFERENCES journal_entries (id),
            created_at TEXT NOT NULL DEFAULT (datetime('now')),
            UNIQUE (year, seq),
            UNIQUE (sale_id, member_id)
        );
        CREATE INDEX payouts_member ON payouts (member_id, date);
        """,
    )
    run_script(
        db,
        _lock_table("journal_entries", "posted journal entries are reversed, never changed")
        + _lock_table("journal_lines", "posted journal entries are reversed, never changed")
        + _lock_table("sales", "a settled sale cannot be changed")
        + _lock_table("sale_costs", "a settled sale cannot be changed")
        + _lock_table("payouts", "a payout cannot be changed")
        + _lock_table("delivery_history", "the audit trail cannot be changed")
        + _lock_table(
            "delivery_deductions",
            "a settled or void delivery cannot be changed",
            when="(SELECT status FROM deliveries WHERE id = OLD.delivery_id) <> 'open'",
        )
        + """
        CREATE TRIGGER deliveries_no_delete BEFORE DELETE ON deliveries
        BEGIN SELECT RAISE(ABORT, 'locked: deliveries are voided, never deleted'); END;
        CREATE TRIGGER deliveries_locked BEFORE UPDATE ON deliveries WHEN OLD.status <> 'open'
        BEGIN SELECT RAISE(ABORT, 'locked: a settled or void delivery cannot be changed'); END;
        CREATE TRIGGER deliveries_keep_number BEFORE UPDATE OF receipt, year, seq ON deliveries
        WHEN NEW.receipt <> OLD.receipt OR NEW.year <> OLD.year OR NEW.seq <> OLD.seq
        BEGIN SELECT RAISE(ABORT, 'locked: a receipt keeps its number'); END;
        CREATE TRIGGER sale_costs_sealed BEFORE INSERT ON sale_costs
        WHEN EXISTS (SELECT 1 FROM journal_entries WHERE source = 'sale' AND source_id = NEW.sale_id)
        BEGIN SELECT RAISE(ABORT, 'locked: a settled sale cannot be changed'); END;
        CREATE TRIGGER counters_no_going_back BEFORE UPDATE ON counters WHEN NEW.last < OLD.last
        BEGIN SELECT RAISE(ABORT, 'locked: numbers are never reused'); END;
        CREATE TRIGGER counters_no_delete BEFORE DELETE ON counters
        BEGIN SELECT RAISE(ABORT, 'locked: numbers are never reused'); END;
        """,
    )


@migrations(name="0002_dashboard_indexes")
def dashboard_indexes(db: Database) -> None:
    # Covering indexes for the home screen, measured on a demo book of 1.19 M deliveries and
    # 856 k payouts (cold cache): a commodity's 12-month volume 155 ms -> 60 ms, read from the
    # index alone instead of 100 k table rows; the unpaid shares 505 ms -> 115 ms, each sale's
    # paid sum without visiting its payout rows. The first is partial (void deliveries weigh
    # nothing) so that the planner keeps using deliveries_open for the open pool.
    run_script(
        db,
        """
        CREATE INDEX deliveries_commodity_sums ON deliveries (commodity_id, date, status, net_grams)
            WHERE status <> 'void';
        CREATE INDEX payouts_sale_share ON payouts (sale_id, share);
        """,
    )


def known_names() -> list[str]:
    return [m.name for m in migrations._migrations]
