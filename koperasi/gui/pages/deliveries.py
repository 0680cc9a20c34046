"""Setoran: the weighing point's fast entry form, and the day's deliveries with their totals."""

from __future__ import annotations

import datetime
import itertools
from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QSettings, Qt
from PySide6.QtGui import QHideEvent, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from koperasi.core.fmt import date_long, kg
from koperasi.core.model import Commodity, Delivery, Member
from koperasi.gui import i18n
from koperasi.gui.devices.printing import print_receipt_thermal
from koperasi.gui.devices.scale_watch import ScaleWatcher
from koperasi.gui.devices.settings import scale_settings, thermal_printer
from koperasi.gui.dialogs.delivery import CorrectionDialog, HistoryDialog, print_receipt
from koperasi.gui.forms.delivery_form import (
    DeliveryForm,
    DeliveryValues,
    net_text,
)
from koperasi.gui.kit.dates import DayEdit, pydate, qdate
from koperasi.gui.kit.messages import ask_reason, confirm, show_error
from koperasi.gui.kit.widgets import measure_sample
from koperasi.gui.models import delivery_table_model as cols
from koperasi.gui.models.delivery_table_model import DeliveryRow, DeliveryTableModel
from koperasi.gui.paged_model import RecordRole
from koperasi.gui.pages.base import Page
from koperasi.gui.preview import PdfPreview
from koperasi.gui.worker import BookRunner
from koperasi.reports.screens.dashboard import DeliveryTotal, deliveries_by_commodity

PRINT_SETTING = "deliveries/print_after_save"

CARD_STYLE = """
QFrame#entryCard { background: #ffffff; border: 1px solid #d5ddd8; border-radius: 8px; }
QFrame#entryCard QLabel { background: transparent; }
"""
NET_STYLE = "font-size: 20px; font-weight: 600; color: #1f4d3a;"
SAVED_STYLE = "color: #1f7a4d; font-weight: 600;"
TOTALS_STYLE = "QFrame#dayTotals { background: #eef4f0; border-radius: 6px; }"
BACK_DATED_STYLE = (
    "QFrame#backDated { background: #fff3c4; border: 1px solid #e0c060; border-radius: 6px; }"
)


