"""The treasurer's guide in the app: F1 on every section and dialog opens the page for it."""

from __future__ import annotations

import importlib
import inspect
import pkgutil

import pytest
from PySide6.QtCore import QSettings, Qt, QUrl
from PySide6.QtWidgets import QDialog, QWizard

import koperasi.gui
from koperasi.core import guide
from koperasi.gui.help import HELP_PAGES, HelpWindow, page_for
from tests.gui.conftest import settle

SECTIONS = [
    guide.HOME,
    guide.MEMBERS,
    guide.WEIGHING,
    guide.SALE,
    guide.PAYOUT,
    guide.SAVINGS_LOANS,
    guide.CASH,
    guide.MONTH_END,
    guide.YEAR_END,
    guide.SETTINGS,
    guide.MONTH_END,  # i14gui: Aset & penyesuaian
]
TITLES = {page.number: page.title for page in guide.load_guide("id")}


def press_f1(qtbot, window, widget) -> HelpWindow:
    qtbot.keyClick(widget, Qt.Key.Key_F1)
    shown = window.help_key.last
    assert shown is not None and shown.isVisible()
    return shown


def test_f1_on_every_section_opens_its_page(qtbot, window, runner):
    assert len(window.pages) == len(SECTIONS)
    for index, number in enumerate(SECTIONS):
        window.go(index)
        settle(qtbot, runner)
        shown = press_f1(qtbot, window, window.pages[index])
        assert shown.number == number, type(window.pages[index]).__name__
        assert shown.page_title() == TITLES[number]
        assert TITLES[number] in shown.browser.toPlainText()
        shown.close()


def test_the_help_menu_opens_the_guide_at_the_screen_shown(qtbot, window, runner):
    assert window.help_menu.title() == "Bant&uan"
    assert window.guide_action.text() == "Panduan &Bendahara"
    window.go(3)
    settle(qtbot, runner)
    window.guide_action.trigger()
    helps = [w for w in window.findChildren(HelpWindow) if w.isVisible()]
    assert len(helps) == 1 and helps[0].number == guide.SALE
    # A link in the page leads to the page it names.
    help_window = helps[0]
    assert "pembayaran" in guide.load_guide("id")[guide.SALE - 1].links()
    help_window.browser.anchorClicked.emit(QUrl("pembayaran"))
    assert help_window.number == guide.PAYOUT
    assert help_window.page_title() == "Hari pembayaran"


def open_dialogs(window):
    """Every dialog a treasurer meets, opened the way the screens open them."""
    yield "MemberDialog", window.members.start_new()
    yield "SavingsDialog", window.savings_loans.deposit()
    yield "LoanDialog", window.savings_loans.grant_loan()
    yield "RepayDialog", window.savings_loans.repay()
    yield "CashEntryDialog", window.cash.record("expense")
    yield "SaleWizard", window.sales.start_new()


def test_f1_in_every_dialog_opens_its_page(qtbot, window, runner):
    for name, dialog in open_dialogs(window):
        settle(qtbot, runner)
        assert dialog is not None and dialog.isVisible(), name
        shown = press_f1(qtbot, window, dialog)
        assert shown.number == HELP_PAGES[name], name
        shown.close()
        dialog.reject()


def test_f1_on_the_welcome_screen_opens_the_first_day(qtbot, runner):
    from koperasi.gui.main_window import MainWindow

    window = MainWindow(runner, QSettings())
    qtbot.addWidget(window)
    window.show()
    shown = press_f1(qtbot, window, window.welcome)
    assert shown.number == guide.FIRST_DAY
    assert "Coba dengan buku contoh" in shown.browser.toPlainText()
    wizard = window.welcome.create_book()
    shown = press_f1(qtbot, window, wizard)
    assert shown.number == guide.FIRST_DAY
    wizard.reject()


def gui_dialog_classes() -> list[type]:
    found = []
    for info in pkgutil.walk_packages(koperasi.gui.__path__, "koperasi.gui."):
        module = importlib.import_module(info.name)
        for _, cls in inspect.getmembers(module, inspect.isclass):
            if (
                cls.__module__ == module.__name__
                and issubclass(cls, (QDialog, QWizard))
                and cls is not HelpWindow
                and cls.__name__ != "BookDialog"
            ):
                found.append(cls)
    return found


def test_every_dialog_of_the_program_has_a_help_page():
    classes = gui_dialog_classes()
    assert len(classes) >= 14
    missing = [
        cls.__name__
        for cls in classes
        if not any(base.__name__ in HELP_PAGES for base in cls.__mro__)
    ]
    assert missing == []
    assert set(HELP_PAGES.values()) <= set(TITLES)


@pytest.mark.parametrize("lang", ["id", "en"])
def test_every_page_renders_with_its_pictures(qtbot, lang):
    window = HelpWindow(lang=lang)
    qtbot.addWidget(window)
    for page in window.pages:
        window.show_page(page.number)
        document = window.browser.document()
        assert page.title in window.browser.toPlainText()
        for block in page.blocks:
            if block.kind == "img":
                # the browser loaded the picture (a missing file gives None)
                image = document.resource(document.ResourceType.ImageResource, QUrl(block.src))
                assert image is not None and image.width() == 800, block.src
        missing = document.resource(document.ResourceType.ImageResource, QUrl("img/nope.png"))
        assert missing is None
    assert page_for(None) == guide.FIRST_DAY
