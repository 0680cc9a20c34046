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


# The tables whose rows carry a date that a period closing freezes.
_DATED_TABLES = (
    "journal_entries",
    "deliveries",
    "sales",
    "payouts",
    "savings",
    "loans",
    "loan_repayments",
    "cash_entries",
    "shu_payments",
)
_CLOSED_UNTIL = "(SELECT max(until) FROM closings)"
# The triggers refusing new rows dated in a closed period. Any INSERT trigger makes a bulk
# insert about twice as slow (measured: 400 k deliveries 5 s → 13 s), so a bulk build that
# writes its closings last may suspend these inside its own transaction (store.bulk).
PERIOD_CLOSED_INSERT_TRIGGERS = tuple(f"{table}_period_closed" for table in _DATED_TABLES)


@migrations(name="0003_savings_loans_cash_closing")
def savings_loans_cash_closing(db: Database) -> None:
    # Accounts first: the default cash-book categories refer to them. INSERT OR IGNORE, so
    # books made before this migration get the new accounts and new books are unchanged.
    accounts = (
        ("2103", "Utang SHU Anggota", "Surplus payable to members", "liability", "credit"),
        ("2104", "Dana Pengurus", "Board fund", "liability", "credit"),
        ("2105", "Dana Karyawan", "Staff fund", "liability", "credit"),
        ("2106", "Dana Pendidikan", "Education fund", "liability", "credit"),
        ("2107", "Dana Sosial", "Social fund", "liability", "credit"),
        ("4901", "Pendapatan Lain-lain", "Other income", "income", "credit"),
        ("4903", "Pendapatan Bunga Bank", "Bank interest income", "income", "credit"),
        ("5101", "Beban Operasional", "Operating expenses", "expense", "debit"),
        ("5102", "Beban Honorarium", "Honoraria", "expense", "debit"),
        ("5103", "Beban Transport", "Transport", "expense", "debit"),
        ("5104", "Beban ATK & Kantor", "Stationery and office", "expense", "debit"),
        ("5105", "Beban Listrik & Air", "Electricity and water", "expense", "debit"),
        ("5106", "Beban Rapat", "Meetings", "expense", "debit"),
    )
    db.conn.executemany(
        "INSERT OR IGNORE INTO accounts (code, name_id, name_en, kind, normal) VALUES (?, ?, ?, ?, ?)",
        accounts,
    )
    run_script(
        db,
        """
        -- members' savings: one row per movement (+ deposit, - withdrawal), each with its
        -- receipt (kwitansi) number; the balance is always the sum of the rows
        CREATE TABLE savings (
            id INTEGER PRIMARY KEY,
            number TEXT NOT NULL UNIQUE,
            year INTEGER NOT NULL,
            seq INTEGER NOT NULL,
            date TEXT NOT NULL,
            member_id INTEGER NOT NULL REFERENCES members (id),
            kind TEXT NOT NULL CHECK (kind IN ('pokok', 'wajib', 'sukarela')),
            amount INTEGER NOT NULL CHECK (amount <> 0),
            method TEXT NOT NULL CHECK (method IN ('cash', 'transfer', 'payout', 'shu')),
            payout_id INTEGER REFERENCES payouts (id),
            reverses INTEGER UNIQUE REFERENCES savings (id),
            entry_id INTEGER NOT NULL REFERENCES journal_entries (id),
            memo TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL DEFAULT (datetime('now')),
            UNIQUE (year, seq),
            CHECK ((method = 'payout') = (payout_id IS NOT NULL)),
            CHECK (method IN ('cash', 'transfer') OR amount > 0)
        );
        CREATE INDEX savings_member ON savings (member_id, kind, date, amount);
        CREATE INDEX savings_member_date ON savings (member_id, date);
        CREATE INDEX savings_payout ON savings (payout_id) WHERE payout_id IS NOT NULL;

        -- advances (kasbon) and loans (pinjaman); the schedule is derived, never stored
        CREATE TABLE loans (
            id INTEGER PRIMARY KEY,
            number TEXT NOT NULL UNIQUE,
            year INTEGER NOT NULL,
            seq INTEGER NOT NULL,
            kind TEXT NOT NULL CHECK (kind IN ('kasbon', 'pinjaman')),
            member_id INTEGER NOT NULL REFERENCES members (id),
            date TEXT NOT NULL,
            principal INTEGER NOT NULL CHECK (principal > 0),
            months INTEGER NOT NULL CHECK (months BETWEEN 0 AND 120),
            rate_bp INTEGER NOT NULL CHECK (rate_bp BETWEEN 0 AND 10000),
            method TEXT NOT NULL CHECK (method IN ('flat', 'declining', 'none')),
            purpose TEXT NOT NULL DEFAULT '',
            money_account TEXT NOT NULL CHECK (money_account IN ('1101', '1102')),
            entry_id INTEGER NOT NULL REFERENCES journal_entries (id),
            created_at TEXT NOT NULL DEFAULT (datetime('now')),
            UNIQUE (kind, year, seq),
            CHECK ((kind = 'kasbon') = (months = 0 AND rate_bp = 0 AND method = 'none')),
            CHECK (kind = 'kasbon' OR months > 0)
        );
        CREATE INDEX loans_member ON loans (member_id, date);
        CREATE TABLE loan_repayments (
            id INTEGER PRIMARY KEY,
            number TEXT NOT NULL UNIQUE,
            year INTEGER NOT NULL,
            seq INTEGER NOT NULL,
            loan_id INTEGER NOT NULL REFERENCES loans (id),
            date TEXT NOT NULL,
            principal INTEGER NOT NULL CHECK (principal >= 0),
            service INTEGER NOT NULL CHECK (service >= 0),
            method TEXT NOT NULL CHECK (method IN ('cash', 'transfer', 'payout')),
            payout_id INTEGER REFERENCES payouts (id),
            entry_id INTEGER NOT NULL REFERENCES journal_entries (id),
            created_at TEXT NOT NULL DEFAULT (datetime('now')),
            UNIQUE (year, seq),
            CHECK (principal + service > 0),
            CHECK ((method = 'payout') = (payout_id IS NOT NULL))
        );
        CREATE INDEX loan_repayments_loan ON loan_repayments (loan_id, principal, service);
        CREATE INDEX loan_repayments_payout ON loan_repayments (payout_id)
            WHERE payout_id IS NOT NULL;
        CREATE TRIGGER loan_repayments_within_principal BEFORE INSERT ON loan_repayments
        WHEN NEW.principal + coalesce((SELECT sum(principal) FROM loan_repayments
            WHERE loan_id = NEW.loan_id), 0) > (SELECT principal FROM loans WHERE id = NEW.loan_id)
        BEGIN SELECT RAISE(ABORT, 'locked: a loan is never repaid beyond its principal'); END;

        -- what each payout slip deducted, in the order of the rules
        CREATE TABLE payout_deductions (
            id INTEGER PRIMARY KEY,
            payout_id INTEGER NOT NULL REFERENCES payouts (id),
            kind TEXT NOT NULL CHECK (kind IN ('wajib', 'kasbon', 'pinjaman')),
            due INTEGER NOT NULL,
            amount INTEGER NOT NULL CHECK (amount > 0 AND amount <= due),
            loan_id INTEGER REFERENCES loans (id),
            CHECK ((kind = 'wajib') = (loan_id IS NULL))
        );
        CREATE INDEX payout_deductions_payout ON payout_deductions (payout_id, amount);

        -- the cash book: other income and expenses by category, and transfers kas <-> bank
        CREATE TABLE cash_categories (
            id INTEGER PRIMARY KEY,
            name_id TEXT NOT NULL UNIQUE COLLATE NOCASE CHECK (length(trim(name_id)) > 0),
            name_en TEXT NOT NULL DEFAULT '',
            kind TEXT NOT NULL CHECK (kind IN ('income', 'expense')),
            account TEXT NOT NULL REFERENCES accounts (code),
            active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1))
        );
        CREATE TRIGGER cash_categories_no_delete BEFORE DELETE ON cash_categories
        BEGIN SELECT RAISE(ABORT, 'locked: categories are retired, never deleted'); END;
        CREATE TABLE cash_entries (
            id INTEGER PRIMARY KEY,
            number TEXT NOT NULL UNIQUE,
            year INTEGER NOT NULL,
            seq INTEGER NOT NULL,
            date TEXT NOT NULL,
            kind TEXT NOT NULL CHECK (kind IN ('income', 'expense', 'transfer')),
            category_id INTEGER REFERENCES cash_categories (id),
            amount INTEGER NOT NULL CHECK (amount > 0),
            money_account TEXT NOT NULL CHECK (money_account IN ('1101', '1102')),
            to_account TEXT CHECK (to_account IS NULL
                OR (to_account IN ('1101', '1102') AND to_account <> money_account)),
            description TEXT NOT NULL CHECK (length(trim(description)) > 0),
            reverses INTEGER UNIQUE REFERENCES cash_entries (id),
            entry_id INTEGER NOT NULL REFERENCES journal_entries (id),
            created_at TEXT NOT NULL DEFAULT (datetime('now')),
            UNIQUE (year, seq),
            CHECK ((kind = 'transfer') = (category_id IS NULL)),
            CHECK ((kind = 'transfer') = (to_account IS NOT NULL))
        );
        CREATE INDEX cash_entries_date ON cash_entries (date);

        -- period closing (tutup buku): only ever moves forward
        CREATE TABLE closings (
            id INTEGER PRIMARY KEY,
            until TEXT NOT NULL,
            closed_at TEXT NOT NULL DEFAULT (datetime('now')),
            note TEXT NOT NULL DEFAULT ''
        );
        CREATE TRIGGER closings_forward BEFORE INSERT ON closings
        WHEN NEW.until <= (SELECT max(until) FROM closings)
        BEGIN SELECT RAISE(ABORT, 'locked: a closing only moves forward'); END;

        -- the year-end surplus (SHU), its split, each member's part and its payment
        CREATE TABLE shu_distributions (
            year INTEGER PRIMARY KEY,
            income INTEGER NOT NULL,
            expenses INTEGER NOT NULL,
            surplus INTEGER NOT NULL CHECK (surplus > 0 AND surplus = income - expenses),
            parts TEXT NOT NULL,
            split TEXT NOT NULL,
            close_entry_id INTEGER NOT NULL REFERENCES journal_entries (id),
            entry_id INTEGER NOT NULL REFERENCES journal_entries (id),
            posted_at TEXT NOT NULL DEFAULT (datetime('now'))
        );
        CREATE TABLE shu_members (
            year INTEGER NOT NULL REFERENCES shu_distributions (year),
            member_id INTEGER NOT NULL REFERENCES members (id),
            transactions INTEGER NOT NULL CHECK (transactions >= 0),
            capital INTEGER NOT NULL CHECK (capital >= 0),
            jasa_usaha INTEGER NOT NULL CHECK (jasa_usaha >= 0),
            jasa_modal INTEGER NOT NULL CHECK (jasa_modal >= 0),
            PRIMARY KEY (year, member_id)
        );
        CREATE TABLE shu_payments (
            id INTEGER PRIMARY KEY,
            year INTEGER NOT NULL REFERENCES shu_distributions (year),
            member_id INTEGER NOT NULL REFERENCES members (id),
            method TEXT NOT NULL CHECK (method IN ('cash', 'sukarela')),
            date TEXT NOT NULL,
            amount INTEGER NOT NULL CHECK (amount > 0),
            savings_id INTEGER REFERENCES savings (id),
            entry_id INTEGER NOT NULL REFERENCES journal_entries (id),
            created_at TEXT NOT NULL DEFAULT (datetime('now')),
            UNIQUE (year, member_id),
            CHECK ((method = 'sukarela') = (savings_id IS NOT NULL))
        );
        CREATE INDEX shu_payments_member ON shu_payments (member_id);
        """,
    )
    db.conn.executemany(
        "INSERT INTO cash_categories (name_id, name_en, kind, account) VALUES (?, ?, ?, ?)",
        [
            ("Pendapatan lain-lain", "Other income", "income", "4901"),
            ("Bunga bank", "Bank interest", "income", "4903"),
            ("Honorarium pengurus", "Board honoraria", "expense", "5102"),
            ("Transport", "Transport", "expense", "5103"),
            ("ATK & kantor", "Stationery & office", "expense", "5104"),
            ("Listrik & air", "Electricity & water", "expense", "5105"),
            ("Rapat/RAT", "Meetings / RAT", "expense", "5106"),
            ("Biaya administrasi bank", "Bank charges", "expense", "5101"),
            ("Beban lain-lain", "Other expenses", "expense", "5101"),
            ("Penyaluran dana pendidikan", "Education fund spending", "expense", "2106"),
            ("Penyaluran dana sosial", "Social fund spending", "expense", "2107"),
        ],
    )
    locked = ""
    for table, reason in (
        ("savings", "savings movements are voided by a new receipt, never changed"),
        ("loans", "a loan that was paid out cannot be changed"),
        ("loan_repayments", "a repayment cannot be changed"),
        ("payout_deductions", "a payout cannot be changed"),
        ("cash_entries", "cash-book entries are voided by a new entry, never changed"),
        ("closings", "a closing cannot be undone"),
        ("shu_distributions", "a posted surplus distribution cannot be changed"),
        ("shu_members", "a posted surplus distribution cannot be changed"),
        ("shu_payments", "a surplus payment cannot be changed"),
    ):
        locked += _lock_table(table, reason)
    # Period closing, enforced by the file itself: nothing dated on or before the closing
    # date is added, and no delivery in the closed period is corrected or voided (settling
    # it in a sale of the open period is allowed: that posts in the open period).
    for table in _DATED_TABLES:
        locked += f"""
        CREATE TRIGGER {table}_period_closed BEFORE INSERT ON {table}
        WHEN NEW.date <= {_CLOSED_UNTIL}
        BEGIN SELECT RAISE(ABORT, 'locked: the period is closed'); END;
        """
    locked += f"""
    CREATE TRIGGER deliveries_period_closed_update BEFORE UPDATE ON deliveries
    WHEN (OLD.date <= {_CLOSED_UNTIL} OR NEW.date <= {_CLOSED_UNTIL})
        AND NOT (OLD.status = 'open' AND NEW.status = 'settled' AND NEW.date = OLD.date
            AND NEW.member_id = OLD.member_id AND NEW.commodity_id = OLD.commodity_id
            AND NEW.gross_grams = OLD.gross_grams AND NEW.net_grams = OLD.net_grams
            AND NEW.quality_bp = OLD.quality_bp)
    BEGIN SELECT RAISE(ABORT, 'locked: the period is closed'); END;
    CREATE TRIGGER delivery_deductions_period_closed_insert BEFORE INSERT ON delivery_deductions
    WHEN (SELECT date FROM deliveries WHERE id = NEW.delivery_id) <= {_CLOSED_UNTIL}
    BEGIN SELECT RAISE(ABORT, 'locked: the period is closed'); END;
    CREATE TRIGGER delivery_deductions_period_closed_delete BEFORE DELETE ON delivery_deductions
    WHEN (SELECT date FROM deliveries WHERE id = OLD.delivery_id) <= {_CLOSED_UNTIL}
    BEGIN SELECT RAISE(ABORT, 'locked: the period is closed'); END;
    """
    run_script(db, locked)


