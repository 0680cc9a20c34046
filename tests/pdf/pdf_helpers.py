"""Books to print from (a small cooperative with every kind of record, a long sale) and
readers that turn a PDF back into text a test can check."""

from __future__ import annotations

import datetime
import io
from pathlib import Path

from pypdf import PdfReader

from koperasi.book import Book
from koperasi.book.deliveries import DeductionInput
from koperasi.book.sales import SaleInput
from koperasi.core.model import SaleCost
from tests.helpers import fund

TODAY = datetime.date(2026, 11, 27)
LONG_NAME = (
    "Raden Mas Muhammad Abdurrahman Wahid Kusumanegara Prawiradirja bin Haji Sulaiman Hasibuan"
)


def _logo() -> bytes:
    """A small green-and-gold PNG, like a cooperative's emblem."""
    from PIL import Image, ImageDraw

    image = Image.new("RGB", (120, 120), "white")
    draw = ImageDraw.Draw(image)
    draw.ellipse((4, 4, 116, 116), fill=(29, 91, 58))
    draw.ellipse((30, 30, 90, 90), fill=(230, 180, 40))
    buffer = io.BytesIO()
    image.save(buffer, "PNG")
    return buffer.getvalue()


def build_book(path: Path, lang: str = "id", logo: bool = True) -> Book:
    """The demo cooperative: five members (one who left, one with a very long name), rubber
    and palm fruit, a void and a corrected receipt, two settled and paid sales (one share
    above Rp 5.000.000), and open deliveries after the last sale."""
    book = Book.create(
        path,
        name="Koperasi Produsen Tani Lembah Jaya",
        address="Jl. Lintas Sarolangun–Jambi Km 12",
        village="Lubuk Resam",
        district="Cermin Nan Gedang",
        regency="Sarolangun",
        province="Jambi",
        registration_no="AHU-0012345.AH.01.29.2020",
        phone="0812-7788-1200",
        treasurer="Siti Aminah",
        chairman="H. Abdul Rahman",
        member_prefix="LJ",
        language=lang,
    )
    if logo:
        book.update_profile(logo=_logo())
    book.with_today(TODAY)
    book.commodities.add("Karet", fee_bp=300, uses_quality=True)
    book.commodities.add("TBS Sawit", fee_cents_per_kg=2500)
    day = datetime.date
    members = [
        book.members.add(
            "Ahmad Yani",
            nik="1503010101800001",
            gender="L",
            village="Lubuk Resam",
            joined=day(2020, 1, 5),
        ),
        book.members.add("Sri Wahyuni", gender="P", village="Pulau Pandan", joined=day(2020, 1, 5)),
        book.members.add(
            LONG_NAME, gender="L", village="Desa Baru Muara Limun Hilir", joined=day(2021, 3, 1)
        ),
        book.members.add(
            "Hendra Gunawan", gender="L", village="Lubuk Resam", joined=day(2022, 7, 14)
        ),
        book.members.add("Nurhayati", gender="P", village="Pulau Pandan", joined=day(2020, 2, 1)),
    ]
    a, b, c, d, e = (m.number for m in members)
    tare = DeductionInput("tare", 2000)
    rec = book.deliveries.record
    rec(
        a,
        "Karet",
        120500,
        day(2026, 11, 2),
        [tare, DeductionInput("moisture", percent_bp=500)],
        6000,
    )
    rec(b, "Karet", 80000, day(2026, 11, 3), [], 5500)
    rec(c, "Karet", 95250, day(2026, 11, 3), [tare], 5800)
    rec(d, "Karet", 310000, day(2026, 11, 4), [DeductionInput("tare", 5000)], 6200)
    rec(d, "Karet", 295000, day(2026, 11, 5), [DeductionInput("dirt", percent_bp=150)], 6000)
    rec(a, "Karet", 60000, day(2026, 11, 5), [], 6000)
    wrong = rec(e, "Karet", 45000, day(2026, 11, 5), [], 5000)
    book.deliveries.void(wrong.receipt, "salah timbang, ditimbang ulang")
    fixed = rec(e, "Karet", 54000, day(2026, 11, 5), [], 5000)
    book.deliveries.correct(fixed.receipt, "berat kotor salah ketik", gross_grams=45500)
    rubber = book.sales.settle(
        SaleInput(
            "Karet",
            day(2026, 11, 10),
            "PT Karet Jambi Lestari",
            sold_grams=935000,
            price_cents=1250000,
            costs=(SaleCost("Angkutan ke pabrik", 350000), SaleCost("Retribusi desa", 75000)),
        )
    )
    book.payouts.pay(rubber.number, date=day(2026, 11, 12))
    rec(a, "TBS Sawit", 1500000, day(2026, 11, 14), [DeductionInput("other", 30000)])
    rec(b, "TBS Sawit", 820000, day(2026, 11, 14), [])
    palm = book.sales.settle(
        SaleInput(
            "TBS Sawit",
            day(2026, 11, 15),
            "PKS Sinar Sarolangun",
            sold_grams=2290000,
            price_cents=315262,
            costs=(SaleCost("Angkutan", 200000),),
        )
    )
    book.payouts.pay(palm.number, date=day(2026, 11, 20), members=[a])
    rec(a, "Karet", 70000, day(2026, 11, 24), [], 6100)
    rec(b, "Karet", 66000, day(2026, 11, 25), [tare], 5600)
    book.members.deactivate(e, on=day(2026, 11, 26))
    return book


