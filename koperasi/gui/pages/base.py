"""What every screen of the main window has in common."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QWidget

from koperasi.gui.worker import BookRunner


class Page(QWidget):
    """A screen in the side navigation.

    Subclasses build their widgets in __init__, set every visible text in retranslate()
    (called again when the language changes, so typed-in work is kept), and reload their
    data in refresh() (called when the book opens and when the screen is shown).

    AREAS names the areas of the book the screen shows (see Book.note_changes): after an
    operation writes to one of them, the main window refreshes the screen if it is shown,
    or marks it to refresh when it is next shown.
    """

    AREAS: frozenset[str] = frozenset()

    def __init__(self, runner: BookRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runner = runner

    def title(self) -> str:
        raise NotImplementedError

    def retranslate(self) -> None:
        """Set every visible text; called on language change."""

    def refresh(self) -> None:
        """Reload data from the book."""

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
