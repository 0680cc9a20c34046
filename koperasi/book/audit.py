"""The audit log for the CLI and GUI: its records, its verification, its short head code."""

from __future__ import annotations

from koperasi.book.book import Book
from koperasi.store import audit as store
from koperasi.store.audit import AuditHead, AuditRecord

__all__ = ["AuditHead", "AuditRecord", "head", "records", "users", "verify"]


def records(
    book: Book,
    user: str | None = None,
    operation: str | None = None,
    since: str | None = None,
    until: str | None = None,
    limit: int | None = None,
) -> list[AuditRecord]:
    """The audit log, newest first, filtered by user, operation prefix and day range."""
    return store.audit_records(book._db, user, operation, since, until, limit)


def users(book: Book) -> list[str]:
    """Everyone the audit log names (for a filter)."""
    return store.audit_users(book._db)


def verify(book: Book) -> list[str]:
    """What no longer matches the audit log; empty when every row is as it was sealed. The
    first problem names the first broken record."""
    try:
        return store.AuditStore(book._db).verify()
    except Exception as exc:  # a damaged log is a finding, never a crash
        return [f"the audit log could not be read: {type(exc).__name__}: {exc}"]


def head(book: Book) -> AuditHead | None:
    """The chain head: its short code goes on printed reports and the backup listing."""
    try:
        return store.AuditStore(book._db).head()
    except Exception:  # a book without a readable log prints no code
        return None
