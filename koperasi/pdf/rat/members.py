"""The RAT report's members part: at the start, joined, left and at the end of the year by
gender, then the members by village."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer, Table, TableStyle

from koperasi.core.fmt import group
from koperasi.pdf.base import FlowRenderer, escape
from koperasi.pdf.rat.flowables import SIZE, Bar, Tail, count
from koperasi.pdf.styles import ACCENT, STRIPE, TINT, table_commands
from koperasi.reports.rat import MemberStats


class MemberParts(FlowRenderer):
    """The members part's builder; mixed into RatRenderer."""

    def _members(self, ms: MemberStats, width: float) -> list[Flowable]:
        L, styles = self.labels, self.styles
        genders = list(ms.by_gender)
        names = {"L": L("ms.men"), "P": L("ms.women"), "": L("ms.unrecorded")}
        column = 26 * mm
        head = [Paragraph(escape(L("ms.movement")), styles["head"])]
        head += [Paragraph(escape(names[g.gender]), styles["head_right"]) for g in genders]
        head.append(Paragraph(escape(L("ms.total")), styles["head_right"]))
        rows: list[list] = [head]
        for field, key, total in (
            ("at_start", "ms.at_start", ms.at_start),
            ("joined", "ms.joined", ms.joined),
            ("left", "ms.left", ms.left),
            ("at_end", "ms.at_end", ms.at_end),
        ):
            sign = "+ " if field == "joined" else "− " if field == "left" else ""
            values = [getattr(g, field) for g in genders]
            rows.append(
                [L(key, year=ms.year)]
                + [
                    sign + group(v) if v and sign else count(v) if sign else group(v)
                    for v in values
                ]
                + [
                    sign + group(total)
                    if total and sign
                    else count(total)
                    if sign
                    else group(total)
                ]
            )
        widths = [width - column * (len(genders) + 1)] + [column] * (len(genders) + 1)
        movement = Table(rows, colWidths=widths)
        commands = table_commands(zebra=False)
        commands += [
            ("ALIGN", (1, 1), (-1, -1), "RIGHT"),
            ("LINEBELOW", (0, 1), (-1, -2), 0.25, STRIPE),
            ("FONT", (-1, 1), (-1, -1), self.style.bold, SIZE),
            ("FONT", (0, -1), (-1, -1), self.style.bold, SIZE),
            ("BACKGROUND", (0, -1), (-1, -1), TINT),
            ("LINEABOVE", (0, -1), (-1, -1), 0.9, ACCENT),
            ("LINEBELOW", (0, -1), (-1, -1), 0.9, ACCENT),
        ]
        movement.setStyle(TableStyle(commands))

        most = max((v.total for v in ms.villages), default=0)
        vhead = [
            Paragraph(L("number"), styles["head_right"]),
            Paragraph(escape(L("ms.village")), styles["head"]),
            Paragraph(escape(L("gender.L")), styles["head_right"]),
            Paragraph(escape(L("gender.P")), styles["head_right"]),
            Paragraph(escape(L("ms.total")), styles["head_right"]),
            "",
        ]
        bar_width = 62 * mm
        vwidths = [10 * mm, None, 16 * mm, 16 * mm, 20 * mm, bar_width]
        vwidths[1] = width - sum(w for w in vwidths if w)
        vrows: list[list] = [vhead]
        for index, v in enumerate(ms.villages, start=1):
            vrows.append(
                [
                    str(index),
                    Paragraph(escape(v.village or L("ms.no_village")), styles["cell"]),
                    count(v.men),
                    count(v.women),
                    group(v.total),
                    Bar(bar_width - 6, v.total / most if most else 0),
                ]
            )
        vrows.append(
            [
                "",
                Paragraph(f"<b>{escape(L('total'))}</b>", styles["cell"]),
                group(sum(v.men for v in ms.villages)),
                group(sum(v.women for v in ms.villages)),
                group(sum(v.total for v in ms.villages)),
                "",
            ]
        )
        villages = Table(vrows, colWidths=vwidths, repeatRows=1)
        village_commands = table_commands(rows=len(vrows) - 1)
        village_commands += [
            ("ALIGN", (0, 1), (0, -1), "RIGHT"),
            ("ALIGN", (2, 1), (4, -1), "RIGHT"),
            ("VALIGN", (0, 1), (-1, -1), "MIDDLE"),
            ("FONT", (0, -1), (-1, -1), self.style.bold, SIZE),
            ("BACKGROUND", (0, -1), (-1, -1), TINT),
            ("LINEABOVE", (0, -1), (-1, -1), 0.9, ACCENT),
            ("LINEBELOW", (0, -1), (-1, -1), 0.9, ACCENT),
        ]
        villages.setStyle(TableStyle(village_commands))
        return [
            movement,
            Spacer(1, 2 * mm),
            self.p(L("ms.note"), "small"),
            Spacer(1, 4 * mm),
            self.p(L("ms.villages", year=ms.year), "heading"),
            villages,
            Tail(),
        ]
