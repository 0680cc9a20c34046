"""Every sentence and label the program shows outside Qt, in Indonesian and English.

One catalogue per area (errors.py: refusals; cli.py: the command line; documents.py: printed
documents; checks.py: `koperasi check`), each a dict of key -> (Bahasa Indonesia, English).
One lookup, `text()`, with the language passed explicitly: no module holds a current
language. The GUI keeps Qt Linguist for its screen strings.

This package is a leaf: it imports nothing of ours, and every part of the program may use it.
"""

from __future__ import annotations

from collections.abc import Mapping

LANGUAGES = ("id", "en")
DEFAULT_LANGUAGE = "id"

Table = Mapping[str, tuple[str, str]]


def text(table: Table, key: str, lang: str | None = None, **params: object) -> str:
    """The entry `key` of `table` in `lang` ("id" or "en"; None means Indonesian), with its
    {placeholders} filled from params. An unknown key is a programming error (KeyError)."""
    indonesian, english = table[key]
    chosen = english if lang == "en" else indonesian
    return chosen.format(**params) if params else chosen


def check_language(lang: str) -> str:
    """`lang` if the program speaks it; a ValueError otherwise."""
    if lang not in LANGUAGES:
        raise ValueError(f"unknown language {lang!r}")
    return lang
