"""Every rupiah on paper: SHU paid in cash or to sukarela on the member statement, a
receipt for cash SHU, and the settlement sheet's signature beside what was paid."""

import datetime

import pytest

from koperasi.book.sales import SaleInput
from koperasi.pdf.kwitansi import render_kwitansi
from koperasi.pdf.statement import render_statement
from koperasi.reports.kwitansi import kwitansi_data
from koperasi.reports.statement import statement_data
from tests.pdf.pdf_helpers import pages

D = datetime.date


@pytest.fixture
def shu_2025(book):
    """Ahmad and Budi, surplus 10.000.000 of 2025 (fee 100.000 + rent 10.900.000 less honoraria
    1.000.000), posted with the default statutes and paid: Ahmad in cash, Budi to sukarela."""
    for name in ("Ahmad", "Budi Santoso"):
        book.members.add(name, joined=D(2025, 1, 2))
    for number in ("LJ-0001", "LJ-0002"):
        book.savings.deposit(number, "pokok", 100_000, date=D(2025, 1, 2))
    book.deliveries.record("LJ-0001", "TBS Sawit", 3_000_000, date=D(2025, 3, 8))
    book.deliveries.record("LJ-0002", "TBS Sawit", 1_000_000, date=D(2025, 3, 8))
    sale = book.sales.settle(
        SaleInput("TBS Sawit", D(2025, 3, 10), "PT Pauh", 4_000_000, agreed_total=4_100_000)
    )
    book.payouts.pay(sale.number, date=D(2025, 3, 12))
    book.cash.income("Pendapatan lain-lain", 10_900_000, "Sewa gudang", date=D(2025, 7, 1))
    book.cash.expense("Honorarium pengurus", 1_000_000, "Honor 2025", date=D(2025, 12, 20))
    book.shu.post(2025)
    book.shu.pay(2025, ["LJ-0001"], method="cash", date=D(2026, 2, 20))
    book.shu.pay(2025, ["LJ-0002"], method="sukarela", date=D(2026, 2, 21))
    return book


def _shares(book):
    return {m.member.number: (m.jasa_usaha, m.jasa_modal) for m in book.shu.preview(2025).members}


def test_cash_shu_is_on_the_member_statement(shu_2025):
    book = shu_2025
    usaha, modal = _shares(book)["LJ-0001"]
    data = statement_data(book, "LJ-0001", D(2025, 1, 1), D(2026, 11, 27))
    shu = next(s for s in data.sections if s.key == "shu")
    assert [(ln.kind, ln.date, ln.credit, ln.debit, ln.balance) for ln in shu.lines] == [
        ("shu", D(2025, 12, 31), usaha + modal, 0, usaha + modal),
        ("shu_payment", D(2026, 2, 20), 0, usaha + modal, 0),
    ]
    text = " ".join(pages(render_statement(data)))
    assert "SHU 2025 dibayar tunai (SHU-2025-LJ-0001)" in text
    from koperasi.core.fmt import rupiah

    assert f"jasa usaha {rupiah(usaha)}, jasa modal {rupiah(modal)}" in text


def test_shu_to_sukarela_is_on_the_statement_with_its_receipt(shu_2025):
    book = shu_2025
    data = statement_data(book, "LJ-0002", D(2025, 1, 1), D(2026, 11, 27))
    shu = next(s for s in data.sections if s.key == "shu")
    paid = shu.lines[-1]
    assert paid.kind == "shu_payment" and paid.method == "sukarela"
    assert paid.reference.startswith("KW-2026-")
    assert shu.closing == 0
    savings = next(s for s in data.sections if s.key == "savings")
    assert savings.savings[2].closing == paid.debit  # sukarela holds the SHU


def test_a_receipt_for_cash_shu(shu_2025):
    book = shu_2025
    usaha, modal = _shares(book)["LJ-0001"]
    receipt = kwitansi_data(book, "SHU-2025-LJ-0001")
    assert (receipt.amount, receipt.jasa_usaha, receipt.jasa_modal) == (usaha + modal, usaha, modal)
    (text,) = pages(render_kwitansi(receipt))
    from koperasi.core.fmt import rupiah

    for expected in ("SHU-2025-LJ-0001", "SHU tahun buku 2025", "DIBAYARKAN", rupiah(usaha + modal),
                     "Jasa usaha", "Jasa modal", "Ahmad"):  # fmt: skip
        assert expected in text, expected


def test_no_cash_receipt_for_shu_credited_to_savings(shu_2025):
    from koperasi.core.errors import KoperasiError

    with pytest.raises(KoperasiError) as caught:
        kwitansi_data(shu_2025, "SHU-2025-LJ-0002")
    assert caught.value.code == "shu.no_cash_receipt"


def test_print_kwitansi_command(shu_2025, tmp_path, cli):
    path = shu_2025.path
    shu_2025.close()
    out = tmp_path / "shu.pdf"
    result = cli("print", "kwitansi", path, "SHU-2025-LJ-0001", "-o", out)
    assert result.code == 0, result.err
    assert "SHU tahun buku 2025" in pages(out.read_bytes())[0]


def test_settlement_sheet_signs_beside_the_amount_paid(tmp_path):
    """The audit found LJ-0026 signing beside the gross Rp 3.431.656 while receiving
    Rp 2.831.934: each member now signs beside what they received, deductions before it."""
    from koperasi.pdf.settlement import render_settlement
    from koperasi.reports.settlement import settlement_data
    from tests.pdf.pdf_helpers import build_deductions_book, text_runs

    book = build_deductions_book(tmp_path / "d.koperasi")
    data = settlement_data(book, "PJ-2026-0001")
    assert [(r.member_number, r.share, r.deductions, r.paid) for r in data.rows] == [
        ("LJ-0001", 1_500_000, 1_238_000, 262_000),
        ("LJ-0002", 180_000, 180_000, 0),
    ]
    assert (data.total_share, data.total_deductions, data.total_paid) == (
        1_680_000, 1_418_000, 262_000,
    )  # fmt: skip
    pdf = render_settlement(data)
    runs = [r for page in text_runs(pdf) for r in page]
    sign = next(r for r in runs if r[3] == "1. ........")
    paid = next(r for r in runs if r[3] == "Rp 262.000")
    deductions = next(r for r in runs if r[3] == "Rp 1.238.000")
    share = next(r for r in runs if r[3] == "Rp 1.500.000")
    # The member signs right under what they received; share and deductions beside it.
    assert 0 < paid[2] - sign[2] < 12 and paid[0] < sign[1] and sign[0] < paid[1]
    assert share[1] < deductions[0] < deductions[1] < paid[0]
    text = " ".join(pages(pdf))
    assert "Potongan" in text and "Dibayar · Tanda tangan" in text
    assert "Rp 1.680.000 Rp 1.418.000 Rp 262.000" in text
