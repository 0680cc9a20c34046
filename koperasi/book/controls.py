"""Controls against silent defaults (issue 10): what a person must say out loud."""

from __future__ import annotations

from typing import TYPE_CHECKING

from koperasi.core.errors import KoperasiError

if TYPE_CHECKING:
    from koperasi.book.book import Book


def require_quality(book: Book, commodity: str, quality_bp: int | None) -> None:
    """Refuse a delivery of a quality commodity (Karet by KKK) typed without its quality:
    counted as 100 % it would take a far larger part of the pool than it is worth (64,5 %
    instead of 50 % in the audit's example). The screens and the command line call this;
    imports and weighing posts carry the quality they were given."""
    the_commodity = book.commodities.get(commodity)
    if the_commodity.uses_quality and quality_bp is None:
        raise KoperasiError("delivery.quality_required", commodity=the_commodity.name)
