"""A treasurer's day, driven through the real widgets of one window: a new book, three
members, three weighings, a sale, the payouts and their slips, a language switch, and the
trial balance; then a second writer refused, and the window remembering itself."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QDate, QSettings, QSize, Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox, QWizard

from koperasi.book import Book
from koperasi.core.errors import BookLockedError
from koperasi.core.fmt import rupiah
from koperasi.gui.dialogs.member import MemberDialog
from koperasi.gui.kit.messages import error_text
from koperasi.gui.models import delivery_table_model as cols
from koperasi.gui.models.share_table_model import COL_SHARE, COL_STATUS
from koperasi.gui.wizards.sale.wizard import SaleWizard
from tests.gui.conftest import TODAY, settle

LOCKED = "sedang dibuka untuk ditulis oleh program lain"
LEFT = Qt.MouseButton.LeftButton


@pytest.fixture(autouse=True)
def no_message_boxes(monkeypatch):
    """A warning box would wait for a click that never comes: record it instead, and fail."""
    boxes: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "warning", staticmethod(lambda parent, title, text, *a: boxes.append(text))
    )
    yield boxes
    assert boxes == []


def click(qtbot, button) -> None:
    assert button.isEnabled(), button.text()
    qtbot.mouseClick(button, LEFT)


def press(qtbot, widget, key=Qt.Key.Key_Return, modifier=Qt.KeyboardModifier.NoModifier):
    """A key as the keyboard delivers it: to the open completer list, if there is one
    (the same technique as test_deliveries_page)."""
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


def activate(qtbot, window) -> None:
    """Back to the main window after a modal dialog closed: a desktop activates it again,
    the offscreen platform leaves no window active."""
    if not window.isActiveWindow():
        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow, timeout=2000)


def focused(widget) -> bool:
    return widget.window().focusWidget() is widget


def normalized(text: str) -> str:
    return " ".join(text.split())


# -- the day, step by step ------------------------------------------------------------------


def create_book(qtbot, window, runner, path: Path) -> None:
    """1. The new-book wizard, through its widgets."""
    assert window.central.currentWidget() is window.welcome
    assert window.book_label.text() == "Belum ada buku yang dibuka"
    click(qtbot, window.welcome.create_button)
    wizard = window.welcome.wizard
    qtbot.waitUntil(wizard.isVisible)
    next_button = wizard.button(QWizard.WizardButton.NextButton)

    assert not next_button.isEnabled()  # the name is required
    qtbot.keyClicks(wizard.profile_page.edits["name"], "Koperasi Produsen Tani Lembah Jaya")
    qtbot.keyClicks(wizard.profile_page.edits["regency"], "Sarolangun")
    qtbot.keyClicks(wizard.profile_page.edits["treasurer"], "Wartini")
    click(qtbot, next_button)

    prefix = wizard.prefix_page
    assert wizard.currentPage() is prefix
    assert prefix.prefix_edit.text() == "LJ"  # suggested from the name
    assert prefix.example.text() == "LJ-0001"
    click(qtbot, next_button)

    commodities = wizard.commodities_page
    assert wizard.currentPage() is commodities
    table = commodities.table
    rows = [
        (
            table.item(r, 0).text(),
            table.cellWidget(r, 1).currentData(),
            table.item(r, 2).text(),
            table.item(r, 3).checkState() == Qt.CheckState.Checked,
        )
        for r in range(table.rowCount())
    ]
    assert rows == [("Karet", "percent", "3", True), ("TBS Sawit", "per_kg", "25", False)]
    assert not commodities.errors.isVisible()
    click(qtbot, next_button)

    files = wizard.file_page
    assert wizard.currentPage() is files
    assert "Karet (3 %)" in files.summary.text()
    assert "TBS Sawit (Rp 25/kg)" in files.summary.text()
    files.path_edit.selectAll()
    qtbot.keyClicks(files.path_edit, str(path))
    assert not files.path_error.isVisible()
    click(qtbot, wizard.button(QWizard.WizardButton.FinishButton))
    qtbot.waitUntil(lambda: not wizard.isVisible(), timeout=10_000)
    settle(qtbot, runner)
    assert wizard.result() == QWizard.DialogCode.Accepted
    assert runner.book_path == path
    assert window.central.currentWidget() is window.workspace
    assert window.book_label.text() == f"Buku: {path}"


def add_member(qtbot, window, runner, name, nik, gender_key, village) -> str:
    """2. One member through the Anggota screen's add form."""
    page = window.members
    before = set(page.findChildren(MemberDialog))
    click(qtbot, page.add_button)
    (dialog,) = set(page.findChildren(MemberDialog)) - before
    assert dialog.isVisible()
    assert dialog.windowTitle() == "Anggota baru"
    save = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
    qtbot.keyClicks(dialog.name_edit, name)
    if nik:
        qtbot.keyClicks(dialog.nik_edit, nik)
    assert not dialog.nik_error.isVisible()
    qtbot.keyClicks(dialog.gender_combo, gender_key)  # keyboard search in the list
    qtbot.keyClicks(dialog.village_edit, village)
    # The form offers the computer's date; the book's today is pinned to TODAY.
    dialog.joined_edit.setDate(QDate(TODAY.year, TODAY.month, TODAY.day))
    click(qtbot, save)
    qtbot.waitUntil(lambda: dialog.saved is not None, timeout=5000)
    assert not dialog.isVisible()
    return dialog.saved.number


