"""Renderer base classes: page geometry, fonts, styles, letterhead and footer, in one place.

Two kinds of documents share them. Slips and receipts are drawn straight on a canvas
(CanvasRenderer) through a Sheet, a cursor that wraps text down a column, so that a batch
of thousands of slips stays near bare-canvas speed; on roll paper the same drawing code
runs twice, once to measure the page height and once to draw. Sheets and registers flow
through platypus (FlowRenderer), whose tables break across pages and repeat their header.
Subclasses only draw the content (CanvasRenderer.draw) or build the story (FlowRenderer.story).
"""

from __future__ import annotations

import functools
import io
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any, ClassVar

from reportlab import rl_config
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader, simpleSplit
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate, Paragraph, Table
from reportlab.platypus import TableStyle as PlatypusTableStyle

from koperasi.core.fmt import date_long, date_short
from koperasi.pdf.fonts import register_fonts
from koperasi.pdf.labels import Labels
from koperasi.pdf.paper import Paper, paper
from koperasi.pdf.styles import (
    ACCENT,
    MUTED,
    VOID_WATERMARK,
    TextStyle,
    paragraph_styles,
    text_style,
)
from koperasi.reports.header import Header

CREATOR = "Koperasi"

# Room at the foot of a flowing page (print line, page x of y) and for its running head.
FOOT = 9 * mm
RUNNING = 9 * mm

# Binary page streams rather than ASCII85: files a fifth smaller and quicker to write.
# Only this package uses reportlab, so the process-wide setting is ours to choose.
rl_config.useA85 = 0


class Renderer:
    """What every document shares: its paper, its language, the fonts and the stylesheet."""

    papers: ClassVar[tuple[str, ...]] = ("a4",)

    def __init__(self, paper_key: str, lang: str) -> None:
        if paper_key not in self.papers:
            raise ValueError(
                f"{type(self).__name__} prints on {', '.join(self.papers)}, not {paper_key!r}"
            )
        self.paper: Paper = paper(paper_key)
        self.labels = Labels(lang)
        self.lang = self.labels.lang
        register_fonts()
        self.style: TextStyle = text_style(self.paper)
        self._logos: dict[bytes, ImageReader | None] = {}

    def logo(self, header: Header) -> ImageReader | None:
        """The cooperative's logo, read once per renderer; None when absent or unreadable."""
        if not header.logo:
            return None
        if header.logo not in self._logos:
            try:
                reader = ImageReader(io.BytesIO(header.logo))
                reader.getSize()
            except Exception:  # a broken logo must not stop a payout run
                reader = None
            self._logos[header.logo] = reader
        return self._logos[header.logo]


# -- the sheet: a cursor down a column of a canvas --------------------------------------