def known_names() -> list[str]:
    return [m.name for m in migrations._migrations]


def applied_names(db: Database) -> list[str]:
    """The migrations this book has had, in the order they ran (its database version)."""
    return [
        row[0]
        for row in db.execute(
            "SELECT name FROM _sqlite_migrations WHERE migration_set = ? ORDER BY id",
            [MIGRATION_SET],
        )
    ]


@migrations(name="0005_plots")
def plots(db: Database) -> None:
    # Issue 13 (EUDR traceability): each member's plots with their geometry, and the plot a
    # delivery came from. Areas in whole square metres; the geometry is the GeoJSON text as
    # imported, so the coordinates keep the decimals the GPS app wrote. The free-text
    # deliveries.plot stays for books and deliveries without a mapped plot.
    run_script(
        db,
        """
        CREATE TABLE plots (
            id INTEGER PRIMARY KEY,
            member_id INTEGER NOT NULL REFERENCES members (id),
            name TEXT NOT NULL CHECK (length(trim(name)) > 0),
            commodity_id INTEGER REFERENCES commodities (id),
            area_m2 INTEGER NOT NULL CHECK (area_m2 > 0),
            planting_year INTEGER CHECK (planting_year IS NULL OR planting_year BETWEEN 1900 AND 2200),
            estdb TEXT NOT NULL DEFAULT '',
            land_document TEXT NOT NULL DEFAULT '',
            geometry_type TEXT NOT NULL CHECK (geometry_type IN ('Point', 'Polygon', 'MultiPolygon')),
            geometry TEXT NOT NULL CHECK (json_valid(geometry)),
            created TEXT NOT NULL DEFAULT (strftime('%Y-%m-%d %H:%M:%S', 'now', 'localtime')),
            UNIQUE (member_id, name)
        );
        ALTER TABLE deliveries ADD COLUMN plot_id INTEGER REFERENCES plots (id);
        CREATE INDEX deliveries_plot ON deliveries (plot_id) WHERE plot_id IS NOT NULL;
        """,
    )


