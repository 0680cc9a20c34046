"""The weighing form: date, commodity, member, weights, deductions, quality and plot.

With a scale set up (Pengaturan), the live weight shows beside the weight field and F2
("Ambil berat") takes it, only when the indicator says it is stable; a weight typed by hand
is allowed but the delivery is marked as typed (weight_manual). The plot is chosen from the
member's mapped plots, or "tanpa kebun terpetakan" (the delivery is then untraceable).

Made for the keyboard at the weighing point: the member is found by typing part of a name
or number (Enter takes the one that matches), Enter moves to the next field and saves in
the last one, Ctrl+Enter saves from anywhere. Each field says what is wrong with it as it
is typed, with the core's own parsing and sentences; nothing here touches the book.
"""

from __future__ import annotations

import datetime
import itertools
from collections.abc import Iterable
from dataclasses import dataclass

from PySide6.QtCore import QDate, QEvent, QObject, QStringListModel, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from koperasi.book.deliveries import DeductionInput
from koperasi.core.deliveries import check_quality, net_grams, resolve_deduction
from koperasi.core.errors import KoperasiError
from koperasi.core.fmt import date_short, kg, percent_input
from koperasi.core.model import Commodity, Delivery, Member
from koperasi.core.numbers import parse_kg, parse_percent
from koperasi.core.units import GRAMS_PER_KG
from koperasi.gui import i18n
from koperasi.gui.devices.scale_watch import LiveWeight, live_message
from koperasi.gui.kit.dates import DayEdit, pydate, qdate, today_button
from koperasi.gui.kit.style import ERROR_STYLE

LABEL_STYLE = "color: #40524a; font-weight: 600;"
PAST_DATE_STYLE = "QDateEdit { background: #fff3c4; }"
# The live weight: green when it may be taken, amber while it moves, red when there is none.
LIVE_STYLES = {
    "stable": "color: #1f7a4d; font-weight: 700;",
    "unstable": "color: #9a6700; font-weight: 600;",
}
LIVE_PROBLEM_STYLE = "color: #b3261e; font-weight: 600;"

KG_DEDUCTION = "tare"
PERCENT_DEDUCTION = "other"


@dataclass(frozen=True)
class DeliveryValues:
    """What the form holds once every field is right.

    Attributes:
      member: the member's number; member_name for the status line.
      deductions_changed: False when correcting and the deduction fields were left as
        they were, so the delivery keeps its own deductions exactly.
      quality_bp: None when the commodity has no quality factor.
      plot: the chosen plot's name ("" when none); plot_id: the mapped plot, or None when
        the delivery is untraceable.
      weight_manual: a scale is set up and the gross weight was typed, not taken from it.
    """

    member: str
    member_name: str
    commodity: str
    date: datetime.date
    gross_grams: int
    deductions: tuple[DeductionInput, ...]
    quality_bp: int | None
    plot: str
    net_grams: int
    deductions_changed: bool = True
    plot_id: int | None = None
    weight_manual: bool = False


def member_label(member: Member) -> str:
    """How a member shows in the picker: "Siti Aminah · LJ-0001 · Lembah Jaya"."""
    parts = [member.name, member.number]
    if member.village:
        parts.append(member.village)
    return " · ".join(parts)


def _decimal_text(value: int, scale: int) -> str:
    """An exact scaled integer as the user would type it: 120500 g → "120,5"."""
    whole, frac = divmod(value, scale)
    digits = f"{frac:0{len(str(scale)) - 1}d}".rstrip("0") if frac else ""
    return f"{whole},{digits}" if digits else str(whole)


def kg_input(grams: int) -> str:
    return _decimal_text(grams, GRAMS_PER_KG)


def plot_label(plot) -> str:
    """How a plot shows in the picker: "Kebun Sungai Ladang · 1,8 ha · 2012"."""
    parts = [plot.name, f"{_decimal_text(round(plot.area_m2 / 1000), 10)} ha"]
    if plot.planting_year:
        parts.append(str(plot.planting_year))
    return " · ".join(parts)