class Sheet:
    """Draws lines down a column of a canvas, wrapping text to the column's width.

    `y` is the top of the next line. With no canvas it only measures, which is how a roll's
    page height is found. When a line would not fit above `bottom`, `on_overflow(sheet)`
    starts a new page and moves `y` back up.
    """

    def __init__(
        self,
        canvas: Canvas | None,
        style: TextStyle,
        x: float,
        width: float,
        top: float,
        bottom: float | None = None,
        on_overflow: Callable[[Sheet], None] | None = None,
    ) -> None:
        self.c = canvas
        self.s = style
        self.x = x
        self.width = width
        self.y = top
        self.bottom = bottom
        self.on_overflow = on_overflow

    def font(self, bold: bool) -> str:
        return self.s.bold if bold else self.s.regular

    def gap(self, height: float) -> None:
        self.y -= height

    def need(self, height: float) -> None:
        """Make sure `height` points fit on this page, starting a new one if not."""
        if (
            self.c is not None
            and self.bottom is not None
            and self.on_overflow is not None
            and self.y - height < self.bottom
        ):
            self.on_overflow(self)

    def measure(self, draw: Callable[[Sheet], None]) -> float:
        """How much height `draw` takes on this column, drawing nothing."""
        probe = Sheet(None, self.s, self.x, self.width, 0)
        draw(probe)
        return -probe.y

    def keep(self, draw: Callable[[Sheet], None]) -> None:
        """Draw a block that must not be split across pages (the signatures)."""
        self.need(self.measure(draw))
        draw(self)

    def wrap(
        self, text: str, size: float, bold: bool = False, width: float | None = None
    ) -> tuple[str, ...]:
        return _split(text, self.font(bold), size, width or self.width)

    def width_of(self, text: str, size: float, bold: bool = False) -> float:
        return _width(text, self.font(bold), size)

    def _fill(self, color: Any) -> None:
        # Setting what is already set would only lengthen the page stream.
        if self.c._fillColorObj is not color:
            self.c.setFillColor(color)

    def _draw(self, text: str, x: float, baseline: float, align: str, size: float, bold: bool):
        c = self.c
        font = self.font(bold)
        if c._fontname != font or c._fontsize != size:
            c.setFont(font, size)
        if align == "right":
            c.drawRightString(x, baseline, text)
        elif align == "center":
            c.drawCentredString(x, baseline, text)
        else:
            c.drawString(x, baseline, text)

    def text(
        self,
        text: str,
        size: float | None = None,
        bold: bool = False,
        align: str = "left",
        color: Any = None,
        indent: float = 0,
    ) -> None:
        """A paragraph of one style, wrapped to the column."""
        size = size or self.s.body
        width = self.width - indent
        lead = self.s.line(size)
        for line in self.wrap(text, size, bold, width):
            self.need(lead)
            if self.c is not None:
                self._fill(color or self.s.ink)
                x = {
                    "left": self.x + indent,
                    "right": self.x + self.width,
                    "center": self.x + indent + width / 2,
                }[align]
                self._draw(line, x, self.y - size * 0.82, align, size, bold)
            self.y -= lead

    def field(
        self,
        label: str,
        value: str,
        label_width: float,
        size: float | None = None,
        bold: bool = False,
    ) -> None:
        """A form line: the label in grey on the left, the value wrapped beside it."""
        size = size or self.s.body
        lead = self.s.line(size)
        lines = self.wrap(value, size, bold, self.width - label_width)
        self.need(lead * min(len(lines), 2))
        for index, line in enumerate(lines):
            self.need(lead)
            if self.c is not None:
                baseline = self.y - size * 0.82
                if index == 0:
                    self._fill(self.s.muted)
                    self._draw(label, self.x, baseline, "left", size, False)
                self._fill(self.s.ink)
                self._draw(line, self.x + label_width, baseline, "left", size, bold)
            self.y -= lead

    def amount(
        self,
        label: str,
        value: str,
        size: float | None = None,
        bold: bool = False,
        indent: float = 0,
        color: Any = None,
    ) -> None:
        """A figure line: the label on the left (wrapping if it must), the figure flush right."""
        size = size or self.s.body
        lead = self.s.line(size)
        value_width = self.width_of(value, size, bold)
        lines = self.wrap(label, size, bold, self.width - indent - value_width - 3 * mm)
        self.need(lead * len(lines))
        for index, line in enumerate(lines):
            if self.c is not None:
                baseline = self.y - size * 0.82
                self._fill(color or self.s.ink)
                self._draw(line, self.x + indent, baseline, "left", size, bold)
                if index == len(lines) - 1:
                    self._draw(value, self.x + self.width, baseline, "right", size, bold)
            self.y -= lead

    def row(
        self,
        cells: Sequence[tuple[str, float, str]],
        size: float | None = None,
        bold: bool = False,
        color: Any = None,
    ) -> None:
        """A table row: (text, width, "left" | "right" | "center") cells, each wrapping."""
        size = size or self.s.body
        lead = self.s.line(size)
        wrapped = [self.wrap(text, size, bold, width - 1.5 * mm) for text, width, _ in cells]
        height = lead * max(len(lines) for lines in wrapped)
        self.need(height)
        if self.c is not None:
            self._fill(color or self.s.ink)
            x = self.x
            for (_, width, align), lines in zip(cells, wrapped, strict=True):
                anchor = {"left": x, "right": x + width, "center": x + width / 2}[align]
                for index, line in enumerate(lines):
                    baseline = self.y - size * 0.82 - index * lead
                    self._draw(line, anchor, baseline, align, size, bold)
                x += width
        self.y -= height

    def rule(
        self,
        weight: float = 0.4,
        color: Any = None,
        dash: tuple[float, float] | None = None,
        above: float = 1.2 * mm,
        below: float = 1.2 * mm,
    ) -> None:
        self.need(above + below)
        self.y -= above
        if self.c is not None:
            c = self.c
            c.setStrokeColor(color or self.s.muted)
            c.setLineWidth(weight)
            c.setDash(*dash) if dash else c.setDash()
            c.line(self.x, self.y, self.x + self.width, self.y)
            c.setDash()
        self.y -= below

    def double_rule(self, color: Any = None) -> None:
        self.need(3 * mm)
        self.y -= 1 * mm
        if self.c is not None:
            c = self.c
            c.setStrokeColor(color or self.s.accent)
            c.setLineWidth(1.3)
            c.line(self.x, self.y, self.x + self.width, self.y)
            c.setLineWidth(0.45)
            c.line(self.x, self.y - 1.6, self.x + self.width, self.y - 1.6)
        self.y -= 1.6 + 1.6 * mm

    def band(self, height: float) -> None:
        """A tinted band behind the next `height` points (the amount paid); plain on thermal."""
        if self.c is not None and self.s.tint is not None:
            self.c.setFillColor(self.s.tint)
            self.c.rect(self.x - 1.2 * mm, self.y - height, self.width + 2.4 * mm, height, 0, 1)

    def framed(self, height: float, weight: float = 0.8) -> None:
        """A frame around the next `height` points."""
        if self.c is not None:
            self.c.setStrokeColor(self.s.ink)
            self.c.setLineWidth(weight)
            self.c.rect(self.x - 1.2 * mm, self.y - height, self.width + 2.4 * mm, height, 1, 0)

    def signatures(self, columns: Sequence[Signature], space: float) -> None:
        """Signature columns side by side: caption, role, room to sign, then the name."""
        s = self.s
        size, small = s.body, s.small
        width = self.width / len(columns)
        if any(col.meterai for col in columns):
            space = max(space, METERAI_HEIGHT + 1 * mm)  # a real stamp (32 × 24 mm) must fit
        captions = max(2 if col.caption else 1 for col in columns)
        names = max(len(self.wrap(col.name or " ", small, width=width)) for col in columns)
        height = captions * s.line(size) + space + 0.6 * mm + names * s.line(small)
        self.need(height)
        top = self.y
        for index, col in enumerate(columns):
            sheet = Sheet(self.c, s, self.x + index * width, width, top)
            if col.caption:
                sheet.text(col.caption, size, align="center")
            if captions == 2 and not col.caption:
                sheet.gap(s.line(size))
            sheet.text(col.role, size, bold=True, align="center")
            box_top = sheet.y
            sheet.gap(space)
            if col.meterai and self.c is not None:
                _meterai_box(self.c, s, sheet.x + width / 2, box_top, space, col.meterai, width)
            if self.c is not None:
                line_width = min(width * 0.78, 45 * mm)
                self.c.setStrokeColor(s.ink)
                self.c.setLineWidth(0.5)
                middle = sheet.x + width / 2
                self.c.line(middle - line_width / 2, sheet.y, middle + line_width / 2, sheet.y)
            sheet.gap(0.6 * mm)
            sheet.text(col.name or " ", small, align="center")
        self.y = top - height


