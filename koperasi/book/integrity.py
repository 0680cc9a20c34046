"""The integrity checks of `koperasi check`, as (name, function) pairs over a Book."""

from __future__ import annotations

from collections.abc import Callable

from koperasi.book.book import Book
from koperasi.store import integrity as store

Check = Callable[[Book], list[str]]


def _safe(check: Check) -> Check:
    """A check that raises reports it as a problem; it never crashes the caller."""

    def run(book: Book) -> list[str]:
        try:
            return list(check(book))
        except Exception as exc:  # any failure is a finding, not a crash
            return [f"the check could not run: {type(exc).__name__}: {exc}"]

    return run


def integrity_checks(book: Book, full: bool = False) -> list[tuple[str, Check]]:
    """quick_check (integrity_check when full), foreign keys, money bounds and balanced
    entries, the guard and audit triggers, and the audit chain."""
    sqlite_name = "integrity_check" if full else "quick_check"
    checks: list[tuple[str, Check]] = [
        (sqlite_name, lambda b: store.sqlite_check(b._db, full=full)),
        ("foreign_keys", lambda b: store.foreign_keys(b._db)),
        ("money_bounds", lambda b: store.money_bounds(b._db)),
        ("triggers", lambda b: store.triggers_present(b._db)),
        ("audit_chain", lambda b: store.audit_chain(b._db)),
    ]
    return [(name, _safe(check)) for name, check in checks]


# The invariant checks of koperasi.book.checks that the file-level checks above replace:
# "sqlite integrity" always ran the slow integrity_check, foreign keys are checked above.
_REPLACED = {"sqlite integrity", "foreign keys"}


def all_findings(book: Book, full: bool = False) -> list:
    """What `koperasi check` reports: the file-level checks (quick_check by default,
    integrity_check when full), then every invariant of the book. A check that raises is a
    finding; nothing here raises."""
    from koperasi.book.checks import CHECKS, findings_of

    findings = []
    for name, check in integrity_checks(book, full=full):
        findings += findings_of(name, check(book))
    for name, function in CHECKS:
        if name in _REPLACED:
            continue
        findings += findings_of(name, _safe(function)(book))
    return findings
