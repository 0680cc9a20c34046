"""The new-book wizard: the cooperative's profile, member numbers, first commodities, the file."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from koperasi.core import fmt
from koperasi.core.errors import KoperasiError
from koperasi.core.members import check_prefix, member_number
from koperasi.gui import i18n
from koperasi.gui.kit.book_fields import (
    FEE_PER_KG,
    FEE_PERCENT,
    PROFILE_FIELDS,
    fee_problem,
    parse_fee,
    profile_labels,
    profile_placeholders,
)
from koperasi.gui.kit.messages import error_text, show_error
from koperasi.gui.kit.style import HINT_STYLE
from koperasi.gui.kit.widgets import error_label, show_message
from koperasi.gui.paths import books_folder

BOOK_SUFFIX = ".koperasi"

# Words of a cooperative's name that say what kind of cooperative it is, not which one:
# left out when suggesting a member-number prefix ("Koperasi Produsen Tani Lembah Jaya" → LJ).
_GENERIC_WORDS = {
    "koperasi", "kop", "kud", "kpt", "produsen", "konsumen", "tani", "petani", "pertanian",
    "perkebunan", "unit", "desa", "serba", "usaha", "simpan", "pinjam", "jasa", "pemasaran",
    "primer", "sekunder", "kelompok", "gabungan", "gapoktan", "dan", "&",
}  # fmt: skip


def suggest_prefix(name: str) -> str:
    """Initials of the words that name this cooperative: "Koperasi Tani Lembah Jaya" → "LJ"."""
    words = [w for w in re.split(r"[\s\-_.,/]+", name) if w and w.lower() not in _GENERIC_WORDS]
    initials = "".join(w[0] for w in words if w[0].isalnum())[:3].upper()
    return initials if re.fullmatch(r"[A-Z0-9]{1,6}", initials) else "A"


def default_book_path(name: str) -> Path:
    stem = " ".join(re.sub(r"[^\w\s.\-]", "", name).split()).strip(" .") or "koperasi"
    folder = books_folder()
    folder.mkdir(parents=True, exist_ok=True)  # Documents/Koperasi on the first new book
    return folder / f"{stem}{BOOK_SUFFIX}"


@dataclass(frozen=True)
class CommodityDraft:
    """A commodity as entered in the wizard, checked and ready for book.commodities.add."""

    name: str
    kind: str
    value: int
    uses_quality: bool

    def add_to(self, book) -> None:
        if self.kind == FEE_PERCENT:
            book.commodities.add(self.name, fee_bp=self.value, uses_quality=self.uses_quality)
        else:
            book.commodities.add(
                self.name, fee_cents_per_kg=self.value, uses_quality=self.uses_quality
            )


def fit_labels(widget: QWidget) -> None:
    """Give each field label a few pixels more than it asks for: Qt measures "&Telepon" as
    one run of text but draws the underlined T apart from the rest, losing the kerning, so
    the last letter would be cut off."""
    for label in widget.findChildren(QLabel):
        if label.buddy() is not None and "&" in label.text():
            label.setMinimumWidth(0)
            label.setMinimumWidth(label.sizeHint().width() + 4)


# -- the pages ----------------------------------------------------------------------------


class ProfilePage(QWizardPage):
    """The cooperative as it prints on every document; only the name is required."""

    def __init__(self) -> None:
        super().__init__()
        self.edits = {key: QLineEdit() for key in PROFILE_FIELDS}
        self.labels = {key: QLabel() for key in PROFILE_FIELDS}
        self.name_error = error_label()
        form = QFormLayout(self)
        for key in PROFILE_FIELDS:
            self.labels[key].setBuddy(self.edits[key])
            if key == "name":
                box = QVBoxLayout()
                box.setSpacing(2)
                box.addWidget(self.edits[key])
                box.addWidget(self.name_error)
                form.addRow(self.labels[key], box)
            else:
                form.addRow(self.labels[key], self.edits[key])
        self.edits["name"].textChanged.connect(self._name_changed)
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("The cooperative"))
        self.setSubTitle(
            self.tr(
                "As it will print at the top of every receipt, slip and report. Only the "
                "name is required; the rest can be filled in later under Settings."
            )
        )
        for key, text in profile_labels().items():
            self.labels[key].setText(text)
        for key, text in profile_placeholders().items():
            self.edits[key].setPlaceholderText(text)
        fit_labels(self)
        self._name_changed()

    def _name_changed(self) -> None:
        missing = self.edits["name"].isModified() and not self.name().strip()
        show_message(
            self.name_error, self.tr("The cooperative's name is required.") if missing else ""
        )
        self.completeChanged.emit()

    def name(self) -> str:
        return " ".join(self.edits["name"].text().split())

    def isComplete(self) -> bool:
        return bool(self.name())

    def profile(self) -> dict[str, str]:
        return {key: edit.text().strip() for key, edit in self.edits.items()} | {
            "name": self.name()
        }


class PrefixPage(QWizardPage):
    """The letters in front of every member number, checked as they are typed."""

    def __init__(self, profile_page: ProfilePage) -> None:
        super().__init__()
        self.profile_page = profile_page
        self.prefix_label = QLabel()
        self.prefix_edit = QLineEdit()
        self.prefix_edit.setMaxLength(6)
        self.prefix_edit.setMaximumWidth(160)
        self.prefix_label.setBuddy(self.prefix_edit)
        self.example = QLabel()
        self.example.setStyleSheet("font-size: 20px; font-weight: 600; color: #1f4d3a;")
        self.prefix_error = error_label()
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.note.setStyleSheet(HINT_STYLE)
        form = QFormLayout()
        form.addRow(self.prefix_label, self.prefix_edit)
        self.example_label = QLabel()
        form.addRow(self.example_label, self.example)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.prefix_error)
        layout.addSpacing(12)
        layout.addWidget(self.note)
        layout.addStretch(1)
        self.prefix_edit.textChanged.connect(self.validate)
        self.retranslate()

    def initializePage(self) -> None:
        if not self.prefix_edit.isModified():
            self.prefix_edit.setText(suggest_prefix(self.profile_page.name()))

    def retranslate(self) -> None:
        self.setTitle(self.tr("Member numbers"))
        self.setSubTitle(
            self.tr("Every member gets a number made of a short prefix and a running number.")
        )
        self.prefix_label.setText(self.tr("&Prefix"))
        self.example_label.setText(self.tr("Example"))
        self.prefix_edit.setPlaceholderText(self.tr("1 to 6 letters or digits"))
        fit_labels(self)
        self.note.setText(
            self.tr(
                "Use the cooperative's initials, for example LJ for Lembah Jaya. The prefix "
                "can be changed later; members keep the numbers they already have."
            )
        )
        self.validate()

    def prefix(self) -> str | None:
        try:
            return check_prefix(self.prefix_edit.text())
        except KoperasiError:
            return None

    def validate(self) -> bool:
        try:
            prefix = check_prefix(self.prefix_edit.text())
        except KoperasiError as exc:
            self.example.setText("—")
            show_message(self.prefix_error, exc.message(i18n.current_language()))
            ok = False
        else:
            self.example.setText(member_number(prefix, 1))
            show_message(self.prefix_error, "")
            ok = True
        self.completeChanged.emit()
        return ok

    def isComplete(self) -> bool:
        return self.prefix() is not None


COL_NAME, COL_KIND, COL_FEE, COL_QUALITY = range(4)


class CommoditiesPage(QWizardPage):
    """The first commodities and their service fees, in a small editable table."""

    DEFAULTS = (("Karet", FEE_PERCENT, "3", True), ("TBS Sawit", FEE_PER_KG, "25", False))

    def __init__(self) -> None:
        super().__init__()
        self.table = QTableWidget(0, 4)
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(COL_NAME, QHeaderView.ResizeMode.Stretch)
        for column, width in ((COL_KIND, 180), (COL_FEE, 110), (COL_QUALITY, 120)):
            self.table.setColumnWidth(column, width)
        self.add_button = QPushButton()
        self.remove_button = QPushButton()
        self.errors = error_label()
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.note.setStyleSheet(HINT_STYLE)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.errors)
        layout.addWidget(self.note)
        self.add_button.clicked.connect(lambda: self.add_row())
        self.remove_button.clicked.connect(self.remove_row)
        self.table.itemChanged.connect(lambda _item: self.validate())
        for name, kind, fee, quality in self.DEFAULTS:
            self.add_row(name, kind, fee, quality)
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Commodities and service fees"))
        self.setSubTitle(
            self.tr(
                "What members deliver, and the cooperative's fee on each sale of it: a "
                "percentage of the gross, or rupiah per kg sold."
            )
        )
        self.table.setHorizontalHeaderLabels(
            [self.tr("Commodity"), self.tr("Fee as"), self.tr("Fee"), self.tr("Quality (KKK)")]
        )
        for row in range(self.table.rowCount()):
            self._fill_kinds(self.table.cellWidget(row, COL_KIND))
        self.add_button.setText(self.tr("&Add commodity"))
        self.remove_button.setText(self.tr("&Remove"))
        self.note.setText(
            self.tr(
                "Tick Quality for a commodity weighed with a quality factor, such as rubber's "
                "dry rubber content (KKK). More commodities can be added later under Settings."
            )
        )
        self.validate()

    def _fill_kinds(self, combo: QComboBox) -> None:
        current = max(0, combo.currentIndex())
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(self.tr("% of the gross"), FEE_PERCENT)
        combo.addItem(self.tr("Rp per kg"), FEE_PER_KG)
        combo.setCurrentIndex(current)
        combo.blockSignals(False)

    def add_row(
        self, name: str = "", kind: str = FEE_PERCENT, fee: str = "", quality: bool = False
    ) -> int:
        row = self.table.rowCount()
        self.table.blockSignals(True)
        self.table.insertRow(row)
        self.table.setItem(row, COL_NAME, QTableWidgetItem(name))
        combo = QComboBox()
        self._fill_kinds(combo)
        combo.setCurrentIndex(0 if kind == FEE_PERCENT else 1)
        combo.currentIndexChanged.connect(lambda _index: self.validate())
        self.table.setCellWidget(row, COL_KIND, combo)
        fee_item = QTableWidgetItem(fee)
        fee_item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.table.setItem(row, COL_FEE, fee_item)
        check = QTableWidgetItem()
        check.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled)
        check.setCheckState(Qt.CheckState.Checked if quality else Qt.CheckState.Unchecked)
        self.table.setItem(row, COL_QUALITY, check)
        self.table.blockSignals(False)
        if not name:
            self.table.setCurrentCell(row, COL_NAME)
            self.table.editItem(self.table.item(row, COL_NAME))
        self.validate()
        return row

    def remove_row(self) -> None:
        row = self.table.currentRow()
        if row >= 0:
            self.table.removeRow(row)
            self.validate()

    def _row(self, row: int) -> tuple[str, str, str, bool]:
        name = " ".join((self.table.item(row, COL_NAME).text() or "").split())
        kind = self.table.cellWidget(row, COL_KIND).currentData()
        fee = self.table.item(row, COL_FEE).text()
        quality = self.table.item(row, COL_QUALITY).checkState() == Qt.CheckState.Checked
        return name, kind, fee, quality

    def check(self) -> tuple[list[CommodityDraft], list[str]]:
        """The commodities as entered, and a sentence for each problem."""
        drafts, problems, seen = [], [], set()
        for row in range(self.table.rowCount()):
            name, kind, fee, quality = self._row(row)
            where = self.tr("Row %1: ").replace("%1", str(row + 1))
            if not name:
                problems.append(where + self.tr("the commodity's name is required."))
                continue
            if name.lower() in seen:
                problems.append(where + self.tr("%1 is listed twice.").replace("%1", name))
                continue
            seen.add(name.lower())
            problem = fee_problem(kind, fee)
            if problem:
                problems.append(where + problem)
                continue
            drafts.append(CommodityDraft(name, kind, parse_fee(kind, fee or "0"), quality))
        return drafts, problems

    def validate(self) -> bool:
        _drafts, problems = self.check()
        show_message(self.errors, "\n".join(problems))
        self.remove_button.setEnabled(self.table.rowCount() > 0)
        self.completeChanged.emit()
        return not problems

    def isComplete(self) -> bool:
        return not self.check()[1]

    def commodities(self) -> list[CommodityDraft]:
        return self.check()[0]


class FilePage(QWizardPage):
    """Where the book is saved; a new book never overwrites a file."""

    def __init__(self, profile_page: ProfilePage) -> None:
        super().__init__()
        self.profile_page = profile_page
        self.path_label = QLabel()
        self.path_edit = QLineEdit()
        self.path_label.setBuddy(self.path_edit)
        self.browse_button = QPushButton()
        self.path_error = error_label()
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.status = QLabel()
        self.status.setStyleSheet(HINT_STYLE)
        row = QHBoxLayout()
        row.addWidget(self.path_edit, 1)
        row.addWidget(self.browse_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.path_label)
        layout.addLayout(row)
        layout.addWidget(self.path_error)
        layout.addSpacing(16)
        layout.addWidget(self.summary)
        layout.addStretch(1)
        layout.addWidget(self.status)
        self.path_edit.textChanged.connect(self.validate)
        self.browse_button.clicked.connect(self.browse)
        self.retranslate()

    def initializePage(self) -> None:
        if not self.path_edit.isModified():
            self.path_edit.setText(str(default_book_path(self.profile_page.name())))
        self._update_summary()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Where to keep the book"))
        self.setSubTitle(
            self.tr(
                "The whole book is one file. Keep it in a folder you back up, and copy it to "
                "a flash drive now and then."
            )
        )
        self.path_label.setText(self.tr("&File"))
        self.browse_button.setText(self.tr("&Browse…"))
        self._update_summary()
        self.validate()

    def _update_summary(self) -> None:
        wizard = self.wizard()
        if wizard is None:
            return
        profile = self.profile_page.profile()
        prefix = wizard.prefix_page.prefix() or "?"
        names = (
            ", ".join(
                f"{c.name} ({fmt.fee_text(c.kind, c.value, c.value)})"
                for c in wizard.commodities_page.commodities()
            )
            or "—"
        )
        rows = [
            (self.tr("Cooperative"), profile["name"]),
            (self.tr("First member number"), member_number(prefix, 1)),
            (self.tr("Commodities"), names),
        ]
        self.summary.setText(
            "<table cellspacing='4'>"
            + "".join(f"<tr><td><b>{_html(k)}</b></td><td>{_html(v)}</td></tr>" for k, v in rows)
            + "</table>"
        )

    def path(self) -> Path | None:
        text = self.path_edit.text().strip()
        if not text:
            return None
        path = Path(text).expanduser()
        if not path.name or text.endswith(("/", "\\")):
            return None  # a folder, still being typed
        if not path.suffix:
            path = path.with_suffix(BOOK_SUFFIX)
        return path

    def problem(self) -> str:
        path = self.path()
        if path is None:
            return self.tr("Choose where to save the book.")
        if path.exists():
            return KoperasiError("book.exists", path=path).message(i18n.current_language())
        parent = path.parent
        while not parent.exists() and parent != parent.parent:
            parent = parent.parent
        if parent.exists() and not parent.is_dir():
            return self.tr("%1 is a file, not a folder.").replace("%1", str(parent))
        return ""

    def validate(self) -> bool:
        problem = self.problem() if self.path_edit.text().strip() else ""
        show_message(self.path_error, problem)
        self.completeChanged.emit()
        return not problem

    def isComplete(self) -> bool:
        return not self.problem()

    def browse(self) -> None:
        current = self.path() or default_book_path(self.profile_page.name())
        name, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save the new book as"),
            str(current),
            "Koperasi (*.koperasi)",
            options=QFileDialog.Option.DontConfirmOverwrite,
        )
        if name:
            self.path_edit.setText(name)
            self.path_edit.setModified(True)


def _html(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


class NewBookWizard(QWizard):
    """Finish creates the book on the worker, adds the commodities, and the window opens it.

    The wizard stays open until the book exists, so a refusal (a file that appeared in the
    meantime, a folder that cannot be written) is shown where it can be corrected.
    """

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.window_ = window
        self.runner = window.runner
        self.created_path: Path | None = None
        self._creating = False
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.profile_page = ProfilePage()
        self.prefix_page = PrefixPage(self.profile_page)
        self.commodities_page = CommoditiesPage()
        self.file_page = FilePage(self.profile_page)
        for page in (self.profile_page, self.prefix_page, self.commodities_page, self.file_page):
            self.addPage(page)
        self.setMinimumSize(720, 560)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("New book"))
        self.setButtonText(QWizard.WizardButton.BackButton, self.tr("< &Back"))
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("&Next >"))
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("&Create the book"))
        self.setButtonText(QWizard.WizardButton.CancelButton, self.tr("Cancel"))
        for page in (self.profile_page, self.prefix_page, self.commodities_page, self.file_page):
            page.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def book_fields(self) -> dict[str, str]:
        """What runner.open_book(create=...) passes to Book.create."""
        return self.profile_page.profile() | {"member_prefix": self.prefix_page.prefix() or ""}

    def accept(self) -> None:
        if self._creating:
            return
        path = self.file_page.path()
        if path is None or not self.file_page.validate():
            return
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            show_message(self.file_page.path_error, str(exc))
            return
        commodities = self.commodities_page.commodities()
        self._set_creating(True)

        def add_commodities(book) -> int:
            with book.atomic():
                for draft in commodities:
                    draft.add_to(book)
            return len(commodities)

        def added(_count: int) -> None:
            self._set_creating(False)
            for page in getattr(self.window_, "pages", []):
                page.refresh()
            super(NewBookWizard, self).accept()

        def added_failed(exc: BaseException) -> None:
            # The book exists and is open; only its commodities are missing.

            self._set_creating(False)
            show_error(self, exc)
            super(NewBookWizard, self).accept()

        def opened(result: Path) -> None:
            self.created_path = result
            self.runner.book_op(add_commodities, added, added_failed)

        def failed(exc: BaseException) -> None:
            self._set_creating(False)
            show_message(self.file_page.path_error, error_text(exc))

        self.runner.open_book(path, opened, failed, create=self.book_fields())

    def _set_creating(self, creating: bool) -> None:
        self._creating = creating
        self.file_page.status.setText(self.tr("Creating the book…") if creating else "")
        for button in (
            QWizard.WizardButton.BackButton,
            QWizard.WizardButton.FinishButton,
            QWizard.WizardButton.CancelButton,
        ):
            self.button(button).setEnabled(not creating)
