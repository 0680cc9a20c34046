"""Tutup buku & SHU: closing a month, the SHU preview against hand-computed figures, the
statutes' percentages, posting, paying members, the RAT report, and refusals."""

import datetime

import pytest

from koperasi.core.shu import DEFAULT_SHU_SPLIT_BP
from koperasi.gui import preview
from koperasi.gui.models.shu_table_model import COL_MODAL, COL_PAID, COL_TOTAL, COL_USAHA
from tests.gui.conftest import settle

NEW_YEAR = datetime.date(2027, 1, 20)


@pytest.fixture
def shown(monkeypatch):
    calls = []
    monkeypatch.setattr(preview, "show_pdf", lambda *args: calls.append(args))
    return calls


@pytest.fixture
def answers(monkeypatch):
    """confirm() says yes and keeps the questions; show_error() keeps the sentences."""
    asked, errors = [], []
    monkeypatch.setattr(
        "koperasi.gui.pages.closing_shu.confirm",
        lambda parent, title, text: asked.append(text) or True,
    )
    monkeypatch.setattr(
        "koperasi.gui.pages.closing_shu.show_error",
        lambda parent, exc, title=None: errors.append(str(exc)),
    )
    return asked, errors


def into_the_new_year(runner):
    """Each member pays Rp 100.000 simpanan pokok on 27 November; then it is January 2027."""

    def setup(book):
        book.savings.configure(pokok_amount=100_000)
        for number in ("LJ-0001", "LJ-0002", "LJ-0003"):
            book.savings.deposit(number, "pokok")
        book.with_today(NEW_YEAR)

    runner.call(setup)


def open_page(qtbot, window, runner):
    window.go(window.pages.index(window.closing_shu))
    page = window.closing_shu
    settle(qtbot, runner)
    qtbot.waitUntil(lambda: page.data is not None, timeout=10_000)
    settle(qtbot, runner)
    return page


def test_close_a_month(qtbot, window, runner, answers):
    asked, errors = answers
    page = open_page(qtbot, window, runner)
    assert page.closed_label.text() == "Belum ada tutup buku: semua tanggal masih terbuka."
    assert page.until_edit.date().toPython() == datetime.date(2026, 10, 31)  # end of last month
    page.note_edit.setText("Diperiksa pengawas")
    page.close_button.click()
    settle(qtbot, runner)
    assert asked == [
        "Tutup buku sampai 31 Oktober 2026?\n\nSetelah itu tidak ada yang dapat dicatat, diubah, "
        "atau dibatalkan pada tanggal 31 Oktober 2026 atau sebelumnya. Tutup buku tidak dapat "
        "dibatalkan."
    ]
    assert runner.call(lambda book: book.closing.closed_until()) == datetime.date(2026, 10, 31)
    assert runner.call(lambda book: book.closing.list()[-1].note) == "Diperiksa pengawas"
    qtbot.waitUntil(lambda: page.data.closed_until is not None, timeout=5000)
    assert page.closed_label.text() == (
        "Buku <b>ditutup sampai 31 Oktober 2026</b>. Tutup buku terakhir: Diperiksa pengawas."
    )
    page.close_button.click()  # the same day again: a closing only moves forward
    settle(qtbot, runner)
    assert errors == [
        "Buku sudah ditutup sampai 31/10/2026; tutup buku berikutnya harus sesudah tanggal itu."
    ]
    assert len(runner.call(lambda book: book.closing.list())) == 1


