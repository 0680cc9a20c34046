"""Every window fits an office screen, and every window's Alt+letter keys are its own.

Office PCs run 1024x768 or 1366x768 with a taskbar: what a window may use is 40 pixels
less high. Each screen and dialog is laid out at both sizes and every visible button must
lie inside the visible area.
"""

import re

import pytest
from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QApplication,
    QGroupBox,
    QLabel,
    QMenuBar,
    QTabWidget,
    QWidget,
)

from koperasi.gui.kit import fit
from tests.gui.conftest import settle

SCREENS = [(1024, 768 - 40), (1366, 768 - 40)]
PAGE_COUNT = 10


def clipped_buttons(window: QWidget) -> list[str]:
    """The visible buttons that do not lie wholly inside `window` (ignoring those inside a
    scroll area, which scrolls to them)."""
    area = window.rect()
    out = []
    for button in window.findChildren(QAbstractButton):
        if not button.isVisibleTo(window) or _in_scroll_area(button, window):
            continue
        rect = QRect(button.mapTo(window, QPoint(0, 0)), button.size())
        if not area.contains(rect):
            out.append(f"{button.text() or button.toolTip() or type(button).__name__} at {rect}")
    return out


def _in_scroll_area(widget: QWidget, top: QWidget) -> bool:
    parent = widget.parentWidget()
    while parent is not None and parent is not top:
        if isinstance(parent, QAbstractScrollArea):
            return True
        parent = parent.parentWidget()
    return False


def lay_out(qtbot, window: QWidget, width: int, height: int) -> None:
    window.resize(width, height)
    window.show()
    QApplication.processEvents()
    qtbot.wait(30)


def mnemonic(text: str) -> str | None:
    found = re.search(r"&([^&\s])", text.replace("&&", ""))
    return found.group(1).casefold() if found else None


def accelerators(window: QWidget) -> dict[str, list[str]]:
    """Alt+letter → the visible things that claim it in `window`."""
    claims: dict[str, list[str]] = {}

    def claim(text: str) -> None:
        letter = mnemonic(text)
        if letter:
            claims.setdefault(letter, []).append(text)

    for bar in window.findChildren(QMenuBar):
        for action in bar.actions():
            claim(action.text())
    for button in window.findChildren(QAbstractButton):
        if button.isVisibleTo(window):
            claim(button.text())
    for label in window.findChildren(QLabel):
        if label.isVisibleTo(window) and label.buddy() is not None:
            claim(label.text())
    for box in window.findChildren(QGroupBox):
        if box.isVisibleTo(window):
            claim(box.title())
    for tabs in window.findChildren(QTabWidget):
        if tabs.isVisibleTo(window):
            for index in range(tabs.count()):
                claim(tabs.tabText(index))
    return claims


def duplicates(window: QWidget) -> dict[str, list[str]]:
    return {k: v for k, v in accelerators(window).items() if len(v) > 1}


@pytest.mark.parametrize(("width", "height"), SCREENS)
def test_every_section_fits_and_keeps_its_buttons_visible(qtbot, window, runner, width, height):
    for index in range(len(window.pages)):
        window.go(index)
        settle(qtbot, runner)
        lay_out(qtbot, window, width, height)
        assert window.width() <= width and window.height() <= height, window.pages[index].title()
        assert clipped_buttons(window) == [], window.pages[index].title()


def test_every_section_has_unique_accelerators(qtbot, window, runner):
    found = {}
    for index in range(len(window.pages)):
        window.go(index)
        settle(qtbot, runner)
        lay_out(qtbot, window, 1366, 728)
        if duplicates(window):
            found[window.pages[index].title()] = duplicates(window)
    assert found == {}, "\n".join(f"{k}: {v}" for k, v in found.items())


@pytest.mark.parametrize(("width", "height"), SCREENS)
def test_the_print_preview_fits_the_screen(qtbot, monkeypatch, width, height):
    from koperasi.gui.preview import PdfPreview

    monkeypatch.setattr(fit, "available_size", lambda widget: (width, height))
    preview = PdfPreview(b"%PDF-1.4\n%%EOF\n", "Nota", "nota.pdf")
    qtbot.addWidget(preview)
    assert preview.height() <= height - fit.FRAME  # it opened at 900x1000
    preview.show()
    QApplication.processEvents()
    assert clipped_buttons(preview) == []
    assert duplicates(preview) == {}


@pytest.mark.parametrize(("width", "height"), SCREENS)
def test_the_sale_wizard_fits_on_every_page(qtbot, window, runner, monkeypatch, width, height):
    from koperasi.gui.wizards.sale.wizard import SaleWizard
    from tests.gui.test_sales_page import open_wizard

    monkeypatch.setattr(fit, "available_size", lambda widget: (width, height))
    wizard = open_wizard(qtbot, window, runner)
    assert wizard.minimumWidth() < 1024  # it was 1180
    assert wizard.width() <= width and wizard.height() <= height
    for page_id in (SaleWizard.PAGE_COMMODITY, SaleWizard.PAGE_POOL, SaleWizard.PAGE_TERMS):
        assert wizard.currentId() == page_id
        QApplication.processEvents()
        assert wizard.minimumSizeHint().width() <= width, page_id
        assert clipped_buttons(wizard) == [], page_id
        assert duplicates(wizard) == {}, page_id
        wizard.next()
        settle(qtbot, runner)
    wizard.done(0)
