"""Errors a user can cause, carrying a message code so they reach them in their language."""

from __future__ import annotations

from koperasi.text import text
from koperasi.text.errors import MESSAGES


class KoperasiError(Exception):
    """A refusal with a clear sentence for the user; the book is left unchanged.

    Attributes:
      code: the message code in koperasi.text.errors.
      params: values substituted into the message.
    """

    def __init__(self, code: str, **params: object) -> None:
        self.code = code
        self.params = params
        super().__init__(code)

    def message(self, lang: str | None = None) -> str:
        """The sentence in `lang` ("id" or "en"); None means Indonesian. The caller (a screen,
        the command line) knows the user's language: core holds none."""
        return text(MESSAGES, self.code, lang, **self.params)

    def __str__(self) -> str:
        return self.message()


class BookLockedError(KoperasiError):
    """Another program holds the book for writing."""


class NotABookError(KoperasiError):
    """The file is not a Koperasi book, or it was made by a newer version."""