def build_long_book(path: Path, members: int = 70) -> Book:
    """One rubber sale pooled from `members` members: a settlement sheet of several pages."""
    book = Book.create(
        path, name="Koperasi Tani Maju Bersama", member_prefix="MB", village="Muara Limun"
    )
    book.with_today(TODAY)
    book.commodities.add("Karet", fee_bp=250, uses_quality=True)
    for index in range(members):
        name = LONG_NAME if index == 5 else f"Anggota Nomor {index + 1:03d} Tani Makmur"
        number = book.members.add(name, village="Muara Limun").number
        book.deliveries.record(
            number,
            "Karet",
            50_000 + 1_237 * index,
            datetime.date(2026, 11, 1 + index % 20),
            quality_bp=5000 + 37 * index,
        )
    book.sales.settle(
        SaleInput(
            "Karet",
            datetime.date(2026, 11, 25),
            "PT Bridgestone Sumatra",
            sold_grams=5_900_000,
            price_cents=1_187_550,
            costs=(SaleCost("Angkutan", 1_250_000),),
        )
    )
    return book


def pages(pdf: bytes) -> list[str]:
    """The text of each page, with runs of spaces made single."""
    reader = PdfReader(io.BytesIO(pdf))
    return [" ".join(page.extract_text().split()) for page in reader.pages]


def page_sizes(pdf: bytes) -> list[tuple[float, float]]:
    reader = PdfReader(io.BytesIO(pdf))
    return [(float(p.mediabox.width), float(p.mediabox.height)) for p in reader.pages]