# A batch of slips wraps the same labels, letterhead and sale lines on every page:
# remembering them keeps thousands of slips near bare-canvas speed.
@functools.lru_cache(maxsize=8192)
def _width(text: str, font: str, size: float) -> float:
    return stringWidth(text, font, size)


@functools.lru_cache(maxsize=8192)
def _split(text: str, font: str, size: float, width: float) -> tuple[str, ...]:
    if _width(text, font, size) <= width:
        return (text,)
    return tuple(simpleSplit(text, font, size, width)) or ("",)


@dataclass(frozen=True)
class Signature:
    """A signature column: "Yang menerima," / "Anggota" / the name printed under the line.
    meterai: the caption of a duty-stamp box drawn where the signature goes, or ""."""

    caption: str
    role: str
    name: str
    meterai: str = ""


# A meterai (duty stamp) is about 30 × 22 mm (Meterai Rp 10.000 of 2021); its box is drawn
# 32 × 24 mm so that a real stamp fits inside it with room to spare.
METERAI_WIDTH = 32 * mm
METERAI_HEIGHT = 24 * mm
METERAI_SPACE = METERAI_HEIGHT + 3 * mm  # the room to sign above a line holding a box


def _meterai_box(
    c: Canvas,
    s: TextStyle,
    middle: float,
    top: float,
    space: float,
    text: str,
    column: float = 0,
):
    """A dashed box for the duty stamp, a little left of the middle, where the member signs
    across its edge as the law asks; kept inside its column when the column is narrow."""
    height, width = METERAI_HEIGHT, METERAI_WIDTH
    x = middle - width * 0.6
    if column:
        x = max(x, middle - column / 2 + 0.5 * mm)
    y = top - (space - height) / 2 - height
    c.setStrokeColor(s.muted)
    c.setLineWidth(0.6)
    c.setDash(2.2, 1.6)
    c.rect(x, y, width, height, 1, 0)
    c.setDash()
    c.setFillColor(s.muted)
    size = s.small
    lines = text.split("\n")
    first = y + height / 2 + (len(lines) - 1) * size * 0.6 - size * 0.35
    for index, line in enumerate(lines):
        c.setFont(s.regular, size)
        c.drawCentredString(x + width / 2, first - index * size * 1.2, line)


