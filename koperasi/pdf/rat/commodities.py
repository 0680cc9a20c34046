"""The RAT report's commodities part: each commodity's deliveries and prices by month."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import (
    Flowable,
    KeepTogether,
    PageBreak,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from koperasi.core.fmt import group, kg_number, month_name
from koperasi.pdf.base import FlowRenderer, escape, kg_decimals
from koperasi.pdf.rat.flowables import MonthChart, Tail, amount, count, price_cell
from koperasi.pdf.styles import ACCENT, MUTED, TINT, table_commands
from koperasi.reports.rat import CommodityMonths, CommodityYear


class CommodityParts(FlowRenderer):
    """The commodities part's builders; mixed into RatRenderer."""

    def _commodities(self, cm: CommodityMonths, width: float) -> list[Flowable]:
        L = self.labels
        if not cm.commodities:
            return [self.p(L("cm.empty"), "body")]
        story: list[Flowable] = []
        for index, commodity in enumerate(cm.commodities):
            block = [
                self.p(commodity.commodity, "heading"),
                self.p(
                    L(
                        "cm.summary",
                        members=group(commodity.members),
                        commodity=commodity.commodity,
                        year=cm.year,
                    ),
                    "small",
                ),
                Spacer(1, 1.5 * mm),
                self._commodity_table(commodity, cm.year, width),
                Spacer(1, 3 * mm),
                MonthChart(
                    width,
                    [m.delivered_grams for m in commodity.months],
                    [m.sold_grams for m in commodity.months],
                    [m.average_price_cents for m in commodity.months],
                    [month_name(m, self.lang)[:3] for m in range(1, 13)],
                    (L("cm.chart.delivered"), L("cm.chart.sold"), L("cm.chart.price")),
                ),
            ]
            if index:
                story.append(PageBreak())
            story.append(KeepTogether(block))
        return [
            *story,
            Tail(),
            self.p(L("cm.overview", year=cm.year), "heading"),
            self._commodity_overview(cm, width),
            Spacer(1, 2 * mm),
            self.p(L("cm.note"), "small"),
        ]

    def _commodity_overview(self, cm: CommodityMonths, width: float) -> Table:
        """One line per commodity: the year's totals beside last year's average price."""
        L, styles = self.labels, self.styles
        year = cm.year
        heads = [
            ("cm.commodity", "head"),
            ("cm.members", "head_right"),
            ("cm.delivered", "head_right"),
            ("cm.sold", "head_right"),
            ("cm.gross", "head_right"),
            ("cm.fee", "head_right"),
            ("cm.costs", "head_right"),
            ("cm.net", "head_right"),
            ("cm.price_year", "head_right"),
            ("cm.price_year", "head_right"),
        ]
        head = [
            # The last column is last year's price.
            Paragraph(escape(L(key, year=year - (n == len(heads) - 1))), styles[style])
            for n, (key, style) in enumerate(heads)
        ]
        rows: list[list] = [head]
        for c in cm.commodities:
            places = kg_decimals(c.delivered_grams, c.sold_grams)
            rows.append(
                [
                    Paragraph(escape(c.commodity), styles["cell"]),
                    count(c.members),
                    kg_number(c.delivered_grams, places) if c.delivered_grams else "–",
                    kg_number(c.sold_grams, places) if c.sold_grams else "–",
                    amount(c.gross),
                    amount(c.fee),
                    amount(c.costs),
                    amount(c.net),
                    price_cell(c.average_price_cents),
                    price_cell(c.previous_average_price_cents),
                ]
            )
        rows.append(
            [
                Paragraph(f"<b>{escape(L('total'))}</b>", styles["cell"]),
                "",
                "",
                "",
                amount(cm.gross),
                amount(cm.fee),
                amount(cm.costs),
                amount(cm.net),
                "",
                "",
            ]
        )
        widths = [38, 17, 29, 29, 31, 27, 25, 31, 23, 23]
        scale = width / (sum(widths) * mm)
        table = Table(rows, colWidths=[w * mm * scale for w in widths], repeatRows=1)
        commands = table_commands(rows=len(rows) - 1)
        commands += [
            ("FONT", (0, 1), (-1, -1), self.style.regular, 8),
            ("ALIGN", (1, 1), (-1, -1), "RIGHT"),
            ("FONT", (8, 1), (8, -2), self.style.bold, 8),
            ("TEXTCOLOR", (9, 1), (9, -2), MUTED),
            ("FONT", (0, -1), (-1, -1), self.style.bold, 8),
            ("BACKGROUND", (0, -1), (-1, -1), TINT),
            ("LINEABOVE", (0, -1), (-1, -1), 0.9, ACCENT),
            ("LINEBELOW", (0, -1), (-1, -1), 0.9, ACCENT),
        ]
        table.setStyle(TableStyle(commands))
        return table

    def _commodity_table(self, c: CommodityYear, year: int, width: float) -> Table:
        L, styles = self.labels, self.styles
        keys = ["cm.month", "cm.deliveries", "cm.members", "cm.delivered", "cm.sales", "cm.sold",
                "cm.gross", "cm.fee", "cm.costs", "cm.net", "cm.price"]  # fmt: skip
        head = [Paragraph(escape(L(keys[0])), styles["head"])]
        head += [Paragraph(escape(L(k)), styles["head_right"]) for k in keys[1:]]
        weights = [m.delivered_grams for m in c.months] + [m.sold_grams for m in c.months]
        places = kg_decimals(*weights, c.previous_delivered_grams, c.previous_sold_grams)

        def kilos(grams: int) -> str:
            return kg_number(grams, places) if grams else "–"

        avg = price_cell

        rows: list[list] = [head]
        for m in c.months:
            rows.append(
                [
                    month_name(m.month, self.lang),
                    count(m.deliveries),
                    count(m.members),
                    kilos(m.delivered_grams),
                    count(m.sales),
                    kilos(m.sold_grams),
                    amount(m.gross),
                    amount(m.fee),
                    amount(m.costs),
                    amount(m.net),
                    avg(m.average_price_cents),
                ]
            )
        rows.append(
            [
                L("cm.total", year=year),
                count(c.deliveries),
                count(c.members),
                kilos(c.delivered_grams),
                count(c.sales),
                kilos(c.sold_grams),
                amount(c.gross),
                amount(c.fee),
                amount(c.costs),
                amount(c.net),
                avg(c.average_price_cents),
            ]
        )
        rows.append(
            [
                L("cm.previous", year=year - 1),
                "",
                "",
                kilos(c.previous_delivered_grams),
                "",
                kilos(c.previous_sold_grams),
                amount(c.previous_gross),
                "",
                "",
                "",
                avg(c.previous_average_price_cents),
            ]
        )
        widths = [21, 17, 18, 28, 20, 28, 32, 26, 25, 32, 27]
        scale = width / (sum(widths) * mm)
        table = Table(rows, colWidths=[w * mm * scale for w in widths], repeatRows=1)
        total = len(rows) - 2
        commands = table_commands(rows=total)
        commands += [
            ("FONT", (0, 1), (-1, -1), self.style.regular, 8),
            ("ALIGN", (1, 1), (-1, -1), "RIGHT"),
            ("FONT", (0, total), (-1, total), self.style.bold, 8),
            ("BACKGROUND", (0, total), (-1, total), TINT),
            ("LINEABOVE", (0, total), (-1, total), 0.9, ACCENT),
            ("LINEBELOW", (0, total), (-1, total), 0.9, ACCENT),
            ("TEXTCOLOR", (0, -1), (-1, -1), MUTED),
            ("FONT", (-1, 1), (-1, -2), self.style.bold, 8),
        ]
        table.setStyle(TableStyle(commands))
        return table
