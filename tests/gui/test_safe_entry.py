"""Every number and date a treasurer types is the one the book keeps (issue: safe entry).

Each test types real keystrokes; each failed on the code before the fix.
"""

import datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QInputDialog, QMessageBox

from koperasi.gui.pages import deliveries as deliveries_page
from tests.gui.conftest import TODAY, settle
from tests.gui.test_deliveries_page import deliveries_on, focused, press


@pytest.fixture
def page(qtbot, window, runner):
    """The weighing form, its members loaded."""
    window.go(2, "new")
    settle(qtbot, runner)
    qtbot.waitUntil(lambda: window.deliveries.form.member_model.rowCount() == 3, timeout=3000)
    return window.deliveries


def pick_budi(qtbot, form):
    qtbot.keyClicks(form.member_edit, "budi")
    press(qtbot, form.member_edit)
    assert form.member().name == "Budi Santoso"


def save_with_ctrl_enter(qtbot, form):
    press(qtbot, form.plot_combo, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)


# -- 1. one parser: 1.250 kg is one thousand two hundred fifty kilograms ---------------------


def test_a_grouped_weight_is_kept_as_thousands(qtbot, page, runner):
    form = page.form
    pick_budi(qtbot, form)
    qtbot.keyClicks(form.gross_edit, "1.250")
    assert page.net_label.text() == "1.250 kg"  # the echo says back what will be kept
    qtbot.keyClicks(form.quality_edit, "60")
    save_with_ctrl_enter(qtbot, form)
    qtbot.waitUntil(lambda: page.last_saved is not None, timeout=5000)
    assert page.last_saved.gross_grams == 1_250_000
    assert page.last_saved.net_grams == 1_250_000


def test_an_english_decimal_point_is_refused_with_the_accepted_form(qtbot, page, runner):
    form = page.form
    pick_budi(qtbot, form)
    qtbot.keyClicks(form.gross_edit, "1.25")
    assert form.errors["gross"].isVisible()
    assert form.errors["gross"].text() == (
        'Berat "1.25" tidak jelas: tulis 1.250 untuk seribu dua ratus lima puluh kg '
        "(titik memisahkan ribuan), atau 1,25 bila maksudnya desimal (koma menandai desimal)."
    )
    assert page.net_label.text() == "—"
    # the placeholder and the refusals speak the same way: a decimal comma
    assert form.gross_edit.placeholderText() == "mis. 120,5"
    qtbot.keyClicks(form.quality_edit, "55.5")  # a percent with a dot is refused too
    assert form.errors["quality"].text().startswith('Persentase "55.5" tidak jelas')
    save_with_ctrl_enter(qtbot, form)
    settle(qtbot, runner)
    assert len(deliveries_on(runner, TODAY)) == 2  # nothing saved


# -- 2. dates: kept as typed, or refused under the field -------------------------------------


def type_date(qtbot, edit, text):
    edit.setFocus()
    edit.setSelectedSection(edit.Section.DaySection)
    qtbot.keyClicks(edit, text)


def test_a_typed_date_before_today_is_kept_as_typed(qtbot, page, runner):
    form = page.form
    # TODAY is 27/11: typing 28 as a day of November used to be clamped to the maximum
    type_date(qtbot, form.date_edit, "28/10/2026")
    assert form.date() == datetime.date(2026, 10, 28)
    assert page.back_dated.isVisible()
    assert "28 Oktober 2026" in page.back_dated_label.text()


def test_a_future_date_is_refused_under_the_field_never_replaced(qtbot, page, runner):
    form = page.form
    type_date(qtbot, form.date_edit, "30/11/2026")
    assert form.date() == datetime.date(2026, 11, 30)
    pick_budi(qtbot, form)
    qtbot.keyClicks(form.gross_edit, "80")
    qtbot.keyClicks(form.quality_edit, "60")
    save_with_ctrl_enter(qtbot, form)
    settle(qtbot, runner)
    assert form.errors["date"].isVisible()
    assert "30/11/2026" in form.errors["date"].text()
    assert form.date() == datetime.date(2026, 11, 30)  # not silently today
    assert len(deliveries_on(runner, TODAY)) == 2
    qtbot.mouseClick(form.today_button, Qt.MouseButton.LeftButton)  # "Hari ini"
    assert form.date() == TODAY
    assert not form.errors["date"].isVisible()


def test_back_dated_saves_keep_the_date_only_under_a_banner(qtbot, page, runner):
    form = page.form
    type_date(qtbot, form.date_edit, "25/11/2026")
    assert page.back_dated.isVisible()
    pick_budi(qtbot, form)
    qtbot.keyClicks(form.gross_edit, "80")
    qtbot.keyClicks(form.quality_edit, "60")
    save_with_ctrl_enter(qtbot, form)
    qtbot.waitUntil(lambda: page.last_saved is not None, timeout=5000)
    assert page.last_saved.date == datetime.date(2026, 11, 25)
    assert form.date() == datetime.date(2026, 11, 25)
    assert page.back_dated.isVisible()  # the kept date says so
    qtbot.mouseClick(page.back_to_today_button, Qt.MouseButton.LeftButton)
    assert form.date() == TODAY
    assert not page.back_dated.isVisible()


