"""Setoran: the keyboard entry form, the day's list and totals, correct, void, history, print."""

import datetime

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication

from koperasi.gui.models import delivery_table_model as cols
from koperasi.gui.models.delivery_table_model import DeliveryTableModel
from koperasi.gui.paged_model import RecordRole
from koperasi.gui.pages import deliveries as deliveries_page
from tests.gui.conftest import TODAY, settle

NOV20 = datetime.date(2026, 11, 20)


def press(qtbot, widget, key=Qt.Key.Key_Return, modifier=Qt.KeyboardModifier.NoModifier):
    """A key as the keyboard delivers it: to the open completer list, if there is one."""
    popup = QApplication.activePopupWidget()
    qtbot.keyClick(popup or widget, key, modifier)
    if popup is not None and not popup.isVisible():
        # The offscreen platform activates the list's window late, after it closed, and
        # hands its focus back to the member field; a desktop never activates a popup.
        focus, main = QApplication.focusWidget(), widget.window()
        qtbot.wait(10)
        if not main.isActiveWindow():
            main.activateWindow()
            qtbot.waitUntil(main.isActiveWindow, timeout=2000)
            if focus is not None:
                focus.setFocus()


def focused(widget) -> bool:
    """The widget has its window's focus (the offscreen platform may leave the window
    itself inactive after a popup closed, which a desktop does not)."""
    return widget.window().focusWidget() is widget


def type_into(qtbot, widget, text):
    qtbot.keyClicks(widget, text)


@pytest.fixture
def page(qtbot, window, runner):
    window.go(2, "new")
    settle(qtbot, runner)
    page = window.deliveries
    qtbot.waitUntil(lambda: page.form.member_model.rowCount() == 3, timeout=3000)
    return page


def deliveries_on(runner, day):
    return runner.call(lambda book: book.deliveries.on_date(day))


# -- the table model, without a window ---------------------------------------------------


def test_model_without_window(qtbot, runner, small_book):
    runner.open_book_sync(small_book)
    model = DeliveryTableModel(runner)
    model.set_filter("date", TODAY)
    settle(qtbot, runner)
    assert model.rowCount() == 2
    assert model.headerData(cols.COL_NET, Qt.Orientation.Horizontal) == "Bersih (kg)"
    row = [model.index(0, c).data() for c in range(model.columnCount())]
    assert row[cols.COL_RECEIPT] == "NT-2026-000003"
    assert row[cols.COL_MEMBER] == "LJ-0001 · Siti Aminah"  # the number beside the name
    assert row[cols.COL_COMMODITY :] == ["Karet", "90", "—", "90", "50 %", "Terbuka"]
    tbs = [model.index(1, c).data() for c in range(model.columnCount())]
    assert tbs[cols.COL_GROSS :] == ["1.500", "—", "1.500", "—", "Terbuka"]
    right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
    assert model.index(0, cols.COL_NET).data(Qt.ItemDataRole.TextAlignmentRole) == right
    assert model.index(0, cols.COL_MEMBER).data(Qt.ItemDataRole.ToolTipRole) == (
        "LJ-0001 · Lembah Jaya"
    )
    assert model.index(0, 0).data(RecordRole).delivery.quality_bp == 5000

    model.set_filter("date", NOV20)
    settle(qtbot, runner)
    assert [model.index(r, cols.COL_STATUS).data() for r in range(2)] == ["Terjual", "Terjual"]
    model.sort(cols.COL_MEMBER, Qt.SortOrder.AscendingOrder)
    settle(qtbot, runner)
    assert [model.index(r, cols.COL_MEMBER).data() for r in range(2)] == [
        "LJ-0002 · Budi Santoso",  # sorted by name, shown with the number
        "LJ-0001 · Siti Aminah",
    ]
    assert model.row_of("NT-2026-000001") == 1

    runner.call(lambda book: book.deliveries.void("NT-2026-000004", "ditimbang dua kali"))
    model.set_filter("date", TODAY)
    settle(qtbot, runner)
    void_row = model.row_of("NT-2026-000004")
    assert model.index(void_row, cols.COL_STATUS).data() == "Batal"
    assert model.index(void_row, cols.COL_STATUS).data(Qt.ItemDataRole.ToolTipRole) == (
        "Alasan: ditimbang dua kali"
    )
    assert model.index(void_row, cols.COL_NET).data(Qt.ItemDataRole.FontRole).strikeOut()


