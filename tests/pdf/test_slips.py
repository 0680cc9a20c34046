"""Payout slips read back from the PDF: every figure a member signs for."""

from __future__ import annotations

from dataclasses import replace

import pytest
from reportlab.lib.units import mm

from koperasi import pdf, reports
from koperasi.core.fmt import rupiah
from koperasi.core.terbilang import amount_in_words, terbilang_rupiah
from tests.pdf.pdf_helpers import LONG_NAME, page_sizes, pages, text_runs

PAPERS = ["a5", "a6", "roll80"]


@pytest.mark.parametrize("paper", PAPERS)
def test_one_page_per_slip_with_every_figure(demo, paper):
    slips = reports.slips_for_sale(demo, "PJ-2026-0001")
    text = pages(pdf.render_slips(slips, paper))
    assert len(text) == len(slips) == 5
    statuses = {s.member.number: s for s in demo.payouts.status("PJ-2026-0001")}
    for slip, page in zip(slips, text, strict=True):
        payout = demo.payouts.get(slip.slip)
        status = statuses[slip.member_number]
        assert slip.slip in page
        assert slip.member_number in page
        assert "PJ-2026-0001" in page
        assert "PT Karet Jambi Lestari" in page
        assert "Rp 12.500/kg" in page
        assert f"Bagian hasil penjualan {rupiah(status.share)}" in page
        assert f"DIBAYAR (tunai) {rupiah(payout.paid)}" in page
        # The amount in words is the book's amount, spelt by our own terbilang.
        assert terbilang_rupiah(payout.paid, capitalize=True) in page
        assert page.endswith("rupiah") or "rupiah" in page
        assert "Lubuk Resam, 12 November 2026" in page
        receiver = "Yang menerima," if paper == "a5" else "Penerima,"
        assert receiver in page and "Bendahara" in page and "Siti Aminah" in page
        for delivery in slip.deliveries:
            assert delivery.receipt in page
            assert rupiah(delivery.part) in page


def test_slip_lists_the_members_deliveries_and_their_parts(demo):
    slip = next(
        s for s in reports.slips_for_sale(demo, "PJ-2026-0001") if s.member_number == "LJ-0001"
    )
    page = pages(pdf.render_slips([slip], "a5"))[0]
    assert "NT-2026-000001 02/11/2026 112,475 kg 60 % Rp 1.252.861" in page
    assert "NT-2026-000006 05/11/2026 60,000 kg 60 % Rp 668.341" in page
    assert "2 setoran 172,475 kg Rp 1.921.202" in page
    assert "Satu juta sembilan ratus dua puluh satu ribu dua ratus dua rupiah" in page
    assert sum(d.part for d in slip.deliveries) == slip.share == 1_921_202


def test_meterai_box_only_above_five_million(demo):
    slips = reports.slips_for_sale(demo, "PJ-2026-0001")
    big = [s for s in slips if s.paid > 5_000_000]
    small = [s for s in slips if s.paid <= 5_000_000]
    assert [s.member_number for s in big] == ["LJ-0004"] and small
    for paper in PAPERS:
        text = pages(pdf.render_slips(slips, paper))
        for slip, page in zip(slips, text, strict=True):
            if slip.paid > 5_000_000:
                assert "Meterai Rp 10.000" in page, (paper, slip.slip)
            else:
                assert "Meterai" not in page, (paper, slip.slip)


def test_meterai_threshold_is_strictly_above_five_million():
    from koperasi.reports.slips import meterai_duty

    assert meterai_duty(5_000_000) is None
    assert meterai_duty(5_000_001) == 10_000
    assert meterai_duty(0) is None


def test_long_name_wraps_inside_the_paper(demo):
    slip = next(
        s for s in reports.slips_for_sale(demo, "PJ-2026-0001") if s.member_name == LONG_NAME
    )
    for paper, width in (("a5", 148 * mm), ("a6", 105 * mm), ("roll80", 80 * mm)):
        data = pdf.render_slips([slip], paper)
        page = pages(data)[0]
        for word in LONG_NAME.split():
            assert word in page
        margin = pdf.SlipRenderer(paper, "id").paper.margin
        runs = text_runs(data)[0]
        assert runs
        for left, right, _, text in runs:
            assert margin - 0.5 <= left and right <= width - margin + 0.5, (paper, text)
        # The name is printed on more than one line rather than squeezed onto one.
        assert not any(text.strip().endswith(LONG_NAME) for *_, text in runs)


