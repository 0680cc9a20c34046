"""The board's annual report to the members' meeting (RAT): a cover, then each part on its
own pages (A4 portrait; landscape where a table needs the width), or one part alone."""

from __future__ import annotations

import functools
import io
import itertools
import math
from collections.abc import Callable, Iterable, Sequence
from typing import Any

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    Image,
    KeepTogether,
    NextPageTemplate,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from koperasi.core.fmt import date_long, date_short, group, kg_number, month_name, percent
from koperasi.pdf.base import (
    CREATOR,
    FlowRenderer,
    PageMarker,
    Sheet,
    Signature,
    _NumberedCanvas,
    draw_letterhead,
    escape,
    kg_decimals,
    letterhead_height,
    print_line,
)
from koperasi.pdf.labels import Labels
from koperasi.pdf.paper import Paper, paper
from koperasi.pdf.styles import (
    ACCENT,
    INK,
    MUTED,
    RULE,
    STRIPE,
    TINT,
    VOID,
    VOID_WATERMARK,
    table_commands,
    text_style,
)
from koperasi.reports.rat import (
    PARTS,
    BalanceSheet,
    CashFlow,
    CashFlowLine,
    CommodityMonths,
    CommodityYear,
    EquityChanges,
    Group,
    MemberStats,
    Operations,
    RatReport,
    ShuList,
)
from koperasi.text.documents import RAT

# The chart's price line, and its delivered bars (a stronger tint than the table headers).
PRICE = colors.HexColor("#b7791f")
TINT_STRONG = colors.HexColor("#a9c9b5")

ROMAN = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X")
LANDSCAPE_PARTS = frozenset({"shu", "komoditas"})

_SIZE = 8.5
_SHU_ROW = 8.2 * mm
# When the signatures would land on a page of their own, this many rows go with them.
_ROWS_WITH_SIGNATURES = 3


def amount(value: int) -> str:
    """A rupiah figure in a statement column: dot thousands, negatives in brackets, 0 as –."""
    if value == 0:
        return "–"
    return f"({group(-value)})" if value < 0 else group(value)


def count(value: int) -> str:
    return group(value) if value else "–"


