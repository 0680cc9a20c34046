"""Commodities and their service fees."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from koperasi.book.ops import operation
from koperasi.core.errors import KoperasiError
from koperasi.core.model import Commodity
from koperasi.core.units import BP_PER_UNIT

if TYPE_CHECKING:
    from koperasi.book.book import Book


def _fee(fee_bp: int | None, fee_cents_per_kg: int | None) -> tuple[str, int, int]:
    if fee_bp is not None and fee_cents_per_kg is not None:
        raise KoperasiError("commodity.bad_fee")
    if fee_cents_per_kg is not None:
        if fee_cents_per_kg < 0:
            raise KoperasiError("commodity.bad_fee")
        return "per_kg", 0, fee_cents_per_kg
    bp = fee_bp or 0
    if not 0 <= bp <= BP_PER_UNIT:
        raise KoperasiError("commodity.bad_fee")
    return "percent", bp, 0


class Commodities:
    def __init__(self, book: Book) -> None:
        self.book = book
        self._store = book._store_commodities

    @operation("commodity.add", "commodities")
    def add(
        self,
        name: str,
        fee_bp: int | None = None,
        fee_cents_per_kg: int | None = None,
        uses_quality: bool = False,
        unit: str = "kg",
    ) -> Commodity:
        name = " ".join((name or "").split())
        if not name:
            raise KoperasiError("commodity.name_required")
        if self._store.by_name(name):
            raise KoperasiError("commodity.exists", name=name)
        kind, bp, cents = _fee(fee_bp, fee_cents_per_kg)
        commodity = Commodity(0, name, unit, kind, bp, cents, uses_quality)
        with self.book.atomic():
            commodity_id = self._store.insert(commodity)
        return replace(commodity, id=commodity_id)

    @operation("commodity.edit", "commodities")
    def edit(
        self,
        name: str,
        new_name: str | None = None,
        fee_bp: int | None = None,
        fee_cents_per_kg: int | None = None,
        uses_quality: bool | None = None,
        active: bool | None = None,
    ) -> Commodity:
        commodity = self.get(name)
        changes: dict = {}
        if new_name is not None:
            cleaned = " ".join(new_name.split())
            if not cleaned:
                raise KoperasiError("commodity.name_required")
            other = self._store.by_name(cleaned)
            if other and other.id != commodity.id:
                raise KoperasiError("commodity.exists", name=cleaned)
            changes["name"] = cleaned
        if fee_bp is not None or fee_cents_per_kg is not None:
            changes["fee_kind"], changes["fee_bp"], changes["fee_cents_per_kg"] = _fee(
                fee_bp, fee_cents_per_kg
            )
        if uses_quality is not None:
            changes["uses_quality"] = uses_quality
        if active is not None:
            changes["active"] = active
        updated = replace(commodity, **changes)
        with self.book.atomic():
            self._store.update(updated)
        return updated

    def get(self, name: str) -> Commodity:
        commodity = self._store.by_name(name)
        if commodity is None:
            raise KoperasiError("commodity.not_found", name=name)
        return commodity

    def by_id(self, commodity_id: int) -> Commodity:
        commodity = self._store.get(commodity_id)
        if commodity is None:
            raise KoperasiError("commodity.not_found", name=f"#{commodity_id}")
        return commodity

    def list(self) -> list[Commodity]:
        return self._store.all()
