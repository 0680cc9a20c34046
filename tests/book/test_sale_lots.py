"""A sale records whether its lot is fully traceable (migration 0007_i1315_sale_lots), and a
sale may pool only the deliveries that came from a mapped plot."""

from __future__ import annotations

import datetime
import sqlite3

import pytest

from koperasi.book.sales import SaleInput
from tests.geo.samples import POINT_GEOMETRY, SQUARE_GEOMETRY, collection, feature

DAY = datetime.date(2026, 11, 20)


@pytest.fixture
def plotted(book, tmp_path):
    """Siti delivers 800 kg of TBS from her mapped plot, Budi 300 kg from nowhere mapped."""
    book.members.add("Siti Aminah", village="Lembah Jaya")
    book.members.add("Budi Santoso", village="Pauh")
    path = tmp_path / "kebun.geojson"
    path.write_text(
        collection(
            feature(SQUARE_GEOMETRY, anggota="LJ-0001", nama="Kebun Sungai", tahun_tanam=2012),
            feature(POINT_GEOMETRY, anggota="LJ-0002", nama="Pondok", luas="1,5"),
        ),
        encoding="utf-8",
    )
    book.plots.import_file(path)
    [sungai] = book.plots.list("LJ-0001")
    book.deliveries.record("LJ-0001", "TBS Sawit", 800_000, date=DAY, plot_id=sungai.id)
    book.deliveries.record("LJ-0002", "TBS Sawit", 300_000, date=DAY)  # no plot chosen
    return book


def tbs_sale(**options) -> SaleInput:
    return SaleInput("TBS Sawit", DAY, "PKS Sarolangun", 790_000, price_cents=300_000, **options)


def test_a_traceable_only_sale_pools_the_mapped_deliveries_and_records_it(plotted):
    preview = plotted.sales.preview(tbs_sale(traceable_only=True))
    assert preview.settlement.pooled_grams == 800_000  # Budi's 300 kg stay out
    sale = plotted.sales.settle(tbs_sale(traceable_only=True))
    assert sale.pooled_grams == 800_000 and sale.delivery_count == 1
    lot = plotted.plots.lot(sale.number)
    assert (lot.fully_traceable, lot.traceable_only) == (True, True)
    # Budi's delivery is still open, for a later (untraceable) sale.
    assert plotted.deliveries.get("NT-2026-000002").status == "open"
    later = plotted.sales.settle(
        SaleInput("TBS Sawit", DAY, "PKS Sarolangun", 300_000, price_cents=300_000)
    )
    lot = plotted.plots.lot(later.number)
    assert (lot.fully_traceable, lot.traceable_only) == (False, False)
    assert plotted.plots.lots([sale.id, later.id]) == {
        sale.id: plotted.plots.lot(sale.number),
        later.id: lot,
    }


def test_a_mixed_lot_is_recorded_as_not_fully_traceable(plotted):
    sale = plotted.sales.settle(tbs_sale())
    assert sale.pooled_grams == 1_100_000
    assert plotted.plots.lot(sale.number).fully_traceable is False
    assert plotted.plots.sale_traceable(sale.number) is False  # the same answer, computed


def test_the_recorded_lot_cannot_be_changed(plotted, tmp_path):
    sale = plotted.sales.settle(tbs_sale(traceable_only=True))
    path = plotted.path
    plotted.close()
    with sqlite3.connect(path) as raw, pytest.raises(sqlite3.DatabaseError, match="locked"):
        raw.execute("UPDATE sale_lots SET fully_traceable = 0 WHERE sale_id = ?", [sale.id])


def test_traceable_only_with_nothing_mapped_is_refused_like_an_empty_pool(book):
    book.members.add("Budi Santoso", village="Pauh")
    book.deliveries.record("LJ-0001", "TBS Sawit", 300_000, date=DAY)
    from koperasi.core.errors import KoperasiError

    with pytest.raises(KoperasiError):
        book.sales.settle(tbs_sale(traceable_only=True))
    assert book.deliveries.get("NT-2026-000001").status == "open"


def test_a_correction_sets_clears_or_keeps_the_plot(plotted):
    [sungai] = plotted.plots.list("LJ-0001")
    [pondok] = plotted.plots.list("LJ-0002")
    from koperasi.core.errors import KoperasiError

    # Budi's delivery had no plot; it came from his Pondok.
    plotted.deliveries.correct("NT-2026-000002", "kebun lupa dipilih", plot_id=pondok.id)
    assert plotted.plots.of_delivery("NT-2026-000002") == pondok.id
    # Siti's plot is not Budi's: refused, nothing changed.
    with pytest.raises(KoperasiError):
        plotted.deliveries.correct("NT-2026-000002", "salah", plot_id=sungai.id)
    assert plotted.plots.of_delivery("NT-2026-000002") == pondok.id
    # A correction of the weight keeps the plot.
    plotted.deliveries.correct("NT-2026-000002", "salah baca", gross_grams=310_000)
    assert plotted.plots.of_delivery("NT-2026-000002") == pondok.id
    # Moved to Siti, it can no longer be Budi's plot: untraceable until she picks hers.
    plotted.deliveries.correct("NT-2026-000002", "salah anggota", member="LJ-0001")
    assert plotted.plots.of_delivery("NT-2026-000002") is None
    plotted.deliveries.correct("NT-2026-000001", "tidak tahu kebunnya", plot_id=None)
    assert plotted.plots.of_delivery("NT-2026-000001") is None
