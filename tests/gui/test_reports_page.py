"""Laporan: every report opens in the preview as a PDF, and the trial balance on screen."""

import datetime
from dataclasses import replace

import pytest
from PySide6.QtCore import QDate

from koperasi.core.fmt import rupiah
from koperasi.gui import preview
from koperasi.gui.pages.reports import REPORTS
from tests.gui.conftest import TODAY, settle


@pytest.fixture
def shown(monkeypatch):
    calls = []
    monkeypatch.setattr(preview, "show_pdf", lambda *args: calls.append(args))
    return calls


def open_reports(qtbot, window, runner):
    window.go(window.pages.index(window.reports))
    settle(qtbot, runner)
    return window.reports


def table_row(table, row):
    return [table.item(row, c).text() for c in range(table.columnCount())]


def test_trial_balance_on_screen_matches_the_book(qtbot, window, runner):
    page = open_reports(qtbot, window, runner)
    assert page.tb_date.date() == QDate(2026, 11, 27)
    tb = runner.call(lambda book: book.journal.trial_balance(TODAY))
    assert tb.total_debit == tb.total_credit > 0
    table = page.tb_table
    assert table.rowCount() == len(tb.rows) + 1
    total = table_row(table, table.rowCount() - 1)
    assert total[1:4] == ["Jumlah", rupiah(tb.total_debit), rupiah(tb.total_credit)]
    cash = next(r for r in tb.rows if r.code == "1101")
    assert table_row(table, 0) == [
        "1101",
        "Kas",
        rupiah(cash.debit),
        rupiah(cash.credit),
        rupiah(cash.balance),
    ]
    assert sum(r.debit for r in tb.rows) == tb.total_debit
    assert page.tb_status.text() == (
        f"Seimbang per 27 November 2026: jumlah debit = jumlah kredit = {rupiah(tb.total_debit)}."
    )

    page.tb_date.setDate(QDate(2026, 11, 20))  # before the first sale: nothing posted
    settle(qtbot, runner)
    total = table_row(table, table.rowCount() - 1)
    assert total[2:4] == ["Rp 0", "Rp 0"]
    assert page.trial_balance.until == datetime.date(2026, 11, 20)


def test_an_unbalanced_trial_balance_is_highlighted(qtbot, window, runner):
    page = open_reports(qtbot, window, runner)
    page.trial_balance = replace(page.trial_balance, total_debit=page.trial_balance.total_debit + 1)
    page._show_trial_balance()
    assert page.tb_status.text().startswith("TIDAK seimbang per 27 November 2026: selisih")
    assert "Rp 1." in page.tb_status.text()
    assert "#fbe4e4" in page.tb_status.styleSheet()
    total_row = page.tb_table.rowCount() - 1
    assert page.tb_table.item(total_row, 2).background().color().name() == "#fbe4e4"


def test_every_report_opens_a_pdf_in_the_preview(qtbot, window, runner, shown):
    page = open_reports(qtbot, window, runner)
    sale = runner.call(lambda book: book.sales.list()[0].number)
    receipt = runner.call(lambda book: book.deliveries.on_date(TODAY)[0].receipt)
    assert page.settlement_sale.currentData() == sale
    assert page.slips_sale.currentData() == sale
    assert page.receipt_date.date() == QDate(2026, 11, 27)
    assert page.receipt_list.count() == 2
    page.receipt_list.setCurrentRow(0)
    assert page.receipt_number.text() == receipt
    assert page.member_list.count() == 3
    page.member_list.setCurrentRow(1)
    assert page.selected_member() == "LJ-0002"
    page.journal_start.setDate(QDate(2026, 11, 1))

    expected = {
        "trial_balance": ("Neraca saldo per 27/11/2026", "neraca-saldo-20261127.pdf", "a4"),
        "journal": (
            "Jurnal umum 01/11/2026 s.d. 27/11/2026",
            "jurnal-umum-20261101-20261127.pdf",
            "a4",
        ),
        "register": ("Daftar anggota", "daftar-anggota.pdf", "a4-landscape"),
        "settlement": (
            f"Daftar pembagian hasil penjualan {sale}",
            f"pembagian-{sale}.pdf",
            "a4",
        ),
        "slips": (f"Slip pembayaran penjualan {sale}", f"slip-{sale}.pdf", "a5"),
        "receipt": (f"Nota timbang {receipt}", f"nota-{receipt}.pdf", "a6"),
        "statement": (
            "Rekening anggota LJ-0002, 01/01/2026 s.d. 27/11/2026",
            "rekening-LJ-0002-20260101-20261127.pdf",
            "a4",
        ),
    }
    for index, key in enumerate(REPORTS):
        page.report_list.setCurrentRow(index)
        assert page.panels.currentIndex() == index
        assert page.open_report() is True
        qtbot.waitUntil(lambda n=index: len(shown) == n + 1, timeout=10_000)
        pdf, title, file_name, paper, parent = shown[-1]
        assert pdf.startswith(b"%PDF"), key
        assert (title, file_name, paper) == expected[key]
        assert parent is page


