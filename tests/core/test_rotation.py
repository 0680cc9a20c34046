"""Backup rotation: the last of each of 7 days, 4 weeks and 12 months is kept."""

import datetime

from koperasi.core.rotation import backups_to_delete


def at(day, hour=9):
    return datetime.datetime(2026, 1, 1, hour) + datetime.timedelta(days=day)


def test_nothing_to_delete_for_a_few_backups():
    assert backups_to_delete([at(0), at(1), at(2)]) == []
    assert backups_to_delete([]) == []


def test_two_a_day_keeps_the_last_of_each_day():
    times = [at(d, h) for d in range(3) for h in (9, 17)]
    assert backups_to_delete(times) == [at(0, 9), at(1, 9), at(2, 9)]


def test_a_year_of_daily_backups():
    times = [at(d) for d in range(400)]  # 2026-01-01 .. 2027-02-04
    kept = sorted(set(times) - set(backups_to_delete(times)))
    daily = [at(d) for d in range(393, 400)]
    assert kept[-7:] == daily
    # 4 weeks: the Sundays (ends of ISO weeks) before the current week also survive
    sundays = [t for t in kept if t.isoweekday() == 7]
    assert len(sundays) >= 3
    # 12 months: the last backup of each of the 12 most recent months
    assert len({(t.year, t.month) for t in kept}) == 12
    assert len(kept) <= 7 + 4 + 12
    assert datetime.datetime(2026, 3, 31, 9) in kept
    assert datetime.datetime(2026, 2, 28, 9) not in kept  # 13 months back


def test_the_newest_is_always_kept():
    times = [at(d) for d in range(0, 1000, 3)]
    assert max(times) not in backups_to_delete(times)
