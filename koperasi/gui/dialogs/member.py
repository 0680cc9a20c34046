"""Add or edit a member, with each field saying what is wrong as the user types."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from koperasi.core.errors import KoperasiError
from koperasi.core.members import check_name, normalize_nik
from koperasi.core.model import Member
from koperasi.gui import i18n
from koperasi.gui.kit.dates import DayEdit, pydate, qdate
from koperasi.gui.kit.style import ERROR_STYLE
from koperasi.gui.worker import BookRunner


class MemberDialog(QDialog):
    """Saves through the worker; a refusal (e.g. a NIK already in use) shows at its field."""

    def __init__(
        self, runner: BookRunner, member: Member | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.runner = runner
        self.member = member
        self.saved: Member | None = None
        self.name_edit = QLineEdit()
        self.nik_edit = QLineEdit()
        self.nik_edit.setMaxLength(16)
        self.nik_edit.setInputMask("")
        self.gender_combo = QComboBox()
        self.village_edit = QLineEdit()
        self.address_edit = QLineEdit()
        self.phone_edit = QLineEdit()
        self.joined_edit = DayEdit()
        self.joined_edit.setCalendarPopup(True)
        self.joined_edit.setDisplayFormat("dd/MM/yyyy")
        if runner.today is not None:  # the book's today, never the system clock
            self.joined_edit.setDate(qdate(runner.today))
        self.name_error = QLabel()
        self.nik_error = QLabel()
        for label in (self.name_error, self.nik_error):
            label.setStyleSheet(ERROR_STYLE)
            label.setWordWrap(True)
            label.hide()
        self.form = QFormLayout()
        self.labels = [QLabel() for _ in range(7)]
        rows = [
            (self.name_edit, self.name_error),
            (self.nik_edit, self.nik_error),
            (self.gender_combo, None),
            (self.village_edit, None),
            (self.address_edit, None),
            (self.phone_edit, None),
            (self.joined_edit, None),
        ]
        for label, (field, error) in zip(self.labels, rows, strict=True):
            box = QVBoxLayout()
            box.setSpacing(2)
            box.addWidget(field)
            if error is not None:
                box.addWidget(error)
            label.setBuddy(field)
            self.form.addRow(label, box)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.buttons)
        self.name_edit.textChanged.connect(self.validate)
        self.nik_edit.textChanged.connect(self.validate)
        self.retranslate()
        if member is not None:
            self.name_edit.setText(member.name)
            self.nik_edit.setText(member.nik or "")
            self.gender_combo.setCurrentIndex({"L": 1, "P": 2}.get(member.gender, 0))
            self.village_edit.setText(member.village)
            self.address_edit.setText(member.address)
            self.phone_edit.setText(member.phone)
            if member.joined:
                self.joined_edit.setDate(qdate(member.joined))
        self.validate()
        self.setMinimumWidth(460)

    def retranslate(self) -> None:
        self.setWindowTitle(
            self.tr("Edit member %1").replace("%1", self.member.number)
            if self.member
            else self.tr("New member")
        )
        texts = [
            self.tr("&Name"),
            self.tr("N&IK"),
            self.tr("&Gender"),
            self.tr("&Village"),
            self.tr("&Address"),
            self.tr("&Phone"),
            self.tr("&Joined"),
        ]
        for label, text in zip(self.labels, texts, strict=True):
            label.setText(text)
        current = self.gender_combo.currentIndex()
        self.gender_combo.clear()
        self.gender_combo.addItems(["—", self.tr("Male (L)"), self.tr("Female (P)")])
        self.gender_combo.setCurrentIndex(max(0, current))
        self.nik_edit.setPlaceholderText(self.tr("16 digits, optional"))
        self.validate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _show(self, label: QLabel, error: KoperasiError | None) -> None:
        was_visible = label.isVisible()
        label.setVisible(error is not None)
        label.setText(error.message(i18n.current_language()) if error else "")
        if was_visible != label.isVisible():
            self.adjustSize()

    def validate(self) -> bool:
        """Check the fields that can be checked without the book; say what is wrong at each."""
        name_error = nik_error = None
        try:
            check_name(self.name_edit.text())
        except KoperasiError as exc:
            name_error = exc
        try:
            normalize_nik(self.nik_edit.text())
        except KoperasiError as exc:
            nik_error = exc
        # An empty name only complains once the user has typed something or tried to save.
        self._show(
            self.name_error,
            name_error if self.name_edit.isModified() or self.saved is False else None,
        )
        self._show(self.nik_error, nik_error)
        ok = name_error is None and nik_error is None
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(ok)
        return ok

    def values(self) -> dict:
        date = self.joined_edit.date()
        return {
            "name": self.name_edit.text(),
            "nik": self.nik_edit.text() or None,
            "gender": {1: "L", 2: "P"}.get(self.gender_combo.currentIndex(), ""),
            "village": self.village_edit.text(),
            "address": self.address_edit.text(),
            "phone": self.phone_edit.text(),
            "joined": pydate(date),
        }

    def save(self) -> None:
        if not self.validate():
            return
        values = self.values()
        number = self.member.number if self.member else None

        def op(book):
            return book.members.edit(number, **values) if number else book.members.add(**values)

        def done(member: Member) -> None:
            self.saved = member
            self.accept()

        def failed(exc: BaseException) -> None:
            if isinstance(exc, KoperasiError) and exc.code.startswith("member.nik"):
                self._show(self.nik_error, exc)
            elif isinstance(exc, KoperasiError) and exc.code.startswith("member.name"):
                self._show(self.name_error, exc)
            else:
                from koperasi.gui.kit.messages import show_error

                show_error(self, exc)

        self.runner.book_op(op, done, failed)
