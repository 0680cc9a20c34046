"""Report data computed from the book: every figure a document prints, before any layout."""

from __future__ import annotations

import datetime

import pytest

from koperasi import reports
from koperasi.core.terbilang import amount_in_words
from koperasi.reports import statement as statement_module
from koperasi.reports.statement import StatementLine, StatementSection
from tests.pdf.pdf_helpers import LONG_NAME, TODAY

NOVEMBER = (datetime.date(2026, 11, 1), datetime.date(2026, 11, 30))


def test_header_is_the_profile(demo):
    header = reports.header_of(demo)
    assert header.name == "Koperasi Produsen Tani Lembah Jaya"
    assert header.address == (
        "Jl. Lintas Sarolangun–Jambi Km 12, Lubuk Resam, Cermin Nan Gedang, Sarolangun, Jambi"
    )
    assert header.registration_no == "AHU-0012345.AH.01.29.2020"
    assert header.place == "Lubuk Resam"
    assert header.printed_on == TODAY
    assert header.lang == "id"
    assert header.logo and header.logo.startswith(b"\x89PNG")


def test_receipt_of_a_void_delivery(demo):
    data = reports.receipt_data(demo, "nt-2026-000007")
    assert data.receipt == "NT-2026-000007"
    assert data.void and data.void_reason == "salah timbang, ditimbang ulang"
    assert (data.member_number, data.member_name) == ("LJ-0005", "Nurhayati")
    assert data.quality_bp == 5000
    assert data.sale_number == ""


def test_receipt_without_quality_factor(demo):
    data = reports.receipt_data(demo, "NT-2026-000009")
    assert data.commodity == "TBS Sawit"
    assert data.quality_bp is None
    assert [(d.kind, d.grams) for d in data.deductions] == [("other", 30_000)]
    assert data.net_grams == 1_470_000
    assert data.sale_number == "PJ-2026-0002"


def test_slip_figures(demo):
    slip = reports.slip_data(demo, "SP-2026-000004")
    payout = demo.payouts.get("SP-2026-000004")
    assert slip.member_number == "LJ-0004"
    assert slip.share == payout.share == sum(d.part for d in slip.deliveries) == 6_747_367
    assert slip.paid == payout.paid == slip.share - sum(d.amount for d in slip.deductions)
    assert slip.deductions == ()  # no deduction is taken yet, so none is printed
    assert (
        slip.paid_in_words
        == amount_in_words(6_747_367, "id")
        == ("Enam juta tujuh ratus empat puluh tujuh ribu tiga ratus enam puluh tujuh rupiah")
    )
    assert slip.meterai_duty == 10_000
    assert [d.receipt for d in slip.deliveries] == ["NT-2026-000004", "NT-2026-000005"]
    assert slip.deliveries_grams == 305_000 + 290_575
    assert slip.sale.number == "PJ-2026-0001" and slip.sale.price_cents == 1_250_000


def test_slips_of_a_sale_are_every_paid_member(demo):
    slips = reports.slips_for_sale(demo, "PJ-2026-0001")
    assert [s.member_number for s in slips] == [
        "LJ-0001",
        "LJ-0002",
        "LJ-0003",
        "LJ-0004",
        "LJ-0005",
    ]
    assert sum(s.paid for s in slips) == demo.sales.get("PJ-2026-0001").net
    assert [s.meterai_duty for s in slips] == [None, None, None, 10_000, None]
    assert slips[2].member_name == LONG_NAME


