"""Small shared dialogs: errors in the user's language, questions, a reason prompt."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QInputDialog, QMessageBox, QWidget

from koperasi.core.errors import KoperasiError
from koperasi.gui import i18n

log = logging.getLogger(__name__)


def error_text(exc: BaseException) -> str:
    """The sentence a user sees for an error: ours in their language, anything else generic."""
    if isinstance(exc, KoperasiError):
        return exc.message(i18n.current_language())
    log.error("unexpected error: %s", getattr(exc, "__traceback_text__", repr(exc)))
    return (
        QCoreApplication.translate(
            "Dialogs", "Something unexpected went wrong; the book was not changed."
        )
        + f"\n\n{exc}"
    )


def show_error(parent: QWidget | None, exc: BaseException, title: str | None = None) -> None:
    QMessageBox.warning(
        parent, title or QCoreApplication.translate("Dialogs", "Cannot do that"), error_text(exc)
    )


def confirm(parent: QWidget | None, title: str, text: str) -> bool:
    answer = QMessageBox.question(
        parent, title, text, QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No
    )
    return answer == QMessageBox.StandardButton.Yes


def ask_reason(parent: QWidget | None, title: str, label: str) -> str | None:
    """The reason typed, None when the person cancels. OK with nothing typed is not a silent
    cancel: it says that a reason is needed and asks again."""
    while True:
        text, ok = QInputDialog.getText(parent, title, label)
        if not ok:
            return None
        if text.strip():
            return text.strip()
        QMessageBox.warning(
            parent,
            title,
            QCoreApplication.translate(
                "Dialogs", "A reason is required; nothing was changed. Write why, or press Cancel."
            ),
        )