@migrations(name="0004_audit_log")
def audit_log(db: Database) -> None:
    """The tamper-evident audit log; the rows of an upgraded book go into a genesis record."""
    from koperasi.store.audit import install

    install(db)


@migrations(name="0006_h12_opening")
def opening(db: Database) -> None:
    # Issue 12 (moving in): the opening balances a cooperative brings from its old books are
    # staged here, row by row as imported, until `opening` checks that the parts add up to
    # the accounts and posts them as one entry (recorded in `openings`). import_keys makes a
    # second import of the same file change nothing (historic deliveries have no number).
    run_script(
        db,
        """
        CREATE TABLE opening_accounts (
            account TEXT PRIMARY KEY REFERENCES accounts (code),
            debit INTEGER NOT NULL DEFAULT 0 CHECK (debit >= 0),
            credit INTEGER NOT NULL DEFAULT 0 CHECK (credit >= 0)
        );
        CREATE TABLE opening_savings (
            member_id INTEGER NOT NULL REFERENCES members (id),
            kind TEXT NOT NULL CHECK (kind IN ('pokok', 'wajib', 'sukarela')),
            amount INTEGER NOT NULL CHECK (amount >= 0),
            PRIMARY KEY (member_id, kind)
        );
        CREATE TABLE opening_loans (
            id INTEGER PRIMARY KEY,
            member_id INTEGER NOT NULL REFERENCES members (id),
            ref TEXT NOT NULL DEFAULT '',
            kind TEXT NOT NULL CHECK (kind IN ('kasbon', 'pinjaman')),
            remaining INTEGER NOT NULL CHECK (remaining > 0),
            rate_bp INTEGER NOT NULL CHECK (rate_bp BETWEEN 0 AND 10000),
            method TEXT NOT NULL CHECK (method IN ('flat', 'declining', 'none')),
            months INTEGER NOT NULL CHECK (months BETWEEN 0 AND 120),
            next_due TEXT,
            UNIQUE (member_id, kind, ref)
        );
        CREATE TABLE openings (
            id INTEGER PRIMARY KEY,
            date TEXT NOT NULL,
            entry_id INTEGER NOT NULL REFERENCES journal_entries (id),
            created_at TEXT NOT NULL DEFAULT (datetime('now'))
        );
        CREATE TABLE import_keys (
            kind TEXT NOT NULL,
            key TEXT NOT NULL,
            record_id INTEGER,
            PRIMARY KEY (kind, key)
        );
        """,
    )


@migrations(name="0006_h11_indexes")
def h11_indexes(db: Database) -> None:
    # The SHU figures and the year-end closing sum a year's income and expense lines. Without
    # these the planner walked every journal line by account and looked up its entry: on the
    # 3,000-member, 10-year demo book (journal of ~1 M entries) a year's income and expenses
    # took 10.6 s; with the entries found by date and their lines read from a covering index,
    # 0.11 s. Building both on that book takes about 2 s, once, on the worker.
    run_script(
        db,
        """
        CREATE INDEX journal_entries_date_source ON journal_entries (date, source);
        CREATE INDEX journal_lines_entry_account ON journal_lines (entry_id, account, debit, credit);
        """,
    )


