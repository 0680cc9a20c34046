"""The catalogue of sentences: every entry in both languages, every code and key the program
asks for present, and no language held anywhere in core."""

from __future__ import annotations

import ast
import re
import string
from pathlib import Path

import pytest

from koperasi.core.errors import KoperasiError
from koperasi.text import documents, errors, text

PACKAGE = Path(__file__).resolve().parents[2] / "koperasi"
TEXT_DIR = PACKAGE / "text"


def tables() -> list[tuple[str, str, dict[str, tuple[str, str]]]]:
    """Every table of every koperasi/text module: (module, name, table)."""
    import importlib

    found = []
    for path in sorted(TEXT_DIR.glob("*.py")):
        if path.name == "__init__.py":
            continue
        module = importlib.import_module(f"koperasi.text.{path.stem}")
        for name, value in vars(module).items():
            if name.isupper() and isinstance(value, dict):
                found.append((path.stem, name, value))
    return found


def fields(sentence: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(sentence) if name}


def test_the_catalogue_has_the_tables_we_expect():
    names = {f"{module}.{name}" for module, name, _ in tables()}
    assert {"errors.MESSAGES", "documents.SHARED", "documents.RAT"} <= names


@pytest.mark.parametrize(("module", "name", "table"), tables(), ids=lambda v: str(v)[:20])
def test_every_entry_speaks_both_languages(module, name, table):
    for key, entry in table.items():
        assert isinstance(entry, tuple) and len(entry) == 2, f"{module}.{name}[{key!r}]"
        indonesian, english = entry
        assert indonesian.strip() and english.strip(), f"{module}.{name}[{key!r}]"
        # Both languages fill the same placeholders: a caller passes one set of values.
        assert fields(indonesian) == fields(english), f"{module}.{name}[{key!r}]"


def test_text_fills_placeholders_in_the_chosen_language():
    assert text(documents.SHARED, "page_of", "en", page=1, pages=3) == "Page 1 of 3"
    assert text(documents.SHARED, "page_of", "id", page=1, pages=3) == "Halaman 1 dari 3"
    assert text(documents.SHARED, "page_of", None, page=1, pages=3) == "Halaman 1 dari 3"


def test_an_error_speaks_the_language_it_is_asked_for_and_holds_none():
    error = KoperasiError("member.not_found", number="LJ-9999")
    english = error.message("en")
    assert english == "Member LJ-9999 does not exist."
    indonesian = error.message("id")
    assert indonesian != english
    # No language is remembered: asking in English first leaves the default Indonesian.
    assert error.message() == indonesian
    assert str(error) == indonesian


def test_core_holds_no_language():
    for path in (PACKAGE / "core").rglob("*.py"):
        source = path.read_text(encoding="utf-8")
        assert "set_language" not in source, path
        assert "KOPERASI_LANG" not in source, path
        assert "_language" not in source, path


def error_codes_raised() -> set[tuple[str, str]]:
    """(file, code) of every KoperasiError-like call with a literal code in the program."""
    found = set()
    for path in PACKAGE.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Name)
                and node.func.id.endswith("Error")
                and node.args
                and isinstance(node.args[0], ast.Constant)
                and isinstance(node.args[0].value, str)
                and re.fullmatch(r"[a-z_]+\.[a-z_.]+", node.args[0].value)
            ):
                found.add((str(path.relative_to(PACKAGE)), node.args[0].value))
    return found


def test_every_error_code_raised_has_a_sentence():
    codes = error_codes_raised()
    assert len(codes) > 50  # the scan sees the program's refusals
    assert sorted(c for c in codes if c[1] not in errors.MESSAGES) == []
