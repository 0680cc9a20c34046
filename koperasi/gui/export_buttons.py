"""Ekspor ke Excel on every list screen (issue 12): a button beside the screen's heading
opens the export dialog with the screen's own list chosen (what Ctrl+E does from anywhere).

Added from outside the screens, beside their heading, so the screens stay as they are."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QBoxLayout, QHBoxLayout, QLayout, QPushButton, QWidget

# The list each screen exports (its class name → an export kind of koperasi.xlsx.export).
PAGE_EXPORTS = {
    "MembersPage": "members",
    "DeliveriesPage": "deliveries",
    "SalesPage": "sales",
    "PayoutsPage": "payouts",
    "SavingsLoansPage": "savings",
    "CashPage": "cashbook",
    "ReportsPage": "rat",
    "ClosingShuPage": "shu",
}


class ExportButton(QPushButton):
    """'Ekspor ke Excel…' of one screen's list."""

    def __init__(self, kind: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind = kind
        self.setObjectName("exportButton")
        self.retranslate()

    def retranslate(self) -> None:
        self.setText(self.tr("Export to E&xcel…"))
        self.setToolTip(self.tr("This list as an Excel workbook (Ctrl+E)"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


def _holder(layout: QLayout, widget: QWidget) -> tuple[QBoxLayout, int] | None:
    """The box layout holding `widget` directly, and its place in it."""
    for index in range(layout.count()):
        item = layout.itemAt(index)
        if item.widget() is widget and isinstance(layout, QBoxLayout):
            return layout, index
        if item.layout() is not None:
            found = _holder(item.layout(), widget)
            if found is not None:
                return found
    return None


def add_export_buttons(pages, open_export) -> dict[str, ExportButton]:
    """Put an export button beside the heading of each list screen; open_export(kind) is
    called when one is pressed. Returns the buttons by kind."""
    buttons = {}
    for page in pages:
        kind = PAGE_EXPORTS.get(type(page).__name__)
        heading = getattr(page, "heading", None)
        if kind is None or heading is None or page.layout() is None:
            continue
        button = ExportButton(kind, page)
        button.clicked.connect(lambda _=False, k=kind: open_export(k))
        found = _holder(page.layout(), heading)
        if found is None:
            page.layout().insertWidget(0, button)
        else:
            layout, index = found
            layout.takeAt(index)
            row = QHBoxLayout()
            row.addWidget(heading, 1)
            row.addWidget(button)
            layout.insertLayout(index, row)
        page.export_button = button
        buttons[kind] = button
    return buttons
