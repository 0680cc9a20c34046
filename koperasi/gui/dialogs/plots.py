"""Plots on screen (issue 13): a member's plots with their map, and a sold lot's trace with
its plots highlighted, the EUDR GeoJSON export and the trace sheet."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from koperasi.core.fmt import kg, percent
from koperasi.gui import i18n
from koperasi.gui.kit.messages import show_error
from koperasi.gui.kit.plot_map import MapPlot, PlotMap

if TYPE_CHECKING:
    from koperasi.book import Book
    from koperasi.book.plots import PlotRow
    from koperasi.gui.worker import BookRunner
    from koperasi.reports.trace import LotTrace


def hectares(area_m2: int) -> str:
    return f"{Decimal(area_m2).scaleb(-4):.4f}".replace(".", ",")


def _table(columns: int) -> QTableWidget:
    table = QTableWidget(0, columns)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.verticalHeader().hide()
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setStretchLastSection(True)
    table.setAlternatingRowColors(True)
    return table


def _fill(table: QTableWidget, rows: list[list[str]], right: tuple[int, ...] = ()) -> None:
    table.setRowCount(len(rows))
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            item = QTableWidgetItem(value)
            if c in right:
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            table.setItem(r, c, item)


class PlotsTab(QWidget):
    """A member's plots: the list beside the map; the selected plot is highlighted."""

    def __init__(self, runner: BookRunner, number: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self.number = number
        self.plots: list[PlotRow] = []
        self.table = _table(5)
        self.map = PlotMap()
        self.empty_label = QLabel()
        self.empty_label.setWordWrap(True)
        splitter = QSplitter()
        left = QWidget()
        column = QVBoxLayout(left)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.table, 1)
        column.addWidget(self.empty_label)
        splitter.addWidget(left)
        splitter.addWidget(self.map)
        splitter.setSizes([420, 420])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        self.table.itemSelectionChanged.connect(self._draw)
        self.retranslate()

    def retranslate(self) -> None:
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Plot"),
                self.tr("Area (ha)"),
                self.tr("Planted"),
                self.tr("Location"),
                self.tr("e-STDB"),
            ]
        )
        self.empty_label.setText(
            self.tr("No mapped plot: this member's deliveries are untraceable.")
            if not self.plots
            else ""
        )
        self._show()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def reload(self) -> None:
        number = self.number
        self.runner.book_op(
            lambda book: book.plots.list(number), self._loaded, lambda exc: show_error(self, exc)
        )

    def _loaded(self, plots: list[PlotRow]) -> None:
        self.plots = plots
        self.retranslate()

    def _kind(self, geometry_type: str) -> str:
        return self.tr("Point") if geometry_type == "Point" else self.tr("Polygon")

    def _show(self) -> None:
        _fill(
            self.table,
            [
                [
                    p.name,
                    hectares(p.area_m2),
                    str(p.planting_year or ""),
                    self._kind(p.geometry_type),
                    p.estdb,
                ]
                for p in self.plots
            ],
            right=(1, 2),
        )
        self._draw()

    def _draw(self) -> None:
        selected = {index.row() for index in self.table.selectionModel().selectedRows()}
        self.map.set_plots(
            [
                MapPlot(p.geometry, f"{p.name} · {hectares(p.area_m2)} ha", row in selected)
                for row, p in enumerate(self.plots)
            ]
        )


@dataclass(frozen=True)
class LotView:
    trace: LotTrace
    neighbours: list[PlotRow]  # the lot's members' other plots, drawn as outlines


def _lot_view(book: Book, number: str) -> LotView:
    from koperasi.reports.trace import lot_trace

    trace = lot_trace(book, number)
    in_lot = {p.plot_id for p in trace.plots}
    members = sorted({d.member_number for d in trace.deliveries})
    neighbours = [p for m in members for p in book.plots.list(m) if p.id not in in_lot]
    return LotView(trace, neighbours)


