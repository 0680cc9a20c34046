"""The welcome screen and the new-book wizard, driven through their widgets."""

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QWizard

from koperasi.gui.kit.book_fields import parse_fee
from koperasi.gui.wizards.new_book import suggest_prefix
from tests.gui.conftest import settle


@pytest.fixture
def start(qtbot, runner):
    """The main window with no book open: the welcome screen."""
    from koperasi.gui.main_window import MainWindow

    window = MainWindow(runner, QSettings())
    qtbot.addWidget(window)
    window.show()
    return window


def next_button(wizard):
    return wizard.button(QWizard.WizardButton.NextButton)


def test_wizard_creates_the_book_with_its_profile_and_commodities(qtbot, start, runner, tmp_path):
    window = start
    assert window.central.currentWidget() is window.welcome
    assert window.welcome.create_button.text() == "&Mulai koperasi baru"
    wizard = window.welcome.create_book()
    qtbot.waitUntil(wizard.isVisible)

    profile = wizard.profile_page
    assert not next_button(wizard).isEnabled()  # the name is required
    qtbot.keyClicks(profile.edits["name"], "Koperasi Produsen Tani Sido Makmur")
    for key, text in {
        "village": "Sido Makmur",
        "district": "Pelawan",
        "regency": "Sarolangun",
        "province": "Jambi",
        "registration_no": "AHU-0012345.AH.01.26.TAHUN 2022",
        "chairman": "Sutrisno",
        "treasurer": "Wartini",
        "phone": "0745-91234",
    }.items():
        qtbot.keyClicks(profile.edits[key], text)
    assert next_button(wizard).isEnabled()
    qtbot.mouseClick(next_button(wizard), Qt.MouseButton.LeftButton)

    prefix = wizard.prefix_page
    assert wizard.currentPage() is prefix
    assert prefix.prefix_edit.text() == "SM"  # suggested from the name
    assert prefix.example.text() == "SM-0001"
    prefix.prefix_edit.selectAll()
    qtbot.keyClicks(prefix.prefix_edit, "S M")
    assert prefix.prefix_error.isVisible()
    assert "tidak valid" in prefix.prefix_error.text()
    assert not next_button(wizard).isEnabled()
    prefix.prefix_edit.selectAll()
    qtbot.keyClicks(prefix.prefix_edit, "sm")
    assert not prefix.prefix_error.isVisible()
    assert prefix.example.text() == "SM-0001"
    qtbot.mouseClick(next_button(wizard), Qt.MouseButton.LeftButton)

    commodities = wizard.commodities_page
    table = commodities.table
    assert [table.item(r, 0).text() for r in range(table.rowCount())] == ["Karet", "TBS Sawit"]
    assert [table.item(r, 2).text() for r in range(2)] == ["3", "25"]
    qtbot.mouseClick(commodities.add_button, Qt.MouseButton.LeftButton)
    assert table.rowCount() == 3
    table.item(2, 0).setText("Kopi")
    table.item(2, 2).setText("abc")
    assert commodities.errors.isVisible()
    assert commodities.errors.text().startswith("Baris 3: ")
    assert not next_button(wizard).isEnabled()
    table.item(2, 2).setText("2,5")
    assert not commodities.errors.isVisible()
    table.item(1, 0).setText("karet")  # the same name twice is refused
    assert "dua kali" in commodities.errors.text()
    table.item(1, 0).setText("TBS Sawit")
    qtbot.mouseClick(next_button(wizard), Qt.MouseButton.LeftButton)

    files = wizard.file_page
    assert files.path_edit.text().endswith("Koperasi Produsen Tani Sido Makmur.koperasi")
    assert "SM-0001" in files.summary.text()
    assert "Kopi (2,5 %)" in files.summary.text()
    path = tmp_path / "books" / "sido-makmur.koperasi"
    files.path_edit.selectAll()
    qtbot.keyClicks(files.path_edit, str(path))
    finish = wizard.button(QWizard.WizardButton.FinishButton)
    assert finish.isEnabled()
    qtbot.mouseClick(finish, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not wizard.isVisible(), timeout=10_000)
    settle(qtbot, runner)

    assert wizard.result() == QWizard.DialogCode.Accepted
    assert path.exists()
    assert runner.book_path == path
    assert window.central.currentWidget() is window.workspace
    book_profile = runner.call(lambda book: book.profile)
    assert book_profile.name == "Koperasi Produsen Tani Sido Makmur"
    assert book_profile.member_prefix == "SM"
    assert (book_profile.village, book_profile.regency) == ("Sido Makmur", "Sarolangun")
    assert book_profile.registration_no == "AHU-0012345.AH.01.26.TAHUN 2022"
    assert (book_profile.chairman, book_profile.treasurer) == ("Sutrisno", "Wartini")
    rows = runner.call(
        lambda book: [
            (c.name, c.fee_kind, c.fee_bp, c.fee_cents_per_kg, c.uses_quality)
            for c in book.commodities.list()
        ]
    )
    assert sorted(rows) == [
        ("Karet", "percent", 300, 0, True),
        ("Kopi", "percent", 250, 0, False),
        ("TBS Sawit", "per_kg", 0, 2500, False),
    ]
    member = runner.call(lambda book: book.members.add("Sutrisno"))
    assert member.number == "SM-0001"
    assert str(path.resolve()) in window.recent_books()