class RatRenderer(FlowRenderer):
    papers = ("a4",)

    def __init__(self, lang: str) -> None:
        super().__init__("a4", lang)
        self.labels = Labels(lang, RAT)
        self.wide: Paper = paper("a4-landscape")
        self._split: set[str] = set()
        self._splitting = False
        self._found: dict[str, int] = {}

    # -- the document ----------------------------------------------------------------------

    def title(self, data: RatReport) -> str:
        return self.labels("rat.name", year=data.year)

    def render(self, data: RatReport, parts: Iterable[str] | None = None) -> bytes:
        chosen = [key for key in (parts or data.parts) if key in PARTS]
        chosen = [key for key in PARTS if key in chosen and data.part(key) is not None]
        if not chosen:
            raise ValueError("nothing to print: the report has none of the parts asked for")
        # Twice: the cover's contents name the page each part starts on, and each part
        # learns whether its signatures would stand alone on a page (then its last rows
        # go with them: see _statement and _shu_members).
        starts: dict[str, int] = {}
        self._split = set()
        self._build(data, chosen, starts)
        self._split = {
            key for key in chosen if starts.get(f"{key}:signed", 0) > starts.get(f"{key}:rows", 0)
        }
        return self._build(data, chosen, dict(starts))

    def _build(self, data: RatReport, chosen: list[str], starts: dict[str, int]) -> bytes:
        header = data.header
        cover = len(chosen) > 1
        portrait, wide = self.paper, self.wide
        logo = self.logo(header)
        foot, running = 9 * mm, 9 * mm
        found: dict[str, int] = {}
        self._found = found
        kinds: dict[int, str] = {}

        def frame(p: Paper, top: float, name: str) -> Frame:
            return Frame(
                p.margin,
                p.margin + foot,
                p.body_width,
                p.height - 2 * p.margin - top - foot,
                leftPadding=0,
                rightPadding=0,
                topPadding=0,
                bottomPadding=0,
                id=name,
            )

        def on_page(kind: str, p: Paper) -> Callable[[Canvas, Any], None]:
            def draw(canvas: Canvas, _doc: Any) -> None:
                kinds[canvas.getPageNumber()] = kind
                if kind == "first":
                    sheet = Sheet(
                        canvas, text_style(p), p.margin, p.body_width, p.height - p.margin
                    )
                    draw_letterhead(sheet, header, self.labels, logo)

            return draw

        templates = []
        for name, p in (("portrait", portrait), ("landscape", wide)):
            head = (
                letterhead_height(text_style(p), p.body_width, header, self.labels, logo) + 3 * mm
            )
            templates += [
                PageTemplate(
                    f"{name}-first",
                    [frame(p, head, f"{name}-first")],
                    onPage=on_page("first", p),
                    pagesize=(p.width, p.height),
                    autoNextPageTemplate=name,
                ),
                PageTemplate(
                    name,
                    [frame(p, running, name)],
                    onPage=on_page("running", p),
                    pagesize=(p.width, p.height),
                ),
            ]
        templates.append(
            PageTemplate(
                "cover",
                [frame(portrait, 0, "cover")],
                onPage=on_page("cover", portrait),
                pagesize=(portrait.width, portrait.height),
            )
        )
        first_kind = "landscape" if chosen[0] in LANDSCAPE_PARTS else "portrait"
        if cover:
            templates.sort(key=lambda t: t.id != "cover")
        else:
            templates.sort(key=lambda t: t.id != f"{first_kind}-first")

        story: list[Flowable] = []
        if cover:
            story += self._cover(data, chosen, starts)
        for index, key in enumerate(chosen):
            orientation = "landscape" if key in LANDSCAPE_PARTS else "portrait"
            if cover or index:
                story += [NextPageTemplate(orientation), PageBreak()]
            numeral = ROMAN[index] if cover else ""
            story.append(PageMarker(key, found))
            story += self._part(
                data, key, numeral, wide if orientation == "landscape" else portrait
            )

        title = self.title(data) if cover else self._part_title(chosen[0], data.year)
        short = self.labels("rat.short", year=data.year)
        shu = data.shu_list
        preview_pages = shu is not None and shu.preview

        def part_of_page(page: int) -> str:
            current = ""
            for key in chosen:
                if key in found and found[key] <= page:
                    current = key
            return current

        def footer(canvas: Canvas, page: int, pages: int) -> None:
            width, height = canvas._pagesize
            p = wide if width > height else portrait
            canvas.saveState()
            key = part_of_page(page)
            if preview_pages and key == "shu":
                _watermark(canvas, width, height, self.labels("shu.preview"))
            if kinds.get(page) == "running":
                top = height - p.margin
                baseline = top - 3.5 * mm
                canvas.setFillColor(ACCENT)
                canvas.setFont(self.style.bold, 8.5)
                canvas.drawString(p.margin, baseline, header.name.upper())
                canvas.setFillColor(MUTED)
                canvas.setFont(self.style.regular, 8)
                head = f"{short} · {self.labels(f'name.{key}')}" if key else short
                canvas.drawRightString(width - p.margin, baseline, head)
                canvas.setStrokeColor(ACCENT)
                canvas.setLineWidth(0.8)
                canvas.line(p.margin, top - 5.5 * mm, width - p.margin, top - 5.5 * mm)
            canvas.setFillColor(MUTED)
            canvas.setStrokeColor(MUTED)
            canvas.setLineWidth(0.3)
            canvas.line(p.margin, p.margin + 5 * mm, width - p.margin, p.margin + 5 * mm)
            canvas.setFont(self.style.regular, 7.5)
            baseline = p.margin + 1.5 * mm
            canvas.drawString(p.margin, baseline, print_line(header, self.labels, long=True))
            canvas.drawCentredString(width / 2, baseline, title)
            canvas.drawRightString(
                width - p.margin, baseline, self.labels("page_of", page=page, pages=pages)
            )
            canvas.restoreState()

        buffer = io.BytesIO()
        doc = BaseDocTemplate(
            buffer,
            pagesize=(portrait.width, portrait.height),
            leftMargin=portrait.margin,
            rightMargin=portrait.margin,
            topMargin=portrait.margin,
            bottomMargin=portrait.margin + foot,
            title=title,
            author=header.name,
            creator=CREATOR,
            initialFontName=self.style.regular,
            initialFontSize=9,
        )
        doc.addPageTemplates(templates)
        doc.build(story, canvasmaker=functools.partial(_NumberedCanvas, footer=footer))
        starts.clear()
        starts.update(found)
        return buffer.getvalue()

    # -- the cover -------------------------------------------------------------------------

    def _cover(self, data: RatReport, chosen: list[str], starts: dict[str, int]) -> list[Flowable]:
        L, styles, header = self.labels, self.styles, data.header
        width = self.paper.body_width
        s = {
            "name": _style(styles["title"], fontSize=17, leading=21),
            "address": _style(styles["small"], alignment=1),
            "title": _style(styles["title"], fontSize=19, leading=24, textColor=INK),
            "year": _style(styles["title"], fontSize=15, leading=19),
            "meeting": _style(styles["subtitle"], fontSize=11, leading=14, spaceAfter=0),
            "date": _style(styles["subtitle"], fontSize=10, leading=13, textColor=MUTED),
        }
        story: list[Flowable] = [Spacer(1, 6 * mm)]
        logo = self.logo(header)
        if logo is not None:
            w, h = logo.getSize()
            height = 30 * mm
            image = Image(io.BytesIO(header.logo), width=height * w / h, height=height)
            image.hAlign = "CENTER"
            story += [image, Spacer(1, 5 * mm)]
        story.append(Paragraph(escape(header.name.upper()), s["name"]))
        if header.address:
            story.append(Paragraph(escape(header.address), s["address"]))
        contact = []
        if header.registration_no:
            contact.append(L("registration", number=header.registration_no))
        if header.phone:
            contact.append(L("phone", phone=header.phone))
        if contact:
            story.append(Paragraph(escape(" · ".join(contact)), s["address"]))
        story += [
            Spacer(1, 3 * mm),
            _Rule(width, double=True),
            Spacer(1, 22 * mm),
            Paragraph(escape(L("rat.cover.title")), s["title"]),
            Spacer(1, 2 * mm),
            Paragraph(escape(L("rat.cover.year", year=data.year)), s["year"]),
            Spacer(1, 6 * mm),
            _Rule(width * 0.35, color=ACCENT, weight=1.2),
            Spacer(1, 6 * mm),
            Paragraph(escape(L("rat.cover.meeting")), s["meeting"]),
            Spacer(1, 1.5 * mm),
            Paragraph(escape(self._place_date(data)), s["date"]),
            Spacer(1, 14 * mm),
        ]
        rows = [[Paragraph(escape(L("rat.cover.contents")), styles["head"]), "", ""]]
        for index, key in enumerate(chosen):
            page = starts.get(key)
            rows.append(
                [
                    ROMAN[index] + ".",
                    Paragraph(escape(self._part_title(key, data.year)), styles["body"]),
                    f"{L('rat.cover.page')} {page}" if page else "",
                ]
            )
        contents = Table(rows, colWidths=[12 * mm, 100 * mm, 20 * mm])
        contents.setStyle(
            TableStyle(
                [
                    ("FONT", (0, 0), (-1, -1), self.style.regular, 9),
                    ("SPAN", (0, 0), (-1, 0)),
                    ("LINEBELOW", (0, 0), (-1, 0), 0.8, ACCENT),
                    ("LINEBELOW", (0, 1), (-1, -1), 0.25, RULE),
                    ("ALIGN", (0, 1), (0, -1), "RIGHT"),
                    ("ALIGN", (2, 1), (2, -1), "RIGHT"),
                    ("TEXTCOLOR", (2, 1), (2, -1), MUTED),
                    ("TOPPADDING", (0, 0), (-1, -1), 3),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
                ]
            )
        )
        story += [contents, Spacer(1, 16 * mm)]
        board = [
            (L("chairman"), header.chairman),
            (L("treasurer"), header.treasurer),
        ]
        board_rows = [[Paragraph(escape(L("rat.cover.board")), styles["head"]), ""]]
        board_rows += [
            [
                Paragraph(escape(role), styles["label"]),
                Paragraph(escape(name or "—"), styles["value_bold"]),
            ]
            for role, name in board
        ]
        board_table = Table(board_rows, colWidths=[30 * mm, 102 * mm])
        board_table.setStyle(
            TableStyle(
                [
                    ("SPAN", (0, 0), (-1, 0)),
                    ("LINEBELOW", (0, 0), (-1, 0), 0.8, ACCENT),
                    ("TOPPADDING", (0, 0), (-1, -1), 2.5),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
                ]
            )
        )
        story += [board_table, Spacer(1, 10 * mm), self.p(L("rat.cover.note"), "small")]
        return story

    # -- parts -----------------------------------------------------------------------------

    def _part_title(self, key: str, year: int) -> str:
        return f"{self.labels(f'name.{key}')} {year}"

    def _place_date(self, data: RatReport) -> str:
        day = date_long(data.date, self.lang)
        place = data.header.place
        return self.labels("place_date", place=place, date=day) if place else day

    def _part(self, data: RatReport, key: str, numeral: str, p: Paper) -> list[Flowable]:
        L = self.labels
        title = L(f"part.{key}")
        if numeral:
            title = L("roman", numeral=numeral, title=title)
        year, previous = data.year, data.year - 1
        subtitle = {
            "neraca": L("part.neraca.sub", year=year, previous=previous),
            "phu": L("part.period.sub", year=year, previous=previous),
            "arus-kas": L("part.year.sub", year=year),
            "ekuitas": L("part.year.sub", year=year),
            "shu": L("part.shu.sub", year=year),
            "anggota": L("part.year.sub", year=year),
            "komoditas": L("part.year.sub", year=year),
        }[key]
        build = {
            "neraca": self._balance_sheet,
            "phu": self._operations,
            "arus-kas": self._cash_flow,
            "ekuitas": self._equity,
            "shu": self._shu,
            "anggota": self._members,
            "komoditas": self._commodities,
        }[key]
        self._splitting = key in self._split
        body = build(data.part(key), p.body_width)
        self._splitting = False
        marks = [i for i, flowable in enumerate(body) if isinstance(flowable, _Tail)]
        cut = marks[0] if marks else len(body)
        # The closing lines (a verdict, a note, the last rows) go to the signatures' page,
        # so that no page holds the signatures alone.
        tail = [
            *[f for f in body[cut + 1 :] if not isinstance(f, _Tail)],
            Spacer(1, 6 * mm),
            self._signatures(data, key == "neraca"),
            PageMarker(f"{key}:signed", self._found),
        ]
        return [
            self.p(title, "title"),
            self.p(subtitle, "subtitle"),
            *body[:cut],
            PageMarker(f"{key}:rows", self._found),
            KeepTogether(tail),
        ]

    def _signatures(self, data: RatReport, supervisor: bool) -> Table:
        L, header = self.labels, data.header
        columns = [
            Signature(L("for_board"), L("chairman"), header.chairman),
            Signature("", L("treasurer"), header.treasurer),
        ]
        if supervisor:
            columns.append(Signature(L("known_by"), L("supervisor"), ""))
        return self.signatures(columns, place_date=self._place_date(data))

    # a statement: code, item, then amount columns --------------------------------------------

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
        to a second table under the head again, kept with the signatures (after a _Tail)."""
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
                    [("FONT", 0, -1, self.style.bold, _SIZE)]
                    + [("LINEABOVE", column, column, 0.6, RULE) for column in filled or mine]
                )
            elif kind == "grand":
                own.append(
                    [
                        ("FONT", 0, -1, self.style.bold, _SIZE),
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
        cut = max(1, len(data) - _ROWS_WITH_SIGNATURES)
        while cut > 1 and rows[cut - 1][0] == "group":
            cut -= 1  # a group's heading goes with its lines
        return [table(0, cut), _Tail(), table(cut, len(data))]

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

    def _balance_sheet(self, sheet: BalanceSheet, width: float) -> list[Flowable]:
        L = self.labels
        head = [
            L("code"),
            L("account"),
            f"{L('dec31', year=sheet.year)} {L('rp')}",
            f"{L('dec31', year=sheet.year - 1)} {L('rp')}",
        ]
        rows = self._group_rows(sheet.assets, "group.assets.total", "grand")
        rows += self._group_rows(sheet.liabilities, "group.liabilities.total")
        rows += self._group_rows(sheet.equity, "group.equity.total")
        rows.append(
            (
                "grand",
                [
                    "",
                    L("liabilities_and_equity"),
                    amount(sheet.liabilities_and_equity),
                    amount(sheet.previous_liabilities_and_equity),
                ],
            )
        )
        return [
            *self._statement(width, head, rows),
            _Tail(),
            Spacer(1, 3 * mm),
            self._verdict(sheet.balanced, L("neraca.balanced"), L("neraca.unbalanced")),
            Spacer(1, 1.5 * mm),
            self.p(L("neraca.note"), "small"),
        ]

    def _operations(self, ops: Operations, width: float) -> list[Flowable]:
        L = self.labels
        head = [
            L("code"),
            L("account"),
            f"{L('year_col', year=ops.year)} {L('rp')}",
            f"{L('year_col', year=ops.year - 1)} {L('rp')}",
        ]
        rows = self._group_rows(ops.income, "group.income.total")
        rows += self._group_rows(ops.expenses, "group.expenses.total")
        label = L("surplus") if ops.surplus >= 0 else L("deficit")
        rows.append(("grand", ["", label, amount(ops.surplus), amount(ops.previous_surplus)]))
        rows.append(("group", [L("phu.info")]))
        rows.append(
            ("muted", ["", L("phu.turnover"), amount(ops.turnover), amount(ops.previous_turnover)])
        )
        rows.append(("muted", ["", L("phu.sales"), count(ops.sales), count(ops.previous_sales)]))
        return [
            *self._statement(width, head, rows),
            _Tail(),
            Spacer(1, 3 * mm),
            self.p(L("phu.note"), "small"),
        ]

    def _flow_label(self, line: CashFlowLine) -> str:
        return self.labels(f"flow.{line.key}", detail=line.detail)

    def _cash_flow(self, flow: CashFlow, width: float) -> list[Flowable]:
        L = self.labels
        head = ["", L("account"), L("rp"), L("rp")]
        rows: list = [("group", [L("cf.opening", year=flow.year)])]
        rows.append(("line", ["1101", L("cf.cash"), amount(flow.opening_cash), ""]))
        rows.append(("line", ["1102", L("cf.bank"), amount(flow.opening_bank), ""]))
        rows.append(("total", ["", L("cf.opening.total"), "", amount(flow.opening)]))
        for side, lines, total in (
            ("in", flow.inflows, flow.total_in),
            ("out", flow.outflows, flow.total_out),
        ):
            rows.append(("group", [L(f"cf.{side}")]))
            for line in lines:
                rows.append(("line", ["", self._flow_label(line), amount(line.amount), ""]))
            if not lines:
                rows.append(("muted", ["", L("none_line"), "–", ""]))
            rows.append(("total", ["", L(f"cf.{side}.total"), "", amount(total)]))
        rows.append(("total", ["", L("cf.net"), "", amount(flow.net)]))
        rows.append(("group", [L("cf.closing", year=flow.year)]))
        rows.append(("line", ["1101", L("cf.cash"), amount(flow.closing_cash), ""]))
        rows.append(("line", ["1102", L("cf.bank"), amount(flow.closing_bank), ""]))
        rows.append(("grand", ["", L("cf.closing.total"), "", amount(flow.closing)]))
        ties = L(
            "cf.ties",
            opening=group(flow.opening),
            total_in=group(flow.total_in),
            total_out=group(flow.total_out),
            closing=group(flow.closing),
        )
        story: list[Flowable] = [
            *self._statement(width, head, rows),
            _Tail(),
            Spacer(1, 3 * mm),
            self._verdict(flow.ties, ties, ties),
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
            _Tail(),
            Spacer(1, 3 * mm),
            self.p(L("eq.note"), "small"),
        ]

    # the SHU list ---------------------------------------------------------------------------

    def _shu(self, shu: ShuList, width: float) -> list[Flowable]:
        L, styles = self.labels, self.styles
        story: list[Flowable] = []
        if shu.preview:
            banner = Table(
                [
                    [
                        Paragraph(
                            f"<b>{escape(L('shu.preview'))}</b>",
                            _style(styles["body"], textColor=VOID, alignment=1),
                        )
                    ]
                ],
                colWidths=[width],
            )
            banner.setStyle(
                TableStyle(
                    [
                        ("BOX", (0, 0), (-1, -1), 1, VOID),
                        ("TOPPADDING", (0, 0), (-1, -1), 4),
                        ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
                    ]
                )
            )
            story += [
                banner,
                Spacer(1, 2 * mm),
                self.p(L("shu.preview.note", year=shu.year), "small"),
                Spacer(1, 3 * mm),
            ]
        if shu.status == "none":
            story.append(
                self.p(
                    L(
                        "shu.none",
                        year=shu.year,
                        income=amount(shu.income),
                        expenses=amount(shu.expenses),
                    ),
                    "body",
                )
            )
            return story
        left = Table(
            [
                [Paragraph(escape(L("shu.computation")), styles["head"]), ""],
                [L("shu.income"), amount(shu.income)],
                [L("shu.expenses"), amount(shu.expenses)],
                [L("shu.surplus", year=shu.year), amount(shu.surplus)],
            ],
            colWidths=[52 * mm, 34 * mm],
        )
        left_commands = table_commands(zebra=False)
        left_commands += [
            ("SPAN", (0, 0), (-1, 0)),
            ("ALIGN", (1, 1), (1, -1), "RIGHT"),
            ("FONT", (0, -1), (-1, -1), self.style.bold, _SIZE),
            ("LINEABOVE", (0, -1), (-1, -1), 0.6, ACCENT),
            ("BACKGROUND", (0, -1), (-1, -1), TINT),
        ]
        left.setStyle(TableStyle(left_commands))
        split_rows = [
            [
                Paragraph(escape(L("shu.split")), styles["head"]),
                Paragraph(L("shu.rate"), styles["head_right"]),
                "",
            ]
        ]
        for part in shu.parts:
            split_rows.append([L(f"shu.part.{part.part}"), percent(part.bp), amount(part.amount)])
        split_rows.append(
            [
                L("total"),
                percent(shu.split_total_bp),
                amount(shu.parts_total),
            ]
        )
        right = Table(split_rows, colWidths=[56 * mm, 20 * mm, 34 * mm])
        right_commands = table_commands(zebra=False)
        right_commands += [
            ("ALIGN", (1, 1), (-1, -1), "RIGHT"),
            ("LINEBELOW", (0, 1), (-1, -2), 0.25, STRIPE),
            ("FONT", (0, -1), (-1, -1), self.style.bold, _SIZE),
            ("LINEABOVE", (0, -1), (-1, -1), 0.6, ACCENT),
            ("BACKGROUND", (0, -1), (-1, -1), TINT),
        ]
        right.setStyle(TableStyle(right_commands))
        gap = width - 86 * mm - 110 * mm
        summary = Table([[left, "", right]], colWidths=[86 * mm, gap, 110 * mm])
        summary.setStyle(
            TableStyle(
                [
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ]
            )
        )
        story += [
            summary,
            Spacer(1, 5 * mm),
            *self._shu_members(shu, width),
            Spacer(1, 3 * mm),
            self.p(L("shu.note"), "small"),
            *[
                self.p(L("shu.to_reserve", part=L(f"shu.part.{p.part}")), "small")
                for p in shu.parts
                if p.part in ("jasa_usaha", "jasa_modal") and p.bp and not p.amount
            ],
        ]
        return story

    def _paid(self, line) -> str:
        if line.method and line.paid_on:
            return self.labels(f"shu.method.{line.method}", date=date_short(line.paid_on))
        return self.labels("shu.method.unpaid")

    def _shu_members(self, shu: ShuList, width: float) -> list[Flowable]:
        """The members' table. When the signatures fell on a page of their own (the first
        pass tells), the last rows and the total go with them, under the table's head
        again, so that the signed page always carries figures."""
        L, styles = self.labels, self.styles
        head = [
            Paragraph(L("number"), styles["head_right"]),
            Paragraph(L("member_no"), styles["head"]),
            Paragraph(L("member_name"), styles["head"]),
            Paragraph(f"{L('shu.transactions')} {L('rp')}", styles["head_right"]),
            Paragraph(f"{L('shu.jasa_usaha')} {L('rp')}", styles["head_right"]),
            Paragraph(f"{L('shu.capital')} {L('rp')}", styles["head_right"]),
            Paragraph(f"{L('shu.jasa_modal')} {L('rp')}", styles["head_right"]),
            Paragraph(f"{L('shu.total')} {L('rp')}", styles["head_right"]),
            Paragraph(L("shu.paid"), styles["head"]),
            # Centred over both signature columns: a span would make reportlab re-scan the
            # whole table at every page break.
            _Across(L("signature"), 0),
            "",
        ]
        # The signature has two columns: odd rows sign in the left one, even rows in the
        # right, as on a hand-ruled list, so that neighbours' signatures never collide.
        widths: list[float] = [10, 22, 0, 30, 25, 29, 24, 27, 27, 20, 20]
        widths = [w * mm for w in widths]
        widths[2] = width - sum(widths)
        head[9].span = widths[9] + widths[10] - 6  # both columns, less the cell's padding
        # Thousands of rows: names as plain text wrapped here (two lines fit a row) rather
        # than as paragraphs, which reportlab measures one by one.
        name_width = widths[2] - 6

        def name(text: str) -> str:
            return "\n".join(simpleSplit(text, self.style.regular, 8, name_width) or [""])

        members = []
        dots = "." * 22
        for index, line in enumerate(shu.members, start=1):
            members.append(
                [
                    str(index),
                    line.number,
                    name(line.name),
                    amount(line.transactions),
                    amount(line.jasa_usaha),
                    amount(line.capital),
                    amount(line.jasa_modal),
                    amount(line.total),
                    self._paid(line),
                    f"{index}. {dots}" if index % 2 else "",
                    "" if index % 2 else f"{dots} {index}.",
                ]
            )
        total = [
            "",
            "",
            Paragraph(f"<b>{escape(L('total'))}</b>", styles["cell"]),
            amount(shu.total_transactions),
            amount(shu.total_jasa_usaha),
            amount(shu.total_capital),
            amount(shu.total_jasa_modal),
            amount(shu.total),
            amount(shu.total_paid),
            "",
            "",
        ]
        cut = max(0, len(members) - _ROWS_WITH_SIGNATURES) if self._splitting else 0

        def table(rows: list[list], first: int, with_head: bool, with_total: bool) -> Table:
            """`first`: the number (from 1) of the first member row in `rows`."""
            data = ([head] if with_head else []) + rows + ([total] if with_total else [])
            top = 1 if with_head else 0
            # Two lines of a name fit the signing row; a longer name makes its row taller.
            heights = [None] * top
            heights += [max(_SHU_ROW, (r[2].count("\n") + 1) * 9.5 + 5) for r in rows]
            heights += [None] * with_total
            # Whole-column commands only: a table of thousands of rows re-reads its commands
            # at every page break, and commands per row made that quadratic.
            last = top + len(rows) - 1
            commands = table_commands(zebra=False) if with_head else []
            commands += [
                ("FONT", (0, top), (-1, -1), self.style.regular, 8, 9.5),
                ("VALIGN", (0, top), (-1, -1), "MIDDLE"),
                ("ALIGN", (0, top), (0, -1), "RIGHT"),
                ("ALIGN", (3, top), (7, -1), "RIGHT"),
                ("ALIGN", (10, top), (10, -1), "RIGHT"),
                ("LEFTPADDING", (0, 0), (-1, -1), 3),
                ("RIGHTPADDING", (0, 0), (-1, -1), 3),
                ("TEXTCOLOR", (8, top), (8, last), MUTED),
                ("TEXTCOLOR", (9, top), (10, last), RULE),
                ("LINEBELOW", (0, top), (-1, last), 0.25, RULE),
                ("ROWBACKGROUNDS", (0, top), (-1, last), [None, STRIPE][:: 1 if first % 2 else -1]),
            ]
            if with_total:
                commands += [
                    ("FONT", (0, -1), (-1, -1), self.style.bold, 8),
                    ("ALIGN", (3, -1), (8, -1), "RIGHT"),
                    ("LINEABOVE", (0, -1), (-1, -1), 0.9, ACCENT),
                    ("LINEBELOW", (0, -1), (-1, -1), 0.9, ACCENT),
                    ("BACKGROUND", (0, -1), (-1, -1), TINT),
                ]
            result = Table(data, colWidths=widths, rowHeights=heights, repeatRows=top)
            result.setStyle(TableStyle(commands))
            return result

        if cut == 0:
            return [table(members, 1, True, True), _Tail()]
        return [
            table(members[:cut], 1, True, False),
            _Tail(),
            table(members[cut:], cut + 1, True, True),
        ]

    # members ----------------------------------------------------------------------------------

    def _members(self, ms: MemberStats, width: float) -> list[Flowable]:
        L, styles = self.labels, self.styles
        genders = list(ms.by_gender)
        names = {"L": L("ms.men"), "P": L("ms.women"), "": L("ms.unrecorded")}
        column = 26 * mm
        head = [Paragraph(escape(L("ms.movement")), styles["head"])]
        head += [Paragraph(escape(names[g.gender]), styles["head_right"]) for g in genders]
        head.append(Paragraph(escape(L("ms.total")), styles["head_right"]))
        rows: list[list] = [head]
        for field, key, total in (
            ("at_start", "ms.at_start", ms.at_start),
            ("joined", "ms.joined", ms.joined),
            ("left", "ms.left", ms.left),
            ("at_end", "ms.at_end", ms.at_end),
        ):
            sign = "+ " if field == "joined" else "− " if field == "left" else ""
            values = [getattr(g, field) for g in genders]
            rows.append(
                [L(key, year=ms.year)]
                + [
                    sign + group(v) if v and sign else count(v) if sign else group(v)
                    for v in values
                ]
                + [
                    sign + group(total)
                    if total and sign
                    else count(total)
                    if sign
                    else group(total)
                ]
            )
        widths = [width - column * (len(genders) + 1)] + [column] * (len(genders) + 1)
        movement = Table(rows, colWidths=widths)
        commands = table_commands(zebra=False)
        commands += [
            ("ALIGN", (1, 1), (-1, -1), "RIGHT"),
            ("LINEBELOW", (0, 1), (-1, -2), 0.25, STRIPE),
            ("FONT", (-1, 1), (-1, -1), self.style.bold, _SIZE),
            ("FONT", (0, -1), (-1, -1), self.style.bold, _SIZE),
            ("BACKGROUND", (0, -1), (-1, -1), TINT),
            ("LINEABOVE", (0, -1), (-1, -1), 0.9, ACCENT),
            ("LINEBELOW", (0, -1), (-1, -1), 0.9, ACCENT),
        ]
        movement.setStyle(TableStyle(commands))

        most = max((v.total for v in ms.villages), default=0)
        vhead = [
            Paragraph(L("number"), styles["head_right"]),
            Paragraph(escape(L("ms.village")), styles["head"]),
            Paragraph(escape(L("gender.L")), styles["head_right"]),
            Paragraph(escape(L("gender.P")), styles["head_right"]),
            Paragraph(escape(L("ms.total")), styles["head_right"]),
            "",
        ]
        bar_width = 62 * mm
        vwidths = [10 * mm, None, 16 * mm, 16 * mm, 20 * mm, bar_width]
        vwidths[1] = width - sum(w for w in vwidths if w)
        vrows: list[list] = [vhead]
        for index, v in enumerate(ms.villages, start=1):
            vrows.append(
                [
                    str(index),
                    Paragraph(escape(v.village or L("ms.no_village")), styles["cell"]),
                    count(v.men),
                    count(v.women),
                    group(v.total),
                    _Bar(bar_width - 6, v.total / most if most else 0),
                ]
            )
        vrows.append(
            [
                "",
                Paragraph(f"<b>{escape(L('total'))}</b>", styles["cell"]),
                group(sum(v.men for v in ms.villages)),
                group(sum(v.women for v in ms.villages)),
                group(sum(v.total for v in ms.villages)),
                "",
            ]
        )
        villages = Table(vrows, colWidths=vwidths, repeatRows=1)
        village_commands = table_commands(rows=len(vrows) - 1)
        village_commands += [
            ("ALIGN", (0, 1), (0, -1), "RIGHT"),
            ("ALIGN", (2, 1), (4, -1), "RIGHT"),
            ("VALIGN", (0, 1), (-1, -1), "MIDDLE"),
            ("FONT", (0, -1), (-1, -1), self.style.bold, _SIZE),
            ("BACKGROUND", (0, -1), (-1, -1), TINT),
            ("LINEABOVE", (0, -1), (-1, -1), 0.9, ACCENT),
            ("LINEBELOW", (0, -1), (-1, -1), 0.9, ACCENT),
        ]
        villages.setStyle(TableStyle(village_commands))
        return [
            movement,
            Spacer(1, 2 * mm),
            self.p(L("ms.note"), "small"),
            Spacer(1, 4 * mm),
            self.p(L("ms.villages", year=ms.year), "heading"),
            villages,
            _Tail(),
        ]

    # commodities ----------------------------------------------------------------------------

    def _commodities(self, cm: CommodityMonths, width: float) -> list[Flowable]:
        L = self.labels
        if not cm.commodities:
            return [self.p(L("cm.empty"), "body")]
        story: list[Flowable] = []
        for index, commodity in enumerate(cm.commodities):
            block = [
                self.p(commodity.commodity, "heading"),
                self.p(
                    L(
                        "cm.summary",
                        members=group(commodity.members),
                        commodity=commodity.commodity,
                        year=cm.year,
                    ),
                    "small",
                ),
                Spacer(1, 1.5 * mm),
                self._commodity_table(commodity, cm.year, width),
                Spacer(1, 3 * mm),
                _MonthChart(
                    width,
                    [m.delivered_grams for m in commodity.months],
                    [m.sold_grams for m in commodity.months],
                    [m.average_price_cents for m in commodity.months],
                    [month_name(m, self.lang)[:3] for m in range(1, 13)],
                    (L("cm.chart.delivered"), L("cm.chart.sold"), L("cm.chart.price")),
                ),
            ]
            if index:
                story.append(PageBreak())
            story.append(KeepTogether(block))
        return [
            *story,
            _Tail(),
            self.p(L("cm.overview", year=cm.year), "heading"),
            self._commodity_overview(cm, width),
            Spacer(1, 2 * mm),
            self.p(L("cm.note"), "small"),
        ]

    def _commodity_overview(self, cm: CommodityMonths, width: float) -> Table:
        """One line per commodity: the year's totals beside last year's average price."""
        L, styles = self.labels, self.styles
        year = cm.year
        heads = [
            ("cm.commodity", "head"),
            ("cm.members", "head_right"),
            ("cm.delivered", "head_right"),
            ("cm.sold", "head_right"),
            ("cm.gross", "head_right"),
            ("cm.fee", "head_right"),
            ("cm.costs", "head_right"),
            ("cm.net", "head_right"),
            ("cm.price_year", "head_right"),
            ("cm.price_year", "head_right"),
        ]
        head = [
            # The last column is last year's price.
            Paragraph(escape(L(key, year=year - (n == len(heads) - 1))), styles[style])
            for n, (key, style) in enumerate(heads)
        ]
        rows: list[list] = [head]
        for c in cm.commodities:
            places = kg_decimals(c.delivered_grams, c.sold_grams)
            rows.append(
                [
                    Paragraph(escape(c.commodity), styles["cell"]),
                    count(c.members),
                    kg_number(c.delivered_grams, places) if c.delivered_grams else "–",
                    kg_number(c.sold_grams, places) if c.sold_grams else "–",
                    amount(c.gross),
                    amount(c.fee),
                    amount(c.costs),
                    amount(c.net),
                    _price_cell(c.average_price_cents),
                    _price_cell(c.previous_average_price_cents),
                ]
            )
        rows.append(
            [
                Paragraph(f"<b>{escape(L('total'))}</b>", styles["cell"]),
                "",
                "",
                "",
                amount(cm.gross),
                amount(cm.fee),
                amount(cm.costs),
                amount(cm.net),
                "",
                "",
            ]
        )
        widths = [38, 17, 29, 29, 31, 27, 25, 31, 23, 23]
        scale = width / (sum(widths) * mm)
        table = Table(rows, colWidths=[w * mm * scale for w in widths], repeatRows=1)
        commands = table_commands(rows=len(rows) - 1)
        commands += [
            ("FONT", (0, 1), (-1, -1), self.style.regular, 8),
            ("ALIGN", (1, 1), (-1, -1), "RIGHT"),
            ("FONT", (8, 1), (8, -2), self.style.bold, 8),
            ("TEXTCOLOR", (9, 1), (9, -2), MUTED),
            ("FONT", (0, -1), (-1, -1), self.style.bold, 8),
            ("BACKGROUND", (0, -1), (-1, -1), TINT),
            ("LINEABOVE", (0, -1), (-1, -1), 0.9, ACCENT),
            ("LINEBELOW", (0, -1), (-1, -1), 0.9, ACCENT),
        ]
        table.setStyle(TableStyle(commands))
        return table

    def _commodity_table(self, c: CommodityYear, year: int, width: float) -> Table:
        L, styles = self.labels, self.styles
        keys = ["cm.month", "cm.deliveries", "cm.members", "cm.delivered", "cm.sales", "cm.sold",
                "cm.gross", "cm.fee", "cm.costs", "cm.net", "cm.price"]  # fmt: skip
        head = [Paragraph(escape(L(keys[0])), styles["head"])]
        head += [Paragraph(escape(L(k)), styles["head_right"]) for k in keys[1:]]
        weights = [m.delivered_grams for m in c.months] + [m.sold_grams for m in c.months]
        places = kg_decimals(*weights, c.previous_delivered_grams, c.previous_sold_grams)

        def kilos(grams: int) -> str:
            return kg_number(grams, places) if grams else "–"

        avg = _price_cell

        rows: list[list] = [head]
        for m in c.months:
            rows.append(
                [
                    month_name(m.month, self.lang),
                    count(m.deliveries),
                    count(m.members),
                    kilos(m.delivered_grams),
                    count(m.sales),
                    kilos(m.sold_grams),
                    amount(m.gross),
                    amount(m.fee),
                    amount(m.costs),
                    amount(m.net),
                    avg(m.average_price_cents),
                ]
            )
        rows.append(
            [
                L("cm.total", year=year),
                count(c.deliveries),
                count(c.members),
                kilos(c.delivered_grams),
                count(c.sales),
                kilos(c.sold_grams),
                amount(c.gross),
                amount(c.fee),
                amount(c.costs),
                amount(c.net),
                avg(c.average_price_cents),
            ]
        )
        rows.append(
            [
                L("cm.previous", year=year - 1),
                "",
                "",
                kilos(c.previous_delivered_grams),
                "",
                kilos(c.previous_sold_grams),
                amount(c.previous_gross),
                "",
                "",
                "",
                avg(c.previous_average_price_cents),
            ]
        )
        widths = [21, 17, 18, 28, 20, 28, 32, 26, 25, 32, 27]
        scale = width / (sum(widths) * mm)
        table = Table(rows, colWidths=[w * mm * scale for w in widths], repeatRows=1)
        total = len(rows) - 2
        commands = table_commands(rows=total)
        commands += [
            ("FONT", (0, 1), (-1, -1), self.style.regular, 8),
            ("ALIGN", (1, 1), (-1, -1), "RIGHT"),
            ("FONT", (0, total), (-1, total), self.style.bold, 8),
            ("BACKGROUND", (0, total), (-1, total), TINT),
            ("LINEABOVE", (0, total), (-1, total), 0.9, ACCENT),
            ("LINEBELOW", (0, total), (-1, total), 0.9, ACCENT),
            ("TEXTCOLOR", (0, -1), (-1, -1), MUTED),
            ("FONT", (-1, 1), (-1, -2), self.style.bold, 8),
        ]
        table.setStyle(TableStyle(commands))
        return table


# -- small flowables --------------------------------------------------------------------------


class _Tail(Flowable):
    """Marks where a part's closing lines begin: they stay on the page of the signatures."""

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        pass


