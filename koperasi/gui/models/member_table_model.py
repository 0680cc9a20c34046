"""The member register as a lazily loaded table."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor

from koperasi.book import Book
from koperasi.core.fmt import date_short
from koperasi.core.model import Member
from koperasi.gui.paged_model import PagedTableModel, Query

COL_NUMBER, COL_NAME, COL_NIK, COL_VILLAGE, COL_JOINED, COL_STATUS = range(6)


class MemberTableModel(PagedTableModel):
    """Filters: text (name, number, NIK, village) and 'active' (True, False or None for all)."""

    def columns(self) -> list[str]:
        return [
            QCoreApplication.translate("MemberTableModel", "Number"),
            QCoreApplication.translate("MemberTableModel", "Name"),
            QCoreApplication.translate("MemberTableModel", "NIK"),
            QCoreApplication.translate("MemberTableModel", "Village"),
            QCoreApplication.translate("MemberTableModel", "Joined"),
            QCoreApplication.translate("MemberTableModel", "Status"),
        ]

    def sort_keys(self) -> list[str]:
        return ["number", "name", "nik", "village", "joined", ""]

    def fetch_count(self, book: Book, query: Query) -> int:
        return book.members.count_matching(query.text, query.get("active"))

    def fetch_page(self, book: Book, query: Query, offset: int, limit: int) -> list[Member]:
        return book.members.page(
            query.text,
            query.get("active"),
            query.sort_key or "number",
            query.descending,
            offset,
            limit,
        )

    def cell(self, member: Member, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            if column == COL_NUMBER:
                return member.number
            if column == COL_NAME:
                return member.name
            if column == COL_NIK:
                return member.nik or ""
            if column == COL_VILLAGE:
                return member.village
            if column == COL_JOINED:
                return date_short(member.joined) if member.joined else ""
            if column == COL_STATUS:
                return (
                    QCoreApplication.translate("MemberTableModel", "Active")
                    if member.active
                    else QCoreApplication.translate("MemberTableModel", "Inactive")
                )
        if role == Qt.ItemDataRole.ForegroundRole and not member.active:
            return QColor("#888888")
        return None
