"""The sale wizard's terms page: the buyer, the weight sold, the price and the costs, with the
settlement the book computes shown live."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, Qt, QTimer
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QCompleter,
    QFormLayout,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from koperasi.book.sales import SaleInput, SalePreview
from koperasi.core import accounts as acc
from koperasi.core.errors import KoperasiError
from koperasi.core.fmt import fee_text, kg, percent, price, rupiah
from koperasi.core.model import SaleCost
from koperasi.core.numbers import parse_kg, parse_percent, parse_price, parse_rupiah
from koperasi.core.settlement import shrinkage_bp
from koperasi.gui.kit.messages import error_text
from koperasi.gui.kit.style import ERROR_STYLE, HINT_STYLE
from koperasi.gui.models.share_table_model import COL_NAME as SHARE_COL_NAME
from koperasi.gui.models.share_table_model import ShareTableModel
from koperasi.gui.wizards.sale.common import (
    PREVIEW_DEBOUNCE_MS,
    SalePage,
    fit_columns,
    stacked,
    table,
)
from koperasi.reports.screens.sale_shares import SaleShares, sale_shares

if TYPE_CHECKING:
    from koperasi.gui.wizards.sale.wizard import SaleWizard


class TermsPage(SalePage):
    """Step 3: the buyer's terms, and the book's live preview of the settlement."""

    ACCOUNTS = (acc.CASH, acc.BANK, acc.BUYER_RECEIVABLE)

    def __init__(self, wizard: SaleWizard) -> None:
        super().__init__(wizard)
        self._generation = 0
        self._waiting = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(PREVIEW_DEBOUNCE_MS)
        self._timer.timeout.connect(self.request_preview)

        # -- the terms --------------------------------------------------------------
        self.buyer_edit = QLineEdit()
        self.sold_edit = QLineEdit()
        self.sold_hint = QLabel()
        self.price_mode = QComboBox()
        self.price_edit = QLineEdit()
        self.price_hint = QLabel()
        self.fee_mode = QComboBox()
        self.fee_edit = QLineEdit()
        self.account_combo = QComboBox()
        for hint in (self.sold_hint, self.price_hint):
            hint.setStyleSheet(HINT_STYLE)
        for edit in (self.sold_edit, self.price_edit, self.fee_edit):
            edit.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.costs = QTableWidget(0, 2)
        self.costs.verticalHeader().hide()
        self.costs.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.costs.horizontalHeader().setSectionResizeMode(
            1, QHeaderView.ResizeMode.ResizeToContents
        )
        self.costs.setMinimumHeight(110)
        self.costs.setMaximumHeight(220)
        self.add_cost_button = QPushButton()
        self.remove_cost_button = QPushButton()
        self.labels = [QLabel() for _ in range(6)]
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.labels[0], self.buyer_edit)
        form.addRow(self.labels[1], stacked(self.sold_edit, self.sold_hint))
        price_row = QHBoxLayout()
        price_row.addWidget(self.price_mode)
        price_row.addWidget(self.price_edit, 1)
        form.addRow(self.labels[2], stacked(price_row, self.price_hint))
        fee_row = QHBoxLayout()
        fee_row.addWidget(self.fee_mode, 1)
        fee_row.addWidget(self.fee_edit)
        self.fee_edit.setMaximumWidth(90)
        form.addRow(self.labels[3], fee_row)
        form.addRow(self.labels[4], self.account_combo)
        cost_buttons = QHBoxLayout()
        cost_buttons.addWidget(self.add_cost_button)
        cost_buttons.addWidget(self.remove_cost_button)
        cost_buttons.addStretch(1)
        costs_box = QVBoxLayout()
        costs_box.addWidget(self.costs)
        costs_box.addLayout(cost_buttons)
        form.addRow(self.labels[5], costs_box)
        for label, field in zip(
            self.labels,
            (
                self.buyer_edit,
                self.sold_edit,
                self.price_edit,
                self.fee_mode,
                self.account_combo,
                self.costs,
            ),
            strict=True,
        ):
            label.setBuddy(field)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(form)
        # Sold above pooled (negative shrinkage) is never accepted without a word (issue 10).
        self.oversold_check = QCheckBox()
        self.oversold_check.hide()
        left_layout.addWidget(self.oversold_check)
        left_layout.addStretch(1)
        # narrow enough that the preview's figures keep their labels at 1024 px
        left.setFixedWidth(370)

        # -- the preview ------------------------------------------------------------
        self.preview_box = QGroupBox()
        self.figure_labels = [QLabel() for _ in range(7)]
        self.figures = [QLabel() for _ in range(7)]
        grid = QGridLayout()
        grid.setHorizontalSpacing(18)
        for row, (label, value) in enumerate(zip(self.figure_labels, self.figures, strict=True)):
            value.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            grid.addWidget(label, row if row < 4 else row - 4, 0 if row < 4 else 2)
            grid.addWidget(value, row if row < 4 else row - 4, 1 if row < 4 else 3)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)
        line = QFrame()
        line.setFrameShape(QFrame.Shape.VLine)
        line.setFrameShadow(QFrame.Shadow.Sunken)
        net_font = QFont()
        net_font.setBold(True)
        net_font.setPointSizeF(net_font.pointSizeF() * 1.15)
        self.figures[3].setFont(net_font)
        self.figure_labels[3].setFont(net_font)
        for label in self.figure_labels:
            label.setWordWrap(True)  # wraps rather than being cut at 1024 px
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setMinimumHeight(36)
        self.message.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.shares_model = ShareTableModel(show_status=False, parent=self)
        self.shares_table = table(self.shares_model)
        fit_columns(self.shares_table, SHARE_COL_NAME)
        box = QVBoxLayout(self.preview_box)
        box.addLayout(grid)
        box.addWidget(self.message)
        box.addWidget(self.shares_table, 1)

        layout = QHBoxLayout(self)
        layout.addWidget(left)
        layout.addWidget(self.preview_box, 1)

        for edit in (self.buyer_edit, self.sold_edit, self.price_edit, self.fee_edit):
            edit.textChanged.connect(self.changed)
        for combo in (self.price_mode, self.fee_mode, self.account_combo):
            combo.currentIndexChanged.connect(self.changed)
        self.fee_mode.currentIndexChanged.connect(self._fee_mode_changed)
        self.costs.itemChanged.connect(self.changed)
        self.oversold_check.toggled.connect(self.changed)
        self.add_cost_button.clicked.connect(lambda: self.add_cost_row())
        self.remove_cost_button.clicked.connect(self.remove_cost_row)
        self.add_cost_row()
        self._fee_mode_changed()
        self._show_result(None)

    # -- texts -------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.setTitle(self.tr("Buyer, price and costs"))
        self.setSubTitle(
            self.tr(
                "The preview on the right is computed by the book exactly as settling will "
                "compute it. Nothing is saved yet."
            )
        )
        for label, text in zip(
            self.labels,
            (
                self.tr("&Buyer"),
                self.tr("&Sold weight (kg)"),
                self.tr("&Price"),
                self.tr("Cooperative &fee"),
                self.tr("&Money received into"),
                self.tr("Sale c&osts"),
            ),
            strict=True,
        ):
            label.setText(text)
        self.buyer_edit.setPlaceholderText(self.tr("e.g. PT Remco Jambi"))
        self.sold_edit.setPlaceholderText(self.tr("as weighed by the buyer, e.g. 1.250,5"))
        self.oversold_check.setText(
            self.tr("The buyer really weighed more than was pooled (negative shrinkage)")
        )
        self._set_items(self.price_mode, [self.tr("Price per kg"), self.tr("Agreed total")])
        self.price_edit.setPlaceholderText(
            self.tr("e.g. 12.500") if self.price_mode.currentIndex() == 0 else self.tr("rupiah")
        )
        commodity = self.wizard_.commodity()
        default = (
            fee_text(commodity.fee_kind, commodity.fee_bp, commodity.fee_cents_per_kg)
            if commodity
            else ""
        )
        self._set_items(
            self.fee_mode,
            [
                self.tr("Commodity default: %1").replace("%1", default),
                self.tr("Percent of gross (%)"),
                self.tr("Rupiah per kg sold"),
            ],
        )
        self._set_items(
            self.account_combo,
            [self.tr("Cash (Kas)"), self.tr("Bank"), self.tr("Buyer still owes it (receivable)")],
        )
        self.costs.setHorizontalHeaderLabels([self.tr("Cost"), self.tr("Amount (Rp)")])
        self.add_cost_button.setText(self.tr("&Add cost"))
        self.remove_cost_button.setText(self.tr("&Remove cost"))
        self.preview_box.setTitle(self.tr("Preview"))
        for label, text in zip(
            self.figure_labels,
            (
                self.tr("Gross"),
                self.tr("Cooperative fee"),
                self.tr("Costs"),
                self.tr("Net to members"),
                self.tr("Pooled weight"),
                self.tr("Sold weight"),
                self.tr("Shrinkage"),
            ),
            strict=True,
        ):
            label.setText(text)
        self.shares_model.retranslate()
        self._update_hints()
        self._show_result(self.wizard_.preview, keep_message=True)

    @staticmethod
    def _set_items(combo: QComboBox, texts: list[str]) -> None:
        current = combo.currentIndex()
        combo.blockSignals(True)
        combo.clear()
        combo.addItems(texts)
        combo.setCurrentIndex(max(0, current))
        combo.blockSignals(False)

    def set_buyers(self, buyers: list[str]) -> None:
        completer = QCompleter(buyers, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.buyer_edit.setCompleter(completer)

    # -- costs -------------------------------------------------------------------------

    def add_cost_row(self, label: str = "", amount: str = "") -> int:
        self.costs.blockSignals(True)
        row = self.costs.rowCount()
        self.costs.insertRow(row)
        self.costs.setItem(row, 0, QTableWidgetItem(label))
        amount_item = QTableWidgetItem(amount)
        amount_item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.costs.setItem(row, 1, amount_item)
        self.costs.blockSignals(False)
        if label or amount:
            self.changed()
        return row

    def remove_cost_row(self) -> None:
        row = self.costs.currentRow()
        if row < 0:
            row = self.costs.rowCount() - 1
        if row >= 0:
            self.costs.removeRow(row)
            self.changed()

    def cost_lines(self) -> tuple[SaleCost, ...]:
        """The cost rows, ignoring empty ones; a half-filled row is refused with a sentence."""
        lines = []
        for row in range(self.costs.rowCount()):
            label_item, amount_item = self.costs.item(row, 0), self.costs.item(row, 1)
            label = (label_item.text() if label_item else "").strip()
            amount = (amount_item.text() if amount_item else "").strip()
            if not label and not amount:
                continue
            if not label:
                raise KoperasiError("input.required", field=self.tr("The cost's description"))
            if not amount:
                raise KoperasiError(
                    "input.required", field=self.tr("The amount of %1").replace("%1", label)
                )
            lines.append(SaleCost(label, parse_rupiah(amount), acc.CASH))
        return tuple(lines)

    # -- the sale the treasurer describes ------------------------------------------------

    def has_input(self) -> bool:
        return any(
            edit.text().strip() for edit in (self.buyer_edit, self.sold_edit, self.price_edit)
        )

    def sale_input(self) -> SaleInput:
        """The SaleInput for what is typed; parsing refusals come back as KoperasiErrors."""
        wizard = self.wizard_
        commodity = wizard.commodity()
        assert commodity is not None
        sold = self.sold_edit.text().strip()
        if not sold:
            raise KoperasiError("input.required", field=self.tr("The sold weight"))
        sold_grams = parse_kg(sold)
        amount = self.price_edit.text().strip()
        if not amount:
            raise KoperasiError(
                "input.required",
                field=self.tr("The price per kg")
                if self.price_mode.currentIndex() == 0
                else self.tr("The agreed total"),
            )
        price_cents = agreed_total = None
        if self.price_mode.currentIndex() == 0:
            price_cents = parse_price(amount)
        else:
            agreed_total = parse_rupiah(amount)
        fee_bp = fee_cents_per_kg = None
        fee = self.fee_edit.text().strip()
        if self.fee_mode.currentIndex() == 1:
            if not fee:
                raise KoperasiError("input.required", field=self.tr("The fee percentage"))
            fee_bp = parse_percent(fee)
        elif self.fee_mode.currentIndex() == 2:
            if not fee:
                raise KoperasiError("input.required", field=self.tr("The fee per kg"))
            fee_cents_per_kg = parse_price(fee)
        return SaleInput(
            commodity=commodity.name,
            date=wizard.sale_date(),
            buyer=self.buyer_edit.text().strip(),
            sold_grams=sold_grams,
            price_cents=price_cents,
            agreed_total=agreed_total,
            costs=self.cost_lines(),
            fee_bp=fee_bp,
            fee_cents_per_kg=fee_cents_per_kg,
            received_into=self.ACCOUNTS[max(0, self.account_combo.currentIndex())],
            include=wizard.pool_page.model.chosen_receipts(),
            oversold_confirmed=self.oversold_check.isChecked(),
            traceable_only=wizard.pool_page.traceable_check.isChecked(),
        )

    def _fee_mode_changed(self) -> None:
        overriding = self.fee_mode.currentIndex() > 0
        self.fee_edit.setEnabled(overriding)
        self.fee_edit.setPlaceholderText(
            "" if not overriding else ("2,5" if self.fee_mode.currentIndex() == 1 else "25")
        )

    def _update_hints(self) -> None:
        """Say back how the typed numbers were read, so '1.250' cannot be misread silently."""
        try:
            text = self.sold_edit.text().strip()
            self.sold_hint.setText(f"= {kg(parse_kg(text))}" if text else "")
        except KoperasiError:
            self.sold_hint.setText("")
        try:
            text = self.price_edit.text().strip()
            if not text:
                self.price_hint.setText("")
            elif self.price_mode.currentIndex() == 0:
                self.price_hint.setText(f"= {price(parse_price(text))} / kg")
            else:
                self.price_hint.setText(f"= {rupiah(parse_rupiah(text))}")
        except KoperasiError:
            self.price_hint.setText("")

    # -- the live preview ----------------------------------------------------------------

    def initializePage(self) -> None:
        self.retranslate()
        self.changed()

    def changed(self, *_args) -> None:
        """Something was typed: ask the book again once the typing pauses."""
        self._generation += 1
        self._waiting = True
        self._update_hints()
        self.price_edit.setPlaceholderText(
            self.tr("e.g. 12.500") if self.price_mode.currentIndex() == 0 else self.tr("rupiah")
        )
        self.completeChanged.emit()
        self._timer.start()

    def request_preview(self) -> None:
        self._timer.stop()
        generation = self._generation
        wizard = self.wizard_
        if wizard.commodity() is None:
            return
        try:
            sale = self.sale_input()
        except KoperasiError as exc:
            self._refused(exc)
            return

        def done(result: SaleShares) -> None:
            if generation != self._generation or wizard.closed:
                return
            wizard.sale_input = sale
            wizard.preview, wizard.shares = result.preview, list(result.shares)
            self._waiting = False
            self._show_result(wizard.preview)
            self.completeChanged.emit()

        def failed(exc: BaseException) -> None:
            if generation != self._generation or wizard.closed:
                return
            self._refused(exc)

        self.message.setStyleSheet(HINT_STYLE)
        self.message.setText(self.tr("Computing…"))
        self.runner.book_op(lambda book: sale_shares(book, sale), done, failed)

    def stop(self) -> None:
        """Forget any preview on its way (the wizard is closing)."""
        self._timer.stop()
        self._generation += 1

    def _refused(self, exc: BaseException) -> None:
        wizard = self.wizard_
        wizard.sale_input = None
        wizard.preview = None
        wizard.shares = []
        self._waiting = False
        self._show_result(None)
        self.message.setStyleSheet(ERROR_STYLE)
        self.message.setText(error_text(exc))
        self.completeChanged.emit()

    def _show_result(self, preview: SalePreview | None, keep_message: bool = False) -> None:
        if preview is None:
            for value in self.figures:
                value.setText("—")
            self.shares_model.set_rows([])
            if not keep_message:
                self.message.setText("")
            return
        s = preview.settlement
        rule = fee_text(preview.fee_rule.kind, preview.fee_rule.bp, preview.fee_rule.cents_per_kg)
        self.figure_labels[1].setText(self.tr("Cooperative fee (%1)").replace("%1", rule))
        self.figures[0].setText(rupiah(s.gross))
        self.figures[1].setText(rupiah(s.fee))
        self.figures[2].setText(rupiah(s.costs))
        self.figures[3].setText(rupiah(s.net))
        self.figures[4].setText(kg(s.pooled_grams))
        self.figures[5].setText(kg(s.sold_grams))
        self.figures[6].setText(
            f"{kg(s.shrinkage_grams)} ({percent(shrinkage_bp(s.pooled_grams, s.shrinkage_grams))})"
        )
        self.shares_model.set_rows(self.wizard_.shares)
        oversold = s.shrinkage_grams < 0
        self.oversold_check.setVisible(oversold)
        if oversold and not self.oversold_check.isChecked():
            self.message.setStyleSheet(ERROR_STYLE)
            self.message.setText(
                self.tr(
                    "The buyer paid for %1 more than was pooled (negative shrinkage): check the "
                    "weights, or tick the box to confirm it."
                ).replace("%1", kg(-s.shrinkage_grams))
            )
            self.completeChanged.emit()
            return
        self.message.setStyleSheet(HINT_STYLE)
        self.message.setText(
            self.tr("%1 from %2 share the net in proportion to their weight%3.")
            .replace("%1", self.tr("%n delivery(s)", "", len(preview.pool)))
            .replace("%2", self.tr("%n member(s)", "", len(s.shares)))
            .replace(
                "%3",
                self.tr(" × quality") if preview.commodity.uses_quality else "",
            )
        )

    def isComplete(self) -> bool:
        preview = self.wizard_.preview
        oversold = preview is not None and preview.settlement.shrinkage_grams < 0
        if oversold and not self.oversold_check.isChecked():
            return False  # sold above pooled goes on only once confirmed
        return not self._waiting and preview is not None

    def validatePage(self) -> bool:
        """On to the confirmation only with the preview of exactly what is typed: a cost
        cell still being edited is committed first, and if that changes the sale, the
        preview is computed again and the page stays."""
        if self.costs.state() == QAbstractItemView.State.EditingState:
            self.costs.setCurrentIndex(QModelIndex())  # commits the open editor
        try:
            typed = self.sale_input()
        except KoperasiError as exc:
            self._refused(exc)
            return False
        if self._waiting or typed != self.wizard_.sale_input:
            self.changed()
            return False
        return True