def _style(base, **changes):
    from reportlab.lib.styles import ParagraphStyle

    return ParagraphStyle(f"{base.name}-rat-{id(changes)}", base, **changes)


class _Rule(Flowable):
    """A horizontal rule, centred; double like the letterhead's when asked."""

    def __init__(self, width: float, double: bool = False, color=ACCENT, weight: float = 1.3):
        super().__init__()
        self.rule_width = width
        self.double = double
        self.color = color
        self.weight = weight
        self.hAlign = "CENTER"

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self.width = self.rule_width
        return self.rule_width, 4 if self.double else self.weight

    def draw(self) -> None:
        c = self.canv
        c.setStrokeColor(self.color)
        c.setLineWidth(self.weight)
        top = 4 if self.double else self.weight / 2
        c.line(0, top, self.rule_width, top)
        if self.double:
            c.setLineWidth(0.45)
            c.line(0, top - 1.6 - 0.9, self.rule_width, top - 1.6 - 0.9)


class _Across(Flowable):
    """A table head's text centred over `span` points, from the left of its own cell
    across the next one."""

    def __init__(self, text: str, span: float) -> None:
        super().__init__()
        self.text = text
        self.span = span

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return 0, 10

    def draw(self) -> None:
        c = self.canv
        c.setFillColor(ACCENT)
        c.setFont(text_style(paper("a4")).bold, 8)
        c.drawCentredString(self.span / 2, 2, self.text)