class DeliveriesPage(Page):
    AREAS = frozenset({"deliveries", "members", "settings", "plots"})  # plots: the picker

    def __init__(self, runner: BookRunner, parent: QWidget | None = None) -> None:
        super().__init__(runner, parent)
        self.members: list[Member] = []
        self.commodities: list[Commodity] = []
        self.plots: list = []  # every mapped plot, for the plot picker and corrections
        self.today: datetime.date | None = runner.today  # the book's; set again on load
        self.last_saved: Delivery | None = None
        self.last_preview: PdfPreview | None = None
        self.day_totals: tuple[DeliveryTotal, ...] = ()
        self._status: tuple[str, ...] = ()
        self._saving = False
        self._day_set = False
        self.correction_dialog: CorrectionDialog | None = None
        self.history_dialog: HistoryDialog | None = None
        self.scale_watcher: ScaleWatcher | None = None
        self.printed: list[str] = []  # receipts the thermal printer took, last one last
        app = QCoreApplication.instance()
        if app is not None:  # a thread still reading at exit would abort Python
            app.aboutToQuit.connect(self.stop_scale)

        self.heading = QLabel()
        self.heading.setObjectName("pageHeading")

        # -- the entry card -----------------------------------------------------------
        self.card = QFrame()
        self.card.setObjectName("entryCard")
        self.card.setStyleSheet(CARD_STYLE)
        self.card_title = QLabel()
        self.form = DeliveryForm(columns=5)
        self.net_caption = QLabel()
        self.net_label = QLabel("—")
        self.net_label.setStyleSheet(NET_STYLE)
        self.print_check = QCheckBox()
        self.print_check.setChecked(_truthy(QSettings().value(PRINT_SETTING, False)))
        self.save_button = QPushButton()
        self.save_button.setDefault(False)
        self.save_button.setAutoDefault(False)
        self.save_button.setMinimumWidth(170)
        self.clear_button = QPushButton()
        self.clear_button.setAutoDefault(False)
        self.status_label = QLabel()
        self.status_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        # A date other than today stays for the next farmers only while this says so.
        self.back_dated = QFrame()
        self.back_dated.setObjectName("backDated")
        self.back_dated.setStyleSheet(BACK_DATED_STYLE)
        self.back_dated_label = QLabel()
        self.back_dated_label.setWordWrap(True)
        self.back_to_today_button = QPushButton()
        self.back_to_today_button.setAutoDefault(False)
        banner = QHBoxLayout(self.back_dated)
        banner.setContentsMargins(10, 4, 10, 4)
        banner.addWidget(self.back_dated_label, 1)
        banner.addWidget(self.back_to_today_button)
        self.back_dated.hide()
        net_row = QHBoxLayout()
        net_row.setSpacing(10)
        net_row.addWidget(self.net_caption)
        net_row.addWidget(self.net_label)
        net_row.addSpacing(18)
        net_row.addWidget(self.status_label, 1)
        net_row.addWidget(self.print_check)
        net_row.addSpacing(12)
        net_row.addWidget(self.clear_button)
        net_row.addWidget(self.save_button)
        card_layout = QVBoxLayout(self.card)
        card_layout.setContentsMargins(18, 14, 18, 14)
        card_layout.setSpacing(10)
        card_layout.addWidget(self.card_title)
        card_layout.addWidget(self.back_dated)
        card_layout.addWidget(self.form)
        card_layout.addLayout(net_row)

        # -- the day's list -------------------------------------------------------------
        self.day_caption = QLabel()
        self.previous_day = QToolButton()
        self.previous_day.setArrowType(Qt.ArrowType.LeftArrow)
        self.day_edit = DayEdit()
        self.next_day = QToolButton()
        self.next_day.setArrowType(Qt.ArrowType.RightArrow)
        self.today_button = QPushButton()
        self.correct_button = QPushButton()
        self.void_button = QPushButton()
        self.print_button = QPushButton()
        self.history_button = QPushButton()
        day_bar = QHBoxLayout()
        day_bar.setSpacing(6)
        day_bar.addWidget(self.day_caption)
        day_bar.addWidget(self.previous_day)
        day_bar.addWidget(self.day_edit)
        day_bar.addWidget(self.next_day)
        day_bar.addWidget(self.today_button)
        day_bar.addStretch(1)
        for button in (
            self.correct_button,
            self.void_button,
            self.print_button,
            self.history_button,
        ):
            day_bar.addWidget(button)

        self.model = DeliveryTableModel(runner, self)
        self.table = QTableView()
        measure_sample(self.table)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(cols.COL_RECEIPT, Qt.SortOrder.DescendingOrder)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(26)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(cols.COL_MEMBER, QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(48)
        # narrow enough that the member's number and name show at 1024 px
        widths = {
            cols.COL_RECEIPT: 132,
            cols.COL_TIME: 52,
            cols.COL_COMMODITY: 90,
            cols.COL_GROSS: 88,
            cols.COL_DEDUCTIONS: 100,
            cols.COL_NET: 88,
            cols.COL_QUALITY: 72,
            cols.COL_STATUS: 72,
        }
        for column, width in widths.items():
            self.table.setColumnWidth(column, width)
        self.table.doubleClicked.connect(lambda _: self.show_history())

        self.totals = QFrame()
        self.totals.setObjectName("dayTotals")
        self.totals.setStyleSheet(TOTALS_STYLE)
        self.totals_label = QLabel()
        self.totals_label.setTextFormat(Qt.TextFormat.RichText)
        self.totals_label.setWordWrap(True)
        totals_layout = QHBoxLayout(self.totals)
        totals_layout.setContentsMargins(12, 8, 12, 8)
        totals_layout.addWidget(self.totals_label, 1)

        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        layout.addWidget(self.heading)
        layout.addWidget(self.card)
        layout.addSpacing(4)
        layout.addLayout(day_bar)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.totals)

        # -- behaviour ------------------------------------------------------------------
        self.form.submitted.connect(self.save)
        self.form.net_changed.connect(lambda net: self.net_label.setText(net_text(net)))
        self.save_button.clicked.connect(self.save)
        self.clear_button.clicked.connect(self.clear_entry)
        self.back_to_today_button.clicked.connect(self.form.back_to_today)
        self.form.edited.connect(self._stale_status)
        self.form.date_edit.dateChanged.connect(lambda _: self._show_back_dated())
        escape = QShortcut(QKeySequence(Qt.Key.Key_Escape), self.card)
        escape.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        escape.activated.connect(self.clear_entry)
        self.print_check.toggled.connect(lambda on: QSettings().setValue(PRINT_SETTING, on))
        self.day_edit.dateChanged.connect(lambda _: self._day_changed())
        self.previous_day.clicked.connect(lambda: self._step_day(-1))
        self.next_day.clicked.connect(lambda: self._step_day(1))
        self.today_button.clicked.connect(lambda: self.show_day(self.today))
        self.correct_button.clicked.connect(self.correct_selected)
        self.void_button.clicked.connect(self.void_selected)
        self.print_button.clicked.connect(self.print_selected)
        self.history_button.clicked.connect(self.show_history)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.model.modelReset.connect(self._update_buttons)
        self.model.loaded_callbacks.append(self._select_last_saved)

        chain: Sequence[QWidget] = [
            *self.form.chain,
            self.print_check,
            self.clear_button,
            self.save_button,
            self.previous_day,
            self.day_edit,
            self.next_day,
            self.today_button,
            self.table,
            self.correct_button,
            self.void_button,
            self.print_button,
            self.history_button,
        ]
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)
        self.retranslate()
        self._update_buttons()

    # -- texts ------------------------------------------------------------------------

    def title(self) -> str:
        return self.tr("Deliveries")

    def retranslate(self) -> None:
        self.heading.setText("<h2>{}</h2>".format(self.tr("Deliveries")))
        self.card_title.setText("<b>{}</b>".format(self.tr("Weigh a delivery")))
        self.net_caption.setText(self.tr("Net weight:"))
        self.print_check.setText(self.tr("Print receipt after saving"))
        self.save_button.setText(self.tr("&Save (Ctrl+Enter)"))
        self.save_button.setToolTip(self.tr("Enter in the last field saves too"))
        self.clear_button.setText(self.tr("Clear (Esc)"))
        self.clear_button.setToolTip(self.tr("Empty the form without saving"))
        self.back_to_today_button.setText(self.tr("Back to today"))
        self._show_back_dated()
        self.day_caption.setText(self.tr("Deliveries of"))
        self.previous_day.setToolTip(self.tr("Previous day"))
        self.next_day.setToolTip(self.tr("Next day"))
        self.today_button.setText(self.tr("Tod&ay"))
        self.correct_button.setText(self.tr("Co&rrect…"))
        self.void_button.setText(self.tr("Vo&id…"))
        self.print_button.setText(self.tr("Pri&nt receipt"))
        self.history_button.setText(self.tr("Histor&y"))
        self.form.retranslate()
        self.model.retranslate()
        self._show_status()
        self._show_totals()

    # -- loading ----------------------------------------------------------------------

    def refresh(self) -> None:
        """Reload the picker's members and commodities, the day's list and its totals."""
        if self.runner.book_path is None:
            return

        def load(book) -> tuple[datetime.date, list[Member], list[Commodity], list]:
            return (
                book.today(),
                book.members.list(active=True),
                book.commodities.list(),
                book.plots.list(),
            )

        self.runner.book_op(load, self._loaded)
        self._reload_day()

    def _loaded(self, result: tuple[datetime.date, list[Member], list[Commodity], list]) -> None:
        today, members, commodities, plots = result
        self.today = today
        self.members, self.commodities = members, commodities
        self.form.set_today(today)
        self.form.set_commodities(commodities)
        self.form.set_members(members)
        self.plots = plots
        self.form.set_plots(plots)
        self._show_back_dated()
        if not self._day_set:
            self._day_set = True
            self.show_day(today)
        self._show_totals()

    def day(self) -> datetime.date:
        return pydate(self.day_edit.date())

    def show_day(self, day: datetime.date) -> None:
        self._day_set = True
        if self.day() == day:
            self._reload_day()
        else:
            self.day_edit.setDate(qdate(day))  # reloads through _day_changed

    def _step_day(self, days: int) -> None:
        self.show_day(self.day() + datetime.timedelta(days=days))

    def _day_changed(self) -> None:
        self.next_day.setEnabled(self.today is not None and self.day() < self.today)
        self._reload_day()

    def _reload_day(self) -> None:
        if self.runner.book_path is None or not self._day_set:
            return
        day = self.day()
        self.model.set_filter("date", day)

        def loaded(totals: tuple[DeliveryTotal, ...]) -> None:
            if day == self.day():
                self.day_totals = totals
                self._show_totals()

        self.runner.book_op(lambda book: deliveries_by_commodity(book, day), loaded)

    def _show_totals(self) -> None:
        day = self.day()
        heading = (
            self.tr("Total today")
            if day == self.today
            else self.tr("Total %1").replace("%1", date_long(day, i18n.current_language()))
        )
        parts = []
        for total in self.day_totals:
            text = self.tr("%n delivery(ies)", "", total.deliveries)
            part = f"<b>{total.commodity}</b>&nbsp; {text} · <b>{kg(total.net_grams)}</b>"
            if total.voided:
                part += " <span style='color:#8a8a8a'>({})</span>".format(
                    self.tr("%n void", "", total.voided)
                )
            parts.append(part)
        if not parts:
            none = self.tr("No deliveries")
            parts.append(f"<span style='color:#5b6b63'>{none}</span>")
        self.totals_label.setText(
            f"<b>{heading}:</b>&nbsp;&nbsp; " + "&nbsp;&nbsp;&nbsp;│&nbsp;&nbsp;&nbsp;".join(parts)
        )

    # -- recording ----------------------------------------------------------------------

    def start_new(self) -> None:
        """Ctrl+D: straight to the member field of the entry form."""
        self.form.focus_member()

    def save(self) -> None:
        """Record the weighing; on success the form clears for the next farmer."""
        if self._saving:
            return  # a second Enter while the first save is on its way
        values = self.form.values()
        if values is None:
            return
        self._saving = True
        self.save_button.setEnabled(False)
        print_after = self.print_check.isChecked()

        def record(book) -> Delivery:
            return book.deliveries.record(
                values.member,
                values.commodity,
                values.gross_grams,
                date=values.date,
                deductions=values.deductions,
                quality_bp=values.quality_bp,
                plot=values.plot,
                require_quality=True,
                plot_id=values.plot_id,
                weight_manual=values.weight_manual,
            )

        self.runner.book_op(
            record,
            lambda delivery: self._saved(delivery, values, print_after),
            self._save_failed,
            busy=self.tr("Saving the delivery…"),
            parent=self,
        )

    def _saved(self, delivery: Delivery, values: DeliveryValues, print_after: bool) -> None:
        self._saving = False
        self.save_button.setEnabled(True)
        self.last_saved = delivery
        self._status = ("saved", delivery.receipt, values.member_name, kg(delivery.net_grams))
        self._show_status()
        self.form.clear_for_next()
        self.show_day(delivery.date)
        if print_after:
            self.print_receipt(delivery.receipt)

    def clear_entry(self) -> bool:
        """Escape or "Kosongkan": empty the weighing form, after asking if anything is typed.
        True when it was emptied."""
        if self.form.has_input() and not confirm(
            self,
            self.tr("Clear the form?"),
            self.tr("Empty what is typed for this weighing? Nothing has been saved yet."),
        ):
            return False
        self._stale_status()
        self.form.clear_for_next()
        return True

    def _stale_status(self) -> None:
        """The next keystroke makes "Tersimpan: NT-…" about another farmer: drop it."""
        if self._status:
            self._status = ()
            self._show_status()

    def _show_back_dated(self) -> None:
        back_dated = self.form.is_back_dated()
        self.back_dated.setVisible(back_dated)
        if back_dated:
            self.back_dated_label.setText(
                self.tr(
                    "<b>Back-dated entry:</b> deliveries are recorded on %1, not today. "
                    "The date stays for the next farmers until you go back to today."
                ).replace("%1", date_long(self.form.date(), i18n.current_language()))
            )

    def _save_failed(self, exc: BaseException) -> None:
        self._saving = False
        self.save_button.setEnabled(True)
        if not self.form.show_book_error(exc):
            show_error(self, exc)

    def _show_status(self) -> None:
        if not self._status:
            self.status_label.clear()
            return
        kind, receipt, name, weight = self._status
        if kind == "printed":
            self.status_label.setStyleSheet(SAVED_STYLE)
            self.status_label.setText(
                "✓ " + self.tr("Receipt %1 sent to the thermal printer").replace("%1", receipt)
            )
            return
        texts = {
            "saved": self.tr("Saved: %1 — %2, %3"),
            "corrected": self.tr("Corrected: %1 — %2, %3"),
            "voided": self.tr("Voided: %1 — %2, %3"),
        }
        self.status_label.setStyleSheet(SAVED_STYLE)
        self.status_label.setText(
            "✓ " + texts[kind].replace("%1", receipt).replace("%2", name).replace("%3", weight)
        )

    def _select_last_saved(self) -> None:
        if self.last_saved is None:
            return
        row = self.model.row_of(self.last_saved.receipt)
        if row >= 0 and not self.table.currentIndex().isValid():
            self.table.selectRow(row)

    # -- the selected delivery ------------------------------------------------------------

    def selected_row(self) -> DeliveryRow | None:
        index = self.table.currentIndex()
        if not index.isValid() or not self.table.selectionModel().hasSelection():
            return None
        return self.model.data(index.siblingAtColumn(0), RecordRole)

    def _update_buttons(self) -> None:
        has = self.selected_row() is not None
        for button in (
            self.correct_button,
            self.void_button,
            self.print_button,
            self.history_button,
        ):
            button.setEnabled(has)

    def _after_change(self, kind: str, delivery: Delivery, name: str) -> None:
        self._status = (kind, delivery.receipt, name, kg(delivery.net_grams))
        self._show_status()
        self.last_saved = delivery
        self.refresh()

    def correct_selected(self) -> None:
        """Ask the book first, so a settled or void delivery gets its sentence, not a form."""
        row = self.selected_row()
        if row is None:
            return

        def editable(result: tuple[Delivery, int | None]) -> None:
            delivery, plot_id = result
            fresh = DeliveryRow(delivery, row.member, row.commodity)
            dialog = CorrectionDialog(
                self.runner,
                fresh,
                self.members,
                self.commodities,
                self.today,
                self,
                plots=self.plots,
                plot_id=plot_id,
            )
            dialog.accepted.connect(
                lambda: self._after_change("corrected", dialog.saved, dialog.form.member().name)
            )
            dialog.open()
            self.correction_dialog = dialog

        self.runner.book_op(
            lambda book: (
                book.deliveries.check_editable(row.receipt),
                book.plots.of_delivery(row.receipt),
            ),
            editable,
            lambda exc: show_error(self, exc),
        )

    def void_selected(self) -> None:
        row = self.selected_row()
        if row is None:
            return
        if row.delivery.status != "open":
            # the book's own sentence: settled in which sale, or already void
            self.runner.book_op(
                lambda book: book.deliveries.check_editable(row.receipt),
                None,
                lambda exc: show_error(self, exc),
            )
            return
        reason = ask_reason(
            self,
            self.tr("Void delivery %1").replace("%1", row.receipt),
            self.tr("Why is %1 (%2, %3) voided? The receipt keeps its number.")
            .replace("%1", row.receipt)
            .replace("%2", row.member.name)
            .replace("%3", kg(row.delivery.net_grams)),
        )
        if reason is None:
            return
        self.runner.book_op(
            lambda book: book.deliveries.void(row.receipt, reason),
            lambda delivery: self._after_change("voided", delivery, row.member.name),
            lambda exc: show_error(self, exc),
            busy=self.tr("Voiding…"),
            parent=self,
        )

    def print_selected(self) -> None:
        row = self.selected_row()
        if row is not None:
            self.print_receipt(row.receipt)

    def print_receipt(self, receipt: str) -> None:
        """On this PC's thermal printer when one is set (Pengaturan), else the PDF preview."""
        printer = thermal_printer()
        if printer is not None:

            def sent() -> None:
                self.printed.append(receipt)
                self._status = ("printed", receipt, "", "")
                self._show_status()

            print_receipt_thermal(
                self.runner, receipt, printer, sent, lambda exc: show_error(self, exc)
            )
            return

        def shown(preview: PdfPreview) -> None:
            self.last_preview = preview

        print_receipt(self.runner, receipt, self, shown)

    # -- the scale ----------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.start_scale()

    def hideEvent(self, event: QHideEvent) -> None:
        # The port is left free while another screen is shown (and when the window closes).
        self.stop_scale()
        super().hideEvent(event)

    def start_scale(self) -> None:
        """Read the scale set up in Pengaturan (again, if its settings changed)."""
        settings = scale_settings()
        watcher = self.scale_watcher
        if watcher is not None and watcher.settings == settings and watcher.isRunning():
            return
        self.stop_scale()
        self.form.set_scale(settings is not None)
        if settings is None:
            return
        self.form.set_live_weight(None)
        watcher = ScaleWatcher(settings)
        watcher.reading.connect(self.form.set_live_weight)
        self.scale_watcher = watcher
        watcher.start()

    def stop_scale(self) -> None:
        watcher, self.scale_watcher = self.scale_watcher, None
        if watcher is not None:
            watcher.reading.disconnect()
            watcher.stop()

    def show_history(self) -> HistoryDialog | None:
        row = self.selected_row()
        if row is None:
            return None
        dialog = HistoryDialog(self.runner, row.receipt, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        self.history_dialog = dialog
        return dialog


def _truthy(value: object) -> bool:
    return value in (True, "true", "1", 1)