# -- letterhead and footer: every document's top and bottom ---------------------------------


def draw_letterhead(
    sheet: Sheet,
    header: Header,
    labels: Labels,
    logo: ImageReader | None,
    logo_above: bool = False,
    symmetric: bool = True,
) -> None:
    """The cooperative's letterhead (kop surat): logo, name, address, registration number
    and phone, over a double rule. The logo sits above the name (`logo_above`, on a roll)
    or to its left; `symmetric` keeps the text centred on the page rather than beside it."""
    s = sheet.s
    contact = []
    if header.registration_no:
        contact.append(labels("registration", number=header.registration_no))
    if header.phone:
        contact.append(labels("phone", phone=header.phone))

    text_top = sheet.y
    text_x, text_width = sheet.x, sheet.width
    logo_height = 0.0
    if logo is not None:
        image_width, image_height = logo.getSize()
        if logo_above:
            logo_height = 11 * mm
            logo_width = logo_height * image_width / image_height
            if sheet.c is not None:
                sheet.c.drawImage(
                    logo,
                    sheet.x + (sheet.width - logo_width) / 2,
                    sheet.y - logo_height,
                    logo_width,
                    logo_height,
                    mask="auto",
                )
            sheet.gap(logo_height + 1.2 * mm)
            text_top = sheet.y
            logo_height = 0.0
        else:
            logo_height = s.line(s.name) + 2 * s.line(s.small)
            logo_width = min(logo_height * image_width / image_height, 2 * logo_height)
            if sheet.c is not None:
                sheet.c.drawImage(
                    logo, sheet.x, sheet.y - logo_height, logo_width, logo_height, mask="auto"
                )
            text_x = sheet.x + logo_width + 2 * mm
            text_width = sheet.width - (2 if symmetric else 1) * (logo_width + 2 * mm)

    column = Sheet(sheet.c, s, text_x, text_width, text_top)
    name = header.name.upper()
    # A long name shrinks a little to stay on one line before it is allowed to wrap.
    size = s.name
    while size > s.name * 0.8 and column.width_of(name, size, bold=True) > text_width:
        size -= 0.25
    column.text(name, size, bold=True, align="center", color=s.accent)
    if header.address:
        column.text(header.address, s.small, align="center", color=s.muted)
    joined = " · ".join(contact)
    if contact and column.width_of(joined, s.small) > text_width:
        for line in contact:
            column.text(line, s.small, align="center", color=s.muted)
    elif contact:
        column.text(joined, s.small, align="center", color=s.muted)
    sheet.y = min(column.y, text_top - logo_height)
    sheet.double_rule()


