"""The settlement sheet (daftar pembagian hasil penjualan): a sale and every member's share, A4."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table, TableStyle

from koperasi.core.fmt import date_long, group, kg, percent, price, rupiah
from koperasi.pdf.base import (
    FlowRenderer,
    PageMarker,
    Signature,
    escape,
    figure_width,
    kg_decimals,
    text_width,
    void_watermark,
)
from koperasi.pdf.styles import ACCENT, INK, RULE, STRIPE, TINT, table_commands
from koperasi.reports.header import SaleSummary
from koperasi.reports.settlement import SettlementData

# When the signatures would land on a page of their own, this many member rows move down
# with them, so that no signed page is ever detached from the figures it signs for.
_ROWS_WITH_SIGNATURES = 3


class SettlementRenderer(FlowRenderer):
    papers = ("a4",)

    def title(self, data: SettlementData) -> str:
        return f"{self.labels('settlement.name')} {data.sale.number}"

    def render(self, data: SettlementData) -> bytes:
        self._tail = 0
        self._pages: dict[str, int] = {}
        pdf = super().render(data)
        if self._pages.get("signed", 0) > self._pages.get("rows", 0):
            self._tail = min(_ROWS_WITH_SIGNATURES, len(data.rows))
            pdf = super().render(data)
        return pdf

    def story(self, data: SettlementData) -> list[Flowable]:
        L = self.labels
        sale = data.sale
        rows = self._rows(data)
        widths = self._widths(data, rows)
        body, total = rows[1:-1], rows[-1]
        split = len(body) - self._tail
        note = self.p(
            L("settlement.note", quality=L("settlement.note_quality") if sale.uses_quality else ""),
            "small",
        )
        closing = [
            note,
            Spacer(1, 6 * mm),
            self.signatures(
                [
                    Signature(L("prepared_by"), L("treasurer"), data.header.treasurer),
                    Signature(L("checked_by"), L("supervisor"), ""),
                    Signature(L("approved_by"), L("chairman"), data.header.chairman),
                ],
                place_date=self._place_date(data),
            ),
            PageMarker("signed", self._pages),
        ]
        story: list[Flowable] = [
            self.p(L("settlement.title"), "title"),
            self.p(f"{sale.number} · {date_long(sale.date, self.lang)}", "subtitle"),
        ]
        if data.void is not None:
            when, reason = data.void
            story.append(
                self.p(
                    L("void.sale_line", date=date_long(when, self.lang), reason=reason), "subtitle"
                )
            )
        story += [
            self._summary(data),
            Spacer(1, 5 * mm),
        ]
        if split > 0 and self._tail:
            story.append(self._table([rows[0], *body[:split]], widths, first=1, total=False))
            tail = self._table([rows[0], *body[split:], total], widths, first=split + 1)
            story.append(KeepTogether([tail, Spacer(1, 3 * mm), *closing]))
        else:
            story.append(self._table(rows, widths, first=1))
            story.append(PageMarker("rows", self._pages))
            story.append(Spacer(1, 3 * mm))
            story.append(KeepTogether(closing))
        return story

    def page_templates(self, data: SettlementData) -> list:
        """A reversed sale's sheet carries BATAL across every page."""
        templates = super().page_templates(data)
        if data.void is None:
            return templates
        word, s = self.labels("void.mark"), self.style
        for template in templates:
            drawn = template.onPage

            def on_page(canvas, doc, drawn=drawn) -> None:
                drawn(canvas, doc)
                width, height = canvas._pagesize
                void_watermark(canvas, word, width, height, s.bold, width * 0.22, 30, s.watermark)

            template.onPage = on_page
        return templates

    def _reference(self, sale: SaleSummary) -> list[tuple[str, str]]:
        """The Disbun reference price beside the price received, when the book has one."""
        if sale.reference_cents is None:
            return []
        if sale.price_cents is None:
            line = self.labels(
                "reference.line", price=price(sale.reference_cents), week=sale.reference_week
            )
        else:
            difference = sale.price_cents - sale.reference_cents
            sign = "+" if difference >= 0 else "−"
            line = self.labels(
                "reference.against",
                price=price(sale.reference_cents),
                week=sale.reference_week,
                difference=f"{sign}{price(abs(difference))}",
            )
        return [(self.labels("reference.price"), line)]

    def _place_date(self, data: SettlementData) -> str:
        day = date_long(data.header.printed_on, self.lang)
        place = data.header.place
        return self.labels("place_date", place=place, date=day) if place else day

    def _summary(self, data: SettlementData) -> Table:
        L, sale, styles = self.labels, data.sale, self.styles
        if sale.price_cents is not None:
            unit_price = L("price_per_kg", price=price(sale.price_cents))
        else:
            unit_price = L("agreed_total", amount=rupiah(sale.agreed_total or 0))
        shrinkage = kg(sale.shrinkage_grams)
        if sale.shrinkage_grams:
            shrinkage = f"{shrinkage} ({percent(sale.shrinkage_bp)})"
        if sale.shrinkage_grams < 0:  # the buyer weighed more than was pooled: say so
            shrinkage += " · " + L("shrinkage.negative", kg=kg(-sale.shrinkage_grams))
        facts = self.fields(
            [
                (L("buyer"), sale.buyer),
                (L("commodity"), sale.commodity),
                (L("sold_weight"), kg(sale.sold_grams)),
                (L("price"), unit_price),
                (
                    L("pooled_weight"),
                    f"{kg(sale.pooled_grams)} ({L('deliveries_n', n=sale.delivery_count)})",
                ),
                (L("shrinkage"), shrinkage),
                *self._reference(sale),
            ],
            [29 * mm, 58 * mm],
        )
        if sale.fee_kind == "percent":
            fee_label = f"{L('fee')} ({percent(sale.fee_bp)})"
        else:
            fee_label = f"{L('fee')} ({L('fee_per_kg', price=price(sale.fee_cents_per_kg))})"

        def figure(text: str, bold: bool = False) -> Paragraph:
            return Paragraph(f"<b>{text}</b>" if bold else text, styles["cell_right"])

        rows = [
            [self.p(L("gross")), figure(rupiah(sale.gross))],
            [self.p(fee_label), figure(f"−{rupiah(sale.fee)}")],
        ]
        if sale.costs:
            rows.append([self.p(L("costs")), ""])
            for cost in sale.costs:
                rows.append([self.p(f"– {cost.label}"), figure(f"−{rupiah(cost.amount)}")])
        rows.append([self.p(L("net"), "value_bold"), figure(rupiah(sale.net), bold=True)])
        figures = [rupiah(sale.gross), f"−{rupiah(sale.fee)}", rupiah(sale.net)]
        figures += [f"−{rupiah(c.amount)}" for c in sale.costs]
        value = figure_width(figures, 31 * mm, bold=True, size=8.5)  # Rp 999 miliar fits whole
        money = Table(rows, colWidths=[89 * mm - value, value])
        money.setStyle(
            TableStyle(
                [
                    ("FONT", (0, 0), (-1, -1), self.style.regular, 9),
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LEFTPADDING", (0, 0), (-1, -1), 3),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 3),
                    ("TOPPADDING", (0, 0), (-1, -1), 0.8),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 1.2),
                    ("LEFTPADDING", (0, 3), (0, -2), 10 if sale.costs else 3),
                    ("LINEABOVE", (0, -1), (-1, -1), 0.8, INK),
                    ("TOPPADDING", (0, -1), (-1, -1), 2.5),
                    ("BOTTOMPADDING", (0, -1), (-1, -1), 2.5),
                    ("BACKGROUND", (0, -1), (-1, -1), TINT),
                ]
            )
        )
        outer = Table([[facts, money]], colWidths=[90 * mm, self.paper.body_width - 90 * mm])
        outer.setStyle(
            TableStyle(
                [
                    ("FONT", (0, 0), (-1, -1), self.style.regular, 9),
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                    ("ALIGN", (1, 0), (1, 0), "RIGHT"),
                ]
            )
        )
        return outer

    def _widths(self, data: SettlementData, rows: list[list]) -> list[float]:
        """Figure columns as wide as their widest figure (the bold total), the signature
        column a fixed width, and the name column all that is left. Figures of hundreds of
        miliar print a size smaller, so that the names keep a readable column."""
        self._figure_size = 8.5
        widths = self._widths_at(data, rows, 8.5)
        if widths[2] < 35 * mm:
            self._figure_size = 7.0
            widths = self._widths_at(data, rows, 7.0)
        return widths

    def _widths_at(self, data: SettlementData, rows: list[list], size: float) -> list[float]:
        pad = 6 + 1
        total = rows[-1]
        widths = [max(text_width(str(len(data.rows))), text_width(self.labels("number"), True, 8))]
        widths.append(max(text_width(r.member_number) for r in data.rows) if data.rows else 0)
        widths.append(0.0)
        for column in range(3, len(total) - 1):
            head = rows[0][column].text if isinstance(rows[0][column], Paragraph) else ""
            widest = max(text_width(word, True, 8) for word in head.split()) if head else 0
            widths.append(max(text_width(str(total[column]), True, size), widest))
        # The signature column also carries what was paid: as wide as its total, at least.
        widths.append(max(24 * mm - pad, text_width(str(total[-1]), True, size)))
        widths = [max(w + pad, 8 * mm) for w in widths]
        widths[1] = max(widths[1], 16 * mm)
        widths[2] = self.paper.body_width - sum(w for i, w in enumerate(widths) if i != 2)
        return widths

    def _rows(self, data: SettlementData) -> list[list]:
        """The header row, a row per member, and the totals row."""
        L, styles = self.labels, self.styles
        quality = data.sale.uses_quality
        head = [
            Paragraph(L("number"), styles["head_right"]),
            Paragraph(L("member_no"), styles["head"]),
            Paragraph(L("member_name"), styles["head"]),
            Paragraph(L("deliveries"), styles["head_right"]),
            Paragraph(L("net_weight"), styles["head_right"]),
        ]
        if quality:
            head.append(Paragraph(L("equivalent"), styles["head_right"]))
        head += [
            Paragraph(L("part"), styles["head_right"]),
            Paragraph(L("settlement.deductions"), styles["head_right"]),
            Paragraph(f"{L('settlement.paid')} · {L('signature')}", styles["head_center"]),
        ]
        rows: list[list] = [head]
        places = kg_decimals(data.total_net_grams, *(r.net_grams for r in data.rows))
        places_eq = kg_decimals(*(r.equivalent_grams for r in data.rows))
        for index, r in enumerate(data.rows, start=1):
            cells = [
                str(index),
                r.member_number,
                Paragraph(escape(r.member_name), styles["cell"]),
                group(r.deliveries),
                kg(r.net_grams, places),
            ]
            if quality:
                cells.append(kg(r.equivalent_grams, places_eq))
            # The member signs under what they received, the deductions shown beside it.
            paid = rupiah(r.paid) if r.paid is not None else L("settlement.unpaid")
            cells += [
                rupiah(r.share),
                rupiah(r.deductions) if r.deductions else "",
                f"{paid}\n{index}. ........",
            ]
            rows.append(cells)
        total = [
            "",
            Paragraph(f"<b>{L('total')}</b> ({L('members_n', n=len(data.rows))})", styles["cell"]),
            "",
            group(data.total_deliveries),
            kg(data.total_net_grams, places),
        ]
        if quality:
            total.append(kg(data.total_equivalent_grams, places_eq))
        total += [rupiah(data.total_share), rupiah(data.total_deductions), rupiah(data.total_paid)]
        rows.append(total)
        return rows

    def _table(self, rows: list[list], widths: list[float], first: int, total: bool = True):
        """A table of `rows` (header first); `first` is the number of its first member."""
        share_col = len(widths) - 2
        last_member = -2 if total else -1
        table = Table(rows, colWidths=widths, repeatRows=1)
        commands = table_commands(zebra=False)
        commands += [
            ("ALIGN", (0, 1), (0, -1), "RIGHT"),
            ("ALIGN", (3, 1), (share_col, -1), "RIGHT"),
            ("FONTSIZE", (-1, 1), (-1, -1), min(7.5, getattr(self, "_figure_size", 8.5))),
            ("VALIGN", (-1, 1), (-1, -1), "BOTTOM"),
            ("LINEBEFORE", (-1, 0), (-1, -1), 0.3, RULE),
            ("LINEBELOW", (0, 1), (-1, last_member), 0.25, RULE),
            ("BOTTOMPADDING", (0, 1), (-1, last_member), 9),
        ]
        for offset in range(1, len(rows) + last_member + 1):
            # Signatures alternate between the left and the right of their column, as on
            # paper lists, so that neighbours' signatures do not run into each other.
            align = "LEFT" if (first + offset - 1) % 2 else "CENTER"
            commands.append(("ALIGN", (-1, offset), (-1, offset), align))
            if (first + offset - 1) % 2 == 0:
                commands.append(("BACKGROUND", (0, offset), (-1, offset), STRIPE))
        if total:
            commands += [
                ("SPAN", (1, -1), (2, -1)),
                ("LINEABOVE", (0, -1), (-1, -1), 0.9, ACCENT),
                ("LINEBELOW", (0, -1), (-1, -1), 0.9, ACCENT),
                ("FONT", (3, -1), (-1, -1), self.style.bold, getattr(self, "_figure_size", 8.5)),
                ("ALIGN", (-1, -1), (-1, -1), "CENTER"),
                ("BACKGROUND", (0, -1), (-1, -1), TINT),
            ]
        if getattr(self, "_figure_size", 8.5) < 8.5:
            commands.append(("FONTSIZE", (3, 1), (share_col, last_member), self._figure_size))
        table.setStyle(TableStyle(commands))
        return table


def render_settlement(data: SettlementData) -> bytes:
    """The settlement sheet of a sale as PDF bytes, A4 portrait."""
    return SettlementRenderer("a4", data.header.lang).render(data)
