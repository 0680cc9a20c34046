"""The one stylesheet: colours, type sizes per paper, paragraph and table styles."""

from __future__ import annotations

import functools
from dataclasses import dataclass

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm

from koperasi.pdf.fonts import register_fonts
from koperasi.pdf.paper import Paper

INK = colors.Color(0.08, 0.08, 0.08)
MUTED = colors.Color(0.38, 0.38, 0.38)
ACCENT = colors.HexColor("#1d5b3a")  # the cooperative's green, for titles and rules
TINT = colors.HexColor("#e8f0eb")  # table headers and the amount paid
STRIPE = colors.Color(0.965, 0.965, 0.965)
RULE = colors.Color(0.55, 0.55, 0.55)
VOID = colors.Color(0.78, 0.1, 0.1)
VOID_WATERMARK = colors.Color(0.78, 0.1, 0.1, alpha=0.16)


@dataclass(frozen=True)
class TextStyle:
    """Type sizes (points) and colours of a canvas-drawn document on one paper."""

    regular: str
    bold: str
    body: float
    small: float
    title: float
    big: float
    name: float
    leading: float  # line height as a multiple of the size
    ink: colors.Color
    muted: colors.Color
    accent: colors.Color
    tint: colors.Color | None
    void: colors.Color
    watermark: colors.Color

    def line(self, size: float) -> float:
        return size * self.leading


@functools.cache
def text_style(paper: Paper) -> TextStyle:
    regular, bold = register_fonts()
    if paper.key.startswith("a4"):
        sizes = {"body": 9.0, "small": 7.8, "title": 14.0, "big": 12.0, "name": 13.5}
    elif paper.key == "a5":
        sizes = {"body": 9.0, "small": 7.5, "title": 13.0, "big": 12.0, "name": 11.5}
    elif paper.key == "roll80":
        sizes = {"body": 8.0, "small": 6.8, "title": 10.5, "big": 10.5, "name": 9.0}
    else:
        sizes = {"body": 7.8, "small": 6.5, "title": 10.5, "big": 10.0, "name": 9.0}
    if paper.monochrome:
        # A thermal printer has no grey: everything black, the watermark a light dither.
        return TextStyle(
            regular,
            bold,
            **sizes,
            leading=1.28,
            ink=colors.black,
            muted=colors.black,
            accent=colors.black,
            tint=None,
            void=colors.black,
            watermark=colors.Color(0, 0, 0, alpha=0.12),
        )
    return TextStyle(
        regular,
        bold,
        **sizes,
        leading=1.28,
        ink=INK,
        muted=MUTED,
        accent=ACCENT,
        tint=TINT,
        void=VOID,
        watermark=VOID_WATERMARK,
    )


@functools.cache
def paragraph_styles() -> dict[str, ParagraphStyle]:
    """Styles of the flowing (platypus) documents: A4 sheets, statements and registers."""
    regular, bold = register_fonts()
    base = ParagraphStyle("body", fontName=regular, fontSize=9, leading=11.5, textColor=INK)
    styles = {
        "body": base,
        "small": ParagraphStyle("small", base, fontSize=7.5, leading=9.5, textColor=MUTED),
        "title": ParagraphStyle(
            "title",
            base,
            fontName=bold,
            fontSize=14,
            leading=17,
            alignment=TA_CENTER,
            textColor=ACCENT,
            spaceAfter=1 * mm,
        ),
        "subtitle": ParagraphStyle(
            "subtitle", base, fontSize=10, leading=12.5, alignment=TA_CENTER, spaceAfter=4 * mm
        ),
        "heading": ParagraphStyle(
            "heading",
            base,
            fontName=bold,
            fontSize=10,
            leading=13,
            textColor=ACCENT,
            spaceBefore=3 * mm,
            spaceAfter=1.5 * mm,
        ),
        "label": ParagraphStyle("label", base, textColor=MUTED),
        "value": ParagraphStyle("value", base),
        "value_bold": ParagraphStyle("value_bold", base, fontName=bold),
        "cell": ParagraphStyle("cell", base, fontSize=8.5, leading=10.5),
        "cell_muted": ParagraphStyle(
            "cell_muted", base, fontSize=8.5, leading=10.5, textColor=MUTED
        ),
        "cell_bold": ParagraphStyle("cell_bold", base, fontName=bold, fontSize=8.5, leading=10.5),
        "cell_right": ParagraphStyle(
            "cell_right", base, fontSize=8.5, leading=10.5, alignment=TA_RIGHT
        ),
        "head": ParagraphStyle(
            "head", base, fontName=bold, fontSize=8, leading=10, textColor=ACCENT, alignment=TA_LEFT
        ),
        "head_right": ParagraphStyle(
            "head_right",
            base,
            fontName=bold,
            fontSize=8,
            leading=10,
            textColor=ACCENT,
            alignment=TA_RIGHT,
        ),
        "head_center": ParagraphStyle(
            "head_center",
            base,
            fontName=bold,
            fontSize=8,
            leading=10,
            textColor=ACCENT,
            alignment=TA_CENTER,
        ),
        "sign": ParagraphStyle("sign", base, alignment=TA_CENTER),
        "sign_name": ParagraphStyle("sign_name", base, fontName=bold, alignment=TA_CENTER),
    }
    return styles


def table_commands(header_rows: int = 1, zebra: bool = True, rows: int = 0) -> list[tuple]:
    """The house table look: a tinted header row, thin rules, optional light stripes."""
    regular, _ = register_fonts()
    commands: list[tuple] = [
        ("FONT", (0, 0), (-1, -1), regular, 8.5),
        ("TEXTCOLOR", (0, 0), (-1, -1), INK),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 2.2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.6),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
        ("BACKGROUND", (0, 0), (-1, header_rows - 1), TINT),
        ("LINEABOVE", (0, 0), (-1, 0), 0.9, ACCENT),
        ("LINEBELOW", (0, header_rows - 1), (-1, header_rows - 1), 0.6, ACCENT),
        ("VALIGN", (0, 0), (-1, header_rows - 1), "BOTTOM"),
    ]
    if zebra:
        for row in range(header_rows + 1, rows, 2):
            commands.append(("BACKGROUND", (0, row), (-1, row), STRIPE))
    return commands
