"""Payout slips (slip pembayaran / tanda terima) on A5, A6 or an 80 mm roll, one per page."""

from __future__ import annotations

from collections.abc import Iterable

from reportlab.lib.units import mm

from koperasi.core.fmt import date_long, date_short, kg, percent, price, rupiah
from koperasi.pdf.base import CanvasRenderer, Sheet, Signature
from koperasi.reports.slips import SlipData


class SlipRenderer(CanvasRenderer):
    papers = ("a5", "a6", "roll80")

    def reference(self, item: SlipData) -> str:
        return item.slip

    def title(self, items) -> str:
        first, last = items[0].slip, items[-1].slip
        name = self.labels("slip.title").title()
        return f"{name} {first}" if first == last else f"{name} {first} – {last}"

    def draw(self, sheet: Sheet, slip: SlipData) -> None:
        L, s, narrow = self.labels, sheet.s, self.paper.narrow
        sale = slip.sale
        sheet.gap(0.6 * mm)
        sheet.text(L("slip.title"), s.title, bold=True, align="center", color=s.accent)
        sheet.text(L("slip.subtitle"), s.small, align="center", color=s.muted)
        sheet.text(slip.slip, s.body, bold=True, align="center")
        sheet.rule()

        width = 19 * mm if narrow else 26 * mm
        if narrow:
            sheet.field(L("member"), f"{slip.member_number} · {slip.member_name}", width, bold=True)
        else:
            sheet.field(L("member_no"), slip.member_number, width, bold=True)
            sheet.field(L("name"), slip.member_name, width, bold=True)
            if slip.member_village:
                sheet.field(L("village"), slip.member_village, width)
        sheet.field(
            L("sale"),
            f"{sale.number} · {date_short(sale.date) if narrow else date_long(sale.date, self.lang)}",
            width,
        )
        sheet.field(L("buyer"), sale.buyer, width)
        if sale.price_cents is not None:
            unit_price = L("price_per_kg", price=price(sale.price_cents))
        else:
            unit_price = L("agreed_total", amount=rupiah(sale.agreed_total or 0))
        sheet.field(L("price"), f"{sale.commodity} · {unit_price}", width)
        sheet.rule()

        sheet.text(L("slip.deliveries"), s.small, bold=True, color=s.muted)
        if narrow:
            self._deliveries_folded(sheet, slip)
        else:
            self._deliveries_table(sheet, slip)
        sheet.rule(weight=0.8, color=s.ink, above=0.6 * mm)

        sheet.amount(L("share"), rupiah(slip.share))
        for deduction in slip.deductions:
            sheet.amount(L(f"deduction.{deduction.kind}"), f"−{rupiah(deduction.amount)}")
        paid_label = f"{L('paid')} ({L(f'method.{slip.method}')})"
        lead = s.line(s.big)
        sheet.need(lead + 3 * mm)
        sheet.gap(1 * mm)
        sheet.band(lead + 1.6 * mm)
        sheet.gap(0.8 * mm)
        sheet.amount(paid_label, rupiah(slip.paid), size=s.big, bold=True)
        sheet.gap(1.6 * mm)
        sheet.text(f"{L('in_words')}:", s.small, color=s.muted)
        sheet.text(slip.paid_in_words, s.body, bold=True)
        sheet.gap(2.5 * mm if not narrow else 1.5 * mm)

        where = slip.header.place
        day = date_long(slip.date, self.lang)
        sheet.need(s.line(s.body) * 4 + 30 * mm)
        sheet.text(L("place_date", place=where, date=day) if where else day, align="right")
        sheet.gap(0.8 * mm)
        meterai = ""
        if slip.meterai_duty:
            meterai = f"{L('meterai')}\n{rupiah(slip.meterai_duty)}"
        space = 17 * mm if not narrow else 14 * mm
        if meterai:
            space += 3 * mm
        sheet.signatures(
            [
                Signature(L("received_by"), L("member"), slip.member_name, meterai=meterai),
                Signature(L("paid_by"), L("treasurer"), slip.header.treasurer),
            ],
            space=space,
        )

    def _deliveries_table(self, sheet: Sheet, slip: SlipData) -> None:
        L, s = self.labels, sheet.s
        quality = slip.sale.uses_quality
        w = sheet.width
        widths = [0.27 * w, 0.18 * w, 0.2 * w, 0.12 * w, 0.23 * w]
        if not quality:
            widths = [0.3 * w, 0.2 * w, 0.24 * w, 0.0, 0.26 * w]
        aligns = ["left", "left", "right", "right", "right"]
        head = [L("receipt_no"), L("date"), L("net_weight"), L("quality") if quality else "", L("part")]
        sheet.row(
            [(t, wd, a) for t, wd, a in zip(head, widths, aligns, strict=True) if wd],
            size=s.small,
            bold=True,
            color=s.muted,
        )
        for d in slip.deliveries:
            cells = [
                d.receipt,
                date_short(d.date),
                kg(d.net_grams),
                percent(d.quality_bp) if d.quality_bp is not None else "",
                rupiah(d.part),
            ]
            sheet.row([(t, wd, a) for t, wd, a in zip(cells, widths, aligns, strict=True) if wd])
        if len(slip.deliveries) > 1:
            sheet.rule(above=0.3 * mm, below=0.8 * mm)
            total = [
                L("deliveries_n", n=len(slip.deliveries)),
                "",
                kg(slip.deliveries_grams),
                "",
                rupiah(slip.share),
            ]
            sheet.row(
                [(t, wd, a) for t, wd, a in zip(total, widths, aligns, strict=True) if wd],
                bold=True,
            )

    def _deliveries_folded(self, sheet: Sheet, slip: SlipData) -> None:
        """Narrow paper: each delivery on two lines, the part flush right on the second."""
        L, s = self.labels, sheet.s
        for d in slip.deliveries:
            sheet.need(2 * s.line(s.body))
            sheet.text(f"{d.receipt} · {date_short(d.date)}", s.small)
            weight = kg(d.net_grams)
            if d.quality_bp is not None:
                weight = f"{weight} × {percent(d.quality_bp)}"
            sheet.amount(weight, rupiah(d.part), indent=2.5 * mm)
        if len(slip.deliveries) > 1:
            sheet.rule(above=0.3 * mm, below=0.8 * mm)
            sheet.amount(
                f"{L('deliveries_n', n=len(slip.deliveries))} · {kg(slip.deliveries_grams)}",
                rupiah(slip.share),
                bold=True,
            )


def render_slips(slips: Iterable[SlipData], paper: str = "a5") -> bytes:
    """Payout slips as one PDF, one slip per page, on "a5", "a6" or "roll80"."""
    slips = list(slips)
    lang = slips[0].header.lang if slips else "id"
    return SlipRenderer(paper, lang).render(slips)
