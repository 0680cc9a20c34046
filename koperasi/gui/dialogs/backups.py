"""Pulihkan dari cadangan (restore a backup into a NEW book file, after showing what it holds)
and Pengaturan cadangan (where backups go: the folder, an optional second one such as a USB
drive, and whether the app backs up by itself)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QSettings, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from koperasi.book.backups import BackupInfo, describe, list_backups, restore
from koperasi.core import fmt
from koperasi.gui.kit.forms import form_rows
from koperasi.gui.kit.messages import error_text
from koperasi.gui.kit.widgets import error_label, fill_table, hint_label, show_message, table_widget
from koperasi.gui.worker import BookRunner

FOLDER_KEY = "backup/folder"
SECOND_FOLDER_KEY = "backup/second_folder"
AUTO_KEY = "backup/auto"
BOOK_FILTER = "Koperasi (*.koperasi);;* (*)"


def backup_folder(settings: QSettings, default: Path) -> Path:
    value = settings.value(FOLDER_KEY)
    return Path(str(value)) if value else default


def second_folder(settings: QSettings) -> Path | None:
    value = settings.value(SECOND_FOLDER_KEY)
    return Path(str(value)) if value else None


def auto_backups(settings: QSettings) -> bool:
    return str(settings.value(AUTO_KEY, "true")).lower() in ("true", "1", "yes")


def when(info: BackupInfo) -> str:
    return fmt.datetime_short(info.created) if info.created else "?"


class RestoreDialog(QDialog):
    """The backups of the folder, what the chosen one holds, and restoring it into a new file.
    Never over the open book: the new file must not exist yet.

    Signals:
      open_requested(object): the restored book's path, when the treasurer opens it.
    """

    open_requested = Signal(object)

    def __init__(
        self,
        runner: BookRunner,
        folder: Path,
        prefix: str | None,
        parent: QWidget | None = None,
        open_book: Path | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("RestoreDialog")
        self.runner = runner
        self.folder = folder
        self.prefix = prefix
        self.open_book = open_book
        self.backups: list[BackupInfo] = []
        self.chosen: BackupInfo | None = None
        self.restored: Path | None = None
        self.folder_label = hint_label()
        self.table = table_widget(5)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.itemSelectionChanged.connect(self._row_chosen)
        self.other_button = QPushButton()
        self.other_button.clicked.connect(self.choose_file)
        self.details_caption = QLabel()
        self.details = QLabel()
        self.details.setObjectName("backupDetails")
        self.details.setWordWrap(True)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details.setStyleSheet(
            "QLabel#backupDetails { background: #f4f7f5; border: 1px solid #d5ddd8;"
            " border-radius: 6px; padding: 10px; }"
        )
        self.error = error_label()
        self.result_label = hint_label()
        self.restore_button = QPushButton()
        self.restore_button.setEnabled(False)
        self.restore_button.clicked.connect(self.restore_chosen)
        self.open_button = QPushButton()
        self.open_button.hide()
        self.open_button.clicked.connect(self._open_restored)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(self.other_button)
        row.addStretch(1)
        actions = QHBoxLayout()
        actions.addWidget(self.restore_button)
        actions.addWidget(self.open_button)
        actions.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.folder_label)
        layout.addWidget(self.table, 1)
        layout.addLayout(row)
        layout.addWidget(self.details_caption)
        layout.addWidget(self.details)
        layout.addWidget(self.error)
        layout.addLayout(actions)
        layout.addWidget(self.result_label)
        layout.addWidget(self.buttons)
        self.resize(760, 560)
        self.retranslate()
        self.load()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Restore from a backup"))
        self.folder_label.setText(
            self.tr(
                "Backups in %1. Restoring makes a NEW book file; the open book is not touched."
            ).replace("%1", str(self.folder))
        )
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Made on"),
                self.tr("Verified"),
                self.tr("Members"),
                self.tr("Total debit"),
                self.tr("Audit code"),
            ]
        )
        self.other_button.setText(self.tr("Choose another &file…"))
        self.details_caption.setText(self.tr("What the backup holds"))
        self.restore_button.setText(self.tr("&Restore into a new file…"))
        self.open_button.setText(self.tr("&Open the restored book"))
        self._show_details()

    # -- the list ---------------------------------------------------------------------

    def load(self) -> None:
        folder, prefix = self.folder, self.prefix

        def read(_ctx) -> list[BackupInfo]:
            if not folder.is_dir():
                return []
            found = list_backups(folder)
            if prefix:
                found = [b for b in found if b.path.name.startswith(prefix + "-")]
            return list(reversed(found))  # newest first

        self.runner.run(read, self._listed, self._failed)

    def _listed(self, backups: list[BackupInfo]) -> None:
        self.backups = backups
        yes, no = self.tr("yes"), self.tr("NO")
        rows = [
            [
                when(b),
                yes if b.verified else no,
                "" if b.members is None else fmt.group(b.members),
                "" if b.total_debit is None else fmt.rupiah(b.total_debit),
                b.audit_code,
            ]
            for b in backups
        ]
        fill_table(self.table, rows, right={2, 3})
        if backups:
            self.table.selectRow(0)
            self.table.setFocus()
        else:
            self._show_details()

    def _row_chosen(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if rows and rows[0].row() < len(self.backups):
            self.choose(self.backups[rows[0].row()].path)

    def choose_file(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choose a backup"), str(self.folder), BOOK_FILTER
        )
        if name:
            self.choose(Path(name))

    def choose(self, path: Path) -> None:
        """Read the backup itself (read-only) and show what it holds."""
        show_message(self.error, "")
        self.restore_button.setEnabled(False)
        self.runner.run(lambda _ctx: describe(path), self._described, self._failed)

    def _described(self, info: BackupInfo) -> None:
        self.chosen = info
        self._show_details()
        self.restore_button.setEnabled(info.verified)
        if not info.verified:
            show_message(
                self.error,
                self.tr("This backup did not pass its check: %1").replace(
                    "%1", "; ".join(info.problems)
                ),
            )

    def _show_details(self) -> None:
        info = self.chosen
        if info is None:
            self.details.setText(
                self.tr("No backup chosen.") if self.backups else self.tr("No backup found here.")
            )
            return
        debit = fmt.rupiah(info.total_debit or 0)
        credit = fmt.rupiah(info.total_credit or 0)
        lines = [
            self.tr("File: %1").replace("%1", info.path.name),
            self.tr("Made on: %1").replace("%1", when(info)),
            self.tr("Members: %1").replace("%1", fmt.group(info.members or 0)),
            self.tr("Trial balance: debit %1, credit %2")
            .replace("%1", debit)
            .replace("%2", credit),
            self.tr("Last journal entry: %1").replace(
                "%1", fmt.date_short(fmt.parse_date(info.last_entry)) if info.last_entry else "—"
            ),
            self.tr("Audit code: %1").replace("%1", info.audit_code or "—"),
            self.tr("Check: passed") if info.verified else self.tr("Check: FAILED"),
        ]
        self.details.setText("\n".join(lines))

    # -- restoring --------------------------------------------------------------------

    def restore_chosen(self) -> None:
        if self.chosen is None:
            return
        suggested = self.folder.parent / f"{self.chosen.path.stem}-pulih.koperasi"
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Restore into a new book file"), str(suggested), BOOK_FILTER
        )
        if not name:
            return
        target = Path(name)
        if target.suffix == "":
            target = target.with_suffix(".koperasi")
        if self.open_book is not None and target.resolve() == self.open_book.resolve():
            show_message(
                self.error,
                self.tr("That is the open book; a backup is restored into a new file only."),
            )
            return
        source = self.chosen.path
        show_message(self.error, "")
        self.restore_button.setEnabled(False)
        self.runner.run(
            lambda _ctx: restore(source, target),
            self._restored,
            self._failed,
            busy=self.tr("Restoring…"),
            parent=self,
        )

    def _restored(self, info: BackupInfo) -> None:
        self.restored = info.path
        self.restore_button.setEnabled(True)
        self.result_label.setText(
            self.tr("Restored into %1: %2 members, debit %3 = credit %4.")
            .replace("%1", str(info.path))
            .replace("%2", fmt.group(info.members or 0))
            .replace("%3", fmt.rupiah(info.total_debit or 0))
            .replace("%4", fmt.rupiah(info.total_credit or 0))
        )
        self.open_button.show()

    def _open_restored(self) -> None:
        if self.restored is not None:
            self.open_requested.emit(self.restored)
            self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.restore_button.setEnabled(self.chosen is not None and self.chosen.verified)
        show_message(self.error, error_text(exc))


class BackupSettingsDialog(QDialog):
    """Where backups go, and whether the app makes them by itself (QSettings)."""

    def __init__(self, settings: QSettings, default: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("BackupSettingsDialog")
        self.settings = settings
        self.default = default
        self.folder_edit = QLineEdit(str(backup_folder(settings, default)))
        second = second_folder(settings)
        self.second_edit = QLineEdit(str(second) if second else "")
        self.folder_label = QLabel()
        self.second_label = QLabel()
        self.folder_button = QPushButton()
        self.second_button = QPushButton()
        self.folder_button.clicked.connect(lambda: self._choose(self.folder_edit))
        self.second_button.clicked.connect(lambda: self._choose(self.second_edit))
        self.auto_check = QCheckBox()
        self.auto_check.setChecked(auto_backups(settings))
        self.hint = hint_label()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder_edit, 1)
        folder_row.addWidget(self.folder_button)
        second_row = QHBoxLayout()
        second_row.addWidget(self.second_edit, 1)
        second_row.addWidget(self.second_button)
        folder_widget, second_widget = QWidget(), QWidget()
        folder_widget.setLayout(folder_row)
        second_widget.setLayout(second_row)
        folder_row.setContentsMargins(0, 0, 0, 0)
        second_row.setContentsMargins(0, 0, 0, 0)
        layout = QVBoxLayout(self)
        layout.addLayout(
            form_rows([(self.folder_label, folder_widget), (self.second_label, second_widget)])
        )
        layout.addWidget(self.auto_check)
        layout.addWidget(self.hint)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(620)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Backup settings"))
        self.folder_label.setText(self.tr("Backup &folder"))
        self.second_label.setText(self.tr("&Second folder (USB)"))
        self.folder_button.setText(self.tr("Choose…"))
        self.second_button.setText(self.tr("Choose…"))
        self.auto_check.setText(
            self.tr("Back up by itself: when the app closes and once a day while it is open")
        )
        self.hint.setText(
            self.tr(
                "Each backup is checked after it is written. Kept: the last of each of 7 days, "
                "4 weeks and 12 months. Leave the second folder empty if you have no USB drive."
            )
        )

    def _choose(self, edit: QLineEdit) -> None:
        name = QFileDialog.getExistingDirectory(self, self.tr("Choose a folder"), edit.text())
        if name:
            edit.setText(name)

    def save(self) -> None:
        folder = self.folder_edit.text().strip()
        self.settings.setValue(FOLDER_KEY, folder or str(self.default))
        self.settings.setValue(SECOND_FOLDER_KEY, self.second_edit.text().strip())
        self.settings.setValue(AUTO_KEY, "true" if self.auto_check.isChecked() else "false")
        self.accept()