def test_settlement_rows(demo):
    data = reports.settlement_data(demo, "PJ-2026-0001")
    assert [(r.member_number, r.deliveries, r.net_grams, r.share, r.slip) for r in data.rows] == [
        ("LJ-0001", 2, 172_475, 1_921_202, "SP-2026-000001"),
        ("LJ-0002", 1, 80_000, 816_861, "SP-2026-000002"),
        ("LJ-0003", 1, 93_250, 1_004_090, "SP-2026-000003"),
        ("LJ-0004", 2, 595_575, 6_747_367, "SP-2026-000004"),
        ("LJ-0005", 1, 45_500, 422_355, "SP-2026-000005"),
    ]
    assert data.total_share == data.sale.net == 10_911_875
    assert data.total_net_grams == data.sale.pooled_grams == 986_800
    assert data.sale.shrinkage_grams == 51_800
    assert data.sale.shrinkage_bp == 525  # 51,8 / 986,8 = 5,249 %
    assert data.rows[0].equivalent_grams == 103_485  # 112,475 kg × 60 % + 60 kg × 60 %


def test_statement_balance(demo):
    data = reports.statement_data(demo, "LJ-0002", *NOVEMBER)
    (harvest,) = data.sections
    assert harvest.key == "harvest"
    assert harvest.opening == 0
    assert [
        (line.kind, line.reference, line.credit, line.debit, line.balance) for line in harvest.lines
    ] == [
        ("delivery", "NT-2026-000002", 0, 0, None),
        ("sale", "PJ-2026-0001", 816_861, 0, 816_861),
        ("payout", "SP-2026-000002", 0, 816_861, 0),
        ("delivery", "NT-2026-000010", 0, 0, None),
        ("sale", "PJ-2026-0002", 2_493_033, 0, 2_493_033),
        ("delivery", "NT-2026-000012", 0, 0, None),
    ]
    assert (
        harvest.closing == harvest.opening + harvest.total_credit - harvest.total_debit == 2_493_033
    )
    assert harvest.delivered_grams == 80_000 + 820_000 + 64_000
    assert harvest.unsold_grams == 64_000


def test_statement_opening_balance_is_everything_before_the_period(demo):
    after_sale = reports.statement_data(demo, "LJ-0004", datetime.date(2026, 11, 11), NOVEMBER[1])
    assert after_sale.sections[0].opening == 6_747_367
    after_payout = reports.statement_data(demo, "LJ-0004", datetime.date(2026, 11, 13), NOVEMBER[1])
    assert after_payout.sections[0].opening == 0
    # A delivery settled after the end of the period is still unsold in that period.
    early = reports.statement_data(
        demo, "LJ-0001", *(datetime.date(2026, 11, 1), datetime.date(2026, 11, 9))
    )
    assert [line.status for line in early.sections[0].lines] == ["open", "open"]
    assert early.sections[0].unsold_grams == 172_475


def test_statement_sections_can_be_extended(demo, monkeypatch):
    def savings(book, member, start, end):
        line = StatementLine(start, "deposit", "SW-1", credit=10_000, balance=60_000)
        return StatementSection("savings", 50_000, (line,), 10_000, 0, 60_000)

    monkeypatch.setattr(
        statement_module, "SECTION_BUILDERS", [*statement_module.SECTION_BUILDERS, savings]
    )
    data = reports.statement_data(demo, "LJ-0001", *NOVEMBER)
    assert [s.key for s in data.sections] == ["harvest", "savings"]


def test_statement_refuses_a_backwards_period(demo):
    with pytest.raises(ValueError):
        reports.statement_data(demo, "LJ-0001", NOVEMBER[1], NOVEMBER[0])


def test_register_counts(demo):
    data = reports.register_data(demo)
    assert (data.count, data.count_active, data.count_left) == (5, 4, 1)
    assert (data.count_men, data.count_women) == (3, 1)
    left = data.rows[-1]
    assert (left.number, left.active, left.left_on) == (
        "LJ-0005",
        False,
        datetime.date(2026, 11, 26),
    )


def test_long_sale_shares_add_up(long_book):
    data = reports.settlement_data(long_book, "PJ-2026-0001")
    assert len(data.rows) == 70
    assert data.total_share == data.sale.net
    assert all(r.slip == "" for r in data.rows)  # not paid yet
