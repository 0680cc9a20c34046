"""The year end on the Tutup buku & SHU page (issue 14): close the year into SHU Belum
Dibagi (or SHU Negatif), record the members' meeting's decision (its date, attendance, the
percentages as voted, a deficit covered or carried), amend it until the SHU is paid, and
show it. A year not closed yet says PRATINJAU: its figures are a preview."""

from __future__ import annotations

import datetime
import json
from collections.abc import Callable
from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from koperasi.core.errors import KoperasiError
from koperasi.core.fmt import date_long, date_short, group, percent, percent_input, rupiah
from koperasi.core.numbers import parse_count
from koperasi.core.units import BP_PER_UNIT
from koperasi.core.yearend import RAT_PARTS, check_rat_split
from koperasi.gui import i18n
from koperasi.gui.kit.dates import pydate, qdate
from koperasi.gui.kit.messages import confirm, show_error
from koperasi.gui.kit.style import ERROR_STYLE, HINT_STYLE, OK_STYLE
from koperasi.gui.kit.widgets import date_edit, hint_label, parse_percent_text
from koperasi.gui.worker import BookRunner
from koperasi.reports.screens.year_end import YearEndData
from koperasi.reports.shu_basis import decision_basis_lines

PROVISIONAL_STYLE = "color: #9a5b00; font-weight: 700;"


