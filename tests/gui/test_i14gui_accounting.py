"""Issue 14 on screen (i14gui): Aset & penyesuaian — fixed assets bought, depreciated and
sold, the allowance for doubtful loans, the accrued loan service and the chart of accounts,
all typed with real keystrokes, checked against figures worked by hand.

The GUI's today is 27/11/2026. Other income 20.000.000 on 01/12/2025. A scale of
12.000.000 (24 months, no residual: 500.000 a month from January 2026) bought 31/12/2025;
depreciated up to 05/2026: 2.500.000; sold 30/06/2026 for 8.000.000: June's 500.000 in
the sale, accumulated 3.000.000, book value 9.000.000, loss 1.000.000.

Loans at 31/10/2026 (1 % a month, flat): Ahmad 1.200.000 from 01/03/2026, 12 months, only
April repaid (100.000 + 12.000): 1.100.000 owed, overdue since 01/05 (183 days), macet
100 % = 1.100.000. Dewi 1.000.000 from 15/08/2026, 10 months, nothing repaid: overdue
since 15/09 (46 days), kurang lancar 10 % = 100.000; its service of September and October
(2 × 10.000) is due and unpaid: the accrual, 20.000. Eko 600.000 from 15/10/2026: nothing
due yet, lancar 0,5 % = 3.000. Allowance 1.203.000.
"""

import datetime
import os
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from koperasi.core import accounts as acc
from koperasi.gui.kit import fit
from tests.gui.conftest import settle

D = datetime.date
DOCS = Path(__file__).resolve().parents[2] / "docs" / "screenshots"


def balance(book, code):
    rows = book.journal.trial_balance().rows
    return next((r.balance for r in rows if r.code == code), 0)


def cells(table, row):
    return [table.item(row, c).text() for c in range(table.columnCount())]


def setup(book):
    book.cash.income("Pendapatan lain-lain", 20_000_000, "Sewa gudang", date=D(2025, 12, 1))
    ahmad, dewi, eko = (
        book.members.add(name, joined=D(2025, 1, 2)).number for name in ("Ahmad", "Dewi", "Eko")
    )
    late = book.loans.grant(ahmad, "pinjaman", 1_200_000, D(2026, 3, 1), months=12, rate_bp=100)
    book.loans.repay(late.number, 112_000, D(2026, 4, 1))
    book.loans.grant(dewi, "pinjaman", 1_000_000, D(2026, 8, 15), months=10, rate_bp=100)
    book.loans.grant(eko, "pinjaman", 600_000, D(2026, 10, 15), months=6, rate_bp=100)


def type_date(qtbot, edit, text):
    edit.setFocus()
    edit.setSelectedSection(
        edit.Section.DaySection if "/" in text[:3] else edit.Section.MonthSection
    )
    qtbot.keyClicks(edit, text)


def open_page(qtbot, window, runner):
    runner.call(setup)
    window.go(window.pages.index(window.accounting))
    settle(qtbot, runner)
    qtbot.waitUntil(lambda: window.accounting.data is not None, timeout=5000)
    return window.accounting


