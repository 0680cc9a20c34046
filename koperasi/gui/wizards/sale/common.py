"""What the sale wizard's pages share: the page base, typed numbers, tables, printing the
settlement sheet."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from koperasi.book import Book
from koperasi.gui.kit.widgets import measure_sample
from koperasi.gui.preview import PdfPreview
from koperasi.gui.printing import print_document
from koperasi.gui.worker import BookRunner

if TYPE_CHECKING:
    from koperasi.gui.wizards.sale.wizard import SaleWizard

PREVIEW_DEBOUNCE_MS = 300


def print_settlement(
    runner: BookRunner,
    number: str,
    parent: QWidget,
    shown: Callable[[PdfPreview], None] | None = None,
) -> None:
    """Render a sale's settlement sheet on the worker and open it in the print preview."""

    def render(book: Book) -> bytes:
        from koperasi.pdf import render_settlement
        from koperasi.reports import settlement_data

        return render_settlement(settlement_data(book, number))

    print_document(
        runner,
        render,
        QCoreApplication.translate("SaleWizard", "Settlement sheet %1").replace("%1", number),
        f"{number}.pdf",
        parent,
        busy=QCoreApplication.translate("SaleWizard", "Preparing the settlement sheet…"),
        shown=shown,
    )


def table(model) -> QTableView:
    view = QTableView()
    measure_sample(view)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setAlternatingRowColors(True)
    view.verticalHeader().hide()
    view.verticalHeader().setDefaultSectionSize(26)
    view.setWordWrap(False)
    return view


def fit_columns(view: QTableView, stretch: int) -> None:
    header = view.horizontalHeader()
    for column in range(view.model().columnCount()):
        if column == stretch:
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        else:
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)


class SalePage(QWizardPage):
    def __init__(self, wizard: SaleWizard) -> None:
        super().__init__()
        self.wizard_ = wizard
        self.runner = wizard.runner

    def retranslate(self) -> None:
        """Set every visible text (language change)."""


def stacked(field, hint: QLabel) -> QVBoxLayout:
    box = QVBoxLayout()
    box.setSpacing(2)
    if isinstance(field, QWidget):
        box.addWidget(field)
    else:
        box.addLayout(field)
    box.addWidget(hint)
    return box


def escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