@migrations(name="0006_h14_year_end")
def h14_year_end(db: Database) -> None:
    # Issue 14: the year closes into SHU Belum Dibagi (or SHU Negatif) and the members'
    # meeting (RAT) appropriates it at its own date; a decision is amended by reversal.
    accounts = (
        (
            "2108",
            "Dana Pembangunan Daerah Kerja",
            "Regional development fund",
            "liability",
            "credit",
        ),
        ("3302", "SHU Belum Dibagi", "Undistributed surplus", "equity", "credit"),
        ("3303", "SHU Negatif (Defisit)", "Deficit not yet covered", "equity", "credit"),
        ("2109", "Utang Pajak", "Taxes payable", "liability", "credit"),
        ("5901", "Beban Pajak Penghasilan", "Income tax expense", "expense", "debit"),
    )
    db.conn.executemany(
        "INSERT OR IGNORE INTO accounts (code, name_id, name_en, kind, normal) VALUES (?, ?, ?, ?, ?)",
        accounts,
    )
    # Tax is paid through the cash book: Dr Utang Pajak, Cr Kas/Bank.
    db.conn.execute(
        "INSERT INTO cash_categories (name_id, name_en, kind, account)"
        " VALUES ('Setor pajak', 'Tax payment', 'expense', '2109')"
    )
    run_script(
        db,
        """
        -- a closed year: its result (surplus > 0, deficit < 0) and the entry closing it
        CREATE TABLE year_closings (
            year INTEGER PRIMARY KEY,
            date TEXT NOT NULL,
            result INTEGER NOT NULL,
            entry_id INTEGER NOT NULL REFERENCES journal_entries (id),
            created TEXT NOT NULL DEFAULT (datetime('now'))
        );
        -- what a RAT decided about a closed year; an amendment reverses the entry
        -- (reversed_by) and records a new decision
        CREATE TABLE rat_decisions (
            id INTEGER PRIMARY KEY,
            year INTEGER NOT NULL REFERENCES year_closings (year),
            date TEXT NOT NULL,
            attendance INTEGER,
            split TEXT NOT NULL CHECK (json_valid(split)),
            parts TEXT NOT NULL CHECK (json_valid(parts)),
            loss TEXT NOT NULL DEFAULT '' CHECK (loss IN ('', 'cover', 'carry')),
            deficit_covered INTEGER NOT NULL DEFAULT 0,
            entry_id INTEGER REFERENCES journal_entries (id),
            reversed_by INTEGER REFERENCES journal_entries (id),
            created TEXT NOT NULL DEFAULT (datetime('now'))
        );
        CREATE TABLE rat_decision_members (
            decision_id INTEGER NOT NULL REFERENCES rat_decisions (id),
            member_id INTEGER NOT NULL REFERENCES members (id),
            transactions INTEGER NOT NULL,
            capital INTEGER NOT NULL,
            jasa_usaha INTEGER NOT NULL,
            jasa_modal INTEGER NOT NULL,
            PRIMARY KEY (decision_id, member_id)
        );
        """
        + _lock_table("year_closings", "a closed year cannot be changed")
        + _lock_table("rat_decision_members", "a RAT decision cannot be changed")
        + _lock_table(
            "rat_decisions", "a RAT decision is amended by reversal", "old.reversed_by IS NOT NULL"
        )
        + """
        CREATE TRIGGER rat_decisions_no_delete_open BEFORE DELETE ON rat_decisions
        BEGIN SELECT RAISE(ABORT, 'locked: a RAT decision is amended by reversal'); END;
        """,
    )
    # The accounts inserted above are rows of an audited table: seal them now, as every
    # write is sealed, or the audit chain would name them as unlogged.
    _seal_migration(db)


@migrations(name="0006_h9_users")
def users(db: Database) -> None:
    # Issue 9 (who may do what): optional users with a role and an scrypt password hash
    # (hex salt and digest, and the cost it was made with). No users: a single treasurer's
    # book, everything allowed. The table is under the audit log like every other one.
    run_script(
        db,
        """
        CREATE TABLE users (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL UNIQUE CHECK (length(trim(name)) > 0),
            role TEXT NOT NULL CHECK (role IN ('bendahara', 'ketua', 'pengawas', 'petugas')),
            salt TEXT NOT NULL,
            digest TEXT NOT NULL,
            n INTEGER NOT NULL,
            r INTEGER NOT NULL,
            p INTEGER NOT NULL,
            active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
            created TEXT NOT NULL DEFAULT (strftime('%Y-%m-%d %H:%M:%S', 'now', 'localtime'))
        );
        """,
    )


@migrations(name="0006_h15_posts")
def h15_posts(db: Database) -> None:
    # Issue 15 (the weighing post): a weight typed by hand instead of read from the scale is
    # marked on the delivery; a main book keeps its weighing posts (each with the key shared
    # at setup) and every record it imported from them, once; a post book keeps what it sent.
    run_script(
        db,
        """
        ALTER TABLE deliveries ADD COLUMN weight_manual INTEGER NOT NULL DEFAULT 0
            CHECK (weight_manual IN (0, 1));
        CREATE TABLE posts (
            post_id TEXT PRIMARY KEY,
            name TEXT NOT NULL DEFAULT '',
            key_hex TEXT NOT NULL CHECK (length(key_hex) = 64),
            last_sequence INTEGER NOT NULL DEFAULT 0 CHECK (last_sequence >= 0),
            last_digest TEXT NOT NULL DEFAULT '',
            members_sequence INTEGER NOT NULL DEFAULT 0,
            created TEXT NOT NULL DEFAULT (strftime('%Y-%m-%d %H:%M:%S', 'now', 'localtime'))
        );
        CREATE TABLE post_imports (
            stable_id TEXT PRIMARY KEY,
            post_id TEXT NOT NULL REFERENCES posts (post_id),
            sequence INTEGER NOT NULL,
            delivery_id INTEGER NOT NULL REFERENCES deliveries (id),
            kind TEXT NOT NULL CHECK (kind IN ('delivery', 'correction')),
            imported TEXT NOT NULL DEFAULT (strftime('%Y-%m-%d %H:%M:%S', 'now', 'localtime'))
        );
        CREATE INDEX post_imports_delivery ON post_imports (delivery_id);
        CREATE TABLE post_exports (
            stable_id TEXT PRIMARY KEY,
            sequence INTEGER NOT NULL CHECK (sequence > 0),
            delivery_id INTEGER NOT NULL REFERENCES deliveries (id),
            history_id INTEGER NOT NULL DEFAULT 0
        );
        CREATE INDEX post_exports_delivery ON post_exports (delivery_id);
        """
        + _lock_table("post_imports", "an imported record stays imported")
        + _lock_table("post_exports", "a sent record stays sent"),
    )


