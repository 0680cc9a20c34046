"""The bukti potong PPh 21 of a honorarium on A6 or A5 (branch i14tax)."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from koperasi.core.fmt import date_long, percent, rupiah
from koperasi.pdf.base import CanvasRenderer, Sheet, Signature
from koperasi.pdf.labels import Labels
from koperasi.reports.bukti_potong import BuktiPotongData
from koperasi.text.i14tax import BUKTI_POTONG


class BuktiPotongRenderer(CanvasRenderer):
    papers = ("a6", "a5")

    def __init__(self, paper_key: str, lang: str) -> None:
        super().__init__(paper_key, lang)
        self.labels = Labels(lang, BUKTI_POTONG)

    def reference(self, item: BuktiPotongData) -> str:
        return item.number

    def title(self, items) -> str:
        return f"{self.labels('bp.title')} {items[0].number}"

    def decorate(self, canvas: Canvas, item: BuktiPotongData, width: float, height: float):
        if item.void_date:
            self.void_watermark(canvas, self.labels("bp.void"), width, height)

    def draw(self, sheet: Sheet, b: BuktiPotongData) -> None:
        L, s = self.labels, sheet.s
        sheet.gap(0.6 * mm)
        sheet.text(L("bp.title"), s.title, bold=True, align="center", color=s.accent)
        sheet.text(b.number, s.body, bold=True, align="center")
        if b.void_date:
            sheet.text(
                L("bp.voided", date=date_long(b.void_date, self.lang)),
                s.body,
                bold=True,
                align="center",
                color=s.void,
            )
        sheet.rule()
        width = 30 * mm
        sheet.field(L("date"), date_long(b.date, self.lang), width)
        sheet.field(L("bp.recipient"), b.name, width, bold=True)
        sheet.field(L("bp.tax_id"), b.tax_id or L("bp.no_tax_id"), width)
        sheet.field(L("bp.category"), L(f"bp.category.{b.category}"), width)
        if b.description:
            sheet.field(L("bp.for"), b.description, width)
        sheet.rule()
        rate = percent(b.rate_bp)
        if b.surcharge_bp != 10000:
            rate += L("bp.surcharge")
        sheet.amount(L("bp.gross"), rupiah(b.gross))
        sheet.amount(L("bp.base"), rupiah(b.base))
        sheet.amount(L("bp.rate"), rate)
        sheet.amount(L("bp.tax"), rupiah(b.tax), bold=True)
        sheet.rule(weight=0.8, color=s.ink, above=0.6 * mm)

        def tail(sh: Sheet) -> None:
            sh.gap(1 * mm)
            sh.amount(L("bp.net"), rupiah(b.net), size=s.big, bold=True)
            sh.gap(1.2 * mm)
            sh.text(f"{L('in_words')}:", s.small, color=s.muted)
            sh.text(b.in_words, s.body, bold=True)
            sh.gap(1.2 * mm)
            sh.text(L("bp.note"), s.small, color=s.muted)
            sh.gap(1.5 * mm)
            where, day = b.header.place, date_long(b.date, self.lang)
            sh.text(L("place_date", place=where, date=day) if where else day, align="right")
            sh.gap(0.8 * mm)
            sh.signatures(
                [
                    Signature(L("bp.receiver"), L("bp.recipient"), b.name),
                    Signature(L("bp.withholder"), L("treasurer"), b.header.treasurer),
                ],
                space=14 * mm,
            )

        sheet.keep(tail)


def render_bukti_potong(data: BuktiPotongData, paper: str = "a6") -> bytes:
    """A bukti potong PPh 21 as PDF bytes, on "a6" or "a5"."""
    return BuktiPotongRenderer(paper, data.header.lang).render([data])
