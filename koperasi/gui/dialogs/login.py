"""Masuk: the name and password asked for when a book with users is opened.

The password is checked on the worker (scrypt takes a moment and 128 MiB; the window stays
responsive). A wrong name or password is one sentence and another try; Batal closes the book.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from koperasi.core.errors import KoperasiError
from koperasi.gui.kit.forms import form_rows
from koperasi.gui.kit.messages import error_text
from koperasi.gui.kit.widgets import error_label, show_message
from koperasi.gui.worker import BookRunner


class LoginDialog(QDialog):
    """Name and password for the book just opened.

    Signals:
      logged_in(str, str): the user's name and role, once the book accepted them.
    """

    logged_in = Signal(str, str)

    def __init__(self, runner: BookRunner, book_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("LoginDialog")
        self.runner = runner
        self.book_name = book_name
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.name_edit = QLineEdit()
        self.name_edit.setObjectName("loginName")
        self.password_edit = QLineEdit()
        self.password_edit.setObjectName("loginPassword")
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.name_label = QLabel()
        self.password_label = QLabel()
        self.error = error_label()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setDefault(True)
        self.buttons.accepted.connect(self.try_login)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(
            form_rows(
                [(self.name_label, self.name_edit), (self.password_label, self.password_edit)]
            )
        )
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(420)
        self.retranslate()
        self.name_edit.setFocus()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Log in"))
        self.intro.setText(
            self.tr("The book %1 has users. Type your name and password.").replace(
                "%1", self.book_name
            )
        )
        self.name_label.setText(self.tr("&Name"))
        self.name_label.setBuddy(self.name_edit)
        self.password_label.setText(self.tr("&Password"))
        self.password_label.setBuddy(self.password_edit)
        self.ok_button.setText(self.tr("Log &in"))

    def try_login(self) -> None:
        name, password = self.name_edit.text(), self.password_edit.text()
        if not name.strip() or not password:
            show_message(self.error, self.tr("Type your name and your password."))
            (self.name_edit if not name.strip() else self.password_edit).setFocus()
            return
        show_message(self.error, "")
        self.ok_button.setEnabled(False)

        def log_in(book):
            user = book.users.log_in(name, password)
            return user.name, user.role

        self.runner.book_op(
            log_in, self._accepted, self._refused, busy=self.tr("Checking the password…"),
            parent=self,
        )  # fmt: skip

    def _accepted(self, user: tuple[str, str]) -> None:
        self.ok_button.setEnabled(True)
        self.logged_in.emit(*user)
        self.accept()

    def _refused(self, exc: BaseException) -> None:
        self.ok_button.setEnabled(True)
        if isinstance(exc, KoperasiError) and exc.code == "user.bad_login":
            text = self.tr("Wrong name or password; try again.")
        else:
            text = error_text(exc)
        show_message(self.error, text)
        self.password_edit.clear()
        self.password_edit.setFocus()
