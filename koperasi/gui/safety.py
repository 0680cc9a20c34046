"""The main window's safety: logging in to a book with users, what each role is offered, backups
(automatic and by hand), restoring into a new file, and the audit log (issue 9).

A mixin of MainWindow, kept in its own module so the window's file stays about navigation.
"""

from __future__ import annotations

import logging
import time
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtGui import QAction, QCloseEvent
from PySide6.QtWidgets import QLabel

from koperasi.core import fmt
from koperasi.gui.kit.messages import error_text, show_error
from koperasi.gui.paths import books_folder
from koperasi.gui.roles import WRITE_ACTIONS, WRITE_BUTTONS, RoleGate, role_name

log = logging.getLogger(__name__)

BACKUP_CHECK_MS = 30 * 60 * 1000  # is a day's backup due? asked every half hour
AUTO_BACKUP_DELAY_MS = 5_000  # after opening, once the first screen has loaded
BACKUP_MAX_AGE_DAYS = 7


def default_backup_folder():
    """Documents/Koperasi/Cadangan, where a treasurer can see the backups."""
    return books_folder() / "Cadangan"


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
        self._build_backups()

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
        """Forget the login when another book (or none) is shown; check its backups."""
        if self.session is not None and (path is None or Path(path) != self.session[0]):
            self.session = None
        self.role_gate.set_role(self.session[2] if self.session else None)
        self._book_opened_safety(path)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.backup_on_close()
        super().closeEvent(event)  # type: ignore[misc]

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

    # -- backups ----------------------------------------------------------------------------

    def _build_backups(self) -> None:
        """File-menu entries, the dashboard's warning, and the daily timer."""
        self.auto_backup = False  # app.main turns it on; tests that want it do too
        self.restore_dialog = None
        self.last_backup = None  # (BackupInfo, seconds) of the last backup this session
        self._auto_backup_day = None
        self.backup_now_action = QAction(self)
        self.restore_action = QAction(self)
        self.backup_settings_action = QAction(self)
        self.audit_action = QAction(self)
        self.backup_now_action.triggered.connect(lambda _=False: self.backup_now())
        self.restore_action.triggered.connect(lambda _=False: self.open_restore())
        self.backup_settings_action.triggered.connect(lambda _=False: self.open_backup_settings())
        self.audit_action.triggered.connect(lambda _=False: self.open_audit_log())
        before = self.quit_action
        for action in (
            self.backup_now_action,
            self.restore_action,
            self.backup_settings_action,
            self.audit_action,
        ):
            self.file_menu.insertAction(before, action)
        self.file_menu.insertSeparator(before)
        self.backup_warning = QLabel()
        self.backup_warning.setObjectName("backupWarning")
        self.backup_warning.setWordWrap(True)
        self.backup_warning.setStyleSheet(
            "QLabel#backupWarning { background: #fff4d6; color: #6b4b00;"
            " border: 1px solid #e0b84a; border-radius: 6px; padding: 8px 12px; margin: 8px; }"
        )
        self.backup_warning.hide()
        self.dashboard.layout().insertWidget(0, self.backup_warning)
        self.backup_timer = QTimer(self)
        self.backup_timer.setInterval(BACKUP_CHECK_MS)
        self.backup_timer.timeout.connect(self._auto_backup_if_due)
        self.backup_timer.start()

    def retranslate_safety(self) -> None:
        self.backup_now_action.setText(QCoreApplication.translate("Safety", "&Back up now"))
        self.restore_action.setText(QCoreApplication.translate("Safety", "&Restore from a backup…"))
        self.backup_settings_action.setText(
            QCoreApplication.translate("Safety", "Backup &settings…")
        )
        self.audit_action.setText(QCoreApplication.translate("Safety", "&Audit log…"))
        self._update_user_label()

    def backup_folders(self) -> tuple[Path, Path | None]:
        from koperasi.gui.dialogs.backups import backup_folder, second_folder

        return backup_folder(self.settings, default_backup_folder()), second_folder(self.settings)

    def _backup_op(self, auto: bool):
        """The worker's part of a backup: the folder (and the second one if it is there),
        verified and rotated. An automatic one is skipped when today's backup exists."""
        from koperasi.book.backups import backup_book, last_verified

        folder, second = self.backup_folders()
        today = self.runner.today

        def op(book):
            if auto and today is not None:
                last = last_verified(book, folder)
                if last is not None and last.created.date() >= today:
                    return None
            started = time.perf_counter()
            if folder == default_backup_folder():
                folder.mkdir(parents=True, exist_ok=True)
            info = backup_book(book, folder)
            seconds = time.perf_counter() - started
            extra = backup_book(book, second) if second and second.is_dir() else None
            missing = second if second and extra is None else None
            return info, seconds, extra, missing

        return op

    def backup_now(self, auto: bool = False) -> None:
        """Cadangkan sekarang (or the automatic backup): on the worker, never freezing."""
        if self.runner.book_path is None:
            return

        def done(result) -> None:
            if result is None:
                return
            info, seconds, extra, missing = result
            self.last_backup = (info, seconds)
            self._auto_backup_day = self.runner.today
            self.statusBar().showMessage(self._backup_sentence(info, extra, missing), 15_000)
            self.check_backup_age()

        def failed(exc: BaseException) -> None:
            if auto:
                self.statusBar().showMessage(error_text(exc), 15_000)
            else:
                show_error(self, exc)

        busy = None if auto else QCoreApplication.translate("Safety", "Backing up…")
        self.runner.book_op(self._backup_op(auto), done, failed, busy=busy, parent=self)

    def _backup_sentence(self, info, extra, missing) -> str:
        size = info.path.stat().st_size if info.path.exists() else 0
        text = (
            QCoreApplication.translate("Safety", "Backup saved and verified: %1 (%2, %3 members).")
            .replace("%1", str(info.path))
            .replace("%2", f"{size / 1_000_000:.1f} MB".replace(".", ","))
            .replace("%3", fmt.group(info.members or 0))
        )
        if extra is not None:
            text += " " + QCoreApplication.translate("Safety", "Copy also in %1.").replace(
                "%1", str(extra.path.parent)
            )
        if missing is not None:
            text += " " + QCoreApplication.translate(
                "Safety", "The second folder %1 is not there (USB drive not plugged in?)."
            ).replace("%1", str(missing))
        return text

    def _auto_backup_if_due(self) -> None:
        from koperasi.gui.dialogs.backups import auto_backups

        if not self.auto_backup or self.runner.book_path is None:
            return
        if not auto_backups(self.settings) or self._auto_backup_day == self.runner.today:
            return
        self.backup_now(auto=True)

    def backup_on_close(self) -> None:
        """The backup made when the app closes (waits, keeping the window painted)."""
        from koperasi.gui.dialogs.backups import auto_backups

        if not self.auto_backup or self.runner.book_path is None:
            return
        if not auto_backups(self.settings):
            return
        busy = QCoreApplication.translate("Safety", "Backing up before closing…")
        try:
            self.runner._wait(
                lambda fn, done, error: self.runner.book_op(fn, done, error, busy, self),
                self._backup_op(auto=False),
                120_000,
            )
        except Exception:  # the app still closes; the log says why there is no backup
            log.exception("the backup on closing failed")

    def check_backup_age(self) -> None:
        """The dashboard warns when the last verified backup is older than 7 days (or none)."""
        from koperasi.book.backups import last_verified

        if self.runner.book_path is None:
            self.backup_warning.hide()
            return
        folder, _ = self.backup_folders()

        def shown(info) -> None:
            today = self.runner.today
            if info is None:
                text = QCoreApplication.translate(
                    "Safety",
                    "This book has no verified backup in %1. Make one now: File → Back up now.",
                ).replace("%1", str(folder))
            elif today is not None and (today - info.created.date()).days > BACKUP_MAX_AGE_DAYS:
                days = (today - info.created.date()).days
                text = (
                    QCoreApplication.translate(
                        "Safety",
                        "The last verified backup is from %1, %2 days ago. "
                        "Make one now: File → Back up now.",
                    )
                    .replace("%1", fmt.date_short(info.created.date()))
                    .replace("%2", str(days))
                )
            else:
                self.backup_warning.hide()
                return
            self.backup_warning.setText(text)
            self.backup_warning.show()

        self.runner.book_op(lambda book: last_verified(book, folder), shown, lambda exc: None)

    def _book_opened_safety(self, path: Path | None) -> None:
        # Pulihkan works without a book (the day the book is lost); the others need one.
        self.backup_now_action.setEnabled(path is not None)
        self.audit_action.setEnabled(path is not None)
        if path is None:
            self.backup_warning.hide()
            return
        self.check_backup_age()
        if self.auto_backup:
            QTimer.singleShot(AUTO_BACKUP_DELAY_MS, self._auto_backup_if_due)

    def open_restore(self) -> None:
        """Pulihkan dari cadangan…: works with or without an open book."""
        from koperasi.book.backups import backup_prefix
        from koperasi.gui.dialogs.backups import RestoreDialog

        folder, _ = self.backup_folders()

        def show(prefix: str | None) -> None:
            dialog = RestoreDialog(self.runner, folder, prefix, self, self.runner.book_path)
            dialog.open_requested.connect(self.open_book)
            self.restore_dialog = dialog
            dialog.show()

        if self.runner.book_path is None:
            show(None)
        else:
            self.runner.book_op(backup_prefix, show, lambda exc: show(None))

    def open_backup_settings(self) -> None:
        from koperasi.gui.dialogs.backups import BackupSettingsDialog

        self.backup_settings_dialog = BackupSettingsDialog(
            self.settings, default_backup_folder(), self
        )
        self.backup_settings_dialog.accepted.connect(self.check_backup_age)
        self.backup_settings_dialog.show()

    def open_audit_log(self) -> None:
        """Catatan audit: the log with its filters, and Periksa (every role may read it)."""
        from koperasi.gui.dialogs.audit_log import AuditLogDialog

        if self.runner.book_path is None:
            return
        self.audit_dialog = AuditLogDialog(self.runner, self)
        self.audit_dialog.show()
