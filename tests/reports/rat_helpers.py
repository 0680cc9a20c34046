"""A small cooperative over two years, for the RAT report: every kind of money record.

2024 (the year before): three members, their simpanan pokok, one rubber sale paid out,
an office expense; the 2024 surplus is posted and paid early in 2025.
2025 (the report's year): two members join and two leave, savings deposits and a
withdrawal, a loan paid from the bank and its repayment (one installment deducted from a
payout), a transfer of Rp 1.200.000 from Kas to Bank (Kas and Bank never go below zero), cash-book income and expenses (one voided), a rubber sale received in
the bank and two palm-fruit sales (one share still unpaid at 31 December); the 2025
surplus is posted. 2026: part of the 2025 SHU paid, some other income.
"""

from __future__ import annotations

import datetime
from pathlib import Path

from koperasi.book import Book
from koperasi.book.sales import SaleInput
from koperasi.core import accounts as acc
from koperasi.core.model import SaleCost

TODAY = datetime.date(2026, 2, 10)
day = datetime.date


def build_rat_book(path: Path, lang: str = "id") -> Book:
    book = Book.create(
        path,
        name="Koperasi Produsen Tani Sumber Rejeki",
        address="Jl. Lintas Sarolangun Km 9",
        village="Lubuk Resam",
        regency="Sarolangun",
        province="Jambi",
        registration_no="AHU-0009876.AH.01.29.2019",
        chairman="H. Abdul Rahman",
        treasurer="Siti Aminah",
        member_prefix="SR",
        language=lang,
    )
    book.with_today(TODAY)
    book.commodities.add("Karet", fee_bp=300)
    book.commodities.add("TBS Sawit", fee_cents_per_kg=2500)
    add = book.members.add
    ahmad = add("Ahmad Yani", gender="L", village="Lubuk Resam", joined=day(2023, 5, 1)).number
    nur = add("Nurhayati", gender="P", village="Pulau Pandan", joined=day(2023, 1, 10)).number
    sri = add("Sri Wahyuni", gender="P", village="Pulau Pandan", joined=day(2024, 2, 1)).number

    # -- 2024 -------------------------------------------------------------------------
    for member, when in (
        (ahmad, day(2024, 1, 15)),
        (nur, day(2024, 1, 15)),
        (sri, day(2024, 2, 1)),
    ):
        book.savings.deposit(member, "pokok", 100_000, when)
    book.deliveries.record(ahmad, "Karet", 5_000_000, day(2024, 6, 3))
    book.deliveries.record(nur, "Karet", 3_000_000, day(2024, 6, 3))
    rubber = book.sales.settle(
        SaleInput(
            "Karet",
            day(2024, 6, 10),
            "PT Karet Jambi",
            sold_grams=8_000_000,
            price_cents=1_200_000,
            costs=(SaleCost("Angkutan", 2_000_000),),
        )
    )
    book.payouts.pay(rubber.number, date=day(2024, 6, 12))
    book.cash.expense("ATK & kantor", 150_000, "Buku kas dan kwitansi", day(2024, 12, 20))
    book.shu.post(2024)

    # -- 2025 -------------------------------------------------------------------------
    hendra = add("Hendra Gunawan", gender="L", village="Lubuk Resam", joined=day(2025, 3, 10))
    budi = add("Budi Santoso", gender="L", village="Sungai Baung", joined=day(2025, 6, 1))
    book.savings.deposit(ahmad, "wajib", 120_000, day(2025, 1, 20))
    book.savings.deposit(sri, "wajib", 120_000, day(2025, 1, 20), method="transfer")
    book.cash.transfer("kas", 1_200_000, day(2025, 2, 1))
    book.shu.pay(2024, members=[ahmad, nur], method="cash", date=day(2025, 2, 20))
    book.shu.pay(2024, members=[sri], method="sukarela", date=day(2025, 2, 20))
    book.cash.expense("Rapat/RAT", 500_000, "Konsumsi RAT tahun buku 2024", day(2025, 2, 20))
    loan = book.loans.grant(
        sri,
        "pinjaman",
        1_200_000,
        day(2025, 3, 1),
        months=12,
        rate_bp=100,
        method="flat",
        paid_from="bank",
    )
    wrong = book.cash.expense("ATK & kantor", 100_000, "Kertas dan tinta", day(2025, 3, 3))
    book.cash.void(wrong.number, "salah catat, sudah dibayar pengurus", day(2025, 3, 5))
    book.savings.deposit(hendra.number, "pokok", 100_000, day(2025, 3, 10))
    book.savings.deposit(ahmad, "sukarela", 500_000, day(2025, 4, 1))
    book.loans.repay(loan.number, 112_000, day(2025, 4, 1))
    for member, grams in ((ahmad, 4_000_000), (sri, 6_000_000), (hendra.number, 2_000_000)):
        book.deliveries.record(member, "Karet", grams, day(2025, 5, 5))
    rubber = book.sales.settle(
        SaleInput(
            "Karet",
            day(2025, 5, 15),
            "PT Remco Jambi",
            sold_grams=11_500_000,
            price_cents=1_300_000,
            costs=(SaleCost("Angkutan", 2_500_000, acc.BANK),),
            received_into=acc.BANK,
        )
    )
    book.payouts.pay(rubber.number, date=day(2025, 5, 20), method="transfer")
    book.cash.expense("Listrik & air", 300_000, "Listrik kantor Januari-Juni", day(2025, 7, 15))
    book.savings.withdraw(ahmad, 200_000, day(2025, 8, 1))
    book.members.deactivate(nur, on=day(2025, 9, 30))
    book.deliveries.record(ahmad, "TBS Sawit", 20_000_000, day(2025, 10, 6))
    book.deliveries.record(hendra.number, "TBS Sawit", 10_000_000, day(2025, 10, 6))
    palm = book.sales.settle(
        SaleInput(
            "TBS Sawit",
            day(2025, 10, 7),
            "PT Pauh Sawit Lestari",
            sold_grams=30_000_000,
            price_cents=250_050,
        )
    )
    book.payouts.pay(palm.number, date=day(2025, 10, 10), members=[ahmad])
    book.deliveries.record(ahmad, "TBS Sawit", 1_234_500, day(2025, 11, 3))
    palm = book.sales.settle(
        SaleInput(
            "TBS Sawit",
            day(2025, 11, 5),
            "Pengepul Desa",
            sold_grams=1_230_000,
            agreed_total=3_100_000,
        )
    )
    book.payouts.pay(palm.number, date=day(2025, 11, 10))
    book.members.deactivate(budi.number, on=day(2025, 11, 30))
    book.cash.income("Bunga bank", 45_000, "Jasa giro Desember", day(2025, 12, 31), money="bank")
    book.shu.post(2025)

    # -- 2026 -------------------------------------------------------------------------
    book.shu.pay(2025, members=[ahmad], method="cash", date=day(2026, 1, 15))
    book.cash.income("Pendapatan lain-lain", 50_000, "Sewa timbangan", day(2026, 1, 20))
    return book
