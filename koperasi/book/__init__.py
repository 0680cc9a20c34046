"""The front door: Book.open(path) / Book.create(path, ...) and the operations on a book.

Each operation reads through koperasi.store, computes with koperasi.core and writes
through koperasi.store inside one transaction, so it happens wholly or not at all.
Every method that writes is a named operation (ops.py), which gives it that transaction,
its name while it runs (book.current_operation) and the areas it changed
(book.take_changes()). The stores behind the services are private to this package.
"""

from koperasi.book.book import Book

__all__ = ["Book"]