class DeliveryForm(QWidget):
    """The fields of one weighing, laid out in `columns` columns (labels above fields).

    Signals:
      submitted(): Enter in the last field, or Ctrl+Enter anywhere in the form.
      net_changed(object): the net grams as far as they can be computed, or None.
      edited(): the user typed in a field.
    """

    submitted = Signal()
    net_changed = Signal(object)
    edited = Signal()  # a keystroke in a field: any earlier confirmation is stale now

    def __init__(
        self, columns: int = 5, mark_other_days: bool = True, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        # At the weighing point a date other than today stands out; a correction need not.
        self.mark_other_days = mark_other_days
        self._members: dict[str, Member] = {}
        self._today: datetime.date | None = None  # the book's today, given by set_today()
        self._tried = False
        self._original_deductions: tuple[str, str] | None = None
        self._plots: dict[int, list] = {}  # member id -> the member's PlotRows
        self._plot_choice = True  # False in a correction: the plot stays as recorded
        self._recorded_plot = ""
        self._scale_on = False
        self._live: LiveWeight | None = None
        self._taken_grams: int | None = None  # the stable weight F2 put in the field

        # No maximum date: QDateEdit would clamp each keystroke to it ("20/11" typed on the
        # 4th became "04/11"); a future date is kept as typed and refused under the field.
        self.date_edit = DayEdit()
        self.today_button = today_button(self.date_edit, lambda: self._today)
        self.commodity_combo = QComboBox()
        self.member_edit = QLineEdit()
        self.member_edit.setClearButtonEnabled(True)
        self.member_model = QStringListModel(self)
        self.completer = QCompleter(self.member_model, self)
        self.completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.completer.setMaxVisibleItems(12)
        self.member_edit.setCompleter(self.completer)
        self.gross_edit = QLineEdit()
        self.deduction_kg_edit = QLineEdit()
        self.deduction_percent_edit = QLineEdit()
        self.quality_edit = QLineEdit()
        self.plot_combo = QComboBox()
        self.plot_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.plot_combo.setMinimumContentsLength(10)
        self.take_button = QToolButton()
        self.take_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.live_label = QLabel()
        self.live_label.setWordWrap(True)
        self.take_button.hide()
        self.live_label.hide()
        for edit in (
            self.gross_edit,
            self.deduction_kg_edit,
            self.deduction_percent_edit,
            self.quality_edit,
        ):
            edit.setAlignment(Qt.AlignmentFlag.AlignRight)
            edit.setMaxLength(14)

        # (key, field, columns it spans when there is room)
        cells: list[tuple[str, QWidget, int]] = [
            ("date", self.date_edit, 1),
            ("commodity", self.commodity_combo, 1),
            ("member", self.member_edit, 3),
            ("gross", self.gross_edit, 1),
            ("deduction_kg", self.deduction_kg_edit, 1),
            ("deduction_percent", self.deduction_percent_edit, 1),
            ("quality", self.quality_edit, 1),
            ("plot", self.plot_combo, 1),
        ]
        self.labels: dict[str, QLabel] = {}
        self.errors: dict[str, QLabel] = {}
        self.fields: dict[str, QWidget] = {}
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(14)
        grid.setVerticalSpacing(8)
        row = column = 0
        for key, field, span in cells:
            span = min(span, columns)
            if key == "plot" and columns < 5:
                span = columns - column if column else columns
            if column + span > columns:
                row, column = row + 1, 0
            label = QLabel()
            label.setStyleSheet(LABEL_STYLE)
            label.setBuddy(field)
            error = QLabel()
            error.setStyleSheet(ERROR_STYLE)
            error.setWordWrap(True)
            error.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
            error.hide()
            box = QVBoxLayout()
            box.setSpacing(3)
            box.addWidget(label)
            if field is self.date_edit:
                date_row = QHBoxLayout()
                date_row.setSpacing(4)
                date_row.addWidget(self.date_edit, 1)
                date_row.addWidget(self.today_button)
                box.addLayout(date_row)
            elif field is self.gross_edit:
                gross_row = QHBoxLayout()
                gross_row.setSpacing(4)
                gross_row.addWidget(self.gross_edit, 1)
                gross_row.addWidget(self.take_button)
                box.addLayout(gross_row)
                box.addWidget(self.live_label)
            else:
                box.addWidget(field)
            box.addWidget(error)
            box.addStretch(1)
            grid.addLayout(box, row, column, 1, span)
            self.labels[key], self.errors[key], self.fields[key] = label, error, field
            column += span
            if column >= columns:
                row, column = row + 1, 0
        for index in range(columns):
            grid.setColumnStretch(index, 1)

        # Enter moves along the fields in this order and saves after the last.
        self.chain: list[QWidget] = [
            self.date_edit,
            self.commodity_combo,
            self.member_edit,
            self.gross_edit,
            self.deduction_kg_edit,
            self.deduction_percent_edit,
            self.quality_edit,
            self.plot_combo,
        ]
        for first, second in itertools.pairwise(self.chain):
            QWidget.setTabOrder(first, second)
        self.member_edit.returnPressed.connect(self._member_entered)
        for edit in (
            self.gross_edit,
            self.deduction_kg_edit,
            self.deduction_percent_edit,
            self.quality_edit,
        ):
            edit.returnPressed.connect(lambda edit=edit: self._advance(edit))
            edit.textChanged.connect(self._typed)
        for edit in (
            self.member_edit,
            self.gross_edit,
            self.deduction_kg_edit,
            self.deduction_percent_edit,
            self.quality_edit,
        ):
            edit.textEdited.connect(lambda _text: self.edited.emit())
        # A weight typed (or changed) by hand is no longer the one taken from the scale.
        self.gross_edit.textEdited.connect(self._weight_typed)
        self.take_button.clicked.connect(self.take_weight)
        self.plot_combo.activated.connect(lambda _index: self.edited.emit())
        for widget in (
            self.date_edit,
            self.date_edit.lineEdit(),
            self.commodity_combo,
            self.plot_combo,
        ):
            widget.installEventFilter(self)
        self.completer.activated.connect(self._member_picked)
        self.member_edit.textChanged.connect(self._member_typed)
        self.commodity_combo.currentIndexChanged.connect(self._commodity_changed)
        self.date_edit.dateChanged.connect(self._date_changed)
        self.date_edit.dateChanged.connect(lambda _date: self.edited.emit())
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(self.submitted)
        self.take_shortcut = QShortcut(QKeySequence(Qt.Key.Key_F2), self)
        self.take_shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.take_shortcut.activated.connect(self.take_weight)
        self.take_shortcut.setEnabled(False)
        self.retranslate()
        self._commodity_changed()

    # -- texts ------------------------------------------------------------------------

    def retranslate(self) -> None:
        texts = {
            "date": self.tr("&Date"),
            "commodity": self.tr("&Commodity"),
            "member": self.tr("&Member"),
            "gross": self.tr("&Gross weight (kg)"),
            "deduction_kg": self.tr("Deduction (&kg)"),
            "deduction_percent": self.tr("Deduction (%)"),
            "quality": self.tr("&Quality, KKK (%)"),
            "plot": self.tr("&Plot"),
        }
        for key, text in texts.items():
            self.labels[key].setText(text)
        self.member_edit.setPlaceholderText(self.tr("Type part of a name or number…"))
        self.gross_edit.setPlaceholderText(self.tr("e.g. 120,5"))
        self.deduction_kg_edit.setPlaceholderText("0")
        self.deduction_percent_edit.setPlaceholderText("0")
        self.quality_edit.setToolTip(self.tr("Only for commodities with a quality factor"))
        self.today_button.setText(self.tr("Today"))
        self.take_button.setText(self.tr("Take (F2)"))  # "Ambil (F2)"
        self.take_button.setToolTip(self.tr("Take the scale's weight once it is stable"))
        self._fill_plots()
        self._show_live()
        self.validate(show_required=self._tried)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- what the book provides ------------------------------------------------------------

    def set_members(self, members: Iterable[Member]) -> None:
        """The members the picker offers (the active ones)."""
        chosen = self.member()
        self._members = {member_label(m): m for m in members}
        if chosen is not None and member_label(chosen) not in self._members:
            self._members[member_label(chosen)] = chosen
        self.member_model.setStringList(sorted(self._members, key=str.casefold))

    def set_commodities(self, commodities: Iterable[Commodity]) -> None:
        current = self.commodity()
        self.commodity_combo.blockSignals(True)
        self.commodity_combo.clear()
        for commodity in commodities:
            if commodity.active or (current is not None and commodity.id == current.id):
                self.commodity_combo.addItem(commodity.name, commodity)
        index = 0
        if current is not None:
            found = self.commodity_combo.findText(current.name)
            index = max(0, found)
        self.commodity_combo.setCurrentIndex(index)
        self.commodity_combo.blockSignals(False)
        self._commodity_changed()

    def set_today(self, today: datetime.date) -> None:
        """The book's today: the default date and the latest a delivery may have."""
        was_today = self._today is None or self.date() == self._today
        self._today = today
        if was_today:
            self.date_edit.setDate(qdate(today))
        self._date_changed()

    def back_to_today(self) -> None:
        if self._today is not None:
            self.date_edit.setDate(qdate(self._today))

    def is_back_dated(self) -> bool:
        return self._today is not None and self.date() != self._today

    def has_input(self) -> bool:
        """Anything typed that clearing would lose."""
        return any(
            edit.text().strip()
            for edit in (
                self.member_edit,
                self.gross_edit,
                self.deduction_kg_edit,
                self.deduction_percent_edit,
                self.quality_edit,
            )
        )

    # -- reading the fields ----------------------------------------------------------------

    def member(self) -> Member | None:
        return self._members.get(self.member_edit.text())

    def commodity(self) -> Commodity | None:
        data = self.commodity_combo.currentData()
        return data if isinstance(data, Commodity) else None

    def date(self) -> datetime.date:
        return pydate(self.date_edit.date())

    def _resolve_member(self, text: str) -> tuple[Member | None, int]:
        """The member the typed text means, and how many members it matches."""
        text = text.strip()
        if text in self._members:
            return self._members[text], 1
        low = text.casefold()
        if not low:
            return None, 0
        for member in self._members.values():
            if member.number.casefold() == low:
                return member, 1
        matches = [m for label, m in self._members.items() if low in label.casefold()]
        if len(matches) == 1:
            return matches[0], 1
        same_name = [m for m in matches if m.name.casefold() == low]
        if len(same_name) == 1:
            return same_name[0], 1
        return None, len(matches)

    def _member_problem(self) -> str:
        text = self.member_edit.text().strip()
        if not text:
            return self.tr("Type part of the member's name or number and pick them from the list.")
        _, matches = self._resolve_member(text)
        if matches > 1:
            return self.tr("%n members match; pick one from the list.", "", matches)
        return self.tr("No active member matches “%1”.").replace("%1", text)

    def check(self, show_required: bool) -> tuple[DeliveryValues | None, dict[str, str]]:
        """The values if every field is right, and a sentence for each field that is not.

        Empty required fields only complain when `show_required` (after a save attempt);
        what is typed wrongly complains at once.
        """
        errors: dict[str, str] = {}
        member = self.member()
        if member is None and show_required:
            errors["member"] = self._member_problem()
        commodity = self.commodity()
        if commodity is None and show_required:
            errors["commodity"] = self.tr("There is no commodity to choose; add one first.")
        if self._today is not None and self.date() > self._today:
            errors["date"] = KoperasiError(
                "delivery.future_date", date=date_short(self.date())
            ).message(i18n.current_language())

        gross = None
        gross_text = self.gross_edit.text().strip()
        try:
            if gross_text:
                gross = parse_kg(gross_text)
                if gross <= 0:
                    gross = None
                    raise KoperasiError("delivery.gross_positive")
            elif show_required:
                raise KoperasiError("delivery.gross_positive")
        except KoperasiError as exc:
            errors["gross"] = exc.message(i18n.current_language())

        deductions: list[DeductionInput] = []
        for key, edit, parse in (
            ("deduction_kg", self.deduction_kg_edit, parse_kg),
            ("deduction_percent", self.deduction_percent_edit, parse_percent),
        ):
            text = edit.text().strip()
            if not text:
                continue
            try:
                value = parse(text)
            except KoperasiError as exc:
                errors[key] = exc.message(i18n.current_language())
                continue
            if key == "deduction_kg":
                deductions.append(DeductionInput(KG_DEDUCTION, grams=value))
            else:
                deductions.append(DeductionInput(PERCENT_DEDUCTION, percent_bp=value))

        net = None
        if gross is not None and not ({"deduction_kg", "deduction_percent"} & errors.keys()):
            try:
                resolved = [
                    resolve_deduction(gross, d.kind, d.grams, d.percent_bp)
                    for d in deductions
                    if d.grams or d.percent_bp
                ]
                net = net_grams(gross, resolved)
            except KoperasiError as exc:
                key = (
                    "deduction_kg" if self.deduction_kg_edit.text().strip() else "deduction_percent"
                )
                errors[key] = exc.message(i18n.current_language())

        quality = None
        if commodity is not None and commodity.uses_quality:
            text = self.quality_edit.text().strip()
            try:
                if text:
                    quality = check_quality(parse_percent(text), True, commodity.name)
                elif show_required:
                    errors["quality"] = self.tr("Give the quality (KKK) of %1 in percent.").replace(
                        "%1", commodity.name
                    )
            except KoperasiError as exc:
                errors["quality"] = exc.message(i18n.current_language())

        self.net_changed.emit(net)
        if errors or member is None or commodity is None or gross is None or net is None:
            return None, errors
        if commodity.uses_quality and quality is None:
            return None, errors
        current = (
            self.deduction_kg_edit.text().strip(),
            self.deduction_percent_edit.text().strip(),
        )
        return (
            DeliveryValues(
                member=member.number,
                member_name=member.name,
                commodity=commodity.name,
                date=self.date(),
                gross_grams=gross,
                deductions=tuple(deductions),
                quality_bp=quality,
                plot=self.plot_name(),
                net_grams=net,
                deductions_changed=current != self._original_deductions,
                plot_id=self.plot_id(),
                weight_manual=self._scale_on and self._taken_grams != gross,
            ),
            errors,
        )

    def validate(self, show_required: bool = False) -> DeliveryValues | None:
        """Check every field and show its sentence under it; the values when all are right."""
        values, errors = self.check(show_required)
        for key, label in self.errors.items():
            text = errors.get(key, "")
            label.setText(text)
            label.setVisible(bool(text))
        return values

    def values(self) -> DeliveryValues | None:
        """For saving: every problem shows, required fields included; focus goes to the first."""
        self._tried = True
        values = self.validate(show_required=True)
        if values is None:
            for widget in self.chain:
                key = next(k for k, w in self.fields.items() if w is widget)
                if self.errors[key].isVisible():
                    widget.setFocus()
                    if isinstance(widget, QLineEdit):
                        widget.selectAll()
                    break
        return values

    def show_book_error(self, exc: BaseException) -> bool:
        """Show a refusal of the book at the field it is about; False when it is about none."""
        if not isinstance(exc, KoperasiError):
            return False
        code = exc.code
        if code.startswith("member."):
            key = "member"
        elif code.startswith("commodity."):
            key = "commodity"
        elif code in ("delivery.gross_positive", "input.bad_kg"):
            key = "gross"
        elif code in ("delivery.net_positive", "delivery.deduction_negative"):
            key = "deduction_kg"
        elif code in ("delivery.bad_quality", "delivery.quality_not_used", "input.bad_percent"):
            key = "quality"
        elif code in ("delivery.future_date", "input.bad_date"):
            key = "date"
        else:
            return False
        self.errors[key].setText(exc.message(i18n.current_language()))
        self.errors[key].show()
        self.fields[key].setFocus()
        return True

    # -- filling and clearing ---------------------------------------------------------------

    def clear_for_next(self) -> None:
        """Ready for the next farmer: date and commodity stay, everything else empties."""
        self._tried = False
        self._original_deductions = None
        for edit in (
            self.member_edit,
            self.gross_edit,
            self.deduction_kg_edit,
            self.deduction_percent_edit,
            self.quality_edit,
        ):
            edit.clear()
        self._taken_grams = None
        self._fill_plots()
        self.validate()
        self.focus_member()

    def focus_member(self) -> None:
        self.member_edit.setFocus()
        self.member_edit.selectAll()

    def prefill(self, delivery: Delivery, member: Member, commodity: Commodity) -> None:
        """Show a recorded delivery, to be corrected."""
        label = member_label(member)
        if label not in self._members:
            self._members[label] = member
            self.member_model.setStringList(sorted(self._members, key=str.casefold))
        if self.commodity_combo.findText(commodity.name) < 0:
            self.commodity_combo.addItem(commodity.name, commodity)
        self.commodity_combo.setCurrentIndex(self.commodity_combo.findText(commodity.name))
        self.date_edit.setDate(qdate(delivery.date))
        self.member_edit.setText(label)
        self.gross_edit.setText(kg_input(delivery.gross_grams))
        in_kg = sum(d.grams for d in delivery.deductions if d.percent_bp is None)
        in_percent = [d.percent_bp for d in delivery.deductions if d.percent_bp is not None]
        self.deduction_kg_edit.setText(kg_input(in_kg) if in_kg else "")
        self.deduction_percent_edit.setText(percent_input(sum(in_percent)) if in_percent else "")
        self._original_deductions = (
            self.deduction_kg_edit.text().strip(),
            self.deduction_percent_edit.text().strip(),
        )
        self.quality_edit.setText(
            percent_input(delivery.quality_bp) if commodity.uses_quality else ""
        )
        self._taken_grams = None
        self._recorded_plot = delivery.plot
        self._fill_plots()
        self.validate()

    # -- the member's plots ---------------------------------------------------------------

    def set_plots(self, plots: Iterable) -> None:
        """Every mapped plot (PlotRows); the picker offers the chosen member's."""
        self._plots = {}
        for plot in plots:
            self._plots.setdefault(plot.member_id, []).append(plot)
        self._fill_plots()

    def set_plot_choice(self, on: bool) -> None:
        """Off in a correction: the plot shows as recorded and is not changed."""
        self._plot_choice = on
        self.plot_combo.setEnabled(on)
        self._fill_plots()

    def member_plots(self) -> list:
        """The chosen member's plots of the chosen commodity (or of no commodity)."""
        member, commodity = self.member(), self.commodity()
        if member is None:
            return []
        return [
            p
            for p in self._plots.get(member.id, [])
            if commodity is None or p.commodity_id in (None, commodity.id)
        ]

    def _fill_plots(self) -> None:
        """The picker for this member and commodity: their plots, then "no mapped plot".
        A member with one plot of the commodity has it chosen; the choice stays when the
        list has not changed."""
        combo = self.plot_combo
        if not self._plot_choice:
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(self._recorded_plot or self.tr("No mapped plot"), None)
            combo.blockSignals(False)
            return
        plots = self.member_plots()
        chosen = combo.currentData()
        items = [(plot_label(p), p.id) for p in plots]
        items.append((self.tr("No mapped plot (untraceable)"), None))
        old = [(combo.itemText(i), combo.itemData(i)) for i in range(combo.count())]
        if old == items:
            return
        combo.blockSignals(True)
        combo.clear()
        for label, plot_id in items:
            combo.addItem(label, plot_id)
        ids = [plot_id for _, plot_id in items]
        if chosen in ids and chosen is not None:
            combo.setCurrentIndex(ids.index(chosen))
        else:
            combo.setCurrentIndex(0 if len(plots) == 1 else len(items) - 1)
        combo.setToolTip(self.tr("A delivery without a mapped plot cannot go into a traceable lot"))
        combo.blockSignals(False)

    def select_plot(self, plot_id: int | None) -> None:
        """Choose this plot (None: no mapped plot) when the member has it."""
        index = self.plot_combo.findData(plot_id) if plot_id is not None else -1
        if index < 0:
            index = self.plot_combo.count() - 1  # "no mapped plot" is always last
        self.plot_combo.setCurrentIndex(index)

    def plot_id(self) -> int | None:
        if not self._plot_choice:
            return None
        data = self.plot_combo.currentData()
        return data if isinstance(data, int) else None

    def plot_name(self) -> str:
        if not self._plot_choice:
            return self._recorded_plot
        plot_id = self.plot_id()
        for plot in self.member_plots():
            if plot.id == plot_id:
                return plot.name
        return ""

    # -- the scale -------------------------------------------------------------------------

    def set_scale(self, on: bool) -> None:
        """A scale is set up on this PC: show the live weight and take it with F2."""
        self._scale_on = on
        self.take_button.setVisible(on)
        self.live_label.setVisible(on)
        self.take_shortcut.setEnabled(on)
        if not on:
            self._live = None
        self._show_live()

    def set_live_weight(self, live: LiveWeight | None) -> None:
        """What the scale says now (from the scale's thread)."""
        self._live = live
        self._show_live()

    def live_weight(self) -> LiveWeight | None:
        return self._live

    def _show_live(self) -> None:
        if not self._scale_on:
            return
        live = self._live
        if live is None:
            self.live_label.setStyleSheet(LIVE_PROBLEM_STYLE)
            self.live_label.setText(self.tr("Waiting for the scale…"))
            return
        self.live_label.setStyleSheet(LIVE_STYLES.get(live.kind, LIVE_PROBLEM_STYLE))
        self.live_label.setText(live_message(live))
        self.take_button.setEnabled(live.stable)

    def take_weight(self) -> bool:
        """F2 "Ambil berat": the scale's weight into the field, only when it is stable and
        above zero; otherwise the field says why not and keeps what it had."""
        live = self._live
        if not self._scale_on:
            return False
        if live is None or not live.stable or live.grams is None or live.grams <= 0:
            if live is not None and live.kind == "unstable":
                why = self.tr("The weight is not stable yet; wait until the scale settles.")
            elif live is not None and live.stable:
                why = self.tr("The scale shows no load; put the delivery on the scale.")
            else:
                why = self.tr("No weight from the scale: %1").replace(
                    "%1", live_message(live) if live else self.tr("Waiting for the scale…")
                )
            self.errors["gross"].setText(why)
            self.errors["gross"].show()
            return False
        self._taken_grams = live.grams
        self.gross_edit.setText(kg_input(live.grams))
        self.edited.emit()
        self.validate(show_required=self._tried)
        self._advance(self.gross_edit)
        return True

    def weight_is_manual(self) -> bool:
        """A scale is set up and the gross weight in the field was not taken from it."""
        if not self._scale_on:
            return False
        try:
            return self._taken_grams != parse_kg(self.gross_edit.text().strip())
        except KoperasiError:
            return True

    def _weight_typed(self, _text: str) -> None:
        self._taken_grams = None

    # -- reacting to the keyboard --------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and not event.modifiers() & Qt.KeyboardModifier.ControlModifier
        ):
            widget = self.date_edit if watched is self.date_edit.lineEdit() else watched
            if isinstance(widget, QWidget) and widget in self.chain:
                self._advance(widget)
                return True
        return super().eventFilter(watched, event)

    def _advance(self, widget: QWidget) -> None:
        """Enter: on to the next field that is enabled, or save after the last."""
        index = self.chain.index(widget)
        for following in self.chain[index + 1 :]:
            if following.isEnabled() and following.isVisible():
                following.setFocus()
                if isinstance(following, QLineEdit):
                    following.selectAll()
                return
        self.submitted.emit()

    def accept_member(self) -> bool:
        """Take the member the typed text means; otherwise say why not and keep the list open."""
        member, matches = self._resolve_member(self.member_edit.text())
        if member is None:
            self.errors["member"].setText(self._member_problem())
            self.errors["member"].show()
            if matches > 1:
                # after the completer has finished with this Enter, which closes its list
                QTimer.singleShot(0, self._reopen_member_list)
            return False
        self.member_edit.setText(member_label(member))
        self.completer.popup().hide()
        return True

    def _reopen_member_list(self) -> None:
        if self.member() is None and self.member_edit.text().strip():
            self.completer.setCompletionPrefix(self.member_edit.text().strip())
            self.completer.complete()

    def _member_entered(self) -> None:
        if self.accept_member():
            self._advance(self.member_edit)

    def _member_picked(self, text: str) -> None:
        if text in self._members:
            self.member_edit.setText(text)
            self._advance(self.member_edit)

    def _member_typed(self, _text: str) -> None:
        if self.member() is not None or not self.member_edit.text():
            self.errors["member"].hide()
        self._fill_plots()

    def _typed(self, _text: str = "") -> None:
        self.validate(show_required=self._tried)

    def _commodity_changed(self, _index: int = 0) -> None:
        commodity = self.commodity()
        uses_quality = commodity is not None and commodity.uses_quality
        self.quality_edit.setEnabled(uses_quality)
        if not uses_quality:
            self.quality_edit.clear()
        self.quality_edit.setPlaceholderText("" if uses_quality else "—")
        self._fill_plots()
        self.validate(show_required=self._tried)

    def _date_changed(self, _date: QDate | None = None) -> None:
        marked = self.mark_other_days and self.date() != self._today
        self.date_edit.setStyleSheet(PAST_DATE_STYLE if marked else "")
        self.date_edit.setToolTip(
            self.tr("Not today: %1").replace("%1", date_short(self.date())) if marked else ""
        )
        self.validate(show_required=self._tried)


def net_text(net: int | None) -> str:
    return kg(net) if net is not None else "—"
