"""A thermal printer's test page (halaman uji): the paper width as a ruler, bold and tall
letters, an amount aligned right and a cut, so a treasurer sees at once that the settings fit."""

from __future__ import annotations

from koperasi.core.fmt import rupiah
from koperasi.devices.escpos import Layout, Line, columns_for, escpos_bytes
from koperasi.text import text
from koperasi.text.i1315 import TEST_PAGE


def check_page_lines(
    cooperative: str, target: str, paper: int, day: str, lang: str = "id"
) -> list[Line]:
    columns = columns_for(paper)
    page = Layout(columns, lang)

    def say(key: str, **params: object) -> str:
        return text(TEST_PAGE, key, lang, **params)

    page.center(cooperative, bold=True)
    page.center(say("title"), bold=True, tall=True)
    page.rule("=")
    page.left(say("paper", paper=paper, columns=columns))
    page.left(say("target", target=target))
    page.left(say("printed", day=day))
    page.blank()
    page.left(say("ruler"))
    page.add("".join(str((i + 1) % 10) for i in range(columns)))
    page.add("+" + "-" * (columns - 2) + "+")
    page.left(say("bold"), bold=True)
    page.left(say("tall"))
    page.lines[-1] = Line(page.lines[-1].text, tall=True)
    page.amount(say("amount"), rupiah(1_234_567))
    page.rule()
    page.left(say("ok"))
    return page.lines


def render_check_page(
    cooperative: str, target: str, paper: int, day: str, lang: str = "id"
) -> bytes:
    """The test page as ESC/POS bytes (init ... cut)."""
    return escpos_bytes([check_page_lines(cooperative, target, paper, day, lang)])
