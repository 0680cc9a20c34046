"""The RAT report's SHU part shows the meeting's decision: the parts as voted, the amounts
actually allocated, a carried deficit covered first, a jasa part nobody could receive."""

from koperasi.pdf.rat import render_rat
from koperasi.reports.rat import rat_report
from koperasi.reports.rat.shu import shu_list
from tests.book.test_yearend import build_three_years
from tests.pdf.pdf_helpers import pages


def test_the_amended_decision_is_printed(book):
    build_three_years(book)
    shu = shu_list(book, 2023)
    assert shu.status == "posted" and shu.surplus == 10_000_001
    assert {p.part: (p.bp, p.amount) for p in shu.parts}["reserve"] == (3000, 3_000_001)
    assert {p.part: (p.bp, p.amount) for p in shu.parts}["regional"] == (500, 500_000)
    assert shu.parts_total == 10_000_001
    assert [(m.number, m.jasa_usaha + m.jasa_modal, m.paid) for m in shu.members] == [
        ("LJ-0001", 2_750_000, 2_750_000),
        ("LJ-0002", 1_250_000, 0),
        ("LJ-0003", 1_000_000, 0),
    ]


def test_a_deficit_covered_and_an_unclaimed_part_in_the_pdf(book):
    build_three_years(book)
    shu = shu_list(book, 2025)
    amounts = {p.part: (p.bp, p.amount) for p in shu.parts}
    assert amounts["deficit"] == (0, 2_000_000)
    assert amounts["jasa_usaha"] == (2500, 0)
    assert amounts["reserve"] == (4000, 1_950_000)
    assert shu.parts_total == shu.surplus == 5_000_000
    text = " ".join(pages(render_rat(rat_report(book, 2025, parts=["shu"]))))
    assert "Menutup SHU negatif tahun lalu" in text
    assert "ditambahkan ke cadangan" in text
    assert "PRATINJAU" not in text


def test_sak_ep_position_and_member_revenue(book):
    from koperasi.reports.rat.sak_ep import financial_position, member_revenue

    build_three_years(book)
    # End of 2024: Kas 5.650.001 (current); SHU payable 2.250.000 and four funds of
    # 500.000 (current); equity 300.000 + 100.000 + 3.000.001 − 2.000.000 = 1.400.001.
    fp = financial_position(book, 2024)
    assert fp.current_assets.total == 5_650_001 and fp.non_current_assets.total == 0
    assert fp.current_liabilities.total == 4_250_000
    assert fp.non_current_liabilities.total == 0
    assert fp.equity.total == 1_400_001
    assert fp.total_assets == fp.total_liabilities_and_equity
    # 2023: the marketing fee 100.000 is the members' business, the rent 10.900.001 not.
    mr = member_revenue(book, 2023)
    assert (mr.members.total, mr.others.total, mr.expenses.total) == (
        100_000,
        10_900_001,
        1_000_000,
    )
    assert mr.result == 10_000_001
