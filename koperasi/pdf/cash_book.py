"""The cash book (buku kas) or bank book of a period, A4: the opening balance, every movement
with the balance after it, the totals and the closing balance, and signatures."""

from __future__ import annotations

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table, TableStyle

from koperasi.core.fmt import date_long, date_short, rupiah
from koperasi.pdf.base import FlowRenderer, Signature, escape, figure_width
from koperasi.pdf.labels import Labels
from koperasi.pdf.styles import ACCENT, RULE, TINT, VOID, table_commands
from koperasi.reports.cash_book import CashBookData
from koperasi.text.documents import CASH_BOOK


class CashBookRenderer(FlowRenderer):
    papers = ("a4",)

    def __init__(self, paper_key: str, lang: str) -> None:
        super().__init__(paper_key, lang)
        self.labels = Labels(lang, CASH_BOOK)

    def title(self, data: CashBookData) -> str:
        name = self.labels(f"cash_book.name.{data.account}")
        return f"{name} {date_short(data.start)}–{date_short(data.end)}"

    def story(self, data: CashBookData) -> list[Flowable]:
        L, styles = self.labels, self.styles
        period = L(
            "period_value",
            start=date_long(data.start, self.lang),
            end=date_long(data.end, self.lang),
        )
        story: list[Flowable] = [
            self.p(L(f"cash_book.title.{data.account}"), "title"),
            self.p(
                f"{L('cash_book.account', code=data.account, name=data.account_name)} · "
                f"{L('period')}: {period}",
                "subtitle",
            ),
        ]
        right = styles["head_right"]
        rows: list[list] = [
            [
                Paragraph(L("date"), styles["head"]),
                Paragraph(L("cash_book.entry"), styles["head"]),
                Paragraph(L("description"), styles["head"]),
                Paragraph(L("cash_book.in"), right),
                Paragraph(L("cash_book.out"), right),
                Paragraph(L("balance"), right),
            ],
            [date_short(data.start), "", L("opening"), "", "", rupiah(data.opening)],
        ]
        negative = []
        cell = ParagraphStyle("cash_cell", styles["cell"], fontSize=8, leading=9.8)
        for line in data.lines:
            if line.balance < 0:
                negative.append(len(rows))
            rows.append(
                [
                    date_short(line.date),
                    line.entry_number,
                    Paragraph(escape(line.description), cell),
                    rupiah(line.received) if line.received else "",
                    rupiah(line.paid) if line.paid else "",
                    rupiah(line.balance),
                ]
            )
        if not data.lines:
            rows.append(["", "", Paragraph(L("cash_book.empty"), styles["cell_muted"]), "", "", ""])
        rows.append(
            [
                date_short(data.end),
                "",
                L("closing"),
                rupiah(data.total_received),
                rupiah(data.total_paid),
                rupiah(data.closing),
            ]
        )
        widths = [19 * mm, 29 * mm, None, 25 * mm, 25 * mm, 27 * mm]
        for column in (3, 4, 5):  # as wide as the widest figure: none may overprint
            figures = [row[column] for row in rows[1:] if isinstance(row[column], str)]
            widths[column] = figure_width(figures, widths[column], bold=True, size=8)
        widths[2] = self.paper.body_width - sum(w for w in widths if w)
        table = Table(rows, colWidths=widths, repeatRows=1)
        commands = table_commands(rows=len(rows) - 1)
        commands += [
            ("FONT", (0, 1), (-1, -1), self.style.regular, 8),
            ("ALIGN", (3, 1), (-1, -1), "RIGHT"),
            ("LINEBELOW", (0, 1), (-1, -2), 0.25, RULE),
            ("FONT", (0, 1), (-1, 1), self.style.bold, 8),
            ("LINEABOVE", (0, -1), (-1, -1), 0.9, ACCENT),
            ("LINEBELOW", (0, -1), (-1, -1), 0.9, ACCENT),
            ("FONT", (0, -1), (-1, -1), self.style.bold, 8),
            ("BACKGROUND", (0, -1), (-1, -1), TINT),
        ]
        for row in negative:
            commands.append(("TEXTCOLOR", (5, row), (5, row), VOID))
        table.setStyle(TableStyle(commands))
        ending: list[Flowable] = [
            Spacer(1, 2.5 * mm),
            self.p(
                L(
                    "cash_book.summary",
                    opening=rupiah(data.opening),
                    received=rupiah(data.total_received),
                    paid=rupiah(data.total_paid),
                    closing=rupiah(data.closing),
                ),
                "value_bold",
            ),
            Spacer(1, 1.5 * mm),
            self.p(L("cash_book.note"), "small"),
        ]
        if negative:
            ending.append(self.p(L("cash_book.negative"), "small"))
        story.append(table)
        place = data.header.place
        day = date_long(data.header.printed_on, self.lang)
        # The summary, the notes and the signatures stay on one page: the signatures are
        # never stranded alone on a last page (issue 10).
        story.append(
            KeepTogether(
                [
                    *ending,
                    Spacer(1, 8 * mm),
                    self.signatures(
                        [
                            Signature(L("prepared_by"), L("treasurer"), data.header.treasurer),
                            Signature(L("checked_by"), L("supervisor"), ""),
                            Signature(L("approved_by"), L("chairman"), data.header.chairman),
                        ],
                        place_date=L("place_date", place=place, date=day) if place else day,
                    ),
                ]
            )
        )
        return story


def render_cash_book(data: CashBookData) -> bytes:
    """The cash or bank book of a period as PDF bytes, A4 portrait."""
    return CashBookRenderer("a4", data.header.lang).render(data)
