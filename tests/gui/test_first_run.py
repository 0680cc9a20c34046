"""First run on a treasurer's PC: books in Documents/Koperasi, an About that names the book."""

from __future__ import annotations

from PySide6.QtCore import QStandardPaths

from koperasi.gui import paths
from koperasi.gui.wizards.new_book import default_book_path
from tests.gui.conftest import settle


def test_books_and_the_demo_live_in_documents_koperasi(tmp_path, monkeypatch):
    monkeypatch.setattr(
        QStandardPaths,
        "writableLocation",
        staticmethod(lambda kind: str(tmp_path / kind.name)),
    )
    documents = tmp_path / "DocumentsLocation" / "Koperasi"
    assert paths.demo_book_path() == documents / "demo.koperasi"
    assert default_book_path("Koperasi Tani Lembah Jaya") == (
        documents / "Koperasi Tani Lembah Jaya.koperasi"
    )
    assert documents.is_dir()  # made on the first new book, so creating it cannot fail
    assert paths.log_path() == tmp_path / "AppDataLocation" / "koperasi.log"


def test_about_names_the_version_the_book_and_its_database_version(
    qtbot, window, runner, small_book, modal_dialogs
):
    from koperasi import __version__

    window.about()
    settle(qtbot, runner)
    (about,) = modal_dialogs.expect()
    assert f"Koperasi {__version__}" in about
    assert str(small_book) in about
    version = runner.call(lambda book: book.schema_version())
    assert version.startswith("00")
    assert f"Versi basis data: {version}" in about
    assert f"Berkas log: {paths.log_path()}" in about