def weigh(qtbot, page, runner, pick, gross, deduction_kg, quality) -> None:
    """3. One weighing from the keyboard: the member first, then Enter through the fields."""
    form = page.form
    activate(qtbot, page.window())
    assert focused(form.member_edit)
    qtbot.keyClicks(form.member_edit, pick[0])
    for key in pick[1:]:
        press(qtbot, form.member_edit, key)
        if key == Qt.Key.Key_Return and form.member() is None:  # more than one matches
            qtbot.waitUntil(form.completer.popup().isVisible, timeout=2000)
    assert form.member() is not None
    assert focused(form.gross_edit)
    qtbot.keyClicks(form.gross_edit, gross)
    press(qtbot, form.gross_edit)
    if deduction_kg:
        qtbot.keyClicks(form.deduction_kg_edit, deduction_kg)
    press(qtbot, form.deduction_kg_edit)
    press(qtbot, form.deduction_percent_edit)
    assert focused(form.quality_edit)
    qtbot.keyClicks(form.quality_edit, quality)
    press(qtbot, form.quality_edit)
    assert focused(form.plot_combo)
    saved_before = page.last_saved
    press(qtbot, form.plot_combo)  # Enter in the last field saves
    qtbot.waitUntil(lambda: page.last_saved is not saved_before, timeout=5000)
    settle(qtbot, runner)
    assert form.member_edit.text() == form.gross_edit.text() == ""  # ready for the next
    assert focused(form.member_edit)


