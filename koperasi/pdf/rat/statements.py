"""The RAT report's financial statements in the SAK EP arrangement: the financial position
(current and non-current), operations (revenue from members and others, SHU after tax),
cash flows by activity, changes in equity, and the statement table they share."""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer, Table, TableStyle

from koperasi.core import accounts as acc
from koperasi.core.fmt import group
from koperasi.pdf.base import FlowRenderer, escape
from koperasi.pdf.rat.flowables import ROWS_WITH_SIGNATURES, SIZE, Tail, amount, count
from koperasi.pdf.styles import ACCENT, MUTED, RULE, STRIPE, TINT, VOID, table_commands
from koperasi.reports.rat import (
    CashFlowByActivity,
    EquityChanges,
    FinancialPosition,
    Group,
    MemberRevenue,
    Operations,
)
from koperasi.reports.rat.ledger import _group


class StatementParts(FlowRenderer):
    """The statements' builders; mixed into RatRenderer."""

    def _statement(
        self,
        width: float,
        head: Sequence[str],
        rows: Sequence[tuple[str, Sequence[str]]],
        amount_width: float = 34 * mm,
        code_width: float = 14 * mm,
    ) -> list[Flowable]:
        """A statement table. rows: (kind, cells) where kind is "group" (a heading over the
        lines), "line", "total" (a group's total), "grand" (the bottom line) or "muted".

        When the first pass found the part's signatures alone on a page, the last rows go
        to a second table under the head again, kept with the signatures (after a Tail)."""
        styles = self.styles
        amounts = len(head) - 2
        widths = [code_width, width - code_width - amounts * amount_width]
        widths += [amount_width] * amounts
        header = [
            Paragraph(escape(head[0]), styles["head"]),
            Paragraph(escape(head[1]), styles["head"]),
        ] + [Paragraph(escape(h), styles["head_right"]) for h in head[2:]]
        data: list[list] = []
        # Each row's own style commands as (command, first column, last column, *args).
        own: list[list[tuple]] = []
        filled: list[int] = []  # the amount columns the row above has figures in
        for kind, cells in rows:
            if kind == "group":
                data.append(
                    ["", Paragraph(f"<b>{escape(cells[0])}</b>", styles["cell"])] + [""] * amounts
                )
                own.append([("TEXTCOLOR", 0, -1, ACCENT), ("TOPPADDING", 0, -1, 6)])
                continue
            code, text, *values = cells
            style = styles["cell_bold"] if kind in ("total", "grand") else styles["cell"]
            indent = "&nbsp;" * 3 if kind == "line" and not code else ""
            data.append([code, Paragraph(indent + escape(text), style), *values])
            if kind == "line":
                own.append([("LINEBELOW", 0, -1, 0.25, STRIPE)])
            elif kind == "total":
                # The sum rule goes under the figures it adds up, as written by hand.
                mine = [2 + i for i, v in enumerate(values) if v]
                own.append(
                    [("FONT", 0, -1, self.style.bold, SIZE)]
                    + [("LINEABOVE", column, column, 0.6, RULE) for column in filled or mine]
                )
            elif kind == "grand":
                own.append(
                    [
                        ("FONT", 0, -1, self.style.bold, SIZE),
                        ("BACKGROUND", 0, -1, TINT),
                        ("LINEABOVE", 0, -1, 0.9, ACCENT),
                        ("LINEBELOW", 0, -1, 0.9, ACCENT),
                        ("TOPPADDING", 0, -1, 3),
                        ("BOTTOMPADDING", 0, -1, 3.4),
                    ]
                )
            else:
                own.append([("TEXTCOLOR", 0, -1, MUTED)] if kind == "muted" else [])
            filled = [2 + i for i, v in enumerate(values) if v] if kind in ("line", "total") else []

        def table(first: int, last: int) -> Table:
            commands = table_commands(zebra=False)
            commands += [
                ("ALIGN", (2, 1), (-1, -1), "RIGHT"),
                ("VALIGN", (0, 1), (-1, -1), "MIDDLE"),
            ]
            for row, row_commands in enumerate(own[first:last], start=1):
                for name, start, end, *args in row_commands:
                    commands.append((name, (start, row), (end, row), *args))
            result = Table([header, *data[first:last]], colWidths=widths, repeatRows=1)
            result.setStyle(TableStyle(commands))
            return result

        if not self._splitting:
            return [table(0, len(data))]
        cut = max(1, len(data) - ROWS_WITH_SIGNATURES)
        while cut > 1 and rows[cut - 1][0] == "group":
            cut -= 1  # a group's heading goes with its lines
        return [table(0, cut), Tail(), table(cut, len(data))]

    def _line_name(self, line) -> str:
        return self.labels(f"result.{line.key}") if line.key else line.name

    def _group_rows(self, group: Group, total_key: str, kind: str = "total") -> list:
        L = self.labels
        rows: list = [("group", [L(f"group.{group.key}")])]
        for line in group.lines:
            rows.append(
                (
                    "line",
                    [line.code, self._line_name(line), amount(line.amount), amount(line.previous)],
                )
            )
        if not group.lines:
            rows.append(("muted", ["", L("none_line"), "–", "–"]))
        rows.append((kind, ["", L(total_key), amount(group.total), amount(group.previous_total)]))
        return rows

    def _verdict(self, ok: bool, good: str, bad: str) -> Paragraph:
        if ok:
            return self.p(good, "value_bold")
        return Paragraph(
            f"<font color='#{VOID.hexval()[2:]}'><b>{escape(bad)}</b></font>", self.styles["body"]
        )

    def _position(self, pos: FinancialPosition, width: float) -> list[Flowable]:
        """The laporan posisi keuangan: current and non-current assets and liabilities,
        equity, beside the year before."""
        L = self.labels
        head = [
            L("code"),
            L("account"),
            f"{L('dec31', year=pos.year)} {L('rp')}",
            f"{L('dec31', year=pos.year - 1)} {L('rp')}",
        ]
        rows = self._group_rows(pos.current_assets, "group.current_assets.total")
        # A non-current group empty in both years is left out (the notes say why).
        if pos.non_current_assets.lines:
            rows += self._group_rows(pos.non_current_assets, "group.non_current_assets.total")
        rows.append(
            (
                "grand",
                [
                    "",
                    L("group.assets.total"),
                    amount(pos.total_assets),
                    amount(pos.previous_total_assets),
                ],
            )
        )
        rows += self._group_rows(pos.current_liabilities, "group.current_liabilities.total")
        if pos.non_current_liabilities.lines:
            rows += self._group_rows(
                pos.non_current_liabilities, "group.non_current_liabilities.total"
            )
        rows.append(
            (
                "total",
                [
                    "",
                    L("position.liabilities.total"),
                    amount(pos.total_liabilities),
                    amount(pos.previous_total_liabilities),
                ],
            )
        )
        rows += self._group_rows(pos.equity, "group.equity.total")
        rows.append(
            (
                "grand",
                [
                    "",
                    L("position.total"),
                    amount(pos.total_liabilities_and_equity),
                    amount(pos.previous_total_liabilities_and_equity),
                ],
            )
        )
        return [
            *self._statement(width, head, rows),
            Tail(),
            Spacer(1, 3 * mm),
            self._verdict(pos.balanced, L("position.balanced"), L("neraca.unbalanced")),
            Spacer(1, 1.5 * mm),
            self.p(L("position.note"), "small"),
        ]

    def _revenue(self, rev: MemberRevenue, ops: Operations, width: float) -> list[Flowable]:
        """The laporan hasil usaha: revenue from members and from others, the expenses, the
        surplus before and after income tax, beside the year before."""
        L = self.labels
        head = [
            L("code"),
            L("account"),
            f"{L('year_col', year=rev.year)} {L('rp')}",
            f"{L('year_col', year=rev.year - 1)} {L('rp')}",
        ]
        rows = self._group_rows(rev.members, "group.member_revenue.total")
        rows += self._group_rows(rev.others, "group.other_revenue.total")
        rows.append(
            (
                "total",
                ["", L("phu.revenue.total"), amount(rev.revenue), amount(rev.previous_revenue)],
            )
        )
        tax = next(
            (x for x in rev.expenses.lines if x.code == acc.INCOME_TAX_EXPENSE),
            None,
        )
        costs = _group(
            "operating_expenses",
            (x for x in rev.expenses.lines if x.code != acc.INCOME_TAX_EXPENSE),
        )
        rows += self._group_rows(costs, "group.operating_expenses.total")
        tax_now, tax_before = (tax.amount, tax.previous) if tax else (0, 0)
        rows.append(
            (
                "total",
                [
                    "",
                    L("phu.before_tax"),
                    amount(rev.result + tax_now),
                    amount(rev.previous_result + tax_before),
                ],
            )
        )
        rows.append(
            (
                "line",
                [acc.INCOME_TAX_EXPENSE, L("phu.tax"), amount(-tax_now), amount(-tax_before)],
            )
        )
        label = L("phu.after_tax") if rev.result >= 0 else L("phu.deficit_after_tax")
        rows.append(("grand", ["", label, amount(rev.result), amount(rev.previous_result)]))
        rows.append(("group", [L("phu.info")]))
        rows.append(
            ("muted", ["", L("phu.turnover"), amount(ops.turnover), amount(ops.previous_turnover)])
        )
        rows.append(("muted", ["", L("phu.sales"), count(ops.sales), count(ops.previous_sales)]))
        return [
            *self._statement(width, head, rows),
            Tail(),
            Spacer(1, 3 * mm),
            self.p(L("phu.sak_note"), "small"),
        ]

    def _flow_label(self, line) -> str:
        return self.labels(f"flow.{line.key}", detail=line.detail)

    def _activities(self, flow: CashFlowByActivity, width: float) -> list[Flowable]:
        """The laporan arus kas by activity (direct method), beside the year before."""
        L = self.labels
        head = [
            "",
            L("account"),
            f"{L('year_col', year=flow.year)} {L('rp')}",
            f"{L('year_col', year=flow.year - 1)} {L('rp')}",
        ]
        rows: list = []
        for activity in flow.activities:
            rows.append(("group", [L(f"cfa.{activity.key}")]))
            for line in activity.lines:
                rows.append(
                    (
                        "line",
                        ["", self._flow_label(line), amount(line.amount), amount(line.previous)],
                    )
                )
            if not activity.lines:
                rows.append(("muted", ["", L("none_line"), "–", "–"]))
            rows.append(
                (
                    "total",
                    [
                        "",
                        L(f"cfa.{activity.key}.total"),
                        amount(activity.total),
                        amount(activity.previous_total),
                    ],
                )
            )
        rows.append(("total", ["", L("cfa.net"), amount(flow.net), amount(flow.previous_net)]))
        rows.append(
            ("line", ["", L("cfa.opening"), amount(flow.opening), amount(flow.previous_opening)])
        )
        rows.append(
            ("grand", ["", L("cfa.closing"), amount(flow.closing), amount(flow.previous_closing)])
        )
        ties = L(
            "cfa.ties",
            net=group(flow.net),
            closing=group(flow.closing),
            opening=group(flow.opening),
        )
        story: list[Flowable] = [
            *self._statement(width, head, rows),
            Tail(),
            Spacer(1, 3 * mm),
            self._verdict(flow.ties, ties, ties),
            Spacer(1, 1.5 * mm),
            self.p(L("cfa.note"), "small"),
        ]
        if flow.transfers:
            story += [
                Spacer(1, 1.5 * mm),
                self.p(L("cf.transfers", amount=group(flow.transfers)), "small"),
            ]
        return story

    def _equity(self, eq: EquityChanges, width: float) -> list[Flowable]:
        L = self.labels
        head = [
            L("code"),
            L("account"),
            L("eq.opening", year=eq.year),
            L("eq.increases"),
            L("eq.decreases"),
            L("eq.closing", year=eq.year),
        ]
        rows: list = []
        for line in eq.lines:
            rows.append(
                (
                    "line",
                    [
                        line.code,
                        self._line_name(line),
                        amount(line.opening),
                        amount(line.increases),
                        amount(line.decreases),
                        amount(line.closing),
                    ],
                )
            )
        if not eq.lines:
            rows.append(("muted", ["", L("none_line"), "–", "–", "–", "–"]))
        rows.append(
            (
                "grand",
                [
                    "",
                    L("group.equity.total"),
                    amount(eq.opening),
                    amount(eq.increases),
                    amount(eq.decreases),
                    amount(eq.closing),
                ],
            )
        )
        return [
            *self._statement(width, head, rows, amount_width=27 * mm, code_width=13 * mm),
            Tail(),
            Spacer(1, 3 * mm),
            self.p(L("eq.note"), "small"),
        ]