def test_papers_follow_the_settings(qtbot, window, runner, shown):
    runner.call(lambda book: book.set_document_paper("slip", "roll80"))
    runner.call(lambda book: book.set_document_paper("receipt", "roll80"))
    page = open_reports(qtbot, window, runner)
    assert page.slips_paper.text().startswith("Dicetak pada kertas gulung 80 mm")
    page.receipt_list.setCurrentRow(0)
    page.open_report("slips")
    page.open_report("receipt")
    qtbot.waitUntil(lambda: len(shown) == 2, timeout=10_000)
    assert [call[3] for call in shown] == ["roll80", "roll80"]


def test_missing_choices_open_nothing(qtbot, window, runner, shown):
    page = open_reports(qtbot, window, runner)
    page.receipt_number.clear()
    assert page.open_report("receipt") is False
    page.journal_start.setDate(QDate(2026, 12, 1))
    assert page.open_report("journal") is False
    assert page.journal_error.isVisible()
    assert page.journal_error.text() == "Tanggal akhir periode lebih awal dari tanggal awalnya."
    page.member_search.setText("tidak ada orang ini")
    qtbot.waitUntil(lambda: page.member_list.count() == 0, timeout=3000)
    assert page.open_report("statement") is False
    settle(qtbot, runner)
    assert shown == []


def test_a_sale_nobody_was_paid_from_says_so(qtbot, window, runner, shown):
    def sell(book):
        from koperasi.book.sales import SaleInput

        return book.sales.settle(
            SaleInput("TBS Sawit", TODAY, "PT Pauh Sawit", 1_480_000, price_cents=315_262)
        ).number

    sale = runner.call(sell)
    page = open_reports(qtbot, window, runner)
    page.slips_sale.setCurrentIndex(page.slips_sale.findData(sale))
    page.open_report("slips")
    settle(qtbot, runner)
    assert shown == []
    assert page.slips_notice.isVisible()
    assert page.slips_notice.text() == "Belum ada anggota yang dibayar dari penjualan ini."


def test_english_screen(qtbot, window, runner):
    page = open_reports(qtbot, window, runner)
    window.set_language("en")
    assert page.report_list.item(0).text() == "Trial balance"
    assert page.tb_status.text().startswith("Balanced as of 27 November 2026")
    assert page.tb_table.item(page.tb_table.rowCount() - 1, 1).text() == "Total"
    window.set_language("id")
    assert page.report_list.item(0).text() == "Neraca saldo"


def test_ledger_report_data_and_pdfs(qtbot, window, runner):
    """The data behind the two ledger PDFs (koperasi.reports.ledger) and what they print."""
    import io

    from pypdf import PdfReader

    from koperasi.pdf.ledger import render_journal, render_trial_balance
    from koperasi.reports.ledger import journal_data, trial_balance_data

    def build(book):
        from koperasi.core.model import JournalEntry, JournalLine

        # A cost paid from cash, posted by mistake and then reversed.
        wrong = JournalEntry(
            TODAY,
            "Beban rapat pengurus",
            (JournalLine("5101", debit=50_000), JournalLine("1101", credit=50_000)),
        )
        with book.atomic():
            _id, number = book.journal.post(wrong)
        book.journal.reverse(number, "salah catat", date=TODAY)
        journal = journal_data(book, TODAY.replace(day=1), TODAY)
        tb = trial_balance_data(book, TODAY)
        return number, journal, tb, render_journal(journal), render_trial_balance(tb)

    original, journal, tb, journal_pdf, tb_pdf = runner.call(build)
    assert [e.number for e in journal.entries] == [
        "JU-2026-000001",
        "JU-2026-000002",
        "JU-2026-000003",
        "JU-2026-000004",
    ]
    _sale, _payout, wrong, reversal = journal.entries
    assert wrong.number == original
    assert wrong.reversed_by == reversal.number and wrong.reverses == ""
    assert reversal.reverses == original
    assert [(ln.account_name, ln.debit, ln.credit) for ln in wrong.lines] == [
        ("Beban Operasional", 50_000, 0),
        ("Kas", 0, 50_000),
    ]
    for entry in journal.entries:
        assert entry.total_debit == entry.total_credit == sum(ln.debit for ln in entry.lines)
    assert (
        journal.total_debit == journal.total_credit == sum(e.total_debit for e in journal.entries)
    )
    assert journal.line_count == sum(len(e.lines) for e in journal.entries)
    payout_lines = journal.entries[1].lines
    assert {ln.member_number for ln in payout_lines if ln.account == "2101"} == {
        "LJ-0001",
        "LJ-0002",
    }
    assert tb.balanced and tb.total_debit == sum(r.debit for r in tb.rows)

    # Every page: with 2111 Utang PPh Pasal 21 (i14tax) the chart no longer leaves room on
    # page 1 for the note and the signatures, which move together to page 2.
    tb_text = "".join(p.extract_text() for p in PdfReader(io.BytesIO(tb_pdf)).pages)
    assert "NERACA SALDO" in tb_text and "Per 27 November 2026" in tb_text
    assert rupiah(tb.total_debit) in tb_text
    assert "neraca saldo seimbang" in tb_text
    journal_text = "".join(p.extract_text() for p in PdfReader(io.BytesIO(journal_pdf)).pages)
    assert "JURNAL UMUM" in journal_text
    assert f"pembalik {original}" in journal_text
    assert f"dibatalkan dengan {reversal.number}" in journal_text
