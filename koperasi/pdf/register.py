"""The member register (daftar anggota), A4 landscape."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer, Table, TableStyle

from koperasi.core.fmt import date_long, date_short
from koperasi.pdf.base import FlowRenderer, escape
from koperasi.pdf.styles import MUTED, RULE, table_commands
from koperasi.reports.register import RegisterData, RegisterRow


class RegisterRenderer(FlowRenderer):
    papers = ("a4-landscape",)

    def title(self, data: RegisterData) -> str:
        return self.labels("register.name")

    def _status(self, row: RegisterRow) -> str:
        if row.active:
            return self.labels("active")
        if row.left_on:
            return self.labels("left", date=date_short(row.left_on))
        return self.labels("left_undated")

    def story(self, data: RegisterData) -> list[Flowable]:
        L, styles = self.labels, self.styles
        head = [
            Paragraph(L("number"), styles["head_right"]),
            Paragraph(L("member_no"), styles["head"]),
            Paragraph(L("member_name"), styles["head"]),
            Paragraph(L("nik"), styles["head"]),
            Paragraph(L("gender"), styles["head_center"]),
            Paragraph(L("village"), styles["head"]),
            Paragraph(L("joined"), styles["head"]),
            Paragraph(L("status"), styles["head"]),
        ]
        rows: list[list] = [head]
        inactive = []
        for index, r in enumerate(data.rows, start=1):
            if not r.active:
                inactive.append(index)
            cell = styles["cell" if r.active else "cell_muted"]
            rows.append(
                [
                    str(index),
                    r.number,
                    Paragraph(escape(r.name), cell),
                    r.nik,
                    L(f"gender.{r.gender}") if r.gender else "",
                    Paragraph(escape(r.village), cell),
                    date_short(r.joined) if r.joined else "",
                    self._status(r),
                ]
            )
        widths = [11 * mm, 24 * mm, None, 38 * mm, 11 * mm, 55 * mm, 28 * mm, 32 * mm]
        widths[2] = self.paper.body_width - sum(w for w in widths if w)
        table = Table(rows, colWidths=widths, repeatRows=1)
        commands = table_commands(rows=len(rows))
        commands += [
            ("ALIGN", (0, 1), (0, -1), "RIGHT"),
            ("ALIGN", (4, 1), (4, -1), "CENTER"),
            ("LINEBELOW", (0, 1), (-1, -1), 0.25, RULE),
        ]
        for row in inactive:
            commands.append(("TEXTCOLOR", (0, row), (-1, row), MUTED))
        table.setStyle(TableStyle(commands))
        summary = L(
            "register.summary",
            count=data.count,
            active=data.count_active,
            left=data.count_left,
            men=data.count_men,
            women=data.count_women,
        )
        return [
            self.p(L("register.title"), "title"),
            self.p(L("as_of", date=date_long(data.header.printed_on, self.lang)), "subtitle"),
            table,
            Spacer(1, 3 * mm),
            self.p(summary, "body"),
        ]


def render_register(data: RegisterData) -> bytes:
    """The member register as PDF bytes, A4 landscape."""
    return RegisterRenderer("a4-landscape", data.header.lang).render(data)
