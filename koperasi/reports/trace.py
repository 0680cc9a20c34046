"""Lot traceability (issue 13, EUDR): which members and plots a sold lot came from."""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from koperasi.book.plots import EudrPlot
from koperasi.core.allocation import largest_remainder
from koperasi.core.errors import KoperasiError
from koperasi.reports.header import Header, header_of

if TYPE_CHECKING:
    from koperasi.book.book import Book

# HS headings of the EUDR commodities a village cooperative sells (Regulation (EU) 2023/1115,
# Annex I): natural rubber 4001; palm oil 1511; palm nuts and kernels 1207 10; coffee 0901;
# cocoa beans 1801. Fresh fruit bunches (TBS) have no line of their own in Annex I: the oil
# palm's fruit falls in heading 1207 (other oil seeds and oleaginous fruits), subheading
# 1207.10 "palm nuts and kernels", as Indonesian FFB exporters classify it
# (makmuramanah.co.id/en/oil-palm-fruit-bunch; tradeclassifier.com/hs-code/subheading/120710).
# The buyer's customs declaration has the last word; this is the default the report prints.
HS_CODES = (
    (("inti sawit", "kernel", "pk"), "1207.10"),
    (("cpo", "minyak sawit", "palm oil"), "1511"),
    (("tbs", "sawit", "palm", "ffb"), "1207.10"),
    (("karet", "rubber", "bokar", "lateks", "latex"), "4001"),
    (("kopi", "coffee"), "0901"),
    (("kakao", "cocoa", "coklat"), "1801"),
)


def hs_code(commodity: str) -> str:
    """The HS code printed for a commodity's name, or "" when it is not an EUDR commodity."""
    words = commodity.lower()
    for names, code in HS_CODES:
        if any(name in words.split() or (len(name) > 3 and name in words) for name in names):
            return code
    return ""


@dataclass(frozen=True)
class TraceDelivery:
    """A pooled delivery and its origin.

    Attributes:
      plot_id, plot_name: the mapped plot, or None and "".
      plot_text: the plot as written at the weighing point, or "".
      reason: why it is untraceable (a KoperasiError whose sentence says so), or None.
    """

    receipt: str
    date: datetime.date
    member_number: str
    member_name: str
    net_grams: int
    plot_id: int | None
    plot_name: str
    plot_text: str
    reason: KoperasiError | None = None

    @property
    def traceable(self) -> bool:
        return self.reason is None


@dataclass(frozen=True)
class TracePlot:
    """A plot behind the lot.

    Attributes:
      area_m2: the plot's area in square metres.
      net_grams: the net weight it delivered into the lot.
      share_bp: that weight's share of the pooled net weight, in basis points; the plots'
        shares and the untraceable share sum to 10 000 exactly (largest remainder).
      geometry: the GeoJSON geometry text.
    """

    member_number: str
    member_name: str
    village: str
    plot_id: int
    plot_name: str
    area_m2: int
    geometry_type: str
    estdb: str
    deliveries: int
    net_grams: int
    share_bp: int
    geometry: str = field(repr=False, default="")


@dataclass(frozen=True)
class LotTrace:
    """A sold lot traced to its plots.

    Attributes:
      net_mass_grams: the weight the buyer took (sold weight), as a statement declares it.
      pooled_grams: the pooled net weight of the deliveries.
      harvest_first, harvest_last: the earliest and latest delivery dates.
      untraceable_grams, untraceable_bp: the weight without a mapped plot and its share.
    """

    header: Header
    sale_number: str
    sale_date: datetime.date
    buyer: str
    commodity: str
    hs_code: str
    net_mass_grams: int
    pooled_grams: int
    harvest_first: datetime.date | None
    harvest_last: datetime.date | None
    plots: tuple[TracePlot, ...]
    deliveries: tuple[TraceDelivery, ...]
    untraceable_grams: int
    untraceable_bp: int
    traceable_only: bool = False  # the sale pooled only deliveries from mapped plots

    @property
    def untraceable(self) -> tuple[TraceDelivery, ...]:
        return tuple(d for d in self.deliveries if not d.traceable)


