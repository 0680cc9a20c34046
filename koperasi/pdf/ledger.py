"""The trial balance (neraca saldo) and the general journal (jurnal umum), A4."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.lib.utils import simpleSplit
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table, TableStyle

from koperasi.core.fmt import date_long, date_short, rupiah
from koperasi.pdf.base import FlowRenderer, Signature, escape
from koperasi.pdf.labels import Labels
from koperasi.pdf.styles import ACCENT, MUTED, RULE, TINT, VOID, table_commands
from koperasi.reports.ledger import (
    JournalData,
    JournalEntryData,
    JournalLineData,
    TrialBalanceData,
)
from koperasi.text.documents import LEDGER

# The journal's body type: one size, rows of known height (see JournalRenderer.story).
_SIZE = 8.0
_LEADING = 10.0
_PAD = 1.6
_ENTRY_PAD = 3.0


def _amount(value: int) -> str:
    return rupiah(value) if value else "–"


class _LedgerRenderer(FlowRenderer):
    papers = ("a4",)

    def __init__(self, paper_key: str, lang: str) -> None:
        super().__init__(paper_key, lang)
        self.labels = Labels(lang, LEDGER)

    def _place_date(self, data) -> str:
        day = date_long(data.header.printed_on, self.lang)
        place = data.header.place
        return self.labels("place_date", place=place, date=day) if place else day


class TrialBalanceRenderer(_LedgerRenderer):
    def title(self, data: TrialBalanceData) -> str:
        return f"{self.labels('trial_balance.title').title()} {date_short(data.until)}"

    def story(self, data: TrialBalanceData) -> list[Flowable]:
        L, styles = self.labels, self.styles
        right = styles["head_right"]
        rows: list[list] = [
            [
                Paragraph(L("code"), styles["head"]),
                Paragraph(L("account"), styles["head"]),
                Paragraph(L("debit"), right),
                Paragraph(L("credit"), right),
                Paragraph(L("balance"), right),
            ]
        ]
        idle = []
        for r in data.rows:
            if not r.debit and not r.credit:
                idle.append(len(rows))
            rows.append([r.code, r.name, _amount(r.debit), _amount(r.credit), _amount(r.balance)])
        rows.append(["", L("total"), rupiah(data.total_debit), rupiah(data.total_credit), ""])
        widths = [14 * mm, None, 37 * mm, 37 * mm, 37 * mm]
        widths[1] = self.paper.body_width - sum(w for w in widths if w)
        table = Table(rows, colWidths=widths, repeatRows=1)
        commands = table_commands(rows=len(rows) - 1)
        commands += [
            ("ALIGN", (2, 1), (-1, -1), "RIGHT"),
            ("LINEBELOW", (0, 1), (-1, -2), 0.25, RULE),
            ("LINEABOVE", (0, -1), (-1, -1), 0.9, ACCENT),
            ("LINEBELOW", (0, -1), (-1, -1), 0.9, ACCENT),
            ("FONT", (0, -1), (-1, -1), self.style.bold, 8.5),
            ("BACKGROUND", (0, -1), (-1, -1), TINT),
        ]
        for row in idle:
            commands.append(("TEXTCOLOR", (0, row), (-1, row), MUTED))
        table.setStyle(TableStyle(commands))
        if data.balanced:
            verdict = self.p(L("balanced"), "value_bold")
        else:
            verdict = Paragraph(
                f"<font color='#{VOID.hexval()[2:]}'><b>"
                + escape(L("unbalanced", difference=rupiah(abs(data.difference))))
                + "</b></font>",
                styles["body"],
            )
        return [
            self.p(L("trial_balance.title"), "title"),
            self.p(L("trial_balance.as_of", date=date_long(data.until, self.lang)), "subtitle"),
            table,
            Spacer(1, 3 * mm),
            verdict,
            Spacer(1, 2 * mm),
            self.p(L("trial_balance.note"), "small"),
            Spacer(1, 8 * mm),
            KeepTogether(
                self.signatures(
                    [
                        Signature(L("prepared_by"), L("treasurer"), data.header.treasurer),
                        Signature(L("checked_by"), L("supervisor"), ""),
                        Signature(L("approved_by"), L("chairman"), data.header.chairman),
                    ],
                    place_date=self._place_date(data),
                )
            ),
        ]


class JournalRenderer(_LedgerRenderer):
    def title(self, data: JournalData) -> str:
        return (
            f"{self.labels('journal.title').title()} "
            f"{date_short(data.start)}–{date_short(data.end)}"
        )

    def story(self, data: JournalData) -> list[Flowable]:
        L, styles = self.labels, self.styles
        period = L(
            "period_value",
            start=date_long(data.start, self.lang),
            end=date_long(data.end, self.lang),
        )
        story: list[Flowable] = [
            self.p(L("journal.title"), "title"),
            self.p(f"{L('period')}: {period}", "subtitle"),
        ]
        right = styles["head_right"]
        head = [
            Paragraph(L("journal.entry_no"), styles["head"]),
            Paragraph(L("date"), styles["head"]),
            Paragraph(L("description_account"), styles["head"]),
            Paragraph(L("debit"), right),
            Paragraph(L("credit"), right),
        ]
        rows: list[list] = [head]
        heights: list[float | None] = [None]
        bold_rows: list[int] = []
        muted_rows: list[int] = []
        widths = [27 * mm, 18 * mm, None, 32 * mm, 32 * mm]
        widths[2] = self.paper.body_width - sum(w for w in widths if w)
        # An entry's description has its row to itself: it may run on over the debit column.
        text_width = widths[2] + widths[3] - 6
        for entry in data.entries:
            bold_rows.append(len(rows))
            lines = simpleSplit(entry.description, self.style.bold, _SIZE, text_width) or [""]
            rows.append([entry.number, date_short(entry.date), "\n".join(lines), "", ""])
            heights.append(len(lines) * _LEADING + _ENTRY_PAD + _PAD)
            for note in self._notes(entry):
                muted_rows.append(len(rows))
                rows.append(["", "", note, "", ""])
                heights.append(_LEADING + _PAD)
            for line in entry.lines:
                rows.append(self._line(line))
                heights.append(_LEADING + _PAD)
        if not data.entries:
            muted_rows.append(len(rows))
            rows.append(["", "", L("journal.empty"), "", ""])
            heights.append(_LEADING + _ENTRY_PAD + _PAD)
        rows.append(["", "", L("total"), rupiah(data.total_debit), rupiah(data.total_credit)])
        heights.append(None)
        # A year's journal has ten thousand lines. Laid out as paragraphs with heights left
        # for reportlab to measure, that took many seconds, growing with the square of the
        # lines; plain strings in rows of known height take a fraction of that.
        table = Table(rows, colWidths=widths, rowHeights=heights, repeatRows=1)
        regular, bold = self.style.regular, self.style.bold
        commands = table_commands(zebra=False)
        commands += [
            ("FONT", (0, 1), (-1, -1), regular, _SIZE, _LEADING),
            ("ALIGN", (3, 1), (-1, -1), "RIGHT"),
            ("VALIGN", (0, 1), (-1, -1), "TOP"),
            ("TOPPADDING", (0, 1), (-1, -1), 0),
            ("BOTTOMPADDING", (0, 1), (-1, -1), _PAD),
            ("LINEABOVE", (0, -1), (-1, -1), 0.9, ACCENT),
            ("LINEBELOW", (0, -1), (-1, -1), 0.9, ACCENT),
            ("FONT", (0, -1), (-1, -1), bold, _SIZE, _LEADING),
            ("BACKGROUND", (0, -1), (-1, -1), TINT),
            ("TOPPADDING", (0, -1), (-1, -1), 2.5),
            ("BOTTOMPADDING", (0, -1), (-1, -1), 2.5),
        ]
        for index, row in enumerate(bold_rows):
            if index:
                commands.append(("LINEABOVE", (0, row), (-1, row), 0.3, RULE))
            commands.append(("TOPPADDING", (0, row), (-1, row), _ENTRY_PAD))
            commands.append(("FONT", (2, row), (2, row), bold, _SIZE, _LEADING))
        for row in muted_rows:
            commands.append(("TEXTCOLOR", (0, row), (-1, row), MUTED))
        table.setStyle(TableStyle(commands))
        story += [
            table,
            Spacer(1, 2 * mm),
            self.p(L("journal.summary", entries=len(data.entries), lines=data.line_count), "small"),
        ]
        return story

    def _notes(self, entry: JournalEntryData) -> list[str]:
        L = self.labels
        notes = []
        if entry.reverses:
            notes.append(L("journal.reverses", number=entry.reverses))
        if entry.reversed_by:
            notes.append(L("journal.reversed_by", number=entry.reversed_by))
        return notes

    def _line(self, line: JournalLineData) -> list[str]:
        account = f"{line.account} {line.account_name}"
        if line.member_number:
            account += f" · {line.member_number}"
        if line.memo:
            account += f" · {line.memo}"
        # Credits are indented under the debits, as a journal is written by hand.
        indent = "        " if line.credit and not line.debit else "  "
        return [
            "",
            "",
            indent + account,
            rupiah(line.debit) if line.debit else "",
            rupiah(line.credit) if line.credit else "",
        ]


def render_trial_balance(data: TrialBalanceData) -> bytes:
    """The trial balance as PDF bytes, A4 portrait."""
    return TrialBalanceRenderer("a4", data.header.lang).render(data)


def render_journal(data: JournalData) -> bytes:
    """The general journal of a period as PDF bytes, A4 portrait."""
    return JournalRenderer("a4", data.header.lang).render(data)
