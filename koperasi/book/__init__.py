"""The front door: Book.open(path) / Book.create(path, ...) and the operations on a book.

Each operation reads through koperasi.store, computes with koperasi.core and writes
through koperasi.store inside one transaction, so it happens wholly or not at all.
"""

from koperasi.book.book import Book

__all__ = ["Book"]