@migrations(name="0006_h13_reference_prices")
def h13_reference_prices(db: Database) -> None:
    # Issue 13: the plantation office's (Disbun) weekly reference price per tree-age bracket,
    # in hundredths of a rupiah per kg, for a commodity (TBS; rubber per KKK if used). A
    # price entered again for the same week and bracket is a new row; the latest one counts.
    run_script(
        db,
        """
        CREATE TABLE reference_prices (
            id INTEGER PRIMARY KEY,
            commodity_id INTEGER NOT NULL REFERENCES commodities (id),
            week TEXT NOT NULL CHECK (week GLOB '[0-9][0-9][0-9][0-9]-W[0-5][0-9]'),
            age_from INTEGER NOT NULL CHECK (age_from BETWEEN 0 AND 100),
            age_to INTEGER NOT NULL CHECK (age_to BETWEEN age_from AND 100),
            price_cents INTEGER NOT NULL CHECK (price_cents > 0),
            created TEXT NOT NULL DEFAULT (strftime('%Y-%m-%d %H:%M:%S', 'now', 'localtime'))
        );
        CREATE INDEX reference_prices_week ON reference_prices (commodity_id, week);
        """,
    )


@migrations(name="0007_i10b_member_exits")
def i10b_member_exits(db: Database) -> None:
    # Issue 10 (branch i10b): a member who leaves. Their open loans are settled from their
    # savings and the rest refunded (cash, bank) or kept as a payable (2110) when the statutes
    # say so; one row per member who left, naming the journal entry that did it.
    db.conn.execute(
        "INSERT OR IGNORE INTO accounts (code, name_id, name_en, kind, normal) VALUES (?, ?, ?, ?, ?)",
        (
            "2110",
            "Utang Simpanan Anggota Keluar",
            "Savings payable to members who left",
            "liability",
            "credit",
        ),
    )
    run_script(
        db,
        """
        CREATE TABLE member_exits (
            id INTEGER PRIMARY KEY,
            number TEXT NOT NULL UNIQUE,
            year INTEGER NOT NULL,
            seq INTEGER NOT NULL,
            member_id INTEGER NOT NULL UNIQUE REFERENCES members (id),
            date TEXT NOT NULL,
            reason TEXT NOT NULL CHECK (length(trim(reason)) > 0),
            refund TEXT NOT NULL CHECK (refund IN ('cash', 'transfer', 'payable')),
            pokok INTEGER NOT NULL CHECK (pokok >= 0),
            wajib INTEGER NOT NULL CHECK (wajib >= 0),
            sukarela INTEGER NOT NULL CHECK (sukarela >= 0),
            loan_principal INTEGER NOT NULL CHECK (loan_principal >= 0),
            loan_service INTEGER NOT NULL CHECK (loan_service >= 0),
            paid INTEGER NOT NULL CHECK (paid >= 0
                AND paid = pokok + wajib + sukarela - loan_principal - loan_service),
            entry_id INTEGER REFERENCES journal_entries (id),
            created_at TEXT NOT NULL DEFAULT (datetime('now')),
            UNIQUE (year, seq)
        );
        """
        + _lock_table("member_exits", "a leaving is kept as it was recorded"),
    )
    # The account inserted above is a row of an audited table: seal it, as h14 does.
    _seal_migration(db)


@migrations(name="0007_i10b_loan_annuities")
def i10b_loan_annuities(db: Database) -> None:
    # Issue 10 (branch i10b): annuity loans (anuitas). The loans table's CHECK names only flat
    # and declining, and rebuilding a table the journal and audit log point at is not worth
    # the risk: an annuity is stored as a declining loan (its service is on the balance) with
    # a row here saying its installments are equal totals.
    run_script(
        db,
        """
        CREATE TABLE loan_annuities (
            loan_id INTEGER PRIMARY KEY REFERENCES loans (id)
        );
        """
        + _lock_table("loan_annuities", "a loan keeps its terms"),
    )


@migrations(name="0007_i12_opening_dues")
def i12_opening_dues(db: Database) -> None:
    # Issue 12 (moving in, part 2): what members owe and are owed on the start date besides
    # their savings and loans. Staged like the other opening items: each member's wajib arrears
    # (up to the month before the start), SHU of a past year still owed to a member, and
    # members' shares of sales made in the old books, paid (paid_on) or not yet (opening_shares:
    # each old sale becomes an ordinary sale with a delivery per member, its unpaid shares
    # paid on the payout screen, its paid ones with their payout slips). Once
    # posted, wajib_baselines is where the mandatory savings due count from for that member
    # (the arrears brought in, and the wajib balance they were brought in with); the SHU owed
    # becomes an ordinary SHU distribution of its year, paid with `shu pay`.
    run_script(
        db,
        """
        CREATE TABLE opening_arrears (
            member_id INTEGER PRIMARY KEY REFERENCES members (id),
            amount INTEGER NOT NULL CHECK (amount >= 0)
        );
        CREATE TABLE opening_shu (
            year INTEGER NOT NULL CHECK (year BETWEEN 1900 AND 2999),
            member_id INTEGER NOT NULL REFERENCES members (id),
            amount INTEGER NOT NULL CHECK (amount > 0),
            PRIMARY KEY (year, member_id)
        );
        CREATE TABLE opening_shares (
            ref TEXT NOT NULL,
            member_id INTEGER NOT NULL REFERENCES members (id),
            sale_date TEXT NOT NULL,
            commodity_id INTEGER NOT NULL REFERENCES commodities (id),
            grams INTEGER NOT NULL CHECK (grams > 0),
            quality_bp INTEGER,
            amount INTEGER NOT NULL CHECK (amount > 0),
            paid_on TEXT,
            PRIMARY KEY (ref, member_id)
        );
        CREATE TABLE wajib_baselines (
            member_id INTEGER PRIMARY KEY REFERENCES members (id),
            date TEXT NOT NULL,
            arrears INTEGER NOT NULL CHECK (arrears >= 0),
            paid INTEGER NOT NULL CHECK (paid >= 0)
        );
        """,
    )


def _seal_migration(db: Database) -> None:
    """Seal what a migration wrote into audited tables (accounts, cash categories), as every
    write is sealed, or the audit chain would name those rows as unlogged. A book from before
    the audit log has nothing to seal."""
    if db.conn.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'audit_pending'"
    ).fetchone():
        from koperasi.store.audit import AuditStore

        AuditStore(db).seal("migration", "koperasi")


