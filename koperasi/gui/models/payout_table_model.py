"""The payout screen's shares: each member's share, what the rules deduct from it (wajib,
kasbon, loan installment) and what is paid out, from Payouts.preview before paying and from
the payout itself after. A deduction the share could not cover in full shows in orange,
its tooltip telling what stays owed."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont

from koperasi.core.fmt import rupiah
from koperasi.gui.kit.style import OWED, RIGHT, TOTAL_BACKGROUND
from koperasi.gui.models.share_table_model import MUTED_COLOR, ShareTableModel

COL_WAJIB, COL_KASBON, COL_PINJAMAN, COL_TO_PAY = range(6, 10)
DEDUCTION_COLUMNS = {COL_WAJIB: "wajib", COL_KASBON: "kasbon", COL_PINJAMAN: "pinjaman"}


class PayoutTableModel(ShareTableModel):
    """A ShareTableModel with the deductions and the net paid of each share.

    Attributes:
      previews: {member id: PayoutPreview} of the unpaid shares on the payment date.
      paid_deductions: {payout id: [PlannedDeduction]} of the shares already paid.
    """

    def __init__(self, checkable: bool = False, parent=None) -> None:
        super().__init__(checkable=checkable, show_status=True, show_total=True, parent=parent)
        self.previews: dict = {}
        self.paid_deductions: dict = {}

    def set_shares(
        self, rows, previews: dict, paid_deductions: dict, keep_checks: bool = False
    ) -> None:
        """The shares with their deductions (see the attributes), in one reset."""
        self.previews = dict(previews)
        self.paid_deductions = dict(paid_deductions)
        self.set_rows(rows, keep_checks=keep_checks)

    # -- figures -----------------------------------------------------------------------

    def deductions(self, status) -> list | None:
        """The share's deductions (planned or made), None while its preview is not known."""
        if status.payout is not None:
            return self.paid_deductions.get(status.payout.id, [])
        preview = self.previews.get(status.member.id)
        return None if preview is None else list(preview.deductions)

    def deducted(self, status, kind: str) -> int:
        return sum(d.amount for d in self.deductions(status) or () if d.kind == kind)

    def owed(self, status, kind: str) -> int:
        """Due of that kind (arrears included) that the share could not cover."""
        return sum(d.due - d.amount for d in self.deductions(status) or () if d.kind == kind)

    def to_pay(self, status) -> int | None:
        if status.payout is not None:
            return status.payout.paid
        preview = self.previews.get(status.member.id)
        return None if preview is None else preview.paid

    def column_total(self, kind: str) -> int:
        return sum(self.deducted(s, kind) for s in self.rows)

    def has(self, kind: str) -> bool:
        """Whether any share of the sale deducts (or owes) something of that kind."""
        return any(d.kind == kind for s in self.rows for d in self.deductions(s) or ())

    def has_deductions(self) -> bool:
        return any(self.has(kind) for kind in DEDUCTION_COLUMNS.values())

    def checked_deducted(self) -> int:
        return sum(
            sum(d.amount for d in self.deductions(s) or ())
            for s in self.rows
            if s.member.number in self.checked
        )

    def checked_to_pay(self) -> int:
        """What the ticked shares pay out in cash after their deductions."""
        total = 0
        for s in self.rows:
            if s.member.number in self.checked:
                paid = self.to_pay(s)
                total += s.share if paid is None else paid
        return total

    # -- Qt model API ----------------------------------------------------------------

    def columnCount(self, parent=None) -> int:
        return 0 if parent is not None and parent.isValid() else 10

    def columns(self) -> list[str]:
        return [
            *super().columns(),
            QCoreApplication.translate("PayoutTableModel", "Wajib"),
            QCoreApplication.translate("PayoutTableModel", "Kasbon"),
            QCoreApplication.translate("PayoutTableModel", "Loan"),
            QCoreApplication.translate("PayoutTableModel", "Paid out"),
        ]

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.TextAlignmentRole
            and section >= COL_WAJIB
        ):
            return RIGHT
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.ToolTipRole
            and section >= COL_WAJIB
        ):
            return QCoreApplication.translate(
                "PayoutTableModel",
                "Deducted from the share in this order: wajib in arrears, kasbon, loan "
                "installments due; each as far as the share goes.",
            )
        return super().headerData(section, orientation, role)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.column() < COL_WAJIB:
            return super().data(index, role)
        column = index.column()
        if self.is_total_row(index.row()):
            return self._total_extra(column, role)
        status = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            if column == COL_TO_PAY:
                paid = self.to_pay(status)
                return "…" if paid is None else rupiah(paid)
            if self.deductions(status) is None:
                return "…"
            kind = DEDUCTION_COLUMNS[column]
            amount = self.deducted(status, kind)
            if amount:
                return rupiah(amount)
            return rupiah(0) if self.owed(status, kind) else "–"
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return RIGHT
        if role == Qt.ItemDataRole.FontRole and column == COL_TO_PAY:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ForegroundRole:
            if column in DEDUCTION_COLUMNS and self.owed(status, DEDUCTION_COLUMNS[column]):
                return OWED
            if self.checkable and status.payout is not None:
                return MUTED_COLOR
        if role == Qt.ItemDataRole.ToolTipRole and column in DEDUCTION_COLUMNS:
            return self._tooltip(status, DEDUCTION_COLUMNS[column])
        return None

    def _tooltip(self, status, kind: str) -> str | None:
        lines = []
        for d in self.deductions(status) or ():
            if d.kind != kind:
                continue
            text = (
                QCoreApplication.translate("PayoutTableModel", "Due %1, deducted %2")
                .replace("%1", rupiah(d.due))
                .replace("%2", rupiah(d.amount))
            )
            if d.loan_number:
                text = f"{d.loan_number}: {text}"
            if d.amount and d.kind == "pinjaman":
                text += " " + (
                    QCoreApplication.translate("PayoutTableModel", "(principal %1, service %2)")
                    .replace("%1", rupiah(d.principal))
                    .replace("%2", rupiah(d.service))
                )
            if d.due > d.amount:
                text += "; " + QCoreApplication.translate(
                    "PayoutTableModel", "%1 stays owed"
                ).replace("%1", rupiah(d.due - d.amount))
            if d.receipt:
                text += " · " + d.receipt
            lines.append(text)
        return "\n".join(lines) or None

    def _total_extra(self, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            if column == COL_TO_PAY:
                known = [self.to_pay(s) for s in self.rows]
                return "…" if None in known else rupiah(sum(known))
            return rupiah(self.column_total(DEDUCTION_COLUMNS[column]))
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.BackgroundRole:
            return TOTAL_BACKGROUND
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return RIGHT
        return None
