"""Pengaturan: profile, logo, commodities, member prefix, paper and the two languages."""

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage

from tests.gui.conftest import settle


def open_settings(qtbot, window, runner):
    window.go(window.pages.index(window.settings_page))
    settle(qtbot, runner)
    page = window.settings_page
    assert page.data is not None
    return page


def retype(qtbot, edit, text):
    """Replace a field's text as a user would (selecting it, then typing)."""
    edit.setFocus()
    edit.selectAll()
    if text:
        qtbot.keyClicks(edit, text)
    else:
        qtbot.keyClick(edit, Qt.Key.Key_Delete)


def test_profile_is_shown_and_saved(qtbot, window, runner):
    page = open_settings(qtbot, window, runner)
    edits = page.profile_edits
    assert edits["name"].text() == "Koperasi Produsen Tani Lembah Jaya"
    assert edits["regency"].text() == "Sarolangun"
    assert not page.save_profile_button.isEnabled()  # nothing changed yet

    retype(qtbot, edits["name"], "")
    assert page.name_error.isVisible()
    assert page.name_error.text() == "Nama koperasi wajib diisi."
    assert not page.save_profile_button.isEnabled()

    retype(qtbot, edits["name"], "Koperasi Produsen Tani Lembah Jaya Sejahtera")
    retype(qtbot, edits["chairman"], "H. Ali Hamzah")
    retype(qtbot, edits["treasurer"], "Painem")
    retype(qtbot, edits["registration_no"], "AHU-0075606.AH.01.26.TAHUN 2021")
    assert not page.name_error.isVisible()
    qtbot.mouseClick(page.save_profile_button, Qt.MouseButton.LeftButton)
    settle(qtbot, runner)
    profile = runner.call(lambda book: book.profile)
    assert profile.name == "Koperasi Produsen Tani Lembah Jaya Sejahtera"
    assert (profile.chairman, profile.treasurer) == ("H. Ali Hamzah", "Painem")
    assert profile.registration_no == "AHU-0075606.AH.01.26.TAHUN 2021"
    assert profile.regency == "Sarolangun"  # untouched fields stay
    assert page.profile_status.text() == "Profil tersimpan."
    assert not page.save_profile_button.isEnabled()


def test_unsaved_profile_text_survives_a_refresh(qtbot, window, runner):
    page = open_settings(qtbot, window, runner)
    retype(qtbot, page.profile_edits["phone"], "0745-91000")
    window.go(1)
    window.go(window.pages.index(window.settings_page))
    settle(qtbot, runner)
    assert page.profile_edits["phone"].text() == "0745-91000"


def test_commodity_add_and_edit(qtbot, window, runner):
    page = open_settings(qtbot, window, runner)
    table = page.commodity_table
    assert [table.item(r, 0).text() for r in range(table.rowCount())] == ["Karet", "TBS Sawit"]
    assert [table.item(r, 1).text() for r in range(2)] == ["3 %", "Rp 25/kg"]

    dialog = page.add_commodity()
    qtbot.keyClicks(dialog.name_edit, "karet")
    qtbot.keyClicks(dialog.fee_edit, "4")
    dialog.save()
    qtbot.waitUntil(dialog.name_error.isVisible, timeout=3000)
    assert dialog.name_error.text() == "Komoditas karet sudah ada."
    retype(qtbot, dialog.name_edit, "Kopi")
    dialog.per_kg_radio.setChecked(True)
    retype(qtbot, dialog.fee_edit, "12,5x")
    assert dialog.fee_error.isVisible()
    assert not dialog.buttons.button(dialog.buttons.StandardButton.Save).isEnabled()
    retype(qtbot, dialog.fee_edit, "150")
    assert dialog.fee_unit.text() == "Rp/kg"
    dialog.save()
    qtbot.waitUntil(lambda: dialog.saved is not None, timeout=3000)
    settle(qtbot, runner)
    kopi = runner.call(lambda book: book.commodities.get("Kopi"))
    assert (kopi.fee_kind, kopi.fee_cents_per_kg, kopi.uses_quality) == ("per_kg", 15_000, False)
    assert table.rowCount() == 3
    assert [table.item(r, 0).text() for r in range(3)] == ["Karet", "TBS Sawit", "Kopi"]
    assert table.item(2, 1).text() == "Rp 150/kg"

    table.selectRow(0)
    dialog = page.edit_commodity()
    assert dialog.name_edit.text() == "Karet"
    assert dialog.fee_edit.text() == "3"
    assert dialog.quality_check.isChecked()
    retype(qtbot, dialog.fee_edit, "2,5")
    dialog.save()
    qtbot.waitUntil(lambda: dialog.saved is not None, timeout=3000)
    settle(qtbot, runner)
    karet = runner.call(lambda book: book.commodities.get("Karet"))
    assert (karet.fee_kind, karet.fee_bp, karet.uses_quality, karet.active) == (
        "percent",
        250,
        True,
        True,
    )
    assert table.item(0, 1).text() == "2,5 %"

    table.selectRow(2)
    dialog = page.edit_commodity()
    dialog.active_check.setChecked(False)
    dialog.save()
    qtbot.waitUntil(lambda: dialog.saved is not None, timeout=3000)
    settle(qtbot, runner)
    assert not runner.call(lambda book: book.commodities.get("Kopi").active)
    assert table.item(2, 3).text() == "Tidak aktif"