def _rebuild(db: Database, table: str, edits: tuple[tuple[str, str], ...]) -> None:
    """Rebuild a table with its CREATE statement edited (SQLite cannot alter a constraint),
    keeping every row, rowid, index and trigger. The audit triggers are left to
    store.audit.cover_new_tables, which puts them back and seals the rows as they now are."""
    import re

    conn = db.conn
    (sql,) = conn.execute(
        "SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?", [table]
    ).fetchone()
    for pattern, replacement in edits:
        sql, count = re.subn(pattern, replacement, sql)
        if count != 1:
            raise ValueError(f"{table}: {pattern!r} matched {count} times")
    others = [
        row[0]
        for row in conn.execute(
            "SELECT sql FROM sqlite_master WHERE tbl_name = ? AND type IN ('index', 'trigger')"
            " AND sql IS NOT NULL AND name NOT LIKE 'audit_%' ORDER BY type, name",
            [table],
        )
    ]
    columns = ", ".join(row[1] for row in conn.execute(f"PRAGMA table_info([{table}])"))
    # Other tables' rows point at this one: with the checks deferred, dropping it counts them
    # as broken and putting its rows back into the new table (same name, same ids) mends
    # each of them, so the transaction commits only if every reference holds again.
    conn.execute("PRAGMA defer_foreign_keys = ON")
    conn.execute(
        f"CREATE TEMP TABLE {table}_copy AS SELECT rowid AS copy_rowid, {columns} FROM {table}"
    )
    conn.execute(f"DROP TABLE {table}")
    conn.execute(sql)
    conn.execute(
        f"INSERT INTO {table} (rowid, {columns}) SELECT copy_rowid, {columns}"
        f" FROM temp.{table}_copy ORDER BY copy_rowid"
    )
    conn.execute(f"DROP TABLE temp.{table}_copy")
    for statement in others:
        conn.execute(statement)


@migrations(name="0007_i10a_corrections")
def i10a_corrections(db: Database) -> None:
    # Issue 10: corrections by reversal. A sale reversed while none of its shares is paid
    # (its deliveries go back to the open pool; what it held is kept in sale_reversal_parts),
    # a payout voided (the share is unpaid again and may be paid by a new slip; the savings
    # and loan repayments it deducted are restored by negative rows naming the payout), and
    # the buyer's payments of a sale received into Piutang Pembeli.
    _rebuild(db, "payouts", ((r",\s*UNIQUE \(sale_id, member_id\)", ""),))
    _rebuild(
        db,
        "savings",
        (
            (
                r"CHECK \(method IN \('cash', 'transfer'\) OR amount > 0\)",
                "CHECK (method IN ('cash', 'transfer') OR amount > 0 OR reverses IS NOT NULL)",
            ),
        ),
    )
    _rebuild(
        db,
        "loan_repayments",
        (
            (r"principal INTEGER NOT NULL CHECK \(principal >= 0\)", "principal INTEGER NOT NULL"),
            (r"service INTEGER NOT NULL CHECK \(service >= 0\)", "service INTEGER NOT NULL"),
            (
                r"CHECK \(principal \+ service > 0\)",
                "CHECK ((principal >= 0 AND service >= 0 AND principal + service > 0)"
                " OR (principal <= 0 AND service <= 0 AND principal + service < 0"
                " AND payout_id IS NOT NULL))",
            ),
        ),
    )
    run_script(
        db,
        """
        CREATE TABLE sale_reversals (
            sale_id INTEGER PRIMARY KEY REFERENCES sales (id),
            date TEXT NOT NULL,
            reason TEXT NOT NULL CHECK (length(trim(reason)) > 0),
            entry_id INTEGER NOT NULL REFERENCES journal_entries (id),
            created_at TEXT NOT NULL DEFAULT (datetime('now'))
        );
        CREATE TABLE sale_reversal_parts (
            id INTEGER PRIMARY KEY,
            sale_id INTEGER NOT NULL REFERENCES sale_reversals (sale_id),
            delivery_id INTEGER NOT NULL REFERENCES deliveries (id),
            part INTEGER NOT NULL CHECK (part >= 0),
            UNIQUE (sale_id, delivery_id)
        );
        CREATE TABLE payout_voids (
            payout_id INTEGER PRIMARY KEY REFERENCES payouts (id),
            date TEXT NOT NULL,
            reason TEXT NOT NULL CHECK (length(trim(reason)) > 0),
            entry_id INTEGER NOT NULL REFERENCES journal_entries (id),
            created_at TEXT NOT NULL DEFAULT (datetime('now'))
        );
        CREATE TABLE receivable_collections (
            id INTEGER PRIMARY KEY,
            number TEXT NOT NULL UNIQUE,
            year INTEGER NOT NULL,
            seq INTEGER NOT NULL,
            sale_id INTEGER NOT NULL REFERENCES sales (id),
            date TEXT NOT NULL,
            amount INTEGER NOT NULL CHECK (amount > 0),
            account TEXT NOT NULL CHECK (account IN ('1101', '1102')),
            entry_id INTEGER NOT NULL REFERENCES journal_entries (id),
            created_at TEXT NOT NULL DEFAULT (datetime('now')),
            UNIQUE (year, seq)
        );
        CREATE INDEX receivable_collections_sale ON receivable_collections (sale_id, amount);
        -- one standing payout per member and sale: another only once the earlier is voided
        CREATE TRIGGER payouts_one_standing BEFORE INSERT ON payouts
        WHEN EXISTS (SELECT 1 FROM payouts p WHERE p.sale_id = NEW.sale_id
            AND p.member_id = NEW.member_id
            AND NOT EXISTS (SELECT 1 FROM payout_voids v WHERE v.payout_id = p.id))
        BEGIN SELECT RAISE(ABORT, 'locked: this share is already paid'); END;
        -- a reversed sale's deliveries go back to the open pool, and nothing else changes
        DROP TRIGGER deliveries_locked;
        CREATE TRIGGER deliveries_locked BEFORE UPDATE ON deliveries WHEN OLD.status <> 'open'
            AND NOT (OLD.status = 'settled' AND NEW.status = 'open' AND NEW.sale_id IS NULL
                AND NEW.part IS NULL
                AND EXISTS (SELECT 1 FROM sale_reversals r WHERE r.sale_id = OLD.sale_id)
                AND NEW.date = OLD.date AND NEW.member_id = OLD.member_id
                AND NEW.commodity_id = OLD.commodity_id AND NEW.gross_grams = OLD.gross_grams
                AND NEW.net_grams = OLD.net_grams AND NEW.quality_bp = OLD.quality_bp)
        BEGIN SELECT RAISE(ABORT, 'locked: a settled or void delivery cannot be changed'); END;
        """
        + _lock_table("sale_reversals", "a reversal cannot be changed")
        + _lock_table("sale_reversal_parts", "a reversal cannot be changed")
        + _lock_table("payout_voids", "a void cannot be changed")
        + _lock_table("receivable_collections", "a collection is reversed, never changed")
        + f"""
        DROP TRIGGER deliveries_period_closed_update;
        CREATE TRIGGER deliveries_period_closed_update BEFORE UPDATE ON deliveries
        WHEN (OLD.date <= {_CLOSED_UNTIL} OR NEW.date <= {_CLOSED_UNTIL})
            AND NOT ((OLD.status = 'open' AND NEW.status = 'settled'
                    OR OLD.status = 'settled' AND NEW.status = 'open'
                    AND EXISTS (SELECT 1 FROM sale_reversals r WHERE r.sale_id = OLD.sale_id))
                AND NEW.date = OLD.date
                AND NEW.member_id = OLD.member_id AND NEW.commodity_id = OLD.commodity_id
                AND NEW.gross_grams = OLD.gross_grams AND NEW.net_grams = OLD.net_grams
                AND NEW.quality_bp = OLD.quality_bp)
        BEGIN SELECT RAISE(ABORT, 'locked: the period is closed'); END;
        CREATE TRIGGER receivable_collections_period_closed BEFORE INSERT
        ON receivable_collections WHEN NEW.date <= {_CLOSED_UNTIL}
        BEGIN SELECT RAISE(ABORT, 'locked: the period is closed'); END;
        """,
    )


