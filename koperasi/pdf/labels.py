"""The words a document prints, in its language, read from koperasi.text.documents."""

from __future__ import annotations

from koperasi.text import LANGUAGES, Table, text
from koperasi.text.documents import SHARED

# A count of one takes the singular entry "<key>.one" when the catalogue has one.
_COUNTS = ("n", "months")


class Labels:
    """The labels of one language: labels("page_of", page=1, pages=3).

    `own` is the document's own table (koperasi.text.documents.RAT, ...), read before SHARED:
    a document may say a shared key its own way ("debit" in the journal)."""

    def __init__(self, lang: str, own: Table | None = None) -> None:
        self.lang = lang if lang in LANGUAGES else "id"
        self._tables = (own, SHARED) if own else (SHARED,)

    def __contains__(self, key: str) -> bool:
        return any(key in table for table in self._tables)

    def __call__(self, key: str, **params: object) -> str:
        if any(params.get(count) == 1 for count in _COUNTS) and f"{key}.one" in self:
            key = f"{key}.one"
        for table in self._tables:
            if key in table:
                return text(table, key, self.lang, **params)
        raise KeyError(key)
