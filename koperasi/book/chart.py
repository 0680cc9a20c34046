"""The book's chart of accounts, extended under fixed parents (core.chart, issue 14)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from koperasi.book.ops import operation
from koperasi.core.chart import check_user_code, new_account
from koperasi.core.errors import KoperasiError
from koperasi.core.model import Account

if TYPE_CHECKING:
    from koperasi.book.book import Book


class Chart:
    def __init__(self, book: Book) -> None:
        self.book = book

    def list(self) -> list[Account]:
        return self.book.journal.accounts()

    @operation("account.add", "journal")
    def add(self, code: str, name_id: str, name_en: str = "") -> Account:
        """Add an account under one of the fixed parents."""
        account = new_account(code, name_id, name_en)
        if any(a.code == account.code for a in self.list()):
            raise KoperasiError("account.exists", account=account.code)
        check_user_code(account.code)
        with self.book.atomic():
            self.book._store_journal.insert_accounts([account])
        return account
