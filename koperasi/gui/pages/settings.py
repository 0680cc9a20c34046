"""Pengaturan: the cooperative's profile and logo, commodities and fees, member numbers,
paper sizes, and the languages of the window and of printouts."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt, QTimer, Signal
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from koperasi.book import Book
from koperasi.core.errors import KoperasiError
from koperasi.core.fmt import fee_text
from koperasi.core.members import check_prefix, member_number
from koperasi.core.model import Commodity, Profile
from koperasi.gui import i18n
from koperasi.gui.devices.settings_box import DevicesBox
from koperasi.gui.dialogs.commodity import CommodityDialog
from koperasi.gui.kit.book_fields import (
    FEE_PER_KG,
    PROFILE_FIELDS,
    profile_labels,
    profile_placeholders,
)
from koperasi.gui.kit.forms import fit_labels
from koperasi.gui.kit.messages import show_error
from koperasi.gui.kit.style import HINT_STYLE, OK_STYLE
from koperasi.gui.kit.widgets import error_label, show_message
from koperasi.gui.pages.base import Page
from koperasi.gui.worker import BookRunner
from koperasi.reports.screens.settings import SettingsData, settings_data

GROUP_STYLE = """
QGroupBox { border: 1px solid #d5dfd9; border-radius: 6px; margin-top: 14px; padding-top: 8px; }
QGroupBox::title { subcontrol-origin: margin; left: 10px; padding: 0 4px; color: #1f4d3a; }
"""
# A logo prints about 2 cm high; more pixels than this only make the book and every PDF bigger.
LOGO_MAX_PIXELS = 600
PRINT_LANGUAGES = ("id", "en")


def logo_bytes(data: bytes) -> bytes | None:
    """The image as it is kept in the book: PNG or JPEG bytes, scaled down when very large;
    None when the bytes are not an image Qt can read."""
    image = QImage.fromData(data)
    if image.isNull():
        return None
    if max(image.width(), image.height()) <= LOGO_MAX_PIXELS:
        return data
    image = image.scaled(
        LOGO_MAX_PIXELS,
        LOGO_MAX_PIXELS,
        Qt.AspectRatioMode.KeepAspectRatio,
        Qt.TransformationMode.SmoothTransformation,
    )
    array = QByteArray()
    buffer = QBuffer(array)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(array.data())


class SettingsPage(Page):
    """Each box saves on its own, so a change in one never waits on another's half-typed text."""

    AREAS = frozenset({"settings"})

    language_chosen = Signal(str)

    def __init__(self, runner: BookRunner, parent: QWidget | None = None) -> None:
        super().__init__(runner, parent)
        self.data: SettingsData | None = None
        self._profile_dirty = False
        self._prefix_dirty = False
        self._book_path = None

        self.heading = QLabel()
        self.heading.setObjectName("pageHeading")

        # the cooperative's profile
        self.profile_box = QGroupBox()
        self.profile_edits = {key: QLineEdit() for key in PROFILE_FIELDS}
        self.profile_labels = {key: QLabel() for key in PROFILE_FIELDS}
        self.name_error = error_label()
        self.save_profile_button = QPushButton()
        self.profile_status = QLabel()
        profile_form = QFormLayout()
        for key in PROFILE_FIELDS:
            self.profile_labels[key].setBuddy(self.profile_edits[key])
            if key == "name":
                box = QVBoxLayout()
                box.setSpacing(2)
                box.addWidget(self.profile_edits[key])
                box.addWidget(self.name_error)
                profile_form.addRow(self.profile_labels[key], box)
            else:
                profile_form.addRow(self.profile_labels[key], self.profile_edits[key])
            self.profile_edits[key].textEdited.connect(self._profile_edited)
        profile_layout = QVBoxLayout(self.profile_box)
        profile_layout.addLayout(profile_form)
        profile_layout.addLayout(self._button_row(self.save_profile_button, self.profile_status))

        # member numbers
        self.prefix_box = QGroupBox()
        self.prefix_label = QLabel()
        self.prefix_edit = QLineEdit()
        self.prefix_edit.setMaxLength(6)
        self.prefix_edit.setMaximumWidth(120)
        self.prefix_label.setBuddy(self.prefix_edit)
        self.prefix_example = QLabel()
        self.prefix_example.setStyleSheet("font-weight: 600; color: #1f4d3a;")
        self.prefix_error = error_label()
        self.prefix_note = QLabel()
        self.prefix_note.setWordWrap(True)
        self.prefix_note.setStyleSheet(HINT_STYLE)
        self.save_prefix_button = QPushButton()
        self.prefix_status = QLabel()
        prefix_row = QHBoxLayout()
        prefix_row.addWidget(self.prefix_label)
        prefix_row.addWidget(self.prefix_edit)
        prefix_row.addSpacing(12)
        prefix_row.addWidget(self.prefix_example)
        prefix_row.addStretch(1)
        prefix_layout = QVBoxLayout(self.prefix_box)
        prefix_layout.addLayout(prefix_row)
        prefix_layout.addWidget(self.prefix_error)
        prefix_layout.addWidget(self.prefix_note)
        prefix_layout.addLayout(self._button_row(self.save_prefix_button, self.prefix_status))
        self.prefix_edit.textEdited.connect(self._prefix_edited)

        # logo
        self.logo_box = QGroupBox()
        self.logo_preview = QLabel()
        self.logo_preview.setFixedSize(112, 112)
        self.logo_preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.logo_preview.setFrameShape(QFrame.Shape.StyledPanel)
        self.logo_preview.setStyleSheet("background: white; color: #8a958f;")
        self.choose_logo_button = QPushButton()
        self.remove_logo_button = QPushButton()
        self.logo_note = QLabel()
        self.logo_note.setWordWrap(True)
        self.logo_note.setStyleSheet(HINT_STYLE)
        self.logo_error = error_label()
        logo_row = QHBoxLayout()
        logo_row.addWidget(self.choose_logo_button)
        logo_row.addWidget(self.remove_logo_button)
        logo_row.addStretch(1)
        logo_buttons = QVBoxLayout()
        logo_buttons.addLayout(logo_row)
        logo_buttons.addWidget(self.logo_note)
        logo_buttons.addWidget(self.logo_error)
        logo_buttons.addStretch(1)
        logo_layout = QHBoxLayout(self.logo_box)
        logo_layout.addWidget(self.logo_preview)
        logo_layout.addLayout(logo_buttons, 1)

        # commodities
        self.commodity_box = QGroupBox()
        self.commodity_table = QTableWidget(0, 4)
        self.commodity_table.verticalHeader().hide()
        self.commodity_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.commodity_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.commodity_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.commodity_table.setAlternatingRowColors(True)
        self.commodity_table.setMinimumHeight(120)
        self.commodity_table.setMaximumHeight(200)
        header = self.commodity_table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.add_commodity_button = QPushButton()
        self.edit_commodity_button = QPushButton()
        commodity_buttons = QHBoxLayout()
        commodity_buttons.addWidget(self.add_commodity_button)
        commodity_buttons.addWidget(self.edit_commodity_button)
        commodity_buttons.addStretch(1)
        commodity_layout = QVBoxLayout(self.commodity_box)
        commodity_layout.addWidget(self.commodity_table)
        commodity_layout.addLayout(commodity_buttons)

        # paper
        self.paper_box = QGroupBox()
        self.paper_combos = {doc: QComboBox() for doc in Book.DOCUMENT_PAPERS}
        self.paper_labels = {doc: QLabel() for doc in Book.DOCUMENT_PAPERS}
        paper_form = QFormLayout(self.paper_box)
        for doc, combo in self.paper_combos.items():
            self.paper_labels[doc].setBuddy(combo)
            paper_form.addRow(self.paper_labels[doc], combo)
            combo.activated.connect(lambda _index, doc=doc: self._paper_chosen(doc))

        # languages
        self.language_box = QGroupBox()
        self.window_language_label = QLabel()
        self.window_language_combo = QComboBox()
        for code, name in i18n.LANGUAGES.items():
            self.window_language_combo.addItem(name, code)
        self.print_language_label = QLabel()
        self.print_language_combo = QComboBox()
        for code in PRINT_LANGUAGES:
            self.print_language_combo.addItem(i18n.LANGUAGES[code], code)
        self.window_language_label.setBuddy(self.window_language_combo)
        self.print_language_label.setBuddy(self.print_language_combo)
        self.language_note = QLabel()
        self.language_note.setWordWrap(True)
        self.language_note.setStyleSheet(HINT_STYLE)
        language_form = QFormLayout()
        language_form.addRow(self.window_language_label, self.window_language_combo)
        language_form.addRow(self.print_language_label, self.print_language_combo)
        language_layout = QVBoxLayout(self.language_box)
        language_layout.addLayout(language_form)
        language_layout.addWidget(self.language_note)
        self.window_language_combo.activated.connect(self._window_language_chosen)
        self.print_language_combo.activated.connect(self._print_language_chosen)

        content = QWidget()
        grid = QGridLayout(content)
        grid.setContentsMargins(0, 0, 8, 0)
        grid.setHorizontalSpacing(16)
        grid.setVerticalSpacing(12)
        left = QVBoxLayout()
        left.addWidget(self.profile_box)
        left.addWidget(self.prefix_box)
        self.devices_box = DevicesBox(runner)  # this PC's scale and thermal printer
        left.addWidget(self.devices_box)
        left.addStretch(1)
        right = QVBoxLayout()
        right.addWidget(self.logo_box)
        right.addWidget(self.commodity_box)
        right.addWidget(self.paper_box)
        right.addWidget(self.language_box)
        right.addStretch(1)
        grid.addLayout(left, 0, 0)
        grid.addLayout(right, 0, 1)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(content)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(scroll, 1)
        self.setStyleSheet(GROUP_STYLE)

        self.save_profile_button.clicked.connect(self.save_profile)
        self.save_prefix_button.clicked.connect(self.save_prefix)
        self.choose_logo_button.clicked.connect(self.choose_logo)
        self.remove_logo_button.clicked.connect(self.remove_logo)
        self.add_commodity_button.clicked.connect(lambda: self.add_commodity())
        self.edit_commodity_button.clicked.connect(lambda: self.edit_commodity())
        self.commodity_table.doubleClicked.connect(lambda _index: self.edit_commodity())
        self.commodity_table.itemSelectionChanged.connect(self._update_buttons)
        self.retranslate()

    @staticmethod
    def _button_row(button: QPushButton, status: QLabel) -> QHBoxLayout:
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(status)
        row.addWidget(button)
        return row

    def title(self) -> str:
        return self.tr("Settings")

    # -- texts ------------------------------------------------------------------------------

    def retranslate(self) -> None:
        heading = self.tr("Settings")
        self.heading.setText(f"<h2>{heading}</h2>")
        self.profile_box.setTitle(self.tr("The cooperative"))
        for key, text in profile_labels().items():
            self.profile_labels[key].setText(text)
        for key, text in profile_placeholders().items():
            self.profile_edits[key].setPlaceholderText(text)
        self.save_profile_button.setText(self.tr("&Save profile"))
        self.prefix_box.setTitle(self.tr("Member numbers"))
        self.prefix_label.setText(self.tr("P&refix"))
        self.prefix_note.setText(
            self.tr(
                "New members get numbers with this prefix. Members keep the numbers they "
                "already have."
            )
        )
        self.save_prefix_button.setText(self.tr("Save &prefix"))
        self.logo_box.setTitle(self.tr("Logo"))
        self.choose_logo_button.setText(self.tr("&Choose logo…"))
        self.remove_logo_button.setText(self.tr("Remove lo&go"))
        self.logo_note.setText(
            self.tr("A PNG or JPEG picture, printed beside the name on every document.")
        )
        self.commodity_box.setTitle(self.tr("Commodities and service fees"))
        self.commodity_table.setHorizontalHeaderLabels(
            [self.tr("Commodity"), self.tr("Service fee"), self.tr("Quality"), self.tr("Status")]
        )
        self.add_commodity_button.setText(self.tr("&Add commodity"))
        self.edit_commodity_button.setText(self.tr("&Edit commodity"))
        self.paper_box.setTitle(self.tr("Paper"))
        self.paper_labels["receipt"].setText(self.tr("Delivery &receipts"))
        self.paper_labels["slip"].setText(self.tr("Payout s&lips"))
        self._fill_papers()
        self.language_box.setTitle(self.tr("Language"))
        self.window_language_label.setText(self.tr("&Window"))
        self.print_language_label.setText(self.tr("Pri&ntouts"))
        self.language_note.setText(
            self.tr(
                "The window's language is kept on this computer; the printouts' language is "
                "kept in the book, so every computer prints the same."
            )
        )
        fit_labels(self)
        self._show_commodities()
        self._update_logo()
        self._validate_profile()
        self._validate_prefix()
        # i18n.set_language records the new language only after every screen has re-read its
        # texts; the combo follows it once that is done.
        QTimer.singleShot(0, self._sync_window_language)

    def paper_names(self) -> dict[str, str]:
        return {
            "a4": self.tr("A4"),
            "a5": self.tr("A5 (half of A4)"),
            "a6": self.tr("A6 (quarter of A4)"),
            "roll80": self.tr("80 mm roll (thermal printer)"),
        }

    def _fill_papers(self) -> None:
        names = self.paper_names()
        for doc, combo in self.paper_combos.items():
            current = combo.currentData() or (
                self.data.papers[doc] if self.data else Book.DOCUMENT_PAPERS[doc][0]
            )
            combo.clear()
            for paper in Book.DOCUMENT_PAPERS[doc]:
                combo.addItem(names[paper], paper)
            combo.setCurrentIndex(max(0, combo.findData(current)))

    def _sync_window_language(self) -> None:
        index = self.window_language_combo.findData(i18n.current_language())
        self.window_language_combo.setCurrentIndex(max(0, index))

    # -- loading ----------------------------------------------------------------------------

    def refresh(self) -> None:
        if self.runner.book_path is None:
            return
        if self.runner.book_path != self._book_path:
            # Another book: what was typed for the previous one must not be saved into it.
            self._book_path = self.runner.book_path
            self._profile_dirty = self._prefix_dirty = False
            self.profile_status.clear()
            self.prefix_status.clear()
        self.runner.book_op(settings_data, self._loaded, lambda exc: show_error(self, exc))

    def _loaded(self, data: SettingsData) -> None:
        self.data = data
        profile = data.profile
        # Typed-in work that is not saved yet stays as it is.
        if not self._profile_dirty:
            for key, edit in self.profile_edits.items():
                edit.setText(getattr(profile, key))
                edit.setModified(False)
        if not self._prefix_dirty:
            self.prefix_edit.setText(profile.member_prefix)
        for doc, combo in self.paper_combos.items():
            combo.setCurrentIndex(max(0, combo.findData(data.papers[doc])))
        index = self.print_language_combo.findData(profile.language or "id")
        self.print_language_combo.setCurrentIndex(max(0, index))
        self._show_commodities()
        self._update_logo()
        self._validate_profile()
        self._validate_prefix()

    # -- profile ----------------------------------------------------------------------------

    def _profile_edited(self) -> None:
        self._profile_dirty = True
        self.profile_status.clear()
        self._validate_profile()

    def _validate_profile(self) -> bool:
        ok = bool(self.profile_edits["name"].text().strip())
        missing = not ok and self.data is not None
        show_message(
            self.name_error, self.tr("The cooperative's name is required.") if missing else ""
        )
        self.save_profile_button.setEnabled(ok and self._profile_dirty)
        return ok

    def profile_values(self) -> dict[str, str]:
        return {key: edit.text().strip() for key, edit in self.profile_edits.items()}

    def save_profile(self) -> None:
        if not self._validate_profile():
            return
        values = self.profile_values()

        def done(profile: Profile) -> None:
            self._profile_dirty = False
            self._saved(self.profile_status, self.tr("Profile saved."))
            self.refresh()

        self.runner.book_op(
            lambda book: book.update_profile(**values), done, lambda exc: show_error(self, exc)
        )

    def _saved(self, label: QLabel, text: str) -> None:
        label.setStyleSheet(OK_STYLE)
        label.setText(text)

    # -- member numbers -----------------------------------------------------------------------

    def _prefix_edited(self) -> None:
        self._prefix_dirty = True
        self.prefix_status.clear()
        self._validate_prefix()

    def _validate_prefix(self) -> bool:
        try:
            prefix = check_prefix(self.prefix_edit.text())
        except KoperasiError as exc:
            self.prefix_example.setText("")
            show_message(
                self.prefix_error,
                exc.message(i18n.current_language()) if self.data is not None else "",
            )
            ok = False
        else:
            self.prefix_example.setText(
                self.tr("Example: %1").replace("%1", member_number(prefix, 1))
            )
            show_message(self.prefix_error, "")
            ok = True
        self.save_prefix_button.setEnabled(ok and self._prefix_dirty)
        return ok

    def save_prefix(self) -> None:
        if not self._validate_prefix():
            return
        prefix = self.prefix_edit.text()

        def done(profile: Profile) -> None:
            self._prefix_dirty = False
            self.prefix_edit.setText(profile.member_prefix)
            self._saved(self.prefix_status, self.tr("Prefix saved."))
            self.refresh()

        self.runner.book_op(
            lambda book: book.update_profile(member_prefix=prefix),
            done,
            lambda exc: show_error(self, exc),
        )

    # -- logo -----------------------------------------------------------------------------------

    def _update_logo(self) -> None:
        logo = self.data.profile.logo if self.data else None
        pixmap = QPixmap()
        if logo and pixmap.loadFromData(logo):
            self.logo_preview.setPixmap(
                pixmap.scaled(
                    self.logo_preview.size() * 0.9,
                    Qt.AspectRatioMode.KeepAspectRatio,
                    Qt.TransformationMode.SmoothTransformation,
                )
            )
        else:
            self.logo_preview.setPixmap(QPixmap())
            self.logo_preview.setText(self.tr("No logo"))
        self.remove_logo_button.setEnabled(bool(logo))

    def choose_logo(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose the cooperative's logo"),
            str(Path.home()),
            self.tr("Pictures (*.png *.jpg *.jpeg)"),
        )
        if name:
            self.set_logo_file(Path(name))

    def set_logo_file(self, path: Path) -> None:
        try:
            data = logo_bytes(path.read_bytes())
        except OSError as exc:
            show_message(self.logo_error, str(exc))
            return
        if data is None:
            show_message(
                self.logo_error,
                self.tr("%1 is not a picture that can be read: choose a PNG or JPEG file.").replace(
                    "%1", path.name
                ),
            )
            return
        show_message(self.logo_error, "")
        self._store_logo(data)

    def remove_logo(self) -> None:
        self._store_logo(None)

    def _store_logo(self, data: bytes | None) -> None:
        self.runner.book_op(
            lambda book: book.update_profile(logo=data),
            lambda _profile: self.refresh(),
            lambda exc: show_error(self, exc),
        )

    # -- commodities ----------------------------------------------------------------------------

    def _show_commodities(self) -> None:
        commodities = self.data.commodities if self.data else ()
        selected = self.commodity_table.currentRow()
        self.commodity_table.setRowCount(len(commodities))
        for row, c in enumerate(commodities):
            value = c.fee_cents_per_kg if c.fee_kind == FEE_PER_KG else c.fee_bp
            cells = [
                c.name,
                fee_text(c.fee_kind, value, value),
                self.tr("KKK / quality") if c.uses_quality else "—",
                self.tr("In use") if c.active else self.tr("Not in use"),
            ]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column == 1:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                if not c.active:
                    item.setForeground(Qt.GlobalColor.gray)
                self.commodity_table.setItem(row, column, item)
        if 0 <= selected < len(commodities):
            self.commodity_table.selectRow(selected)
        self._update_buttons()

    def _update_buttons(self) -> None:
        self.edit_commodity_button.setEnabled(self.commodity_table.currentRow() >= 0)

    def selected_commodity(self) -> Commodity | None:
        row = self.commodity_table.currentRow()
        if self.data is None or not 0 <= row < len(self.data.commodities):
            return None
        return self.data.commodities[row]

    def add_commodity(self) -> CommodityDialog:
        dialog = CommodityDialog(self.runner, parent=self)
        dialog.accepted.connect(self.refresh)
        dialog.open()
        return dialog

    def edit_commodity(self) -> CommodityDialog | None:
        commodity = self.selected_commodity()
        if commodity is None:
            return None
        dialog = CommodityDialog(self.runner, commodity, parent=self)
        dialog.accepted.connect(self.refresh)
        dialog.open()
        return dialog

    # -- paper and languages ------------------------------------------------------------------

    def _paper_chosen(self, doc: str) -> None:
        paper = self.paper_combos[doc].currentData()
        self.runner.book_op(
            lambda book: book.set_document_paper(doc, paper),
            lambda _paper: self.refresh(),
            lambda exc: show_error(self, exc),
        )

    def _window_language_chosen(self, _index: int) -> None:
        code = self.window_language_combo.currentData()
        if code != i18n.current_language():
            self.language_chosen.emit(code)

    def _print_language_chosen(self, _index: int) -> None:
        code = self.print_language_combo.currentData()
        self.runner.book_op(
            lambda book: book.update_profile(language=code),
            lambda _profile: self.refresh(),
            lambda exc: show_error(self, exc),
        )