@migrations(name="0007_i1315_sale_lots")
def i1315_sale_lots(db: Database) -> None:
    # Issue 13: whether a sale's lot is fully traceable (every delivery from a mapped plot),
    # recorded when it is settled, and whether the treasurer asked to pool only traceable
    # deliveries. Sales settled before this migration get the flag their deliveries give.
    run_script(
        db,
        """
        CREATE TABLE sale_lots (
            sale_id INTEGER PRIMARY KEY REFERENCES sales (id),
            fully_traceable INTEGER NOT NULL CHECK (fully_traceable IN (0, 1)),
            traceable_only INTEGER NOT NULL CHECK (traceable_only IN (0, 1))
        );
        INSERT INTO sale_lots (sale_id, fully_traceable, traceable_only)
            SELECT s.id, NOT EXISTS (
                SELECT 1 FROM deliveries d WHERE d.sale_id = s.id AND d.plot_id IS NULL
            ), 0
            FROM sales s;
        """
        + _lock_table("sale_lots", "the lot of a settled sale stays as it was settled"),
    )


@migrations(name="0007_i14_assets")
def i14_assets(db: Database) -> None:
    # Issue 14: fixed assets depreciated straight-line each month, the allowance for
    # doubtful loans by collectibility and loan service accrued at month ends; their
    # accounts (the allowance and accumulated depreciation are contra assets).
    db.conn.executemany(
        "INSERT OR IGNORE INTO accounts (code, name_id, name_en, kind, normal) VALUES (?, ?, ?, ?, ?)",
        [
            ("1203", "Piutang Jasa Pinjaman", "Loan service receivable", "asset", "debit"),
            (
                "1209",
                "Penyisihan Piutang Pinjaman",
                "Allowance for doubtful loans",
                "asset",
                "credit",
            ),
            ("1301", "Aset Tetap", "Fixed assets", "asset", "debit"),
            (
                "1309",
                "Akumulasi Penyusutan Aset Tetap",
                "Accumulated depreciation",
                "asset",
                "credit",
            ),
            ("5107", "Beban Penyusutan", "Depreciation", "expense", "debit"),
            ("5108", "Beban Penyisihan Piutang", "Doubtful loans expense", "expense", "debit"),
        ],
    )
    run_script(
        db,
        """
        -- a fixed asset as acquired: cost, residual value, useful life in months, where the
        -- money came from and the entry that bought it; depreciation is posted monthly
        CREATE TABLE fixed_assets (
            id INTEGER PRIMARY KEY,
            number TEXT NOT NULL UNIQUE,
            name TEXT NOT NULL CHECK (length(trim(name)) > 0),
            acquired TEXT NOT NULL,
            cost INTEGER NOT NULL CHECK (cost > 0),
            residual INTEGER NOT NULL DEFAULT 0 CHECK (residual >= 0 AND residual < cost),
            life_months INTEGER NOT NULL CHECK (life_months BETWEEN 1 AND 600),
            money_account TEXT NOT NULL REFERENCES accounts (code),
            entry_id INTEGER NOT NULL REFERENCES journal_entries (id),
            created TEXT NOT NULL DEFAULT (datetime('now'))
        );
        """
        + _lock_table("fixed_assets", "a fixed asset as acquired cannot be changed"),
    )
    _seal_migration(db)


@migrations(name="0007_i10c_exit_payments")
def i10c_exit_payments(db: Database) -> None:
    # Issue 10 (branch i10c): savings kept back as 2110 Utang Simpanan Anggota Keluar when a
    # member left are paid out later, in one or more payments, each with its receipt number.
    run_script(
        db,
        """
        CREATE TABLE member_exit_payments (
            id INTEGER PRIMARY KEY,
            number TEXT NOT NULL UNIQUE,
            year INTEGER NOT NULL,
            seq INTEGER NOT NULL,
            member_id INTEGER NOT NULL REFERENCES members (id),
            date TEXT NOT NULL,
            amount INTEGER NOT NULL CHECK (amount > 0),
            account TEXT NOT NULL REFERENCES accounts (code),
            entry_id INTEGER NOT NULL REFERENCES journal_entries (id),
            created TEXT NOT NULL DEFAULT (datetime('now')),
            UNIQUE (year, seq)
        );
        """
        + _lock_table("member_exit_payments", "an exit payment is paid, never changed"),
    )


@migrations(name="0008_i14shu_bases")
def i14shu_bases(db: Database) -> None:
    # Issue 14 (branch i14shu): the transaction basis of jasa usaha by the statutes. An
    # income cash-book entry may name the member who bought (saprodi sold to a member: their
    # purchases from the cooperative); a RAT decision records the bases it was computed on
    # (capital and transactions, with the components' totals) and each member's figure of
    # each transaction component, so that a later change of the settings changes nothing
    # decided.
    run_script(
        db,
        """
        CREATE TABLE cash_entry_members (
            cash_entry_id INTEGER PRIMARY KEY REFERENCES cash_entries (id),
            member_id INTEGER NOT NULL REFERENCES members (id)
        );
        CREATE INDEX cash_entry_members_member ON cash_entry_members (member_id);
        CREATE TABLE rat_decision_bases (
            decision_id INTEGER PRIMARY KEY REFERENCES rat_decisions (id),
            capital TEXT NOT NULL CHECK (capital IN ('year_end', 'average')),
            transactions TEXT NOT NULL CHECK (json_valid(transactions)),
            totals TEXT NOT NULL CHECK (json_valid(totals))
        );
        CREATE TABLE rat_member_transactions (
            decision_id INTEGER NOT NULL REFERENCES rat_decisions (id),
            member_id INTEGER NOT NULL REFERENCES members (id),
            basis TEXT NOT NULL CHECK (basis IN ('sales', 'loan_service', 'purchases')),
            amount INTEGER NOT NULL,
            PRIMARY KEY (decision_id, member_id, basis)
        );
        """
        + _lock_table("cash_entry_members", "a cash-book entry is voided, never changed")
        + _lock_table("rat_decision_bases", "a RAT decision is amended by reversal")
        + _lock_table("rat_member_transactions", "a RAT decision is amended by reversal"),
    )


