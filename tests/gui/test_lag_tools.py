"""Issue 11, no freeze: the pieces that keep the window's thread short, checked for what
they show. A text table holds ten years of a member's rows and shows them as a
QTableWidget did; a model answering Qt in one call per cell paints the same pixels;
columns fitted in one pass are as wide as Qt's own measuring; the worker runs what was
asked in the order asked, and says it is busy from the moment it is asked."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, Qt
from PySide6.QtWidgets import QApplication, QHeaderView, QTableView, QTableWidget

from koperasi.gui.kit.style import MUTED, RIGHT
from koperasi.gui.kit.text_table import SAMPLE_ROWS, ColumnFitter, TextTable
from koperasi.gui.kit.widgets import fill_table, table_widget
from koperasi.gui.models.sale_table_model import SaleTableModel
from koperasi.gui.models.share_table_model import ShareTableModel
from tests.gui.conftest import settle


def rows(count: int, last: str = "") -> list[list[str]]:
    out = [
        [f"NT-2026-{n:06d}", "27/11/2026", "Karet", f"Rp {n:,}".replace(",", ".")]
        for n in range(count)
    ]
    if last:
        out[-1][2] = last
    return out


def test_a_text_table_answers_like_a_table_widget(qtbot):
    table = table_widget(4)
    qtbot.addWidget(table)
    table.setHorizontalHeaderLabels(["Nota", "Tanggal", "Komoditas", "Jumlah"])
    records = [object() for _ in range(3)]
    fill_table(table, rows(3), right={3}, colors={1: MUTED}, bold_rows={2}, data=records)
    assert (table.rowCount(), table.columnCount()) == (3, 4)
    assert [table.item(1, c).text() for c in range(4)] == [
        "NT-2026-000001",
        "27/11/2026",
        "Karet",
        "Rp 1",
    ]
    assert table.item(2, 0).data(Qt.ItemDataRole.UserRole) is records[2]
    assert table.item(1, 3).textAlignment() == int(RIGHT)
    assert table.item(1, 0).foreground().color() == MUTED
    assert table.item(2, 1).font().bold() and not table.item(1, 1).font().bold()
    assert table.item(3, 0) is None and table.item(0, 4) is None
    assert table.text_model.headerData(2, Qt.Orientation.Horizontal) == "Komoditas"
    table.item(1, 2).setToolTip("karet kering")
    assert table.item(1, 2).toolTip() == "karet kering" and table.item(0, 2).toolTip() == ""

    # Filled again (a reload), then with fewer rows: the current row follows what a
    # QTableWidget does, and a reload keeps the chosen row chosen.
    widget = QTableWidget(0, 4)
    qtbot.addWidget(widget)
    seen = []
    table.itemSelectionChanged.connect(lambda: seen.append(table.currentRow()))
    for view in (table, widget):
        fill_table(view, rows(3), right={3})
        view.selectRow(1)
    assert seen == [1]
    for count in (3, 1, 0):
        for view in (table, widget):
            fill_table(view, rows(count), right={3})
        assert (table.rowCount(), table.currentRow()) == (widget.rowCount(), widget.currentRow())
        if count == 3:
            assert table.currentRow() == 1 and len(table.selectedItems()) == 4
    assert table.selectedItems() == []


def test_a_long_text_far_down_a_long_table_is_not_cut_off(qtbot):
    """Ten years of deliveries: the longest name in the last row still fits its column,
    though Qt measures only the rows in view and a sample of SAMPLE_ROWS."""
    long_name = "Kelompok Tani Karya Bersama Sarolangun Ulu"
    table = TextTable(4)
    qtbot.addWidget(table)
    table.resize(900, 400)
    table.show()
    table.set_rows(rows(SAMPLE_ROWS * 20, last=long_name), right={3})
    needed = table.fontMetrics().horizontalAdvance(long_name)
    assert table.columnWidth(2) > needed + 6  # the delegate's margins: no "…"


class PlainShares(ShareTableModel):
    """The shares model answering Qt role by role, as Qt's default multiData does."""

    multiData = QAbstractTableModel.multiData


def shares_view(qtbot, model_class, statuses) -> QTableView:
    model = model_class(checkable=True)
    model.set_rows(statuses)
    model.checked = {statuses[0].member.number}
    view = QTableView()
    qtbot.addWidget(view)
    view.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # no window's focus frame in the picture
    view.setModel(model)
    view.resize(800, 300)
    view.show()
    view.resizeColumnsToContents()
    QApplication.processEvents()
    return view


def test_one_call_per_cell_paints_the_same_table(qtbot, window, runner):
    statuses = runner.call(lambda book: book.payouts.status(book.sales.list()[0].number))
    assert statuses
    fast = shares_view(qtbot, ShareTableModel, statuses)
    fast_picture = fast.grab().toImage()  # each as the active window
    plain = shares_view(qtbot, PlainShares, statuses)
    assert [fast.columnWidth(c) for c in range(6)] == [plain.columnWidth(c) for c in range(6)]
    assert fast_picture == plain.grab().toImage()


def test_columns_fitted_in_one_pass_are_as_wide_as_qt_measures(qtbot, window, runner):
    statuses = runner.call(lambda book: book.payouts.status(book.sales.list()[0].number))
    model = ShareTableModel(checkable=True)
    model.set_rows(statuses)
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    view.resize(900, 300)
    view.show()
    QApplication.processEvents()
    measured = [view.columnWidth(c) for c in range(model.columnCount())]
    fitter = ColumnFitter(view)
    fitter.fit()
    fitted = [view.columnWidth(c) for c in range(model.columnCount())]
    assert all(f >= m for f, m in zip(fitted, measured, strict=True)), (fitted, measured)
    assert all(f <= m + 4 for f, m in zip(fitted, measured, strict=True)), (fitted, measured)


def test_the_worker_runs_what_was_asked_in_order_and_is_busy_at_once(qtbot, runner, small_book):
    runner.open_book_sync(small_book)
    done = []
    for n in range(5):
        runner.book_op(lambda book, n=n: n, done.append)
        assert runner.busy  # settle() and the benchmark rely on it from the first moment
    settle(qtbot, runner)
    assert done == [0, 1, 2, 3, 4]


class PlainSales(SaleTableModel):
    """The sales register answering Qt role by role."""

    multiData = QAbstractTableModel.multiData


def test_the_paged_sales_register_paints_the_same_in_one_call_per_cell(qtbot, window, runner):
    pictures, first_cells = [], []
    for model_class in (SaleTableModel, PlainSales):
        model = model_class(runner)
        model.reload()
        settle(qtbot, runner)
        assert model.rowCount() >= 1
        view = QTableView()
        qtbot.addWidget(view)
        view.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        view.setModel(model)
        view.resize(900, 200)
        view.show()
        view.resizeColumnsToContents()
        QApplication.processEvents()
        pictures.append(view.grab().toImage())  # each as the active window
        first_cells.append([model.index(0, c).data() for c in range(model.columnCount())])
    assert first_cells[0] == first_cells[1]
    assert pictures[0] == pictures[1]
