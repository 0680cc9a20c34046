"""Payout slips (slip pembayaran / tanda terima) on A5, A6 or an 80 mm roll, one per page."""

from __future__ import annotations

from collections.abc import Iterable

from reportlab.lib.units import mm

from koperasi.core.fmt import date_long, date_short, kg, percent, price, rupiah
from koperasi.pdf.base import CanvasRenderer, Sheet, Signature, kg_decimals
from koperasi.reports.slips import SlipData, SlipDeduction


class SlipRenderer(CanvasRenderer):
    papers = ("a5", "a6", "roll80")

    def reference(self, item: SlipData) -> str:
        return item.slip

    def title(self, items) -> str:
        first, last = items[0].slip, items[-1].slip
        name = self.labels("slip.name")
        return f"{name} {first}" if first == last else f"{name} {first} – {last}"

    def decorate(self, canvas, item: SlipData, width: float, height: float) -> None:
        if item.void is not None:
            self.void_watermark(canvas, self.labels("void.mark"), width, height)

    def draw(self, sheet: Sheet, slip: SlipData) -> None:
        L, s, narrow = self.labels, sheet.s, self.paper.narrow
        sale = slip.sale
        sheet.gap(0.6 * mm)
        sheet.text(L("slip.title"), s.title, bold=True, align="center", color=s.accent)
        sheet.text(L("slip.subtitle"), s.small, align="center", color=s.muted)
        sheet.text(slip.slip, s.body, bold=True, align="center")
        if slip.void is not None:
            when, reason = slip.void
            sheet.text(
                L("void.slip_line", date=date_short(when), reason=reason),
                s.small,
                bold=True,
                align="center",
                color=s.accent,
            )
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
        if sale.reference_cents is not None:
            # A line of its own: the label is wider than the field column on every paper.
            reference = L(
                "reference.line", price=price(sale.reference_cents), week=sale.reference_week
            )
            sheet.text(f"{L('reference.week')}: {reference}", s.small, color=s.muted)
        sheet.rule()

        sheet.text(L("slip.deliveries"), s.small, bold=True, color=s.muted)
        # A row per delivery where the paper is wide enough (A5, A6), two lines on a roll.
        size = s.body if not narrow else 7.0
        if not self._deliveries_table(sheet, slip, size):
            self._deliveries_folded(sheet, slip)
        sheet.rule(weight=0.8, color=s.ink, above=0.6 * mm)

        sheet.amount(L("share"), rupiah(slip.share))
        for deduction in slip.deductions:
            self._deduction(sheet, deduction)
        paid_label = f"{L('paid')} ({L(f'method.{slip.method}')})"

        def paid(sh: Sheet) -> None:
            lead = s.line(s.big)
            sh.gap(1 * mm)
            sh.band(lead + 1.6 * mm)
            sh.gap(0.8 * mm)
            sh.amount(paid_label, rupiah(slip.paid), size=s.big, bold=True)
            sh.gap(1.6 * mm)
            sh.text(f"{L('in_words')}:", s.small, color=s.muted)
            sh.text(slip.paid_in_words, s.body, bold=True)

        gap = 2.5 * mm if not narrow else 1 * mm

        where, day = slip.header.place, date_long(slip.date, self.lang)
        meterai = ""
        if slip.meterai_duty:
            meterai = f"{L('meterai')}\n{rupiah(slip.meterai_duty)}"
        # Room to sign; a little more where the member signs across the duty stamp.
        space = (
            14 * mm + (0.5 * mm if meterai else 0)
            if narrow
            else 17 * mm + (3 * mm if meterai else 0)
        )

        def signatures(sh: Sheet) -> None:
            sh.text(L("place_date", place=where, date=day) if where else day, align="right")
            sh.gap(0.8 * mm)
            if narrow:  # one caption line each, to keep the slip on one small page
                columns = [
                    Signature("", L("receiver"), slip.member_name, meterai=meterai),
                    Signature("", f"{L('treasurer')},", slip.header.treasurer),
                ]
            else:
                columns = [
                    Signature(L("received_by"), L("member"), slip.member_name, meterai=meterai),
                    Signature(L("paid_by"), L("treasurer"), slip.header.treasurer),
                ]
            sh.signatures(columns, space=space)

        def paid_and_signed(sh: Sheet) -> None:
            # The signatures never stand alone on a page: the amount they sign for goes with
            # them (a crowded slip with a real-size meterai box may need two small pages).
            paid(sh)
            sh.gap(gap)
            signatures(sh)

        sheet.keep(paid_and_signed)

    def _deduction(self, sheet: Sheet, d: SlipDeduction) -> None:
        """A deduction line, its figure flush right; on narrow paper in the size of the
        delivery rows, so that three deductions still leave the slip on one page. Under it,
        small and muted (on one line where they fit): how a loan installment splits into
        principal and service charge (too long to share the line with the figure even on
        A5), and what the share could not cover and stays owed."""
        L, s = self.labels, sheet.s
        size = s.body if not self.paper.narrow else 7.0
        label = L(f"deduction.{d.kind}", loan=d.loan_number)
        sheet.amount(label, f"−{rupiah(d.amount)}", size=size)
        notes = []
        if d.kind == "pinjaman" and d.service:  # a loan without jasa is all pokok
            split = L("deduction.split", principal=rupiah(d.principal), service=rupiah(d.service))
            notes.append(f"({split})")
        if d.still_owed > 0:
            notes.append(L("deduction.still_owed", amount=rupiah(d.still_owed)))
        joined = " · ".join(notes)
        if sheet.width_of(joined, s.small) <= sheet.width - 2.5 * mm:
            notes = [joined] if notes else []  # on one line where they fit, else a line each
        for note in notes:
            sheet.text(note, s.small, color=s.muted, indent=2.5 * mm)

    def _deliveries_table(self, sheet: Sheet, slip: SlipData, size: float) -> bool:
        """The deliveries as a table, one line each, columns as wide as their contents;
        False (drawing nothing) when they do not fit across the paper."""
        L, s = self.labels, sheet.s
        quality = slip.sale.uses_quality
        places = kg_decimals(slip.deliveries_grams, *(d.net_grams for d in slip.deliveries))
        head = [L("receipt_no"), L("date"), L("net_weight"), L("quality_short"), L("part")]
        rows = [
            [
                d.receipt,
                date_short(d.date),
                kg(d.net_grams, places),
                percent(d.quality_bp) if d.quality_bp is not None else "",
                rupiah(d.part),
            ]
            for d in slip.deliveries
        ]
        total = None
        if len(rows) > 1:
            total = [
                L("deliveries_n", n=len(rows)),
                "",
                kg(slip.deliveries_grams, places),
                "",
                rupiah(slip.share),
            ]
        columns = [0, 1, 2, 3, 4] if quality else [0, 1, 2, 4]
        pad = 2 * mm
        widths = {
            i: max(
                sheet.width_of(head[i], s.small, bold=True),
                *(sheet.width_of(row[i], size) for row in rows),
                sheet.width_of(total[i], size, bold=True) if total and i else 0,
            )
            + pad
            for i in columns
        }
        spare = sheet.width - sum(widths.values())
        if spare < 0:
            return False
        for i in columns:  # the room left is shared out, so the columns spread evenly
            widths[i] += spare / len(columns)
        aligns = {0: "left", 1: "left", 2: "right", 3: "right", 4: "right"}

        def cells(texts: list[str]) -> list[tuple[str, float, str]]:
            return [(texts[i], widths[i], aligns[i]) for i in columns]

        sheet.row(cells(head), size=s.small, bold=True, color=s.muted)
        for row in rows:
            sheet.row(cells(row), size=size)
        if total:
            sheet.rule(above=0.3 * mm, below=0.8 * mm)
            sheet.row(cells(total), size=size, bold=True)
        return True

    def _deliveries_folded(self, sheet: Sheet, slip: SlipData) -> None:
        """Narrow paper: each delivery on two lines, the part flush right on the second."""
        L, s = self.labels, sheet.s
        places = kg_decimals(slip.deliveries_grams, *(d.net_grams for d in slip.deliveries))
        for d in slip.deliveries:
            sheet.need(2 * s.line(s.body))
            sheet.text(f"{d.receipt} · {date_short(d.date)}", s.small)
            weight = kg(d.net_grams, places)
            if d.quality_bp is not None:
                weight = f"{weight} × {percent(d.quality_bp)}"
            sheet.amount(weight, rupiah(d.part), indent=2.5 * mm)
        if len(slip.deliveries) > 1:
            sheet.rule(above=0.3 * mm, below=0.8 * mm)
            sheet.amount(
                f"{L('deliveries_n', n=len(slip.deliveries))} · {kg(slip.deliveries_grams, places)}",
                rupiah(slip.share),
                bold=True,
            )


def render_slips(slips: Iterable[SlipData], paper: str = "a5") -> bytes:
    """Payout slips as one PDF, one slip per page, on "a5", "a6" or "roll80"."""
    slips = list(slips)
    lang = slips[0].header.lang if slips else "id"
    return SlipRenderer(paper, lang).render(slips)
