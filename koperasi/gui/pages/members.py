"""Anggota: the member register with type-ahead search, filters, add and edit."""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from koperasi.core.model import Member
from koperasi.gui.dialogs.member import MemberDialog
from koperasi.gui.dialogs.member_page import MemberPage  # with the screen (issue 11)
from koperasi.gui.kit.messages import confirm, show_error
from koperasi.gui.kit.widgets import measure_sample
from koperasi.gui.models.member_table_model import MemberTableModel
from koperasi.gui.paged_model import RecordRole
from koperasi.gui.pages.base import Page
from koperasi.gui.worker import BookRunner


class MembersPage(Page):
    AREAS = frozenset({"members"})

    def __init__(self, runner: BookRunner, parent: QWidget | None = None) -> None:
        super().__init__(runner, parent)
        self.heading = QLabel()
        self.heading.setObjectName("pageHeading")
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.status_filter = QComboBox()
        self.add_button = QPushButton()
        self.edit_button = QPushButton()
        self.deactivate_button = QPushButton()
        self.open_button = QPushButton()
        self.count_label = QLabel()
        self.model = MemberTableModel(runner, self)
        self.model.set_filter("active", True)
        self.table = QTableView()
        measure_sample(self.table)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.setAlternatingRowColors(True)
        self.table.doubleClicked.connect(lambda _: self.open_member())

        bar = QHBoxLayout()
        bar.addWidget(self.search, 1)
        bar.addWidget(self.status_filter)
        for button in (self.add_button, self.edit_button, self.deactivate_button, self.open_button):
            bar.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count_label)

        self.search.textChanged.connect(self.model.set_text)
        self.search.returnPressed.connect(self.open_found)
        self.model.loaded_callbacks.append(self._loaded)
        self._open_when_loaded = False
        self.member_page = None
        self.status_filter.currentIndexChanged.connect(self._status_changed)
        self.add_button.clicked.connect(self.start_new)
        self.edit_button.clicked.connect(self.edit_member)
        self.deactivate_button.clicked.connect(self.deactivate_member)
        self.open_button.clicked.connect(self.open_member)
        self.model.modelReset.connect(self._update_count)
        self.setTabOrder(self.search, self.status_filter)
        self.setTabOrder(self.status_filter, self.table)
        self.retranslate()

    def title(self) -> str:
        return self.tr("Members")

    def retranslate(self) -> None:
        heading = self.tr("Members")
        self.heading.setText(f"<h2>{heading}</h2>")
        self.search.setPlaceholderText(self.tr("Search name, number, NIK or village…"))
        current = self.status_filter.currentIndex()
        self.status_filter.blockSignals(True)
        self.status_filter.clear()
        self.status_filter.addItems([self.tr("Active"), self.tr("Inactive"), self.tr("All")])
        self.status_filter.setCurrentIndex(max(0, current))
        self.status_filter.blockSignals(False)
        self.add_button.setText(self.tr("&Add member"))
        self.edit_button.setText(self.tr("&Edit"))
        self.deactivate_button.setText(self.tr("Deac&tivate"))
        self.open_button.setText(self.tr("Member &page"))
        self.model.retranslate()
        self._update_count()

    def refresh(self) -> None:
        if self.runner.book_path is not None:
            self.model.reload()

    def _status_changed(self, index: int) -> None:
        self.model.set_filter("active", {0: True, 1: False}.get(index))

    def _update_count(self) -> None:
        self.count_label.setText(self.tr("%n member(s)", "", self.model.rowCount()))

    def selected_member(self) -> Member | None:
        index = self.table.currentIndex()
        return self.model.data(index.siblingAtColumn(0), RecordRole) if index.isValid() else None

    def start_new(self) -> MemberDialog:
        dialog = MemberDialog(self.runner, parent=self)
        dialog.accepted.connect(self.refresh)
        dialog.open()
        return dialog

    def edit_member(self) -> MemberDialog | None:
        member = self.selected_member()
        if member is None:
            return None
        dialog = MemberDialog(self.runner, member, parent=self)
        dialog.accepted.connect(self.refresh)
        dialog.open()
        return dialog

    def deactivate_member(self) -> None:
        member = self.selected_member()
        if member is None or not member.active:
            return
        if not confirm(
            self,
            self.tr("Deactivate member"),
            self.tr("Deactivate %1 (%2)? Their records are kept.")
            .replace("%1", member.name)
            .replace("%2", member.number),
        ):
            return
        self.runner.book_op(
            lambda book: book.members.deactivate(member.number),
            lambda _: self.refresh(),
            lambda exc: show_error(self, exc),
        )

    def open_found(self) -> None:
        """Enter in the search box: open the member found (the first, or the one chosen),
        once the list shows exactly what was typed (it loads on the worker)."""
        self._open_when_loaded = True
        self.model.set_query(dataclasses.replace(self.model.query, text=self.search.text()))

    def _open_first(self) -> None:
        if self.model.rowCount() == 0:
            self.count_label.setText(
                self.tr("No member matches “%1”.").replace("%1", self.search.text().strip())
            )
            return
        self.table.selectRow(0)
        self.open_member()

    def _loaded(self) -> None:
        if self._open_when_loaded:
            self._open_when_loaded = False
            self._open_first()

    def open_member(self) -> None:
        member = self.selected_member()
        if member is None:
            return
        self.member_page = MemberPage(self.runner, member, self)
        self.member_page.open()
