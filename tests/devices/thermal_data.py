"""Report data for the thermal printouts, built by hand: what reports/ would hand over."""

from __future__ import annotations

import datetime

from koperasi.reports.header import Header, SaleCostLine, SaleSummary
from koperasi.reports.kwitansi import KwitansiData
from koperasi.reports.receipt import ReceiptData, ReceiptDeduction
from koperasi.reports.slips import SlipData, SlipDeduction, SlipDelivery

HEADER = Header(
    name="Koperasi Produsen Tani Lembah Jaya",
    address="Jl. Lintas Sumatera Km 12, Lembah Jaya, Sarolangun, Jambi",
    registration_no="",
    phone="0812-7400-1122",
    printed_on=datetime.date(2026, 11, 25),
    lang="id",
    place="Lembah Jaya",
    treasurer="Rahmawati",
)

RECEIPT = ReceiptData(
    header=HEADER,
    receipt="NT-2026-000123",
    date=datetime.date(2026, 11, 20),
    recorded_at=datetime.datetime(2026, 11, 20, 8, 15),
    member_number="LJ-0001",
    member_name="Siti Aminah",
    member_village="Lembah Jaya",
    commodity="Karet",
    gross_grams=120_500,
    deductions=(ReceiptDeduction("tare", 500, None), ReceiptDeduction("moisture", 2_400, 200)),
    deductions_grams=2_900,
    net_grams=117_600,
    quality_bp=5_500,
    plot="",
    status="open",
    void_reason="",
    sale_number="",
    corrected_at=None,
    correction_reason="",
)

SALE = SaleSummary(
    number="PJ-2026-0001",
    date=datetime.date(2026, 11, 25),
    buyer="PT Remco Jambi",
    commodity="Karet",
    uses_quality=True,
    sold_grams=245_000,
    price_cents=1_250_000,
    agreed_total=None,
    gross=3_062_500,
    fee_kind="percent",
    fee_bp=300,
    fee_cents_per_kg=0,
    fee=91_875,
    costs=(SaleCostLine("transport", 150_000),),
    costs_total=150_000,
    net=2_820_625,
    pooled_grams=247_600,
    shrinkage_grams=2_600,
    shrinkage_bp=105,
    delivery_count=2,
)

SLIP = SlipData(
    header=HEADER,
    slip="BY-2026-0001",
    date=datetime.date(2026, 11, 26),
    method="cash",
    member_number="LJ-0001",
    member_name="Siti Aminah",
    member_village="Lembah Jaya",
    sale=SALE,
    deliveries=(
        SlipDelivery("NT-2026-000123", datetime.date(2026, 11, 20), 117_600, 5_500, 799_000),
        SlipDelivery("NT-2026-000131", datetime.date(2026, 11, 22), 130_000, 5_000, 801_250),
    ),
    deliveries_grams=247_600,
    share=1_600_250,
    deductions=(
        SlipDeduction("wajib", 10_000),
        SlipDeduction("pinjaman", 250_000, "PN-2026-0004", 225_000, 25_000, 0, "KW-2026-0010"),
    ),
    paid=1_340_250,
    paid_in_words="Satu juta tiga ratus empat puluh ribu dua ratus lima puluh rupiah",
    meterai_duty=None,
)

KWITANSI = KwitansiData(
    header=HEADER,
    number="KW-2026-0007",
    date=datetime.date(2026, 11, 26),
    kind="deposit",
    savings_kind="sukarela",
    method="cash",
    member_number="LJ-0001",
    member_name="Siti Aminah",
    member_village="Lembah Jaya",
    amount=250_000,
    received=True,
    in_words="Dua ratus lima puluh ribu rupiah",
    balance_after=1_250_000,
)
