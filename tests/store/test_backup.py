"""Backups: a verified copy by SQLite's backup API, listed, rotated, and a restore drill."""

import datetime
import json
import time

import pytest

from koperasi.book import Book
from koperasi.book.backups import backup_book, list_backups, prune_backups, restore
from koperasi.core.errors import KoperasiError
from koperasi.demo import build_demo
from koperasi.store.backup import backup
from tests.helpers import dump

TODAY = datetime.date(2026, 11, 27)


@pytest.fixture(scope="module")
def demo_book(tmp_path_factory):
    path = tmp_path_factory.mktemp("backup") / "demo.koperasi"
    build_demo(path, members=30, years=1, seed=1, today=TODAY)
    return path


def trial_balance(book):
    return book._db.conn.execute(
        "SELECT sum(debit), sum(credit), count(*) FROM journal_lines"
    ).fetchone()


def test_restore_drill(demo_book, tmp_path):
    folder = tmp_path / "Cadangan"
    folder.mkdir()
    with Book.open(demo_book) as book:
        before_dump = dump(book)
        before_tb = trial_balance(book)
        prefix = book.profile.member_prefix
        started = time.perf_counter()
        info = backup_book(book, folder)
        seconds = time.perf_counter() - started
    print(f"backup+verify of the 30-member book: {seconds:.3f} s")
    assert info.verified and info.problems == ()
    assert info.path.name.startswith(f"{prefix}-") and info.path.suffix == ".koperasi"
    assert info.members == 30
    assert info.total_debit == info.total_credit == before_tb[0]
    assert [p.name for p in folder.iterdir() if p.name.startswith(".")] == []
    # damage the book: overwrite bytes in the middle
    damaged = bytearray(demo_book.read_bytes())
    damaged[8192 : 8192 + 4096] = b"\xde\xad" * 2048
    broken = tmp_path / "broken.koperasi"
    broken.write_bytes(bytes(damaged))
    restored = tmp_path / "restored.koperasi"
    result = restore(info.path, restored)
    assert result.verified and result.members == 30 and result.total_debit == before_tb[0]
    assert result.created == info.created
    with Book.open(restored) as book:
        assert trial_balance(book) == before_tb
        assert dump(book) == before_dump


def test_list_backups_reads_the_stored_check(demo_book, tmp_path):
    with Book.open(demo_book, readonly=True) as book:
        first = backup(book._file, tmp_path, now=datetime.datetime(2026, 11, 1, 8, 0))
        second = backup(book._file, tmp_path, now=datetime.datetime(2026, 11, 2, 8, 0))
        third = backup(book._file, tmp_path, now=datetime.datetime(2026, 11, 2, 8, 0))
    assert third.path != second.path  # same second: a second name, never overwritten
    listed = list_backups(tmp_path)
    assert listed[0].path == first.path
    assert {b.path for b in listed} == {first.path, second.path, third.path}
    assert all(b.verified and b.members == 30 for b in listed)
    assert listed[0].total_debit == first.total_debit
    # a tampered record or a changed file is no longer "verified"
    sidecar = first.path.with_name(first.path.name + ".json")
    sidecar.write_text("junk")
    with first.path.open("ab") as handle:
        handle.write(b"x")
    assert [b.verified for b in list_backups(tmp_path)] == [False, True, True]
    json.loads(second.path.with_name(second.path.name + ".json").read_text())


def test_prune_keeps_the_rotation(demo_book, tmp_path):
    with Book.open(demo_book, readonly=True) as book:
        for day in range(20):
            backup(
                book._file,
                tmp_path,
                now=datetime.datetime(2026, 10, 1, 8) + datetime.timedelta(days=day),
            )
    removed = prune_backups(tmp_path)
    left = list_backups(tmp_path)
    assert len(removed) + len(left) == 20
    assert [b.created.day for b in left][-7:] == list(range(14, 21))
    assert len(left) < 20


def test_restore_refuses_an_existing_target(demo_book, tmp_path):
    with Book.open(demo_book, readonly=True) as book:
        info = backup_book(book, tmp_path)
    target = tmp_path / "taken.koperasi"
    target.write_bytes(b"keep me")
    with pytest.raises(KoperasiError) as error:
        restore(info.path, target)
    assert error.value.code == "backup.target_exists"
    assert target.read_bytes() == b"keep me"


def test_a_damaged_backup_is_not_restored(demo_book, tmp_path):
    with Book.open(demo_book, readonly=True) as book:
        info = backup_book(book, tmp_path)
    data = bytearray(info.path.read_bytes())
    data[len(data) // 2 : len(data) // 2 + 8192] = b"\x00\xff" * 4096
    info.path.write_bytes(bytes(data))
    target = tmp_path / "new.koperasi"
    with pytest.raises(KoperasiError) as error:
        restore(info.path, target)
    assert error.value.code in ("backup.not_verified", "book.not_a_book")
    assert not target.exists()
    assert [p for p in tmp_path.iterdir() if p.name.startswith(".")] == []


def test_backup_into_a_missing_folder_is_refused(demo_book, tmp_path):
    with Book.open(demo_book, readonly=True) as book, pytest.raises(KoperasiError) as error:
        backup_book(book, tmp_path / "nowhere")
    assert error.value.code == "backup.no_folder"
