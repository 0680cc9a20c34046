"""The year end on the Tutup buku & SHU page, typed as a treasurer would: close the year
(the confirmation states the SHU), record the RAT's decision with the percentages as voted,
amend it, pay, and a deficit carried; PRATINJAU on a year not closed. Questions are
answered by patched confirm(); no test waits on a dialog."""

import datetime

import pytest
from PySide6.QtCore import Qt

from koperasi.core import accounts as acc
from tests.gui.conftest import settle
from tests.gui.test_closing_shu_page import into_the_new_year, open_page

VOTED = {
    "reserve": "30",
    "jasa_usaha": "30",
    "jasa_modal": "20",
    "board": "5",
    "staff": "5",
    "education": "5",
    "social": "0",
    "regional": "5",
}


@pytest.fixture
def answers(monkeypatch):
    """confirm() says yes and keeps the questions; show_error() keeps the sentences."""
    asked, errors = [], []

    def yes(parent, title, text):
        asked.append(text)
        return True

    def error(parent, exc, title=None):
        errors.append(str(exc))

    for module in ("year_end_box", "closing_shu"):
        monkeypatch.setattr(f"koperasi.gui.pages.{module}.confirm", yes)
        monkeypatch.setattr(f"koperasi.gui.pages.{module}.show_error", error)
    return asked, errors