def test_assets_bought_depreciated_and_sold(qtbot, window, runner, monkeypatch):
    page = open_page(qtbot, window, runner)
    assert page.title() == "Aset & penyesuaian"
    assert page.tabs.tabText(0) == "Aset tetap"
    assert page.assets_note.text() == "Belum ada aset tetap."

    dialog = page.add_asset()
    qtbot.addWidget(dialog)
    settle(qtbot, runner)
    QTest.keyClicks(dialog.name_edit, "Timbangan digital")
    QTest.keyClicks(dialog.cost_edit, "12.000.000")
    type_date(qtbot, dialog.date_edit, "15/12/2025")
    QTest.keyClicks(dialog.life_edit, "24")
    QTest.keyClick(dialog.life_edit, Qt.Key.Key_Return)
    settle(qtbot, runner)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=5000)
    settle(qtbot, runner)
    qtbot.waitUntil(lambda: page.assets_table.rowCount() == 2, timeout=5000)
    assert cells(page.assets_table, 0) == [
        "AT-0001",
        "Timbangan digital",
        "15/12/2025",
        "24",
        "Rp 12.000.000",
        "Rp 0",
        "Rp 12.000.000",
        "Aktif",
    ]
    assert "AT-0001 dicatat: Timbangan digital, Rp 12.000.000" in page.status.text()

    # Up to May: January–May, 5 × 500.000.
    dialog = page.depreciate()
    qtbot.addWidget(dialog)
    settle(qtbot, runner)
    assert dialog.month_edit.text() == "10/2026"  # the last month that is over
    qtbot.waitUntil(lambda: dialog.preview.text() != "", timeout=5000)
    assert dialog.preview.text() == "Akan dibukukan: 10 bulan (01/2026–10/2026), Rp 5.000.000"
    type_date(qtbot, dialog.month_edit, "05/2026")
    settle(qtbot, runner)
    assert dialog.preview.text() == "Akan dibukukan: 5 bulan (01/2026–05/2026), Rp 2.500.000"
    QTest.keyClick(dialog.month_edit, Qt.Key.Key_Return)
    settle(qtbot, runner)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=5000)
    settle(qtbot, runner)
    assert page.status.text() == "Penyusutan dibukukan: 5 bulan, Rp 2.500.000"
    qtbot.waitUntil(lambda: page.assets_table.item(0, 5).text() == "Rp 2.500.000", timeout=5000)
    assert page.assets_table.item(0, 6).text() == "Rp 9.500.000"

    # Sold on 30/06/2026 for 8.000.000: the book value and the loss shown as typed.
    page.assets_table.selectRow(0)
    assert page.dispose_button.isEnabled()
    dialog = page.dispose()
    qtbot.addWidget(dialog)
    settle(qtbot, runner)
    type_date(qtbot, dialog.date_edit, "30/06/2026")
    assert not dialog.money_combo.isEnabled()  # nothing received yet: a write-off
    QTest.keyClicks(dialog.proceeds_edit, "8.000.000")
    assert dialog.money_combo.isEnabled()
    assert dialog.result.text() == "Nilai buku saat dilepas: Rp 9.000.000; rugi Rp 1.000.000"
    QTest.keyClicks(dialog.reason_edit, "dijual ke CV Maju")
    asked = []
    monkeypatch.setattr(
        "koperasi.gui.dialogs.assets.confirm", lambda *args: asked.append(args[2]) or True
    )
    QTest.keyClick(dialog.reason_edit, Qt.Key.Key_Return)
    settle(qtbot, runner)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=5000)
    assert asked and "Rp 8.000.000" in asked[0] and "30/06/2026" in asked[0]
    settle(qtbot, runner)
    qtbot.waitUntil(lambda: "Dilepas" in page.assets_table.item(0, 7).text(), timeout=5000)
    assert cells(page.assets_table, 0)[4:] == [
        "Rp 12.000.000",
        "Rp 3.000.000",
        "Rp 9.000.000",
        "Dilepas 30/06/2026",
    ]
    assert cells(page.assets_table, 1)[4:7] == ["Rp 0", "Rp 0", "Rp 0"]  # nothing in use
    assert "AT-0001 30/06/2026: dijual Rp 8.000.000, rugi Rp 1.000.000" in page.assets_note.text()
    page.assets_table.selectRow(0)
    assert not page.dispose_button.isEnabled()  # sold already
    assert page.reverse_button.isEnabled()

    def figures():
        return runner.call(
            lambda book: [
                balance(book, c)
                for c in (acc.FIXED_ASSETS, acc.ACCUMULATED_DEPRECIATION, acc.DISPOSAL_LOSS)
            ]
        )

    assert figures() == [0, 0, 1_000_000]
    assert runner.call(lambda book: book.checks.ok())

    # Entered in error: reversed with a reason, the asset back in use (May's 2.500.000).
    monkeypatch.setattr(
        "koperasi.gui.pages.accounting.ask_reason", lambda *args: "salah pilih aset"
    )
    QTest.mouseClick(page.reverse_button, Qt.MouseButton.LeftButton)
    settle(qtbot, runner)
    settle(qtbot, runner)
    assert page.status.text() == "Pelepasan AT-0001 dibatalkan; aset kembali disusutkan."
    qtbot.waitUntil(lambda: page.assets_table.item(0, 7).text() == "Aktif", timeout=5000)
    assert cells(page.assets_table, 0)[5:7] == ["Rp 2.500.000", "Rp 9.500.000"]
    assert figures() == [12_000_000, -2_500_000, 0]
    assert runner.call(lambda book: book.checks.ok())