def test_model_deductions_column_and_tooltip(qtbot, runner, small_book):
    from koperasi.book.deliveries import DeductionInput

    runner.open_book_sync(small_book)
    runner.call(
        lambda book: book.deliveries.record(
            "LJ-0002",
            "Karet",
            120_500,
            date=TODAY,
            deductions=[DeductionInput("tare", grams=500), DeductionInput("other", percent_bp=250)],
            quality_bp=5550,
        )
    )
    model = DeliveryTableModel(runner)
    model.set_filter("date", TODAY)
    settle(qtbot, runner)
    row = model.row_of("NT-2026-000005")
    assert model.index(row, cols.COL_DEDUCTIONS).data() == "−3,513"
    assert model.index(row, cols.COL_NET).data() == "116,987"
    assert model.index(row, cols.COL_QUALITY).data() == "55,5 %"
    assert model.index(row, cols.COL_DEDUCTIONS).data(Qt.ItemDataRole.ToolTipRole) == (
        "Tara (wadah): 0,5 kg\nLain-lain: 3,013 kg (2,5 %)"
    )


# -- entering a weighing from the keyboard -------------------------------------------------


def test_keyboard_entry_saves_exact_grams_and_clears_for_the_next(qtbot, page, runner):
    form = page.form
    assert focused(form.member_edit)  # Ctrl+D / go(2, "new") lands on the member
    assert form.commodity_combo.currentText() == "Karet"
    assert form.date() == TODAY
    type_into(qtbot, form.member_edit, "siti")
    assert QApplication.activePopupWidget() is form.completer.popup()
    press(qtbot, form.member_edit)  # one member matches: Enter takes her
    assert form.member_edit.text() == "Siti Aminah · LJ-0001 · Lembah Jaya"
    assert focused(form.gross_edit)
    type_into(qtbot, form.gross_edit, "120,5")
    press(qtbot, form.gross_edit)
    type_into(qtbot, form.deduction_kg_edit, "0,5")
    press(qtbot, form.deduction_kg_edit)
    type_into(qtbot, form.deduction_percent_edit, "2,5")
    press(qtbot, form.deduction_percent_edit)
    assert page.net_label.text() == "116,987 kg"
    type_into(qtbot, form.quality_edit, "55,5")
    press(qtbot, form.quality_edit)
    assert focused(form.plot_combo)
    # Siti has no mapped plot in this book: the only choice is "untraceable".
    assert form.plot_combo.currentText() == "Tanpa kebun terpetakan (tidak tertelusur)"
    press(qtbot, form.plot_combo)  # Enter in the last field saves

    qtbot.waitUntil(lambda: "NT-2026-000005" in page.status_label.text(), timeout=5000)
    assert page.status_label.text() == "✓ Tersimpan: NT-2026-000005 — Siti Aminah, 116,987 kg"
    saved = runner.call(lambda book: book.deliveries.get("NT-2026-000005"))
    assert saved.gross_grams == 120_500
    assert [(d.kind, d.grams, d.percent_bp) for d in saved.deductions] == [
        ("tare", 500, None),
        ("other", 3013, 250),  # 2,5 % of 120,5 kg = 3,0125 kg, half up to the gram
    ]
    assert saved.net_grams == 116_987
    assert saved.quality_bp == 5550
    assert saved.plot == ""
    assert saved.date == TODAY
    # ready for the next farmer: same commodity and date, empty fields, focus on the member
    assert form.member_edit.text() == form.gross_edit.text() == form.quality_edit.text() == ""
    assert form.commodity_combo.currentText() == "Karet"
    assert focused(form.member_edit)
    settle(qtbot, runner)
    assert page.model.rowCount() == 3
    assert page.model.index(0, cols.COL_RECEIPT).data() == "NT-2026-000005"  # newest first
    qtbot.waitUntil(lambda: "206,987 kg" in page.totals_label.text(), timeout=3000)
    assert "2 setoran" in page.totals_label.text()


