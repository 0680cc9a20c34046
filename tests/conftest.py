"""Shared fixtures: a real book file in a temporary folder, with 'today' pinned."""

from __future__ import annotations

import datetime
import os

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from koperasi.book import Book

TODAY = datetime.date(2026, 11, 27)


@pytest.fixture
def book(tmp_path):
    """An empty book of a rubber cooperative with two commodities."""
    b = Book.create(
        tmp_path / "test.koperasi", name="Koperasi Produsen Tani Lembah Jaya", member_prefix="LJ"
    )
    b.with_today(TODAY)
    b.commodities.add("Karet", fee_bp=300, uses_quality=True)
    b.commodities.add("TBS Sawit", fee_cents_per_kg=2500)
    yield b
    b.close()
