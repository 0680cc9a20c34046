"""The cooperative as it heads every printed document, and the sale figures several share."""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING

from koperasi.core.settlement import shrinkage_bp

if TYPE_CHECKING:
    from koperasi.book.book import Book
    from koperasi.core.model import Commodity, SaleCost
    from koperasi.store.sales import SaleRow


@dataclass(frozen=True)
class Header:
    """What every document prints at its top and bottom.

    Attributes:
      name: the cooperative's name.
      address: one line: street, village, district, regency, province.
      registration_no: nomor badan hukum, or "".
      phone: contact number, or "".
      logo: PNG/JPEG bytes, or None.
      printed_on: the print date.
      lang: "id" or "en", the language of every printed label.
      place: the place written before the date above signatures ("Lubuk Resam, 12 ...").
      treasurer, chairman: names printed under signature lines, or "".
      audit_code: the audit chain head's short code at printing ("" on documents that do
        not print it): an edit made after the paper was printed no longer matches it.
    """

    name: str
    address: str
    registration_no: str
    phone: str
    printed_on: datetime.date
    lang: str
    place: str
    treasurer: str = ""
    chairman: str = ""
    logo: bytes | None = field(default=None, repr=False)
    audit_code: str = ""


def header_of(book: Book) -> Header:
    profile = book.profile
    parts = (profile.address, profile.village, profile.district, profile.regency, profile.province)
    place = profile.village or profile.district or profile.regency or ""
    lang = profile.language if profile.language in ("id", "en") else "id"
    return Header(
        name=profile.name,
        address=", ".join(p for p in parts if p),
        registration_no=profile.registration_no,
        phone=profile.phone,
        printed_on=book.today(),
        lang=lang,
        place=place,
        treasurer=profile.treasurer,
        chairman=profile.chairman,
        logo=profile.logo or None,
    )


def with_audit_code(header: Header, book: Book) -> Header:
    """The header with the audit chain head's short code (the RAT report and the settlement
    sheet print it at their foot, issue 9)."""
    from koperasi.book.audit import head

    found = head(book)
    return replace(header, audit_code=found.code if found else "")


@dataclass(frozen=True)
class SaleCostLine:
    label: str
    amount: int


@dataclass(frozen=True)
class SaleSummary:
    """A settled sale's figures as printed on slips and settlement sheets.

    Attributes:
      price_cents: price per kg in hundredths of a rupiah, or None for an agreed total.
      fee_kind, fee_bp, fee_cents_per_kg: how the fee was computed.
      shrinkage_grams: pooled − sold (susut); negative when the buyer weighed more.
      shrinkage_bp: shrinkage as basis points of the pooled weight, rounded half away from 0.
    """

    number: str
    date: datetime.date
    buyer: str
    commodity: str
    uses_quality: bool
    sold_grams: int
    price_cents: int | None
    agreed_total: int | None
    gross: int
    fee_kind: str
    fee_bp: int
    fee_cents_per_kg: int
    fee: int
    costs: tuple[SaleCostLine, ...]
    costs_total: int
    net: int
    pooled_grams: int
    shrinkage_grams: int
    shrinkage_bp: int
    delivery_count: int
    # The plantation office's reference price for the pooled plots' ages, weighted by their
    # weight (issue 13), and its week; None and "" when the book has none for the sale.
    reference_cents: int | None = None
    reference_week: str = ""


def sale_summary(sale: SaleRow, commodity: Commodity, costs: tuple[SaleCost, ...]) -> SaleSummary:
    shrinkage = sale.pooled_grams - sale.sold_grams
    return SaleSummary(
        number=sale.number,
        date=sale.date,
        buyer=sale.buyer,
        commodity=commodity.name,
        uses_quality=commodity.uses_quality,
        sold_grams=sale.sold_grams,
        price_cents=sale.price_cents,
        agreed_total=sale.agreed_total,
        gross=sale.gross,
        fee_kind=sale.fee_kind,
        fee_bp=sale.fee_bp,
        fee_cents_per_kg=sale.fee_cents_per_kg,
        fee=sale.fee,
        costs=tuple(SaleCostLine(c.label, c.amount) for c in costs),
        costs_total=sale.costs,
        net=sale.net,
        pooled_grams=sale.pooled_grams,
        shrinkage_grams=shrinkage,
        shrinkage_bp=shrinkage_bp(sale.pooled_grams, shrinkage),
        delivery_count=sale.delivery_count,
    )


def with_reference(book: Book, summary: SaleSummary) -> SaleSummary:
    """The summary with the sale's reference price (Harga Disbun), when the book has one."""
    reference = book.reference_prices.of_sale(summary.number)
    if reference is None:
        return summary
    return replace(
        summary, reference_cents=reference.reference_cents, reference_week=reference.week
    )
