"""Widgets the screens share: a rupiah field that reads Indonesian thousands, a member picker
with type-ahead, figure cards, error and hint labels, and the look of tables."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSortFilterProxyModel, Qt
from PySide6.QtGui import QColor, QFontMetrics
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QCompleter,
    QDateEdit,
    QFrame,
    QHeaderView,
    QLabel,
    QLineEdit,
    QSizePolicy,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from koperasi.core.errors import KoperasiError
from koperasi.core.fmt import group
from koperasi.core.numbers import parse_percent, parse_rupiah
from koperasi.gui.kit.dates import DayEdit
from koperasi.gui.kit.style import ERROR_STYLE, HINT_STYLE, RIGHT, TOTAL_BACKGROUND
from koperasi.gui.kit.text_table import ColumnFitter, TextTable


def date_edit(month_only: bool = False) -> QDateEdit:
    """A date field kept as typed (kit.dates.DayEdit: no clamping maximum)."""
    edit = DayEdit(month_only=month_only)
    edit.setMinimumWidth(120)
    edit.setMaximumWidth(160)
    return edit


def error_label() -> QLabel:
    label = QLabel()
    label.setStyleSheet(ERROR_STYLE)
    label.setWordWrap(True)
    label.hide()
    return label


def hint_label(text: str = "") -> QLabel:
    label = QLabel(text)
    label.setStyleSheet(HINT_STYLE)
    label.setWordWrap(True)
    return label


def show_message(label: QLabel, text: str) -> None:
    label.setText(text)
    label.setVisible(bool(text))


class RupiahEdit(QLineEdit):
    """Whole rupiah as typed: "1500000", "1.500.000" or "Rp 1.500.000"; shown back with dot
    thousands once the field is left, so that "1.500" can never be misread."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAlignment(RIGHT)
        self.setPlaceholderText(QCoreApplication.translate("RupiahEdit", "e.g. 1.250.000"))
        self.setMinimumWidth(150)
        self.setMaximumWidth(220)
        self.editingFinished.connect(self._tidy)

    def amount(self) -> int | None:
        """The amount typed, None when empty; a KoperasiError when it is not rupiah."""
        text = self.text().strip()
        if not text:
            return None
        return parse_rupiah(text)

    def set_amount(self, amount: int | None) -> None:
        self.setText(group(amount) if amount else "")

    def _tidy(self) -> None:
        try:
            amount = self.amount()
        except KoperasiError:
            return
        if amount is not None:
            self.setText(group(amount))


def parse_percent_text(text: str) -> int:
    """A percentage as typed ("1,5", "1,5 %") in basis points; "1.5" is refused as unclear,
    since a dot only ever groups thousands (core.numbers, the one parser)."""
    return parse_percent(text)


