"""The treasurer's guide on paper: A4, a title page, a table of contents, one chapter per page
of the in-app guide with its pictures (`koperasi print guide -o FILE.pdf`)."""

from __future__ import annotations

import io

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.platypus import (
    Image,
    ListFlowable,
    ListItem,
    PageBreak,
    Paragraph,
    Spacer,
)
from reportlab.platypus.doctemplate import BaseDocTemplate, PageTemplate
from reportlab.platypus.frames import Frame
from reportlab.platypus.tableofcontents import TableOfContents

from koperasi.core.guide import GuidePage, inline_html, load_guide
from koperasi.pdf.fonts import register_fonts
from koperasi.text import text
from koperasi.text.guide import GUIDE

GREEN = colors.HexColor("#1f4d3a")
MARGIN = 20 * mm


def _styles(regular: str, bold: str) -> dict[str, ParagraphStyle]:
    body = ParagraphStyle("body", fontName=regular, fontSize=10.5, leading=15, spaceAfter=6)
    return {
        "body": body,
        "title": ParagraphStyle(
            "title", parent=body, fontName=bold, fontSize=28, leading=34, textColor=GREEN,
            alignment=TA_CENTER, spaceAfter=12,
        ),
        "subtitle": ParagraphStyle("subtitle", parent=body, fontSize=13, alignment=TA_CENTER),
        "h1": ParagraphStyle(
            "h1", parent=body, fontName=bold, fontSize=18, leading=23, textColor=GREEN,
            spaceAfter=10,
        ),
        "h2": ParagraphStyle(
            "h2", parent=body, fontName=bold, fontSize=12.5, leading=17, textColor=GREEN,
            spaceBefore=8, spaceAfter=4,
        ),
        "caption": ParagraphStyle(
            "caption", parent=body, fontSize=8.5, alignment=TA_CENTER, textColor=colors.grey
        ),
        "toc": ParagraphStyle("toc", parent=body, fontSize=12, leading=20),
    }  # fmt: skip


class _GuideDoc(BaseDocTemplate):
    def __init__(self, out: io.BytesIO, lang: str, regular: str) -> None:
        super().__init__(
            out, pagesize=A4, leftMargin=MARGIN, rightMargin=MARGIN, topMargin=MARGIN,
            bottomMargin=MARGIN, title=text(GUIDE, "title", lang), author="Koperasi",
        )  # fmt: skip
        self.lang = lang
        self.regular = regular
        frame = Frame(MARGIN, MARGIN, A4[0] - 2 * MARGIN, A4[1] - 2 * MARGIN, id="body")
        self.addPageTemplates([PageTemplate("page", [frame], onPage=self._footer)])

    def _footer(self, canvas, doc) -> None:
        if doc.page == 1:
            return
        canvas.saveState()
        canvas.setFont(self.regular, 8.5)
        canvas.setFillColor(colors.grey)
        canvas.drawString(MARGIN, 10 * mm, text(GUIDE, "title", self.lang))
        canvas.drawRightString(A4[0] - MARGIN, 10 * mm, text(GUIDE, "page", self.lang, n=doc.page))
        canvas.restoreState()

    def afterFlowable(self, flowable) -> None:
        if isinstance(flowable, Paragraph) and flowable.style.name == "h1":
            key = f"chapter-{self.seq.nextf('chapter')}"
            self.canv.bookmarkPage(key)
            self.canv.addOutlineEntry(flowable.getPlainText(), key, level=0)
            self.notify("TOCEntry", (0, flowable.getPlainText(), self.page, key))


def _picture(path, width: float) -> Image | None:
    if not path.is_file():
        return None
    w, h = ImageReader(str(path)).getSize()
    scale = min(width / w, (110 * mm) / h)
    return Image(str(path), width=w * scale, height=h * scale)


def _chapter(page: GuidePage, styles: dict[str, ParagraphStyle], width: float) -> list:
    def html(value: str) -> str:
        return inline_html(value, link=lambda slug: f"#{slug}")

    story: list = [Paragraph(f'<a name="{page.slug}"/>{html(page.title)}', styles["h1"])]
    for block in page.blocks:
        if block.kind in ("h2", "p"):
            story.append(Paragraph(html(block.text), styles["body" if block.kind == "p" else "h2"]))
        elif block.kind in ("ul", "ol"):
            story.append(
                ListFlowable(
                    [ListItem(Paragraph(html(i), styles["body"])) for i in block.items],
                    bulletType="bullet" if block.kind == "ul" else "1",
                    start="•" if block.kind == "ul" else "1",
                    bulletFontName=styles["body"].fontName,
                    leftIndent=14,
                )
            )
        elif block.kind == "img":
            picture = _picture(page.folder / block.src, width)
            if picture is not None:
                story += [Spacer(1, 4), picture, Paragraph(html(block.text), styles["caption"])]
    story.append(PageBreak())
    return story


def render_guide(lang: str = "id") -> bytes:
    """The whole guide in `lang` as an A4 PDF with a table of contents."""
    regular, bold = register_fonts()
    styles = _styles(regular, bold)
    out = io.BytesIO()
    doc = _GuideDoc(out, lang, regular)
    width = doc.width
    contents = TableOfContents()
    contents.levelStyles = [styles["toc"]]
    story: list = [
        Spacer(1, 70 * mm),
        Paragraph(text(GUIDE, "title", lang), styles["title"]),
        Paragraph(text(GUIDE, "subtitle", lang), styles["subtitle"]),
        Spacer(1, 10 * mm),
        Paragraph(text(GUIDE, "help_f1", lang), styles["subtitle"]),
        PageBreak(),
        Paragraph(text(GUIDE, "contents", lang), styles["h2"]),
        contents,
        PageBreak(),
    ]
    for page in load_guide(lang):
        story += _chapter(page, styles, width)
    doc.multiBuild(story)
    return out.getvalue()
