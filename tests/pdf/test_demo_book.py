"""Every document prints from the demo book (koperasi.demo) on every paper it supports,
and every figure on it is the book's."""

from __future__ import annotations

import datetime

import pytest

from koperasi import pdf, reports
from koperasi.book import Book
from koperasi.core.fmt import rupiah
from koperasi.core.terbilang import terbilang_rupiah
from koperasi.demo import build_demo
from tests.pdf.pdf_helpers import TODAY, pages


@pytest.fixture(scope="module")
def demo_book(tmp_path_factory):
    path = tmp_path_factory.mktemp("demo") / "demo.koperasi"
    build_demo(path, members=60, years=1, seed=11, today=TODAY)
    book = Book.open(path, readonly=True).with_today(TODAY)
    yield book
    book.close()


def paid_sale(book: Book) -> str:
    return next(s.number for s in book.sales.list() if book.payouts.of_sale(s.number))


def test_receipts_on_every_paper(demo_book):
    day = max(
        d
        for d in (TODAY - datetime.timedelta(days=n) for n in range(60))
        if demo_book.deliveries.on_date(d)
    )
    for delivery in demo_book.deliveries.on_date(day)[:3]:
        member = demo_book.members.by_id(delivery.member_id)
        for paper in pdf.RECEIPT_PAPERS:
            (page,) = pages(
                pdf.render_receipt(reports.receipt_data(demo_book, delivery.receipt), paper)
            )
            assert delivery.receipt in page and member.number in page


def test_slips_on_every_paper(demo_book):
    number = paid_sale(demo_book)
    slips = reports.slips_for_sale(demo_book, number)
    payouts = {p.slip: p for p in demo_book.payouts.of_sale(number)}
    assert len(slips) == len(payouts) > 1
    for paper in pdf.SLIP_PAPERS:
        text = pages(pdf.render_slips(slips, paper))
        assert len(text) == len(slips)  # one page each, even on A6
        for slip, page in zip(slips, text, strict=True):
            paid = payouts[slip.slip].paid
            assert f"{rupiah(paid)}" in page
            assert terbilang_rupiah(paid, capitalize=True) in page
            assert ("Meterai" in page) == (paid > 5_000_000)


def test_settlement_sheet(demo_book):
    number = paid_sale(demo_book)
    sale = demo_book.sales.get(number)
    data = reports.settlement_data(demo_book, number)
    assert data.total_share == sale.net
    text = pages(pdf.render_settlement(data))
    assert f"JUMLAH ({len(data.rows)} anggota)" in text[-1]
    assert rupiah(sale.net) in text[-1].split("JUMLAH")[-1]
    assert f"Halaman {len(text)} dari {len(text)}" in text[-1]


def test_statement_and_register(demo_book):
    number = paid_sale(demo_book)
    member = reports.slips_for_sale(demo_book, number)[0].member_number
    start = datetime.date(TODAY.year, 1, 1)
    data = reports.statement_data(demo_book, member, start, TODAY)
    harvest = data.sections[0]
    assert harvest.closing == harvest.opening + harvest.total_credit - harvest.total_debit
    # The closing balance is what the book says the cooperative still owes the member.
    unpaid = sum(
        status.share
        for sale in demo_book.sales.list()
        for status in demo_book.payouts.status(sale.number)
        if status.member.number == member and status.payout is None
    )
    assert harvest.closing == unpaid
    text = " ".join(pages(pdf.render_statement(data)))
    assert f"Saldo akhir {rupiah(harvest.closing)}" in text
    register = reports.register_data(demo_book)
    assert register.count == demo_book.members.count()
    text = " ".join(pages(pdf.render_register(register)))
    assert all(row.number in text for row in register.rows)
