"""Issue 11, point 5 and 6 for dialogs: every dialog a treasurer meets fits an office
screen (1024x768 and 1366x768, a taskbar taking 40 pixels) with all its buttons visible,
and its Alt+letter keys are its own. The sections, the print preview and the sale wizard
are walked in test_fit_and_keys.py; these are the dialogs the screens open."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from koperasi.gui.kit import fit
from tests.gui.conftest import settle
from tests.gui.test_fit_and_keys import SCREENS, clipped_buttons, duplicates


def dialogs(qtbot, window, runner):
    """Every dialog of the screens, opened the way the screens open them."""
    yield "MemberDialog", window.members.start_new()
    yield "SavingsDialog", window.savings_loans.deposit()
    yield "LoanDialog", window.savings_loans.grant_loan()
    yield "RepayDialog", window.savings_loans.repay()
    yield "CashEntryDialog (expense)", window.cash.record("expense")
    yield "CashEntryDialog (income)", window.cash.record("income")
    yield "TransferDialog", window.cash.transfer()
    window.go(1)
    settle(qtbot, runner)
    members = window.members
    members.table.selectRow(0)
    members.open_member()
    yield "MemberPage", members.member_page


@pytest.mark.parametrize(("width", "height"), SCREENS)
def test_every_dialog_fits_and_keeps_its_buttons_visible(
    qtbot, window, runner, monkeypatch, width, height
):
    monkeypatch.setattr(fit, "available_size", lambda widget: (width, height))
    window.resize(width, height)
    window.go(0)
    settle(qtbot, runner)
    seen, problems = [], {}
    for name, dialog in dialogs(qtbot, window, runner):
        settle(qtbot, runner)
        QApplication.processEvents()
        assert dialog is not None and dialog.isVisible(), name
        seen.append(name)
        found = []
        # What the screen allows: the dialog may not ask for more than is there.
        hint = dialog.minimumSizeHint()
        if hint.width() > width or hint.height() > height - fit.FRAME:
            found.append(f"needs at least {hint.width()}x{hint.height()}")
        if dialog.width() > width or dialog.height() > height - fit.FRAME:
            found.append(f"opens at {dialog.width()}x{dialog.height()}")
        found += clipped_buttons(dialog)
        found += [f"Alt+{k}: {v}" for k, v in duplicates(dialog).items()]
        if found:
            problems[name] = found
        dialog.reject()
    assert len(seen) == 8
    assert problems == {}, "\n".join(f"{k}: {v}" for k, v in problems.items())