# -- 4. feedback never stale -----------------------------------------------------------------


def test_the_saved_line_clears_on_the_next_keystroke(qtbot, page, runner):
    form = page.form
    pick_budi(qtbot, form)
    qtbot.keyClicks(form.gross_edit, "80")
    qtbot.keyClicks(form.quality_edit, "60")
    save_with_ctrl_enter(qtbot, form)
    qtbot.waitUntil(lambda: "Tersimpan" in page.status_label.text(), timeout=5000)
    qtbot.keyClicks(form.member_edit, "s")
    assert page.status_label.text() == ""


def test_escape_clears_a_half_typed_weighing_after_asking(qtbot, page, runner, monkeypatch):
    form = page.form
    asked = []
    monkeypatch.setattr(deliveries_page, "confirm", lambda *a: asked.append(a[1]) or True)
    pick_budi(qtbot, form)
    qtbot.keyClicks(form.gross_edit, "80")
    qtbot.keyClick(form.gross_edit, Qt.Key.Key_Escape)
    assert asked == ["Kosongkan isian?"]
    assert form.member_edit.text() == form.gross_edit.text() == ""
    assert focused(form.member_edit)
    qtbot.keyClicks(form.gross_edit, "12")
    qtbot.mouseClick(page.clear_button, Qt.MouseButton.LeftButton)  # the button does too
    assert form.gross_edit.text() == ""
    assert len(asked) == 2
    # nothing typed: Escape does not ask
    qtbot.keyClick(form.member_edit, Qt.Key.Key_Escape)
    assert len(asked) == 2


def test_voiding_with_an_empty_reason_says_so(qtbot, page, runner, monkeypatch, modal_dialogs):
    answers = iter([("", True), ("", False)])
    monkeypatch.setattr(QInputDialog, "getText", staticmethod(lambda *a, **k: next(answers)))
    warned = []
    monkeypatch.setattr(
        QMessageBox, "warning", staticmethod(lambda parent, title, text, *a: warned.append(text))
    )
    settle(qtbot, runner)
    row = page.model.row_of("NT-2026-000004")
    page.table.selectRow(row)
    qtbot.mouseClick(page.void_button, Qt.MouseButton.LeftButton)
    assert warned == [
        "Alasan wajib diisi; tidak ada yang diubah. Tulis alasannya, atau tekan Batal."
    ]
    settle(qtbot, runner)
    assert runner.call(lambda book: book.deliveries.get("NT-2026-000004").status) == "open"


def test_the_days_list_shows_the_member_number_beside_the_name(qtbot, page, runner):
    from koperasi.gui.models import delivery_table_model as cols

    settle(qtbot, runner)
    row = page.model.row_of("NT-2026-000004")
    assert page.model.index(row, cols.COL_MEMBER).data() == "LJ-0003 · Rahmat Hidayat"


def cell_editor(table):
    from PySide6.QtWidgets import QLineEdit

    editors = [w for w in table.viewport().findChildren(QLineEdit) if w.isVisible()]
    assert len(editors) == 1
    return editors[0]


# -- 3. the sale wizard: Enter never turns a page, settling is a deliberate press -----------