def test_member_picked_from_the_list_and_palm_without_quality(qtbot, page, runner):
    form = page.form
    form.commodity_combo.setCurrentText("TBS Sawit")
    assert not form.quality_edit.isEnabled()
    type_into(qtbot, form.member_edit, "a")  # all three names have an "a"
    press(qtbot, form.member_edit)
    assert "3 anggota yang cocok" in form.errors["member"].text()
    assert form.member() is None
    popup = form.completer.popup()
    qtbot.waitUntil(popup.isVisible, timeout=2000)
    press(qtbot, form.member_edit, Qt.Key.Key_Down)
    press(qtbot, form.member_edit)
    assert form.member().name == "Budi Santoso"  # the list is alphabetical
    assert focused(form.gross_edit)
    type_into(qtbot, form.gross_edit, "1480")
    press(qtbot, form.gross_edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: page.last_saved is not None, timeout=5000)
    saved = page.last_saved
    assert (saved.receipt, saved.net_grams, saved.quality_bp) == (
        "NT-2026-000005",
        1_480_000,
        10_000,
    )
    assert page.status_label.text().endswith("Budi Santoso, 1.480 kg")


def test_member_by_number(qtbot, page):
    type_into(qtbot, page.form.member_edit, "lj-0003")
    press(qtbot, page.form.member_edit)
    assert page.form.member().name == "Rahmat Hidayat"


