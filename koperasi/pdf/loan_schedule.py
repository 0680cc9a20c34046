"""A loan's agreement and installment plan (jadwal angsuran), A4: what was lent and on what
terms, each month's principal and service charge, the repayments so far, and signatures."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table, TableStyle

from koperasi.core.fmt import date_long, date_short, percent, rupiah
from koperasi.pdf.base import FlowRenderer, Signature, figure_width
from koperasi.pdf.labels import Labels
from koperasi.pdf.styles import ACCENT, RULE, TINT, table_commands
from koperasi.reports.loan_schedule import LoanScheduleData
from koperasi.text.documents import LOAN_SCHEDULE


class LoanScheduleRenderer(FlowRenderer):
    papers = ("a4",)

    def __init__(self, paper_key: str, lang: str) -> None:
        super().__init__(paper_key, lang)
        self.labels = Labels(lang, LOAN_SCHEDULE)

    def title(self, data: LoanScheduleData) -> str:
        return f"{self.labels(f'loan.name.{data.kind}')} {data.number}"

    def story(self, data: LoanScheduleData) -> list[Flowable]:
        L = self.labels
        story: list[Flowable] = [
            self.p(L(f"loan.title.{data.kind}"), "title"),
            self.p(data.number, "subtitle"),
        ]
        rows = [
            (L("member_no"), data.member_number),
            (L("member_name"), data.member_name),
        ]
        if data.member_village:
            rows.append((L("village"), data.member_village))
        rows += [
            (L("loan.date"), date_long(data.date, self.lang)),
            (L("loan.principal"), f"{rupiah(data.principal)} ({data.principal_in_words})"),
        ]
        if data.kind == "pinjaman":
            rows += [
                (L("loan.term"), L("loan.term_value", months=data.months)),
                (L("loan.rate"), L(f"loan.rate_value.{data.method}", rate=percent(data.rate_bp))),
                (L("loan.effective"), L("loan.effective_value", rate=percent(data.effective_bp))),
            ]
        if data.purpose:
            rows.append((L("loan.purpose"), data.purpose))
        rows.append((L("loan.paid_from"), L(f"loan.paid_from.{data.paid_from}")))
        story.append(self.fields(rows, [40 * mm, self.paper.body_width - 40 * mm], bold_first=2))
        story.append(Spacer(1, 4 * mm))
        if data.kind == "kasbon":
            story.append(self.p(L("loan.kasbon_terms"), "body"))
        else:
            story += [
                self.p(L("loan.schedule"), "heading"),
                self._schedule(data),
                Spacer(1, 1.5 * mm),
                self.p(L("loan.schedule_note"), "small"),
            ]
        story += self._position(data)
        place = data.header.place
        day = date_long(data.date, self.lang)
        meterai = f"{L('meterai')}\n{rupiah(data.meterai_duty)}" if data.meterai_duty else ""
        agreement = L(
            f"loan.agreement.{data.kind}",
            member=data.member_name,
            amount=rupiah(data.principal),
            coop=data.header.name,
        )
        story += [
            Spacer(1, 6 * mm),
            # The promise, the place and date and the signatures stay on one page together.
            KeepTogether(
                [
                    self.p(agreement, "body"),
                    Spacer(1, 4 * mm),
                    self.signatures(
                        [
                            Signature(
                                L("loan.borrower"), L("member"), data.member_name, meterai=meterai
                            ),
                            Signature(L("loan.lender"), L("treasurer"), data.header.treasurer),
                            Signature(L("loan.approved"), L("chairman"), data.header.chairman),
                        ],
                        place_date=L("place_date", place=place, date=day) if place else day,
                    ),
                ]
            ),
        ]
        return story

    def _schedule(self, data: LoanScheduleData) -> Table:
        L, styles = self.labels, self.styles
        right = styles["head_right"]
        rows: list[list] = [
            [
                Paragraph(L("loan.installment"), styles["head"]),
                Paragraph(L("loan.due"), styles["head"]),
                Paragraph(L("loan.col_principal"), right),
                Paragraph(L("loan.col_service"), right),
                Paragraph(L("loan.col_total"), right),
                Paragraph(L("loan.col_left"), right),
            ]
        ]
        for line in data.lines:
            rows.append(
                [
                    str(line.number),
                    date_short(line.due),
                    rupiah(line.principal),
                    rupiah(line.service),
                    rupiah(line.total),
                    rupiah(line.outstanding_after),
                ]
            )
        rows.append(
            [
                "",
                L("total"),
                rupiah(data.total_principal),
                rupiah(data.total_service),
                rupiah(data.total),
                "",
            ]
        )
        rest = (self.paper.body_width - 36 * mm) / 4
        widths = [12 * mm, 24 * mm, rest, rest, rest, rest]
        table = Table(rows, colWidths=widths, repeatRows=1)
        commands = table_commands(rows=len(rows) - 1)
        commands += [
            ("ALIGN", (2, 1), (-1, -1), "RIGHT"),
            ("ALIGN", (0, 1), (0, -1), "CENTER"),
            ("LINEBELOW", (0, 1), (-1, -2), 0.25, RULE),
            ("LINEABOVE", (0, -1), (-1, -1), 0.9, ACCENT),
            ("LINEBELOW", (0, -1), (-1, -1), 0.9, ACCENT),
            ("FONT", (0, -1), (-1, -1), self.style.bold, 8.5),
            ("BACKGROUND", (0, -1), (-1, -1), TINT),
        ]
        commands += _fit_figures(rows, rest, 2, self.style.bold)
        table.setStyle(TableStyle(commands))
        return table

    def _position(self, data: LoanScheduleData) -> list[Flowable]:
        L, styles = self.labels, self.styles
        story: list[Flowable] = [
            self.p(L("loan.repayments", date=date_long(data.on, self.lang)), "heading")
        ]
        if data.repayments:
            right = styles["head_right"]
            rows: list[list] = [
                [
                    Paragraph(L("loan.receipt"), styles["head"]),
                    Paragraph(L("date"), styles["head"]),
                    Paragraph(L("loan.method"), styles["head"]),
                    Paragraph(L("loan.col_principal"), right),
                    Paragraph(L("loan.col_service"), right),
                    Paragraph(L("total"), right),
                ]
            ]
            for r in data.repayments:
                rows.append(
                    [
                        r.number,
                        date_short(r.date),
                        L(f"loan.method.{r.method}"),
                        rupiah(r.principal),
                        rupiah(r.service),
                        rupiah(r.principal + r.service),
                    ]
                )
            rows.append(
                [
                    "",
                    "",
                    L("total"),
                    rupiah(data.principal_paid),
                    rupiah(data.service_paid),
                    rupiah(data.principal_paid + data.service_paid),
                ]
            )
            rest = (self.paper.body_width - 80 * mm) / 3
            table = Table(rows, colWidths=[33 * mm, 22 * mm, 25 * mm, rest, rest, rest])
            commands = table_commands(rows=len(rows) - 1)
            commands += [
                ("ALIGN", (3, 1), (-1, -1), "RIGHT"),
                ("LINEABOVE", (0, -1), (-1, -1), 0.9, ACCENT),
                ("FONT", (0, -1), (-1, -1), self.style.bold, 8.5),
                ("BACKGROUND", (0, -1), (-1, -1), TINT),
            ]
            commands += _fit_figures(rows, rest, 3, self.style.bold)
            table.setStyle(TableStyle(commands))
            story.append(table)
        else:
            story.append(self.p(L("loan.no_repayments"), "small"))
        story.append(Spacer(1, 3 * mm))
        if data.outstanding == 0:
            position = [(L("loan.outstanding"), f"{rupiah(0)} · {L('loan.paid_off')}")]
        else:
            due = L(
                "loan.due_now_value",
                total=rupiah(data.principal_due + data.service_due),
                principal=rupiah(data.principal_due),
                service=rupiah(data.service_due),
            )
            position = [
                (L("loan.outstanding"), rupiah(data.outstanding)),
                (L("loan.due_now"), due),
            ]
        story.append(self.fields(position, [55 * mm, self.paper.body_width - 55 * mm], 1))
        return story


def render_loan_schedule(data: LoanScheduleData) -> bytes:
    """A loan's agreement and installment plan as PDF bytes, A4 portrait."""
    return LoanScheduleRenderer("a4", data.header.lang).render(data)


def _fit_figures(rows: list[list], width: float, first: int, bold_font: str) -> list[tuple]:
    """Table commands that print the figure columns (from `first`) a size smaller when their
    widest figure, bold as the totals print, would not fit `width` (amounts of hundreds of
    miliar): a figure never overprints its neighbour."""
    figures = [str(cell) for row in rows[1:] for cell in row[first:] if isinstance(cell, str)]
    for size in (8.5, 7.5, 6.5):
        if figure_width(figures, 0, bold=True, size=size) <= width:
            break
    if size == 8.5:
        return []
    return [
        ("FONTSIZE", (first, 1), (-1, -1), size),
        ("FONT", (first, -1), (-1, -1), bold_font, size),
    ]