def test_an_existing_file_is_refused_with_the_books_sentence(qtbot, start, tmp_path):
    existing = tmp_path / "lama.koperasi"
    existing.write_bytes(b"not to be overwritten")
    wizard = start.welcome.create_book()
    qtbot.keyClicks(wizard.profile_page.edits["name"], "Koperasi Tani Maju")
    wizard.next()
    wizard.next()
    wizard.next()
    files = wizard.file_page
    assert wizard.currentPage() is files
    files.path_edit.selectAll()
    qtbot.keyClicks(files.path_edit, str(existing))
    assert files.path_error.isVisible()
    assert files.path_error.text() == (
        f"Berkas {existing} sudah ada; buku baru tidak menimpa berkas lain."
    )
    assert not wizard.button(QWizard.WizardButton.FinishButton).isEnabled()
    wizard.accept()  # even forced, nothing is created or overwritten
    assert wizard.isVisible()
    assert existing.read_bytes() == b"not to be overwritten"
    files.path_edit.selectAll()
    qtbot.keyClicks(files.path_edit, str(tmp_path / "baru"))
    assert not files.path_error.isVisible()
    assert files.path() == tmp_path / "baru.koperasi"  # the suffix is added


def test_recent_books_skip_missing_files_and_open_on_enter(qtbot, runner, small_book):
    from koperasi.gui.main_window import MainWindow

    settings = QSettings()
    settings.setValue("recent_books", [str(small_book), "/nowhere/gone.koperasi"])
    window = MainWindow(runner, settings)
    qtbot.addWidget(window)
    window.show()
    welcome = window.welcome
    assert welcome.recent_paths() == [str(small_book)]
    assert welcome.recent.isVisible()
    row = welcome.recent.itemWidget(welcome.recent.item(0))
    texts = [label.text() for label in row.findChildren(type(welcome.recent_heading))]
    assert texts == ["lembah-jaya.koperasi", str(Path(small_book).parent)]
    welcome.recent.setFocus()
    qtbot.keyClick(welcome.recent, Qt.Key.Key_Return)
    settle(qtbot, runner)
    assert runner.book_path == Path(small_book)
    assert window.central.currentWidget() is window.workspace


def test_no_recent_books_says_so(qtbot, start):
    assert start.welcome.recent_paths() == []
    assert not start.welcome.recent.isVisible()
    assert start.welcome.recent_empty.isVisible()


def test_fee_and_prefix_helpers():
    assert parse_fee("percent", "3") == 300
    assert parse_fee("percent", "2,5 %") == 250
    assert parse_fee("per_kg", "Rp 25") == 2500
    assert parse_fee("per_kg", "1.000") == 100_000
    assert parse_fee("per_kg", "12,50") == 1250
    assert suggest_prefix("Koperasi Produsen Tani Lembah Jaya") == "LJ"
    assert suggest_prefix("KUD Karya Bakti Mandiri Sejahtera") == "KBM"
    assert suggest_prefix("Koperasi") == "A"


def test_moving_in_from_the_welcome_screen_creates_the_book_then_opens_the_import(
    qtbot, start, runner, tmp_path
):
    window = start
    button = window.welcome.move_in_button
    assert button.isEnabled()
    assert button.text() == "&Pindah dari pembukuan lama"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    wizard = window.welcome.wizard
    qtbot.waitUntil(wizard.isVisible)
    qtbot.keyClicks(wizard.profile_page.edits["name"], "Koperasi Tani Lembah Jaya")
    wizard.next()
    wizard.next()
    wizard.next()
    path = tmp_path / "lembah-jaya.koperasi"
    wizard.file_page.path_edit.selectAll()
    qtbot.keyClicks(wizard.file_page.path_edit, str(path))
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.FinishButton), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not wizard.isVisible(), timeout=10_000)
    settle(qtbot, runner)
    assert runner.book_path == path
    qtbot.waitUntil(lambda: getattr(window, "moving_in", None) is not None)
    assert window.moving_in.isVisible()
    window.moving_in.close()
