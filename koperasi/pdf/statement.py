"""The member statement (rekening anggota) for a period, A4: one table per balance."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table, TableStyle

from koperasi.core.fmt import date_long, date_short, kg, percent, rupiah
from koperasi.pdf.base import FlowRenderer, Signature, escape, kg_decimals
from koperasi.pdf.styles import ACCENT, MUTED, RULE, TINT, table_commands
from koperasi.reports.statement import StatementData, StatementLine, StatementSection


class StatementRenderer(FlowRenderer):
    papers = ("a4",)

    def title(self, data: StatementData) -> str:
        return f"{self.labels('statement.name')} {data.member_number} · {data.member_name}"

    def story(self, data: StatementData) -> list[Flowable]:
        L = self.labels
        period = L(
            "period_value",
            start=date_long(data.start, self.lang),
            end=date_long(data.end, self.lang),
        )
        member = [
            (L("member_no"), data.member_number),
            (L("name"), data.member_name),
        ]
        if data.member_village:
            member.append((L("village"), data.member_village))
        if data.member_joined:
            member.append((L("joined"), date_long(data.member_joined, self.lang)))
        story: list[Flowable] = [
            self.p(L("statement.title"), "title"),
            self.p(f"{L('period')}: {period}", "subtitle"),
            self.fields(member, [30 * mm, 120 * mm], bold_first=2),
        ]
        for section in data.sections:
            story += self._section(section)
        day = date_long(data.header.printed_on, self.lang)
        place = data.header.place
        story += [
            Spacer(1, 8 * mm),
            KeepTogether(
                self.signatures(
                    [Signature("", "", ""), Signature("", L("treasurer"), data.header.treasurer)],
                    place_date=L("place_date", place=place, date=day) if place else day,
                )
            ),
        ]
        return story

    def _section(self, section: StatementSection) -> list[Flowable]:
        L, styles = self.labels, self.styles
        right = styles["cell_right"]

        def money(value: int | None, bold: bool = False) -> Paragraph | str:
            if value is None:
                return ""
            text = rupiah(value)
            return Paragraph(f"<b>{text}</b>" if bold else text, right)

        head = [
            Paragraph(L("date"), styles["head"]),
            Paragraph(L("description"), styles["head"]),
            Paragraph(L("weight"), styles["head_right"]),
            Paragraph(L("credit"), styles["head_right"]),
            Paragraph(L("debit"), styles["head_right"]),
            Paragraph(L("balance"), styles["head_right"]),
        ]
        rows: list[list] = [head]
        rows.append(
            [
                "",
                Paragraph(f"<b>{L('opening')}</b>", styles["cell"]),
                "",
                "",
                "",
                money(section.opening, True),
            ]
        )
        muted_rows = []
        places = kg_decimals(*(line.grams for line in section.lines))
        for line in section.lines:
            if line.kind == "delivery" and line.status == "void":
                muted_rows.append(len(rows))
            rows.append(
                [
                    date_short(line.date),
                    Paragraph(escape(self._describe(line)), styles["cell"]),
                    kg(line.grams, places)
                    if line.grams is not None and line.status != "void"
                    else "",
                    money(line.credit) if line.credit else "",
                    money(line.debit) if line.debit else "",
                    money(line.balance),
                ]
            )
        if not section.lines:
            rows.append(["", Paragraph(L("statement.empty"), styles["small"]), "", "", "", ""])
        total_row = len(rows)
        rows.append(
            [
                "",
                Paragraph(f"<b>{L('total')}</b>", styles["cell"]),
                "",
                money(section.total_credit, True),
                money(section.total_debit, True),
                "",
            ]
        )
        rows.append(
            [
                "",
                Paragraph(f"<b>{L('closing')}</b>", styles["cell"]),
                "",
                "",
                "",
                money(section.closing, True),
            ]
        )
        width = self.paper.body_width
        widths = [19 * mm, None, 21 * mm, 25 * mm, 25 * mm, 26 * mm]
        widths[1] = width - sum(w for w in widths if w)
        table = Table(rows, colWidths=widths, repeatRows=1)
        commands = table_commands(zebra=False)
        commands += [
            ("ALIGN", (2, 1), (-1, -1), "RIGHT"),
            ("LINEBELOW", (0, 1), (-1, total_row - 1), 0.25, RULE),
            ("LINEABOVE", (0, total_row), (-1, total_row), 0.8, ACCENT),
            ("BACKGROUND", (0, -1), (-1, -1), TINT),
            ("LINEBELOW", (0, -1), (-1, -1), 0.9, ACCENT),
        ]
        for row in muted_rows:
            commands.append(("TEXTCOLOR", (0, row), (-1, row), MUTED))
        table.setStyle(TableStyle(commands))

        flow: list[Flowable] = [
            KeepTogether([self.p(L(f"section.{section.key}"), "heading"), Spacer(1, 0.5 * mm)]),
            table,
        ]
        if section.key == "harvest":
            flow.append(Spacer(1, 2.5 * mm))
            flow.append(
                self.fields(
                    [
                        (L("statement.delivered"), kg(section.delivered_grams)),
                        (L("statement.unsold"), kg(section.unsold_grams)),
                    ],
                    [62 * mm, 40 * mm],
                )
            )
        note = f"statement.note.{section.key}"
        if note in _NOTES:
            flow += [Spacer(1, 2 * mm), self.p(L(note), "small")]
        return flow

    def _describe(self, line: StatementLine) -> str:
        L = self.labels
        if line.kind == "delivery":
            parts = [L("line.delivery", commodity=line.commodity, reference=line.reference)]
            if line.quality_bp is not None:
                # Non-breaking spaces keep "kadar 60 %" on one line when the cell wraps.
                quality = L("line.quality", quality=percent(line.quality_bp))
                parts.append(quality.replace(" ", "\u00a0"))
            parts.append(L(f"line.delivery.{line.status}", sale=line.related))
            return " · ".join(parts)
        if line.kind == "sale":
            return L("line.sale", reference=line.reference, commodity=line.commodity, n=line.count)
        if line.kind == "payout":
            return L(
                "line.payout",
                method=L(f"method.{line.method}"),
                reference=line.reference,
                sale=line.related,
            )
        if line.kind == "deduction":
            return L("line.deduction", reference=line.reference)
        return line.reference


_NOTES = {"statement.note.harvest"}


def render_statement(data: StatementData) -> bytes:
    """A member's statement as PDF bytes, A4 portrait."""
    return StatementRenderer("a4", data.header.lang).render(data)
