"""The sale wizard's traceable lot (issue 13): only deliveries from mapped plots pooled, the
sale records it, the sales register and the lot trace sheet show it."""

from __future__ import annotations

import datetime
import io

from pypdf import PdfReader
from PySide6.QtCore import Qt

from koperasi.gui.models.sale_table_model import COL_TRACEABLE
from koperasi.gui.wizards.sale.wizard import SaleWizard
from tests.geo.samples import BIG_GEOMETRY, SQUARE_GEOMETRY, collection, feature
from tests.gui.conftest import settle
from tests.gui.test_sales_page import open_wizard


def mapped_deliveries(runner, tmp_path) -> str:
    """Siti 800 kg of TBS from her mapped plot, Rahmat 700 kg from his; Rahmat's 1.500 kg of
    today (small_book) came from no mapped plot. Returns that untraceable receipt."""
    path = tmp_path / "kebun.geojson"
    path.write_text(
        collection(
            feature(SQUARE_GEOMETRY, anggota="LJ-0001", nama="Kebun Sungai", tahun_tanam=2012),
            feature(BIG_GEOMETRY, anggota="LJ-0003", nama="Kapling H-070", tahun_tanam=2010),
        ),
        encoding="utf-8",
    )

    def build(book):
        book.plots.import_file(path)
        [sungai] = book.plots.list("LJ-0001")
        [kapling] = book.plots.list("LJ-0003")
        day = datetime.date(2026, 11, 26)
        book.deliveries.record("LJ-0001", "TBS Sawit", 800_000, date=day, plot_id=sungai.id)
        book.deliveries.record("LJ-0003", "TBS Sawit", 700_000, date=day, plot_id=kapling.id)
        [untraceable] = book.plots.untraceable_open("TBS Sawit", day.replace(day=27))
        return untraceable

    return runner.call(build)


def test_a_traceable_only_lot_is_pooled_recorded_and_shown(qtbot, window, runner, tmp_path):
    untraceable = mapped_deliveries(runner, tmp_path)
    wizard = open_wizard(qtbot, window, runner)
    wizard.commodity_page.select("TBS Sawit")
    settle(qtbot, runner)
    qtbot.waitUntil(lambda: wizard.pool_key is not None and wizard.pool_key[0] == "TBS Sawit")
    wizard.next()
    pool = wizard.pool_page
    assert pool.model.rowCount() == 3
    assert pool.traceable_note.text() == (
        "1 setoran tanpa kebun terpetakan: lot tidak akan tertelusur penuh."
    )
    pool.traceable_check.setFocus()
    qtbot.keyClick(pool.traceable_check, Qt.Key.Key_Space)
    assert pool.traceable_check.isChecked()
    assert "<b>2</b> dari 3 setoran" in pool.totals.text()
    assert pool.traceable_note.text() == (
        "1 setoran tanpa kebun terpetakan disisihkan untuk penjualan berikutnya."
    )
    pool.model.set_checked(untraceable, True)  # cannot be ticked back while the option holds
    assert untraceable not in pool.model.chosen_receipts()
    pool.all_button.click()
    assert untraceable not in pool.model.chosen_receipts()
    wizard.next()
    terms = wizard.terms_page
    qtbot.keyClicks(terms.buyer_edit, "PKS Sarolangun")
    qtbot.keyClicks(terms.sold_edit, "1.490")
    qtbot.keyClicks(terms.price_edit, "3.000")
    qtbot.waitUntil(lambda: terms.isComplete(), timeout=5000)
    assert wizard.preview.settlement.pooled_grams == 1_500_000  # 800 + 700 kg, mapped only
    wizard.next()
    wizard.next()  # Simpan penjualan
    qtbot.waitUntil(lambda: wizard.currentId() == SaleWizard.PAGE_DONE, timeout=10_000)
    number = wizard.saved_number
    lot = runner.call(lambda book: book.plots.lot(number))
    assert (lot.fully_traceable, lot.traceable_only) == (True, True)
    assert runner.call(lambda book: book.deliveries.get(untraceable).status) == "open"
    wizard.accept()

    # The register says which lots are fully traceable.
    page = window.sales
    settle(qtbot, runner)
    qtbot.waitUntil(lambda: page.model.rowCount() == 2, timeout=5000)
    marks = {
        page.model.index(r, 0).data(): page.model.index(r, COL_TRACEABLE).data() for r in range(2)
    }
    assert marks == {number: "Penuh", "PJ-2026-0001": "Tidak"}
    assert page.model.headerData(COL_TRACEABLE, Qt.Orientation.Horizontal) == "Tertelusur"

    # The trace sheet says the lot was chosen traceable-only at the sale.
    def sheet(book):
        from koperasi.pdf.trace_sheet import render_trace_sheet
        from koperasi.reports.trace import lot_trace

        return render_trace_sheet(lot_trace(book, number))

    words = " ".join(
        p.extract_text() for p in PdfReader(io.BytesIO(runner.call(sheet))).pages
    ).replace("\n", " ")
    assert "Tertelusur penuh: setiap setoran berasal dari kebun yang terpetakan." in words
    assert "Saat penjualan dipilih: hanya setoran dari kebun terpetakan." in words