def text_runs(pdf: bytes) -> list[list[tuple[float, float, float, str]]]:
    """Per page, every horizontal run of text as (left, right, baseline, text) in points,
    measured with the bundled font, to prove nothing runs off the paper."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    from koperasi.pdf.fonts import BOLD, REGULAR, register_fonts

    register_fonts()
    reader = PdfReader(io.BytesIO(pdf))
    result = []
    for page in reader.pages:
        runs: list[tuple[float, float, float, str]] = []

        def visit(text, cm, tm, font, size, runs=runs):
            text = text.rstrip("\n")
            if not text.strip() or cm[1] or tm[1]:  # skip empty and rotated (watermark) text
                return
            face = BOLD if font and "Bold" in str(font.get("/BaseFont")) else REGULAR
            scale = tm[0] * cm[0]
            left = tm[4] * cm[0] + cm[4]
            width = stringWidth(text, face, size * scale)
            runs.append((left, left + width, tm[5] * cm[3] + cm[5], text))

        page.extract_text(visitor_text=visit)
        result.append(runs)
    return result


def build_deductions_book(path: Path, lang: str = "id") -> Book:
    """Two members whose payout of 20 May 2026 deducts what they owe (the rules of
    tests/book/test_payout_deductions.py): simpanan wajib Rp 10.000 a month since January,
    deducted at payout.

    Siti Aminah (LJ-0001), joined 5 January 2026:
      - simpanan pokok Rp 100.000 (5 Jan, KW-2026-000001), sukarela Rp 250.000 (10 Mar,
        KW-2026-000002);
      - pinjaman PN-2026-0001 of Rp 2.400.000 on 15 March, 6 months at 2 % a month on the
        declining balance: Rp 400.000 principal a month, jasa 48.000 (15 Apr), 40.000 (15
        May), 32.000 (15 Jun)…;
      - kasbon KB-2026-0001 of Rp 300.000 on 1 May;
      - delivers 1.500 kg of palm fruit on 18 May, her share Rp 1.500.000.
    Budi Santoso (LJ-0002), joined 5 January 2026: kasbon KB-2026-0002 of Rp 200.000 on
    1 May; delivers 180 kg, his share Rp 180.000.

    Sale PJ-2026-0001 on 18 May: 1.680 kg for Rp 1.722.000, fee Rp 25/kg = 42.000, net
    1.680.000 = Rp 1.000/kg. Paid in cash on 20 May:
      SP-2026-000001 Siti: 1.500.000 − wajib 50.000 (Jan–May, KW-2026-000003) − kasbon
        300.000 (KW-2026-000004) − installments 1 and 2: pokok 800.000 + jasa 88.000 =
        888.000 (KW-2026-000005) = Rp 262.000 paid;
      SP-2026-000002 Budi: 180.000 − wajib 50.000 (KW-2026-000006) − kasbon 130.000 of
        200.000 (KW-2026-000007; Rp 70.000 still owed) = Rp 0 paid.
    The cooperative holds Rp 3.000.000 more in Kas from 10 March (Kas never goes below zero).
    Then Siti withdraws Rp 50.000 of sukarela on 25 May (KW-2026-000008), and on 10 July,
    after June's installment fell due, repays it in cash: 432.000 (KW-2026-000009).
    """
    day = datetime.date
    book = Book.create(
        path,
        name="Koperasi Produsen Tani Lembah Jaya",
        village="Lubuk Resam",
        treasurer="Siti Aminah",
        member_prefix="LJ",
        language=lang,
    )
    book.with_today(TODAY)
    book.commodities.add("TBS Sawit", fee_cents_per_kg=2500)
    book.savings.configure(wajib_amount=10_000, deduct_wajib=True)
    siti = book.members.add("Siti Aminah", village="Lubuk Resam", joined=day(2026, 1, 5)).number
    budi = book.members.add("Budi Santoso", village="Pulau Pandan", joined=day(2026, 1, 5)).number
    book.savings.deposit(siti, "pokok", 100_000, date=day(2026, 1, 5))
    book.savings.deposit(siti, "sukarela", 250_000, date=day(2026, 3, 10))
    fund(book, 3_000_000, day(2026, 3, 10))  # the cash the loans are paid from
    book.loans.grant(
        siti, "pinjaman", 2_400_000, date=day(2026, 3, 15), months=6, rate_bp=200,
        method="declining",
    )  # fmt: skip
    book.loans.grant(siti, "kasbon", 300_000, date=day(2026, 5, 1))
    book.loans.grant(budi, "kasbon", 200_000, date=day(2026, 5, 1))
    book.deliveries.record(siti, "TBS Sawit", 1_500_000, date=day(2026, 5, 18))
    book.deliveries.record(budi, "TBS Sawit", 180_000, date=day(2026, 5, 18))
    sale = book.sales.settle(
        SaleInput(
            "TBS Sawit", day(2026, 5, 18), "PT Pauh Sawit Lestari", 1_680_000,
            agreed_total=1_722_000,
        )
    )  # fmt: skip
    book.payouts.pay(sale.number, date=day(2026, 5, 20))
    book.savings.withdraw(siti, 50_000, date=day(2026, 5, 25))
    book.loans.repay("PN-2026-0001", 432_000, date=day(2026, 7, 10))
    return book
