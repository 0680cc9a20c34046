"""The slip and statement data of a payout that deducted what members owe (the book of
tests/pdf/pdf_helpers.build_deductions_book: figures worked out in its docstring)."""

from __future__ import annotations

import datetime

from koperasi import reports
from koperasi.reports.slips import SlipDeduction
from koperasi.reports.statement import LoanBalance, SavingsKindBalance

MAY_JUNE = (datetime.date(2026, 5, 1), datetime.date(2026, 6, 30))


def test_slips_carry_each_deduction(deductions_book):
    siti, budi = reports.slips_for_sale(deductions_book, "PJ-2026-0001")
    # 1.500.000 − 50.000 − 300.000 − (800.000 + 88.000) = 262.000
    assert (siti.share, siti.paid) == (1_500_000, 262_000)
    assert siti.deductions == (
        SlipDeduction("wajib", 50_000, receipt="KW-2026-000003"),
        SlipDeduction("kasbon", 300_000, "KB-2026-0001", receipt="KW-2026-000004"),
        SlipDeduction(
            "pinjaman", 888_000, "PN-2026-0001", 800_000, 88_000, receipt="KW-2026-000005"
        ),
    )
    assert siti.paid == siti.share - sum(d.amount for d in siti.deductions)
    # 180.000 − 50.000 = 130.000 left for a kasbon of 200.000: 70.000 stays owed.
    assert (budi.share, budi.paid) == (180_000, 0)
    assert [(d.kind, d.amount, d.still_owed) for d in budi.deductions] == [
        ("wajib", 50_000, 0),
        ("kasbon", 130_000, 70_000),
    ]
    assert budi.paid_in_words == "Nol rupiah"


def test_slip_data_reads_the_deductions_once_per_batch(deductions_book, monkeypatch):
    calls = []
    original = deductions_book.payouts.deductions_of
    monkeypatch.setattr(
        deductions_book.payouts,
        "deductions_of",
        lambda payouts: calls.append(list(payouts)) or original(payouts),
    )
    slips = reports.slips_for_sale(deductions_book, "PJ-2026-0001")
    assert len(slips) == 2 and len(calls) == 1 and len(calls[0]) == 2


def test_harvest_section_has_a_line_per_deduction(deductions_book):
    data = reports.statement_data(deductions_book, "LJ-0001", *MAY_JUNE)
    harvest = data.sections[0]
    rows = [
        (line.kind, line.detail, line.loan, line.reference, line.debit, line.balance)
        for line in harvest.lines
        if line.kind in ("payout", "deduction")
    ]
    # The share 1.500.000 credited on 18 May leaves, on 20 May: 262.000 paid in cash, then
    # each deduction in the order of the rules, down to 0.
    assert rows == [
        ("payout", "", "", "SP-2026-000001", 262_000, 1_238_000),
        ("deduction", "wajib", "", "SP-2026-000001", 50_000, 1_188_000),
        ("deduction", "kasbon", "KB-2026-0001", "SP-2026-000001", 300_000, 888_000),
        ("deduction", "pinjaman", "PN-2026-0001", "SP-2026-000001", 888_000, 0),
    ]
    loan_line = harvest.lines[-1]
    assert (loan_line.principal, loan_line.service) == (800_000, 88_000)
    assert (harvest.opening, harvest.total_credit, harvest.total_debit, harvest.closing) == (
        0,
        1_500_000,
        1_500_000,
        0,
    )


def test_savings_section(deductions_book):
    data = reports.statement_data(deductions_book, "LJ-0001", *MAY_JUNE)
    assert [s.key for s in data.sections] == ["harvest", "savings", "loans"]
    savings = data.sections[1]
    # Before May: pokok 100.000 + sukarela 250.000 = 350.000. In the period: wajib +50.000
    # deducted on 20 May (→ 400.000), sukarela −50.000 withdrawn on 25 May (→ 350.000).
    assert (savings.opening, savings.total_credit, savings.total_debit, savings.closing) == (
        350_000,
        50_000,
        50_000,
        350_000,
    )
    assert [
        (line.reference, line.detail, line.slip, line.credit, line.debit, line.balance)
        for line in savings.lines
    ] == [
        ("KW-2026-000003", "wajib", "SP-2026-000001", 50_000, 0, 400_000),
        ("KW-2026-000008", "sukarela", "", 0, 50_000, 350_000),
    ]
    assert savings.savings == (
        SavingsKindBalance("pokok", 100_000, 0, 0, 100_000),
        SavingsKindBalance("wajib", 0, 50_000, 0, 50_000),
        SavingsKindBalance("sukarela", 250_000, 0, 50_000, 200_000),
    )


def test_loans_section_as_the_loans_stood_at_the_end_of_the_period(deductions_book):
    loans = reports.statement_data(deductions_book, "LJ-0001", *MAY_JUNE).sections[2]
    # Owed on 1 May: PN-2026-0001 2.400.000. KB-2026-0001 300.000 lent on 1 May; on 20 May
    # the payout repays the kasbon (300.000) and PN's principal 800.000 (jasa 88.000 is not
    # principal): 2.400.000 + 300.000 − 1.100.000 = 1.600.000.
    assert (loans.opening, loans.total_credit, loans.total_debit, loans.closing) == (
        2_400_000,
        300_000,
        1_100_000,
        1_600_000,
    )
    assert [
        (line.kind, line.reference, line.loan, line.slip, line.principal, line.service)
        for line in loans.lines
    ] == [
        ("loan", "KB-2026-0001", "KB-2026-0001", "", 0, 0),
        ("repayment", "KW-2026-000004", "KB-2026-0001", "SP-2026-000001", 300_000, 0),
        ("repayment", "KW-2026-000005", "PN-2026-0001", "SP-2026-000001", 800_000, 88_000),
    ]
    # On 30 June installment 3 (15 June) is unpaid: principal 400.000, jasa 2 % × 1.600.000
    # = 32.000. The cash repayment of 10 July comes after the period and changes nothing.
    assert loans.loans == (
        LoanBalance(
            "PN-2026-0001", "pinjaman", datetime.date(2026, 3, 15), 2_400_000, 1_600_000,
            400_000, 32_000,
        ),
        LoanBalance("KB-2026-0001", "kasbon", datetime.date(2026, 5, 1), 300_000, 0, 0, 0),
    )  # fmt: skip


def test_a_later_period_leaves_repaid_loans_out(deductions_book):
    july = (datetime.date(2026, 7, 1), datetime.date(2026, 7, 31))
    loans = reports.statement_data(deductions_book, "LJ-0001", *july).sections[2]
    # The kasbon was repaid in May: only PN-2026-0001, 1.600.000 − 400.000 on 10 July.
    assert [b.number for b in loans.loans] == ["PN-2026-0001"]
    assert (loans.opening, loans.total_debit, loans.closing) == (1_600_000, 400_000, 1_200_000)
    # On 31 July installments 1–3 are paid (1.200.000 principal); installment 4 fell due on
    # 15 July and is not: pokok 400.000 + jasa 2 % × 1.200.000 = 24.000.
    (loan,) = loans.loans
    assert (loan.outstanding, loan.principal_due, loan.service_due) == (1_200_000, 400_000, 24_000)


def test_no_savings_or_loans_no_sections(demo):
    data = reports.statement_data(demo, "LJ-0001", *MAY_JUNE)
    assert [s.key for s in data.sections] == ["harvest"]
