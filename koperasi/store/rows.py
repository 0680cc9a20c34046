"""Converting between database rows and the core's records."""

from __future__ import annotations

import datetime


def to_date(value: str | None) -> datetime.date | None:
    return datetime.date.fromisoformat(value) if value else None


def iso(value: datetime.date | None) -> str | None:
    return value.isoformat() if value else None
