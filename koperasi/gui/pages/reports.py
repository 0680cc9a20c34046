"""Reports screen (placeholder until it is built)."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QVBoxLayout

from koperasi.gui.pages.base import Page


class ReportsPage(Page):
    def __init__(self, runner, parent=None) -> None:
        super().__init__(runner, parent)
        self.heading = QLabel()
        QVBoxLayout(self).addWidget(self.heading)
        self.retranslate()

    def title(self) -> str:
        return self.tr("Reports")

    def retranslate(self) -> None:
        self.heading.setText(f"<h2>{self.title()}</h2>")