def test_a_treasurers_day(qtbot, runner, tmp_path, monkeypatch):
    from koperasi.gui.main_window import MainWindow

    window = MainWindow(runner, QSettings())
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)

    # 1. A new book, its today pinned right after it opens ---------------------------------
    path = tmp_path / "books" / "lembah-jaya.koperasi"
    create_book(qtbot, window, runner, path)
    runner.call(lambda b: b.with_today(TODAY))
    profile = runner.call(lambda b: b.profile)
    assert (profile.name, profile.member_prefix) == ("Koperasi Produsen Tani Lembah Jaya", "LJ")
    assert (profile.regency, profile.treasurer) == ("Sarolangun", "Wartini")
    assert runner.call(
        lambda b: [
            (c.name, c.fee_kind, c.fee_bp, c.fee_cents_per_kg, c.uses_quality)
            for c in b.commodities.list()
        ]
    ) == [("Karet", "percent", 300, 0, True), ("TBS Sawit", "per_kg", 0, 2500, False)]

    # 2. Three members through the Anggota screen's form ---------------------------------
    sidebar = window.sidebar
    assert window.stack.currentWidget() is window.dashboard
    qtbot.mouseClick(sidebar.viewport(), LEFT, pos=sidebar.visualItemRect(sidebar.item(1)).center())
    assert window.stack.currentWidget() is window.members
    members = [
        ("Siti Aminah", "1503014507800001", "P", "Lembah Jaya"),
        ("Budi Santoso", "", "L", "Pauh"),
        ("Rahmat Hidayat", "", "L", "Lembah Jaya"),
    ]
    numbers = [add_member(qtbot, window, runner, *m) for m in members]
    assert numbers == ["LJ-0001", "LJ-0002", "LJ-0003"]
    settle(qtbot, runner)
    qtbot.waitUntil(lambda: window.members.model.rowCount() == 3, timeout=5000)
    assert window.members.count_label.text() == "3 anggota"
    stored = runner.call(lambda b: [b.members.get(n) for n in numbers])
    assert [(m.name, m.nik, m.gender, m.village, m.joined) for m in stored] == [
        ("Siti Aminah", "1503014507800001", "P", "Lembah Jaya", TODAY),
        ("Budi Santoso", None, "L", "Pauh", TODAY),
        ("Rahmat Hidayat", None, "L", "Lembah Jaya", TODAY),
    ]

    # 3. Three weighings at the Setoran screen, from the keyboard ------------------------
    window.delivery_action.trigger()  # Ctrl+D: the form, on the member field
    page = window.deliveries
    assert window.stack.currentWidget() is page
    settle(qtbot, runner)
    qtbot.waitUntil(lambda: page.form.member_model.rowCount() == 3, timeout=5000)
    form = page.form
    assert form.commodity_combo.currentText() == "Karet"
    assert form.date() == TODAY
    Return, Down = Qt.Key.Key_Return, Qt.Key.Key_Down

    # Siti: "siti" matches her alone, Enter takes her. 120,5 kg − 0,5 kg tare = 120 kg.
    weigh(qtbot, page, runner, ("siti", Return), "120,5", "0,5", "55")
    assert page.status_label.text() == "✓ Tersimpan: NT-2026-000001 — Siti Aminah, 120 kg"
    # Budi: "s" matches Budi Santoso and Siti; Enter says so and reopens the list, Down
    # takes the first (alphabetical) one, Enter picks him.
    weigh(qtbot, page, runner, ("s", Return, Down, Return), "80", "", "60")
    assert page.status_label.text() == "✓ Tersimpan: NT-2026-000002 — Budi Santoso, 80 kg"
    # Rahmat by his member number.
    weigh(qtbot, page, runner, ("lj-0003", Return), "51", "", "50")
    assert page.status_label.text() == "✓ Tersimpan: NT-2026-000003 — Rahmat Hidayat, 51 kg"

    deliveries = runner.call(lambda b: b.deliveries.on_date(TODAY))
    assert [
        (
            d.receipt,
            d.member_id,
            d.gross_grams,
            [(x.kind, x.grams) for x in d.deductions],
            d.net_grams,
            d.quality_bp,
            d.status,
        )
        for d in deliveries
    ] == [
        ("NT-2026-000001", 1, 120_500, [("tare", 500)], 120_000, 5500, "open"),
        ("NT-2026-000002", 2, 80_000, [], 80_000, 6000, "open"),
        ("NT-2026-000003", 3, 51_000, [], 51_000, 5000, "open"),
    ]
    qtbot.waitUntil(lambda: page.model.rowCount() == 3, timeout=5000)
    assert page.model.index(0, cols.COL_RECEIPT).data() == "NT-2026-000003"  # newest first
    qtbot.waitUntil(lambda: "251 kg" in page.totals_label.text(), timeout=5000)
    assert "Karet</b>&nbsp; 3 setoran · <b>251 kg" in page.totals_label.text()

    # 4. The sale, with the book's live preview ------------------------------------------
    window.go(3)
    settle(qtbot, runner)
    before = set(window.sales.findChildren(SaleWizard))
    click(qtbot, window.sales.new_button)
    (wizard,) = set(window.sales.findChildren(SaleWizard)) - before
    assert wizard.isVisible()
    settle(qtbot, runner)
    qtbot.waitUntil(wizard.commodity_page.isComplete, timeout=5000)
    combo = wizard.commodity_page.commodity_combo
    combo.setCurrentIndex(combo.findData("Karet"))
    assert combo.currentText() == "Karet (jasa 3 %)"
    assert wizard.sale_date() == TODAY
    settle(qtbot, runner)
    qtbot.waitUntil(wizard.commodity_page.isComplete, timeout=5000)
    assert wizard.commodity_page.summary.text() == (
        "Siap digabungkan: 3 setoran belum terjual dari 3 anggota, berat bersih 251 kg."
    )
    next_button = wizard.button(QWizard.WizardButton.NextButton)
    click(qtbot, next_button)
    pool = wizard.pool_page
    assert pool.model.rowCount() == 3
    assert len(pool.model.chosen_receipts()) == 3
    # Dry-weight equivalent: 120 × 55 % + 80 × 60 % + 51 × 50 % = 66 + 48 + 25,5 = 139,5 kg.
    assert "139,5 kg" in pool.totals.text()
    click(qtbot, next_button)

    terms = wizard.terms_page
    assert wizard.currentPage() is terms
    qtbot.keyClicks(terms.buyer_edit, "PT Remco Jambi")
    qtbot.keyClicks(terms.sold_edit, "245")
    qtbot.keyClicks(terms.price_edit, "12.500")
    assert terms.price_hint.text() == "= Rp 12.500 / kg"
    terms.costs.item(0, 0).setText("Transport")
    terms.costs.item(0, 1).setText("150.000")
    qtbot.waitUntil(terms.isComplete, timeout=5000)
    settlement = wizard.preview.settlement
    # By hand:
    #   G = 245 kg × Rp 12.500 = Rp 3.062.500
    #   F = 3 % × 3.062.500 = Rp 91.875
    #   K = Rp 150.000 (transport)
    #   N = 3.062.500 − 91.875 − 150.000 = Rp 2.820.625
    # Weight-equivalents (net grams × KKK): Siti 120 kg × 55 % = 66 kg, Budi 80 × 60 % =
    # 48 kg, Rahmat 51 × 50 % = 25,5 kg; together 139,5 kg. N × share / 139,5:
    #   Siti   2.820.625 × 66   / 139,5 = 1.334.489,247…  → floor 1.334.489
    #   Budi   2.820.625 × 48   / 139,5 =   970.537,634…  → floor   970.537
    #   Rahmat 2.820.625 × 25,5 / 139,5 =   515.598,118…  → floor   515.598
    # The floors make 2.820.624; the one rupiah left goes to the largest remainder
    # (Budi's ,634): Siti 1.334.489, Budi 970.538, Rahmat 515.598 = 2.820.625.
    assert (settlement.gross, settlement.fee, settlement.costs, settlement.net) == (
        3_062_500,
        91_875,
        150_000,
        2_820_625,
    )
    assert [f.text() for f in terms.figures] == [
        "Rp 3.062.500",
        "Rp 91.875",
        "Rp 150.000",
        "Rp 2.820.625",
        "251 kg",
        "245 kg",
        "6 kg (2,39 %)",  # susut 251 − 245 = 6 kg = 2,390 % of 251
    ]
    assert terms.figure_labels[1].text() == "Jasa koperasi (3 %)"
    shares = terms.shares_model
    assert [
        (shares.index(r, 0).data(), shares.index(r, COL_SHARE).data())
        for r in range(shares.rowCount())
    ] == [
        ("LJ-0001", "Rp 1.334.489"),
        ("LJ-0002", "Rp 970.538"),
        ("LJ-0003", "Rp 515.598"),
        (None, "Rp 2.820.625"),  # the total row: the net, to the rupiah
    ]
    assert settlement.shares == {1: 1_334_489, 2: 970_538, 3: 515_598}
    assert runner.call(lambda b: b.sales.list()) == []  # nothing saved yet

    click(qtbot, next_button)
    assert wizard.currentId() == SaleWizard.PAGE_CONFIRM
    recap = wizard.confirm_page.recap.text()
    for figure in ("Rp 3.062.500", "Rp 91.875", "Rp 150.000", "Rp 2.820.625", "245 kg"):
        assert figure in recap
    click(qtbot, wizard.button(QWizard.WizardButton.CommitButton))
    qtbot.waitUntil(lambda: wizard.currentId() == SaleWizard.PAGE_DONE, timeout=10_000)
    number = wizard.saved_number
    assert number == "PJ-2026-0001"

    detail = runner.call(lambda b: b.sales.detail(number))
    sale = detail.sale
    assert (sale.gross, sale.fee, sale.costs, sale.net) == (
        settlement.gross,
        settlement.fee,
        settlement.costs,
        settlement.net,
    )
    assert (sale.buyer, sale.sold_grams, sale.price_cents, sale.pooled_grams, sale.date) == (
        "PT Remco Jambi",
        245_000,
        1_250_000,
        251_000,
        TODAY,
    )
    assert [(c.label, c.amount) for c in detail.costs] == [("Transport", 150_000)]
    assert {member_id: share for member_id, _, _, share in detail.shares} == settlement.shares
    assert {d.id: d.part for d in detail.deliveries} == settlement.parts
    assert {d.status for d in detail.deliveries} == {"settled"}

    # 5. Pay everyone in cash, then print the run's slips --------------------------------
    questions: list[str] = []
    monkeypatch.setattr(
        "koperasi.gui.pages.payouts.confirm",
        lambda parent, title, text: questions.append(text) or True,
    )
    shown: list[tuple] = []
    monkeypatch.setattr("koperasi.gui.preview.show_pdf", lambda *args: shown.append(args) or None)
    click(qtbot, wizard.done_page.pay_button)  # "Bayar anggota sekarang": to Pembayaran
    qtbot.waitUntil(lambda: not wizard.isVisible(), timeout=5000)
    payouts = window.payouts
    assert window.stack.currentWidget() is payouts
    settle(qtbot, runner)
    qtbot.waitUntil(
        lambda: payouts.sale_combo.currentData() == number and len(payouts.model.rows) == 3,
        timeout=5000,
    )
    assert payouts.sale_combo.currentText().endswith("— 3 belum dibayar")
    assert not payouts.pay_button.isEnabled()
    click(qtbot, payouts.all_button)
    assert payouts.model.checked_members() == ["LJ-0001", "LJ-0002", "LJ-0003"]
    assert payouts.method_combo.currentData() == "cash"
    assert "3 anggota dipilih: <b>Rp 2.820.625</b>" in payouts.selected_label.text()
    click(qtbot, payouts.pay_button)
    qtbot.waitUntil(lambda: len(shown) == 1, timeout=20_000)
    assert questions == [
        "Bayar bagian 3 anggota dari penjualan PJ-2026-0001, seluruhnya Rp 2.820.625, "
        "secara tunai pada 27/11/2026?",
        "3 anggota sudah dibayar dengan slip SP-2026-000001 sampai SP-2026-000003. "
        "Cetak slipnya sekarang?",
    ]
    paid = runner.call(lambda b: b.payouts.of_sale(number))
    assert [
        (p.slip, p.member_id, p.share, p.deductions, p.paid, p.method, p.date) for p in paid
    ] == [
        ("SP-2026-000001", 1, 1_334_489, 0, 1_334_489, "cash", TODAY),
        ("SP-2026-000002", 2, 970_538, 0, 970_538, "cash", TODAY),
        ("SP-2026-000003", 3, 515_598, 0, 515_598, "cash", TODAY),
    ]

    pdf, title, file_name, paper, parent = shown[0]
    assert (file_name, paper, parent) == ("slips-SP-2026-000001.pdf", "a5", payouts)
    assert "SP-2026-000001" in title
    slips_file = tmp_path / file_name
    slips_file.write_bytes(pdf)
    reader = PdfReader(slips_file)
    assert len(reader.pages) == 3  # one slip a page
    expected_slips = [
        ("SP-2026-000001", "LJ-0001", "Siti Aminah", "Rp 1.334.489",
         "Satu juta tiga ratus tiga puluh empat ribu empat ratus delapan puluh sembilan rupiah"),
        ("SP-2026-000002", "LJ-0002", "Budi Santoso", "Rp 970.538",
         "Sembilan ratus tujuh puluh ribu lima ratus tiga puluh delapan rupiah"),
        ("SP-2026-000003", "LJ-0003", "Rahmat Hidayat", "Rp 515.598",
         "Lima ratus lima belas ribu lima ratus sembilan puluh delapan rupiah"),
    ]  # fmt: skip
    for pdf_page, (slip, member, name, amount, words) in zip(
        reader.pages, expected_slips, strict=True
    ):
        text = normalized(pdf_page.extract_text())
        assert slip in text
        assert member in text
        assert name in text
        assert amount in text
        assert "PJ-2026-0001" in text
        assert f"Terbilang: {words}" in text
        assert "Wartini" in text  # the treasurer signs
    settle(qtbot, runner)
    qtbot.waitUntil(lambda: payouts.model.unpaid_count() == 0, timeout=5000)
    assert payouts.sale_combo.currentText().endswith("— lunas")
    assert payouts.model.index(0, COL_STATUS).data() == (
        "Sudah dibayar · SP-2026-000001 · 27/11/2026"
    )
    assert not payouts.pay_button.isEnabled()

    # 6. English and back, keeping what is typed ------------------------------------------
    window.go(2)
    settle(qtbot, runner)
    qtbot.keyClicks(form.gross_edit, "75,5")
    assert [sidebar.item(i).text() for i in range(sidebar.count())] == [
        "Beranda",
        "Anggota",
        "Setoran",
        "Penjualan",
        "Pembayaran",
        "Simpanan & Pinjaman",
        "Kas",
        "Laporan",
        "Tutup buku & SHU",
        "Pengaturan",
        "Aset & penyesuaian",  # i14gui
    ]
    assert window.members.add_button.text() == "Tambah &anggota"

    window.language_actions["en"].trigger()
    # The menu and the Settings screen show the language now in use.
    assert window.language_actions["en"].isChecked()
    assert not window.language_actions["id"].isChecked()
    qtbot.waitUntil(
        lambda: window.settings_page.window_language_combo.currentData() == "en", timeout=2000
    )
    assert QSettings().value("language") == "en"
    assert [window.sidebar.item(i).text() for i in range(window.sidebar.count())] == [
        "Home",
        "Members",
        "Deliveries",
        "Sales",
        "Payouts",
        "Savings & loans",
        "Cash book",
        "Reports",
        "Closing & SHU",
        "Settings",
        "Assets & adjustments",  # i14gui
    ]
    assert window.file_menu.title() == "&File"
    assert window.book_label.text() == f"Book: {path}"
    assert page.heading.text() == "<h2>Deliveries</h2>"
    assert payouts.heading.text() == "<h2>Pay members their shares</h2>"
    assert window.members.add_button.text() == "&Add member"
    assert page.save_button.text() == "&Save (Ctrl+Enter)"
    assert form.labels["gross"].text() == "&Gross weight (kg)"
    assert page.model.headerData(cols.COL_NET, Qt.Orientation.Horizontal) == "Net (kg)"
    assert payouts.model.headerData(COL_SHARE, Qt.Orientation.Horizontal) == "Share"
    assert window.reports.tb_table.horizontalHeaderItem(1).text() == "Account"
    assert payouts.sale_combo.currentText().endswith("— all paid")
    assert page.status_label.text() == ""  # typing the next weighing cleared "Saved: …"
    # what was typed and not saved is still there
    assert form.gross_edit.text() == "75,5"
    assert form.plot_combo.currentText() == "No mapped plot (untraceable)"
    assert page.net_label.text() == "75,5 kg"

    window.language_actions["id"].trigger()
    assert window.language_actions["id"].isChecked()
    qtbot.waitUntil(
        lambda: window.settings_page.window_language_combo.currentData() == "id", timeout=2000
    )
    assert window.sidebar.item(2).text() == "Setoran"
    assert page.heading.text() == "<h2>Setoran</h2>"
    assert window.members.add_button.text() == "Tambah &anggota"
    assert form.gross_edit.text() == "75,5"
    assert form.plot_combo.currentText() == "Tanpa kebun terpetakan (tidak tertelusur)"
    form.clear_for_next()  # the treasurer changes their mind: nothing more is weighed
    settle(qtbot, runner)
    assert len(runner.call(lambda b: b.deliveries.on_date(TODAY))) == 3

    # 7. The trial balance on Laporan ------------------------------------------------------
    window.go(window.pages.index(window.reports))
    reports = window.reports
    settle(qtbot, runner)
    qtbot.waitUntil(lambda: reports.trial_balance is not None, timeout=5000)
    tb = reports.trial_balance
    assert tb.until == TODAY
    assert tb.balanced
    assert tb.total_debit == tb.total_credit > 0
    table = reports.tb_table
    rows = [
        [table.item(r, c).text() for c in range(table.columnCount())]
        for r in range(table.rowCount())
    ]
    (cash,) = [row for row in rows if row[0] == "1101"]
    # Kas: the gross received 3.062.500, less transport 150.000, less the payouts
    # 2.820.625 = Rp 91.875, the cooperative's fee.
    assert cash[1] == "Kas"
    assert cash[4] == "Rp 91.875"
    assert rows[-1][1:4] == ["Jumlah", rupiah(tb.total_debit), rupiah(tb.total_credit)]
    assert reports.tb_status.text().startswith("Seimbang per 27 November 2026")
    book_tb = runner.call(lambda b: b.journal.trial_balance(TODAY))
    assert book_tb.total_debit == book_tb.total_credit
    assert next(r for r in book_tb.rows if r.code == "1101").balance == 91_875