class _Bar(Flowable):
    """A horizontal bar, `share` of the cell wide: how a village compares with the largest."""

    def __init__(self, width: float, share: float) -> None:
        super().__init__()
        self.full = width
        self.share = max(0.0, min(1.0, share))

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return self.full, 7

    def draw(self) -> None:
        c = self.canv
        c.setFillColor(TINT)
        c.rect(0, 0, self.full, 7, stroke=0, fill=1)
        c.setFillColor(ACCENT)
        c.rect(0, 0, self.full * self.share, 7, stroke=0, fill=1)


class _MonthChart(Flowable):
    """Twelve months of one commodity: delivered and sold weight as bars (left scale, in
    tonnes), the average price as a line (right scale). A picture of the table above it:
    every figure is printed in the table, the chart only shows their shape."""

    HEIGHT = 46 * mm

    def __init__(
        self,
        width: float,
        delivered: Sequence[int],
        sold: Sequence[int],
        prices: Sequence[int | None],
        months: Sequence[str],
        legend: tuple[str, str, str],
    ) -> None:
        super().__init__()
        self.full = width
        self.delivered, self.sold, self.prices = delivered, sold, prices
        self.months, self.legend = months, legend

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return self.full, self.HEIGHT

    @staticmethod
    def _scale(top: float) -> tuple[float, float]:
        """A round axis maximum at or above `top`, and its step (4 steps)."""
        if top <= 0:
            return 4.0, 1.0
        step = top / 4
        magnitude = 10 ** math.floor(math.log10(step))
        for nice in (1, 2, 2.5, 5, 10):
            if nice * magnitude >= step:
                step = nice * magnitude
                break
        return step * 4, step

    def draw(self) -> None:
        c = self.canv
        regular, bold = text_style(paper("a4")).regular, text_style(paper("a4")).bold
        left, right, bottom, top = 16 * mm, 18 * mm, 6 * mm, 7 * mm
        plot_w, plot_h = self.full - left - right, self.HEIGHT - bottom - top
        tonnes = [g / 1_000_000 for g in (*self.delivered, *self.sold)]
        kg_max, kg_step = self._scale(max(tonnes, default=0))
        prices = [p / 100 for p in self.prices if p is not None]
        low = min(prices, default=0.0)
        high = max(prices, default=1.0)
        span, price_step = self._scale((high - low) * 1.25 or high or 1.0)
        price_min = max(
            0.0, math.floor((low - (span - (high - low)) / 2) / price_step) * price_step
        )
        price_max = price_min + span

        def y_kg(value: float) -> float:
            return bottom + plot_h * value / kg_max

        def y_price(value: float) -> float:
            return bottom + plot_h * (value - price_min) / (price_max - price_min)

        c.saveState()
        c.setFont(regular, 6.5)
        c.setLineWidth(0.25)
        for index in range(5):
            y = bottom + plot_h * index / 4
            c.setStrokeColor(STRIPE if index else RULE)
            c.line(left, y, left + plot_w, y)
            c.setFillColor(MUTED)
            c.drawRightString(left - 1.5 * mm, y - 2, _axis(kg_step * index))
            c.setFillColor(PRICE)
            c.drawString(left + plot_w + 1.5 * mm, y - 2, _axis(price_min + price_step * index))
        slot = plot_w / 12
        bar = slot * 0.32
        for month in range(12):
            x = left + slot * month + slot / 2
            c.setFillColor(TINT_STRONG)
            c.rect(x - bar, bottom, bar, y_kg(self.delivered[month] / 1_000_000) - bottom, 0, 1)
            c.setFillColor(ACCENT)
            c.rect(x, bottom, bar, y_kg(self.sold[month] / 1_000_000) - bottom, 0, 1)
            c.setFillColor(MUTED)
            c.drawCentredString(x, bottom - 3.6 * mm, self.months[month])
        points = [
            (left + slot * month + slot / 2, y_price(p / 100))
            for month, p in enumerate(self.prices)
            if p is not None
        ]
        c.setStrokeColor(PRICE)
        c.setFillColor(PRICE)
        c.setLineWidth(1.2)
        for (x1, y1), (x2, y2) in itertools.pairwise(points):
            c.line(x1, y1, x2, y2)
        for x, y in points:
            c.circle(x, y, 1.3, stroke=0, fill=1)
        # The legend, above the plot on the right.
        x = left + plot_w
        y = self.HEIGHT - 3 * mm
        c.setFont(regular, 7)
        for label, color, kind in (
            (self.legend[2], PRICE, "line"),
            (self.legend[1], ACCENT, "box"),
            (self.legend[0], TINT_STRONG, "box"),
        ):
            x -= stringWidth(label, regular, 7)
            c.setFillColor(INK)
            c.drawString(x, y, label)
            x -= 4 * mm
            c.setFillColor(color)
            c.setStrokeColor(color)
            if kind == "box":
                c.rect(x, y - 0.3, 2.6 * mm, 2.6 * mm, 0, 1)
            else:
                c.setLineWidth(1.2)
                c.line(x, y + 1.3 * mm - 0.3, x + 2.6 * mm, y + 1.3 * mm - 0.3)
            x -= 5 * mm
        c.setFont(bold, 7)
        c.restoreState()


def _price_cell(cents: int | None) -> str:
    """A price per kg in a column: always two decimals, so the column lines up on the comma."""
    return f"{group(cents // 100)},{cents % 100:02d}" if cents is not None else "–"


def _axis(value: float) -> str:
    """An axis label: dot thousands, a decimal comma only when the step needs it."""
    if value == int(value):
        return group(int(value))
    return f"{value:.1f}".replace(".", ",")


def _watermark(canvas: Canvas, width: float, height: float, text: str) -> None:
    canvas.saveState()
    canvas.setFillColor(VOID_WATERMARK)
    canvas.setFont(text_style(paper("a4")).bold, 54)
    canvas.translate(width / 2, height / 2)
    canvas.rotate(30 if width < height else 20)
    canvas.drawCentredString(0, -18, text.split(" —")[0])
    canvas.restoreState()


def render_rat(report: RatReport, parts: Iterable[str] | None = None) -> bytes:
    """The RAT report as PDF bytes: a cover and every part present (or those named), each
    starting on a new page; one part alone prints under the letterhead, without a cover."""
    return RatRenderer(report.header.lang).render(report, parts)
