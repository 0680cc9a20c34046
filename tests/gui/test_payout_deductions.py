"""Pembayaran with deductions: each share's wajib, kasbon and loan installment and the net
paid, from Payouts.preview before paying and from the payout after, with their totals."""

from PySide6.QtCore import Qt

from koperasi.gui.kit.style import OWED as OWED_COLOR
from koperasi.gui.models.payout_table_model import (
    COL_KASBON,
    COL_PINJAMAN,
    COL_TO_PAY,
    COL_WAJIB,
)
from tests.gui.conftest import settle
from tests.gui.test_payouts_page import open_payouts, sell_rubber
from tests.helpers import fund


def with_debts(runner):
    """Wajib Rp 10.000 a month deducted at payout; Siti took a Rp 200.000 kasbon and Budi a
    Rp 1.000.000 one, both today."""

    def setup(book):
        book.savings.configure(wajib_amount=10_000, deduct_wajib=True)
        fund(book, 2_000_000, book.today())  # the cash the kasbon are paid from
        book.loans.grant("LJ-0001", "kasbon", 200_000)
        book.loans.grant("LJ-0002", "kasbon", 1_000_000)

    runner.call(setup)


def test_deductions_before_and_after_paying(qtbot, window, runner, monkeypatch):
    with_debts(runner)
    number = sell_rubber(runner)
    questions = []
    answers = iter([True, False])  # pay: yes; print the slips: not now
    monkeypatch.setattr(
        "koperasi.gui.pages.payouts.confirm",
        lambda parent, title, text: questions.append(text) or next(answers),
    )
    page = open_payouts(qtbot, window, runner, number)
    model = page.model
    qtbot.waitUntil(lambda: model.previews != {}, timeout=5000)
    assert page.table.isColumnHidden(COL_PINJAMAN)  # nobody owes a loan installment
    assert not page.table.isColumnHidden(COL_KASBON)

    def row(r):
        return [model.index(r, c).data() for c in (4, COL_WAJIB, COL_KASBON, COL_TO_PAY)]

    # Siti: Rp 958.557 − wajib 10.000 − kasbon 200.000 = Rp 748.557.
    assert row(0) == ["Rp 958.557", "Rp 10.000", "Rp 200.000", "Rp 748.557"]
    # Budi: Rp 639.038 − wajib 10.000 leaves 629.038 for his Rp 1.000.000 kasbon; nothing
    # is paid out and Rp 370.962 stays owed.
    assert row(1) == ["Rp 639.038", "Rp 10.000", "Rp 629.038", "Rp 0"]
    assert model.index(1, COL_KASBON).data(Qt.ItemDataRole.ForegroundRole) == OWED_COLOR
    assert model.index(1, COL_KASBON).data(Qt.ItemDataRole.ToolTipRole) == (
        "KB-2026-0002: Kewajiban Rp 1.000.000, dipotong Rp 629.038; Rp 370.962 masih terutang"
    )
    assert row(2) == ["Rp 1.597.595", "Rp 20.000", "Rp 829.038", "Rp 748.557"]
    assert page.totals.text().endswith(" · potongan <b>Rp 849.038</b>")

    page.all_button.click()
    assert page.selected_label.text() == (
        "2 anggota dipilih: <b>Rp 1.597.595</b> · dibayarkan setelah potongan <b>Rp 748.557</b>"
    )
    page.pay_button.click()
    settle(qtbot, runner)
    qtbot.waitUntil(lambda: len(page.last_paid) == 2, timeout=10_000)
    assert questions[0].endswith(
        "\n\nDipotong Rp 849.038 (simpanan wajib, kasbon, angsuran pinjaman); "
        "yang dibayarkan Rp 748.557."
    )
    payouts = runner.call(lambda book: book.payouts.of_sale(number))
    assert [(p.member_id, p.share, p.deductions, p.paid) for p in payouts] == [
        (1, 958_557, 210_000, 748_557),
        (2, 639_038, 639_038, 0),
    ]
    assert runner.call(lambda book: book.loans.position("KB-2026-0002").outstanding) == 370_962

    # Paid: the same figures, now from the slips.
    settle(qtbot, runner)
    qtbot.waitUntil(lambda: model.unpaid_count() == 0, timeout=5000)
    assert model.previews == {}
    assert row(0) == ["Rp 958.557", "Rp 10.000", "Rp 200.000", "Rp 748.557"]
    assert row(1) == ["Rp 639.038", "Rp 10.000", "Rp 629.038", "Rp 0"]
    receipt = runner.call(lambda book: book.payouts.deductions(payouts[0].slip))[1].receipt
    assert receipt in model.index(0, COL_KASBON).data(Qt.ItemDataRole.ToolTipRole)


def test_a_sale_without_deductions_keeps_its_columns_hidden(qtbot, window, runner):
    number = sell_rubber(runner)
    page = open_payouts(qtbot, window, runner, number)
    for column in (COL_WAJIB, COL_KASBON, COL_PINJAMAN, COL_TO_PAY):
        assert page.table.isColumnHidden(column)
    assert page.model.index(0, COL_TO_PAY).data() == "Rp 958.557"
