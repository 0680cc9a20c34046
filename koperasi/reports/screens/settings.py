"""The settings screen's read model: the cooperative's profile, its commodities and the paper
each document prints on."""

from __future__ import annotations

from dataclasses import dataclass

from koperasi.book import Book
from koperasi.core.model import Commodity, Profile


@dataclass(frozen=True)
class SettingsData:
    """What the screen shows, read in one go on the worker."""

    profile: Profile
    commodities: tuple[Commodity, ...]
    papers: dict[str, str]


def settings_data(book: Book) -> SettingsData:
    """The profile, the commodities and the paper of each document."""
    return SettingsData(
        profile=book.profile,
        commodities=tuple(book.commodities.list()),
        papers={doc: book.document_paper(doc) for doc in Book.DOCUMENT_PAPERS},
    )
