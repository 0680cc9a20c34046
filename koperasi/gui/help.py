"""Panduan Bendahara inside the app: the guide's pages in a QTextBrowser, opened from the Help
menu and with F1 on any screen or dialog at the page for it.

The pages are resources/guide/LANG/NN-slug.md (koperasi.core.guide reads them), shipped with
the program, so help needs no network. F1 is caught once for the whole application
(HelpKey, an event filter): the page is chosen by the widget with the focus, or the nearest
of its parents, whose class is named in HELP_PAGES.
"""

from __future__ import annotations

import weakref

import shiboken6
from PySide6.QtCore import QEvent, QObject, Qt, QUrl
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from koperasi.core import guide
from koperasi.gui import i18n

# Screen or dialog class name → the guide page (by number) that explains it.
HELP_PAGES: dict[str, int] = {
    "WelcomePage": guide.FIRST_DAY,
    "NewBookWizard": guide.FIRST_DAY,
    "MovingInWizard": guide.MOVING_IN,
    "ExportDialog": guide.MONTH_END,
    "DashboardPage": guide.HOME,
    "MembersPage": guide.MEMBERS,
    "MemberDialog": guide.MEMBERS,
    "MemberPage": guide.MEMBERS,
    "DeliveriesPage": guide.WEIGHING,
    "CorrectionDialog": guide.WEIGHING,
    "HistoryDialog": guide.WEIGHING,
    "SalesPage": guide.SALE,
    "SaleWizard": guide.SALE,
    "LotTraceDialog": guide.SALE,
    "PayoutsPage": guide.PAYOUT,
    "CancelDialog": guide.PAYOUT,  # issue 10: reverse a sale, void a slip
    "SavingsLoansPage": guide.SAVINGS_LOANS,
    "SavingsDialog": guide.SAVINGS_LOANS,
    "SavingsSettingsDialog": guide.SAVINGS_LOANS,
    "LoanDialog": guide.SAVINGS_LOANS,
    "RepayDialog": guide.SAVINGS_LOANS,
    "CashPage": guide.CASH,
    "CashEntryDialog": guide.CASH,
    "TransferDialog": guide.CASH,
    "ReportsPage": guide.MONTH_END,
    "PdfPreview": guide.MONTH_END,
    "ClosingShuPage": guide.YEAR_END,
    "SettingsPage": guide.SETTINGS,
    "CommodityDialog": guide.SETTINGS,
    "LeaveDialog": guide.MEMBERS,  # a member leaves (issue 10)
    # issue 9: logging in, backups and restore, the audit log
    "LoginDialog": guide.BACKUPS,
    "RestoreDialog": guide.BACKUPS,
    "BackupSettingsDialog": guide.BACKUPS,
    "AuditLogDialog": guide.BACKUPS,
}
# issue 10 (i10c): a buyer's receivable collected; a leaver's kept savings paid later
HELP_PAGES.update({"CollectDialog": guide.SALE, "PayExitDialog": guide.MEMBERS})
# branch i14tax: a honorarium paid net of PPh 21, from the cash page
HELP_PAGES.update({"HonorariumDialog": guide.CASH})
# issue 14: jasa anggota by a weighted mix of bases, from the year-end box
HELP_PAGES.update({"ShuMixDialog": guide.YEAR_END})


def page_for(widget: QWidget | None) -> int:
    """The guide page for a widget: its own class's, or its nearest parent's (first page)."""
    while widget is not None:
        for cls in type(widget).__mro__:
            if cls.__name__ in HELP_PAGES:
                return HELP_PAGES[cls.__name__]
        widget = widget.parentWidget()
    return guide.FIRST_DAY