# -- a second writer ------------------------------------------------------------------------


def test_a_second_writer_is_refused_both_ways(qtbot, window, runner, small_book, tmp_path,
                                              monkeypatch):  # fmt: skip
    # The window holds the small book: a second Book.open here, or another process, is refused.
    with pytest.raises(BookLockedError) as refused:
        Book.open(small_book)
    assert LOCKED in refused.value.message()
    other_process = subprocess.run(
        [
            sys.executable,
            "-c",
            "import sys\n"
            "from koperasi.book import Book\n"
            "from koperasi.core.errors import KoperasiError\n"
            "try:\n"
            "    Book.open(sys.argv[1])\n"
            "except KoperasiError as exc:\n"
            "    print(exc.message())\n"
            "    raise SystemExit(3)\n",
            str(small_book),
        ],
        capture_output=True,
        text=True,
        timeout=60,
        cwd=Path(__file__).resolve().parents[2],
    )
    assert other_process.returncode == 3, other_process.stderr
    assert LOCKED in other_process.stdout

    # The reverse: this test holds another book; the window is refused it and stays put.
    said: list[str] = []
    monkeypatch.setattr(
        "koperasi.gui.main_window.show_error", lambda parent, exc: said.append(error_text(exc))
    )
    held_path = tmp_path / "dipegang.koperasi"
    held = Book.create(held_path, name="Koperasi Tani Lain")
    try:
        window.open_book(held_path)
        qtbot.waitUntil(lambda: len(said) == 1, timeout=5000)
        settle(qtbot, runner)
        assert said[0].startswith(f"Buku {held_path} {LOCKED}")
        assert runner.book_path == small_book
        assert window.central.currentWidget() is window.workspace
        assert window.book_label.text() == f"Buku: {small_book}"
        # the old book is still open in the worker, and still its lock
        assert runner.call(lambda b: b.profile.name) == "Koperasi Produsen Tani Lembah Jaya"
        with pytest.raises(BookLockedError):
            Book.open(small_book)
    finally:
        held.close()

    # Once the other program lets go, the window opens it and lets go of the old book.
    window.open_book(held_path)
    settle(qtbot, runner)
    assert said == [said[0]]
    assert runner.book_path == held_path
    assert runner.call(lambda b: b.profile.name) == "Koperasi Tani Lain"
    Book.open(small_book).close()