def test_shu_preview_post_and_pay(qtbot, window, runner, answers):
    asked, errors = answers
    into_the_new_year(runner)
    page = open_page(qtbot, window, runner)
    assert page.year_combo.currentData() == 2026
    assert page.shu_status.text() == "Belum dibukukan: periksa pratinjaunya, lalu bukukan."
    # The year's only income is the 3 % fee of sale PJ-2026-0001: Rp 73.125, no expenses.
    assert page.figure_values["income"].text() == "Rp 73.125"
    assert page.figure_values["expenses"].text() == "Rp 0"
    assert page.figure_values["surplus"].text() == "Rp 73.125"
    # 40 % = 29.250; 25 % = 18.281,25; 15 % = 10.968,75; 5 % = 3.656,25 (four times). The two
    # rupiah left go to the largest remainders: jasa modal (,75), then jasa usaha (the
    # first of the ,25 ties).
    assert {part: label.text() for part, label in page.part_amounts.items()} == {
        "reserve": "Rp 29.250",
        "jasa_usaha": "Rp 18.282",
        "jasa_modal": "Rp 10.969",
        "board": "Rp 3.656",
        "staff": "Rp 3.656",
        "education": "Rp 3.656",
        "social": "Rp 3.656",
    }
    assert page.total_amount.text() == "Rp 73.125"
    # Jasa usaha by sale shares: Siti 18.282 × 1.310.954 / 2.264.375 = 10.584,35, Budi
    # 7.697,65 → the leftover rupiah to Budi. Jasa modal by pokok: 10.969 / 3 = 3.656,33
    # each, the leftover rupiah to the first member.
    model = page.model
    assert [(s.member.number, s.jasa_usaha, s.jasa_modal, s.total) for s in model.rows] == [
        ("LJ-0001", 10_584, 3_657, 14_241),
        ("LJ-0002", 7_698, 3_656, 11_354),
        ("LJ-0003", 0, 3_656, 3_656),
    ]
    assert model.index(0, COL_USAHA).data() == "Rp 10.584"
    assert model.index(3, COL_TOTAL).data() == "Rp 29.251"  # totals row: 18.282 + 10.969
    assert model.index(0, COL_PAID).data() == "belum dibukukan"
    assert not page.pay_cash_button.isVisible()

    # The percentages must total 100 %.
    page.part_edits["reserve"].setText("45")
    assert page.total_percent.text() == "105 %"
    assert page.split_error.text() == "Jumlah persentase 105 %, bukan 100 %."
    assert not page.save_split_button.isEnabled()
    assert not page.post_button.isEnabled()
    page.part_edits["social"].setText("0")
    assert page.total_percent.text() == "100 %"
    assert page.save_split_button.isEnabled()
    assert not page.post_button.isEnabled()  # not before the new split is saved
    page.save_split_button.click()
    settle(qtbot, runner)
    assert runner.call(lambda book: book.shu.split())["reserve"] == 4500
    # 45 % = 32.906,25 and the social fund nothing; a rupiah each to jasa modal (,75) and
    # the reserve (the first of the ,25 ties).
    qtbot.waitUntil(lambda: page.part_amounts["reserve"].text() == "Rp 32.907", timeout=5000)
    assert page.part_amounts["social"].text() == "Rp 0"
    runner.call(lambda book: book.shu.set_split(DEFAULT_SHU_SPLIT_BP))
    page.refresh()
    settle(qtbot, runner)
    assert page.part_edits["reserve"].text() == "40"
    assert page.post_button.isEnabled()

    page.post_button.click()
    settle(qtbot, runner)
    assert errors == []
    assert asked[0].startswith(
        "Bukukan SHU 2026: sisa hasil usaha Rp 73.125, Rp 29.251 di antaranya untuk 3 anggota?"
    )
    assert "Cadangan: Rp 29.250" in asked[0]
    assert runner.call(lambda book: book.shu.is_posted(2026))
    assert runner.call(lambda book: book.closing.closed_until()) == datetime.date(2026, 12, 31)
    qtbot.waitUntil(lambda: page.data.report.posted, timeout=5000)
    report = runner.call(lambda book: book.shu.preview(2026))
    assert page.shu_status.text() == (
        f"<b>Sudah dibukukan</b> dengan jurnal {report.close_entry_number} dan "
        f"{report.entry_number}; buku ditutup sampai 31/12/2026."
    )
    assert not page.post_button.isVisible()
    assert page.pay_cash_button.isVisible() and not page.pay_cash_button.isEnabled()
    assert model.index(0, COL_PAID).data() == "belum dibayar"

    # Siti is paid in cash.
    assert page.find_member("siti") == 0
    page.toggle_current()
    assert page.selected_label.text() == "1 anggota dipilih: <b>Rp 14.241</b>"
    page.pay_cash_button.click()
    settle(qtbot, runner)
    assert asked[-1] == (
        "Bayar SHU 2026 kepada 1 anggota secara tunai, seluruhnya Rp 14.241, pada 20/01/2027?"
    )
    (payment,) = runner.call(lambda book: book.shu.payments(2026))
    assert (payment.member_id, payment.method, payment.amount, payment.date) == (
        1,
        "cash",
        14_241,
        NEW_YEAR,
    )
    qtbot.waitUntil(lambda: model.rows[0].payment is not None, timeout=5000)
    assert model.index(0, COL_PAID).data() == "20/01/2027 · tunai"

    # The others' SHU goes to their voluntary savings.
    page.all_button.click()
    assert model.checked_members() == ["LJ-0002", "LJ-0003"]
    page.pay_savings_button.click()
    settle(qtbot, runner)
    assert asked[-1] == (
        "Masukkan SHU 2026 ke simpanan sukarela 2 anggota, seluruhnya Rp 15.010, pada 20/01/2027?"
    )
    assert runner.call(lambda book: book.savings.balances("LJ-0002").sukarela) == 11_354
    assert runner.call(lambda book: book.savings.balances("LJ-0003").sukarela) == 3_656
    qtbot.waitUntil(lambda: not model.unpaid(), timeout=5000)
    assert model.index(1, COL_PAID).data() == "20/01/2027 · ke sukarela"
    assert model.index(3, COL_PAID).data() == "lunas"
    assert not page.all_button.isEnabled()
    assert errors == []


