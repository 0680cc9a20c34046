"""Anggota: the register table (also without a window), search, filters and the add form."""

from PySide6.QtCore import Qt

from koperasi.gui.models.member_table_model import MemberTableModel
from koperasi.gui.paged_model import RecordRole
from tests.gui.conftest import settle


def test_model_without_window_pages_and_filters(qtbot, runner, small_book):
    runner.open_book_sync(small_book)
    model = MemberTableModel(runner)
    model.PAGE_SIZE = 2  # force several pages
    model.reload()
    settle(qtbot, runner)
    assert model.rowCount() == 3
    assert [model.index(r, 1).data() for r in range(2)] == ["Siti Aminah", "Budi Santoso"]
    assert model.index(2, 0).data() == "…"  # the second page is on its way
    settle(qtbot, runner)
    assert model.index(2, 1).data() == "Rahmat Hidayat"
    assert model.headerData(5, Qt.Orientation.Horizontal) == "Status"
    model.set_query(model.query.__class__("pauh"))
    settle(qtbot, runner)
    assert model.rowCount() == 1
    assert model.index(0, 0).data(RecordRole).name == "Budi Santoso"
    model.set_query(model.query.__class__(""))
    model.sort(1, Qt.SortOrder.DescendingOrder)
    settle(qtbot, runner)
    model.index(2, 0).data()  # asks for the second page
    settle(qtbot, runner)
    assert [model.index(r, 1).data() for r in range(3)] == [
        "Siti Aminah",
        "Rahmat Hidayat",
        "Budi Santoso",
    ]


def test_type_ahead_and_add_member_with_inline_validation(qtbot, window, runner):
    window.go(1)
    page = window.members
    settle(qtbot, runner)
    assert page.model.rowCount() == 3
    qtbot.keyClicks(page.search, "siti")
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=3000)
    page.search.clear()
    dialog = page.start_new()
    qtbot.keyClicks(dialog.name_edit, "Sri Wahyuni")
    qtbot.keyClicks(dialog.nik_edit, "1234")
    assert dialog.nik_error.isVisible()
    assert dialog.nik_error.text().startswith("NIK 1234 tidak valid")
    assert not dialog.buttons.button(dialog.buttons.StandardButton.Save).isEnabled()
    dialog.nik_edit.clear()
    qtbot.keyClicks(
        dialog.nik_edit, "1503014507800001"
    )  # Siti's NIK: refused by the book, shown at the field
    dialog.save()
    qtbot.waitUntil(lambda: dialog.nik_error.isVisible(), timeout=3000)
    assert "sudah dipakai oleh anggota LJ-0001" in dialog.nik_error.text()
    dialog.nik_edit.clear()
    dialog.save()
    qtbot.waitUntil(lambda: dialog.saved is not None, timeout=3000)
    assert dialog.saved.number == "LJ-0004"
    settle(qtbot, runner)
    assert runner.call(lambda book: book.members.get("LJ-0004").name) == "Sri Wahyuni"
    assert page.model.rowCount() == 4


def test_language_switch_changes_the_screen(qtbot, window, runner):
    window.go(1)
    assert window.sidebar.item(1).text() == "Anggota"
    assert window.members.add_button.text() == "Tambah &anggota"
    window.set_language("en")
    assert window.sidebar.item(1).text() == "Members"
    assert window.members.add_button.text() == "&Add member"
    assert window.members.model.headerData(1, Qt.Orientation.Horizontal) == "Name"
    window.set_language("id")
    assert window.members.model.headerData(1, Qt.Orientation.Horizontal) == "Nama"