def test_without_a_book_a_refusal_stays_on_the_welcome_screen(qtbot, runner, small_book,
                                                               monkeypatch):  # fmt: skip
    from koperasi.gui.main_window import MainWindow

    said: list[str] = []
    monkeypatch.setattr(
        "koperasi.gui.main_window.show_error", lambda parent, exc: said.append(error_text(exc))
    )
    window = MainWindow(runner, QSettings())
    qtbot.addWidget(window)
    window.show()
    with Book.open(small_book):
        window.open_book(small_book)
        qtbot.waitUntil(lambda: len(said) == 1, timeout=5000)
        settle(qtbot, runner)
    assert LOCKED in said[0]
    assert runner.book_path is None
    assert window.central.currentWidget() is window.welcome
    assert not window.close_action.isEnabled()
    missing = small_book.with_name("hilang.koperasi")  # a book that is not there
    window.open_book(missing)
    qtbot.waitUntil(lambda: len(said) == 2, timeout=5000)
    assert str(missing) in said[1]
    assert runner.book_path is None
    assert window.central.currentWidget() is window.welcome
    assert not missing.exists()


# -- the window remembers itself ------------------------------------------------------------


def test_the_window_remembers_its_size_and_the_last_book(qtbot, runner, small_book):
    from koperasi.gui.main_window import MainWindow

    first = MainWindow(runner, QSettings())
    qtbot.addWidget(first)
    first.show()
    qtbot.waitExposed(first)
    runner.open_book_sync(small_book)
    settle(qtbot, runner)  # every screen has loaded before the book closes
    # Qt restores a window no larger than its screen; the offscreen screen is 800 × 800 and
    # the window at least 1000 × 680 wide, so the size chosen is as narrow as it goes.
    # (Without a saved geometry the window opens at 1280 × 800.)
    size = QSize(1000, 745)
    first.resize(size)
    qtbot.waitUntil(lambda: first.size() == size, timeout=2000)
    assert first.close()
    # As at the end of the app: the worker closes the book.
    runner._wait(lambda _fn, done, error: runner.close_book(done), None, 10_000)

    settings = QSettings()
    settings.sync()
    assert settings.value("last_book") == str(Path(small_book).resolve())
    assert settings.value("geometry") is not None

    second = MainWindow(runner, QSettings())
    qtbot.addWidget(second)
    assert second.size() == size
    second.show()
    qtbot.waitExposed(second)
    assert second.size() == size
    assert second.welcome.recent_paths() == [str(Path(small_book).resolve())]
    # What the app does at start: open the last book.
    second.open_book(Path(str(second.settings.value("last_book"))))
    settle(qtbot, runner)
    assert runner.book_path == Path(small_book).resolve()
    assert second.central.currentWidget() is second.workspace


def test_the_language_is_current_while_the_screens_retranslate(qtbot, window, runner):
    """Dates in words and the checked language follow a switch at once (they used to show
    the language before the switch)."""
    window.go(window.pages.index(window.reports))
    settle(qtbot, runner)
    reports = window.reports
    reports.tb_date.setDate(QDate(2026, 8, 17))
    settle(qtbot, runner)
    assert reports.tb_status.text().startswith("Seimbang per 17 Agustus 2026")
    window.language_actions["en"].trigger()
    assert reports.tb_status.text().startswith("Balanced as of 17 August 2026")
    assert window.language_actions["en"].isChecked()
    window.language_actions["id"].trigger()
    assert reports.tb_status.text().startswith("Seimbang per 17 Agustus 2026")
    assert window.language_actions["id"].isChecked()
