"""The main window: side navigation over the screens, menus, shortcuts and the status bar."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QSettings, QSize
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QWidget,
)

from koperasi import __version__
from koperasi.gui import i18n
from koperasi.gui.help import HELP_SHORTCUT, install_help_key, open_help, page_for
from koperasi.gui.kit.messages import show_error
from koperasi.gui.pages.base import Page
from koperasi.gui.paths import demo_book_path, log_path
from koperasi.gui.safety import SafetyMixin
from koperasi.gui.worker import BookRunner

BOOK_FILTER = "Koperasi (*.koperasi);;SQLite (*.sqlite *.db);;* (*)"
MAX_RECENT = 8

SIDEBAR_STYLE = """
QListWidget#sidebar { background: #1f4d3a; color: #f2f7f4; border: none; font-size: 15px; padding-top: 8px; }
QListWidget#sidebar::item { padding: 10px 16px; border-left: 4px solid transparent; }
QListWidget#sidebar::item:selected { background: #2e6b52; border-left: 4px solid #f5c542; color: white; }
QListWidget#sidebar::item:hover:!selected { background: #275e47; }
"""


class MainWindow(SafetyMixin, QMainWindow):
    """Welcome screen while no book is open; the treasurer's workspace once one is."""

    def __init__(self, runner: BookRunner, settings: QSettings | None = None) -> None:
        super().__init__()
        from koperasi.gui.pages.cash import CashPage
        from koperasi.gui.pages.closing_shu import ClosingShuPage
        from koperasi.gui.pages.dashboard import DashboardPage
        from koperasi.gui.pages.deliveries import DeliveriesPage
        from koperasi.gui.pages.members import MembersPage
        from koperasi.gui.pages.payouts import PayoutsPage
        from koperasi.gui.pages.reports import ReportsPage
        from koperasi.gui.pages.sales import SalesPage
        from koperasi.gui.pages.savings_loans import SavingsLoansPage
        from koperasi.gui.pages.settings import SettingsPage
        from koperasi.gui.pages.welcome import WelcomePage

        self.runner = runner
        self.settings = settings or QSettings()
        self.stale: set[Page] = set()  # screens to reload when next shown
        self._shown_on: dict[Page, object] = {}  # the book's day each screen last loaded on
        self.setObjectName("MainWindow")
        self.setMinimumSize(QSize(1000, 680))

        self.welcome = WelcomePage(self)
        self.sidebar = QListWidget()
        self.sidebar.setObjectName("sidebar")
        self.sidebar.setFixedWidth(210)
        self.sidebar.setStyleSheet(SIDEBAR_STYLE)
        self.stack = QStackedWidget()
        self.pages: list[Page] = [
            DashboardPage(runner),
            MembersPage(runner),
            DeliveriesPage(runner),
            SalesPage(runner),
            PayoutsPage(runner),
            SavingsLoansPage(runner),
            CashPage(runner),
            ReportsPage(runner),
            ClosingShuPage(runner),
            SettingsPage(runner),
        ]
        (
            self.dashboard,
            self.members,
            self.deliveries,
            self.sales,
            self.payouts,
            self.savings_loans,
            self.cash,
            self.reports,
            self.closing_shu,
            self.settings_page,
        ) = self.pages
        # Issue 14 (i14gui): fixed assets, the allowance, the accrual and the chart of accounts.
        from koperasi.gui.pages.accounting import AccountingPage

        self.accounting = AccountingPage(runner)
        self.pages.append(self.accounting)
        for page in self.pages:
            self.stack.addWidget(page)
            self.sidebar.addItem(QListWidgetItem())
        from koperasi.gui.export_buttons import add_export_buttons

        self.export_buttons = add_export_buttons(self.pages, self.open_export)
        self.sidebar.currentRowChanged.connect(self.show_page)
        workspace = QWidget()
        layout = QHBoxLayout(workspace)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.sidebar)
        layout.addWidget(self.stack, 1)
        self.workspace = workspace
        self.central = QStackedWidget()
        self.central.addWidget(self.welcome)
        self.central.addWidget(workspace)
        self.setCentralWidget(self.central)

        self.book_label = QLabel()
        self.user_label = QLabel()
        self.user_label.setObjectName("userLabel")
        self.statusBar().addPermanentWidget(self.user_label)
        self.statusBar().addPermanentWidget(self.book_label)
        self._build_actions()
        self._build_safety()
        self.settings_page.language_chosen.connect(self.set_language)
        self.sales.pay_requested.connect(self.pay_sale)
        runner.book_changed.connect(self._book_changed)
        runner.changed.connect(self._book_written)
        runner.failed.connect(lambda exc: show_error(self, exc))
        self.retranslate()
        self._restore_geometry()
        self._book_changed(None)

    # -- menus and shortcuts --------------------------------------------------------

    def _build_actions(self) -> None:
        self.file_menu = self.menuBar().addMenu("")
        self.new_action = self._action(
            self.file_menu, QKeySequence.StandardKey.New, self.welcome.create_book
        )
        self.open_action = self._action(
            self.file_menu, QKeySequence.StandardKey.Open, self.choose_book
        )
        self.demo_action = self._action(self.file_menu, None, self.open_demo)
        self.close_action = self._action(self.file_menu, QKeySequence("Ctrl+W"), self.close_book)
        self.file_menu.addSeparator()
        self.moving_in_action = self._action(self.file_menu, None, self.open_moving_in)
        self.export_action = self._action(self.file_menu, QKeySequence("Ctrl+E"), self.open_export)
        self.file_menu.addSeparator()
        self.quit_action = self._action(self.file_menu, QKeySequence("Ctrl+Q"), self.close)

        self.work_menu = self.menuBar().addMenu("")
        self.delivery_action = self._action(
            self.work_menu, QKeySequence("Ctrl+D"), lambda: self.go(2, "new")
        )
        self.sale_action = self._action(
            self.work_menu, QKeySequence("Ctrl+J"), lambda: self.go(3, "new")
        )
        self.payout_action = self._action(
            self.work_menu, QKeySequence("Ctrl+B"), lambda: self.go(4, "new")
        )
        self.member_action = self._action(
            self.work_menu, QKeySequence("Ctrl+M"), lambda: self.go(1, "new")
        )
        self.work_menu.addSeparator()
        self.deposit_action = self._action(
            self.work_menu, None, lambda: self._open_on(self.savings_loans, "deposit")
        )
        self.loan_action = self._action(
            self.work_menu, None, lambda: self._open_on(self.savings_loans, "grant_loan")
        )
        self.repay_action = self._action(
            self.work_menu, None, lambda: self._open_on(self.savings_loans, "repay")
        )
        self.expense_action = self._action(
            self.work_menu, None, lambda: self._open_on(self.cash, "record", "expense")
        )

        self.view_menu = self.menuBar().addMenu("")
        # Ctrl+1 … Ctrl+9 for the first nine screens, Ctrl+0 for the tenth.
        self.page_actions = [
            self._action(
                self.view_menu,
                QKeySequence(f"Ctrl+{(i + 1) % 10}") if i < 10 else None,
                lambda _=False, i=i: self.go(i),
            )
            for i in range(len(self.pages))
        ]
        self.view_menu.addSeparator()
        self.language_menu = self.view_menu.addMenu("")
        group = QActionGroup(self)
        self.language_actions: dict[str, QAction] = {}
        for code, name in i18n.LANGUAGES.items():
            action = self.language_menu.addAction(name)
            action.setCheckable(True)
            action.triggered.connect(lambda _=False, code=code: self.set_language(code))
            group.addAction(action)
            self.language_actions[code] = action

        self.help_menu = self.menuBar().addMenu("")
        self.guide_action = self._action(self.help_menu, HELP_SHORTCUT, self.open_guide)
        self.help_menu.addSeparator()
        self.about_action = self._action(self.help_menu, None, self.about)
        self.help_key = install_help_key(self)

    def open_moving_in(self) -> None:
        """Pindah dari pembukuan lama (issue 12): import the old workbooks, post the opening."""
        from koperasi.gui.wizards.moving_in import MovingInWizard

        if self.runner.book_path is None:
            return
        self.moving_in = MovingInWizard(self.runner, self)
        self.moving_in.show()

    def open_export(self, kind: str | None = None) -> None:
        """Ekspor ke Excel of `kind`, or of the list the current screen shows (members unless
        it knows better)."""
        from koperasi.gui.export_buttons import PAGE_EXPORTS
        from koperasi.gui.wizards.moving_in import ExportDialog

        if self.runner.book_path is None:
            return
        page = type(self.stack.currentWidget()).__name__
        kind = kind or PAGE_EXPORTS.get(page, "members")
        self.export_dialog = ExportDialog(self.runner, self, kind)
        self.export_dialog.show()

    def _action(self, menu, shortcut, slot) -> QAction:
        action = menu.addAction("")
        if shortcut is not None:
            action.setShortcut(shortcut)
        action.triggered.connect(lambda _=False: slot())
        return action

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Koperasi — cooperative bookkeeping"))
        for index, page in enumerate(self.pages):
            self.sidebar.item(index).setText(page.title())
            self.page_actions[index].setText(page.title().replace("&", "&&"))
        self.file_menu.setTitle(self.tr("&File"))
        self.new_action.setText(self.tr("&New book…"))
        self.open_action.setText(self.tr("&Open book…"))
        self.demo_action.setText(self.tr("Open the &demo book"))
        self.close_action.setText(self.tr("&Close book"))
        self.quit_action.setText(self.tr("&Quit"))
        self.moving_in_action.setText(self.tr("&Move in from the old books…"))
        self.export_action.setText(self.tr("&Export to Excel…"))
        self.work_menu.setTitle(self.tr("&Transactions"))
        self.delivery_action.setText(self.tr("New &delivery"))
        self.sale_action.setText(self.tr("New &sale"))
        self.payout_action.setText(self.tr("&Pay members"))
        self.member_action.setText(self.tr("New &member"))
        self.deposit_action.setText(self.tr("Savings &deposit…"))
        self.loan_action.setText(self.tr("&Kasbon or loan…"))
        self.repay_action.setText(self.tr("Loan &repayment…"))
        self.expense_action.setText(self.tr("Cash-book &expense…"))
        self.view_menu.setTitle(self.tr("&View"))
        self.language_menu.setTitle(self.tr("&Language"))
        self.help_menu.setTitle(self.tr("&Help"))
        self.guide_action.setText(self.tr("Treasurer's &guide"))
        self.about_action.setText(self.tr("&About Koperasi"))
        self.language_actions[i18n.current_language()].setChecked(True)
        self._update_status()
        self.retranslate_safety()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- navigation -----------------------------------------------------------------

    def show_page(self, index: int) -> None:
        if index < 0:
            return
        self.stack.setCurrentIndex(index)
        if self.sidebar.currentRow() != index:
            self.sidebar.setCurrentRow(index)
        page = self.pages[index]
        # A screen keeps what it last loaded until the worker's `changed` signal marks it
        # stale (or the book's day moves on): going back to a screen costs no reads.
        if page in self.stale or self._shown_on.get(page) != self.runner.today:
            self.stale.discard(page)
            self._shown_on[page] = self.runner.today
            page.refresh()

    def _book_written(self, areas: frozenset[str]) -> None:
        """After an operation wrote to `areas`: the screen shown reloads now, the others
        that show those areas when they are next shown."""
        if self.runner.book_path is None:
            return
        shown = (
            self.stack.currentWidget() if self.central.currentWidget() is self.workspace else None
        )
        for page in self.pages:
            if page.AREAS & areas:
                if page is shown:
                    page.refresh()
                else:
                    self.stale.add(page)

    def go(self, index: int, action: str | None = None) -> None:
        if self.runner.book_path is None:
            return
        self.show_page(index)
        handler = getattr(self.pages[index], "start_new", None)
        if action == "new" and handler is not None:
            handler()

    def _open_on(self, page: Page, method: str, *args) -> None:
        """A screen's dialog from the Transactions menu (the screen shown behind it)."""
        if self.runner.book_path is None:
            return
        self.show_page(self.pages.index(page))
        getattr(page, method)(*args)

    def pay_sale(self, number: str) -> None:
        """Pembayaran with this sale chosen (the Sales screen's Pay button)."""
        self.go(4)
        self.payouts.select_sale(number)

    # -- books ----------------------------------------------------------------------

    def open_book(self, path: str | Path, create: dict | None = None) -> None:
        self.runner.open_book(
            path,
            on_error=lambda exc: show_error(self, exc),
            create=create,
            busy=self.tr("Opening the book…"),
            parent=self,
        )

    def choose_book(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Open book"), str(Path.home()), BOOK_FILTER
        )
        if name:
            self.open_book(name)

    def open_demo(self) -> None:
        path = demo_book_path()
        if path.exists():
            self.open_book(path)
            return
        path.parent.mkdir(parents=True, exist_ok=True)

        def build(ctx) -> Path:
            from koperasi.demo import build_demo

            build_demo(
                path,
                members=300,
                years=2,
                seed=1,
                progress=lambda d, t, label: ctx.progress(d, t, label),
            )
            return path

        self.runner.run(
            build,
            lambda built: self.open_book(built),
            lambda exc: show_error(self, exc),
            busy=self.tr("Making the demo book…"),
            parent=self,
        )

    def close_book(self) -> None:
        self.runner.close_book()

    def _book_changed(self, path: Path | None) -> None:
        self._session_for(path)
        if path is None:
            self.central.setCurrentWidget(self.welcome)
            self.welcome.refresh()
        else:
            self._remember(path)
            self.central.setCurrentWidget(self.workspace)
            # Only the screen shown loads now; the others load when first shown (they have
            # no day in _shown_on), so opening a big book does not queue every screen's reads.
            self.stale.clear()
            self._shown_on.clear()
            self.show_page(max(0, self.sidebar.currentRow()))
        for action in (
            self.close_action,
            self.delivery_action,
            self.sale_action,
            self.payout_action,
            self.member_action,
            self.deposit_action,
            self.loan_action,
            self.repay_action,
            self.expense_action,
        ):
            action.setEnabled(path is not None)
        self._update_status()

    def _update_status(self) -> None:
        path = self.runner.book_path
        self.book_label.setText(
            self.tr("Book: %1").replace("%1", str(path)) if path else self.tr("No book open")
        )
        self._update_user_label()

    def recent_books(self) -> list[str]:
        value = self.settings.value("recent_books", [])
        books = [value] if isinstance(value, str) else list(value or [])
        return [b for b in books if b]

    def _remember(self, path: Path) -> None:
        text = str(Path(path).resolve())
        books = [text] + [b for b in self.recent_books() if b != text]
        self.settings.setValue("recent_books", books[:MAX_RECENT])
        self.settings.setValue("last_book", text)

    # -- language, about, geometry ------------------------------------------------------

    def set_language(self, code: str) -> None:
        i18n.set_language(code)
        self.settings.setValue("language", code)

    def current_screen(self) -> QWidget:
        """The screen in front: the welcome screen, or the section shown."""
        if self.central.currentWidget() is self.welcome:
            return self.welcome
        return self.stack.currentWidget()

    def open_guide(self):
        """Bantuan → Panduan Bendahara: the guide at the page of the screen in front."""
        return open_help(self, page_for(self.current_screen()))

    def about(self) -> None:
        """Version, and for the open book its file and database version: what a helper
        (pendamping) asks first when something goes wrong."""
        text = self.tr("Koperasi %1\nBookkeeping for village farmers' cooperatives.").replace(
            "%1", __version__
        )
        lines = [text, "", self.tr("Log file: %1").replace("%1", str(log_path()))]

        def show(book_info: tuple[Path, str] | None) -> None:
            if book_info is not None:
                path, version = book_info
                lines.insert(2, self.tr("Book: %1").replace("%1", str(path)))
                lines.insert(3, self.tr("Database version: %1").replace("%1", version))
            QMessageBox.about(self, self.tr("About Koperasi"), "\n".join(lines))

        if self.runner.book_path is None:
            show(None)
            return
        self.runner.book_op(
            lambda book: (book.path, book.schema_version()), show, lambda exc: show(None)
        )

    def _restore_geometry(self) -> None:
        geometry = self.settings.value("geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            self.resize(1280, 800)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.settings.setValue("geometry", self.saveGeometry())
        super().closeEvent(event)
