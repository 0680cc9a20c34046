"""A member leaves the cooperative (keluar dari koperasi): date, reason and how the savings
are handed back; the amounts are shown before anything is written, confirmed once more, and
the exit statement and receipt are printed after."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from koperasi.book.leaving import LeavePlan
from koperasi.core.errors import KoperasiError
from koperasi.core.fmt import date_short, rupiah
from koperasi.gui.kit.base_dialog import BookDialog
from koperasi.gui.kit.dates import pydate
from koperasi.gui.kit.forms import fit_labels
from koperasi.gui.kit.messages import confirm
from koperasi.gui.kit.widgets import date_edit, hint_label
from koperasi.gui.worker import BookRunner


class LeaveDialog(BookDialog):
    """Keluar dari koperasi: loans settled from savings, the rest refunded."""

    def __init__(self, runner: BookRunner, member: str, parent: QWidget | None = None) -> None:
        super().__init__(runner, parent)
        self.member = member
        self.plan: LeavePlan | None = None
        self._generation = 0
        self.setMinimumWidth(640)

        self.date_label = QLabel()
        self.date_edit = date_edit()
        self.reason_label = QLabel()
        self.reason_edit = QLineEdit()
        self.refund_label = QLabel()
        self.refund_combo = QComboBox()
        self.amounts = hint_label()
        self.amounts.setTextFormat(Qt.TextFormat.RichText)
        for label, field in (
            (self.date_label, self.date_edit),
            (self.reason_label, self.reason_edit),
            (self.refund_label, self.refund_combo),
        ):
            label.setBuddy(field)
        form = QFormLayout()
        form.addRow(self.date_label, self.date_edit)
        form.addRow(self.reason_label, self.reason_edit)
        form.addRow(self.refund_label, self.refund_combo)
        form.addRow("", self.amounts)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

        self.date_edit.dateChanged.connect(lambda _d: self.load_plan())
        self.refund_combo.currentIndexChanged.connect(lambda _i: self.load_plan())
        self.retranslate()

        def loaded(result) -> None:
            today, default = result
            index = self.refund_combo.findData(default)
            self.refund_combo.setCurrentIndex(max(index, 0))
            self.set_today(today, self.date_edit)
            self.load_plan()

        self.runner.book_op(
            lambda book: (book.today(), book.leaving.default_refund()), loaded, self.fail
        )

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Leave the cooperative: %1").replace("%1", self.member))
        self.date_label.setText(self.tr("&Date of leaving"))
        self.reason_label.setText(self.tr("&Reason"))
        self.refund_label.setText(self.tr("&Savings refunded"))
        refund = self.refund_combo.currentData()
        self.refund_combo.blockSignals(True)
        self.refund_combo.clear()
        self.refund_combo.addItem(self.tr("In cash"), "cash")
        self.refund_combo.addItem(self.tr("By bank transfer"), "transfer")
        self.refund_combo.addItem(self.tr("Kept as a payable (statutes)"), "payable")
        found = self.refund_combo.findData(refund)
        self.refund_combo.setCurrentIndex(max(found, 0))
        self.refund_combo.blockSignals(False)
        self.save_button.setText(self.tr("&Leave and print…"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        fit_labels(self)
        self._show_plan()

    # -- the amounts ----------------------------------------------------------------------

    def load_plan(self) -> None:
        if self.today is None:
            return
        self._generation += 1
        generation = self._generation
        member, day, refund = (
            self.member,
            pydate(self.date_edit.date()),
            self.refund_combo.currentData(),
        )

        def loaded(plan: LeavePlan) -> None:
            if generation == self._generation:
                self.plan = plan
                self.fail_clear()
                self._show_plan()

        def refused(exc: BaseException) -> None:
            if generation == self._generation:
                self.plan = None
                self._show_plan()
                self.fail(exc)

        self.runner.book_op(lambda book: book.leaving.plan(member, day, refund), loaded, refused)

    def fail_clear(self) -> None:
        from koperasi.gui.kit.widgets import show_message

        show_message(self.error, "")

    def summary(self) -> str:
        """The amounts in words a treasurer reads before confirming."""
        p = self.plan
        if p is None:
            return ""
        lines = [
            self.tr("Savings: pokok %1, wajib %2, sukarela %3 = %4")
            .replace("%1", rupiah(p.pokok))
            .replace("%2", rupiah(p.wajib))
            .replace("%3", rupiah(p.sukarela))
            .replace("%4", rupiah(p.savings))
        ]
        for s in p.loans:
            lines.append(
                self.tr("Less %1: principal %2, service %3")
                .replace("%1", s.loan.number)
                .replace("%2", rupiah(s.principal))
                .replace("%3", rupiah(s.service))
            )
        way = {
            "cash": self.tr("Refunded in cash: %1"),
            "transfer": self.tr("Refunded by bank transfer: %1"),
            "payable": self.tr("Owed to the member (payable): %1"),
        }[p.refund]
        lines.append(way.replace("%1", rupiah(max(p.paid, 0))))
        if p.shortfall:
            lines.append(
                self.tr("The savings do not cover the loans: %1 must be repaid first.").replace(
                    "%1", rupiah(p.shortfall)
                )
            )
        return "\n".join(lines)

    def _show_plan(self) -> None:
        text = self.summary()
        # An amount never breaks between "Rp" and its figure.
        self.amounts.setText(text.replace("Rp ", "Rp&nbsp;").replace("\n", "<br>"))
        self.save_button.setEnabled(self.plan is not None and not self.plan.shortfall)

    # -- leaving --------------------------------------------------------------------------

    def save(self) -> None:
        reason = self.reason_edit.text().strip()
        try:
            if not reason:
                raise KoperasiError("exit.reason_required")
            if self.plan is None:
                raise KoperasiError("input.required", field=self.tr("The date"))
        except KoperasiError as exc:
            self.fail(exc)
            return
        plan = self.plan
        question = (
            self.tr("%1 %2 leaves the cooperative on %3.")
            .replace("%1", plan.member.number)
            .replace("%2", plan.member.name)
            .replace("%3", date_short(plan.date))
            + "\n\n"
            + self.summary()
            + "\n\n"
            + self.tr("From that day the member receives no SHU. This cannot be undone. Go on?")
        )
        if not confirm(self, self.tr("Leave the cooperative"), question):
            return
        member, day, refund = self.member, plan.date, plan.refund
        self.submit(
            lambda book: book.leaving.leave(member, day, reason, refund=refund),
            self.tr("Recording the leaving…"),
        )