@pytest.mark.parametrize(
    ("field", "text", "error_key", "sentence"),
    [
        ("gross_edit", "12x", "gross", 'Berat "12x" tidak valid'),
        ("gross_edit", "1,2345", "gross", 'Berat "1,2345" terlalu teliti'),
        (
            "deduction_kg_edit",
            "100",
            "deduction_kg",
            "Berat bersih (kotor 90 kg dikurangi potongan 100 kg) harus lebih dari 0 kg.",
        ),
        ("deduction_percent_edit", "120", "deduction_percent", "120 % melebihi batas 100 %."),
        (
            "quality_edit",
            "0",
            "quality",
            "Kadar/mutu harus lebih dari 0 % dan paling tinggi 100 %.",
        ),
        ("quality_edit", "100,5", "quality", "100,5 % melebihi batas 100 %."),
    ],
)
def test_bad_input_says_what_is_wrong_and_saves_nothing(
    qtbot, page, runner, field, text, error_key, sentence
):
    form = page.form
    type_into(qtbot, form.member_edit, "budi")
    press(qtbot, form.member_edit)
    if field != "gross_edit":
        type_into(qtbot, form.gross_edit, "90")
    if field != "quality_edit":
        type_into(qtbot, form.quality_edit, "60")
    type_into(qtbot, getattr(form, field), text)
    error = form.errors[error_key]
    assert error.isVisible()  # at once, while typing
    assert error.text().startswith(sentence)
    press(qtbot, form.plot_combo, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    settle(qtbot, runner)
    assert len(deliveries_on(runner, TODAY)) == 2
    assert page.status_label.text() == ""
    assert focused(getattr(form, field))  # back to the field that is wrong
    assert getattr(form, field).text() == text  # nothing typed is lost


def test_empty_form_lists_what_is_missing(qtbot, page, runner):
    form = page.form
    press(qtbot, form.member_edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert form.errors["member"].text() == (
        "Ketik sebagian nama atau nomor anggota, lalu pilih dari daftar."
    )
    assert form.errors["gross"].text() == "Berat kotor harus lebih dari 0 kg."
    assert form.errors["quality"].text() == "Isi kadar (KKK) Karet dalam persen."
    type_into(qtbot, form.member_edit, "zaenal")
    press(qtbot, form.member_edit)
    assert form.errors["member"].text() == "Tidak ada anggota aktif yang cocok dengan “zaenal”."
    settle(qtbot, runner)
    assert len(deliveries_on(runner, TODAY)) == 2


def test_the_book_refusal_shows_at_its_field(qtbot, page, runner):
    form = page.form
    type_into(qtbot, form.member_edit, "rahmat")
    press(qtbot, form.member_edit)
    runner.call(lambda book: book.members.deactivate("LJ-0003"))  # meanwhile, elsewhere
    form.commodity_combo.setCurrentText("TBS Sawit")
    type_into(qtbot, form.gross_edit, "100")
    page.save()
    qtbot.waitUntil(form.errors["member"].isVisible, timeout=5000)
    assert form.errors["member"].text() == "Anggota LJ-0003 (Rahmat Hidayat) sudah tidak aktif."
    assert len(deliveries_on(runner, TODAY)) == 2


def test_a_double_enter_saves_once(qtbot, page, runner):
    form = page.form
    type_into(qtbot, form.member_edit, "budi")
    press(qtbot, form.member_edit)
    type_into(qtbot, form.gross_edit, "80")
    type_into(qtbot, form.quality_edit, "60")
    page.save()
    page.save()
    settle(qtbot, runner)
    assert len(deliveries_on(runner, TODAY)) == 3


def test_back_dated_entry_shows_that_day(qtbot, page, runner):
    form = page.form
    form.date_edit.setDate(form.date_edit.date().addDays(-2))
    assert "fff3c4" in form.date_edit.styleSheet()  # not today: the date stands out
    type_into(qtbot, form.member_edit, "budi")
    press(qtbot, form.member_edit)
    type_into(qtbot, form.gross_edit, "80")
    type_into(qtbot, form.quality_edit, "60")
    press(qtbot, form.quality_edit, Qt.Key.Key_Enter, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: page.last_saved is not None, timeout=5000)
    settle(qtbot, runner)
    assert page.last_saved.date == datetime.date(2026, 11, 25)
    assert page.day() == datetime.date(2026, 11, 25)
    assert form.date() == datetime.date(2026, 11, 25)  # the date stays for the batch
    assert page.model.rowCount() == 1
    assert "Total 25 November 2026" in page.totals_label.text()


def test_print_after_saving_is_remembered_and_opens_the_receipt(qtbot, page, runner):
    page.print_check.setChecked(True)
    assert QSettings().value(deliveries_page.PRINT_SETTING) in (True, "true")
    form = page.form
    type_into(qtbot, form.member_edit, "budi")
    press(qtbot, form.member_edit)
    type_into(qtbot, form.gross_edit, "80")
    type_into(qtbot, form.quality_edit, "60")
    page.save()
    qtbot.waitUntil(lambda: page.last_preview is not None, timeout=10_000)
    preview = page.last_preview
    assert preview.windowTitle() == "Nota timbang NT-2026-000005"
    assert preview.file_name == "NT-2026-000005.pdf"
    assert preview.paper == "a6"
    assert preview.pdf.startswith(b"%PDF")
    preview.close()
    again = deliveries_page.DeliveriesPage(runner)
    qtbot.addWidget(again)
    assert again.print_check.isChecked()


# -- the day's list: totals, correct, void, history ----------------------------------------


def test_day_totals_and_other_days(qtbot, page, runner):
    qtbot.waitUntil(lambda: "TBS Sawit" in page.totals_label.text(), timeout=3000)
    text = page.totals_label.text()
    assert "Total hari ini" in text
    assert "Karet</b>&nbsp; 1 setoran · <b>90 kg" in text
    assert "TBS Sawit</b>&nbsp; 1 setoran · <b>1.500 kg" in text
    assert not page.next_day.isEnabled()  # no deliveries from tomorrow
    page.show_day(NOV20)
    settle(qtbot, runner)
    assert page.model.rowCount() == 2
    assert "Total 20 November 2026" in page.totals_label.text()
    assert "2 setoran · <b>200 kg" in page.totals_label.text()
    page.previous_day.click()
    settle(qtbot, runner)
    assert page.model.rowCount() == 0
    assert "Belum ada setoran" in page.totals_label.text()
    page.today_button.click()
    settle(qtbot, runner)
    assert page.day() == TODAY


def select(qtbot, page, receipt):
    row = page.model.row_of(receipt)
    assert row >= 0
    page.table.selectRow(row)
    assert page.selected_row().receipt == receipt


def test_correct_an_open_delivery_with_a_reason(qtbot, page, runner):
    settle(qtbot, runner)
    assert not page.correct_button.isEnabled()
    select(qtbot, page, "NT-2026-000003")
    assert page.correct_button.isEnabled()
    page.correct_button.click()
    qtbot.waitUntil(lambda: page.correction_dialog is not None, timeout=3000)
    dialog = page.correction_dialog
    form = dialog.form
    assert form.gross_edit.text() == "90"
    assert form.quality_edit.text() == "50"
    assert form.member().number == "LJ-0001"
    dialog.save()  # nothing changed, no reason: nothing to save
    assert dialog.reason_error.text() == "Tidak ada yang diubah."
    form.gross_edit.selectAll()
    type_into(qtbot, form.gross_edit, "95")
    for field in form.chain[3:]:  # Enter from the gross weight to the plot...
        press(qtbot, field)
    assert focused(dialog.reason_edit)  # ...then to the reason, saving nothing yet
    assert dialog.saved is None
    assert runner.call(lambda book: book.deliveries.history("NT-2026-000003")) == []
    dialog.save()
    assert dialog.reason_error.text() == "Alasan koreksi atau pembatalan wajib diisi."
    type_into(qtbot, dialog.reason_edit, "salah baca timbangan")
    press(qtbot, dialog.reason_edit)
    qtbot.waitUntil(lambda: dialog.saved is not None, timeout=5000)
    assert dialog.saved.gross_grams == 95_000
    assert dialog.saved.deductions == ()
    assert dialog.saved.quality_bp == 5000
    history = runner.call(lambda book: book.deliveries.history("NT-2026-000003"))
    assert [(h["action"], h["reason"]) for h in history] == [("correct", "salah baca timbangan")]
    assert (history[0]["before"]["gross_grams"], history[0]["after"]["gross_grams"]) == (
        90_000,
        95_000,
    )
    qtbot.waitUntil(lambda: "Dikoreksi" in page.status_label.text(), timeout=3000)
    assert page.status_label.text() == "✓ Dikoreksi: NT-2026-000003 — Siti Aminah, 95 kg"
    qtbot.waitUntil(lambda: "95 kg" in page.totals_label.text(), timeout=3000)


def test_settled_delivery_cannot_be_corrected_or_voided(qtbot, page, runner, monkeypatch):
    said = []
    monkeypatch.setattr(
        deliveries_page, "show_error", lambda parent, exc: said.append(exc.message())
    )
    page.show_day(NOV20)
    settle(qtbot, runner)
    select(qtbot, page, "NT-2026-000001")
    page.correct_selected()
    qtbot.waitUntil(lambda: len(said) == 1, timeout=3000)
    assert said[0].startswith("Setoran NT-2026-000001 sudah dibagi dalam penjualan PJ-2026-")
    assert page.correction_dialog is None
    page.void_selected()
    qtbot.waitUntil(lambda: len(said) == 2, timeout=3000)
    assert "tidak dapat diubah atau dibatalkan" in said[1]


def test_void_with_a_reason(qtbot, page, runner, monkeypatch):
    asked = []

    def ask(parent, title, label):
        asked.append((title, label))
        return "ditimbang dua kali"

    monkeypatch.setattr(deliveries_page, "ask_reason", ask)
    settle(qtbot, runner)
    select(qtbot, page, "NT-2026-000004")
    page.void_button.click()
    assert asked == [
        (
            "Batalkan setoran NT-2026-000004",
            "Mengapa setoran NT-2026-000004 (Rahmat Hidayat, 1.500 kg) dibatalkan? "
            "Nomor notanya tetap tercatat.",
        )
    ]
    qtbot.waitUntil(lambda: "Dibatalkan" in page.status_label.text(), timeout=5000)
    voided = runner.call(lambda book: book.deliveries.get("NT-2026-000004"))
    assert (voided.status, voided.void_reason) == ("void", "ditimbang dua kali")
    history = runner.call(lambda book: book.deliveries.history("NT-2026-000004"))
    assert [(h["action"], h["reason"]) for h in history] == [("void", "ditimbang dua kali")]
    settle(qtbot, runner)
    row = page.model.row_of("NT-2026-000004")
    assert page.model.index(row, cols.COL_STATUS).data() == "Batal"
    qtbot.waitUntil(lambda: "1 batal" in page.totals_label.text(), timeout=3000)
    assert "TBS Sawit</b>&nbsp; 0 setoran · <b>0 kg" in page.totals_label.text()


def test_void_cancelled_changes_nothing(qtbot, page, runner, monkeypatch):
    monkeypatch.setattr(deliveries_page, "ask_reason", lambda *args: None)
    settle(qtbot, runner)
    select(qtbot, page, "NT-2026-000004")
    page.void_selected()
    settle(qtbot, runner)
    assert runner.call(lambda book: book.deliveries.get("NT-2026-000004").status) == "open"


def test_history_shows_recording_corrections_and_void(qtbot, page, runner):
    from koperasi.book.deliveries import DeductionInput

    runner.call(
        lambda book: book.deliveries.correct(
            "NT-2026-000003",
            "salah baca timbangan",
            gross_grams=95_000,
            deductions=[DeductionInput("tare", grams=1_000)],
        )
    )
    runner.call(lambda book: book.deliveries.void("NT-2026-000003", "anggota salah"))
    page.refresh()
    settle(qtbot, runner)
    select(qtbot, page, "NT-2026-000003")
    dialog = page.show_history()
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 3, timeout=3000)
    rows = dialog.rows()
    assert [r[1] for r in rows] == ["Dicatat", "Dikoreksi", "Dibatalkan"]
    assert rows[1][2] == "salah baca timbangan"
    assert rows[1][3].splitlines() == [
        "Berat kotor: 90 kg → 95 kg",
        "Potongan: — → 1 kg",
        "Berat bersih: 90 kg → 94 kg",
    ]
    assert rows[2][2:] == ["anggota salah", "Status: Terbuka → Batal"]
    assert "NT-2026-000003" in dialog.heading.text()
    assert "Batal" in dialog.heading.text()
    dialog.close()


def test_print_the_selected_receipt(qtbot, page, runner):
    settle(qtbot, runner)
    select(qtbot, page, "NT-2026-000004")
    page.print_button.click()
    qtbot.waitUntil(lambda: page.last_preview is not None, timeout=10_000)
    assert page.last_preview.windowTitle() == "Nota timbang NT-2026-000004"
    assert page.last_preview.document.pageCount() == 1
    page.last_preview.close()


def test_language_switch_keeps_what_is_typed(qtbot, window, page, runner):
    form = page.form
    type_into(qtbot, form.gross_edit, "12x")
    window.set_language("en")
    assert form.labels["gross"].text() == "&Gross weight (kg)"
    assert form.gross_edit.text() == "12x"
    assert form.errors["gross"].text().startswith('The weight "12x" is not valid')
    assert page.model.headerData(cols.COL_NET, Qt.Orientation.Horizontal) == "Net (kg)"
    assert page.save_button.text() == "&Save (Ctrl+Enter)"
    assert "Total today" in page.totals_label.text()
    window.set_language("id")
    assert form.errors["gross"].text().startswith('Berat "12x" tidak valid')
    assert page.correct_button.text() == "K&oreksi…"


def test_tab_order_follows_the_form(qtbot, page):
    form = page.form
    # (Tab inside the date moves from day to month to year first, as Qt's date fields do.)
    form.commodity_combo.setFocus()
    expected = [
        form.member_edit,
        form.gross_edit,
        form.deduction_kg_edit,
        form.deduction_percent_edit,
        form.quality_edit,
        form.plot_combo,
        page.print_check,
        page.clear_button,
        page.save_button,
    ]
    for widget in expected:
        qtbot.keyClick(page.window().focusWidget(), Qt.Key.Key_Tab)
        assert focused(widget), widget
