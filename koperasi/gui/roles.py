"""What the window offers each role: write buttons the logged-in user may not use are disabled,
with a tooltip saying why (the book refuses such writes anyway, koperasi.core.roles).

The screens keep enabling and disabling their buttons as rows are chosen; a guarded button's
setEnabled is wrapped so that whatever the screen asks for is ANDed with the role's
permission, and the screen's own wish comes back when the role changes.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject

from koperasi.core.roles import may

# Screen (MainWindow attribute) → its write buttons and the named operation each runs.
WRITE_BUTTONS: dict[str, dict[str, str]] = {
    "members": {
        "add_button": "member.add",
        "edit_button": "member.edit",
        "deactivate_button": "member.deactivate",
    },
    "deliveries": {
        "save_button": "delivery.record",
        "correct_button": "delivery.correct",
        "void_button": "delivery.void",
    },
    "sales": {"new_button": "sale.settle"},
    "payouts": {"pay_button": "payout.pay"},
    "savings_loans": {
        "settings_button": "savings.configure",
        "deposit_button": "savings.deposit",
        "withdraw_button": "savings.withdraw",
        "loan_button": "loan.grant",
        "repay_button": "loan.repay",
    },
    "cash": {
        "income_button": "cash.income",
        "expense_button": "cash.expense",
        "transfer_button": "cash.transfer",
        "void_button": "cash.void",
    },
    "closing_shu": {
        "close_button": "closing.close",
        "save_split_button": "shu.set_split",
        "post_button": "shu.post",
        "pay_cash_button": "shu.pay",
        "pay_savings_button": "shu.pay",
    },
    "settings_page": {
        "save_profile_button": "book.update_profile",
        "save_prefix_button": "book.update_profile",
        "choose_logo_button": "book.update_profile",
        "remove_logo_button": "book.update_profile",
        "add_commodity_button": "commodity.add",
        "edit_commodity_button": "commodity.edit",
    },
}

# Issue 14 (i14gui): the Aset & penyesuaian screen.
WRITE_BUTTONS["accounting"] = {
    "add_asset_button": "asset.add",
    "depreciate_button": "asset.depreciate",
    "dispose_button": "asset.dispose",
    "reverse_button": "asset.dispose_reverse",
    "post_allowance_button": "allowance.post",
    "post_accrual_button": "loan.accrue",
    "add_account_button": "account.add",
}

# Menu actions (MainWindow attributes) that start a write.
WRITE_ACTIONS: dict[str, str] = {
    "delivery_action": "delivery.record",
    "sale_action": "sale.settle",
    "payout_action": "payout.pay",
    "member_action": "member.add",
    "deposit_action": "savings.deposit",
    "loan_action": "loan.grant",
    "repay_action": "loan.repay",
    "expense_action": "cash.expense",
    "moving_in_action": "moving_in.import",
}


def role_name(role: str | None) -> str:
    """A role as the window names it (the Indonesian word is the role's own name)."""
    names = {
        "bendahara": QCoreApplication.translate("Roles", "treasurer"),
        "ketua": QCoreApplication.translate("Roles", "chair"),
        "pengawas": QCoreApplication.translate("Roles", "supervisor"),
        "petugas": QCoreApplication.translate("Roles", "weighing clerk"),
    }
    return names.get(role or "", role or "")


def refusal_tip(role: str) -> str:
    """Why a button is disabled for this role, in one sentence."""
    if role == "pengawas":
        text = QCoreApplication.translate(
            "Roles", "You are logged in as %1: a supervisor may read, not write."
        )
    else:
        text = QCoreApplication.translate("Roles", "Your role (%1) may not do this.")
    return text.replace("%1", role_name(role))


class RoleGate:
    """Buttons and actions guarded by the logged-in user's role (None: no users, all allowed)."""

    def __init__(self) -> None:
        self.role: str | None = None
        self._guarded: list[tuple[QObject, str, object, list[bool], list[str]]] = []

    def guard(self, widget: QObject, operation: str) -> None:
        """Wrap widget.setEnabled so the role's permission always has the last word."""
        original = widget.setEnabled
        wanted = [widget.isEnabled()]
        tip = [widget.toolTip()]

        def set_enabled(on: bool) -> None:
            wanted[0] = bool(on)
            original(bool(on) and self.allows(operation))

        widget.setEnabled = set_enabled  # type: ignore[method-assign]
        self._guarded.append((widget, operation, original, wanted, tip))

    def allows(self, operation: str) -> bool:
        return self.role is None or may(self.role, operation)

    def set_role(self, role: str | None) -> None:
        self.role = role
        for widget, operation, original, wanted, tip in self._guarded:
            allowed = self.allows(operation)
            original(wanted[0] and allowed)  # type: ignore[operator]
            widget.setToolTip(tip[0] if allowed else refusal_tip(role or ""))

    def refused(self) -> list[QObject]:
        """The guarded widgets the current role may not use (tests read it)."""
        return [w for w, operation, *_ in self._guarded if not self.allows(operation)]