def test_enter_in_the_costs_never_advances_and_settling_needs_its_button(qtbot, window, runner):
    from PySide6.QtWidgets import QApplication, QWizard

    from koperasi.gui.wizards.sale.wizard import SaleWizard
    from tests.gui.test_sales_page import add_rubber, open_wizard

    add_rubber(runner)
    wizard = open_wizard(qtbot, window, runner)
    wizard.commodity_page.select("Karet")
    qtbot.waitUntil(wizard.commodity_page.isComplete, timeout=5000)
    wizard.next()
    wizard.next()
    terms = wizard.terms_page
    qtbot.keyClicks(terms.buyer_edit, "PT Remco Jambi")
    qtbot.keyClick(terms.buyer_edit, Qt.Key.Key_Return)
    assert wizard.currentId() == SaleWizard.PAGE_TERMS
    qtbot.keyClicks(terms.sold_edit, "1.250")
    assert terms.sold_hint.text() == "= 1.250 kg"  # grouped thousands, as shown
    terms.sold_edit.clear()
    qtbot.keyClicks(terms.sold_edit, "138,5")
    qtbot.keyClicks(terms.price_edit, "12.450")
    qtbot.keyClick(terms.price_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(terms.isComplete, timeout=5000)
    assert wizard.currentId() == SaleWizard.PAGE_TERMS

    # a cost typed into the table, each cell ended with Enter
    terms.costs.setCurrentCell(0, 0)
    qtbot.keyClick(terms.costs, Qt.Key.Key_F2)  # F2 opens the cell's editor
    qtbot.keyClicks(cell_editor(terms.costs), "Transport")
    qtbot.keyClick(cell_editor(terms.costs), Qt.Key.Key_Return)
    qtbot.wait(20)  # the delegate commits the cell on the next turn of the event loop
    assert wizard.currentId() == SaleWizard.PAGE_TERMS
    # half-typed: a description without an amount is refused with a sentence
    qtbot.waitUntil(lambda: "Transport" in terms.message.text(), timeout=5000)
    assert terms.message.text() == "Jumlah biaya Transport wajib diisi."
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    terms.costs.setCurrentCell(0, 1)
    qtbot.keyClick(terms.costs, Qt.Key.Key_F2)
    qtbot.keyClicks(cell_editor(terms.costs), "75.000")
    qtbot.keyClick(cell_editor(terms.costs), Qt.Key.Key_Return)
    qtbot.wait(20)  # the delegate commits the cell on the next turn of the event loop
    qtbot.keyClick(terms.costs, Qt.Key.Key_Return)  # Enter on the table itself
    assert wizard.currentId() == SaleWizard.PAGE_TERMS
    qtbot.waitUntil(terms.isComplete, timeout=5000)
    assert wizard.preview.settlement.costs == 75_000

    qtbot.mouseClick(wizard.button(QWizard.WizardButton.NextButton), Qt.MouseButton.LeftButton)
    assert wizard.currentId() == SaleWizard.PAGE_CONFIRM
    recap = wizard.confirm_page.recap.text()
    for figure in ("Rp 1.724.325", "Rp 51.730", "Transport", "Rp 75.000", "Rp 1.597.595"):
        assert figure in recap  # gross, fee, each cost, net
    qtbot.wait(20)
    commit = wizard.button(QWizard.WizardButton.CommitButton)
    assert not commit.isDefault()
    focus = QApplication.focusWidget()
    assert focus is not commit
    qtbot.keyClick(focus, Qt.Key.Key_Return)
    qtbot.keyClick(focus, Qt.Key.Key_Space)
    settle(qtbot, runner)
    assert wizard.currentId() == SaleWizard.PAGE_CONFIRM
    assert runner.call(lambda book: len(book.sales.list())) == 1  # nothing settled
    qtbot.mouseClick(commit, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: wizard.currentId() == SaleWizard.PAGE_DONE, timeout=10_000)
    detail = runner.call(lambda book: book.sales.detail(wizard.saved_number))
    assert [(c.label, c.amount) for c in detail.costs] == [("Transport", 75_000)]
    wizard.accept()


def test_a_future_sale_date_is_refused_not_replaced(qtbot, window, runner):
    from tests.gui.test_sales_page import open_wizard

    wizard = open_wizard(qtbot, window, runner)
    edit = wizard.commodity_page.date_edit
    type_date(qtbot, edit, "30/11/2026")
    assert wizard.sale_date() == datetime.date(2026, 11, 30)
    assert wizard.commodity_page.summary.text() == "Tanggal 30/11/2026 belum terjadi."
    assert not wizard.commodity_page.isComplete()
    wizard.done(0)


# -- 6. member identity ----------------------------------------------------------------------


def test_member_search_enter_opens_the_member_page(qtbot, window, runner, modal_dialogs):
    window.go(1)
    settle(qtbot, runner)
    page = window.members
    qtbot.keyClicks(page.search, "budi")
    qtbot.keyClick(page.search, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.member_page is not None, timeout=5000)
    assert page.member_page.member.number == "LJ-0002"
    page.member_page.close()
    page.member_page = None
    page.search.clear()
    qtbot.keyClicks(page.search, "zaenal")
    qtbot.keyClick(page.search, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "zaenal" in page.count_label.text(), timeout=5000)
    assert page.count_label.text() == "Tidak ada anggota yang cocok dengan “zaenal”."
    assert page.member_page is None


# -- 1. the same parser in every money and percent field -------------------------------------


def test_money_and_percent_fields_read_indonesian_grouping(qtbot):
    from koperasi.core.errors import KoperasiError
    from koperasi.gui.kit.book_fields import FEE_PER_KG, FEE_PERCENT, parse_fee
    from koperasi.gui.kit.widgets import RupiahEdit, parse_percent_text

    edit = RupiahEdit()
    qtbot.addWidget(edit)
    qtbot.keyClicks(edit, "Rp 1.250.000")
    assert edit.amount() == 1_250_000
    edit.clear()
    qtbot.keyClicks(edit, "1.25")
    with pytest.raises(KoperasiError) as refused:
        edit.amount()
    assert refused.value.code == "number.rupiah.ambiguous"
    assert edit.placeholderText() == "mis. 1.250.000"
    assert parse_percent_text("1,5 %") == 150
    with pytest.raises(KoperasiError):
        parse_percent_text("1.5")  # the old compatibility rule read this as 1,5 %
    assert parse_fee(FEE_PER_KG, "1.000") == 100_000  # Rp 1.000 per kg
    with pytest.raises(KoperasiError):
        parse_fee(FEE_PERCENT, "2.5")