class YearEndBox(QGroupBox):
    """Close the year, the RAT's decision, its amendment; `changed` is called after each."""

    def __init__(
        self, runner: BookRunner, changed: Callable[[], None], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.runner = runner
        self.changed = changed
        self.data: YearEndData | None = None

        self.provisional_label = QLabel()
        self.provisional_label.setStyleSheet(PROVISIONAL_STYLE)
        self.status_label = QLabel()
        self.status_label.setTextFormat(Qt.TextFormat.RichText)
        self.status_label.setWordWrap(True)
        self.close_year_button = QPushButton()

        self.date_label = QLabel()
        self.date_edit = date_edit()
        self.date_label.setBuddy(self.date_edit)
        self.attendance_label = QLabel()
        self.attendance_edit = QLineEdit()
        self.attendance_edit.setMaximumWidth(60)
        self.attendance_edit.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.attendance_label.setBuddy(self.attendance_edit)
        self.loss_label = QLabel()
        self.loss_combo = QComboBox()
        self.loss_label.setBuddy(self.loss_combo)
        self.part_labels = {part: QLabel() for part in RAT_PARTS}
        self.part_edits = {part: QLineEdit() for part in RAT_PARTS}
        self.total_label = QLabel()
        self.total_percent = QLabel()
        self.form_error = QLabel()
        self.form_error.setWordWrap(True)
        self.decide_button = QPushButton()
        self.amend_button = QPushButton()
        # The bases of jasa anggota and jasa modal for this decision (issue 14, i14shu).
        self.usaha_basis_label = QLabel()
        self.usaha_basis_combo = QComboBox()
        self.usaha_basis_label.setBuddy(self.usaha_basis_combo)
        self.modal_basis_label = QLabel()
        self.modal_basis_combo = QComboBox()
        self.modal_basis_label.setBuddy(self.modal_basis_combo)
        self.decision_label = QLabel()
        self.decision_label.setTextFormat(Qt.TextFormat.RichText)
        self.decision_label.setWordWrap(True)
        self.hint = hint_label()

        top = QHBoxLayout()
        top.addWidget(self.provisional_label)
        top.addWidget(self.status_label, 1)
        top.addWidget(self.close_year_button)

        meeting = QHBoxLayout()
        meeting.addWidget(self.date_label)
        meeting.addWidget(self.date_edit)
        meeting.addSpacing(8)
        meeting.addWidget(self.attendance_label)
        meeting.addWidget(self.attendance_edit)
        meeting.addSpacing(8)
        meeting.addWidget(self.loss_label)
        meeting.addWidget(self.loss_combo)
        meeting.addStretch(1)
        meeting.addWidget(self.decide_button)
        meeting.addWidget(self.amend_button)

        # The eight parts in two rows of four: name, percent.
        parts = QGridLayout()
        parts.setHorizontalSpacing(6)
        parts.setVerticalSpacing(2)
        for index, part in enumerate(RAT_PARTS):
            row, column = divmod(index, 4)
            edit = self.part_edits[part]
            edit.setMaximumWidth(52)
            edit.setAlignment(Qt.AlignmentFlag.AlignRight)
            self.part_labels[part].setBuddy(edit)
            parts.addWidget(self.part_labels[part], row, column * 3)
            parts.addWidget(edit, row, column * 3 + 1)
            parts.addWidget(QLabel("%"), row, column * 3 + 2)
            edit.textChanged.connect(lambda _text: self._check_form())
        self.total_label.setStyleSheet("font-weight: 700;")
        totals = QHBoxLayout()
        totals.addWidget(self.total_label)
        totals.addWidget(self.total_percent)
        totals.addSpacing(12)
        totals.addWidget(self.usaha_basis_label)
        totals.addWidget(self.usaha_basis_combo)
        totals.addSpacing(8)
        totals.addWidget(self.modal_basis_label)
        totals.addWidget(self.modal_basis_combo)
        totals.addSpacing(12)
        totals.addWidget(self.form_error, 1)

        self.form = QWidget()
        form = QVBoxLayout(self.form)
        form.setContentsMargins(0, 0, 0, 0)
        form.setSpacing(3)
        form.addLayout(meeting)
        form.addLayout(parts)
        form.addLayout(totals)

        layout = QVBoxLayout(self)
        layout.setSpacing(4)
        layout.addLayout(top)
        layout.addWidget(self.form)
        layout.addWidget(self.decision_label)
        layout.addWidget(self.hint)

        self.close_year_button.clicked.connect(self.close_year)
        self.decide_button.clicked.connect(lambda: self.record("decide"))
        self.amend_button.clicked.connect(lambda: self.record("amend"))
        self.retranslate()

    # -- texts ----------------------------------------------------------------------------

    def part_name(self, part: str) -> str:
        return {
            "reserve": self.tr("Reserve"),
            "jasa_usaha": self.tr("Jasa usaha"),
            "jasa_modal": self.tr("Jasa modal"),
            "board": self.tr("Board"),
            "staff": self.tr("Staff"),
            "education": self.tr("Education"),
            "social": self.tr("Social"),
            "regional": self.tr("Regional dev."),
        }[part]

    def retranslate(self) -> None:
        self.setTitle(self.tr("Year end and the members' meeting (RAT)"))
        self.date_label.setText(self.tr("RAT &date"))
        self.attendance_label.setText(self.tr("Attendin&g"))
        self.attendance_edit.setPlaceholderText(self.tr("members"))
        self.loss_label.setText(self.tr("Defi&cit"))
        self.loss_combo.clear()
        self.loss_combo.addItem(self.tr("carry forward"), "carry")
        self.loss_combo.addItem(self.tr("cover from the reserve"), "cover")
        for part in RAT_PARTS:
            self.part_labels[part].setText(self.part_name(part))
        self.total_label.setText(self.tr("Total"))
        self.usaha_basis_label.setText(self.tr("&Jasa anggota by"))
        self.modal_basis_label.setText(self.tr("jasa moda&l by"))
        self._fill_bases()
        self.decide_button.setText(self.tr("&Record the RAT decision…"))
        self.amend_button.setText(self.tr("A&mend the decision…"))
        self._show()

    def _basis_name(self, mix: dict[str, int]) -> str:
        names = {
            "sales": self.tr("sale proceeds"),
            "loan_service": self.tr("loan service paid"),
            "purchases": self.tr("purchases from the cooperative"),
        }
        if len(mix) == 1:
            return names[next(iter(mix))]
        return self.tr("mix: %1").replace(
            "%1", ", ".join(f"{names[b]} {percent(bp)}" for b, bp in mix.items())
        )

    def _chosen_bases(self) -> tuple[dict[str, int], str]:
        """The bases the form shows: the standing decision's, else the settings'."""
        d = self.data
        if d is not None and d.decision is not None and d.decision.basis is not None:
            return dict(d.decision.basis.transactions), d.decision.basis.capital
        if d is not None and d.transaction_basis:
            return dict(d.transaction_basis), d.capital_basis
        return {"sales": BP_PER_UNIT}, "year_end"

    def _fill_bases(self) -> None:
        """One item per single basis, and the mix in force (set with `koperasi rat basis`)."""
        mix, capital = self._chosen_bases()
        choices = [{b: BP_PER_UNIT} for b in ("sales", "loan_service", "purchases")]
        if mix not in choices:
            choices.append(mix)
        self.usaha_basis_combo.blockSignals(True)
        self.usaha_basis_combo.clear()
        for choice in choices:
            self.usaha_basis_combo.addItem(self._basis_name(choice), json.dumps(choice))
        self.usaha_basis_combo.setCurrentIndex(choices.index(mix))
        self.usaha_basis_combo.blockSignals(False)
        self.modal_basis_combo.blockSignals(True)
        self.modal_basis_combo.clear()
        self.modal_basis_combo.addItem(self.tr("balance on 31 December"), "year_end")
        self.modal_basis_combo.addItem(self.tr("average of month-ends"), "average")
        self.modal_basis_combo.setCurrentIndex(max(self.modal_basis_combo.findData(capital), 0))
        self.modal_basis_combo.blockSignals(False)

    # -- showing ---------------------------------------------------------------------------

    def set_data(self, data: YearEndData | None) -> None:
        first = self.data is None or data is None or self.data.year != data.year
        self.data = data
        if data is not None and first:
            self._fill(data)
        self._show()

    def _fill(self, d: YearEndData) -> None:
        """The form from the standing decision, else the statutes' percentages."""
        split = d.decision.row.split if d.decision and d.decision.row.split else d.statutes
        for part in RAT_PARTS:
            edit = self.part_edits[part]
            edit.blockSignals(True)
            edit.setText(percent_input(split.get(part, 0)))
            edit.blockSignals(False)
        day = d.decision.row.date if d.decision else max(d.today, datetime.date(d.year + 1, 1, 1))
        self.date_edit.setDate(qdate(day))
        attendance = d.decision.row.attendance if d.decision else None
        self.attendance_edit.setText(str(attendance) if attendance else "")
        loss = d.decision.row.loss if d.decision else ""
        self.loss_combo.setCurrentIndex(max(self.loss_combo.findData(loss or "carry"), 0))
        self._fill_bases()

    def _show(self) -> None:
        d = self.data
        self.setVisible(d is not None)
        if d is None:
            return
        lang = i18n.current_language()
        year = str(d.year)
        self.setTitle(
            self.tr("The year %1: closing and the members' meeting (RAT)").replace("%1", year)
        )
        self.provisional_label.setText(self.tr("PRATINJAU") if d.provisional else "")
        self.provisional_label.setVisible(d.provisional)
        if not d.over:
            status = self.tr("The year %1 is not over: its SHU so far is %2.")
        elif d.provisional:
            status = self.tr("The year %1 is not closed yet: its SHU is %2.")
        elif d.statutes_posted:
            status = self.tr("The year %1 was closed and its SHU of %2 split by the statutes.")
        elif d.result < 0:
            status = self.tr("The year %1 is closed with a deficit of %2 (SHU negatif).")
        else:
            status = self.tr("The year %1 is closed: SHU of %2 in SHU belum dibagi.")
        self.status_label.setText(
            status.replace("%1", year).replace("%2", f"<b>{rupiah(abs(d.result))}</b>")
        )
        self.close_year_button.setText(self.tr("&Close the year %1…").replace("%1", year))
        self.close_year_button.setVisible(not d.closed)
        self.close_year_button.setEnabled(d.over and not d.closed)

        deciding = d.closing is not None and not d.paid
        self.form.setVisible(d.closing is not None)
        self.form.setEnabled(deciding)
        deficit = d.closing is not None and d.result < 0
        for widget in (self.loss_label, self.loss_combo):
            widget.setVisible(deficit)
        for part in RAT_PARTS:
            self.part_labels[part].setVisible(not deficit)
            self.part_edits[part].setVisible(not deficit)
        for widget in (
            self.total_label,
            self.total_percent,
            self.usaha_basis_label,
            self.usaha_basis_combo,
            self.modal_basis_label,
            self.modal_basis_combo,
        ):
            widget.setVisible(not deficit)
        decided = d.decision is not None
        self.decide_button.setVisible(not decided)
        self.amend_button.setVisible(decided)
        self.decision_label.setText(self._decision_text(d, lang))
        self.decision_label.setVisible(decided)
        if not d.over:
            hint = self.tr(
                "The year is closed once it is over; until then every figure is a preview."
            )
        elif not d.closed:
            hint = self.tr(
                "Closing moves the year's SHU into SHU belum dibagi (a deficit into SHU negatif) "
                "and closes the book up to 31 December; the RAT then decides its split."
            )
        elif d.statutes_posted:
            hint = ""
        elif d.paid:
            hint = self.tr("Payment of this SHU has begun: the decision can no longer be amended.")
        elif decided:
            hint = self.tr(
                "Until the first payment, the decision can be amended: the old entry is reversed."
            )
        else:
            hint = self.tr("Type the percentages as voted (they must total 100 %), then record.")
        self.hint.setText(hint)
        self.hint.setVisible(bool(hint))
        self._check_form()

    def _decision_text(self, d: YearEndData, lang: str) -> str:
        if d.decision is None:
            return ""
        row = d.decision.row
        text = self.tr("<b>RAT of %1</b>").replace("%1", date_long(row.date, lang))
        if row.attendance:
            text += ", " + self.tr("%1 attending").replace("%1", group(row.attendance))
        if d.decision.entry_number:
            text += ", " + self.tr("entry %1").replace("%1", d.decision.entry_number)
        if d.decision.amendments:
            text += ", " + self.tr("amended %n time(s)", "", d.decision.amendments)
        text += ": "
        if row.loss == "carry":
            return text + self.tr("the deficit of %1 is carried forward.").replace(
                "%1", rupiah(-d.result)
            )
        if row.loss == "cover":
            return text + self.tr("the deficit of %1 is covered from the reserve.").replace(
                "%1", rupiah(-d.result)
            )
        items = []
        if row.deficit_covered:
            items.append(
                self.tr("earlier deficit covered %1").replace("%1", rupiah(row.deficit_covered))
            )
        for part in RAT_PARTS:
            bp = row.split.get(part, 0)
            if bp or row.parts.get(part):
                items.append(
                    f"{self.part_name(part)} {percent(bp)} = {rupiah(row.parts.get(part, 0))}"
                )
        # The bases the shares were computed on, as recorded with the decision (issue 14).
        lines = decision_basis_lines(d.decision.basis, lang)[:2]  # the formula is printed
        bases = f"<br>{escape('; '.join(lines))}" if lines else ""
        return text + "; ".join(items) + "." + bases

    # -- the form --------------------------------------------------------------------------

    def typed_split(self) -> dict[str, int]:
        """The percentages as typed, in basis points; a KoperasiError when one is not a
        number."""
        return {part: parse_percent_text(self.part_edits[part].text() or "0") for part in RAT_PARTS}

    def typed_attendance(self) -> int | None:
        text = self.attendance_edit.text().strip()
        return parse_count(text) if text else None

    def _check_form(self) -> bool:
        d = self.data
        if d is None or d.closing is None:
            return False
        problem = ""
        if d.result >= 0:
            try:
                total = sum(self.typed_split().values())
                self.total_percent.setText(percent(total))
                if total != BP_PER_UNIT:
                    problem = self.tr("The percentages add up to %1, not 100 %.").replace(
                        "%1", percent(total)
                    )
            except KoperasiError as exc:
                problem = exc.message(i18n.current_language())
                self.total_percent.setText("?")
            ok_style = OK_STYLE if not problem else ERROR_STYLE + " font-weight: 700;"
            self.total_percent.setStyleSheet(ok_style)
        self.form_error.setStyleSheet(ERROR_STYLE if problem else HINT_STYLE)
        self.form_error.setText(problem)
        self.form_error.setVisible(bool(problem))
        ready = not problem and not d.paid
        self.decide_button.setEnabled(ready)
        self.amend_button.setEnabled(ready)
        return ready

    # -- actions ---------------------------------------------------------------------------

    def close_year(self) -> None:
        d = self.data
        if d is None or d.closed or not d.over:
            return
        year = d.year
        if d.result >= 0:
            text = self.tr(
                "Close the year %1 with an SHU of %2?\n\nThe SHU moves into SHU belum dibagi "
                "until the RAT decides its split, and the book is closed up to 31/12/%1. "
                "This cannot be undone."
            )
        else:
            text = self.tr(
                "Close the year %1 with a deficit of %2?\n\nThe deficit moves into SHU negatif "
                "until the RAT decides to cover or carry it, and the book is closed up to "
                "31/12/%1. This cannot be undone."
            )
        text = text.replace("%1", str(year)).replace("%2", rupiah(abs(d.result)))
        if not confirm(self, self.tr("Close the year"), text):
            return
        self.runner.book_op(
            lambda book: book.yearend.close_year(year),
            lambda _row: self.changed(),
            self._failed,
            busy=self.tr("Closing the year…"),
            parent=self,
        )

    def record(self, how: str) -> None:
        """Record (how="decide") or amend the RAT's decision as typed."""
        d = self.data
        if d is None or d.closing is None or not self._check_form():
            return
        try:
            split = check_rat_split(self.typed_split()) if d.result >= 0 else None
            attendance = self.typed_attendance()
        except KoperasiError as exc:
            show_error(self, exc)
            return
        loss = self.loss_combo.currentData() if d.result < 0 else ""
        day = pydate(self.date_edit.date())
        year = d.year
        mix = json.loads(self.usaha_basis_combo.currentData()) if split is not None else None
        capital = self.modal_basis_combo.currentData() if split is not None else None
        if split is not None:
            parts = "\n".join(
                f"  {self.part_name(p)}: {percent(bp)}" for p, bp in split.items() if bp
            )
            text = (
                self.tr("the SHU of %1 split as voted:\n%2")
                .replace("%1", rupiah(d.result))
                .replace("%2", parts)
            )
            text += "\n" + (
                self.tr("Jasa anggota by %1; jasa modal by %2")
                .replace("%1", self.usaha_basis_combo.currentText())
                .replace("%2", self.modal_basis_combo.currentText())
            )
        else:
            text = self.loss_combo.currentText()
        question = (
            self.tr("Record the RAT decision of %1 on the year %2: %3?")
            if how == "decide"
            else self.tr(
                "Amend the RAT decision on the year %2 as of %1: %3?\n\n"
                "The standing decision's entry is reversed and the new one posted."
            )
        )
        question = (
            question.replace("%1", date_short(day)).replace("%2", str(year)).replace("%3", text)
        )
        title = self.tr("RAT decision")
        if not confirm(self, title, question):
            return
        operation = (
            (lambda book: book.yearend.decide(year, day, split, loss, attendance, mix, capital))
            if how == "decide"
            else (lambda book: book.yearend.amend(year, day, split, loss, attendance, mix, capital))
        )
        self.runner.book_op(
            operation,
            lambda _decision: self._recorded(),
            self._failed,
            busy=self.tr("Posting the decision…"),
            parent=self,
        )

    def _recorded(self) -> None:
        self.data = None  # the form is filled again from the standing decision
        self.changed()

    def _failed(self, exc: BaseException) -> None:
        show_error(self, exc)
        self.changed()
