"""What the RAT report's parts share: page constants, cell formats and the small flowables
(rules, bars, the monthly chart) they draw with."""

from __future__ import annotations

import itertools
import math
from collections.abc import Sequence

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable

from koperasi.core.fmt import group
from koperasi.pdf.paper import paper
from koperasi.pdf.styles import ACCENT, INK, MUTED, RULE, STRIPE, TINT, text_style

# The chart's price line, and its delivered bars (a stronger tint than the table headers).
PRICE = colors.HexColor("#b7791f")
TINT_STRONG = colors.HexColor("#a9c9b5")

ROMAN = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X")
LANDSCAPE_PARTS = frozenset({"shu", "komoditas"})

# The parts' table type size and the height of an SHU signing row.
SIZE = 8.5
SHU_ROW = 8.2 * mm
# When the signatures would land on a page of their own, this many rows go with them.
ROWS_WITH_SIGNATURES = 3


def amount(value: int) -> str:
    """A rupiah figure in a statement column: dot thousands, negatives in brackets, 0 as –."""
    if value == 0:
        return "–"
    return f"({group(-value)})" if value < 0 else group(value)


def count(value: int) -> str:
    """A head count in a column, 0 as –."""
    return group(value) if value else "–"


def price_cell(cents: int | None) -> str:
    """A price per kg in a column: always two decimals, so the column lines up on the comma."""
    return f"{group(cents // 100)},{cents % 100:02d}" if cents is not None else "–"


def axis_label(value: float) -> str:
    """An axis label: dot thousands, a decimal comma only when the step needs it."""
    if value == int(value):
        return group(int(value))
    return f"{value:.1f}".replace(".", ",")


# -- small flowables --------------------------------------------------------------------------


class Tail(Flowable):
    """Marks where a part's closing lines begin: they stay on the page of the signatures."""

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        pass


def restyle(base: ParagraphStyle, **changes: object) -> ParagraphStyle:
    """A variant of a paragraph style (the cover's larger title, a right-aligned cell)."""
    return ParagraphStyle(f"{base.name}-rat-{id(changes)}", base, **changes)


class Rule(Flowable):
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


class Across(Flowable):
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


class Bar(Flowable):
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


class MonthChart(Flowable):
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
            c.drawRightString(left - 1.5 * mm, y - 2, axis_label(kg_step * index))
            c.setFillColor(PRICE)
            c.drawString(
                left + plot_w + 1.5 * mm, y - 2, axis_label(price_min + price_step * index)
            )
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