def test_paper_sizes(demo):
    slips = reports.slips_for_sale(demo, "PJ-2026-0001")
    assert page_sizes(pdf.render_slips(slips, "a5")) == [pytest.approx((148 * mm, 210 * mm))] * 5
    assert page_sizes(pdf.render_slips(slips, "a6")) == [pytest.approx((105 * mm, 148 * mm))] * 5
    roll = page_sizes(pdf.render_slips(slips, "roll80"))
    assert all(w == pytest.approx(80 * mm) for w, _ in roll)
    # Each slip on the roll is cut to its own length: LJ-0001 and LJ-0004 both have two
    # deliveries, but LJ-0004's slip carries the meterai box; the long name needs more lines.
    heights = [h for _, h in roll]
    assert heights[3] > heights[0] > heights[1]
    assert heights[2] > heights[1] == heights[4]


def test_slips_of_a_payout_run_and_of_chosen_slips(demo):
    palm = reports.slips_for_sale(demo, "PJ-2026-0002")
    assert [s.member_number for s in palm] == ["LJ-0001"]  # only one member was paid yet
    run = reports.slips_for_run(demo, "SP-2026-000002")
    assert [s.slip for s in run] == [f"SP-2026-00000{i}" for i in range(1, 6)]
    chosen = reports.slips_data(demo, ["sp-2026-000003", "SP-2026-000001", "SP-2026-000003"])
    assert [s.slip for s in chosen] == ["SP-2026-000003", "SP-2026-000001"]
    text = pages(pdf.render_slips(chosen, "a6"))
    assert "SP-2026-000003" in text[0] and "SP-2026-000001" in text[1]


def test_palm_slip_prices_to_the_cent(demo):
    (slip,) = reports.slips_for_sale(demo, "PJ-2026-0002")
    page = pages(pdf.render_slips([slip], "a5"))[0]
    assert "TBS Sawit · Rp 3.152,62/kg" in page
    assert "Kadar" not in page  # palm fruit has no quality factor
    assert f"DIBAYAR (tunai) {rupiah(slip.paid)}" in page


def test_english_slip(english):
    slips = reports.slips_for_sale(english, "PJ-2026-0001")
    text = pages(pdf.render_slips(slips, "a6"))
    big = next(p for s, p in zip(slips, text, strict=True) if s.paid > 5_000_000)
    paid = next(s.paid for s in slips if s.paid > 5_000_000)
    assert "PAYOUT SLIP" in big
    assert f"PAID (cash) {rupiah(paid)}" in big
    assert amount_in_words(paid, "en") in big
    assert "Duty stamp Rp 10.000" in big


def test_a_crowded_slip_still_fits_one_small_page(demo):
    """Three deliveries, the meterai box and a name over three lines: one page on A5 and a
    roll; on A6 the real-size box (32 × 24 mm, issue 10) may take the amount paid and the
    signatures onto a second page, together, never the signatures alone."""
    slip = next(s for s in reports.slips_for_sale(demo, "PJ-2026-0001") if s.meterai_duty)
    third = replace(slip.deliveries[0], receipt="NT-2026-000099")
    crowded = replace(slip, member_name=LONG_NAME, deliveries=(*slip.deliveries, third))
    for paper in PAPERS:
        texts = pages(pdf.render_slips([crowded], paper))
        assert len(texts) == 1 or (paper == "a6" and len(texts) == 2), paper
        assert "DIBAYAR" in texts[-1] and "Meterai" in texts[-1]
        page = " ".join(texts)
        assert "NT-2026-000099" in page and "Meterai" in page and "Hasibuan" in page


def test_a_slip_too_long_for_its_page_continues_on_the_next(demo):
    slip = reports.slips_for_sale(demo, "PJ-2026-0001")[0]
    many = tuple(replace(slip.deliveries[0], receipt=f"NT-2026-{100 + i:06d}") for i in range(14))
    text = pages(pdf.render_slips([replace(slip, deliveries=many)], "a6"))
    assert len(text) == 2
    assert "SP-2026-000001 (lanjutan)" in text[1]
    assert "NT-2026-000113" in " ".join(text)
    assert "Penerima," in text[1]  # the signatures are never split from each other


def test_deductions_print_line_by_line_when_there_are_some(demo):
    from koperasi.reports.slips import SlipDeduction

    slip = reports.slip_data(demo, "SP-2026-000001")
    deducted = replace(
        slip,
        deductions=(
            SlipDeduction("wajib", 20_000),
            SlipDeduction("kasbon", 150_000, "KB-2026-0003"),
        ),
        paid=slip.share - 170_000,
        paid_in_words=amount_in_words(slip.share - 170_000),
    )
    for paper in PAPERS:
        (page,) = pages(pdf.render_slips([deducted], paper))
        assert "Bagian hasil penjualan Rp 1.921.202" in page
        assert "Potongan simpanan wajib −Rp 20.000" in page
        assert "Potongan kasbon KB-2026-0003 −Rp 150.000" in page
        assert "DIBAYAR (tunai) Rp 1.751.202" in page
        assert "Satu juta tujuh ratus lima puluh satu ribu dua ratus dua rupiah" in page
