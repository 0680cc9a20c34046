"""The start screen while no book is open: make a book, open one, or try the demo."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, QSize, Qt
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSizePolicy,
    QStyle,
    QVBoxLayout,
    QWidget,
)

PathRole = Qt.ItemDataRole.UserRole + 1


def start_moving_in(window: QWidget) -> object:
    """Pindah dari pembukuan lama: a new book first, then the moving-in wizard on it.

    Moving in needs a book to bring the old records into, so the new-book wizard runs first
    (name, prefix, commodities, file); once the book exists the import wizard opens on it.
    """
    from koperasi.gui.wizards.new_book import NewBookWizard

    wizard = NewBookWizard(window)

    def created() -> None:
        if wizard.created_path is not None:
            window.open_moving_in()

    wizard.accepted.connect(created)
    wizard.open()
    return wizard


MOVE_IN_WIZARD: Callable[[QWidget], object] | None = start_moving_in

STYLE = """
QWidget#welcome { background: #f4f7f5; }
QFrame#welcomeCard { background: white; border: 1px solid #d9e3dd; border-radius: 10px; }
QLabel#welcomeTitle { font-size: 34px; font-weight: 700; color: #1f4d3a; }
QLabel#welcomeTagline { font-size: 15px; color: #3d4a44; }
QLabel#recentHeading { font-size: 14px; font-weight: 600; color: #1f4d3a; }
QLabel#recentEmpty { color: #6b7772; }
QLabel#choiceWhen { color: #3d4a44; font-size: 13px; padding: 0 4px; }
QPushButton[big="true"]:disabled { color: #8a958f; background: #f1f3f2; border: 1px dashed #c5d0ca; }
QPushButton[big="true"] {
    font-size: 15px; padding: 14px 18px; border-radius: 8px; text-align: left;
    border: 1px solid #b9cbc1; background: #f7faf8; color: #1f2d27;
}
QPushButton[big="true"]:hover { background: #e9f2ed; }
QPushButton[big="true"]:focus { border: 2px solid #2e6b52; }
QPushButton#createButton { background: #2e6b52; color: white; border: 1px solid #1f4d3a; }
QPushButton#createButton:hover { background: #275e47; }
QListWidget#recentBooks { border: 1px solid #e1e8e4; border-radius: 6px; background: white; }
QListWidget#recentBooks::item { border-bottom: 1px solid #eef2f0; }
QListWidget#recentBooks::item:selected { background: #e1efe7; }
"""


class RecentBookRow(QWidget):
    """One recent book: the file name, and the folder it is in underneath."""

    def __init__(self, path: Path) -> None:
        super().__init__()
        name = QLabel(path.name)
        name.setStyleSheet("font-size: 14px; font-weight: 600; color: #1f2d27;")
        folder = QLabel(str(path.parent))
        folder.setStyleSheet("color: #6b7772;")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        layout.setSpacing(1)
        layout.addWidget(name)
        layout.addWidget(folder)
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)


class WelcomePage(QWidget):
    """Uses the window's choose_book, open_demo, open_book, recent_books and runner."""

    def __init__(self, window) -> None:
        super().__init__()
        self.window_ = window
        self.wizard = None
        self.setObjectName("welcome")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setStyleSheet(STYLE)

        self.title_label = QLabel("Koperasi")
        self.title_label.setObjectName("welcomeTitle")
        self.tagline = QLabel()
        self.tagline.setObjectName("welcomeTagline")
        self.tagline.setWordWrap(True)
        style = self.style()
        # The three ways in, each with one sentence saying when to choose it.
        self.demo_button = self._big_button(
            style.standardIcon(QStyle.StandardPixmap.SP_FileDialogContentsView)
        )
        self.create_button = self._big_button(style.standardIcon(QStyle.StandardPixmap.SP_FileIcon))
        self.create_button.setObjectName("createButton")
        self.move_in_button = self._big_button(
            style.standardIcon(QStyle.StandardPixmap.SP_ArrowRight)
        )
        self.move_in_button.setEnabled(MOVE_IN_WIZARD is not None)
        self.demo_when, self.create_when, self.move_in_when = (QLabel(), QLabel(), QLabel())
        for label in (self.demo_when, self.create_when, self.move_in_when):
            label.setObjectName("choiceWhen")
            label.setWordWrap(True)
            label.setMinimumHeight(3 * label.fontMetrics().lineSpacing() + 6)
            label.setAlignment(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft)
        self.open_button = QPushButton()
        self.open_button.setIcon(style.standardIcon(QStyle.StandardPixmap.SP_DialogOpenButton))
        self.recent_heading = QLabel()
        self.recent_heading.setObjectName("recentHeading")
        self.recent = QListWidget()
        self.recent.setObjectName("recentBooks")
        self.recent.setMinimumHeight(150)
        self.recent_empty = QLabel()
        self.recent_empty.setObjectName("recentEmpty")
        self.recent_hint = QLabel()
        self.recent_hint.setObjectName("recentEmpty")

        card = QFrame()
        card.setObjectName("welcomeCard")
        card.setMaximumWidth(860)
        card.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        inner = QVBoxLayout(card)
        inner.setContentsMargins(36, 28, 36, 28)
        inner.setSpacing(10)
        inner.addWidget(self.title_label)
        inner.addWidget(self.tagline)
        inner.addSpacing(14)
        choices = QGridLayout()
        choices.setHorizontalSpacing(16)
        choices.setVerticalSpacing(10)
        for row, (button, when) in enumerate(
            (
                (self.demo_button, self.demo_when),
                (self.create_button, self.create_when),
                (self.move_in_button, self.move_in_when),
            )
        ):
            button.setMinimumWidth(300)
            choices.addWidget(button, row, 0)
            choices.addWidget(when, row, 1)
        choices.setColumnStretch(1, 1)
        inner.addLayout(choices)
        inner.addSpacing(10)
        open_row = QHBoxLayout()
        open_row.addWidget(self.open_button)
        open_row.addStretch(1)
        inner.addLayout(open_row)
        inner.addSpacing(18)
        inner.addWidget(self.recent_heading)
        inner.addWidget(self.recent)
        inner.addWidget(self.recent_empty)
        inner.addWidget(self.recent_hint)

        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(card, 4)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 24, 24, 24)
        layout.addStretch(1)
        layout.addLayout(row)
        layout.addStretch(2)

        self.create_button.clicked.connect(self.create_book)
        self.open_button.clicked.connect(lambda: self.window_.choose_book())
        self.demo_button.clicked.connect(lambda: self.window_.open_demo())
        self.move_in_button.clicked.connect(self.move_in)
        self.recent.itemActivated.connect(self._open_recent)
        self.setTabOrder(self.demo_button, self.create_button)
        self.setTabOrder(self.create_button, self.move_in_button)
        self.setTabOrder(self.move_in_button, self.open_button)
        self.setTabOrder(self.open_button, self.recent)
        self.retranslate()

    def _big_button(self, icon) -> QPushButton:
        button = QPushButton()
        button.setProperty("big", True)
        button.setIcon(icon)
        button.setIconSize(QSize(28, 28))
        button.setMinimumHeight(58)
        button.setCursor(Qt.CursorShape.PointingHandCursor)
        return button

    def retranslate(self) -> None:
        self.tagline.setText(
            self.tr(
                "Bookkeeping for village farmers' cooperatives: members' deliveries, "
                "collective sales, and payouts every member can check down to the last rupiah."
            )
        )
        self.demo_button.setText(self.tr("Try the &example book"))
        self.create_button.setText(self.tr("Start a &new cooperative"))
        self.move_in_button.setText(self.tr("&Move in from the old books"))
        self.open_button.setText(self.tr("&Open a book…"))
        self.demo_when.setText(
            self.tr(
                "Choose this to try things out first, on a made-up cooperative where "
                "nothing you do can harm."
            )
        )
        self.create_when.setText(
            self.tr("Choose this when your cooperative starts its books in this program today.")
        )
        if MOVE_IN_WIZARD is None:
            self.move_in_when.setText(
                self.tr(
                    "For a cooperative with old books to bring over; coming soon. Until "
                    "then, start a new one and type in the balances."
                )
            )
        else:
            self.move_in_when.setText(
                self.tr(
                    "Choose this when your cooperative already keeps its members and balances "
                    "in a ledger or a spreadsheet."
                )
            )
        self.open_button.setToolTip(self.tr("Open a book file kept on this computer."))
        self.recent_heading.setText(self.tr("Recent books"))
        self.recent_empty.setText(self.tr("No book has been opened on this computer yet."))
        self.recent_hint.setText(self.tr("Double-click a book, or select it and press Enter."))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def refresh(self) -> None:
        """List the recent books that still exist, newest first."""
        self.recent.clear()
        for text in self.window_.recent_books():
            path = Path(text)
            if not path.is_file():
                continue
            item = QListWidgetItem()
            item.setData(PathRole, str(path))
            item.setToolTip(str(path))
            row = RecentBookRow(path)
            item.setSizeHint(row.sizeHint())
            self.recent.addItem(item)
            self.recent.setItemWidget(item, row)
        has_books = self.recent.count() > 0
        self.recent.setVisible(has_books)
        self.recent_hint.setVisible(has_books)
        self.recent_empty.setVisible(not has_books)
        if has_books:
            self.recent.setCurrentRow(0)
            self.recent.setFixedHeight(
                min(5, self.recent.count()) * self.recent.sizeHintForRow(0)
                + 2 * self.recent.frameWidth()
            )

    def recent_paths(self) -> list[str]:
        return [self.recent.item(i).data(PathRole) for i in range(self.recent.count())]

    def _open_recent(self, item: QListWidgetItem) -> None:
        self.window_.open_book(Path(item.data(PathRole)))

    def move_in(self):
        """Start the moving-in wizard, once it is connected (MOVE_IN_WIZARD)."""
        if MOVE_IN_WIZARD is None:
            return None
        self.wizard = MOVE_IN_WIZARD(self.window_)
        return self.wizard

    def create_book(self):
        """Start the new-book wizard (File → New, and the big button)."""
        from koperasi.gui.wizards.new_book import NewBookWizard

        self.wizard = NewBookWizard(self.window_)
        self.wizard.open()
        return self.wizard
