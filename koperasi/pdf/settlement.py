"""The settlement sheet (daftar pembagian hasil penjualan): a sale and every member's share, A4."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table, TableStyle

from koperasi.core.fmt import date_long, group, kg, percent, price, rupiah
from koperasi.pdf.base import FlowRenderer, Signature, escape
from koperasi.pdf.styles import ACCENT, INK, MUTED, RULE, TINT, table_commands
from koperasi.reports.settlement import SettlementData


class SettlementRenderer(FlowRenderer):
    papers = ("a4",)

    def title(self, data: SettlementData) -> str:
        return f"{self.labels('settlement.title').title()} {data.sale.number}"

    def story(self, data: SettlementData) -> list[Flowable]:
        L = self.labels
        sale = data.sale
        return [
            self.p(L("settlement.title"), "title"),
            self.p(f"{sale.number} · {date_long(sale.date, self.lang)}", "subtitle"),
            self._summary(data),
            Spacer(1, 5 * mm),
            self._members(data),
            Spacer(1, 3 * mm),
            self.p(
                L(
                    "settlement.note",
                    quality=L("settlement.note_quality") if sale.uses_quality else "",
                ),
                "small",
            ),
            Spacer(1, 6 * mm),
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

    def _place_date(self, data: SettlementData) -> str:
        day = date_long(data.header.printed_on, self.lang)
        place = data.header.place
        return self.labels("place_date", place=place, date=day) if place else day

    def _summary(self, data: SettlementData) -> Table:
        L, sale = self.labels, data.sale
        if sale.price_cents is not None:
            unit_price = L("price_per_kg", price=price(sale.price_cents))
        else:
            unit_price = L("agreed_total", amount=rupiah(sale.agreed_total or 0))
        shrinkage = kg(sale.shrinkage_grams)
        if sale.shrinkage_grams:
            shrinkage = f"{shrinkage} ({percent(sale.shrinkage_bp)})"
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
            ],
            [30 * mm, 58 * mm],
        )
        fee_label = L("fee")
        if sale.fee_kind == "percent":
            fee_label = f"{fee_label} ({percent(sale.fee_bp)})"
        else:
            fee_label = f"{fee_label} ({L('fee_per_kg', price=price(sale.fee_cents_per_kg))})"
        styles = self.styles
        rows = [[self.p(L("gross")), Paragraph(rupiah(sale.gross), styles["cell_right"])]]
        rows.append([self.p(fee_label), Paragraph(f"−{rupiah(sale.fee)}", styles["cell_right"])])
        for cost in sale.costs:
            rows.append(
                [
                    self.p(f"{L('costs')}: {cost.label}"),
                    Paragraph(f"−{rupiah(cost.amount)}", styles["cell_right"]),
                ]
            )
        rows.append(
            [
                self.p(L("net"), "value_bold"),
                Paragraph(f"<b>{rupiah(sale.net)}</b>", styles["cell_right"]),
            ]
        )
        money = Table(rows, colWidths=[52 * mm, 32 * mm])
        money.setStyle(
            TableStyle(
                [
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LEFTPADDING", (0, 0), (-1, -1), 3),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 3),
                    ("TOPPADDING", (0, 0), (-1, -1), 1),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
                    ("LINEABOVE", (0, -1), (-1, -1), 0.8, INK),
                    ("BACKGROUND", (0, -1), (-1, -1), TINT),
                ]
            )
        )
        outer = Table([[facts, money]], colWidths=[92 * mm, self.paper.body_width - 92 * mm])
        outer.setStyle(
            TableStyle(
                [
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                    ("ALIGN", (1, 0), (1, 0), "RIGHT"),
                ]
            )
        )
        return outer

    def _members(self, data: SettlementData) -> Table:
        L, styles = self.labels, self.styles
        quality = data.sale.uses_quality
        head = [
            Paragraph(L("number"), styles["head_right"]),
            Paragraph(L("member_no"), styles["head"]),
            Paragraph(L("member_name"), styles["head"]),
            Paragraph(L("deliveries"), styles["head_right"]),
            Paragraph(L("net_weight"), styles["head_right"]),
        ]
        widths = [8 * mm, 20 * mm, None, 15 * mm, 23 * mm]
        if quality:
            head.append(Paragraph(L("equivalent"), styles["head_right"]))
            widths.append(23 * mm)
        head += [
            Paragraph(L("part"), styles["head_right"]),
            Paragraph(L("signature"), styles["head_center"]),
        ]
        widths += [27 * mm, 31 * mm]
        widths[2] = self.paper.body_width - sum(w for w in widths if w)

        rows: list[list] = [head]
        for index, r in enumerate(data.rows, start=1):
            cells = [
                str(index),
                r.member_number,
                Paragraph(escape(r.member_name), styles["cell"]),
                group(r.deliveries),
                kg(r.net_grams),
            ]
            if quality:
                cells.append(kg(r.equivalent_grams))
            # The signature column alternates its numbered place, as paper lists do, so
            # neighbours' signatures do not run into each other.
            mark = f"{index}. ......" if index % 2 else f"            {index}. ......"
            cells += [rupiah(r.share), mark]
            rows.append(cells)
        total = [
            "",
            Paragraph(
                f"<b>{L('total')}</b> ({L('members_n', n=len(data.rows))})", styles["cell"]
            ),
            "",
            group(data.total_deliveries),
            kg(data.total_net_grams),
        ]
        if quality:
            total.append(kg(data.total_equivalent_grams))
        total += [rupiah(data.total_share), ""]
        rows.append(total)

        share_col = len(widths) - 2
        table = Table(rows, colWidths=widths, repeatRows=1)
        commands = table_commands(rows=len(rows) - 1)
        commands += [
            ("ALIGN", (0, 1), (0, -1), "RIGHT"),
            ("ALIGN", (3, 1), (share_col, -1), "RIGHT"),
            ("FONTSIZE", (-1, 1), (-1, -1), 6.5),
            ("TEXTCOLOR", (-1, 1), (-1, -1), MUTED),
            ("VALIGN", (-1, 1), (-1, -1), "BOTTOM"),
            ("LINEBEFORE", (-1, 0), (-1, -1), 0.3, MUTED),
            ("LINEBELOW", (0, 1), (-1, -2), 0.25, RULE),
            ("SPAN", (1, -1), (2, -1)),
            ("LINEABOVE", (0, -1), (-1, -1), 0.9, ACCENT),
            ("LINEBELOW", (0, -1), (-1, -1), 0.9, ACCENT),
            ("FONT", (3, -1), (share_col, -1), self.style.bold, 8.5),
            ("BACKGROUND", (0, -1), (-1, -1), TINT),
        ]
        for row in range(1, len(rows) - 1):
            commands.append(("BOTTOMPADDING", (0, row), (-1, row), 9))
        table.setStyle(TableStyle(commands))
        return table


def render_settlement(data: SettlementData) -> bytes:
    """The settlement sheet of a sale as PDF bytes, A4 portrait."""
    return SettlementRenderer("a4", data.header.lang).render(data)
