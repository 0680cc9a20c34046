"""Deliveries at the weighing point: record, correct, void, find."""

from __future__ import annotations

import datetime
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass, replace
from types import EllipsisType
from typing import TYPE_CHECKING

from koperasi.book.ops import operation
from koperasi.core.deliveries import check_quality, net_grams, resolve_deduction
from koperasi.core.errors import KoperasiError
from koperasi.core.fmt import date_short
from koperasi.core.limits import check_grams
from koperasi.core.model import Deduction, Delivery

if TYPE_CHECKING:
    from koperasi.book.book import Book


@dataclass(frozen=True)
class DeductionInput:
    """A deduction as entered: in kg (grams) or as a percentage (bp) of the gross."""

    kind: str = "tare"
    grams: int | None = None
    percent_bp: int | None = None


def _snapshot(d: Delivery) -> dict:
    values = asdict(d)
    values["date"] = d.date.isoformat()
    values["deductions"] = [asdict(x) for x in d.deductions]
    for key in ("status", "sale_id", "part", "recorded_at", "void_reason", "id", "receipt"):
        values.pop(key, None)
    return values


class Deliveries:
    def __init__(self, book: Book) -> None:
        self.book = book
        self._store = book._store_deliveries

    def _build(
        self,
        member: str,
        commodity: str,
        date: datetime.date,
        gross_grams: int,
        deductions: Iterable[DeductionInput],
        quality_bp: int | None,
        plot: str,
    ) -> Delivery:
        the_member = self.book.members.get(member)
        if not the_member.active:
            raise KoperasiError("member.inactive", number=the_member.number, name=the_member.name)
        the_commodity = self.book.commodities.get(commodity)
        if date > self.book.today():
            raise KoperasiError("delivery.future_date", date=date_short(date))
        self.book.closing.require_open(date)
        if gross_grams <= 0:
            raise KoperasiError("delivery.gross_positive")
        check_grams(gross_grams)
        resolved: Sequence[Deduction] = tuple(
            resolve_deduction(gross_grams, d.kind, d.grams, d.percent_bp)
            for d in deductions
            if d.grams or d.percent_bp
        )
        net = net_grams(gross_grams, resolved)
        quality = check_quality(quality_bp, the_commodity.uses_quality, the_commodity.name)
        return Delivery(
            id=0,
            receipt="",
            date=date,
            member_id=the_member.id,
            commodity_id=the_commodity.id,
            gross_grams=gross_grams,
            deductions=tuple(resolved),
            net_grams=net,
            quality_bp=quality,
            plot=plot.strip(),
        )

    @operation("delivery.record", "deliveries")
    def record(
        self,
        member: str,
        commodity: str,
        gross_grams: int,
        date: datetime.date | None = None,
        deductions: Iterable[DeductionInput] = (),
        quality_bp: int | None = None,
        plot: str = "",
        plot_id: int | None = None,
        weight_manual: bool = False,
        require_quality: bool = False,
    ) -> Delivery:
        """Record a weighing; returns it with its receipt number. plot_id: the member's
        mapped plot it came from (issue 13), checked to belong to that member.
        weight_manual: the gross weight was typed by hand, not taken from the scale (the
        delivery and its receipt say so). At a weighing post the receipt numbers carry the
        post's id: NT-P2-2026-000123. require_quality: the screens and the command line
        refuse a quality commodity (Karet) typed without its quality (koperasi.book.controls)."""
        delivery = self._build(
            member, commodity, date or self.book.today(), gross_grams, deductions, quality_bp, plot
        )
        delivery = replace(delivery, weight_manual=bool(weight_manual))
        if require_quality:  # typed by a person: a quality commodity needs its quality
            from koperasi.book.controls import require_quality as check

            check(self.book, commodity, quality_bp)
        if plot_id is not None:
            self.book.plots.check_owner(plot_id, delivery.member_id)
        year = delivery.date.year
        with self.book.atomic():
            seq = self.book._settings.next_seq("receipt", year)
            delivery = replace(delivery, receipt=self.book.posts.receipt_number(year, seq))
            delivery_id = self._store.insert(delivery, year, seq, plot_id=plot_id)
        return self._store.get(delivery_id)

    def record_from_post(
        self,
        receipt: str,
        recorded_at: str,
        member: str,
        commodity: str,
        gross_grams: int,
        date: datetime.date,
        deductions: Iterable[DeductionInput],
        quality_bp: int | None,
        plot: str,
        weight_manual: bool = False,
    ) -> Delivery:
        """A delivery weighed at a weighing post, under the post's own receipt number (called
        by koperasi.book.posts inside its import). It is checked as a delivery typed here
        would be, and kept out of the book's own gapless series (a negative seq)."""
        if self._store.by_receipt(receipt) is not None:
            raise KoperasiError("post.receipt_taken", receipt=receipt)
        delivery = self._build(member, commodity, date, gross_grams, deductions, quality_bp, plot)
        delivery = replace(
            delivery, receipt=receipt, recorded_at=recorded_at, weight_manual=bool(weight_manual)
        )
        with self.book.atomic():
            seq = self.book._settings.next_seq("receipt_post", date.year)
            delivery_id = self._store.insert(delivery, date.year, -seq)
        return self._store.get(delivery_id)

    def get(self, receipt: str) -> Delivery:
        delivery = self._store.by_receipt(receipt)
        if delivery is None:
            raise KoperasiError("delivery.not_found", receipt=receipt)
        return delivery

    def _require_open(self, delivery: Delivery) -> None:
        """Refuse a change to a delivery that is settled, void, or in a closed period."""
        if delivery.status == "settled":
            sale = self.book._store_sales.get(delivery.sale_id)
            raise KoperasiError(
                "delivery.settled", receipt=delivery.receipt, sale=sale.number if sale else "?"
            )
        if delivery.status == "void":
            raise KoperasiError("delivery.void", receipt=delivery.receipt)
        self.book.closing.require_open(delivery.date)

    @operation("delivery.correct", "deliveries")
    def correct(
        self,
        receipt: str,
        reason: str,
        member: str | None = None,
        commodity: str | None = None,
        gross_grams: int | None = None,
        date: datetime.date | None = None,
        deductions: Iterable[DeductionInput] | None = None,
        quality_bp: int | None = None,
        plot: str | None = None,
        plot_id: int | EllipsisType | None = ...,
    ) -> Delivery:
        """Correct an open delivery; the old values and the reason go into its history.
        plot_id: the member's mapped plot, or None for none (untraceable); left out, the
        delivery keeps its plot, unless it moves to another member, whose plot it cannot be."""
        if not (reason or "").strip():
            raise KoperasiError("delivery.reason_required")
        old = self.get(receipt)
        self._require_open(old)
        if date is not None and date.year != old.date.year:
            # The receipt number belongs to its year's series; a move across years is a void and a new entry.
            raise KoperasiError("input.bad_date", text=date.isoformat())
        new = self._build(
            member or self.book.members.by_id(old.member_id).number,
            commodity or self.book.commodities.by_id(old.commodity_id).name,
            date or old.date,
            gross_grams if gross_grams is not None else old.gross_grams,
            deductions
            if deductions is not None
            else [
                DeductionInput(d.kind, None if d.percent_bp is not None else d.grams, d.percent_bp)
                for d in old.deductions
            ],
            quality_bp if quality_bp is not None else old.quality_bp,
            plot if plot is not None else old.plot,
        )
        new = replace(new, id=old.id, receipt=old.receipt)
        if plot_id is ... and new.member_id != old.member_id:
            plot_id = None
        if isinstance(plot_id, int):
            self.book.plots.check_owner(plot_id, new.member_id)
        with self.book.atomic():
            self._store.update(new)
            if plot_id is not ...:
                self._store.set_plot(old.id, plot_id)
            self._store.add_history(
                old.id, "correct", reason.strip(), _snapshot(old), _snapshot(new)
            )
        return self._store.get(old.id)

    @operation("delivery.void", "deliveries")
    def void(self, receipt: str, reason: str) -> Delivery:
        """Void an open delivery: it keeps its number, shows as void, and is never pooled."""
        if not (reason or "").strip():
            raise KoperasiError("delivery.reason_required")
        old = self.get(receipt)
        self._require_open(old)
        with self.book.atomic():
            self._store.void(old.id, reason.strip())
            self._store.add_history(
                old.id, "void", reason.strip(), {"status": "open"}, {"status": "void"}
            )
        return self._store.get(old.id)

    def history(self, receipt: str) -> list[dict]:
        return self._store.history(self.get(receipt).id)

    def on_date(self, date: datetime.date) -> list[Delivery]:
        return self._store.on_date(date)

    def of_member(
        self, member: str, start: datetime.date | None = None, end: datetime.date | None = None
    ) -> list[Delivery]:
        return self._store.of_member(self.book.members.get(member).id, start, end)

    def count_on_date(self, date: datetime.date) -> int:
        return self._store.count_on_date(date)

    def page_on_date(
        self,
        date: datetime.date,
        sort: str = "receipt",
        descending: bool = False,
        offset: int = 0,
        limit: int = 200,
    ) -> list[Delivery]:
        """A page of the deliveries dated `date`, void ones included. sort: receipt, member,
        commodity, gross, deductions, net, quality or status."""
        return self._store.page_on_date(date, sort, descending, offset, limit)

    # -- sums for the screens (koperasi.reports.screens), read through covering indexes ------

    def sums_by_commodity(
        self, start: datetime.date, end: datetime.date
    ) -> list[tuple[int, int, int, int]]:
        """(commodity id, deliveries, net grams, voided) dated start..end; void ones weigh
        nothing."""
        return self.book._store_dashboard.deliveries_by_commodity(start, end)

    def monthly_sums(
        self, commodity_id: int, start: datetime.date, end: datetime.date
    ) -> list[tuple[str, int, int]]:
        """("YYYY-MM", deliveries, net grams) of one commodity, void ones left out."""
        return self.book._store_dashboard.monthly_deliveries(commodity_id, start, end)

    def open_summary(self) -> list[tuple[int, int, int]]:
        """(commodity id, deliveries, net grams) of every delivery not sold yet."""
        return self._store.open_summary()

    def check_editable(self, receipt: str) -> Delivery:
        """The delivery, when it may still be corrected or voided; otherwise the book's refusal."""
        delivery = self.get(receipt)
        self._require_open(delivery)
        return delivery

    def last_date(self) -> datetime.date | None:
        last = self._store.last_date()
        return datetime.date.fromisoformat(last) if last else None