def letterhead_height(
    style: TextStyle, width: float, header: Header, labels: Labels, logo: ImageReader | None
) -> float:
    """How tall the letterhead stands on a page `width` wide."""
    sheet = Sheet(None, style, 0, width, 0)
    draw_letterhead(sheet, header, labels, logo)
    return -sheet.y


def print_line(header: Header, labels: Labels, long: bool = False) -> str:
    """The print date line: "Dicetak 27/11/2026", or with the month spelt out."""
    day = date_long(header.printed_on, labels.lang) if long else date_short(header.printed_on)
    return labels("printed_on", date=day)


# -- canvas documents: slips and receipts --------------------------------------------------


class CanvasRenderer(Renderer):
    """A document drawn page by page on a canvas, one item per page (slips, receipts)."""

    canvas_class: ClassVar[type[Canvas]] = Canvas

    def draw(self, sheet: Sheet, item: Any) -> None:
        """Draw one item's content below the letterhead."""
        raise NotImplementedError

    def reference(self, item: Any) -> str:
        """The item's number, printed on continuation pages."""
        raise NotImplementedError

    def decorate(self, canvas: Canvas, item: Any, width: float, height: float) -> None:
        """Draw under the content of a page (a watermark); nothing by default."""

    def void_watermark(self, canvas: Canvas, text: str, width: float, height: float) -> None:
        """A voided slip's "BATAL" across its page, steeper on a tall page."""
        s = self.style
        angle = 35 if height > width * 1.2 else 20
        void_watermark(canvas, text, width, height, s.bold, width * 0.30, angle, s.watermark)

    def title(self, items: Sequence[Any]) -> str:
        return ""

    def render(self, items: Iterable[Any]) -> bytes:
        items = list(items)
        if not items:
            raise ValueError("nothing to print")
        p = self.paper
        buffer = io.BytesIO()
        # The canvas's own starting font would pull Helvetica into the file: start in ours.
        c = self.canvas_class(
            buffer,
            pagesize=(p.width, p.height or p.width),
            initialFontName=self.style.regular,
            initialFontSize=self.style.body,
        )
        c.setCreator(CREATOR)
        c.setAuthor(items[0].header.name)
        c.setTitle(self.title(items))
        for item in items:
            self._page(c, item)
        c.save()
        return buffer.getvalue()

    def _content(self, sheet: Sheet, item: Any) -> None:
        header = item.header
        draw_letterhead(
            sheet,
            header,
            self.labels,
            self.logo(header),
            logo_above=self.paper.is_roll,
            symmetric=not self.paper.narrow,
        )
        self.draw(sheet, item)

    def _footer_height(self) -> float:
        return self.style.line(self.style.small) + 1.5 * mm

    def _page(self, c: Canvas, item: Any) -> None:
        p, s = self.paper, self.style
        if p.is_roll:
            probe = Sheet(None, s, p.margin, p.body_width, 0)
            self._content(probe, item)
            height = -probe.y + self._footer_height() + 2 * p.margin + 2 * mm
            c.setPageSize((p.width, height))
            bottom = None
        else:
            height = p.height
            # The footer sits inside the bottom margin; content may come down to it.
            bottom = p.margin + 1 * mm
        self.decorate(c, item, p.width, height)

        def overflow(sheet: Sheet) -> None:
            self._draw_footer(c, item)
            c.showPage()
            self.decorate(c, item, p.width, height)
            sheet.y = height - p.margin
            sheet.text(item.header.name.upper(), s.small, bold=True, color=s.accent)
            sheet.text(self.labels("continued", reference=self.reference(item)), s.small)
            sheet.rule()

        sheet = Sheet(c, s, p.margin, p.body_width, height - p.margin, bottom, overflow)
        self._content(sheet, item)
        if p.is_roll:
            sheet.gap(2 * mm)
            sheet.text(print_line(item.header, self.labels), s.small, color=s.muted)
        else:
            self._draw_footer(c, item)
        c.showPage()

    def _draw_footer(self, c: Canvas, item: Any) -> None:
        p, s = self.paper, self.style
        c.setFillColor(s.muted)
        c.setFont(s.regular, s.small)
        baseline = p.margin * 0.55
        c.drawString(p.margin, baseline, print_line(item.header, self.labels))
        c.drawRightString(p.width - p.margin, baseline, self.reference(item))


