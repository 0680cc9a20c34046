"""The receipt (kwitansi) of a savings deposit or withdrawal or a loan repayment, on A6, A5
or an 80 mm roll: the amount, the amount in words, the balance after it, and signatures."""

from __future__ import annotations

from collections.abc import Iterable

from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from koperasi.core.fmt import date_long, rupiah
from koperasi.pdf.base import CanvasRenderer, Sheet, Signature
from koperasi.pdf.labels import Labels
from koperasi.reports.kwitansi import KwitansiData
from koperasi.text.documents import KWITANSI


class KwitansiRenderer(CanvasRenderer):
    papers = ("a6", "a5", "roll80")

    def __init__(self, paper_key: str, lang: str) -> None:
        super().__init__(paper_key, lang)
        self.labels = Labels(lang, KWITANSI)

    def reference(self, item: KwitansiData) -> str:
        return item.number

    def title(self, items) -> str:
        return f"{self.labels('kwitansi.name')} {items[0].number}"

    def decorate(self, canvas: Canvas, item: KwitansiData, width: float, height: float) -> None:
        if item.voided_by:
            self.void_watermark(canvas, self.labels("kwitansi.void"), width, height)

    def purpose(self, k: KwitansiData) -> str:
        L = self.labels
        if k.kind == "repayment":
            return L(f"kwitansi.repayment.{k.loan_kind}", loan=k.loan_number)
        if k.kind == "shu":
            return L("kwitansi.shu", year=k.shu_year)
        if k.voids:
            return L("kwitansi.void_of", number=k.voids)
        kind = L(f"kwitansi.kind.{k.savings_kind}")
        return L(f"kwitansi.{k.kind}", kind=kind)

    def method(self, k: KwitansiData) -> str:
        return self.labels(f"kwitansi.method.{k.method}", slip=k.slip)

    def draw(self, sheet: Sheet, k: KwitansiData) -> None:
        L, s, narrow = self.labels, sheet.s, self.paper.narrow
        sheet.gap(0.6 * mm)
        sheet.text(L("kwitansi.title"), s.title, bold=True, align="center", color=s.accent)
        sheet.text(k.number, s.body, bold=True, align="center")
        if k.voided_by:
            sheet.gap(0.8 * mm)
            sheet.text(
                L("kwitansi.voided_by", number=k.voided_by),
                s.body,
                bold=True,
                align="center",
                color=s.void,
            )
        sheet.rule()

        width = 21 * mm if narrow else 28 * mm
        sheet.field(L("date"), date_long(k.date, self.lang), width)
        sheet.field(L("member_no"), k.member_number, width, bold=True)
        sheet.field(L("name"), k.member_name, width, bold=True)
        if k.member_village:
            sheet.field(L("village"), k.member_village, width)
        sheet.rule()
        sheet.field(L("kwitansi.for"), self.purpose(k), width, bold=True)
        sheet.field(L("kwitansi.method"), self.method(k), width)
        if k.memo:
            sheet.field(L("kwitansi.memo"), k.memo, width)
        sheet.rule()

        if k.kind == "repayment":
            sheet.amount(L("kwitansi.principal"), rupiah(k.principal))
            sheet.amount(L("kwitansi.service"), rupiah(k.service))
            sheet.rule(weight=0.8, color=s.ink, above=0.6 * mm)
        if k.kind == "shu":
            sheet.amount(L("kwitansi.jasa_usaha"), rupiah(k.jasa_usaha))
            sheet.amount(L("kwitansi.jasa_modal"), rupiah(k.jasa_modal))
            sheet.rule(weight=0.8, color=s.ink, above=0.6 * mm)
        label = L("kwitansi.received") if k.received else L("kwitansi.paid_out")

        def amount(sh: Sheet) -> None:
            lead = s.line(s.big)
            sh.gap(1 * mm)
            sh.band(lead + 1.6 * mm)
            sh.gap(0.8 * mm)
            sh.amount(label, rupiah(k.amount), size=s.big, bold=True)
            sh.gap(1.6 * mm)
            sh.text(f"{L('in_words')}:", s.small, color=s.muted)
            sh.text(k.in_words, s.body, bold=True)

        where, day = k.header.place, date_long(k.date, self.lang)
        meterai = f"{L('meterai')}\n{rupiah(k.meterai_duty)}" if k.meterai_duty else ""
        space = 14 * mm if narrow else 17 * mm + (3 * mm if meterai else 0)

        def signatures(sh: Sheet) -> None:
            sh.text(L("place_date", place=where, date=day) if where else day, align="right")
            sh.gap(0.8 * mm)
            if k.received:
                columns = [
                    Signature(L("kwitansi.depositor"), L("member"), k.member_name),
                    Signature(
                        L("kwitansi.receiver"), L("treasurer"), k.header.treasurer, meterai=meterai
                    ),
                ]
            else:
                columns = [
                    Signature(L("kwitansi.receiver"), L("member"), k.member_name, meterai=meterai),
                    Signature(L("kwitansi.payer"), L("treasurer"), k.header.treasurer),
                ]
            sh.signatures(columns, space=space)

        def balance(sh: Sheet) -> None:
            sh.gap(1.2 * mm)
            if k.kind == "repayment":
                sh.amount(L("kwitansi.outstanding"), rupiah(k.balance_after), color=s.muted)
            elif k.kind == "shu":
                pass  # an SHU share leaves no balance behind
            else:
                kind = L(f"kwitansi.kind.{k.savings_kind}")
                caption = L("kwitansi.balance", kind=kind)
                sh.amount(caption[:1].upper() + caption[1:], rupiah(k.balance_after), color=s.muted)
            sh.gap(2.5 * mm if not narrow else 1.5 * mm)

        def tail(sh: Sheet) -> None:
            # The amount, the balance after it and the signatures stay on one page: the
            # signatures never stand alone on a last page.
            amount(sh)
            balance(sh)
            signatures(sh)

        sheet.keep(tail)


def render_kwitansi(data: KwitansiData, paper: str = "a6") -> bytes:
    """A receipt (kwitansi) as PDF bytes, on "a6", "a5" or "roll80"."""
    return KwitansiRenderer(paper, data.header.lang).render([data])


def render_kwitansis(receipts: Iterable[KwitansiData], paper: str = "a6") -> bytes:
    """Several receipts, one per page."""
    receipts = list(receipts)
    lang = receipts[0].header.lang if receipts else "id"
    return KwitansiRenderer(paper, lang).render(receipts)