@migrations(name="0008_i14shu_shu_transfer")
def i14shu_shu_transfer(db: Database) -> None:
    # Issue 14 (branch i14shu): a member's SHU paid by bank transfer (Cr 1102 Bank), with an
    # optional reference (their bank account, the transfer note). SQLite cannot alter a
    # CHECK: the table is rebuilt with every row, index and lock trigger; the audit triggers
    # are put back and the rows sealed by store.audit.cover_new_tables.
    _rebuild(
        db,
        "shu_payments",
        (
            (
                r"method TEXT NOT NULL CHECK \(method IN \('cash', 'sukarela'\)\)",
                "method TEXT NOT NULL CHECK (method IN ('cash', 'sukarela', 'transfer'))",
            ),
            (
                r"entry_id INTEGER NOT NULL REFERENCES journal_entries \(id\),",
                "entry_id INTEGER NOT NULL REFERENCES journal_entries (id),\n"
                "            reference TEXT CHECK (reference IS NULL OR method = 'transfer'),",
            ),
        ),
    )


@migrations(name="0008_i14gui_asset_disposals")
def i14gui_asset_disposals(db: Database) -> None:
    # Issue 14 (branch i14gui): a fixed asset sold or written off. The disposal entry takes
    # the asset's cost off 1301 and its accumulated depreciation off 1309, books what it was
    # sold for, and the gain or loss to the two accounts added here. A disposal is reversed
    # (with a reason), never changed.
    db.conn.executemany(
        "INSERT OR IGNORE INTO accounts (code, name_id, name_en, kind, normal) VALUES (?, ?, ?, ?, ?)",
        [
            (
                "4904",
                "Laba Pelepasan Aset Tetap",
                "Gain on disposal of fixed assets",
                "income",
                "credit",
            ),
            (
                "5109",
                "Rugi Pelepasan Aset Tetap",
                "Loss on disposal of fixed assets",
                "expense",
                "debit",
            ),
        ],
    )
    run_script(
        db,
        """
        -- accumulated: all the asset's depreciation, up to and including the month it left;
        -- depreciation: the part of it (that month's) posted by the disposal entry itself;
        -- gain: proceeds − book value (negative: a loss)
        CREATE TABLE asset_disposals (
            id INTEGER PRIMARY KEY,
            asset_id INTEGER NOT NULL REFERENCES fixed_assets (id),
            date TEXT NOT NULL,
            proceeds INTEGER NOT NULL CHECK (proceeds >= 0),
            money_account TEXT REFERENCES accounts (code),
            accumulated INTEGER NOT NULL CHECK (accumulated >= 0),
            depreciation INTEGER NOT NULL DEFAULT 0 CHECK (depreciation >= 0),
            gain INTEGER NOT NULL,
            reason TEXT NOT NULL DEFAULT '',
            entry_id INTEGER NOT NULL REFERENCES journal_entries (id),
            created TEXT NOT NULL DEFAULT (datetime('now'))
        );
        CREATE TABLE asset_disposal_reversals (
            id INTEGER PRIMARY KEY,
            disposal_id INTEGER NOT NULL UNIQUE REFERENCES asset_disposals (id),
            reason TEXT NOT NULL CHECK (length(trim(reason)) > 0),
            entry_id INTEGER NOT NULL REFERENCES journal_entries (id),
            created TEXT NOT NULL DEFAULT (datetime('now'))
        );
        """
        + _lock_table("asset_disposals", "a disposal is reversed, never changed")
        + _lock_table("asset_disposal_reversals", "a disposal is reversed, never changed"),
    )
    _seal_migration(db)


@migrations(name="0008_i14tax_honoraria")
def i14tax_honoraria(db: Database) -> None:
    # Branch i14tax: a honorarium paid net of the PPh 21 withheld (one bukti potong each,
    # BP-2026-000001, gapless per year); the tax withheld is owed on 2111 Utang PPh Pasal 21
    # and paid through the cash book ('Setor PPh 21').
    db.conn.execute(
        "INSERT OR IGNORE INTO accounts (code, name_id, name_en, kind, normal)"
        " VALUES ('2111', 'Utang PPh Pasal 21', 'PPh 21 withheld payable', 'liability', 'credit')"
    )
    db.conn.execute(
        "INSERT INTO cash_categories (name_id, name_en, kind, account)"
        " SELECT 'Setor PPh 21', 'PPh 21 payment', 'expense', '2111'"
        " WHERE NOT EXISTS (SELECT 1 FROM cash_categories WHERE name_id = 'Setor PPh 21')"
    )
    run_script(
        db,
        """
        CREATE TABLE honoraria (
            id INTEGER PRIMARY KEY,
            number TEXT NOT NULL UNIQUE,
            year INTEGER NOT NULL,
            seq INTEGER NOT NULL,
            date TEXT NOT NULL,
            name TEXT NOT NULL CHECK (length(trim(name)) > 0),
            tax_id TEXT NOT NULL DEFAULT '',
            category TEXT NOT NULL CHECK (category IN ('bukan-pegawai', 'pengawas')),
            gross INTEGER NOT NULL CHECK (gross > 0),
            base INTEGER NOT NULL CHECK (base >= 0),
            rate_bp INTEGER NOT NULL,
            surcharge_bp INTEGER NOT NULL,
            tax INTEGER NOT NULL CHECK (tax >= 0 AND tax < gross),
            net INTEGER NOT NULL CHECK (net = gross - tax),
            account TEXT NOT NULL REFERENCES accounts (code),
            description TEXT NOT NULL DEFAULT '',
            entry_id INTEGER NOT NULL REFERENCES journal_entries (id),
            created TEXT NOT NULL DEFAULT (datetime('now')),
            UNIQUE (year, seq)
        );
        -- a honorarium paid by mistake is voided by a reversing entry, once
        CREATE TABLE honorarium_voids (
            honorarium_id INTEGER PRIMARY KEY REFERENCES honoraria (id),
            date TEXT NOT NULL,
            reason TEXT NOT NULL CHECK (length(trim(reason)) > 0),
            entry_id INTEGER NOT NULL REFERENCES journal_entries (id),
            created TEXT NOT NULL DEFAULT (datetime('now'))
        );
        """
        + _lock_table("honoraria", "a honorarium paid and its bukti potong cannot be changed")
        + _lock_table("honorarium_voids", "a voided honorarium stays voided"),
    )
    _seal_migration(db)
