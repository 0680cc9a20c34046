"""An import from a file into the book: read the rows, let the book plan and write them."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from koperasi.book.moving_in import ImportReport, MovingIn
from koperasi.xlsx.reading import read_rows

if TYPE_CHECKING:
    from koperasi.book import Book


def import_file(
    book: Book, kind: str, path: str | Path, preview: bool = False, only_good: bool = False
) -> ImportReport:
    """Import `path` as `kind`; nothing is written while a row is refused unless only_good."""
    rows, refused = read_rows(path, kind)
    return MovingIn(book).run_import(kind, rows, refused, preview=preview, only_good=only_good)