def test_posting_into_a_closed_year_is_refused(qtbot, window, runner, answers):
    asked, errors = answers
    into_the_new_year(runner)
    runner.call(lambda book: book.closing.close(datetime.date(2026, 12, 31)))
    page = open_page(qtbot, window, runner)
    assert page.post_hint.text() == (
        "Buku sudah ditutup sampai 31/12/2026, sehingga tahun ini tidak dapat dibukukan lagi."
    )
    page.post_button.click()
    settle(qtbot, runner)
    assert len(asked) == 1  # asked, then refused by the book
    assert errors == [
        "Periode sampai 31/12/2026 sudah ditutup; tidak ada yang dapat dicatat, diubah, atau "
        "dibatalkan pada tanggal 31/12/2026. Catat koreksinya pada periode yang masih terbuka."
    ]
    assert not runner.call(lambda book: book.shu.is_posted(2026))
    assert runner.call(lambda book: book.shu.payments(2026)) == []


def test_a_year_not_over_is_only_a_preview(qtbot, window, runner):
    page = open_page(qtbot, window, runner)  # today is 27 November 2026
    assert page.year_combo.currentData() == 2026
    assert page.shu_status.text() == (
        "Tahun ini belum berakhir: angka-angka ini baru pratinjau sampai hari ini."
    )
    assert not page.post_button.isEnabled()
    assert page.model.index(0, COL_MODAL).data() == "Rp 0"  # nobody has savings yet


def test_the_rat_report_opens_in_the_preview(qtbot, window, runner, shown):
    into_the_new_year(runner)
    page = open_page(qtbot, window, runner)
    page.rat_button.click()
    qtbot.waitUntil(lambda: len(shown) == 1, timeout=30_000)
    pdf, title, file_name, paper, parent = shown[0]
    assert pdf.startswith(b"%PDF")
    assert (title, file_name, paper, parent) == (
        "Laporan RAT 2026",
        "laporan-rat-2026.pdf",
        "a4",
        page,
    )
