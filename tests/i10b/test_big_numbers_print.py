"""Printing up to Rp 999 miliar: figures never wrap ("Rp / 15.092.643") nor overprint their
neighbours, in the cash book, the statement, the settlement sheet, slips, receipts, the
loan agreement and the trial balance. Positions are read back from the PDF."""

import datetime

import pytest

from koperasi.book import Book
from koperasi.book.sales import SaleInput
from tests.pdf.pdf_helpers import pages, text_runs

D = datetime.date
BIG = 999_999_999_999  # Rp 999 miliar


@pytest.fixture
def rich(tmp_path):
    book = Book.create(tmp_path / "kaya.koperasi", name="Koperasi Produsen Tani Lembah Jaya",
                       member_prefix="LJ", village="Lubuk Resam", treasurer="Rahmawati")  # fmt: skip
    book.with_today(D(2026, 11, 27))
    book.commodities.add("TBS Sawit", fee_cents_per_kg=2500)
    for name in ("Siti Aminah", "Budi Santoso"):
        book.members.add(name, joined=D(2025, 1, 2))
    day = D(2026, 3, 2)
    book.savings.deposit("LJ-0001", "pokok", BIG, date=day)
    book.savings.deposit("LJ-0001", "sukarela", BIG, date=day)
    book.savings.deposit("LJ-0002", "sukarela", BIG, date=day)
    book.cash.income("Pendapatan lain-lain", BIG, "Sewa gudang", date=day)
    book.cash.expense("Honorarium pengurus", BIG, "Honor", date=D(2026, 3, 3))
    book.loans.grant("LJ-0001", "pinjaman", BIG, date=D(2026, 3, 4), months=12, rate_bp=200)
    book.loans.grant("LJ-0002", "kasbon", 12_345_678_901, date=D(2026, 3, 4))
    book.deliveries.record("LJ-0001", "TBS Sawit", 600_000_000, date=D(2026, 5, 1))
    book.deliveries.record("LJ-0002", "TBS Sawit", 400_000_000, date=D(2026, 5, 1))
    sale = book.sales.settle(
        SaleInput("TBS Sawit", D(2026, 5, 2), "PT Pauh", 1_000_000_000, agreed_total=BIG)
    )
    book.payouts.pay(sale.number, date=D(2026, 5, 3))
    yield book
    book.close()


def _problems(pdf: bytes) -> list[str]:
    """Figures cut by a wrap, and runs of text printed over each other on the same line."""
    found = []
    for number, runs in enumerate(text_runs(pdf), start=1):
        for *_, text in runs:
            word = text.strip()
            if word in ("Rp", "-Rp", "−Rp") or word.startswith("."):
                found.append(f"page {number}: a figure wraps at {word!r}")
        for i, a in enumerate(runs):
            for b in runs[i + 1 :]:
                # pypdf reports the later pieces of one paragraph line ("JUMLAH", " (2
                # anggota)") at the line's start: same start, one text, no overprint.
                same_line = abs(a[2] - b[2]) < 2 and abs(a[0] - b[0]) > 0.01
                if same_line and a[0] < b[1] - 0.8 and b[0] < a[1] - 0.8:
                    found.append(f"page {number}: {a[3]!r} overprints {b[3]!r}")
    return found


def test_cash_book_and_statement_with_miliar_amounts(rich):
    from koperasi.pdf.cash_book import render_cash_book
    from koperasi.pdf.statement import render_statement
    from koperasi.reports.cash_book import cash_book_data
    from koperasi.reports.statement import statement_data

    cash = render_cash_book(cash_book_data(rich, D(2026, 1, 1), D(2026, 11, 27)))
    assert _problems(cash) == []
    text = " ".join(pages(cash))
    assert "Rp 999.999.999.999" in text and "Rp 3.999.999.999.996" in text
    statement = render_statement(statement_data(rich, "LJ-0001", D(2026, 1, 1), D(2026, 11, 27)))
    assert _problems(statement) == []
    assert "Rp 1.999.999.999.998" in " ".join(pages(statement))


def test_other_documents_with_miliar_amounts(rich):
    from koperasi import pdf, reports
    from koperasi.pdf.kwitansi import render_kwitansi
    from koperasi.pdf.ledger import render_trial_balance
    from koperasi.pdf.loan_schedule import render_loan_schedule
    from koperasi.reports.kwitansi import kwitansi_data
    from koperasi.reports.ledger import trial_balance_data
    from koperasi.reports.loan_schedule import loan_schedule_data

    documents = {
        "settlement": pdf.render_settlement(reports.settlement_data(rich, "PJ-2026-0001")),
        "loan": render_loan_schedule(loan_schedule_data(rich, "PN-2026-0001")),
        "kwitansi": render_kwitansi(kwitansi_data(rich, "KW-2026-000001")),
        "trial balance": render_trial_balance(trial_balance_data(rich, D(2026, 11, 27))),
    }
    slips = reports.slips_for_sale(rich, "PJ-2026-0001")
    for paper in ("a5", "a6", "roll80"):
        documents[f"slips {paper}"] = pdf.render_slips(slips, paper)
    assert {name: _problems(data) for name, data in documents.items()} == {
        name: [] for name in documents
    }


def test_signatures_are_never_alone_on_a_last_page(tmp_path):
    """However many lines push the foot of the cash book and the statement down, the page
    with the signatures also carries the summary above them."""
    from koperasi.pdf.cash_book import render_cash_book
    from koperasi.pdf.statement import render_statement
    from koperasi.reports.cash_book import cash_book_data
    from koperasi.reports.statement import statement_data

    book = Book.create(tmp_path / "k.koperasi", name="Koperasi Lembah Jaya", member_prefix="LJ",
                       village="Lubuk Resam", treasurer="Rahmawati")  # fmt: skip
    book.with_today(D(2026, 11, 27))
    book.members.add("Siti Aminah", joined=D(2025, 1, 2))
    cash_pages, statement_pages = set(), set()
    for n in range(1, 61):
        day = D(2026, 1, 1) + datetime.timedelta(days=n)
        book.cash.income("Pendapatan lain-lain", 1_000 * n, f"Sewa gudang hari ke-{n}", date=day)
        book.savings.deposit("LJ-0001", "sukarela", 1_000 * n, date=day)
        if n < 25:
            continue  # the foot reaches the end of the first page from about 30 lines
        cash = pages(render_cash_book(cash_book_data(book, D(2026, 1, 1), D(2026, 11, 27))))
        signed = next(p for p in cash if "Rahmawati" in p)
        assert "Saldo awal" in signed and "saldo akhir" in signed, n
        cash_pages.add(len(cash))
        statement = pages(
            render_statement(statement_data(book, "LJ-0001", D(2026, 1, 1), D(2026, 11, 27)))
        )
        signed = next(p for p in statement if "Rahmawati" in p)
        assert "Simpanan sukarela" in signed, n  # the savings summary table moved with it
        statement_pages.add(len(statement))
    assert len(cash_pages) >= 2 and len(statement_pages) >= 2  # page breaks were crossed