class HelpWindow(QDialog):
    """The guide: its pages on the left, the page on the right; links and pictures resolve
    inside the language's folder."""

    def __init__(self, parent: QWidget | None = None, lang: str | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("HelpWindow")
        self.setWindowFlag(Qt.WindowType.Window, True)
        self.setWindowModality(Qt.WindowModality.NonModal)
        self.lang = lang or i18n.current_language()
        self.pages = guide.load_guide(self.lang)
        self.contents = QListWidget()
        self.contents.setObjectName("helpContents")
        self.contents.setMaximumWidth(300)
        self.contents.setWordWrap(True)
        self.contents.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.contents.setStyleSheet(
            "QListWidget { font-size: 14px; } QListWidget::item { padding: 5px; }"
        )
        for page in self.pages:
            item = QListWidgetItem(page.title)
            item.setData(Qt.ItemDataRole.UserRole, page.number)
            self.contents.addItem(item)
        self.browser = QTextBrowser()
        self.browser.setObjectName("helpBrowser")
        self.browser.setOpenLinks(False)
        self.browser.anchorClicked.connect(self._follow)
        if self.pages:
            self.browser.setSearchPaths([str(self.pages[0].folder)])
        self.browser.document().setDefaultStyleSheet(
            "h1 { color: #1f4d3a; } h2 { color: #1f4d3a; margin-top: 12px; }"
            " p, li { font-size: 14px; line-height: 140%; }"
        )
        splitter = QSplitter()
        splitter.addWidget(self.contents)
        splitter.addWidget(self.browser)
        splitter.setStretchFactor(1, 1)
        self.close_button = QPushButton(self.tr("&Close"))
        self.close_button.clicked.connect(self.close)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addLayout(buttons)
        self.contents.currentRowChanged.connect(self._show_row)
        self.setWindowTitle(self.tr("Treasurer's guide"))
        self.resize(980, 700)
        self.number = 0

    def show_page(self, number: int) -> None:
        for row, page in enumerate(self.pages):
            if page.number == number:
                self.contents.setCurrentRow(row)
                self._show_row(row)
                return

    def _show_row(self, row: int) -> None:
        if not 0 <= row < len(self.pages):
            return
        page = self.pages[row]
        self.number = page.number
        self.browser.setHtml(guide.page_html(page, link=lambda slug: slug, picture=str))
        self.setWindowTitle(self.tr("Treasurer's guide") + " — " + page.title)

    def page_title(self) -> str:
        return self.pages[self.contents.currentRow()].title if self.pages else ""

    def _follow(self, url: QUrl) -> None:
        target = url.toString()
        for page in self.pages:
            if page.slug == target:
                self.show_page(page.number)
                return


def open_help(parent: QWidget | None, number: int | None = None) -> HelpWindow:
    """The guide at page `number` (its first page by default), shown beside the screen."""
    window = HelpWindow(parent)
    window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
    window.show_page(number or guide.FIRST_DAY)
    window.show()
    window.raise_()
    return window


class HelpKey(QObject):
    """F1 anywhere in the application opens the guide at the page of the screen in front.

    The key is watched on each of the program's windows (the main window, and every dialog
    or wizard of it), not on the whole application: an application-wide filter is called
    from C++ into Python for every event of every widget, thousands while a screen or a
    dialog is built, and each call waits for the GIL while the book worker computes
    (issue 11). A key the focused widget does not take travels up to its window, where
    the filter sees it. A dialog is watched as it is first shown when its parent is the
    main window, one of its screens or a watched dialog (the parent hears ChildPolished),
    otherwise as soon as it takes the focus.
    """

    def __init__(self, main_window: QWidget) -> None:
        super().__init__(main_window)
        self.main_window = main_window
        self.last: HelpWindow | None = None
        self._watched: weakref.WeakSet = weakref.WeakSet()
        self.watch(main_window)
        for screen in (getattr(main_window, "welcome", None), *getattr(main_window, "pages", ())):
            if screen is not None:
                self.watch(screen)  # the parents of most dialogs
        app = QApplication.instance()
        app.focusChanged.connect(self._focus_changed)
        app.focusWindowChanged.connect(self._focus_changed)

    def watch(self, window: QWidget) -> None:
        if window not in self._watched:
            self._watched.add(window)
            window.installEventFilter(self)

    def _focus_changed(self, *_args) -> None:
        """A window came to the front: watch every window of ours that is shown."""
        if not shiboken6.isValid(self) or not shiboken6.isValid(self.main_window):
            return
        for widget in QApplication.topLevelWidgets():
            if widget.isVisible() and widget not in self._watched and self._ours(widget):
                self.watch(widget)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.ChildPolished:
            child = event.child()
            if isinstance(child, QWidget) and child.isWindow():
                self.watch(child)  # a dialog of a watched window, as it is first shown
            return False
        if kind not in (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress) or not _is_f1(event):
            return False
        window = self.main_window
        if not shiboken6.isValid(window) or not window.isVisible():
            return False
        if kind == QEvent.Type.ShortcutOverride:
            event.accept()  # F1 is ours: deliver it as a key press
            return True
        # The key reached the window it was typed in: the screen in front is that window's.
        widget = watched if isinstance(watched, QWidget) else QApplication.focusWidget()
        if not self._ours(widget):
            return False  # another main window's (tests open several)
        self.last = self.open_for(widget)
        return True

    def _ours(self, widget: QWidget | None) -> bool:
        while widget is not None:
            if widget is self.main_window:
                return True
            widget = widget.parentWidget()
        return False

    def open_for(self, widget: QObject) -> HelpWindow:
        if not isinstance(widget, QWidget):
            widget = QApplication.activeWindow()
        if isinstance(widget, QWidget) and isinstance(widget.window(), HelpWindow):
            return widget.window()
        # The screen in front: a dialog's own page, or the main window's current screen.
        target = widget
        if widget is not None and widget.window() is self.main_window:
            target = self.main_window.current_screen()
        parent = widget.window() if widget is not None else self.main_window
        return open_help(parent, page_for(target))


def _is_f1(event: QEvent) -> bool:
    key = getattr(event, "key", None)
    return (
        key is not None
        and event.key() == Qt.Key.Key_F1
        and event.modifiers() == Qt.KeyboardModifier.NoModifier
    )


HELP_SHORTCUT = QKeySequence(Qt.Key.Key_F1)


def install_help_key(main_window: QWidget) -> HelpKey:
    """F1 for the whole application (see HelpKey)."""
    return HelpKey(main_window)


# issue 14 (i14gui): assets, the allowance, the accrual and the chart are month-end work
HELP_PAGES.update(
    {
        "AccountingPage": guide.MONTH_END,
        "AddAssetDialog": guide.MONTH_END,
        "DepreciateDialog": guide.MONTH_END,
        "DisposeDialog": guide.MONTH_END,
        "AddAccountDialog": guide.MONTH_END,
    }
)