def lot_trace(book: Book, sale_number: str) -> LotTrace:
    sale = book.sales.get(sale_number)
    commodity = book.commodities.by_id(sale.commodity_id)
    origins = book.plots.sale_origins(sale.id)
    plots = {p.id: p for p in book.plots.of_sale(sale.id)}
    members = book.members.by_ids(
        sorted({o.member_id for o in origins} | {p.member_id for p in plots.values()})
    )
    deliveries = []
    grams: dict[int, int] = {}
    counts: dict[int, int] = {}
    for o in origins:
        plot = plots.get(o.plot_id) if o.plot_id is not None else None
        reason = None
        if plot is None:
            reason = (
                KoperasiError("trace.free_text_only", text=o.plot_text)
                if o.plot_text
                else KoperasiError("trace.no_plot")
            )
        else:
            grams[plot.id] = grams.get(plot.id, 0) + o.net_grams
            counts[plot.id] = counts.get(plot.id, 0) + 1
        member = members[o.member_id]
        deliveries.append(
            TraceDelivery(
                receipt=o.receipt,
                date=o.date,
                member_number=member.number,
                member_name=member.name,
                net_grams=o.net_grams,
                plot_id=plot.id if plot else None,
                plot_name=plot.name if plot else "",
                plot_text=o.plot_text,
                reason=reason,
            )
        )
    untraceable_grams = sum(d.net_grams for d in deliveries if not d.traceable)
    pooled = sum(o.net_grams for o in origins)
    # Key 0 is the untraceable weight: plot ids start at 1.
    shares = largest_remainder(10_000, [*grams.items(), (0, untraceable_grams)]) if pooled else {}
    trace_plots = sorted(
        (
            TracePlot(
                member_number=members[p.member_id].number,
                member_name=members[p.member_id].name,
                village=members[p.member_id].village,
                plot_id=p.id,
                plot_name=p.name,
                area_m2=p.area_m2,
                geometry_type=p.geometry_type,
                estdb=p.estdb,
                deliveries=counts.get(p.id, 0),
                net_grams=grams.get(p.id, 0),
                share_bp=shares.get(p.id, 0),
                geometry=p.geometry,
            )
            for p in plots.values()
        ),
        key=lambda t: (t.member_number, t.plot_name, t.plot_id),
    )
    dates = [o.date for o in origins]
    return LotTrace(
        header=header_of(book),
        sale_number=sale.number,
        sale_date=sale.date,
        buyer=sale.buyer,
        commodity=commodity.name,
        hs_code=hs_code(commodity.name),
        net_mass_grams=sale.sold_grams,
        pooled_grams=pooled,
        harvest_first=min(dates) if dates else None,
        harvest_last=max(dates) if dates else None,
        plots=tuple(trace_plots),
        deliveries=tuple(deliveries),
        untraceable_grams=untraceable_grams,
        untraceable_bp=shares.get(0, 0),
        traceable_only=book.plots.lot(sale.number).traceable_only,
    )


def lot_geojson(book: Book, sale_number: str) -> str:
    """The EUDR GeoJSON of a sold lot's plots. Refused (KoperasiError) when any pooled
    delivery has no mapped plot: a statement with a plot missing would be false."""
    trace = lot_trace(book, sale_number)
    missing = trace.untraceable
    if missing:
        receipts = ", ".join(d.receipt for d in missing[:10]) + (", …" if len(missing) > 10 else "")
        raise KoperasiError(
            "trace.untraceable", number=trace.sale_number, count=len(missing), receipts=receipts
        )
    return book.plots.eudr_geojson(
        EudrPlot(
            producer_name=p.member_name,
            production_place=f"{p.plot_name}, {p.village}" if p.village else p.plot_name,
            geometry=p.geometry,
            area_m2=p.area_m2,
        )
        for p in trace.plots
    )
