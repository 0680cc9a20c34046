"""Fixtures: the demo books, built once per session and opened read-only as printing does."""

from __future__ import annotations

from pathlib import Path

import pytest

from koperasi.book import Book
from tests.pdf.pdf_helpers import TODAY, build_book, build_deductions_book, build_long_book


@pytest.fixture(scope="session")
def demo_path(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "demo.koperasi"
    build_book(path).close()
    return path


@pytest.fixture
def demo(demo_path):
    """The demo book, opened read-only as printing does."""
    book = Book.open(demo_path, readonly=True).with_today(TODAY)
    yield book
    book.close()


@pytest.fixture(scope="session")
def english_path(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("english") / "english.koperasi"
    build_book(path, lang="en", logo=False).close()
    return path


@pytest.fixture
def english(english_path):
    book = Book.open(english_path, readonly=True).with_today(TODAY)
    yield book
    book.close()


@pytest.fixture(scope="session")
def long_path(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("long") / "long.koperasi"
    build_long_book(path).close()
    return path


@pytest.fixture
def long_book(long_path):
    book = Book.open(long_path, readonly=True).with_today(TODAY)
    yield book
    book.close()


@pytest.fixture(scope="session")
def deductions_path(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("deductions") / "deductions.koperasi"
    build_deductions_book(path).close()
    return path


@pytest.fixture
def deductions_book(deductions_path):
    """A payout that deducts wajib, kasbon and a loan installment (see build_deductions_book)."""
    book = Book.open(deductions_path, readonly=True).with_today(TODAY)
    yield book
    book.close()


@pytest.fixture(scope="session")
def deductions_english_path(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("deductions_en") / "deductions_en.koperasi"
    build_deductions_book(path, lang="en").close()
    return path


@pytest.fixture
def deductions_english(deductions_english_path):
    book = Book.open(deductions_english_path, readonly=True).with_today(TODAY)
    yield book
    book.close()
