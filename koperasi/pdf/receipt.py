"""The delivery receipt (nota timbang), on an 80 mm roll or A6."""

from __future__ import annotations

from collections.abc import Iterable

from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from koperasi.core.fmt import date_long, date_short, datetime_short, kg, percent
from koperasi.pdf.base import CanvasRenderer, Sheet, Signature, kg_decimals
from koperasi.reports.receipt import ReceiptData


class ReceiptRenderer(CanvasRenderer):
    papers = ("a6", "roll80")

    def reference(self, item: ReceiptData) -> str:
        return item.receipt

    def title(self, items) -> str:
        return f"{self.labels('receipt.name')} {items[0].receipt}"

    def decorate(self, canvas: Canvas, item: ReceiptData, width: float, height: float) -> None:
        if item.void:
            self.void_watermark(canvas, self.labels("receipt.void"), width, height)

    def draw(self, sheet: Sheet, r: ReceiptData) -> None:
        L, s = self.labels, sheet.s
        sheet.gap(0.6 * mm)
        sheet.text(L("receipt.title"), s.title, bold=True, align="center", color=s.accent)
        sheet.text(r.receipt, s.body, bold=True, align="center")
        if r.void:
            sheet.gap(1 * mm)
            box = s.line(s.title) + 1.5 * mm
            sheet.framed(box, weight=1.4)
            sheet.gap(0.75 * mm)
            sheet.text(L("receipt.void"), s.title, bold=True, align="center", color=s.void)
            sheet.gap(0.75 * mm)
            if r.void_reason:
                sheet.gap(0.5 * mm)
                sheet.text(L("receipt.void_reason", reason=r.void_reason), s.small, align="center")
        sheet.rule()

        width = 21 * mm if self.paper.narrow else 28 * mm
        sheet.field(L("date"), date_long(r.date, self.lang), width)
        if r.recorded_at is not None:
            if r.recorded_at.date() == r.date:
                sheet.field(L("time"), f"{r.recorded_at:%H:%M}", width)
            else:
                sheet.field(L("recorded"), datetime_short(r.recorded_at), width)
        sheet.field(L("member_no"), r.member_number, width, bold=True)
        sheet.field(L("name"), r.member_name, width, bold=True)
        if r.member_village:
            sheet.field(L("village"), r.member_village, width)
        sheet.field(L("commodity"), r.commodity, width)
        if r.plot:
            sheet.field(L("plot"), r.plot, width)
        sheet.rule()

        places = kg_decimals(r.gross_grams, r.net_grams, *(d.grams for d in r.deductions))
        sheet.amount(L("gross_weight"), kg(r.gross_grams, places))
        if r.weight_manual:
            sheet.text(L("receipt.manual_weight"), color=s.muted)
        if r.deductions:
            sheet.text(L("deductions_weight"), color=s.muted)
            for d in r.deductions:
                label = L(f"deduction.{d.kind}")
                if d.percent_bp is not None:
                    label = f"{label} ({percent(d.percent_bp)})"
                sheet.amount(label, f"−{kg(d.grams, places)}", indent=3 * mm)
            if len(r.deductions) > 1:
                sheet.amount(L("deductions_total"), f"−{kg(r.deductions_grams, places)}")
        sheet.rule(weight=0.8, color=s.ink, above=0.8 * mm, below=1.4 * mm)
        sheet.amount(L("net_weight").upper(), kg(r.net_grams, places), size=s.big, bold=True)
        if r.quality_bp is not None:
            sheet.amount(L("quality"), percent(r.quality_bp), bold=True)
        sheet.rule()

        if not r.void:
            status = (
                L("receipt.settled", sale=r.sale_number) if r.sale_number else L("receipt.open")
            )
            sheet.field(L("status"), status, width)
        if r.corrected_at is not None:
            sheet.text(
                L(
                    "receipt.corrected",
                    when=datetime_short(r.corrected_at),
                    reason=r.correction_reason,
                ),
                s.small,
                color=s.muted,
            )
        sheet.gap(2 * mm)
        sheet.text(
            L("place_date", place=r.header.place, date=date_short(r.date))
            if r.header.place
            else date_short(r.date),
            s.small,
            align="center",
        )
        sheet.gap(0.5 * mm)
        sheet.signatures(
            [
                Signature("", L("receipt.weigher"), ""),
                Signature("", L("receipt.member"), r.member_name),
            ],
            space=12 * mm if self.paper.narrow else 16 * mm,
        )


def render_receipt(receipt: ReceiptData, paper: str = "a6") -> bytes:
    """A delivery receipt as PDF bytes, on "a6" or "roll80"."""
    return ReceiptRenderer(paper, receipt.header.lang).render([receipt])


def render_receipts(receipts: Iterable[ReceiptData], paper: str = "a6") -> bytes:
    """Several receipts, one per page (reprinting a day's weighings)."""
    receipts = list(receipts)
    lang = receipts[0].header.lang if receipts else "id"
    return ReceiptRenderer(paper, lang).render(receipts)