class MemberPicker(QComboBox):
    """A member chosen by typing part of the number or the name; data is the member number."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.setMinimumWidth(320)
        self.setMaxVisibleItems(15)
        completer = QCompleter(self.model(), self)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.setCompleter(completer)
        self.lineEdit().setPlaceholderText(
            QCoreApplication.translate("MemberPicker", "Type a member number or name")
        )

    def set_members(self, members: list[tuple[str, str]], chosen: str | None = None) -> None:
        """(number, name) pairs in register order; `chosen` is selected if present."""
        self.blockSignals(True)
        self.clear()
        for number, name in members:
            self.addItem(f"{number} · {name}", number)
        self.setCurrentIndex(self.findData(chosen) if chosen else -1)
        if not chosen:
            self.setEditText("")
        self.blockSignals(False)
        self.currentIndexChanged.emit(self.currentIndex())

    def number(self) -> str | None:
        """The member chosen: the item picked, or a number typed in full."""
        text = self.currentText().strip()
        if not text:
            return None
        index = self.findText(text, Qt.MatchFlag.MatchFixedString)
        if index >= 0:
            return self.itemData(index)
        wanted = text.split(" ·")[0].strip().casefold()
        for index in range(self.count()):
            number = self.itemData(index)
            if number.casefold() == wanted:
                return number
        # Part of a name or number that only one member has ("aminah").
        needle = text.casefold()
        found = [i for i in range(self.count()) if needle in self.itemText(i).casefold()]
        return self.itemData(found[0]) if len(found) == 1 else None

    def choose(self, number: str) -> None:
        index = self.findData(number)
        if index >= 0:
            self.setCurrentIndex(index)


class FigureLabel(QLabel):
    """A card's figure: at its full size while it fits, else drawn smaller until it does
    (down to 11 px), never cut off. Rp 1.170.225.250 in a card a quarter of 1024 pixels wide
    lost its last digits; a figure the treasurer checks must be read whole."""

    FULL_PX = 19
    SMALLEST_PX = 11

    def __init__(self, text: str = "") -> None:
        super().__init__(text)
        self._px = self.FULL_PX

    def setText(self, text: str) -> None:
        super().setText(text)
        self._fit()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit()

    def minimumSizeHint(self):
        # Let the layout make the card narrower than the figure at full size: it shrinks.
        hint = super().minimumSizeHint()
        hint.setWidth(min(hint.width(), 60))
        return hint

    def _fit(self) -> None:
        width = self.contentsRect().width()
        if width <= 0:
            return
        px = self.FULL_PX
        font = self.font()
        while px > self.SMALLEST_PX:
            font.setPixelSize(px)
            if QFontMetrics(font).horizontalAdvance(self.text()) <= width:
                break
            px -= 1
        if px != self._px:
            self._px = px
            self.setStyleSheet("" if px == self.FULL_PX else f"font-size: {px}px;")


class FigureCard(QFrame):
    """A caption, a figure and a note below it (a balance the treasurer checks)."""

    def __init__(self, owed: bool = False) -> None:
        super().__init__()
        self.setProperty("card", True)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        self.caption = QLabel()
        self.caption.setProperty("role", "caption")
        self.value = FigureLabel("—")
        self.value.setProperty("role", "figure_owed" if owed else "figure")
        self.value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.note = QLabel()
        self.note.setProperty("role", "note")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 10, 14, 10)
        layout.setSpacing(2)
        layout.addWidget(self.caption)
        layout.addWidget(self.value)
        layout.addWidget(self.note)
        layout.addStretch(1)

    def show_loading(self) -> None:
        """The placeholder while the worker adds up the figure (never a stale amount)."""
        self.value.setText(loading_text())
        self.note.setText("")


def loading_text() -> str:
    return QCoreApplication.translate("FigureCard", "Loading…")


# Columns sized to their contents measure this many rows, not Qt's default of 1000: on a
# book of 3,000 members, measuring every row of a shares or savings table froze the
# window for a second or more each time a section was shown.
SAMPLE_ROWS = 40


def measure_sample(view: QTableView | QTableWidget) -> None:
    """Size contents-fitted columns from a sample of rows (see SAMPLE_ROWS)."""
    view.horizontalHeader().setResizeContentsPrecision(SAMPLE_ROWS)


def table_view(model, stretch: int | None = None) -> QTableView:
    """A read-only table of whole rows, its columns as wide as their contents."""
    table = QTableView()
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.verticalHeader().hide()
    table.verticalHeader().setDefaultSectionSize(26)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    measure_sample(table)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    if stretch is not None:
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    table.fitter = ColumnFitter(table)  # the columns fitted in one pass (issue 11)
    return table


def table_widget(columns: int) -> TextTable:
    """A read-only table of text rows (kit.text_table: filling it costs one signal)."""
    table = TextTable(columns)
    table.verticalHeader().hide()
    table.verticalHeader().setDefaultSectionSize(24)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    return table


def fill_table(
    table: QTableWidget | TextTable,
    rows: list[list[str]],
    right: set[int] = frozenset(),
    colors: dict[int, QColor] | None = None,
    bold_rows: set[int] = frozenset(),
    data: list | None = None,
) -> None:
    """Rows of text: `right` columns right-aligned, `colors` per row, `bold_rows` on a tint
    (totals); `data[r]` is kept on the row's first cell (Qt.UserRole)."""
    if isinstance(table, TextTable):
        table.set_rows(rows, right, colors, bold_rows, data=data)
        return
    table.setRowCount(len(rows))
    for r, cells in enumerate(rows):
        for c, text in enumerate(cells):
            item = QTableWidgetItem(text)
            if c in right:
                item.setTextAlignment(RIGHT)
            if colors and r in colors:
                item.setForeground(colors[r])
            if r in bold_rows:
                font = item.font()
                font.setBold(True)
                item.setFont(font)
                item.setBackground(TOTAL_BACKGROUND)
            if c == 0 and data is not None:
                item.setData(Qt.ItemDataRole.UserRole, data[r])
            table.setItem(r, c, item)
    table.resizeColumnsToContents()


class TextFilterProxy(QSortFilterProxyModel):
    """Sorts by each column's SortRole and keeps the rows whose text matches, and whose
    record passes an optional predicate."""

    SortRole = Qt.ItemDataRole.UserRole + 2

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setSortRole(self.SortRole)
        self.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.needle = ""
        self.predicate = None

    def set_needle(self, text: str) -> None:
        self.needle = text.strip().casefold()
        self._refilter()

    def set_predicate(self, predicate) -> None:
        self.predicate = predicate
        self._refilter()

    def _refilter(self) -> None:
        if hasattr(self, "beginFilterChange"):  # Qt 6.10 and later
            self.beginFilterChange()
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            self.invalidateFilter()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        # A source model that sorts its own rows (sort_rows) does it in one Python sort:
        # Qt's own sort asks data() for a sort key on every comparison, some 70,000 calls
        # into Python for 3,000 members, each time the rows are loaded.
        model = self.sourceModel()
        if hasattr(model, "sort_rows"):
            model.sort_rows(column, order)
        else:
            super().sort(column, order)

    def filterAcceptsRow(self, source_row: int, source_parent) -> bool:
        if self.predicate is None and not self.needle:
            return True
        model = self.sourceModel()
        record = model.record(source_row)
        if self.predicate is not None and not self.predicate(record):
            return False
        if not self.needle:
            return True
        return self.needle in model.search_text(record)


def find_member_row(table: QTableView, rows, text: str) -> int:
    """Move `table` to the first row whose member number or name contains `text`; `rows`
    are the model's records, each with a `member`. Returns the row, -1 when none."""
    needle = text.strip().casefold()
    if not needle:
        return -1
    for row, record in enumerate(rows):
        if needle in record.member.number.casefold() or needle in record.member.name.casefold():
            index = table.model().index(row, 0)
            table.setCurrentIndex(index)
            table.scrollTo(index)
            return row
    return -1


def toggle_current(table: QTableView) -> bool:
    """Tick or untick the current row's check box (keyboard: type a number, press Enter);
    False when the row has none (paid already, or the totals row)."""
    index = table.currentIndex().siblingAtColumn(0)
    if not index.isValid():
        return False
    model = table.model()
    state = model.data(index, Qt.ItemDataRole.CheckStateRole)
    if state is None:
        return False
    checked = state == Qt.CheckState.Checked
    model.setData(
        index,
        Qt.CheckState.Unchecked if checked else Qt.CheckState.Checked,
        Qt.ItemDataRole.CheckStateRole,
    )
    return True
