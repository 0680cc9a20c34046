"""The RAT report's notes to the financial statements (catatan atas laporan keuangan, CALK):
the cooperative, its accounting policies, and the figures the statements need explained."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer

from koperasi.core.fmt import date_long, date_short, group, percent, rupiah
from koperasi.core.yearend import RAT_PARTS
from koperasi.pdf.base import FlowRenderer
from koperasi.pdf.rat.flowables import Tail, amount, count
from koperasi.reports.rat import Group, Notes


class NoteParts(FlowRenderer):
    """The notes' builder; mixed into RatRenderer beside StatementParts."""

    def _note_table(self, group_: Group, total_key: str, year: int) -> list[Flowable]:
        L = self.labels
        head = [
            L("code"),
            L("calk.item"),
            f"{L('dec31', year=year)} {L('rp')}",
            f"{L('dec31', year=year - 1)} {L('rp')}",
        ]
        rows: list = [
            ("line", [x.code, x.name, amount(x.amount), amount(x.previous)]) for x in group_.lines
        ]
        if not group_.lines:
            rows.append(("muted", ["", L("none_line"), "–", "–"]))
        rows.append(
            ("total", ["", L(total_key), amount(group_.total), amount(group_.previous_total)])
        )
        return self._statement(self._width, head, rows)

    def _heading(self, key: str) -> list[Flowable]:
        return [Spacer(1, 3 * mm), self.p(self.labels(key), "value_bold"), Spacer(1, 1 * mm)]

    @staticmethod
    def _sections(story: list[Flowable]) -> list[list[Flowable]]:
        """The notes cut at each heading (the 3 mm space above it)."""
        sections: list[list[Flowable]] = []
        for flowable in story:
            if (isinstance(flowable, Spacer) and flowable.height == 3 * mm) or not sections:
                sections.append([])
            sections[-1].append(flowable)
        return sections

    def _notes(self, n: Notes, width: float) -> list[Flowable]:
        L, header = self.labels, n.header
        self._width = width
        # The notes are many small tables: none of them is split for the signatures.
        splitting, self._splitting = self._splitting, False
        story: list[Flowable] = []

        story += self._heading("calk.general")
        story.append(
            self.p(
                L(
                    "calk.general.text",
                    name=header.name,
                    address=header.address or "—",
                    registration=header.registration_no or L("calk.no_registration"),
                )
            )
        )

        story += self._heading("calk.policies")
        booked = n.allowance.balance
        policies = [
            "calk.policy.basis.accrual" if n.accrued else "calk.policy.basis",
            "calk.policy.revenue.accrual" if n.accrued else "calk.policy.revenue",
            "calk.policy.allowance" if booked else "calk.policy.loans",
            "calk.policy.assets" if n.assets else "calk.policy.classification",
        ]
        for key in policies:
            story.append(self.p(L(key)))
        regime = n.tax.regime
        registered = (
            L("calk.registered", year=n.registered_year)
            if n.registered_year
            else L("calk.not_registered")
        )
        story.append(self.p(L(f"calk.policy.tax.{regime}", registered=registered)))
        # The bases recorded with the RAT's decision (issue 14, i14shu), else the settings'.
        recorded = n.decision.basis if n.decision is not None else None
        capital = recorded.capital if recorded is not None else n.capital_basis
        story.append(self.p(L("calk.policy.shu", basis=L(f"calk.basis.{capital}"))))
        if recorded is not None:
            mix = ", ".join(
                f"{L(f'shu.basis.{b}')} {percent(bp)}" for b, bp in recorded.transactions.items()
            )
            story.append(self.p(L("calk.policy.shu_transactions", basis=mix)))

        story += self._heading("calk.cash")
        story += self._note_table(n.cash, "calk.funds.total", n.year)
        story += self._heading("calk.receivables")
        story += self._note_table(n.receivables, "calk.funds.total", n.year)

        story += self._heading("calk.loans")
        head = [
            "",
            L("calk.item"),
            L("calk.loans.count"),
            f"{L('dec31', year=n.year)} {L('rp')}",
            L("calk.loans.count"),
            f"{L('dec31', year=n.year - 1)} {L('rp')}",
        ]
        rows: list = [
            (
                "line",
                [
                    "",
                    L(f"calk.class.{x.key}"),
                    count(x.count),
                    amount(x.outstanding),
                    count(x.previous_count),
                    amount(x.previous_outstanding),
                ],
            )
            for x in n.loans
        ]
        rows.append(
            (
                "total",
                [
                    "",
                    L("calk.loans.total"),
                    count(sum(x.count for x in n.loans)),
                    amount(n.loans_total),
                    count(sum(x.previous_count for x in n.loans)),
                    amount(n.previous_loans_total),
                ],
            )
        )
        story += self._statement(width, head, rows, amount_width=26 * mm, code_width=4 * mm)
        story.append(self.p(L("calk.loans.note"), "small"))
        story += self._allowance_note(n, width)

        story += self._heading("calk.savings")
        story += self._note_table(n.savings, "calk.savings.total", n.year)

        story += self._heading("calk.funds")
        head = [
            L("code"),
            L("calk.item"),
            L("eq.opening", year=n.year),
            L("eq.increases"),
            L("eq.decreases"),
            L("eq.closing", year=n.year),
        ]
        rows = [
            (
                "line",
                [
                    x.code,
                    x.name,
                    amount(x.opening),
                    amount(x.increases),
                    amount(x.decreases),
                    amount(x.closing),
                ],
            )
            for x in n.funds
        ]
        if not n.funds:
            rows.append(("muted", ["", L("none_line"), "–", "–", "–", "–"]))
        rows.append(
            (
                "total",
                [
                    "",
                    L("calk.funds.total"),
                    amount(sum(x.opening for x in n.funds)),
                    amount(sum(x.increases for x in n.funds)),
                    amount(sum(x.decreases for x in n.funds)),
                    amount(sum(x.closing for x in n.funds)),
                ],
            )
        )
        story += self._statement(width, head, rows, amount_width=25 * mm, code_width=13 * mm)

        story += self._heading("calk.shu")
        story += self._shu_note(n, width)

        story += self._heading("calk.tax")
        t = n.tax
        story.append(self.p(L(f"calk.tax.{t.regime}")))
        head = ["", L("calk.item"), f"{L('year_col', year=n.year)} {L('rp')}"]
        rows = [
            ("line", ["", L(f"calk.tax.{key}"), amount(value)])
            for key, value in (
                ("turnover", t.turnover),
                ("base", t.base),
                ("due", t.due),
                ("posted", t.posted),
                ("paid", t.paid),
            )
        ]
        rows.append(("total", ["", L("calk.tax.payable"), amount(t.payable)]))
        story += self._statement(width, head, rows, code_width=4 * mm)
        story.append(self.p(L("calk.tax.pkp" if n.pkp else "calk.tax.not_pkp"), "small"))
        if n.pph21 is not None:  # branch i14tax
            p21 = n.pph21
            story += [Spacer(1, 2 * mm), self.p(L("calk.pph21"))]
            rows = [
                ("line", ["", L("calk.pph21.count"), count(p21.count)]),
                ("line", ["", L("calk.pph21.gross"), amount(p21.gross)]),
                ("line", ["", L("calk.pph21.withheld"), amount(p21.withheld)]),
                ("line", ["", L("calk.pph21.paid"), amount(p21.paid)]),
                ("total", ["", L("calk.pph21.payable"), amount(p21.payable)]),
            ]
            story += self._statement(width, head, rows, code_width=4 * mm)
        if n.ppn is not None:
            story.append(
                self.p(L("calk.ppn", dpp=rupiah(n.ppn.dpp), ppn=rupiah(n.ppn.ppn)), "small")
            )

        story += self._heading("calk.assets")
        story += self._assets_note(n, width)

        story += self._heading("calk.related")
        story.append(self.p(L("calk.related.text")))
        h = n.honoraria
        head = [
            L("code"),
            L("calk.item"),
            f"{L('year_col', year=n.year)} {L('rp')}",
            f"{L('year_col', year=n.year - 1)} {L('rp')}",
        ]
        story += self._statement(
            width, head, [("line", [h.code, h.name, amount(h.amount), amount(h.previous)])]
        )
        self._splitting = splitting
        # The last note goes with the signatures, so they never stand alone on a page.
        # Each note kept on one page where it fits, so no heading is left at the foot of a
        # page without its figures. (The last one bare: a KeepTogether inside the
        # signatures' KeepTogether reports an endless height and pushes them to a page of
        # their own.)
        *notes, last = self._sections(story)
        return [*(KeepTogether(n) for n in notes), Tail(), *last]

    def _shu_note(self, n: Notes, width: float) -> list[Flowable]:
        L, lang = self.labels, self.lang
        label = L("calk.shu.result", year=n.year)
        story: list[Flowable] = [self.p(f"{label}: {rupiah(n.result)}", "value_bold")]
        d = n.decision
        if not n.closed:
            story.append(self.p(L("calk.shu.open", year=n.year)))
            return story
        if d is None:
            key = "calk.shu.statutes" if n.shu_posted else "calk.shu.undecided"
            story.append(self.p(L(key, year=n.year)))
            return story
        row = d.row
        day = date_long(row.date, lang)
        if d.closing.result < 0:
            mode = row.loss or "carry"
            story.append(
                self.p(
                    L(
                        f"calk.shu.loss.{mode}",
                        year=n.year,
                        amount=rupiah(-d.closing.result),
                        date=day,
                    )
                )
            )
        else:
            story.append(
                self.p(L("calk.shu.decided", date=day, year=n.year, entry=d.entry_number or "—"))
            )
            head = ["", L("calk.shu.part"), "%", f"{L('year_col', year=n.year)} {L('rp')}"]
            rows: list = []
            if row.deficit_covered:
                rows.append(("line", ["", L("calk.shu.covered"), "", amount(row.deficit_covered)]))
            for part in RAT_PARTS:
                if part in row.split:
                    rows.append(
                        (
                            "line",
                            [
                                "",
                                L(f"shu.part.{part}"),
                                percent(row.split[part]),
                                amount(row.parts.get(part, 0)),
                            ],
                        )
                    )
            rows.append(
                (
                    "total",
                    [
                        "",
                        L("calk.funds.total"),
                        "",
                        amount(row.deficit_covered + sum(row.parts.values())),
                    ],
                )
            )
            story += self._statement(width, head, rows, amount_width=30 * mm, code_width=4 * mm)
        if row.attendance:
            story.append(self.p(L("calk.shu.attendance", count=group(row.attendance)), "small"))
        if d.amendments:
            story.append(self.p(L("calk.shu.amended", count=d.amendments), "small"))
        return story

    def _allowance_note(self, n: Notes, width: float) -> list[Flowable]:
        """What the loans' collectibility calls for at the year end, and what is booked."""
        L, a = self.labels, n.allowance
        head = [
            "",
            L("calk.allowance"),
            L("calk.allowance.rate"),
            f"{L('dec31', year=n.year)} {L('rp')}",
        ]
        rows: list = [
            ("line", ["", L(f"calk.class.{x.key}"), percent(x.rate_bp), amount(x.required)])
            for x in a.lines
        ]
        rows.append(("total", ["", L("calk.allowance.required"), "", amount(a.required)]))
        rows.append(("line", ["", L("calk.allowance.booked"), "", amount(a.balance)]))
        return [
            Spacer(1, 1.5 * mm),
            *self._statement(width, head, rows, amount_width=30 * mm, code_width=4 * mm),
        ]

    def _assets_note(self, n: Notes, width: float) -> list[Flowable]:
        L = self.labels
        story = self._note_table(n.fixed_assets, "calk.assets.book_value", n.year)
        # Sold or written off (i14gui): off the register, which ties to 1301 and 1309; those
        # of the year are listed after it.
        gone = [x for x in n.assets if x.disposal and x.disposal.date.year == n.year]
        in_use = [x for x in n.assets if x.disposal is None]
        if not in_use:
            return story + self._disposals_note(gone, n.year, width)
        head = [
            L("calk.assets.number"),
            L("calk.assets.name"),
            L("calk.assets.cost"),
            L("calk.assets.accumulated"),
            L("calk.assets.book_value"),
        ]
        rows: list = [
            (
                "line",
                [
                    x.row.number,
                    L(
                        "calk.assets.item",
                        name=x.row.name,
                        date=date_short(x.row.acquired),
                        months=x.row.life_months,
                    ),
                    amount(x.row.cost),
                    amount(x.accumulated),
                    amount(x.book_value),
                ],
            )
            for x in in_use
        ]
        rows.append(
            (
                "total",
                [
                    "",
                    L("calk.funds.total"),
                    amount(sum(x.row.cost for x in in_use)),
                    amount(sum(x.accumulated for x in in_use)),
                    amount(sum(x.book_value for x in in_use)),
                ],
            )
        )
        return [
            *story,
            Spacer(1, 1.5 * mm),
            *self._statement(width, head, rows, amount_width=27 * mm, code_width=16 * mm),
            *self._disposals_note(gone, n.year, width),
        ]

    def _disposals_note(self, gone: list, year: int, width: float) -> list[Flowable]:
        """Assets sold or written off in the year: book value when they left, proceeds and
        the gain or loss (4904 / 5109)."""
        if not gone:
            return []
        L = self.labels
        head = [
            L("calk.assets.number"),
            L("calk.assets.disposed_name"),
            L("calk.assets.book_value"),
            L("calk.assets.proceeds"),
            L("calk.assets.gain"),
        ]
        rows: list = [
            (
                "line",
                [
                    x.row.number,
                    L(
                        "calk.assets.disposed_item",
                        name=x.row.name,
                        date=date_short(x.disposal.date),
                    ),
                    amount(x.book_value),
                    amount(x.disposal.proceeds),
                    amount(x.disposal.gain),
                ],
            )
            for x in gone
        ]
        rows.append(
            (
                "total",
                [
                    "",
                    L("calk.funds.total"),
                    amount(sum(x.book_value for x in gone)),
                    amount(sum(x.disposal.proceeds for x in gone)),
                    amount(sum(x.disposal.gain for x in gone)),
                ],
            )
        )
        return [
            Spacer(1, 1.5 * mm),
            self.p(L("calk.assets.disposed", year=year), "small"),
            *self._statement(width, head, rows, amount_width=27 * mm, code_width=16 * mm),
            self.p(L("calk.assets.disposal_policy"), "small"),
        ]