def test_member_prefix(qtbot, window, runner):
    page = open_settings(qtbot, window, runner)
    assert page.prefix_edit.text() == "LJ"
    assert page.prefix_example.text() == "Contoh: LJ-0001"
    retype(qtbot, page.prefix_edit, "L J")
    assert page.prefix_error.isVisible()
    assert not page.save_prefix_button.isEnabled()
    retype(qtbot, page.prefix_edit, "ljs")
    assert page.prefix_example.text() == "Contoh: LJS-0001"
    qtbot.mouseClick(page.save_prefix_button, Qt.MouseButton.LeftButton)
    settle(qtbot, runner)
    assert runner.call(lambda book: book.profile.member_prefix) == "LJS"
    assert page.prefix_edit.text() == "LJS"
    assert runner.call(lambda book: book.members.add("Yusnidar").number) == "LJS-0004"


def test_paper_per_document(qtbot, window, runner):
    page = open_settings(qtbot, window, runner)
    receipt, slip = page.paper_combos["receipt"], page.paper_combos["slip"]
    assert (receipt.currentData(), slip.currentData()) == ("a6", "a5")
    assert [slip.itemData(i) for i in range(slip.count())] == ["a5", "a6", "roll80"]
    assert slip.itemText(2) == "Kertas gulung 80 mm (printer thermal)"
    slip.setCurrentIndex(2)
    slip.activated.emit(2)
    receipt.setCurrentIndex(1)
    receipt.activated.emit(1)
    settle(qtbot, runner)
    assert runner.call(lambda book: book.document_paper("slip")) == "roll80"
    assert runner.call(lambda book: book.document_paper("receipt")) == "roll80"


def test_logo_choose_preview_and_remove(qtbot, window, runner, tmp_path):
    page = open_settings(qtbot, window, runner)
    assert page.logo_preview.text() == "Belum ada logo"
    assert not page.remove_logo_button.isEnabled()
    image = QImage(1200, 800, QImage.Format.Format_RGB32)
    image.fill(QColor("#1d5b3a"))
    big = tmp_path / "logo.png"
    image.save(str(big))
    page.set_logo_file(big)
    settle(qtbot, runner)
    logo = runner.call(lambda book: book.profile.logo)
    assert logo.startswith(b"\x89PNG")
    stored = QImage.fromData(logo)
    assert (stored.width(), stored.height()) == (600, 400)  # scaled down, proportions kept
    assert not page.logo_preview.pixmap().isNull()
    assert page.remove_logo_button.isEnabled()

    text = tmp_path / "notes.png"
    text.write_text("not a picture")
    page.set_logo_file(text)
    assert page.logo_error.isVisible()
    assert "notes.png bukan gambar" in page.logo_error.text()
    assert runner.call(lambda book: book.profile.logo) == logo  # unchanged

    qtbot.mouseClick(page.remove_logo_button, Qt.MouseButton.LeftButton)
    settle(qtbot, runner)
    assert runner.call(lambda book: book.profile.logo) is None
    assert page.logo_preview.text() == "Belum ada logo"


def test_language_switch_changes_texts_and_keeps_typed_text(qtbot, window, runner):
    page = open_settings(qtbot, window, runner)
    retype(qtbot, page.profile_edits["chairman"], "Bapak Sutrisno")
    retype(qtbot, page.prefix_edit, "KTM")
    assert page.save_profile_button.text() == "&Simpan profil"
    assert page.profile_labels["chairman"].text() == "&Ketua"

    combo = page.window_language_combo
    combo.setCurrentIndex(combo.findData("en"))
    combo.activated.emit(combo.currentIndex())
    qtbot.waitUntil(lambda: combo.currentData() == "en", timeout=3000)
    assert window.sidebar.item(window.pages.index(window.settings_page)).text() == "Settings"
    assert page.save_profile_button.text() == "&Save profile"
    assert page.profile_labels["chairman"].text() == "&Chairman"
    assert page.paper_labels["slip"].text() == "Payout s&lips"
    assert page.commodity_table.item(0, 3).text() == "In use"
    assert page.profile_edits["chairman"].text() == "Bapak Sutrisno"  # typed text kept
    assert page.prefix_edit.text() == "KTM"
    assert page.save_profile_button.isEnabled()
    assert runner.call(lambda book: book.profile.language) == "id"  # printouts unchanged

    window.set_language("id")  # from the View menu: the combo follows
    qtbot.waitUntil(lambda: combo.currentData() == "id", timeout=3000)
    assert page.save_profile_button.text() == "&Simpan profil"
    assert page.profile_edits["chairman"].text() == "Bapak Sutrisno"


def test_printout_language_is_kept_in_the_book(qtbot, window, runner):
    page = open_settings(qtbot, window, runner)
    combo = page.print_language_combo
    assert combo.currentData() == "id"
    combo.setCurrentIndex(combo.findData("en"))
    combo.activated.emit(combo.currentIndex())
    settle(qtbot, runner)
    assert runner.call(lambda book: book.profile.language) == "en"
    assert page.window_language_combo.currentData() == "id"  # the window stays Indonesian


def test_typed_text_is_not_carried_into_another_book(qtbot, window, runner, tmp_path):
    page = open_settings(qtbot, window, runner)
    retype(qtbot, page.profile_edits["chairman"], "Ketua Lama")
    other = tmp_path / "lain.koperasi"
    runner.open_book_sync(other, create={"name": "Koperasi Tani Baru", "chairman": "Ibu Sari"})
    settle(qtbot, runner)
    window.go(window.pages.index(window.settings_page))
    settle(qtbot, runner)
    assert page.profile_edits["name"].text() == "Koperasi Tani Baru"
    assert page.profile_edits["chairman"].text() == "Ibu Sari"
    assert not page.save_profile_button.isEnabled()
