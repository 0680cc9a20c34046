"""The audit log: each operation seals what it touched; any tampering is named by verify()."""

import datetime
import json

import pytest

from koperasi.book import Book
from koperasi.store.audit import AuditStore

DAY = datetime.date(2026, 11, 20)


@pytest.fixture
def book(tmp_path):
    path = tmp_path / "lj.koperasi"
    book = Book.create(path, name="Koperasi Lembah Jaya", member_prefix="LJ")
    book.with_today(datetime.date(2026, 11, 27))
    book.commodities.add("Karet", fee_bp=300, uses_quality=True)
    for i in range(4):
        book.members.add(f"Anggota {i + 1}")
    for i in range(8):
        book.deliveries.record(f"LJ-{i % 4 + 1:04d}", "Karet", 2_000 + 137 * i, date=DAY)
    yield book
    book.close()


def records(book):
    return book._db.conn.execute(
        "SELECT seq, operation, touched FROM audit_log ORDER BY seq"
    ).fetchall()


def test_each_operation_leaves_one_covering_record(book):
    audit = AuditStore(book._db)
    assert audit.verify() == []
    before = len(records(book))
    book.members.add("Siti Aminah")
    after = records(book)
    assert len(after) == before + 1
    touched = json.loads(after[-1][2])
    assert list(touched) == ["counters", "members"] or "members" in touched
    book.current_operation = "member.add"
    book.user = "ketua"
    book.members.add("Budi")
    last = book._db.conn.execute(
        "SELECT operation, user FROM audit_log ORDER BY seq DESC"
    ).fetchone()
    assert last == ("member.add", "ketua")
    assert audit.verify() == []
    head = audit.head()
    assert head.seq == len(records(book)) and len(head.code) == 9 and head.code[4] == "-"


def test_an_upgraded_book_seals_its_rows_in_a_genesis_record(book):
    first = records(book)[0]
    assert first[0] == 1 and first[1] == "genesis"


TAMPERS = [
    "UPDATE members SET name = 'Orang Lain' WHERE id = 1",
    "UPDATE deliveries SET gross_grams = gross_grams + 1000 WHERE id = 2",
    "INSERT INTO members (number, name) VALUES ('LJ-0099', 'Hantu')",
    "DELETE FROM deliveries WHERE id = 3",
    "UPDATE settings SET value = 'Koperasi Palsu' WHERE key = 'name'",
    "DELETE FROM members WHERE id = 4",
]


def posted_sale(book):
    from koperasi.book.sales import SaleInput

    book.sales.settle(SaleInput("Karet", datetime.date(2026, 11, 25), "PT Remco", 10_000,
                                price_cents=1_234_567))  # fmt: skip


POSTED_TAMPERS = [
    "UPDATE journal_lines SET debit = debit + 1 WHERE id = 1",
    "INSERT INTO journal_lines (entry_id, account, debit, credit) "
    "SELECT entry_id, account, 5, 0 FROM journal_lines WHERE id = 1",
    "DELETE FROM journal_lines WHERE id = 2",
    "UPDATE journal_entries SET description = 'x' WHERE id = 1",
    "DELETE FROM sales",
]


def drop_guards(conn, prefix):
    for (name,) in conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE ?", [prefix + "%"]
    ).fetchall():
        conn.execute(f"DROP TRIGGER {name}")


@pytest.mark.parametrize("drop", ["", "immutability", "immutability+audit"])
@pytest.mark.parametrize("tamper", TAMPERS + POSTED_TAMPERS)
def test_tampering_through_the_raw_connection_is_detected(book, tamper, drop):
    posted_sale(book)
    audit = AuditStore(book._db)
    assert audit.verify() == []
    conn = book._db.conn
    conn.commit()
    if drop:
        for (name,) in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'trigger'"
        ).fetchall():
            if name.startswith("audit_") and "audit" not in drop.split("+")[1:]:
                continue
            conn.execute(f"DROP TRIGGER {name}")
    try:
        conn.execute(tamper)
    except Exception:
        pytest.skip("refused by the file itself")  # only with the guards present
    conn.commit()
    problems = audit.verify()
    assert problems, tamper


def test_a_chain_edit_is_named_by_seq(book):
    audit = AuditStore(book._db)
    seq = records(book)[2][0]
    book._db.conn.execute("UPDATE audit_log SET user = 'pengawas' WHERE seq = ?", [seq])
    assert audit.verify()[0] == f"audit record {seq}: the chain is broken here"
