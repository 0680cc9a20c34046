"""Plots on screen (issue 13): the member page's plots and map, and a sale's lot trace with
its plots highlighted and the EUDR GeoJSON exported from the dialog."""

from __future__ import annotations

import datetime

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QFileDialog, QGraphicsEllipseItem, QGraphicsPolygonItem

from koperasi.gui.dialogs.member_page import MemberPage
from tests.geo.samples import BIG_GEOMETRY, POINT_GEOMETRY, SQUARE_GEOMETRY, collection, feature
from tests.geo.test_eudr_geojson import check_eudr
from tests.gui.conftest import TODAY, settle


def map_plots(runner, tmp_path):
    """Siti's two plots and Rahmat's one, and a TBS lot pooled from them only."""
    path = tmp_path / "kebun.geojson"
    path.write_text(
        collection(
            feature(SQUARE_GEOMETRY, anggota="LJ-0001", nama="Kebun Sungai", tahun_tanam=2012),
            feature(POINT_GEOMETRY, anggota="LJ-0001", nama="Pondok", luas="1,5"),
            feature(BIG_GEOMETRY, anggota="LJ-0003", nama="Kapling H-070", tahun_tanam=2010),
        ),
        encoding="utf-8",
    )

    def build(book):
        from koperasi.book.sales import SaleInput

        book.plots.import_file(path)
        sungai, _pondok = book.plots.list("LJ-0001")
        [kapling] = book.plots.list("LJ-0003")
        day = datetime.date(2026, 11, 26)
        book.deliveries.record("LJ-0001", "TBS Sawit", 800_000, date=day, plot_id=sungai.id)
        # LJ-0003's 1.500 kg of today (small_book) has no plot: one from the kapling instead.
        book.deliveries.record("LJ-0003", "TBS Sawit", 700_000, date=day, plot_id=kapling.id)
        skip = book.plots.untraceable_open("TBS Sawit", TODAY)
        sale = book.sales.settle(
            SaleInput("TBS Sawit", TODAY, "PKS Sarolangun", 1_480_000, price_cents=300_000,
                      exclude=tuple(skip))
        )  # fmt: skip
        return sale.number, skip

    return runner.call(build)


def test_the_member_page_lists_the_plots_and_draws_them(qtbot, window, runner, tmp_path):
    map_plots(runner, tmp_path)
    member = runner.call(lambda book: book.members.get("LJ-0001"))
    page = MemberPage(runner, member)
    qtbot.addWidget(page)
    page.show()
    settle(qtbot, runner)
    tab = page.plots_tab
    assert page.tabs.tabText(5) == "Ke&bun dan peta"
    rows = [
        [tab.table.item(r, c).text() for c in range(tab.table.columnCount())]
        for r in range(tab.table.rowCount())
    ]
    assert rows == [
        ["Kebun Sungai", "0,9963", "2012", "Poligon", ""],
        ["Pondok", "1,5000", "", "Titik", ""],
    ]
    items = tab.map.scene().items()
    assert sum(isinstance(i, QGraphicsPolygonItem) for i in items) == 1
    assert sum(isinstance(i, QGraphicsEllipseItem) for i in items) == 1
    # Choosing a plot in the list highlights it on the map.
    tab.table.setFocus()
    QTest.keyClick(tab.table, Qt.Key.Key_Down)
    assert [p.highlighted for p in tab.map.plots] in ([True, False], [False, True])
    page.accept()


def test_a_lot_trace_exports_its_eudr_geojson(qtbot, window, runner, tmp_path, monkeypatch):
    number, skipped = map_plots(runner, tmp_path)
    assert len(skipped) == 1  # LJ-0003's delivery of today without a plot stayed out
    window.go(3)
    settle(qtbot, runner)
    page = window.sales
    qtbot.waitUntil(lambda: page.model.rowCount() == 2, timeout=5000)
    page.select_sale(number)
    settle(qtbot, runner)
    assert page.trace_button.isEnabled()
    QTest.keyClick(page.trace_button, Qt.Key.Key_Space)
    settle(qtbot, runner)
    dialog = page.trace_dialog
    assert dialog.status_label.text().startswith("Tertelusur penuh")
    highlighted = [p.label for p in dialog.map.plots if p.highlighted]
    assert highlighted == ["Siti Aminah · Kebun Sungai", "Rahmat Hidayat · Kapling H-070"]
    assert [p.label for p in dialog.map.plots if not p.highlighted] == ["Pondok"]
    target = tmp_path / "lot.geojson"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), ""))
    )
    QTest.keyClick(dialog.geojson_button, Qt.Key.Key_Space)
    settle(qtbot, runner)
    assert dialog.last_saved == target
    data = check_eudr(target.read_text(encoding="utf-8"))
    assert [f["properties"]["ProductionPlace"] for f in data["features"]] == [
        "Kebun Sungai, Lembah Jaya",
        "Kapling H-070, Lembah Jaya",
    ]
    # [longitude, latitude], six decimals, as imported.
    assert SQUARE_GEOMETRY in target.read_text(encoding="utf-8")
    dialog.accept()


def test_an_untraceable_lot_cannot_export(qtbot, window, runner):
    window.go(3)
    settle(qtbot, runner)
    page = window.sales
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=5000)
    page.select_sale("PJ-2026-0001")
    settle(qtbot, runner)
    dialog = page.open_trace()
    settle(qtbot, runner)
    assert dialog.status_label.text().startswith("Tidak tertelusur penuh: 2 setoran")
    assert not dialog.geojson_button.isEnabled()
    assert dialog.table.rowCount() == 2
    dialog.accept()