def test_a_refused_disposal_says_one_sentence(qtbot, window, runner, monkeypatch):
    page = open_page(qtbot, window, runner)
    runner.call(lambda book: book.assets.add("Gerobak", 6_000_000, D(2026, 1, 10), life_months=60))
    page.refresh()
    settle(qtbot, runner)
    page.assets_table.selectRow(0)
    dialog = page.dispose()
    qtbot.addWidget(dialog)
    settle(qtbot, runner)
    type_date(qtbot, dialog.date_edit, "05/01/2026")
    monkeypatch.setattr("koperasi.gui.dialogs.assets.confirm", lambda *args: True)
    QTest.keyClick(dialog.proceeds_edit, Qt.Key.Key_Return)
    settle(qtbot, runner)
    assert dialog.error.text() == (
        "Aset AT-0001 baru diperoleh pada 10/01/2026: tanggal pelepasan tidak boleh sebelumnya."
    )
    assert dialog.isVisible()
    assert runner.call(lambda book: book.assets.list()[0].disposal) is None


def test_allowance_and_accrual_posted_at_a_month_end(qtbot, window, runner, monkeypatch):
    page = open_page(qtbot, window, runner)
    page.tabs.setCurrentIndex(1)
    assert page.allowance_month.text() == "10/2026"
    t = page.allowance_table
    assert [cells(t, r) for r in range(t.rowCount())] == [
        ["Lancar", "1", "Rp 600.000", "0,5 %", "Rp 3.000"],
        ["Kurang lancar", "1", "Rp 1.000.000", "10 %", "Rp 100.000"],
        ["Diragukan", "0", "Rp 0", "50 %", "Rp 0"],
        ["Macet", "1", "Rp 1.100.000", "100 %", "Rp 1.100.000"],
        ["Jumlah", "3", "Rp 2.700.000", "", "Rp 1.203.000"],
    ]
    assert page.allowance_booked.text() == "Dibukukan di 1209 per 31/10/2026: Rp 0"
    assert page.allowance_adjustment.text() == "Penyesuaian yang perlu dibukukan: Rp 1.203.000"
    monkeypatch.setattr("koperasi.gui.pages.accounting.confirm", lambda *args: True)
    QTest.mouseClick(page.post_allowance_button, Qt.MouseButton.LeftButton)
    settle(qtbot, runner)
    settle(qtbot, runner)
    qtbot.waitUntil(lambda: page.allowance_booked.text().endswith("Rp 1.203.000"), timeout=5000)
    assert page.allowance_adjustment.text() == "Penyisihan sudah sesuai: tidak ada yang dibukukan."
    assert not page.post_allowance_button.isEnabled()
    assert runner.call(lambda book: balance(book, acc.ALLOWANCE)) == -1_203_000

    page.tabs.setCurrentIndex(2)
    assert page.accrual_figure.text() == (
        "Jatuh tempo dan belum dibayar per 31/10/2026: Rp 20.000 pada 1 pinjaman"
    )
    QTest.mouseClick(page.post_accrual_button, Qt.MouseButton.LeftButton)
    settle(qtbot, runner)
    settle(qtbot, runner)
    assert page.status.text() == "Akrual dibukukan: Rp 20.000."
    qtbot.waitUntil(lambda: "sudah dibukukan" in page.accrual_figure.text(), timeout=5000)
    assert page.accrual_figure.text() == "Akrual per 31/10/2026 sudah dibukukan."
    assert not page.post_accrual_button.isEnabled()
    # Posted on 31/10 and reversed on 01/11: nothing left at today.
    assert runner.call(lambda book: balance(book, acc.SERVICE_RECEIVABLE)) == 0
    # A month not over: the post buttons wait.
    type_date(qtbot, page.accrual_month, "11/2026")
    settle(qtbot, runner)
    qtbot.waitUntil(lambda: page.data.on == D(2026, 11, 30), timeout=5000)
    assert not page.post_accrual_button.isEnabled()
    assert page.allowance_month.text() == "11/2026"


