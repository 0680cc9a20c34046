"""The treasurer's guide (Panduan Bendahara): its pages, read from resources/guide/LANG/.

Each page is a small Markdown file, NN-slug.md, in the order of its number:

    # Title                  the page's title (one, first line)
    ## Heading               a heading inside the page
    Text **bold** [a link](other-slug) {{Button name}}
    - a point                a list; "1. step" for numbered steps
    ![what it shows](img/picture.png)   a picture, on a line of its own

{{...}} names a button, menu or field exactly as the screen shows it (without its "&"
accelerator); tests/test_guide.py checks every one against the translation catalogue, so
the guide cannot drift from the screens. Links name another page by its slug. The same
blocks become the help window's HTML (koperasi/gui/help.py) and the printed guide
(koperasi/pdf/guide.py).
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

GUIDE_DIR = Path(__file__).resolve().parents[2] / "resources" / "guide"
LANGUAGES = ("id", "en")

# The pages by number, as the screens ask for them (the same in every language).
FIRST_DAY, HOME, MEMBERS, WEIGHING, SALE, PAYOUT, SAVINGS_LOANS, CASH = range(1, 9)
MONTH_END, YEAR_END, BACKUPS, TROUBLE, SETTINGS = range(9, 14)
MOVING_IN = 14

_SCREEN_NAME = re.compile(r"\{\{(.+?)\}\}")
_BOLD = re.compile(r"\*\*(.+?)\*\*")
_LINK = re.compile(r"\[([^\]]+)\]\(([^)\s]+)\)")
_IMAGE = re.compile(r"^!\[([^\]]*)\]\(([^)\s]+)\)$")
_NUMBERED = re.compile(r"^\d+\.\s+")


@dataclass(frozen=True)
class Block:
    """One block of a page: kind is "h2", "p", "ul", "ol" or "img"; items holds the list's
    points (inline text), text the heading's or paragraph's text, or the picture's caption,
    and src the picture's path relative to the language's folder."""

    kind: str
    text: str = ""
    items: tuple[str, ...] = ()
    src: str = ""


@dataclass(frozen=True)
class GuidePage:
    """One page; number is the same in every language (the screens' F1 asks for it), the
    slug is the page's name in its language (links between pages use it)."""

    slug: str
    title: str
    blocks: tuple[Block, ...]
    folder: Path
    number: int = 0

    def inline_texts(self) -> list[str]:
        """Every piece of running text (headings, paragraphs, points, captions)."""
        texts = [self.title]
        for block in self.blocks:
            texts.extend(block.items or (block.text,))
        return texts

    def screen_names(self) -> list[str]:
        return [name for text in self.inline_texts() for name in _SCREEN_NAME.findall(text)]

    def links(self) -> list[str]:
        return [target for text in self.inline_texts() for _, target in _LINK.findall(text)]

    def pictures(self) -> list[Path]:
        return [self.folder / block.src for block in self.blocks if block.kind == "img"]

    def headings(self) -> list[str]:
        return [plain(b.text) for b in self.blocks if b.kind == "h2"]


def parse_page(slug: str, text: str, folder: Path, number: int = 0) -> GuidePage:
    lines = text.splitlines()
    title = ""
    blocks: list[Block] = []
    paragraph: list[str] = []
    items: list[str] = []
    list_kind = ""

    def end_paragraph() -> None:
        if paragraph:
            blocks.append(Block("p", " ".join(paragraph)))
            paragraph.clear()

    def end_list() -> None:
        nonlocal list_kind
        if items:
            blocks.append(Block(list_kind, items=tuple(items)))
            items.clear()
        list_kind = ""

    for raw in lines:
        line = raw.strip()
        image = _IMAGE.match(line)
        if not line:
            end_paragraph()
            end_list()
        elif line.startswith("# ") and not title:
            title = line[2:].strip()
        elif line.startswith("## "):
            end_paragraph()
            end_list()
            blocks.append(Block("h2", line[3:].strip()))
        elif image:
            end_paragraph()
            end_list()
            blocks.append(Block("img", image.group(1), src=image.group(2)))
        elif line.startswith("- ") or _NUMBERED.match(line):
            end_paragraph()
            kind = "ul" if line.startswith("- ") else "ol"
            if list_kind and kind != list_kind:
                end_list()
            list_kind = kind
            items.append(line[2:].strip() if kind == "ul" else _NUMBERED.sub("", line))
        elif items and raw.startswith("  "):
            items[-1] += " " + line  # a point continued on the next line
        else:
            end_list()
            paragraph.append(line)
    end_paragraph()
    end_list()
    return GuidePage(slug, title, tuple(blocks), folder, number)


def page_files(lang: str) -> list[Path]:
    return sorted((GUIDE_DIR / lang).glob("[0-9][0-9]-*.md"))


def slug_of(path: Path) -> str:
    return path.stem.split("-", 1)[1]


def load_guide(lang: str) -> list[GuidePage]:
    """The guide's pages in their order (Indonesian when the language has none)."""
    if lang not in LANGUAGES:
        lang = LANGUAGES[0]
    folder = GUIDE_DIR / lang
    return [
        parse_page(slug_of(path), path.read_text(encoding="utf-8"), folder, int(path.name[:2]))
        for path in page_files(lang)
    ]


def plain(text: str) -> str:
    """The inline text without its marks, as a reader sees it."""
    text = _SCREEN_NAME.sub(r"\1", text)
    text = _BOLD.sub(r"\1", text)
    return _LINK.sub(r"\1", text)


def inline_html(
    text: str,
    link: Callable[[str], str] = lambda slug: slug,
    screen_name: str = "<b>{}</b>",
) -> str:
    """The inline text as HTML: **bold**, links (href from link(slug)), screen names."""
    out = html.escape(text, quote=False)
    out = _SCREEN_NAME.sub(lambda m: screen_name.format(m.group(1)), out)
    out = _BOLD.sub(r"<b>\1</b>", out)
    return _LINK.sub(lambda m: f'<a href="{html.escape(link(m.group(2)))}">{m.group(1)}</a>', out)


def page_html(page: GuidePage, link: Callable[[str], str], picture: Callable[[str], str]) -> str:
    """A page as HTML for a QTextBrowser: title, headings, text, lists and pictures."""
    name = '<span style="background:#e6efe9; border-radius:3px;"><b>&nbsp;{}&nbsp;</b></span>'
    parts = [f"<h1>{inline_html(page.title, link, name)}</h1>"]
    for block in page.blocks:
        if block.kind == "h2":
            parts.append(f"<h2>{inline_html(block.text, link, name)}</h2>")
        elif block.kind == "p":
            parts.append(f"<p>{inline_html(block.text, link, name)}</p>")
        elif block.kind in ("ul", "ol"):
            points = "".join(f"<li>{inline_html(i, link, name)}</li>" for i in block.items)
            parts.append(f"<{block.kind}>{points}</{block.kind}>")
        elif block.kind == "img":
            caption = html.escape(block.text)
            parts.append(
                f'<p align="center"><img src="{picture(block.src)}" width="600"'
                f' alt="{caption}"><br><small>{caption}</small></p>'
            )
    return "\n".join(parts)
