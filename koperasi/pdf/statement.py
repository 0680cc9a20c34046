"""The member statement (rekening anggota) for a period, A4: one table per balance."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    KeepTogether,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from koperasi.core.fmt import date_long, date_short, kg, percent, rupiah
from koperasi.pdf.base import FlowRenderer, Signature, escape, figure_width, kg_decimals
from koperasi.pdf.styles import ACCENT, MUTED, RULE, TINT, table_commands
from koperasi.reports.statement import (
    LoanBalance,
    SavingsKindBalance,
    StatementData,
    StatementLine,
    StatementSection,
)


class StatementRenderer(FlowRenderer):
    papers = ("a4",)

    def title(self, data: StatementData) -> str:
        return f"{self.labels('statement.name')} {data.member_number} · {data.member_name}"

    def story(self, data: StatementData) -> list[Flowable]:
        L = self.labels
        period = L(
            "period_value",
            start=date_long(data.start, self.lang),
            end=date_long(data.end, self.lang),
        )
        member = [
            (L("member_no"), data.member_number),
            (L("name"), data.member_name),
        ]
        if data.member_village:
            member.append((L("village"), data.member_village))
        if data.member_joined:
            member.append((L("joined"), date_long(data.member_joined, self.lang)))
        story: list[Flowable] = [
            self.p(L("statement.title"), "title"),
            self.p(f"{L('period')}: {period}", "subtitle"),
            self.fields(member, [30 * mm, 120 * mm], bold_first=2),
        ]
        self._money = figure_width(
            (rupiah(v) for v in _amounts(data)), 25 * mm, bold=True, size=8.5
        )
        for section in data.sections:
            story += self._section(section)
        day = date_long(data.header.printed_on, self.lang)
        place = data.header.place
        signatures = self.signatures(
            [Signature("", "", ""), Signature("", L("treasurer"), data.header.treasurer)],
            place_date=L("place_date", place=place, date=day) if place else day,
        )
        # The signature never stands alone on a last page: the last table or note above it
        # moves with it (issue 10).
        last = story.pop() if len(story) > 3 else None
        story.append(KeepTogether([*([last] if last else []), Spacer(1, 8 * mm), signatures]))
        return story

    def _section(self, section: StatementSection) -> list[Flowable]:
        L, styles = self.labels, self.styles
        right = styles["cell_right"]

        def money(value: int | None, bold: bool = False) -> Paragraph | str:
            if value is None:
                return ""
            text = rupiah(value)
            return Paragraph(f"<b>{text}</b>" if bold else text, right)

        def heading(key: str) -> str:  # a section may name its columns its own way
            own = f"{key}.{section.key}"
            return L(own) if own in L else L(key)

        head = [
            Paragraph(L("date"), styles["head"]),
            Paragraph(L("description"), styles["head"]),
            Paragraph(L("weight") if section.key == "harvest" else "", styles["head_right"]),
            Paragraph(heading("credit"), styles["head_right"]),
            Paragraph(heading("debit"), styles["head_right"]),
            Paragraph(heading("balance"), styles["head_right"]),
        ]
        rows: list[list] = [head]
        rows.append(
            [
                "",
                Paragraph(f"<b>{L('opening')}</b>", styles["cell"]),
                "",
                "",
                "",
                money(section.opening, True),
            ]
        )
        muted_rows = []
        places = kg_decimals(*(line.grams for line in section.lines))
        for line in section.lines:
            if line.kind == "delivery" and line.status == "void":
                muted_rows.append(len(rows))
            rows.append(
                [
                    date_short(line.date),
                    Paragraph(escape(self._describe(line)), styles["cell"]),
                    kg(line.grams, places)
                    if line.grams is not None and line.status != "void"
                    else "",
                    money(line.credit) if line.credit else "",
                    money(line.debit) if line.debit else "",
                    money(line.balance),
                ]
            )
        if not section.lines:
            rows.append(["", Paragraph(L("statement.empty"), styles["small"]), "", "", "", ""])
        total_row = len(rows)
        rows.append(
            [
                "",
                Paragraph(f"<b>{L('total')}</b>", styles["cell"]),
                "",
                money(section.total_credit, True),
                money(section.total_debit, True),
                "",
            ]
        )
        rows.append(
            [
                "",
                Paragraph(f"<b>{L('closing')}</b>", styles["cell"]),
                "",
                "",
                "",
                money(section.closing, True),
            ]
        )
        width = self.paper.body_width
        m = getattr(self, "_money", 26 * mm)  # every figure column as wide as the widest figure
        widths = [19 * mm, None, 21 * mm, m, m, m]
        if section.key != "harvest":  # only harvest proceeds have a weight
            rows = [row[:2] + row[3:] for row in rows]
            widths = widths[:2] + widths[3:]
        widths[1] = width - sum(w for w in widths if w)
        table = Table(rows, colWidths=widths, repeatRows=1)
        commands = table_commands(zebra=False)
        commands += [
            ("ALIGN", (2, 1), (-1, -1), "RIGHT"),
            ("LINEBELOW", (0, 1), (-1, total_row - 1), 0.25, RULE),
            ("LINEABOVE", (0, total_row), (-1, total_row), 0.8, ACCENT),
            ("BACKGROUND", (0, -1), (-1, -1), TINT),
            ("LINEBELOW", (0, -1), (-1, -1), 0.9, ACCENT),
        ]
        for row in muted_rows:
            commands.append(("TEXTCOLOR", (0, row), (-1, row), MUTED))
        table.setStyle(TableStyle(commands))

        flow: list[Flowable] = [
            # A heading never ends a page: it starts the next one with its table.
            CondPageBreak(40 * mm),
            KeepTogether([self.p(L(f"section.{section.key}"), "heading"), Spacer(1, 0.5 * mm)]),
            table,
        ]
        if section.key == "harvest":
            flow.append(Spacer(1, 2.5 * mm))
            flow.append(
                self.fields(
                    [
                        (L("statement.delivered"), kg(section.delivered_grams)),
                        (L("statement.unsold"), kg(section.unsold_grams)),
                    ],
                    [62 * mm, 40 * mm],
                )
            )
        if section.savings:
            flow += [Spacer(1, 2.5 * mm), self._savings_kinds(section.savings)]
        if section.loans:
            flow += [Spacer(1, 2.5 * mm), self._loan_balances(section.loans)]
        note = f"statement.note.{section.key}"
        if note in _NOTES:
            flow += [Spacer(1, 2 * mm), self.p(L(note), "small")]
        return flow

    def _small_table(self, rows: list[list], widths: list[float], total: bool) -> Table:
        """A summary table under a section, as wide as the section's table (the first
        column takes what the others leave), so its figures line up with those above."""
        widths = [self.paper.body_width - sum(widths[1:]), *widths[1:]]
        table = Table(rows, colWidths=widths, hAlign="LEFT")
        commands = table_commands(zebra=False)
        commands += [
            ("LINEBELOW", (0, 1), (-1, -1), 0.25, RULE),
        ]
        if total:
            commands += [
                ("LINEABOVE", (0, -1), (-1, -1), 0.8, ACCENT),
                ("BACKGROUND", (0, -1), (-1, -1), TINT),
            ]
        table.setStyle(TableStyle(commands))
        return table

    def _savings_kinds(self, kinds: tuple[SavingsKindBalance, ...]) -> Table:
        """Each kind of savings: opening + in − out = closing, and the totals."""
        L, styles = self.labels, self.styles
        right = styles["cell_right"]

        def money(value: int, bold: bool = False) -> Paragraph:
            return Paragraph(f"<b>{rupiah(value)}</b>" if bold else rupiah(value), right)

        head = [
            Paragraph(L("savings.kind"), styles["head"]),
            Paragraph(L("opening"), styles["head_right"]),
            Paragraph(L("credit.savings"), styles["head_right"]),
            Paragraph(L("debit.savings"), styles["head_right"]),
            Paragraph(L("closing"), styles["head_right"]),
        ]
        rows: list[list] = [head]
        for k in kinds:
            rows.append(
                [
                    Paragraph(escape(L(f"savings.{k.kind}")), styles["cell"]),
                    money(k.opening),
                    money(k.credit),
                    money(k.debit),
                    money(k.closing, True),
                ]
            )
        rows.append(
            [
                Paragraph(f"<b>{L('total')}</b>", styles["cell"]),
                money(sum(k.opening for k in kinds), True),
                money(sum(k.credit for k in kinds), True),
                money(sum(k.debit for k in kinds), True),
                money(sum(k.closing for k in kinds), True),
            ]
        )
        m = getattr(self, "_money", 26 * mm)
        widths = [0, max(27 * mm, m), m, m, m]
        return self._small_table(rows, widths, total=True)

    def _loan_balances(self, loans: tuple[LoanBalance, ...]) -> Table:
        """Each loan at the end of the period: outstanding principal and arrears."""
        L, styles = self.labels, self.styles
        right = styles["cell_right"]

        def money(value: int, bold: bool = False) -> Paragraph:
            return Paragraph(f"<b>{rupiah(value)}</b>" if bold else rupiah(value), right)

        def arrears(loan: LoanBalance, value: int) -> Paragraph:
            # A kasbon has no installments: it is due whole at the next payout, not in arrears.
            return Paragraph("–", right) if loan.kind == "kasbon" else money(value)

        head = [
            Paragraph(L("loan.number"), styles["head"]),
            Paragraph(L("date"), styles["head"]),
            Paragraph(L("loan.principal"), styles["head_right"]),
            Paragraph(L("loan.outstanding"), styles["head_right"]),
            Paragraph(L("loan.principal_due"), styles["head_right"]),
            Paragraph(L("loan.service_due"), styles["head_right"]),
        ]
        rows: list[list] = [head]
        for loan in loans:
            name = f"{L(f'loan.kind.{loan.kind}')} {loan.number}"
            rows.append(
                [
                    Paragraph(escape(name), styles["cell"]),
                    date_short(loan.date),
                    money(loan.principal),
                    money(loan.outstanding, True),
                    arrears(loan, loan.principal_due),
                    arrears(loan, loan.service_due),
                ]
            )
        total = len(loans) > 1
        if total:
            rows.append(
                [
                    Paragraph(f"<b>{L('total')}</b>", styles["cell"]),
                    "",
                    money(sum(x.principal for x in loans), True),
                    money(sum(x.outstanding for x in loans), True),
                    money(sum(x.principal_due for x in loans if x.kind != "kasbon"), True),
                    money(sum(x.service_due for x in loans if x.kind != "kasbon"), True),
                ]
            )
        m = getattr(self, "_money", 26 * mm)
        widths = [0, 19 * mm, m, m, m, m]
        return self._small_table(rows, widths, total=total)

    def _describe(self, line: StatementLine) -> str:
        L = self.labels
        if line.kind == "delivery":
            parts = [L("line.delivery", commodity=line.commodity, reference=line.reference)]
            if line.quality_bp is not None:
                # Non-breaking spaces keep "kadar 60 %" on one line when the cell wraps.
                quality = L("line.quality", quality=percent(line.quality_bp))
                parts.append(quality.replace(" ", "\u00a0"))
            parts.append(L(f"line.delivery.{line.status}", sale=line.related))
            return " · ".join(parts)
        if line.kind == "sale":
            return L("line.sale", reference=line.reference, commodity=line.commodity, n=line.count)
        if line.kind == "payout":
            return L(
                "line.payout",
                method=L(f"method.{line.method}"),
                reference=line.reference,
                sale=line.related,
            )
        if line.kind == "deduction":
            if not line.detail:
                return L("line.deduction", reference=line.reference)
            text = L(f"line.deduction.{line.detail}", reference=line.reference, loan=line.loan)
            return self._with_split(text, line)
        if line.kind == "savings":
            if line.voids:
                text = L("line.savings.void", reference=line.reference, voids=line.voids)
            else:
                way = "deposit" if line.credit else "withdrawal"
                text = L(
                    f"line.savings.{way}",
                    kind=L(f"savings.{line.detail}").lower(),
                    reference=line.reference,
                )
            return f"{text} · {self._via(line)}" if self._via(line) else text
        if line.kind == "loan":
            if line.detail == "pinjaman":
                return L("line.loan.pinjaman", reference=line.reference, n=line.count)
            return L("line.loan.kasbon", reference=line.reference)
        if line.kind == "shu":
            return L(
                "line.shu",
                year=line.reference,
                usaha=rupiah(line.principal),
                modal=rupiah(line.service),
            )
        if line.kind == "shu_payment":
            return L(f"line.shu_paid.{line.method}", year=line.related, reference=line.reference)
        if line.kind == "repayment":
            text = L(f"line.repayment.{line.detail}", loan=line.loan, reference=line.reference)
            if self._via(line):
                text = f"{text} · {self._via(line)}"
            return self._with_split(text, line)
        return line.reference

    def _via(self, line: StatementLine) -> str:
        """How a savings movement or repayment was made: "dipotong dari SP-…", "tunai"…"""
        if line.slip:
            return self.labels("line.via.payout", slip=line.slip)
        key = f"line.via.{line.method}"
        return self.labels(key) if key in self.labels else ""

    def _with_split(self, text: str, line: StatementLine) -> str:
        """A loan payment's principal and service charge, when it paid any service charge."""
        if line.detail != "pinjaman" or not line.service:
            return text
        split = self.labels(
            "deduction.split", principal=rupiah(line.principal), service=rupiah(line.service)
        )
        return f"{text} ({split})"


_NOTES = {"statement.note.harvest", "statement.note.loans"}


def _amounts(data: StatementData) -> list[int]:
    """Every amount the statement prints, to size its figure columns (sums included)."""
    found: list[int] = []
    for section in data.sections:
        found += [section.opening, section.closing, section.total_credit, section.total_debit]
        for line in section.lines:
            found += [line.credit, line.debit, line.balance or 0]
        kinds = section.savings
        found += [v for k in kinds for v in (k.opening, k.credit, k.debit, k.closing)]
        found += [sum(k.opening for k in kinds), sum(k.credit for k in kinds)]
        found += [sum(k.debit for k in kinds), sum(k.closing for k in kinds)]
        loans = section.loans
        found += [v for x in loans for v in (x.principal, x.outstanding, x.principal_due)]
        found += [x.service_due for x in loans]
        found += [sum(x.principal for x in loans), sum(x.outstanding for x in loans)]
    return found


def render_statement(data: StatementData) -> bytes:
    """A member's statement as PDF bytes, A4 portrait."""
    return StatementRenderer("a4", data.header.lang).render(data)
