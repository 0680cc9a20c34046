"""Members' plots (kebun): import from phone GPS files, list, and the plots behind a sale."""

from __future__ import annotations

import datetime
from collections.abc import Iterable
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING

from koperasi.core.errors import KoperasiError
from koperasi.core.model import Member
from koperasi.geo.drafts import PlotDraft, PlotError, Where, geometry_text
from koperasi.geo.eudr import EudrPlot, feature_collection
from koperasi.geo.readers import read_plot_file
from koperasi.store.lots import LotRow, LotStore
from koperasi.store.plots import DeliveryOrigin, PlotRow, PlotStore

if TYPE_CHECKING:
    from koperasi.book.book import Book
    from koperasi.geo.checks import CheckedPlot

__all__ = ["EudrPlot", "ImportResult", "ImportRow", "PlotRow", "Plots"]

NEW, UNCHANGED, REFUSED = "new", "unchanged", "refused"


@dataclass(frozen=True)
class ImportRow:
    """What became of one feature or row of an imported file.

    Attributes:
      where: the feature, placemark, waypoint, track or row (str() reads it in the language).
      outcome: "new" (recorded), "unchanged" (the book already has it, exactly) or "refused".
      reason: the refusal, a KoperasiError with its sentence; None unless refused.
      warnings: KoperasiErrors shown but not refusing (a stated area far from the map's).
      plot_id: the plot in the book (None when refused, or new in a preview).
      area_m2: the plot's area in square metres, or None when refused.
    """

    where: Where
    member_number: str
    name: str
    outcome: str
    reason: KoperasiError | None = None
    warnings: tuple[KoperasiError, ...] = ()
    plot_id: int | None = None
    area_m2: int | None = None


@dataclass(frozen=True)
class ImportResult:
    """An import's outcome, row by row. preview: nothing was written."""

    path: Path
    preview: bool
    rows: tuple[ImportRow, ...]

    def count(self, outcome: str) -> int:
        return sum(1 for row in self.rows if row.outcome == outcome)

    @property
    def new(self) -> int:
        return self.count(NEW)

    @property
    def unchanged(self) -> int:
        return self.count(UNCHANGED)

    @property
    def refused(self) -> int:
        return self.count(REFUSED)


def _same(a: PlotRow, b: PlotRow) -> bool:
    keys = ("commodity_id", "area_m2", "planting_year", "estdb", "land_document", "geometry")
    return all(getattr(a, key) == getattr(b, key) for key in keys)


