"""A delivery receipt (nota timbang): one weighing, as the member takes it home."""

from __future__ import annotations

import datetime
from dataclasses import dataclass
from typing import TYPE_CHECKING

from koperasi.reports.header import Header, header_of

if TYPE_CHECKING:
    from koperasi.book.book import Book


@dataclass(frozen=True)
class ReceiptDeduction:
    """kind: "tare", "moisture", "dirt" or "other"; percent_bp when entered as a percentage."""

    kind: str
    grams: int
    percent_bp: int | None


@dataclass(frozen=True)
class ReceiptData:
    """Attributes:
    recorded_at: when the weighing was entered, or None when the book has no time.
    quality_bp: None when the commodity has no quality factor.
    status: "open", "settled" or "void"; a void receipt prints marked BATAL.
    sale_number: the sale that settled it, or "".
    corrected_at / correction_reason: the last correction, when it was corrected.
    """

    header: Header
    receipt: str
    date: datetime.date
    recorded_at: datetime.datetime | None
    member_number: str
    member_name: str
    member_village: str
    commodity: str
    gross_grams: int
    deductions: tuple[ReceiptDeduction, ...]
    deductions_grams: int
    net_grams: int
    quality_bp: int | None
    plot: str
    status: str
    void_reason: str
    sale_number: str
    corrected_at: datetime.datetime | None
    correction_reason: str
    weight_manual: bool = False  # the gross weight was typed by hand, not read from the scale

    @property
    def void(self) -> bool:
        return self.status == "void"


def _timestamp(text: str | None) -> datetime.datetime | None:
    try:
        return datetime.datetime.fromisoformat(text) if text else None
    except ValueError:
        return None


def receipt_data(book: Book, receipt: str) -> ReceiptData:
    delivery = book.deliveries.get(receipt)
    member = book.members.by_id(delivery.member_id)
    commodity = book.commodities.by_id(delivery.commodity_id)
    corrections = [h for h in book.deliveries.history(delivery.receipt) if h["action"] == "correct"]
    sale_number = book.sales.by_id(delivery.sale_id).number if delivery.sale_id else ""
    deductions = tuple(ReceiptDeduction(d.kind, d.grams, d.percent_bp) for d in delivery.deductions)
    return ReceiptData(
        header=header_of(book),
        receipt=delivery.receipt,
        date=delivery.date,
        recorded_at=_timestamp(delivery.recorded_at),
        member_number=member.number,
        member_name=member.name,
        member_village=member.village,
        commodity=commodity.name,
        gross_grams=delivery.gross_grams,
        deductions=deductions,
        deductions_grams=delivery.gross_grams - delivery.net_grams,
        net_grams=delivery.net_grams,
        quality_bp=delivery.quality_bp if commodity.uses_quality else None,
        plot=delivery.plot,
        status=delivery.status,
        void_reason=delivery.void_reason,
        sale_number=sale_number,
        corrected_at=_timestamp(corrections[-1]["changed_at"]) if corrections else None,
        correction_reason=corrections[-1]["reason"] if corrections else "",
        weight_manual=delivery.weight_manual,
    )
