"""The lot trace sheet (lembar ketertelusuran lot): a sold lot's members, plots and
deliveries, for the buyer's EUDR due diligence. A4 portrait."""

from __future__ import annotations

from decimal import Decimal

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer, Table, TableStyle

from koperasi.core.fmt import date_long, group, kg, percent
from koperasi.pdf.base import FlowRenderer, escape
from koperasi.pdf.labels import Labels
from koperasi.pdf.styles import ACCENT, RULE, TINT, table_commands
from koperasi.reports.trace import LotTrace
from koperasi.text import text
from koperasi.text.i1315 import TRACE_LOT
from koperasi.text.trace import TRACE


def hectares(area_m2: int) -> str:
    """Square metres as hectares with four decimals and a decimal comma: 9963 -> "0,9963"."""
    return f"{Decimal(area_m2).scaleb(-4):.4f}".replace(".", ",")


class TraceSheetRenderer(FlowRenderer):
    papers = ("a4",)

    def __init__(self, paper_key: str, lang: str) -> None:
        super().__init__(paper_key, lang)
        self.labels = Labels(self.lang, TRACE)

    def title(self, data: LotTrace) -> str:
        return f"{self.labels('trace.name')} {data.sale_number}"

    def story(self, data: LotTrace) -> list[Flowable]:
        L = self.labels
        story: list[Flowable] = [
            self.p(L("trace.title"), "title"),
            self.p(f"{data.sale_number} · {date_long(data.sale_date, self.lang)}", "subtitle"),
            self._summary(data),
            Spacer(1, 4 * mm),
            self.p(L("trace.plots"), "heading"),
            self._plots(data),
            Spacer(1, 4 * mm),
        ]
        if data.untraceable:
            story += [self.p(L("trace.untraceable"), "heading"), self._untraceable(data)]
            story.append(Spacer(1, 4 * mm))
        story += [self.p(L("trace.deliveries"), "heading"), self._deliveries(data)]
        story += [Spacer(1, 3 * mm), self.p(L("trace.note"), "small")]
        return story

    def _summary(self, data: LotTrace) -> Table:
        L = self.labels
        harvest = ""
        if data.harvest_first and data.harvest_last:
            harvest = L(
                "trace.harvest_range",
                first=date_long(data.harvest_first, self.lang),
                last=date_long(data.harvest_last, self.lang),
            )
        if data.untraceable:
            status = L(
                "trace.partial",
                count=len(data.untraceable),
                weight=kg(data.untraceable_grams),
                share=percent(data.untraceable_bp),
            )
        else:
            status = L("trace.full")
        if data.traceable_only:
            status += " " + text(TRACE_LOT, "traceable_only", self.lang)
        header = data.header
        return self.fields(
            [
                (L("trace.cooperative"), header.name),
                (L("trace.buyer"), data.buyer),
                (L("commodity"), data.commodity),
                (L("trace.hs_code"), data.hs_code or "–"),
                (L("trace.net_mass"), kg(data.net_mass_grams)),
                (L("trace.pooled"), kg(data.pooled_grams)),
                (L("trace.harvest"), harvest),
                (L("trace.status"), status),
            ],
            [42 * mm, self.paper.body_width - 42 * mm],
        )

    def _table(self, rows: list[list], widths: list[float], right: tuple[int, ...]) -> Table:
        table = Table(rows, colWidths=widths, repeatRows=1)
        commands = table_commands(zebra=True)
        for column in right:
            commands.append(("ALIGN", (column, 1), (column, -1), "RIGHT"))
        commands.append(("LINEBELOW", (0, 1), (-1, -1), 0.25, RULE))
        table.setStyle(TableStyle(commands))
        return table

    def _head(self, *keys: str, right: tuple[int, ...] = ()) -> list[Paragraph]:
        return [
            Paragraph(escape(self.labels(k)), self.styles["head_right" if i in right else "head"])
            for i, k in enumerate(keys)
        ]

    def _cell(self, text: str) -> Paragraph:
        return Paragraph(escape(text), self.styles["cell"])

    def _plots(self, data: LotTrace) -> Table:
        L = self.labels
        right = (4, 5, 6, 7)
        rows: list[list] = [
            self._head(
                "member_no",
                "member_name",
                "trace.plot",
                "trace.geometry",
                "trace.area",
                "trace.deliveries_n",
                "trace.net",
                "trace.share",
                right=right,
            )
        ]
        for p in data.plots:
            kind = L("trace.point") if p.geometry_type == "Point" else L("trace.polygon")
            rows.append(
                [
                    p.member_number,
                    self._cell(p.member_name),
                    self._cell(p.plot_name),
                    kind,
                    hectares(p.area_m2),
                    group(p.deliveries),
                    kg(p.net_grams),
                    percent(p.share_bp),
                ]
            )
        if data.untraceable:
            rows.append(
                [
                    "",
                    self._cell(L("trace.untraceable_row")),
                    "",
                    "",
                    "",
                    group(len(data.untraceable)),
                    kg(data.untraceable_grams),
                    percent(data.untraceable_bp),
                ]
            )
        rows.append(
            [
                "",
                Paragraph(f"<b>{escape(L('total'))}</b>", self.styles["cell"]),
                "",
                "",
                hectares(sum(p.area_m2 for p in data.plots)),
                group(len(data.deliveries)),
                kg(data.pooled_grams),
                percent(10_000) if data.pooled_grams else "",
            ]
        )
        widths = [19 * mm, 32 * mm, 29 * mm, 15 * mm, 17 * mm, 17 * mm, 23 * mm]
        widths.append(self.paper.body_width - sum(widths))
        table = self._table(rows, widths, right)
        table.setStyle(
            TableStyle(
                [
                    ("LINEABOVE", (0, -1), (-1, -1), 0.9, ACCENT),
                    ("BACKGROUND", (0, -1), (-1, -1), TINT),
                    ("FONT", (4, -1), (-1, -1), self.style.bold, 8.5),
                ]
            )
        )
        return table

    def _untraceable(self, data: LotTrace) -> Table:
        rows: list[list] = [self._head("trace.receipt", "member_name", "trace.net", "trace.reason")]
        for d in data.untraceable:
            reason = d.reason.message(self.lang) if d.reason else ""
            rows.append(
                [
                    d.receipt,
                    self._cell(f"{d.member_number} {d.member_name}"),
                    kg(d.net_grams),
                    self._cell(reason),
                ]
            )
        widths = [30 * mm, 45 * mm, 24 * mm]
        widths.append(self.paper.body_width - sum(widths))
        return self._table(rows, widths, (2,))

    def _deliveries(self, data: LotTrace) -> Table:
        L = self.labels
        right = (4,)
        rows: list[list] = [
            self._head(
                "trace.receipt",
                "date",
                "member_no",
                "member_name",
                "trace.net",
                "trace.origin",
                right=right,
            )
        ]
        for d in data.deliveries:
            origin = d.plot_name if d.traceable else f"{L('trace.untraceable_row')}"
            rows.append(
                [
                    d.receipt,
                    d.date.strftime("%d/%m/%Y"),
                    d.member_number,
                    self._cell(d.member_name),
                    kg(d.net_grams),
                    self._cell(origin),
                ]
            )
        widths = [30 * mm, 20 * mm, 19 * mm, 40 * mm, 24 * mm]
        widths.append(self.paper.body_width - sum(widths))
        return self._table(rows, widths, right)


def render_trace_sheet(data: LotTrace) -> bytes:
    """The lot trace sheet of a sale as PDF bytes, A4 portrait."""
    return TraceSheetRenderer("a4", data.header.lang).render(data)
