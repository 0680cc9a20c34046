"""A commodity of the book: added, or its name, fee, quality factor and use changed."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from koperasi.book import Book
from koperasi.core.errors import KoperasiError
from koperasi.core.model import Commodity
from koperasi.gui import i18n
from koperasi.gui.kit.book_fields import (
    FEE_PER_KG,
    FEE_PERCENT,
    fee_input,
    fee_problem,
    parse_fee,
)
from koperasi.gui.kit.forms import fit_labels
from koperasi.gui.kit.messages import show_error
from koperasi.gui.kit.widgets import error_label, show_message
from koperasi.gui.worker import BookRunner


class CommodityDialog(QDialog):
    """Add a commodity, or change one's name, fee, quality factor and whether it is in use."""

    def __init__(
        self, runner: BookRunner, commodity: Commodity | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.runner = runner
        self.commodity = commodity
        self.saved: Commodity | None = None
        self.name_edit = QLineEdit()
        self.percent_radio = QRadioButton()
        self.per_kg_radio = QRadioButton()
        self.fee_edit = QLineEdit()
        self.fee_edit.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.fee_edit.setMaximumWidth(140)
        self.fee_unit = QLabel()
        self.quality_check = QCheckBox()
        self.active_check = QCheckBox()
        self.active_check.setChecked(True)
        self.active_check.setVisible(commodity is not None)
        self.name_error = error_label()
        self.fee_error = error_label()
        self.labels = [QLabel() for _ in range(3)]
        kinds = QHBoxLayout()
        kinds.addWidget(self.percent_radio)
        kinds.addWidget(self.per_kg_radio)
        kinds.addStretch(1)
        fee_row = QHBoxLayout()
        fee_row.addWidget(self.fee_edit)
        fee_row.addWidget(self.fee_unit)
        fee_row.addStretch(1)
        name_box = QVBoxLayout()
        name_box.addWidget(self.name_edit)
        name_box.addWidget(self.name_error)
        fee_box = QVBoxLayout()
        fee_box.addLayout(kinds)
        fee_box.addLayout(fee_row)
        fee_box.addWidget(self.fee_error)
        form = QFormLayout()
        form.addRow(self.labels[0], name_box)
        form.addRow(self.labels[1], fee_box)
        form.addRow(self.labels[2], self.quality_check)
        form.addRow("", self.active_check)
        self.labels[0].setBuddy(self.name_edit)
        self.labels[1].setBuddy(self.fee_edit)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        if commodity is not None:
            self.name_edit.setText(commodity.name)
            per_kg = commodity.fee_kind == FEE_PER_KG
            value = commodity.fee_cents_per_kg if per_kg else commodity.fee_bp
            self.fee_edit.setText(fee_input(commodity.fee_kind, value))
            self.quality_check.setChecked(commodity.uses_quality)
            self.active_check.setChecked(commodity.active)
            (self.per_kg_radio if per_kg else self.percent_radio).setChecked(True)
        else:
            self.percent_radio.setChecked(True)
        for signal in (
            self.name_edit.textChanged,
            self.fee_edit.textChanged,
            self.percent_radio.toggled,
        ):
            signal.connect(lambda *_: self.validate())
        self.setMinimumWidth(460)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(
            self.tr("Edit commodity %1").replace("%1", self.commodity.name)
            if self.commodity
            else self.tr("New commodity")
        )
        self.labels[0].setText(self.tr("&Name"))
        self.labels[1].setText(self.tr("Service &fee"))
        self.labels[2].setText(self.tr("Quality factor"))
        self.name_edit.setPlaceholderText(self.tr("e.g. Kopi, Gabah, Kakao"))
        self.percent_radio.setText(self.tr("% of the gross"))
        self.per_kg_radio.setText(self.tr("Rp per kg sold"))
        self.quality_check.setText(self.tr("Deliveries have a quality factor (such as KKK)"))
        self.active_check.setText(self.tr("In use (inactive commodities take no new deliveries)"))
        fit_labels(self)
        self.validate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def kind(self) -> str:
        return FEE_PER_KG if self.per_kg_radio.isChecked() else FEE_PERCENT

    def validate(self) -> bool:
        self.fee_unit.setText("Rp/kg" if self.kind() == FEE_PER_KG else "%")
        name_ok = bool(self.name_edit.text().strip())
        show_message(
            self.name_error,
            ""
            if name_ok or not self.name_edit.isModified()
            else KoperasiError("commodity.name_required").message(i18n.current_language()),
        )
        problem = fee_problem(self.kind(), self.fee_edit.text())
        show_message(self.fee_error, problem)
        fee_ok = not problem
        ok = name_ok and fee_ok
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(ok)
        return ok

    def save(self) -> None:
        if not self.validate():
            return
        name = " ".join(self.name_edit.text().split())
        kind, quality = self.kind(), self.quality_check.isChecked()
        value = parse_fee(kind, self.fee_edit.text() or "0")
        fee = {"fee_bp": value} if kind == FEE_PERCENT else {"fee_cents_per_kg": value}
        old = self.commodity
        active = self.active_check.isChecked()

        def op(book: Book) -> Commodity:
            if old is None:
                return book.commodities.add(name, uses_quality=quality, **fee)
            return book.commodities.edit(
                old.name,
                new_name=name if name != old.name else None,
                uses_quality=quality,
                active=active,
                **fee,
            )

        def done(commodity: Commodity) -> None:
            self.saved = commodity
            self.accept()

        def failed(exc: BaseException) -> None:
            code = getattr(exc, "code", "")
            if code.startswith("commodity.name") or code == "commodity.exists":
                show_message(self.name_error, exc.message(i18n.current_language()))
            elif code == "commodity.bad_fee":
                show_message(self.fee_error, exc.message(i18n.current_language()))
            else:
                show_error(self, exc)

        self.runner.book_op(op, done, failed)
