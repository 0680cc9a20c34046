"""The sale wizard's first page: the commodity and the sale date."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
)

from koperasi.core.errors import KoperasiError
from koperasi.core.fmt import date_short, fee_text, kg
from koperasi.core.model import Commodity
from koperasi.gui import i18n
from koperasi.gui.kit.dates import DayEdit, qdate
from koperasi.gui.kit.style import ERROR_STYLE
from koperasi.gui.wizards.sale.common import (
    SalePage,
)

if TYPE_CHECKING:
    from koperasi.gui.wizards.sale.wizard import SaleWizard


class CommodityPage(SalePage):
    """Step 1: what is sold and on which day."""

    def __init__(self, wizard: SaleWizard) -> None:
        super().__init__(wizard)
        self.commodity_combo = QComboBox()
        self.commodity_combo.setMinimumWidth(320)
        self.date_edit = DayEdit()  # no maximum: a future date is refused, never clamped
        self.date_edit.setMinimumWidth(160)
        self._today_set = False
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setMinimumHeight(48)
        self.commodity_label = QLabel()
        self.date_label = QLabel()
        self.commodity_label.setBuddy(self.commodity_combo)
        self.date_label.setBuddy(self.date_edit)
        form = QFormLayout()
        form.addRow(self.commodity_label, self.commodity_combo)
        form.addRow(self.date_label, self.date_edit)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addSpacing(12)
        layout.addWidget(self.summary)
        layout.addStretch(1)
        self.commodity_combo.currentIndexChanged.connect(lambda _: self._changed())
        self.date_edit.dateChanged.connect(lambda _: self._changed())

    def retranslate(self) -> None:
        self.setTitle(self.tr("Commodity and sale date"))
        self.setSubTitle(
            self.tr(
                "The sale pools every open delivery of the commodity dated on or before the "
                "sale date."
            )
        )
        self.commodity_label.setText(self.tr("&Commodity"))
        self.date_label.setText(self.tr("Sale &date"))
        self.fill()
        self._show_summary()

    def fill(self) -> None:
        """Fill the commodity list (keeping the choice) once the book has answered."""
        wizard = self.wizard_
        current = self.commodity_combo.currentData()
        self.commodity_combo.blockSignals(True)
        self.commodity_combo.clear()
        for commodity in wizard.commodities:
            rule = fee_text(commodity.fee_kind, commodity.fee_bp, commodity.fee_cents_per_kg)
            self.commodity_combo.addItem(
                self.tr("%1 (fee %2)").replace("%1", commodity.name).replace("%2", rule),
                commodity.name,
            )
        index = self.commodity_combo.findData(current) if current else 0
        self.commodity_combo.setCurrentIndex(max(0, index))
        self.commodity_combo.blockSignals(False)
        if wizard.today is not None and not self._today_set:
            self._today_set = True
            self.date_edit.blockSignals(True)
            self.date_edit.setDate(qdate(wizard.today))
            self.date_edit.blockSignals(False)
        if wizard.commodities:
            self._changed()

    def select(self, name: str) -> None:
        index = self.commodity_combo.findData(name)
        if index >= 0:
            self.commodity_combo.setCurrentIndex(index)

    def commodity(self) -> Commodity | None:
        name = self.commodity_combo.currentData()
        return next((c for c in self.wizard_.commodities if c.name == name), None)

    def future(self) -> bool:
        today = self.wizard_.today
        return today is not None and self.date_edit.day() > today

    def _changed(self) -> None:
        if self.future():
            self.wizard_.pool_key = None
            self.summary.setStyleSheet(ERROR_STYLE)
            self.summary.setText(
                KoperasiError("date.future", date=date_short(self.date_edit.day())).message(
                    i18n.current_language()
                )
            )
        else:
            self.wizard_.load_pool()
        self.completeChanged.emit()

    def pool_loading(self) -> None:
        self.summary.setText(self.tr("Looking for open deliveries…"))
        self.summary.setStyleSheet("")
        self.completeChanged.emit()

    def pool_loaded(self) -> None:
        self._show_summary()
        self.completeChanged.emit()

    def _show_summary(self) -> None:
        wizard = self.wizard_
        if wizard.pool_key is None:
            return
        rows = wizard.pool_rows
        if not rows:
            self.summary.setStyleSheet(ERROR_STYLE)
            self.summary.setText(
                KoperasiError(
                    "sale.no_open_deliveries",
                    commodity=wizard.pool_key[0],
                    date=date_short(wizard.pool_key[1]),
                ).message(i18n.current_language())
            )
            return
        self.summary.setStyleSheet("")
        self.summary.setText(
            self.tr("Ready to be pooled: %1 from %2, %3 net.")
            .replace("%1", self.tr("%n open delivery(s)", "", len(rows)))
            .replace("%2", self.tr("%n member(s)", "", len({m.id for _, m in rows})))
            .replace("%3", kg(sum(d.net_grams for d, _ in rows)))
        )

    def isComplete(self) -> bool:
        wizard = self.wizard_
        return not self.future() and wizard.pool_key is not None and bool(wizard.pool_rows)
