"""The RAT report's renderer: the cover, each part on its own pages (A4 portrait, landscape
where a table needs the width), the running heads and the SHU preview's watermark."""

from __future__ import annotations

import io
from collections.abc import Callable, Iterable
from typing import Any

from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    Flowable,
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

from koperasi.core.fmt import date_long
from koperasi.pdf.base import (
    RUNNING,
    FlowRenderer,
    PageMarker,
    Sheet,
    Signature,
    draw_letterhead,
    escape,
    letterhead_height,
    void_watermark,
)
from koperasi.pdf.labels import Labels
from koperasi.pdf.paper import Paper, paper
from koperasi.pdf.rat.commodities import CommodityParts
from koperasi.pdf.rat.flowables import LANDSCAPE_PARTS, ROMAN, Rule, Tail, restyle
from koperasi.pdf.rat.members import MemberParts
from koperasi.pdf.rat.notes import NoteParts
from koperasi.pdf.rat.shu import ShuParts
from koperasi.pdf.rat.statements import StatementParts
from koperasi.pdf.styles import ACCENT, INK, MUTED, RULE, text_style
from koperasi.reports.rat import PARTS, RatReport
from koperasi.text.documents import RAT


class RatRenderer(StatementParts, NoteParts, ShuParts, MemberParts, CommodityParts, FlowRenderer):
    """The whole RAT report or some of its parts. The parts' builders come from the mixins
    (one module per part); this class lays out the document around them."""

    papers = ("a4",)

    def __init__(self, lang: str) -> None:
        super().__init__("a4", lang)
        self.labels = Labels(lang, RAT)
        self.wide: Paper = paper("a4-landscape")
        self._split: set[str] = set()
        self._splitting = False
        self._found: dict[str, int] = {}
        # Set by render() for its two passes: the parts printed, the page each starts on
        # (from the first pass), and each page's kind ("first", "running", "cover").
        self._chosen: list[str] = []
        self._starts: dict[str, int] = {}
        self._kinds: dict[int, str] = {}

    # -- the document ----------------------------------------------------------------------

    def title(self, data: RatReport) -> str:
        """The report's name; one part printed alone is named after that part."""
        if len(self._chosen) == 1:
            return self._part_title(self._chosen[0], data.year)
        return self.labels("rat.name", year=data.year)

    def render(self, data: RatReport, parts: Iterable[str] | None = None) -> bytes:
        chosen = [key for key in (parts or data.parts) if key in PARTS]
        chosen = [key for key in PARTS if key in chosen and data.part(key) is not None]
        if not chosen:
            raise ValueError("nothing to print: the report has none of the parts asked for")
        self._chosen = chosen
        # Twice: the cover's contents name the page each part starts on, and each part
        # learns whether its signatures would stand alone on a page (then its last rows
        # go with them: see _statement and _shu_members).
        self._starts = {}
        self._split = set()
        super().render(data)
        starts = dict(self._found)
        self._split = {
            key for key in chosen if starts.get(f"{key}:signed", 0) > starts.get(f"{key}:rows", 0)
        }
        self._starts = starts
        return super().render(data)

    def page_templates(self, data: RatReport) -> list[PageTemplate]:
        """A first page (under the letterhead) and running pages, each in portrait and in
        landscape, and the cover; the one the report opens with comes first."""
        header = data.header
        logo = self.logo(header)
        self._kinds = {}

        def on_page(kind: str, p: Paper) -> Callable[[Canvas, Any], None]:
            def draw(canvas: Canvas, _doc: Any) -> None:
                self._kinds[canvas.getPageNumber()] = kind
                if kind == "first":
                    sheet = Sheet(
                        canvas, text_style(p), p.margin, p.body_width, p.height - p.margin
                    )
                    draw_letterhead(sheet, header, self.labels, logo)

            return draw

        portrait = self.paper
        templates = []
        for name, p in (("portrait", portrait), ("landscape", self.wide)):
            head = (
                letterhead_height(text_style(p), p.body_width, header, self.labels, logo) + 3 * mm
            )
            templates += [
                PageTemplate(
                    f"{name}-first",
                    [self.frame(p, head, f"{name}-first")],
                    onPage=on_page("first", p),
                    pagesize=(p.width, p.height),
                    autoNextPageTemplate=name,
                ),
                PageTemplate(
                    name,
                    [self.frame(p, RUNNING, name)],
                    onPage=on_page("running", p),
                    pagesize=(p.width, p.height),
                ),
            ]
        templates.append(
            PageTemplate(
                "cover",
                [self.frame(portrait, 0, "cover")],
                onPage=on_page("cover", portrait),
                pagesize=(portrait.width, portrait.height),
            )
        )
        chosen = self._chosen
        first_kind = "landscape" if chosen[0] in LANDSCAPE_PARTS else "portrait"
        if len(chosen) > 1:
            templates.sort(key=lambda t: t.id != "cover")
        else:
            templates.sort(key=lambda t: t.id != f"{first_kind}-first")
        return templates

    def story(self, data: RatReport) -> list[Flowable]:
        chosen = self._chosen
        cover = len(chosen) > 1
        self._found = {}
        story: list[Flowable] = []
        if cover:
            story += self._cover(data, chosen, self._starts)
        for index, key in enumerate(chosen):
            orientation = "landscape" if key in LANDSCAPE_PARTS else "portrait"
            if cover or index:
                story += [NextPageTemplate(orientation), PageBreak()]
            numeral = ROMAN[index] if cover else ""
            story.append(PageMarker(key, self._found))
            story += self._part(
                data, key, numeral, self.wide if orientation == "landscape" else self.paper
            )
        return story

    def draw_footer(
        self, canvas: Canvas, data: RatReport, title: str, page: int, pages: int
    ) -> None:
        """The SHU preview's watermark, the running head naming the part, and the foot."""
        width, height = canvas._pagesize
        p = self.wide if width > height else self.paper
        canvas.saveState()
        key = ""
        for part in self._chosen:
            if part in self._found and self._found[part] <= page:
                key = part
        shu = data.shu_list
        if data.provisional:
            # A year not closed yet: every page is a preview, whatever part it holds.
            word = self.labels("shu.preview").split(" —")[0]
            void_watermark(
                canvas, word, width, height, self.style.bold, 54, 30 if width < height else 20
            )
        elif shu is not None and shu.preview and key == "shu":
            # "PRATINJAU — belum disahkan": the word alone across the page.
            word = self.labels("shu.preview").split(" —")[0]
            void_watermark(
                canvas, word, width, height, self.style.bold, 54, 30 if width < height else 20
            )
        if self._kinds.get(page) == "running":
            short = self.labels("rat.short", year=data.year)
            head = f"{short} · {self.labels(f'name.{key}')}" if key else short
            self.draw_running_head(canvas, p, data.header, head)
        self.draw_foot(canvas, p, data.header, title, page, pages)
        canvas.restoreState()

    # -- the cover -------------------------------------------------------------------------

    def _cover(self, data: RatReport, chosen: list[str], starts: dict[str, int]) -> list[Flowable]:
        L, styles, header = self.labels, self.styles, data.header
        width = self.paper.body_width
        s = {
            "name": restyle(styles["title"], fontSize=17, leading=21),
            "address": restyle(styles["small"], alignment=1),
            "title": restyle(styles["title"], fontSize=19, leading=24, textColor=INK),
            "year": restyle(styles["title"], fontSize=15, leading=19),
            "meeting": restyle(styles["subtitle"], fontSize=11, leading=14, spaceAfter=0),
            "date": restyle(styles["subtitle"], fontSize=10, leading=13, textColor=MUTED),
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
            Rule(width, double=True),
            Spacer(1, 22 * mm),
            Paragraph(escape(L("rat.cover.title")), s["title"]),
            Spacer(1, 2 * mm),
            Paragraph(escape(L("rat.cover.year", year=data.year)), s["year"]),
            Spacer(1, 6 * mm),
            Rule(width * 0.35, color=ACCENT, weight=1.2),
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
            "calk": L("part.neraca.sub", year=year, previous=previous),
            "shu": L("part.shu.sub", year=year),
            "anggota": L("part.year.sub", year=year),
            "komoditas": L("part.year.sub", year=year),
        }[key]
        # The statements in their SAK EP arrangement (reports/rat/sak_ep.py).
        build = {
            "neraca": lambda _part, w: self._position(data.position, w),
            "phu": lambda ops, w: self._revenue(data.revenue, ops, w),
            "arus-kas": lambda _part, w: self._activities(data.activities, w),
            "ekuitas": self._equity,
            "calk": self._notes,
            "shu": self._shu,
            "anggota": self._members,
            "komoditas": self._commodities,
        }[key]
        self._splitting = key in self._split
        body = build(data.part(key), p.body_width)
        self._splitting = False
        marks = [i for i, flowable in enumerate(body) if isinstance(flowable, Tail)]
        cut = marks[0] if marks else len(body)
        # The closing lines (a verdict, a note, the last rows) go to the signatures' page,
        # so that no page holds the signatures alone.
        tail = [
            *[f for f in body[cut + 1 :] if not isinstance(f, Tail)],
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


def render_rat(report: RatReport, parts: Iterable[str] | None = None) -> bytes:
    """The RAT report as PDF bytes: a cover and every part present (or those named), each
    starting on a new page; one part alone prints under the letterhead, without a cover."""
    return RatRenderer(report.header.lang).render(report, parts)
