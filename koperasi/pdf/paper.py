"""Page geometry of every paper the documents print on."""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.lib.pagesizes import A4, A5, A6, landscape
from reportlab.lib.units import mm


@dataclass(frozen=True)
class Paper:
    """A paper size and the margins a document keeps on it.

    Attributes:
      key: "a4", "a4-landscape", "a5", "a6" or "roll80".
      width: page width in points.
      height: page height in points, or None for a roll, whose page is as long as its content.
      margin: left and right margin (and top and bottom on sheets) in points.
      narrow: little width (A6, roll): tables fold onto two lines, signatures shrink.
      monochrome: a thermal printer: no tints, black only.
    """

    key: str
    width: float
    height: float | None
    margin: float
    narrow: bool = False
    monochrome: bool = False

    @property
    def is_roll(self) -> bool:
        return self.height is None

    @property
    def body_width(self) -> float:
        return self.width - 2 * self.margin


PAPERS: dict[str, Paper] = {
    "a4": Paper("a4", *A4, margin=15 * mm),
    "a4-landscape": Paper("a4-landscape", *landscape(A4), margin=12 * mm),
    "a5": Paper("a5", *A5, margin=12 * mm),
    "a6": Paper("a6", *A6, margin=7 * mm, narrow=True),
    # An 80 mm receipt printer prints 72 mm of it (576 dots at 203 dpi).
    "roll80": Paper("roll80", 80 * mm, None, margin=4 * mm, narrow=True, monochrome=True),
}


def paper(key: str) -> Paper:
    try:
        return PAPERS[key.lower()]
    except KeyError:
        raise ValueError(f"unknown paper {key!r}; expected one of {', '.join(PAPERS)}") from None
