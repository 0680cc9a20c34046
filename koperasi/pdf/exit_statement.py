"""A member's exit statement and the receipt for their refunded savings, on A5: savings,
loans settled from them, the amount handed back in figures and words, and signatures."""

from __future__ import annotations

from reportlab.lib.units import mm

from koperasi.core.fmt import date_long, date_short, rupiah
from koperasi.pdf.base import CanvasRenderer, Sheet, Signature
from koperasi.pdf.labels import Labels
from koperasi.reports.exit_statement import ExitData
from koperasi.text.documents import KWITANSI
from koperasi.text.i10b import EXIT_DOCUMENT


class ExitRenderer(CanvasRenderer):
    papers = ("a5", "a4")

    def __init__(self, paper_key: str, lang: str) -> None:
        super().__init__(paper_key, lang)
        self.labels = Labels(lang, {**KWITANSI, **EXIT_DOCUMENT})

    def reference(self, item: ExitData) -> str:
        return item.number

    def title(self, items) -> str:
        return f"{self.labels('exit.name')} {items[0].number}"

    def draw(self, sheet: Sheet, e: ExitData) -> None:
        if e.part == "receipt":
            self.draw_receipt(sheet, e)
        else:
            self.draw_statement(sheet, e)

    def _member(self, sheet: Sheet, e: ExitData, width: float) -> None:
        L = self.labels
        sheet.field(L("member_no"), e.member_number, width, bold=True)
        sheet.field(L("name"), e.member_name, width, bold=True)
        if e.member_village:
            sheet.field(L("village"), e.member_village, width)

    def draw_statement(self, sheet: Sheet, e: ExitData) -> None:
        L, s = self.labels, sheet.s
        sheet.gap(0.6 * mm)
        sheet.text(L("exit.title"), s.title, bold=True, align="center", color=s.accent)
        sheet.text(e.number, s.body, bold=True, align="center")
        sheet.rule()
        width = 30 * mm
        self._member(sheet, e, width)
        if e.joined:
            sheet.field(L("exit.joined"), date_short(e.joined), width)
        sheet.field(L("exit.left"), date_long(e.date, self.lang), width, bold=True)
        sheet.field(L("exit.reason"), e.reason, width)
        sheet.rule()
        sheet.text(L("exit.savings"), s.body, bold=True)
        for key, value in (("pokok", e.pokok), ("wajib", e.wajib), ("sukarela", e.sukarela)):
            sheet.amount(L(f"exit.{key}"), rupiah(value), indent=3 * mm)
        sheet.rule(weight=0.5, color=s.ink, above=0.4 * mm)
        sheet.amount(L("exit.savings_total"), rupiah(e.savings), bold=True)
        if e.loans:
            sheet.gap(1 * mm)
            sheet.text(L("exit.loans"), s.body, bold=True)
            for loan in e.loans:
                what = L(f"exit.loan.{loan.kind}", number=loan.number)
                parts = L(
                    "exit.loan_parts",
                    principal=rupiah(loan.principal),
                    service=rupiah(loan.service),
                )
                sheet.amount(
                    f"{what} ({parts})", rupiah(loan.principal + loan.service), indent=3 * mm
                )
            sheet.rule(weight=0.5, color=s.ink, above=0.4 * mm)
            sheet.amount(L("exit.owed_total"), f"- {rupiah(e.owed)}", bold=True)
        sheet.gap(1 * mm)

        def paid(sh: Sheet) -> None:
            sh.band(s.line(s.big) + 1.6 * mm)
            sh.gap(0.8 * mm)
            sh.amount(L(f"exit.paid.{e.refund}"), rupiah(e.paid), size=s.big, bold=True)
            sh.gap(1.6 * mm)
            sh.text(f"{L('in_words')}:", s.small, color=s.muted)
            sh.text(e.in_words, s.body, bold=True)
            sh.gap(1.2 * mm)
            sh.text(L("exit.no_jasa"), s.small, color=s.muted)

        sheet.keep(paid)
        sheet.gap(3 * mm)
        self._signatures(sheet, e, statement=True)

    def draw_receipt(self, sheet: Sheet, e: ExitData) -> None:
        L, s = self.labels, sheet.s
        sheet.gap(0.6 * mm)
        sheet.text(L("exit.receipt_title"), s.title, bold=True, align="center", color=s.accent)
        sheet.text(e.number, s.body, bold=True, align="center")
        sheet.rule()
        width = 30 * mm
        sheet.field(L("date"), date_long(e.date, self.lang), width)
        self._member(sheet, e, width)
        sheet.rule()
        sheet.text(L("exit.received_from", coop=e.header.name))

        def amount(sh: Sheet) -> None:
            sh.gap(1 * mm)
            sh.band(s.line(s.big) + 1.6 * mm)
            sh.gap(0.8 * mm)
            sh.amount(L("kwitansi.paid_out"), rupiah(e.paid), size=s.big, bold=True)
            sh.gap(1.6 * mm)
            sh.text(f"{L('in_words')}:", s.small, color=s.muted)
            sh.text(e.in_words, s.body, bold=True)

        sheet.keep(amount)
        sheet.gap(1 * mm)
        sheet.text(L("exit.for", number=e.number, member=e.member_number))
        sheet.field(L("kwitansi.method"), L(f"exit.paid.{e.refund}"), width)
        if e.refund == "payable":
            sheet.text(L("exit.payable_note"), s.small, color=s.muted)
        sheet.gap(3 * mm)
        self._signatures(sheet, e, statement=False)

    def _signatures(self, sheet: Sheet, e: ExitData, statement: bool) -> None:
        L = self.labels
        where, day = e.header.place, date_long(e.date, self.lang)
        meterai = f"{L('meterai')}\n{rupiah(e.meterai_duty)}" if e.meterai_duty else ""
        space = 28 * mm if meterai else 18 * mm

        def signatures(sh: Sheet) -> None:
            sh.text(L("place_date", place=where, date=day) if where else day, align="right")
            sh.gap(0.8 * mm)
            columns = [
                Signature(L("exit.receiver"), L("member"), e.member_name, meterai=meterai),
                Signature(L("exit.payer"), L("treasurer"), e.header.treasurer),
            ]
            if statement:
                columns.append(Signature(L("exit.known"), L("chairman"), e.header.chairman))
            sh.signatures(columns, space=space)

        sheet.keep(signatures)


def render_exit(pages: list[ExitData], paper: str = "a5") -> bytes:
    """The exit statement and its receipt as PDF bytes (two pages)."""
    return ExitRenderer(paper, pages[0].header.lang).render(pages)
