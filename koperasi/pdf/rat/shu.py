"""The RAT report's SHU part: the surplus and how it is shared, then each member's share."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.lib.utils import simpleSplit
from reportlab.platypus import Flowable, Paragraph, Spacer, Table, TableStyle

from koperasi.core.fmt import date_short, percent, rupiah
from koperasi.pdf.base import FlowRenderer, escape
from koperasi.pdf.rat.flowables import (
    ROWS_WITH_SIGNATURES,
    SHU_ROW,
    SIZE,
    Across,
    Tail,
    amount,
    restyle,
)
from koperasi.pdf.styles import ACCENT, MUTED, RULE, STRIPE, TINT, VOID, table_commands
from koperasi.reports.rat import ShuList


class ShuParts(FlowRenderer):
    """The SHU part's builders; mixed into RatRenderer."""

    def _shu(self, shu: ShuList, width: float) -> list[Flowable]:
        L, styles = self.labels, self.styles
        story: list[Flowable] = []
        if shu.preview:
            banner = Table(
                [
                    [
                        Paragraph(
                            f"<b>{escape(L('shu.preview'))}</b>",
                            restyle(styles["body"], textColor=VOID, alignment=1),
                        )
                    ]
                ],
                colWidths=[width],
            )
            banner.setStyle(
                TableStyle(
                    [
                        ("BOX", (0, 0), (-1, -1), 1, VOID),
                        ("TOPPADDING", (0, 0), (-1, -1), 4),
                        ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
                    ]
                )
            )
            story += [
                banner,
                Spacer(1, 2 * mm),
                self.p(L("shu.preview.note", year=shu.year), "small"),
                Spacer(1, 3 * mm),
            ]
        if shu.status == "none":
            story.append(
                self.p(
                    L(
                        "shu.none",
                        year=shu.year,
                        income=amount(shu.income),
                        expenses=amount(shu.expenses),
                    ),
                    "body",
                )
            )
            return story
        left = Table(
            [
                [Paragraph(escape(L("shu.computation")), styles["head"]), ""],
                [L("shu.income"), amount(shu.income)],
                [L("shu.expenses"), amount(shu.expenses)],
                [L("shu.surplus", year=shu.year), amount(shu.surplus)],
            ],
            colWidths=[52 * mm, 34 * mm],
        )
        left_commands = table_commands(zebra=False)
        left_commands += [
            ("SPAN", (0, 0), (-1, 0)),
            ("ALIGN", (1, 1), (1, -1), "RIGHT"),
            ("FONT", (0, -1), (-1, -1), self.style.bold, SIZE),
            ("LINEABOVE", (0, -1), (-1, -1), 0.6, ACCENT),
            ("BACKGROUND", (0, -1), (-1, -1), TINT),
        ]
        left.setStyle(TableStyle(left_commands))
        split_rows = [
            [
                Paragraph(escape(L("shu.split")), styles["head"]),
                Paragraph(L("shu.rate"), styles["head_right"]),
                "",
            ]
        ]
        for part in shu.parts:
            split_rows.append([L(f"shu.part.{part.part}"), percent(part.bp), amount(part.amount)])
        split_rows.append(
            [
                L("total"),
                percent(shu.split_total_bp),
                amount(shu.parts_total),
            ]
        )
        right = Table(split_rows, colWidths=[56 * mm, 20 * mm, 34 * mm])
        right_commands = table_commands(zebra=False)
        right_commands += [
            ("ALIGN", (1, 1), (-1, -1), "RIGHT"),
            ("LINEBELOW", (0, 1), (-1, -2), 0.25, STRIPE),
            ("FONT", (0, -1), (-1, -1), self.style.bold, SIZE),
            ("LINEABOVE", (0, -1), (-1, -1), 0.6, ACCENT),
            ("BACKGROUND", (0, -1), (-1, -1), TINT),
        ]
        right.setStyle(TableStyle(right_commands))
        gap = width - 86 * mm - 110 * mm
        summary = Table([[left, "", right]], colWidths=[86 * mm, gap, 110 * mm])
        summary.setStyle(
            TableStyle(
                [
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ]
            )
        )
        story += [
            summary,
            Spacer(1, 5 * mm),
            *self._shu_members(shu, width),
            Spacer(1, 3 * mm),
            *[self.p(line, "small") for line in self._basis_notes(shu)],
            *[
                self.p(L("shu.to_reserve", part=L(f"shu.part.{p.part}")), "small")
                for p in shu.parts
                if p.part in ("jasa_usaha", "jasa_modal") and p.bp and not p.amount
            ],
        ]
        return story

    def _basis_notes(self, shu: ShuList) -> list[str]:
        """How the members' shares were computed: the bases recorded with the decision (or
        in force for a preview), else the note of a year shared before they were kept."""
        L = self.labels
        if not shu.capital_basis or not shu.transaction_basis:
            return [L("shu.note")]
        mix = shu.transaction_basis
        if len(mix) == 1:
            [basis] = mix
            usaha = L("shu.basis.transactions", basis=L(f"shu.basis.{basis}"))
        else:
            usaha = L(
                "shu.basis.mix",
                parts=", ".join(
                    L(
                        "shu.basis.part",
                        basis=L(f"shu.basis.{b}"),
                        percent=percent(bp),
                        total=rupiah(shu.transaction_totals.get(b, 0)),
                    )
                    if shu.transaction_totals.get(b)
                    else L("shu.basis.none", basis=L(f"shu.basis.{b}"), percent=percent(bp))
                    for b, bp in mix.items()
                ),
            )
        return [usaha, L(f"shu.basis.capital.{shu.capital_basis}"), L("shu.rounding")]

    def _paid(self, line) -> str:
        if line.method and line.paid_on:
            return self.labels(f"shu.method.{line.method}", date=date_short(line.paid_on))
        return self.labels("shu.method.unpaid")

    def _shu_members(self, shu: ShuList, width: float) -> list[Flowable]:
        """The members' table. When the signatures fell on a page of their own (the first
        pass tells), the last rows and the total go with them, under the table's head
        again, so that the signed page always carries figures."""
        L, styles = self.labels, self.styles
        head = [
            Paragraph(L("number"), styles["head_right"]),
            Paragraph(L("member_no"), styles["head"]),
            Paragraph(L("member_name"), styles["head"]),
            Paragraph(f"{L('shu.transactions')} {L('rp')}", styles["head_right"]),
            Paragraph(f"{L('shu.jasa_usaha')} {L('rp')}", styles["head_right"]),
            Paragraph(f"{L('shu.capital')} {L('rp')}", styles["head_right"]),
            Paragraph(f"{L('shu.jasa_modal')} {L('rp')}", styles["head_right"]),
            Paragraph(f"{L('shu.total')} {L('rp')}", styles["head_right"]),
            Paragraph(L("shu.paid"), styles["head"]),
            # Centred over both signature columns: a span would make reportlab re-scan the
            # whole table at every page break.
            Across(L("signature"), 0),
            "",
        ]
        # The signature has two columns: odd rows sign in the left one, even rows in the
        # right, as on a hand-ruled list, so that neighbours' signatures never collide.
        widths: list[float] = [10, 22, 0, 30, 25, 29, 24, 27, 27, 20, 20]
        widths = [w * mm for w in widths]
        widths[2] = width - sum(widths)
        head[9].span = widths[9] + widths[10] - 6  # both columns, less the cell's padding
        # Thousands of rows: names as plain text wrapped here (two lines fit a row) rather
        # than as paragraphs, which reportlab measures one by one.
        name_width = widths[2] - 6

        def name(text: str) -> str:
            return "\n".join(simpleSplit(text, self.style.regular, 8, name_width) or [""])

        members = []
        dots = "." * 22
        for index, line in enumerate(shu.members, start=1):
            members.append(
                [
                    str(index),
                    line.number,
                    name(line.name),
                    amount(line.transactions),
                    amount(line.jasa_usaha),
                    amount(line.capital),
                    amount(line.jasa_modal),
                    amount(line.total),
                    self._paid(line),
                    f"{index}. {dots}" if index % 2 else "",
                    "" if index % 2 else f"{dots} {index}.",
                ]
            )
        total = [
            "",
            "",
            Paragraph(f"<b>{escape(L('total'))}</b>", styles["cell"]),
            amount(shu.total_transactions),
            amount(shu.total_jasa_usaha),
            amount(shu.total_capital),
            amount(shu.total_jasa_modal),
            amount(shu.total),
            amount(shu.total_paid),
            "",
            "",
        ]
        cut = max(0, len(members) - ROWS_WITH_SIGNATURES) if self._splitting else 0

        def table(rows: list[list], first: int, with_head: bool, with_total: bool) -> Table:
            """`first`: the number (from 1) of the first member row in `rows`."""
            data = ([head] if with_head else []) + rows + ([total] if with_total else [])
            top = 1 if with_head else 0
            # Two lines of a name fit the signing row; a longer name makes its row taller.
            heights = [None] * top
            heights += [max(SHU_ROW, (r[2].count("\n") + 1) * 9.5 + 5) for r in rows]
            heights += [None] * with_total
            # Whole-column commands only: a table of thousands of rows re-reads its commands
            # at every page break, and commands per row made that quadratic.
            last = top + len(rows) - 1
            commands = table_commands(zebra=False) if with_head else []
            commands += [
                ("FONT", (0, top), (-1, -1), self.style.regular, 8, 9.5),
                ("VALIGN", (0, top), (-1, -1), "MIDDLE"),
                ("ALIGN", (0, top), (0, -1), "RIGHT"),
                ("ALIGN", (3, top), (7, -1), "RIGHT"),
                ("ALIGN", (10, top), (10, -1), "RIGHT"),
                ("LEFTPADDING", (0, 0), (-1, -1), 3),
                ("RIGHTPADDING", (0, 0), (-1, -1), 3),
                ("TEXTCOLOR", (8, top), (8, last), MUTED),
                ("TEXTCOLOR", (9, top), (10, last), RULE),
                ("LINEBELOW", (0, top), (-1, last), 0.25, RULE),
                ("ROWBACKGROUNDS", (0, top), (-1, last), [None, STRIPE][:: 1 if first % 2 else -1]),
            ]
            if with_total:
                commands += [
                    ("FONT", (0, -1), (-1, -1), self.style.bold, 8),
                    ("ALIGN", (3, -1), (8, -1), "RIGHT"),
                    ("LINEABOVE", (0, -1), (-1, -1), 0.9, ACCENT),
                    ("LINEBELOW", (0, -1), (-1, -1), 0.9, ACCENT),
                    ("BACKGROUND", (0, -1), (-1, -1), TINT),
                ]
            result = Table(data, colWidths=widths, rowHeights=heights, repeatRows=top)
            result.setStyle(TableStyle(commands))
            return result

        if cut == 0:
            return [table(members, 1, True, True), Tail()]
        return [
            table(members[:cut], 1, True, False),
            Tail(),
            table(members[cut:], cut + 1, True, True),
        ]