def void_watermark(
    canvas: Canvas,
    text: str,
    width: float,
    height: float,
    font: str,
    size: float,
    angle: float,
    color: Any = VOID_WATERMARK,
) -> None:
    """A large pale word ("BATAL", "PRATINJAU") across a page of `width` x `height`, drawn
    under the content so the figures stay readable."""
    canvas.saveState()
    canvas.setFillColor(color)
    canvas.setFont(font, size)
    canvas.translate(width / 2, height / 2)
    canvas.rotate(angle)
    canvas.drawCentredString(0, -size / 3, text)
    canvas.restoreState()


# -- flowing documents: sheets, statements, registers -------------------------------------


class _NumberedCanvas(Canvas):
    """A canvas that holds its pages back until the end, to print "Halaman x dari y"."""

    def __init__(self, *args: Any, footer: Callable[[Canvas, int, int], None], **kwargs: Any):
        super().__init__(*args, **kwargs)
        self._pages: list[dict] = []
        self._footer = footer

    def showPage(self) -> None:
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._pages)
        for number, state in enumerate(self._pages, start=1):
            self.__dict__.update(state)
            self._footer(self, number, total)
            super().showPage()
        super().save()


class FlowRenderer(Renderer):
    """A document whose story flows over as many pages as it needs: the letterhead on the
    first page, a one-line running head on the others, and the print date and
    "Halaman x dari y" at the foot of every page."""

    def story(self, data: Any) -> list[Flowable]:
        raise NotImplementedError

    def title(self, data: Any) -> str:
        """The document's name and number, for the running head, footer and PDF title."""
        return ""

    def render(self, data: Any) -> bytes:
        p, s = self.paper, self.style
        header: Header = data.header
        title = self.title(data)
        buffer = io.BytesIO()
        doc = BaseDocTemplate(
            buffer,
            pagesize=(p.width, p.height),
            leftMargin=p.margin,
            rightMargin=p.margin,
            topMargin=p.margin,
            bottomMargin=p.margin + FOOT,
            title=title,
            author=header.name,
            creator=CREATOR,
            # The canvas's own starting font would pull Helvetica into the file: start in ours.
            initialFontName=s.regular,
            initialFontSize=9,
        )
        doc.addPageTemplates(self.page_templates(data))

        def footer(canvas: Canvas, page: int, pages: int) -> None:
            self.draw_footer(canvas, data, title, page, pages)

        doc.build(self.story(data), canvasmaker=functools.partial(_NumberedCanvas, footer=footer))
        return buffer.getvalue()

    def page_templates(self, data: Any) -> list[PageTemplate]:
        """The document's page templates, the first page's first: by default the letterhead on
        the first page and a running head on the others, on self.paper. A document that mixes
        portrait and landscape pages (the RAT report) gives its own."""
        p, s = self.paper, self.style
        header: Header = data.header
        title = self.title(data)
        logo = self.logo(header)
        head = letterhead_height(s, p.body_width, header, self.labels, logo) + 3 * mm

        def first_page(canvas: Canvas, _doc: Any) -> None:
            sheet = Sheet(canvas, s, p.margin, p.body_width, p.height - p.margin)
            draw_letterhead(sheet, header, self.labels, logo)

        def later_page(canvas: Canvas, _doc: Any) -> None:
            canvas.saveState()
            self.draw_running_head(canvas, p, header, title)
            canvas.restoreState()

        return [
            PageTemplate(
                "first",
                [self.frame(p, head, "first")],
                onPage=first_page,
                autoNextPageTemplate="later",
            ),
            PageTemplate("later", [self.frame(p, RUNNING, "later")], onPage=later_page),
        ]

    def frame(self, p: Paper, top: float, name: str) -> Frame:
        """The body of a page of paper `p` below `top` (the letterhead or running head) and
        above the footer."""
        return Frame(
            p.margin,
            p.margin + FOOT,
            p.body_width,
            p.height - 2 * p.margin - top - FOOT,
            leftPadding=0,
            rightPadding=0,
            topPadding=0,
            bottomPadding=0,
            id=name,
        )

    def draw_running_head(self, canvas: Canvas, p: Paper, header: Header, text: str) -> None:
        """The cooperative's name and `text` across the top of a page after the first."""
        s = self.style
        top = p.height - p.margin
        baseline = top - 3.5 * mm
        canvas.setFillColor(ACCENT)
        canvas.setFont(s.bold, 8.5)
        canvas.drawString(p.margin, baseline, header.name.upper())
        canvas.setFillColor(MUTED)
        canvas.setFont(s.regular, 8)
        canvas.drawRightString(p.width - p.margin, baseline, text)
        canvas.setStrokeColor(ACCENT)
        canvas.setLineWidth(0.8)
        canvas.line(p.margin, top - 5.5 * mm, p.width - p.margin, top - 5.5 * mm)

    def draw_footer(self, canvas: Canvas, data: Any, title: str, page: int, pages: int) -> None:
        """Called on every page once the page count is known."""
        canvas.saveState()
        self.draw_foot(canvas, self.paper, data.header, title, page, pages)
        canvas.restoreState()

    def draw_foot(
        self, canvas: Canvas, p: Paper, header: Header, title: str, page: int, pages: int
    ) -> None:
        """The foot of a page: the print line, the title and "Halaman x dari y"."""
        s = self.style
        canvas.setFillColor(MUTED)
        canvas.setStrokeColor(MUTED)
        canvas.setLineWidth(0.3)
        canvas.line(p.margin, p.margin + 5 * mm, p.width - p.margin, p.margin + 5 * mm)
        canvas.setFont(s.regular, 7.5)
        baseline = p.margin + 1.5 * mm
        canvas.drawString(p.margin, baseline, print_line(header, self.labels, long=True))
        canvas.drawCentredString(p.width / 2, baseline, title)
        canvas.drawRightString(
            p.width - p.margin, baseline, self.labels("page_of", page=page, pages=pages)
        )
        if header.audit_code:  # the RAT report and the settlement sheet (issue 9)
            code = self.labels("audit_code", code=header.audit_code)
            canvas.drawRightString(p.width - p.margin, baseline - 3.2 * mm, code)

    # helpers the stories share

    @property
    def styles(self) -> dict:
        return paragraph_styles()

    def p(self, text: str, style: str = "body") -> Paragraph:
        return Paragraph(escape(text), self.styles[style])

    def fields(
        self, rows: Sequence[tuple[str, str]], widths: Sequence[float], bold_first: int = 0
    ) -> Table:
        """Label–value pairs in a borderless two-column table; the first `bold_first`
        values in bold."""
        data = []
        for index, (label, value) in enumerate(rows):
            bold = index < bold_first
            data.append([self.p(label, "label"), self.p(value, "value_bold" if bold else "value")])
        table = Table(data, colWidths=list(widths), hAlign="LEFT")
        table.setStyle(
            PlatypusTableStyle(
                [
                    ("FONT", (0, 0), (-1, -1), self.style.regular, 9),
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 4),
                    ("TOPPADDING", (0, 0), (-1, -1), 0.6),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 0.6),
                ]
            )
        )
        return table

    def signatures(self, columns: Sequence[Signature], place_date: str = "") -> Table:
        """Signature columns for the foot of a sheet: caption, role, room to sign, and the
        name underlined (or a dotted line to write it on)."""
        styles = self.styles
        width = self.paper.body_width / len(columns)
        last = len(columns) - 1
        top = [
            Paragraph(escape(place_date) if i == last else "", styles["sign"])
            for i in range(len(columns))
        ]
        captions = [Paragraph(escape(c.caption), styles["sign"]) for c in columns]
        roles = [Paragraph(f"<b>{escape(c.role)}</b>", styles["sign"]) for c in columns]
        names = [
            Paragraph(
                f"<u>{escape(c.name)}</u>" if c.name else "(" + "." * 36 + ")" if c.role else "",
                styles["sign_name"],
            )
            for c in columns
        ]
        signing = [MeteraiBox(c.meterai) if c.meterai else "" for c in columns]
        room = METERAI_SPACE if any(c.meterai for c in columns) else 17 * mm
        rows = [top, captions, roles, signing, names]
        table = Table(
            rows, colWidths=[width] * len(columns), rowHeights=[None, None, None, room, None]
        )
        table.setStyle(
            PlatypusTableStyle(
                [
                    ("FONT", (0, 0), (-1, -1), self.style.regular, 9),
                    ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                    ("TOPPADDING", (0, 0), (-1, -1), 1),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
                ]
            )
        )
        return table


