"""The sale wizard's second page: the open deliveries that go into the sale."""

from __future__ import annotations

import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
)

from koperasi.core.fmt import date_short, group, kg
from koperasi.gui.models.pool_table_model import COL_NAME as POOL_COL_NAME
from koperasi.gui.models.pool_table_model import QUALITY_COLUMNS, PoolTableModel
from koperasi.gui.wizards.sale.common import (
    SalePage,
    fit_columns,
    table,
)

if TYPE_CHECKING:
    from koperasi.gui.wizards.sale.wizard import SaleWizard


class PoolPage(SalePage):
    """Step 2: the deliveries pooled, each of which can be left for a later sale."""

    def __init__(self, wizard: SaleWizard) -> None:
        super().__init__(wizard)
        self.loaded_key: tuple[str, datetime.date] | None = None
        self.untraceable: set[str] = set()
        self.model = PoolTableModel(self)
        self.table = table(self.model)
        self.all_button = QPushButton()
        self.none_button = QPushButton()
        self.totals = QLabel()
        self.totals.setTextFormat(Qt.TextFormat.RichText)
        # EUDR: a lot of deliveries from mapped plots only (issue 13); the sale records it.
        self.traceable_check = QCheckBox()
        self.traceable_note = QLabel()
        self.traceable_note.setWordWrap(True)
        trace_row = QHBoxLayout()
        trace_row.addWidget(self.traceable_check)
        trace_row.addWidget(self.traceable_note, 1)
        bar = QHBoxLayout()
        bar.addWidget(self.totals, 1)
        bar.addWidget(self.all_button)
        bar.addWidget(self.none_button)
        layout = QVBoxLayout(self)
        layout.addLayout(trace_row)
        layout.addWidget(self.table, 1)
        layout.addLayout(bar)
        self.traceable_check.toggled.connect(self._traceable_toggled)
        self.all_button.clicked.connect(lambda: self.model.set_all_checked(True))
        self.none_button.clicked.connect(lambda: self.model.set_all_checked(False))
        self.model.checked_changed.connect(self._update_totals)

    def retranslate(self) -> None:
        self.setTitle(self.tr("Deliveries in the pool"))
        key = self.wizard_.pool_key
        self.setSubTitle(
            self.tr(
                "Every open %1 delivery dated on or before %2. Untick a delivery to leave it "
                "for a later sale."
            )
            .replace("%1", key[0] if key else "")
            .replace("%2", date_short(key[1]) if key else "")
        )
        self.all_button.setText(self.tr("Select &all"))
        self.none_button.setText(self.tr("Select &none"))
        self.traceable_check.setText(self.tr("Only deliveries from mapped &plots (traceable lot)"))
        self._show_traceable_note()
        self.model.retranslate()
        self._update_totals()

    def initializePage(self) -> None:
        wizard = self.wizard_
        if wizard.pool_key != self.loaded_key:
            self.loaded_key = wizard.pool_key
            self.model.set_rows(wizard.pool_rows)
            pooled = {d.receipt for d, _ in wizard.pool_rows}
            self.untraceable = wizard.untraceable & pooled
            self.traceable_check.blockSignals(True)
            self.traceable_check.setChecked(False)
            self.traceable_check.blockSignals(False)
            commodity = wizard.commodity()
            for column in QUALITY_COLUMNS:
                self.table.setColumnHidden(column, not (commodity and commodity.uses_quality))
            fit_columns(self.table, POOL_COL_NAME)
        self.retranslate()

    def _traceable_toggled(self, on: bool) -> None:
        self.model.lock_out(self.untraceable if on else set())
        self._show_traceable_note()

    def _show_traceable_note(self) -> None:
        count = len(self.untraceable)
        if not count:
            text = self.tr("Every delivery in the pool comes from a mapped plot.")
        elif self.traceable_check.isChecked():
            text = self.tr(
                "%n delivery(ies) without a mapped plot left for a later sale.", "", count
            )
        else:
            text = self.tr(
                "%n delivery(ies) without a mapped plot: the lot will not be fully traceable.",
                "",
                count,
            )
        self.traceable_note.setText(text)

    def _update_totals(self) -> None:
        count, members, net, equivalent = self.model.totals()
        commodity = self.wizard_.commodity()
        text = (
            self.tr("<b>%1</b> of %2 deliveries · <b>%3</b> members · <b>%4</b> net")
            .replace("%1", group(count))
            .replace("%2", group(self.model.rowCount()))
            .replace("%3", group(members))
            .replace("%4", kg(net))
        )
        if commodity is not None and commodity.uses_quality:
            text += self.tr(" · %1 dry-weight equivalent").replace("%1", kg(equivalent))
        self.totals.setText(text)
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return bool(self.model.chosen())
