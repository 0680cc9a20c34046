"""The welcome screen shown while no book is open (placeholder until the wizard is built)."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QLabel, QListWidget, QPushButton, QVBoxLayout, QWidget


class WelcomePage(QWidget):
    def __init__(self, window) -> None:
        super().__init__()
        self.window_ = window
        self.heading = QLabel()
        self.open_button = QPushButton()
        self.demo_button = QPushButton()
        self.recent = QListWidget()
        layout = QVBoxLayout(self)
        for widget in (self.heading, self.open_button, self.demo_button, self.recent):
            layout.addWidget(widget)
        self.open_button.clicked.connect(lambda: self.window_.choose_book())
        self.demo_button.clicked.connect(lambda: self.window_.open_demo())
        self.recent.itemActivated.connect(lambda item: self.window_.open_book(item.text()))
        self.retranslate()

    def retranslate(self) -> None:
        self.heading.setText(f"<h1>{self.tr('Welcome to Koperasi')}</h1>")
        self.open_button.setText(self.tr("&Open a book…"))
        self.demo_button.setText(self.tr("Open the &demo book"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def refresh(self) -> None:
        self.recent.clear()
        self.recent.addItems(
            self.window_.recent_books() if hasattr(self.window_, "settings") else []
        )

    def create_book(self) -> None:
        """Start the new-book wizard (built with the desktop issue)."""
