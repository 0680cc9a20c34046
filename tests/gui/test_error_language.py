"""A refusal reaches the user in the window's language: the screens pass it to the error."""

from __future__ import annotations

from koperasi.core.errors import KoperasiError
from koperasi.gui import i18n
from koperasi.gui.kit.messages import error_text


def test_error_text_follows_the_window_language():
    refused = KoperasiError("member.not_found", number="LJ-9999")
    assert error_text(refused) == "Anggota LJ-9999 tidak ditemukan."
    i18n.set_language("en")
    assert error_text(refused) == "Member LJ-9999 does not exist."
    # The window's choice stays in the window: core still says it in Indonesian by default.
    assert str(refused) == "Anggota LJ-9999 tidak ditemukan."
