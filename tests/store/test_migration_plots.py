"""A book made before plots gains them (0005_plots); its deliveries keep their written plot."""

from __future__ import annotations

import datetime

from sqlite_utils import Database

from koperasi.book import Book
from koperasi.core.accounts import DEFAULT_CHART
from koperasi.store.connection import _connect
from koperasi.store.journal import JournalStore
from koperasi.store.migrations import migrations


def test_an_old_book_gains_plots_and_keeps_its_deliveries(tmp_path):
    path = tmp_path / "old.koperasi"
    db = Database(_connect(path, readonly=False))
    migrations.apply(db, stop_before="0005_plots")
    with db.atomic():
        JournalStore(db).insert_accounts(DEFAULT_CHART)
        db.conn.execute("INSERT INTO settings (key, value) VALUES ('name', 'Koperasi Lama')")
        db.conn.execute("INSERT INTO members (number, name) VALUES ('A-0001', 'Siti Aminah')")
        db.conn.execute("INSERT INTO commodities (name) VALUES ('Karet')")
        db.conn.execute(
            "INSERT INTO deliveries (receipt, year, seq, date, member_id, commodity_id,"
            " gross_grams, net_grams, plot) VALUES"
            " ('NT-2026-000001', 2026, 1, '2026-11-20', 1, 1, 5000, 5000, 'Kebun Sungai')"
        )
    db.conn.close()
    with Book.open(path) as book:
        book.with_today(datetime.date(2026, 11, 27))
        assert book.plots.list() == []
        delivery = book.deliveries.get("NT-2026-000001")
        assert delivery.plot == "Kebun Sungai"
        columns = [r[1] for r in book._db.conn.execute("PRAGMA table_info(deliveries)")]
        assert "plot_id" in columns  # later migrations add columns after it
        assert book._db.conn.execute("SELECT plot_id FROM deliveries").fetchall() == [(None,)]