class MeteraiBox(Flowable):
    """The dashed 32 × 24 mm box of a duty stamp in a signature cell of a flowing document."""

    def __init__(self, text: str) -> None:
        super().__init__()
        self.text = text
        self.width, self.height = METERAI_WIDTH, METERAI_HEIGHT

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        style = text_style_for_flow()
        _meterai_box(self.canv, style, self.width * 0.6, self.height, self.height, self.text)


def text_style_for_flow() -> TextStyle:
    """The canvas text style of A4 documents (for drawing a meterai box in a flow)."""
    return text_style(paper("a4"))


class PageMarker(Flowable):
    """An invisible flowable that notes the page it lands on, for two-pass layouts."""

    def __init__(self, name: str, pages: dict[str, int]) -> None:
        super().__init__()
        self.name = name
        self.pages = pages
        self.width = self.height = 0

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        self.pages[self.name] = self.canv.getPageNumber()


def text_width(text: str, bold: bool = False, size: float = 8.5) -> float:
    """The printed width of `text` in the house font."""
    regular, bold_face = register_fonts()
    return stringWidth(text, bold_face if bold else regular, size)


def kg_decimals(*grams: int | None) -> int:
    """The fewest decimals that print every one of these weights exactly, so that a column
    of weights lines up on its decimal comma without rounding any of them."""
    needed = 0
    for g in grams:
        if g is None:
            continue
        for places, step in ((3, 10), (2, 100), (1, 1000)):
            if g % step:
                needed = max(needed, places)
                break
    return needed


def escape(text: str) -> str:
    """Text for a Paragraph, which reads a little XML."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


__all__ = [
    "ACCENT",
    "CanvasRenderer",
    "FlowRenderer",
    "PageMarker",
    "Renderer",
    "Sheet",
    "Signature",
    "draw_letterhead",
    "escape",
    "kg_decimals",
    "text_width",
]


def figure_width(
    texts: Iterable[str], minimum: float, bold: bool = True, size: float = 8.5
) -> float:
    """The width of a column of figures: its widest figure (in bold, as totals print) plus the
    cell padding, never less than `minimum`, so that no amount up to Rp 999 miliar (or a
    period total past a triliun) wraps or runs into its neighbour."""
    return max([minimum, *(text_width(t, bold, size) + 7 for t in texts)])
