"""Loans: service on the balance actually owed after a prepayment, annuities, and the
effective annual rate."""

import datetime

import pytest

from koperasi.core.loans import annuity_payment, effective_annual_bp, schedule
from tests.helpers import fund

D = datetime.date


@pytest.fixture
def borrower(book):
    book.members.add("Siti Aminah", joined=D(2025, 6, 1))
    fund(book, 20_000_000, D(2025, 6, 1))  # the money lent is in Kas (never below zero)
    return book


def test_declining_service_follows_a_prepayment(borrower):
    """3 jt over 6 months at 2 % on the declining balance, 1,5 jt prepaid in the first month:
    month 1 on 3 jt (60.000), months 2 and 3 on the 1,5 jt still owed (30.000 each) =
    120.000 by month 3, where the plan alone charged 60.000 + 50.000 + 40.000 = 150.000."""
    book = borrower
    loan = book.loans.grant(
        "LJ-0001", "pinjaman", 3_000_000, date=D(2026, 1, 31), months=6, rate_bp=200,
        method="declining",
    )  # fmt: skip
    prepaid = book.loans.repay(loan.number, 1_500_000, date=D(2026, 2, 10))
    assert (prepaid.principal, prepaid.service) == (1_500_000, 0)
    pos = book.loans.position(loan.number, D(2026, 4, 30))
    assert (pos.outstanding, pos.principal_due, pos.service_due) == (1_500_000, 0, 120_000)
    # Paid on time, month by month, the plan is unchanged: 60.000 then 50.000.
    other = book.loans.grant(
        "LJ-0001", "pinjaman", 3_000_000, date=D(2026, 1, 31), months=6, rate_bp=200,
        method="declining",
    )  # fmt: skip
    book.loans.repay(other.number, 560_000, date=D(2026, 2, 28))
    assert book.loans.position(other.number, D(2026, 3, 31)).service_due == 50_000


def test_paying_late_never_charges_more_than_the_plan(borrower):
    book = borrower
    loan = book.loans.grant(
        "LJ-0001", "pinjaman", 3_000_000, date=D(2026, 1, 31), months=6, rate_bp=200,
        method="declining",
    )  # fmt: skip
    book.loans.repay(loan.number, 100_000, date=D(2026, 3, 15))  # late and short
    # On 15 March the 100.000 paid January's... February's 60.000 service first, then
    # 40.000 principal. By 30 April the plan's 60.000 + 50.000 + 40.000 are due, on the
    # plan's balances (2,96 jt actually owed is more), less the 60.000 paid.
    pos = book.loans.position(loan.number, D(2026, 4, 30))
    assert pos.service_due == 150_000 - 60_000


def test_annuity_equal_installments(borrower):
    # 3 jt, 6 months, 2 %: P·r/(1 − 1,02^−6) = 535.577,4 → Rp 535.577 a month.
    assert annuity_payment(3_000_000, 6, 200) == 535_577
    plan = schedule(3_000_000, 6, 200, "annuity", D(2026, 1, 31))
    assert [i.total for i in plan[:5]] == [535_577] * 5
    assert sum(i.principal for i in plan) == 3_000_000
    assert [i.service for i in plan[:2]] == [60_000, 50_488]
    loan = borrower.loans.grant(
        "LJ-0001", "pinjaman", 3_000_000, date=D(2026, 1, 31), months=6, rate_bp=200,
        method="anuitas",
    )  # fmt: skip
    assert loan.method == "annuity"
    assert borrower.loans.get(loan.number).method == "annuity"
    assert borrower.loans.schedule(loan.number) == plan
    assert all(f.ok for f in borrower.checks.run())


def test_effective_annual_rate():
    # On the balance, 2 % a month is 24 % a year; flat it costs about 3,5 % a month on
    # what is actually owed (12 months), ≈ 41,8 % a year.
    assert effective_annual_bp(3_000_000, 12, 200, "declining") == 2_400
    assert effective_annual_bp(3_000_000, 6, 200, "annuity") == 2_400
    flat = effective_annual_bp(3_000_000, 12, 200, "flat")
    assert 4_150 <= flat <= 4_190
    assert effective_annual_bp(3_000_000, 12, 0, "flat") == 0


def test_loan_agreement_shows_the_effective_rate_and_a_meterai_box(borrower, tmp_path, cli):
    from tests.pdf.pdf_helpers import pages

    book = borrower
    book.update_profile(village="Lubuk Resam", treasurer="Rahmawati")
    big = book.loans.grant(
        "LJ-0001", "pinjaman", 6_000_000, date=D(2026, 1, 31), months=12, rate_bp=200,
        method="flat",
    )  # fmt: skip
    small = book.loans.grant("LJ-0001", "kasbon", 300_000, date=D(2026, 2, 2))
    path = book.path
    book.close()
    out = tmp_path / "pinjaman.pdf"
    result = cli("print", "loan", path, big.number, "-o", out)
    assert result.code == 0, result.err
    text = " ".join(pages(out.read_bytes()))
    assert "Bunga efektif 41," in text and "% per tahun" in text
    assert "Meterai Rp 10.000" in text
    assert "mengaku telah menerima pinjaman Rp 6.000.000" in text
    boxes = _dashed_boxes(out.read_bytes())
    assert boxes and all(w >= 32 * 72 / 25.4 - 0.5 and h >= 24 * 72 / 25.4 - 0.5 for w, h in boxes)
    small_pdf = tmp_path / "kasbon.pdf"
    assert cli("print", "loan", path, small.number, "-o", small_pdf).code == 0
    assert "Meterai" not in " ".join(pages(small_pdf.read_bytes()))


def _dashed_boxes(pdf: bytes) -> list[tuple[float, float]]:
    """(width, height) in points of every rectangle drawn with a dash pattern (meterai)."""
    import io
    import re

    from pypdf import PdfReader

    found = []
    for page in PdfReader(io.BytesIO(pdf)).pages:
        content = page.get_contents().get_data().decode("latin-1")
        for match in re.finditer(
            r"\[[\d.\s]+\]\s*\d+\s*d\s*(?:[^\n]*\n){0,3}?[^\n]*?"
            r"([-\d.]+)\s+([-\d.]+)\s+([-\d.]+)\s+([-\d.]+)\s+re",
            content,
        ):
            found.append((abs(float(match.group(3))), abs(float(match.group(4)))))
    return found