def test_chart_of_accounts_and_a_new_account(qtbot, window, runner):
    page = open_page(qtbot, window, runner)
    page.tabs.setCurrentIndex(3)
    tree = page.chart_tree
    kinds = [tree.topLevelItem(i).text(0) for i in range(tree.topLevelItemCount())]
    assert kinds == ["Aset", "Liabilitas", "Ekuitas", "Pendapatan", "Beban"]
    expenses = tree.topLevelItem(4)
    codes = [expenses.child(i).text(0) for i in range(expenses.childCount())]
    assert "5107" in codes and "5109" in codes
    dialog = page.add_account()
    qtbot.addWidget(dialog)
    dialog.parent_combo.setCurrentIndex(dialog.parent_combo.findData("51"))
    assert dialog.code_edit.text() == "5150"  # the first of the cooperative's own codes
    QTest.keyClicks(dialog.name_edit, "Beban Pemeliharaan")
    QTest.keyClick(dialog.name_edit, Qt.Key.Key_Return)
    settle(qtbot, runner)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=5000)
    settle(qtbot, runner)
    assert page.status.text() == "Akun 5150 Beban Pemeliharaan ditambahkan."
    qtbot.waitUntil(lambda: page.chart_tree.topLevelItem(4).childCount() == len(codes) + 1)
    # Under equity: refused in one sentence, nothing added.
    dialog = page.add_account()
    qtbot.addWidget(dialog)
    dialog.code_edit.clear()
    QTest.keyClicks(dialog.code_edit, "3202")
    QTest.keyClicks(dialog.name_edit, "Cadangan lain")
    QTest.keyClick(dialog.name_edit, Qt.Key.Key_Return)
    settle(qtbot, runner)
    assert "Kode akun 3202 tidak dapat ditambahkan" in dialog.error.text()
    assert runner.call(lambda book: [a.code for a in book.chart.list()]).count("3202") == 0


def test_screenshots(qtbot, window, runner, monkeypatch, tmp_path):
    out = DOCS if os.environ.get("KOPERASI_SCREENSHOTS") == "1" else tmp_path
    out = Path(os.environ.get("I14GUI_SHOTS", out))
    out.mkdir(parents=True, exist_ok=True)

    def work(book):
        book.assets.add("Timbangan digital 500 kg", 12_000_000, D(2025, 12, 31), life_months=24)
        book.assets.add("Lemari arsip", 4_800_000, D(2026, 2, 1), life_months=48, residual=0)
        book.disposals.dispose("AT-0001", D(2026, 6, 30), 8_000_000)
        book.assets.depreciate(2026, 10)

    page = open_page(qtbot, window, runner)
    runner.call(work)
    page.refresh()
    settle(qtbot, runner)
    for width, height in ((1024, 768), (1366, 768)):
        monkeypatch.setattr(fit, "available_size", lambda widget, w=width, h=height: (w, h - 40))
        window.resize(width, height - 40)
        for index, name in enumerate(("assets", "allowance", "accrual", "chart")):
            page.tabs.setCurrentIndex(index)
            QApplication.processEvents()
            qtbot.wait(50)
            window.grab().save(str(out / f"i14gui-{name}-{width}x{height}.png"))
    page.tabs.setCurrentIndex(0)
    page.assets_table.selectRow(1)
    dialog = page.dispose()
    qtbot.addWidget(dialog)
    settle(qtbot, runner)
    QTest.keyClicks(dialog.proceeds_edit, "3.500.000")
    dialog.show()
    QApplication.processEvents()
    dialog.grab().save(str(out / "i14gui-dispose-dialog.png"))
    assert dialog.result.text().startswith("Nilai buku saat dilepas: Rp 3.900.000")
    dialog.close()
    assert (out / "i14gui-assets-1024x768.png").exists()


def test_only_the_treasurer_writes(qtbot, window, runner):
    page = open_page(qtbot, window, runner)
    buttons = (
        page.add_asset_button,
        page.depreciate_button,
        page.post_allowance_button,
        page.add_account_button,
    )
    assert all(b.isEnabled() for b in buttons)
    window.role_gate.set_role("pengawas")
    assert not any(b.isEnabled() for b in buttons)
    assert page.add_asset_button in window.role_gate.refused()
    window.role_gate.set_role("bendahara")
    assert all(b.isEnabled() for b in buttons)


def test_every_tab_speaks_indonesian(qtbot, window, runner):
    from tests.gui.test_no_english import english_in

    page = open_page(qtbot, window, runner)
    runner.call(
        lambda book: book.assets.add("Timbangan", 12_000_000, D(2026, 1, 5), life_months=24)
    )
    page.refresh()
    settle(qtbot, runner)
    for index in range(page.tabs.count()):
        page.tabs.setCurrentIndex(index)
        QApplication.processEvents()
        assert english_in(window) == [], page.tabs.tabText(index)
