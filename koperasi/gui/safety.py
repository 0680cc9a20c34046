"""The main window's safety: logging in to a book with users, what each role is offered, backups
(automatic and by hand), restoring into a new file, and the audit log (issue 9).

A mixin of MainWindow, kept in its own module so the window's file stays about navigation.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication

from koperasi.gui.roles import WRITE_ACTIONS, WRITE_BUTTONS, RoleGate, role_name


class SafetyMixin:
    """Login, roles, backups, restore and the audit log for MainWindow."""

    # -- users and roles ------------------------------------------------------------------

    def _build_safety(self) -> None:
        self.session: tuple[Path, str, str] | None = None  # (book, user, role) logged in
        self.login_dialog = None
        self.role_gate = RoleGate()
        for page_name, buttons in WRITE_BUTTONS.items():
            page = getattr(self, page_name)
            for attribute, operation in buttons.items():
                self.role_gate.guard(getattr(page, attribute), operation)
        for attribute, operation in WRITE_ACTIONS.items():
            self.role_gate.guard(getattr(self, attribute), operation)
        self.runner.login_gate = self._ask_login

    def _ask_login(self, path: Path, proceed, cancel) -> None:
        """The login dialog for a book with users (shown with open(), never exec())."""
        from koperasi.gui.dialogs.login import LoginDialog

        dialog = LoginDialog(self.runner, Path(path).name, self)

        def logged_in(name: str, role: str) -> None:
            self.session = (Path(path), name, role)
            self.role_gate.set_role(role)
            proceed()

        dialog.logged_in.connect(logged_in)
        dialog.rejected.connect(cancel)
        self.login_dialog = dialog
        dialog.open()

    def _session_for(self, path: Path | None) -> None:
        """Forget the login when another book (or none) is shown."""
        if self.session is not None and (path is None or Path(path) != self.session[0]):
            self.session = None
        self.role_gate.set_role(self.session[2] if self.session else None)

    def _update_user_label(self) -> None:
        self.role_gate.set_role(self.role_gate.role)  # the tooltips in the new language
        if self.session is None:
            self.user_label.setText("")
            self.user_label.hide()
            return
        _, name, role = self.session
        self.user_label.setText(
            QCoreApplication.translate("Safety", "User: %1 (%2)")
            .replace("%1", name)
            .replace("%2", role_name(role))
        )
        self.user_label.show()
