"""Panduan Bendahara: every page, link and picture resolves in both languages, every button
or menu the guide names is a text the screens really show, and the printed guide holds
every workflow."""

from __future__ import annotations

import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pypdf
import pytest

from koperasi.core import guide
from koperasi.core.guide import load_guide, parse_page, plain

I18N = Path(__file__).resolve().parents[1] / "resources" / "i18n"
WORKFLOWS = {
    "id": [
        "Hari pertama",
        "Penimbangan harian",
        "Penjualan bersama dan pembagiannya",
        "Hari pembayaran",
        "Simpanan dan pinjaman",
        "Akhir bulan",
        "Akhir tahun dan RAT",
        "Cadangan dan pemulihan",
        "Listrik padam dan buku sedang dipakai",
    ],
    "en": [
        "The first day",
        "The daily weighing",
        "A collective sale and its settlement",
        "Payout day",
        "Savings and loans",
        "Month end",
        "Year end and the RAT",
        "Backups and restore",
        'After a power cut, and "the book is in use"',
    ],
}


def screen_texts(lang: str) -> set[str]:
    """What the screens show: the Indonesian translations, or the English sources, without
    their '&' accelerators (a literal '&&' shows as '&')."""
    root = ET.parse(I18N / "koperasi_id.ts").getroot()
    texts = set()
    for message in root.iter("message"):
        if lang == "en":
            value = message.findtext("source")
        else:
            translation = message.find("translation")
            value = translation.text if translation is not None else None
        if value:
            # "&X" marks the accelerator; "&&" and "& " (Simpanan & Pinjaman) show as "&"
            texts.add(re.sub(r"&(?=[^\s&])", "", value).replace("&&", "&"))
    return texts


@pytest.mark.parametrize("lang", ["id", "en"])
def test_every_workflow_has_a_page(lang):
    pages = load_guide(lang)
    assert len(pages) >= 12
    assert [p.number for p in pages] == list(range(1, len(pages) + 1))
    titles = [plain(p.title) for p in pages]
    assert set(WORKFLOWS[lang]) <= set(titles)
    for page in pages:
        assert page.title and page.blocks, page.slug
        words = sum(len(plain(t).split()) for t in page.inline_texts())
        assert 60 <= words <= 450, f"{page.slug}: {words} words (each page short)"


def test_both_languages_have_the_same_pages_and_pictures():
    indonesian, english = load_guide("id"), load_guide("en")
    assert [p.number for p in indonesian] == [p.number for p in english]
    for a, b in zip(indonesian, english, strict=True):
        assert [x.name for x in a.pictures()] == [x.name for x in b.pictures()], a.slug
        assert len(a.screen_names()) == len(b.screen_names()), a.slug
        assert len(a.links()) == len(b.links()), a.slug


@pytest.mark.parametrize("lang", ["id", "en"])
def test_every_link_and_picture_resolves(lang):
    pages = load_guide(lang)
    slugs = {p.slug for p in pages}
    for page in pages:
        assert set(page.links()) <= slugs, page.slug
        for picture in page.pictures():
            assert picture.is_file() and picture.stat().st_size > 10_000, picture
    # the screens with a picture: most of them
    assert sum(bool(p.pictures()) for p in pages) >= 10


@pytest.mark.parametrize("lang", ["id", "en"])
def test_the_names_of_buttons_and_menus_are_the_screens_own(lang):
    shown = screen_texts(lang)
    pages = load_guide(lang)
    names = [(page.slug, name) for page in pages for name in page.screen_names()]
    assert len(names) >= 100
    assert [(slug, name) for slug, name in names if name not in shown] == []


def test_a_name_the_screens_do_not_show_is_caught(tmp_path):
    page = parse_page("x", "# X\n\nPress {{Simpan semuanya}} and {{Simpan penjualan}}.", tmp_path)
    shown = screen_texts("id")
    assert [n for n in page.screen_names() if n not in shown] == ["Simpan semuanya"]


def test_the_parser_reads_every_block(tmp_path):
    page = parse_page(
        "a",
        "# Title\n\nOne **bold** [link](b).\n\n## Steps\n1. first\n2. second\n  goes on\n"
        "- point\n\n![Caption](img/x.png)\n",
        tmp_path,
        4,
    )
    assert [b.kind for b in page.blocks] == ["p", "h2", "ol", "ul", "img"]
    assert page.blocks[2].items == ("first", "second goes on")
    assert page.links() == ["b"] and page.pictures() == [tmp_path / "img/x.png"]
    assert page.headings() == ["Steps"] and page.number == 4
    html = guide.inline_html("Tekan {{Simpan}} <b> [x](y)", link=lambda s: f"#{s}")
    assert html == 'Tekan <b>Simpan</b> &lt;b&gt; <a href="#y">x</a>'


def normalized(value: str) -> str:
    return re.sub(r"\s+", " ", value).strip()


@pytest.mark.parametrize("lang", ["id", "en"])
def test_the_printed_guide_holds_every_workflow(tmp_path, lang):
    out = tmp_path / f"panduan-{lang}.pdf"
    done = subprocess.run(
        [sys.executable, "-m", "koperasi", "--lang", lang, "print", "guide", "-o", str(out)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert str(out) in done.stdout
    reader = pypdf.PdfReader(out)
    assert reader.pages[0].mediabox.width == pytest.approx(595.28, abs=1)  # A4
    pages = [normalized(p.extract_text()) for p in reader.pages]
    contents = pages[1]
    assert ("Daftar isi" if lang == "id" else "Contents") in contents
    text = " ".join(pages)
    for page in load_guide(lang):
        title = normalized(plain(page.title))
        assert title in contents, title  # in the table of contents
        assert text.count(title) >= 2, title  # and as the chapter's heading
        for heading in page.headings():
            assert normalized(heading) in text, heading
    assert len(reader.pages) >= len(load_guide(lang)) + 2
    assert len(reader.outline) == len(load_guide(lang))