class LotTraceDialog(QDialog):
    """A sold lot's plots on the map (highlighted), its deliveries' origins, and the exports."""

    def __init__(self, runner: BookRunner, number: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self.number = number
        self.view: LotView | None = None
        self.last_saved: Path | None = None
        self.setMinimumSize(900, 600)
        self.status_label = QLabel()
        self.status_label.setWordWrap(True)
        self.table = _table(6)
        self.map = PlotMap()
        self.geojson_button = QPushButton()
        self.sheet_button = QPushButton()
        self.excel_button = QPushButton()
        self.close_button = QPushButton()
        splitter = QSplitter()
        splitter.addWidget(self.table)
        splitter.addWidget(self.map)
        splitter.setSizes([480, 420])
        buttons = QHBoxLayout()
        buttons.addWidget(self.geojson_button)
        buttons.addWidget(self.sheet_button)
        buttons.addWidget(self.excel_button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.status_label)
        layout.addWidget(splitter, 1)
        layout.addLayout(buttons)
        self.geojson_button.clicked.connect(self.export_geojson)
        self.sheet_button.clicked.connect(self.save_sheet)
        self.excel_button.clicked.connect(self.save_excel)
        self.close_button.clicked.connect(self.accept)
        self.retranslate()
        runner.book_op(
            lambda book: _lot_view(book, number), self._loaded, lambda exc: show_error(self, exc)
        )

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Lot trace %1").replace("%1", self.number))
        self.geojson_button.setText(self.tr("Export EUDR &GeoJSON…"))
        self.sheet_button.setText(self.tr("Save trace &sheet (PDF)…"))
        self.excel_button.setText(self.tr("&Excel…"))
        self.close_button.setText(self.tr("Close"))
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Member"),
                self.tr("Plot"),
                self.tr("Area (ha)"),
                self.tr("Deliveries"),
                self.tr("Net weight"),
                self.tr("Share of lot"),
            ]
        )
        self._show()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _loaded(self, view: LotView) -> None:
        self.view = view
        self._show()

    def _show(self) -> None:
        if self.view is None:
            return
        trace = self.view.trace
        rows = [
            [
                f"{p.member_number} {p.member_name}",
                p.plot_name,
                hectares(p.area_m2),
                str(p.deliveries),
                kg(p.net_grams),
                percent(p.share_bp),
            ]
            for p in trace.plots
        ]
        lang = i18n.current_language()
        for d in trace.untraceable:
            reason = d.reason.message(lang) if d.reason else ""
            rows.append(
                [
                    f"{d.member_number} {d.member_name}",
                    f"{d.receipt}: {reason}",
                    "",
                    "1",
                    kg(d.net_grams),
                    "",
                ]
            )
        _fill(self.table, rows, right=(2, 3, 4, 5))
        if trace.untraceable:
            self.status_label.setText(
                self.tr(
                    "Not fully traceable: %n delivery(ies) without a mapped plot; the EUDR GeoJSON "
                    "cannot be made.",
                    "",
                    len(trace.untraceable),
                )
            )
        else:
            self.status_label.setText(self.tr("Fully traceable: every delivery has a mapped plot."))
        self.geojson_button.setEnabled(not trace.untraceable)
        self.map.set_plots(
            [MapPlot(p.geometry, f"{p.member_name} · {p.plot_name}", True) for p in trace.plots]
            + [MapPlot(p.geometry, p.name) for p in self.view.neighbours]
        )

    def _ask(self, title: str, name: str, kind: str) -> Path | None:
        chosen, _ = QFileDialog.getSaveFileName(self, title, name, kind)
        return Path(chosen) if chosen else None

    def export_geojson(self) -> Path | None:
        path = self._ask(
            self.tr("Export EUDR GeoJSON"), f"{self.number}.geojson", "GeoJSON (*.geojson)"
        )
        if path is None:
            return None
        number = self.number

        def export(book: Book) -> Path:
            from koperasi.reports.trace import lot_geojson

            path.write_text(lot_geojson(book, number), encoding="utf-8")
            return path

        self.runner.book_op(export, self._saved, lambda exc: show_error(self, exc))
        return path

    def save_sheet(self) -> Path | None:
        path = self._ask(self.tr("Save trace sheet"), f"{self.number}-jejak.pdf", "PDF (*.pdf)")
        if path is None:
            return None
        number = self.number

        def render(book: Book) -> Path:
            from koperasi.pdf.trace_sheet import render_trace_sheet
            from koperasi.reports.trace import lot_trace

            path.write_bytes(render_trace_sheet(lot_trace(book, number)))
            return path

        self.runner.book_op(render, self._saved, lambda exc: show_error(self, exc))
        return path

    def save_excel(self) -> Path | None:
        """The lot trace sheet as an Excel workbook (the same content as the PDF)."""
        path = self._ask(
            self.tr("Save trace sheet (Excel)"), f"{self.number}-jejak.xlsx", "Excel (*.xlsx)"
        )
        if path is None:
            return None
        number = self.number
        lang = i18n.current_language()

        def render(book: Book) -> Path:
            from koperasi.reports.trace import lot_trace
            from koperasi.xlsx.trace import write_trace_sheet

            write_trace_sheet(lot_trace(book, number), path, lang)
            return path

        self.runner.book_op(render, self._saved, lambda exc: show_error(self, exc))
        return path

    def _saved(self, path: Path) -> None:
        self.last_saved = path