class Plots:
    def __init__(self, book: Book) -> None:
        self.book = book
        self._store = PlotStore(book._db)
        self._store_lots = LotStore(book._db)

    # -- import -------------------------------------------------------------------------

    def import_file(
        self, path: str | Path, member: str | None = None, preview: bool = False
    ) -> ImportResult:
        """Read a GeoJSON, KML, GPX or CSV plot file and record its plots, all in one
        transaction. member: the owner of every plot in the file (a file's own member
        column must then agree). preview: check and report, write nothing. A plot the book
        already has, identical, is "unchanged", so importing a file twice changes nothing."""
        path = Path(path)
        parsed = read_plot_file(path)
        owner = self.book.members.get(member) if member else None
        if preview:
            return ImportResult(path, True, tuple(self._rows(parsed, owner, write=False)))
        with self.book.atomic():
            rows = tuple(self._rows(parsed, owner, write=True))
        if any(row.outcome == NEW for row in rows):
            self.book.note_changes("plots")
        return ImportResult(path, False, rows)

    def _rows(
        self, parsed: Iterable[PlotDraft | KoperasiError], owner: Member | None, write: bool
    ) -> Iterable[ImportRow]:
        seen: dict[tuple[int, str], PlotRow] = {}
        for item in parsed:
            if isinstance(item, KoperasiError):
                yield ImportRow(item.params["where"], "", "", REFUSED, item)  # type: ignore[arg-type]
                continue
            number = item.member_number or (owner.number if owner else "")
            try:
                member = self._member_of(item, owner)
                row, checked = self._row(item, member)
            except KoperasiError as exc:
                yield ImportRow(item.where, number, item.name, REFUSED, exc)
                continue
            key = (member.id, row.name)
            existing = seen.get(key) or self._store.by_name(member.id, row.name)
            if existing is not None:
                if _same(existing, row):
                    yield ImportRow(
                        item.where,
                        member.number,
                        row.name,
                        UNCHANGED,
                        warnings=checked.warnings,
                        plot_id=existing.id or None,
                        area_m2=existing.area_m2,
                    )
                else:
                    refusal = PlotError(
                        "plot.name_taken", where=item.where, number=member.number, name=row.name
                    )
                    yield ImportRow(item.where, member.number, row.name, REFUSED, refusal)
                continue
            plot_id = self._store.insert(row) if write else None
            seen[key] = replace(row, id=plot_id or 0)
            yield ImportRow(
                item.where,
                member.number,
                row.name,
                NEW,
                warnings=checked.warnings,
                plot_id=plot_id,
                area_m2=row.area_m2,
            )

    def _member_of(self, item: PlotDraft, owner: Member | None) -> Member:
        if owner is not None:
            if item.member_number and item.member_number.upper() != owner.number.upper():
                raise PlotError(
                    "plot.member_mismatch",
                    where=item.where,
                    found=item.member_number,
                    number=owner.number,
                )
            return owner
        if not item.member_number:
            raise PlotError("plot.member_required", where=item.where)
        try:
            return self.book.members.get(item.member_number)
        except KoperasiError:
            raise PlotError(
                "plot.member_unknown", where=item.where, number=item.member_number
            ) from None

    def _row(self, item: PlotDraft, member: Member) -> tuple[PlotRow, CheckedPlot]:
        if not item.name:
            raise PlotError("plot.name_required", where=item.where)
        commodity_id = None
        if item.commodity:
            try:
                commodity_id = self.book.commodities.get(item.commodity).id
            except KoperasiError:
                raise PlotError(
                    "plot.commodity_unknown", where=item.where, name=item.commodity
                ) from None
        # shapely and pyproj (with numpy) load only when a plot is checked, not on every
        # opening of a book: most commands never touch a plot.
        from koperasi.geo.checks import check_plot

        checked = check_plot(item)
        row = PlotRow(
            id=0,
            member_id=member.id,
            name=item.name,
            commodity_id=commodity_id,
            area_m2=checked.area_m2,
            planting_year=item.planting_year,
            estdb=item.estdb,
            land_document=item.land_document,
            geometry_type=item.geometry["type"],
            geometry=geometry_text(item.geometry),
        )
        return row, checked

    # -- reading ------------------------------------------------------------------------

    def list(self, member: str | None = None) -> list[PlotRow]:
        """A member's plots by name, or every plot by member number and name."""
        if member:
            return self._store.of_member(self.book.members.get(member).id)
        return self._store.all()

    def get(self, plot_id: int) -> PlotRow:
        plot = self._store.get(plot_id)
        if plot is None:
            raise KoperasiError("plot.not_found", id=plot_id)
        return plot

    def check_owner(self, plot_id: int, member_id: int) -> PlotRow:
        """The plot, when it belongs to this member; refused otherwise."""
        plot = self.get(plot_id)
        if plot.member_id != member_id:
            raise KoperasiError(
                "plot.other_member",
                name=plot.name,
                owner=self.book.members.by_id(plot.member_id).number,
                number=self.book.members.by_id(member_id).number,
            )
        return plot

    def of_sale(self, sale_id: int) -> list[PlotRow]:
        """The plots behind a settled sale's deliveries, each once."""
        return self._store.of_sale(sale_id)

    def sale_origins(self, sale_id: int) -> list[DeliveryOrigin]:
        """Each delivery of a sale with its mapped plot (or None) and its free-text plot."""
        return self._store.sale_origins(sale_id)

    def untraceable_open(self, commodity: str, until: datetime.date) -> list[str]:
        """Receipts of the open deliveries a sale of `commodity` on `until` would pool that
        have no mapped plot: pass them as SaleInput.exclude to pool a traceable lot only."""
        commodity_id = self.book.commodities.get(commodity).id
        return self._store.open_untraceable(commodity_id, until)

    def sale_traceable(self, sale_number: str) -> bool:
        """Whether every delivery of a settled sale came from a mapped plot (its lot is fully
        traceable). Settled deliveries are never edited, so this stays what it was at sale."""
        return self._store.untraceable_count(self.book.sales.get(sale_number).id) == 0

    def of_delivery(self, receipt: str) -> int | None:
        """The mapped plot a delivery came from, or None when it is untraceable."""
        return self.book._store_deliveries.plot_of(self.book.deliveries.get(receipt).id)

    def record_lot(self, sale_id: int, traceable_only: bool) -> LotRow:
        """Record whether a sale's lot is fully traceable (called by settle, inside it)."""
        return self._store_lots.record(sale_id, traceable_only)

    def lot(self, sale_number: str) -> LotRow:
        """A settled sale's lot as recorded: fully traceable or not, traceable-only or not."""
        sale = self.book.sales.get(sale_number)
        return self._store_lots.of_sales([sale.id])[sale.id]

    def lots(self, sale_ids: Iterable[int]) -> dict[int, LotRow]:
        """The lots of many sales at once (the sales register)."""
        return self._store_lots.of_sales(sale_ids)

    def eudr_geojson(self, plots: Iterable[EudrPlot]) -> str:
        """The EUDR GeoJSON text of these plots (refused above 25 MB)."""
        return feature_collection(plots)
