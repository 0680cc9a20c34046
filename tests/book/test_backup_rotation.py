"""Backup rotation at book level (issue 9): each backup_book thins this book's older backups to
the last of each of 7 days, 4 weeks and 12 months; other books' backups are left alone; the
CLI rotates too unless --keep-all. Clock dates pinned."""

from __future__ import annotations

import datetime

from koperasi.book import Book
from koperasi.book.backups import backup_book, book_backups, describe, last_verified
from koperasi.cli import main

DAY = datetime.date(2026, 11, 20)


def at(day: datetime.date, hour: int = 8) -> datetime.datetime:
    return datetime.datetime.combine(day, datetime.time(hour))


def make_book(path, prefix: str) -> None:
    with Book.create(path, name=f"Koperasi {prefix}", member_prefix=prefix) as book:
        book.with_today(DAY)
        book.members.add("Siti Aminah")
        book.members.add("Budi Santoso")


def test_forty_days_and_two_summer_backups_keep_twelve(tmp_path):
    make_book(tmp_path / "lj.koperasi", "LJ")
    make_book(tmp_path / "sm.koperasi", "SM")
    folder = tmp_path / "Cadangan"
    folder.mkdir()
    with Book.open(tmp_path / "sm.koperasi") as other:
        for day in range(10):  # another cooperative's backups share the folder
            day = datetime.date(2026, 9, 1) + datetime.timedelta(day)
            backup_book(other, folder, now=at(day), rotate=False)
    with Book.open(tmp_path / "lj.koperasi") as book:
        backup_book(book, folder, now=at(datetime.date(2026, 6, 15)))
        backup_book(book, folder, now=at(datetime.date(2026, 7, 20)))
        for day in range(40):  # 1 October .. 9 November, one a day at eight
            backup_book(book, folder, now=at(datetime.date(2026, 10, 1) + datetime.timedelta(day)))
        kept = [b.created.date().isoformat() for b in book_backups(book, folder)]
        newest = last_verified(book, folder)
    assert kept == [
        "2026-06-15",  # monthly: June
        "2026-07-20",  # monthly: July
        "2026-10-25",  # weekly: Sunday ending ISO week 43
        "2026-10-31",  # monthly: October's last
        "2026-11-01",  # weekly: week 44
        "2026-11-03",  # daily: the last seven days (3 .. 9 November; the 8th ends week 45)
        "2026-11-04",
        "2026-11-05",
        "2026-11-06",
        "2026-11-07",
        "2026-11-08",
        "2026-11-09",
    ]
    assert newest is not None and newest.created == at(datetime.date(2026, 11, 9))
    assert newest.members == 2 and newest.verified
    # the record beside each deleted backup went with it; the other book's ten stay
    names = sorted(p.name for p in folder.iterdir())
    assert len([n for n in names if n.startswith("LJ-") and n.endswith(".koperasi")]) == 12
    assert len([n for n in names if n.startswith("LJ-") and n.endswith(".json")]) == 12
    assert len([n for n in names if n.startswith("SM-") and n.endswith(".koperasi")]) == 10


def test_rotate_false_keeps_everything_and_describe_reads_the_file(tmp_path):
    make_book(tmp_path / "lj.koperasi", "LJ")
    with Book.open(tmp_path / "lj.koperasi") as book:
        for day in range(10):
            backup_book(
                book,
                tmp_path,
                now=at(datetime.date(2026, 10, 1) + datetime.timedelta(day)),
                rotate=False,
            )
        assert len(book_backups(book, tmp_path)) == 10
        info = describe(book_backups(book, tmp_path)[0].path)
    assert info.created == at(datetime.date(2026, 10, 1))
    assert info.verified and info.members == 2 and info.total_debit == info.total_credit == 0


def test_the_command_line_rotates_unless_keep_all(tmp_path, capsys):
    path = tmp_path / "lj.koperasi"
    make_book(path, "LJ")
    folder = tmp_path / "Cadangan"
    folder.mkdir()
    with Book.open(path) as book:
        for day in range(10):  # ten days of September, before the wall-clock backup below
            backup_book(
                book,
                folder,
                now=at(datetime.date(2025, 9, 1) + datetime.timedelta(day)),
                rotate=False,
            )
    assert main(["backup", str(path), "--keep-all"]) == 0
    assert len(list(folder.glob("LJ-*.koperasi"))) == 11
    assert main(["backup", str(path)]) == 0
    capsys.readouterr()
    # of the ten old backups the days 5..10 September stay (with today's, the last seven
    # days that have a backup; the 7th and 10th also end their ISO weeks, the 10th its month)
    old = sorted(p.name for p in folder.glob("LJ-2025*.koperasi"))
    assert old == [f"LJ-202509{day:02d}-080000.koperasi" for day in range(5, 11)]
    assert len(list(folder.glob("LJ-*.koperasi"))) in (7, 8)  # today's one or two (same second)
