"""Screenshots at 1024x768 (a 728-pixel work area under the taskbar) of the weighing form,
the sale wizard's terms and confirmation, and the print preview.

    KOPERASI_SCREENSHOTS=1 QT_QPA_PLATFORM=offscreen .venv/bin/python -m pytest \
        tests/gui/test_screenshots_1024.py -m slow

writes them into docs/screenshots; otherwise into a temporary folder.
"""

import os
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWizard

from koperasi.gui.kit import fit
from tests.gui.conftest import settle
from tests.gui.test_sales_page import add_rubber, open_wizard

DOCS = Path(__file__).resolve().parents[2] / "docs" / "screenshots"


@pytest.mark.slow
def test_screenshots_at_1024x768(qtbot, window, runner, monkeypatch, tmp_path):
    OUT = DOCS if os.environ.get("KOPERASI_SCREENSHOTS") == "1" else tmp_path
    monkeypatch.setattr(fit, "available_size", lambda widget: (1024, 728))
    window.resize(1024, 728)
    window.go(2, "new")
    settle(qtbot, runner)
    page = window.deliveries
    form = page.form
    qtbot.waitUntil(lambda: form.member_model.rowCount() == 3, timeout=3000)
    form.date_edit.setFocus()
    form.date_edit.setSelectedSection(form.date_edit.Section.DaySection)
    qtbot.keyClicks(form.date_edit, "25/11/2026")
    qtbot.keyClicks(form.member_edit, "budi")
    qtbot.keyClick(form.member_edit, Qt.Key.Key_Return)
    qtbot.keyClicks(form.gross_edit, "1.250")
    qtbot.keyClicks(form.quality_edit, "60")
    QApplication.processEvents()
    qtbot.wait(100)
    window.grab().save(str(OUT / "weighing-1024x768.png"))

    add_rubber(runner)
    wizard = open_wizard(qtbot, window, runner)
    wizard.commodity_page.select("Karet")
    qtbot.waitUntil(wizard.commodity_page.isComplete, timeout=5000)
    wizard.next()
    wizard.next()
    terms = wizard.terms_page
    qtbot.keyClicks(terms.buyer_edit, "PT Remco Jambi")
    qtbot.keyClicks(terms.sold_edit, "138,5")
    qtbot.keyClicks(terms.price_edit, "12.450")
    terms.costs.item(0, 0).setText("Transport")
    terms.costs.item(0, 1).setText("75.000")
    qtbot.waitUntil(terms.isComplete, timeout=5000)
    wizard.grab().save(str(OUT / "sale-terms-1024x768.png"))
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.NextButton), Qt.MouseButton.LeftButton)
    qtbot.wait(100)
    wizard.grab().save(str(OUT / "sale-confirm-1024x768.png"))
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.CommitButton), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: wizard.currentId() == 4, timeout=10_000)
    wizard.done_page.print_sheet()
    qtbot.waitUntil(lambda: wizard.last_preview is not None, timeout=20_000)
    preview = wizard.last_preview
    qtbot.wait(300)
    preview.grab().save(str(OUT / "print-preview-1024x768.png"))
    for widget in (window, wizard, preview):
        assert widget.width() <= 1024 and widget.height() <= 728
    preview.close()
    wizard.accept()