def type_into(qtbot, edit, text):
    """Select what the field holds and type over it, key by key."""
    edit.setFocus()
    qtbot.keyClick(edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(edit, text)


def type_date(qtbot, edit, text):
    """Type a date from its day section, as the treasurer does."""
    edit.setFocus()
    edit.setSelectedSection(edit.Section.DaySection)
    qtbot.keyClicks(edit, text)


def type_split(qtbot, box, split):
    for part, value in split.items():
        type_into(qtbot, box.part_edits[part], value)


def balance(runner, code):
    debit, credit = runner.call(lambda book: book.journal.account_sums([code])).get(code, (0, 0))
    return credit - debit


def test_close_decide_amend_and_pay(qtbot, window, runner, answers):
    asked, errors = answers
    into_the_new_year(runner)
    page = open_page(qtbot, window, runner)
    box = page.year_end_box
    assert page.year_combo.currentData() == 2026
    # Not closed: a preview, the close button offered, no RAT form yet.
    assert box.provisional_label.isVisible() and box.provisional_label.text() == "PRATINJAU"
    assert box.status_label.text() == "Tahun 2026 belum ditutup: SHU-nya <b>Rp 73.125</b>."
    assert box.close_year_button.isEnabled() and not box.form.isVisible()

    box.close_year_button.click()
    settle(qtbot, runner)
    assert asked == [
        "Tutup tahun 2026 dengan SHU Rp 73.125?\n\nSHU dipindahkan ke SHU belum dibagi sampai "
        "RAT memutuskan pembagiannya, dan buku ditutup sampai 31/12/2026. Tutup tahun tidak "
        "dapat dibatalkan."
    ]
    qtbot.waitUntil(lambda: box.data is not None and box.data.closing is not None, timeout=5000)
    assert balance(runner, acc.UNDISTRIBUTED_SURPLUS) == 73_125
    assert not box.provisional_label.isVisible() and not box.close_year_button.isVisible()
    assert box.status_label.text() == (
        "Tahun 2026 sudah ditutup: SHU <b>Rp 73.125</b> ada di SHU belum dibagi."
    )
    assert box.form.isVisible() and box.decide_button.isVisible()
    assert not page.split_widget.isVisible()  # the statutes' split gives way to the RAT's
    # The form starts from the statutes: 40/25/15/5/5/5/5/0.
    assert box.part_edits["reserve"].text() == "40" and box.part_edits["regional"].text() == "0"

    # The meeting votes other percentages; a wrong total is refused before anything posts.
    type_date(qtbot, box.date_edit, "15/01/2027")
    type_into(qtbot, box.attendance_edit, "45")
    type_split(qtbot, box, {**VOTED, "reserve": "35"})
    assert box.total_percent.text() == "105 %"
    assert box.form_error.text() == "Jumlah persentase 105 %, bukan 100 %."
    assert not box.decide_button.isEnabled()
    type_into(qtbot, box.part_edits["reserve"], "30")
    assert box.total_percent.text() == "100 %" and box.decide_button.isEnabled()
    box.decide_button.click()
    settle(qtbot, runner)
    assert errors == []
    assert asked[-1].startswith("Catat keputusan RAT tanggal 15/01/2027 atas tahun 2026: SHU")
    assert "Daerah kerja: 5 %" in asked[-1]
    decision = runner.call(lambda book: book.yearend.decision(2026))
    # 30 % of 73.125 = 21.937,5 (twice), 20 % = 14.625, 5 % = 3.656,25 (four times); the two
    # rupiah left go to the largest remainders, the reserve and jasa usaha.
    assert decision.row.parts == {
        "reserve": 21_938,
        "jasa_usaha": 21_938,
        "jasa_modal": 14_625,
        "board": 3_656,
        "staff": 3_656,
        "education": 3_656,
        "social": 0,
        "regional": 3_656,
    }
    assert (decision.row.date, decision.row.attendance) == (datetime.date(2027, 1, 15), 45)
    assert balance(runner, acc.REGIONAL_FUND) == 3_656
    assert balance(runner, acc.UNDISTRIBUTED_SURPLUS) == 0
    qtbot.waitUntil(lambda: box.decision_label.isVisible(), timeout=5000)
    text = box.decision_label.text()
    assert text.startswith("<b>RAT 15 Januari 2027</b>, dihadiri 45 anggota, jurnal ")
    assert "Cadangan 30 % = Rp 21.938" in text and "Daerah kerja 5 % = Rp 3.656" in text
    assert box.amend_button.isVisible() and not box.decide_button.isVisible()
    # The SHU list pays from the decision: 21.938 + 14.625 to the members.
    assert page.model.rows and sum(r.total for r in page.model.rows) == 36_563

    # Amended on 20 January: reserve 35 %, no regional fund.
    type_date(qtbot, box.date_edit, "20/01/2027")
    type_into(qtbot, box.part_edits["reserve"], "35")
    type_into(qtbot, box.part_edits["regional"], "0")
    box.amend_button.click()
    settle(qtbot, runner)
    assert errors == []
    assert asked[-1].startswith("Ubah keputusan RAT atas tahun 2026 per tanggal 20/01/2027")
    amended = runner.call(lambda book: book.yearend.decision(2026))
    assert amended.amendments == 1
    assert amended.row.parts["reserve"] == 25_594  # 25.593,75 and a rupiah
    assert amended.row.parts["regional"] == 0
    assert balance(runner, acc.REGIONAL_FUND) == 0
    assert balance(runner, acc.RESERVE) == 25_594
    qtbot.waitUntil(lambda: "diubah 1 kali" in box.decision_label.text(), timeout=5000)

    # Paying Siti freezes the decision: the form can no longer be used.
    assert page.find_member("siti") == 0
    page.toggle_current()
    page.pay_cash_button.click()
    settle(qtbot, runner)
    assert errors == []
    qtbot.waitUntil(lambda: box.data is not None and box.data.paid, timeout=5000)
    assert not box.form.isEnabled()
    assert box.hint.text() == "SHU ini sudah mulai dibayar: keputusan RAT tidak dapat diubah lagi."
    assert runner.call(lambda book: book.shu.is_posted(2026))


def test_deficit_refused_cover_then_carried(qtbot, window, runner, answers):
    asked, errors = answers

    def loss(book):
        # A member's sukarela deposit brings the cash (a liability: no income, no reserve).
        member = book.members.list(active=True)[0].number
        book.savings.deposit(member, "sukarela", 500_000, date=datetime.date(2026, 11, 27))
        book.cash.expense("Rapat/RAT", 500_000, "Konsumsi rapat", datetime.date(2026, 11, 27))

    runner.call(loss)
    into_the_new_year(runner)
    page = open_page(qtbot, window, runner)
    box = page.year_end_box
    assert box.status_label.text() == "Tahun 2026 belum ditutup: SHU-nya <b>Rp 426.875</b>."
    box.close_year_button.click()
    settle(qtbot, runner)
    # 73.125 − 500.000 = −426.875
    assert asked[0].startswith("Tutup tahun 2026 dengan SHU negatif Rp 426.875?")
    qtbot.waitUntil(lambda: box.data is not None and box.data.closing is not None, timeout=5000)
    assert balance(runner, acc.DEFICIT) == -426_875
    assert box.loss_combo.isVisible() and not box.part_edits["reserve"].isVisible()
    # Covering needs a reserve of 426.875; there is none: one sentence, nothing posted.
    box.loss_combo.setFocus()
    qtbot.keyClicks(box.loss_combo, "ditutup")
    assert box.loss_combo.currentData() == "cover"
    box.decide_button.click()
    settle(qtbot, runner)
    assert len(errors) == 1 and "cadangan" in errors[0].lower()
    assert runner.call(lambda book: book.yearend.decision(2026)) is None
    qtbot.keyClick(box.loss_combo, Qt.Key.Key_Up)
    assert box.loss_combo.currentData() == "carry"
    box.decide_button.click()
    settle(qtbot, runner)
    assert len(errors) == 1
    decision = runner.call(lambda book: book.yearend.decision(2026))
    assert decision.row.loss == "carry"
    assert balance(runner, acc.DEFICIT) == -426_875  # carried: still there
    qtbot.waitUntil(lambda: box.decision_label.isVisible(), timeout=5000)
    assert "SHU negatif Rp 426.875 dibawa ke tahun berikutnya." in box.decision_label.text()


def test_the_year_in_progress_is_a_preview(qtbot, window, runner, answers):
    page = open_page(qtbot, window, runner)
    box = page.year_end_box
    assert page.year_combo.currentData() == 2026  # the book's first year: today's
    assert box.provisional_label.isVisible() and box.provisional_label.text() == "PRATINJAU"
    assert box.status_label.text().startswith("Tahun 2026 belum selesai: SHU sampai hari ini")
    assert not box.close_year_button.isEnabled()
    assert not box.form.isVisible()
