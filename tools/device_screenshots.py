"""Pictures of the weighing post and of traceability for the README (issues 13 and 15):

    QT_QPA_PLATFORM=offscreen python tools/device_screenshots.py [--book DEMO.koperasi]

writes into docs/screenshots/: the weighing form with the live weight of a scale simulated on
a pseudo-terminal (Linux), the scale and printer settings, a member's plots on the offline
map, a lot's trace dialog, the first page of a lot trace sheet (PDF through pdftoppm), the
sale wizard's traceable-lot option, and Beranda's chart against the Disbun reference.
Every window is 1024x768. Without --book it builds the 300-member, 2-year demo first; a
given book is copied, never changed. The demo has no Disbun prices: weekly ones are entered
(sale price + 4 to 10 % by tree age) so the chart has its reference line.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "docs" / "screenshots"
SIZE = (1024, 768)


def pump(app, runner, seconds: float = 0.4) -> None:
    end = time.monotonic() + seconds
    while time.monotonic() < end or runner.busy:
        app.processEvents()
        time.sleep(0.01)
        if time.monotonic() > end + 20:
            break


def a_d_frames(master: int, stop: threading.Event) -> None:
    """An A&D indicator settling on 245,6 kg, then sending it, stable, ten times a second."""
    os.write(master, b"\r\n")
    for grams in (2310, 2405, 2452, 2456):
        os.write(master, f"US,GS,+0{grams // 10:03d}.{grams % 10}0kg\r\n".encode())
        time.sleep(0.1)
    while not stop.is_set():
        os.write(master, b"ST,GS,+0245.60kg\r\n")
        time.sleep(0.1)


def disbun_prices(book) -> None:
    """A week's Disbun TBS prices per tree-age bracket for every week with a TBS sale."""
    done: set[str] = set()
    for sale in book.sales.list("TBS Sawit"):
        week = f"{sale.date.isocalendar()[0]}-W{sale.date.isocalendar()[1]:02d}"
        if week in done or not sale.sold_grams:
            continue
        done.add(week)
        paid = sale.gross * 100_000 // sale.sold_grams  # hundredths of a rupiah per kg
        for age_from, age_to, extra in ((3, 9, 104), (10, 20, 110), (21, 25, 106)):
            cents = paid * extra // 100 // 100 * 100
            book.reference_prices.set("TBS Sawit", week, age_from, age_to, cents)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--book")
    parser.add_argument("--out", default=str(OUT))
    args = parser.parse_args()
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)

    from PySide6.QtCore import QSettings, Qt
    from PySide6.QtTest import QTest

    from koperasi.devices.scale import ScaleSettings
    from koperasi.gui import i18n
    from koperasi.gui.app import make_app
    from koperasi.gui.devices.settings import (
        ThermalPrinter,
        save_scale_settings,
        save_thermal_printer,
    )

    workdir = Path(tempfile.mkdtemp(prefix="koperasi-shots-"))
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(
        QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(workdir / "settings")
    )
    app = make_app()
    i18n.set_language("id")
    book = workdir / "demo.koperasi"
    if args.book:
        import shutil

        shutil.copyfile(args.book, book)
    if not book.exists():
        from koperasi.demo import build_demo

        print(f"building the demo book {book} ...", file=sys.stderr)
        build_demo(book, members=300, years=2, seed=1)

    import pty
    import tty

    master, slave = pty.openpty()
    tty.setraw(slave)
    save_scale_settings(ScaleSettings(os.ttyname(slave), format="and"))
    save_thermal_printer(ThermalPrinter("cups:TM-T82", 80))

    from koperasi.gui.main_window import MainWindow
    from koperasi.gui.worker import BookRunner

    runner = BookRunner()
    window = MainWindow(runner, QSettings())
    window.resize(*SIZE)
    window.show()
    runner.open_book_sync(book)
    runner.call(lambda b: b.with_today(b.deliveries.last_date() or b.today()))
    pump(app, runner)

    def save(widget, name: str) -> Path:
        path = out / f"{name}.png"
        widget.grab().save(str(path))
        print(path)
        return path

    # A member with a polygon and a point plot, and TBS: the weighing form and the map.
    def pick(b):
        plots = b.plots.list()
        by_member: dict[int, list] = {}
        for plot in plots:
            by_member.setdefault(plot.member_id, []).append(plot)
        for member_id, mine in sorted(by_member.items()):
            kinds = {p.geometry_type for p in mine}
            if len(mine) >= 2 and "Point" in kinds and kinds - {"Point"}:
                return b.members.by_id(member_id)
        return b.members.by_id(plots[0].member_id)

    member = runner.call(pick)
    runner.call(disbun_prices)

    # 1. Setoran with the live weight, taken with F2.
    stop = threading.Event()
    feeder = threading.Thread(target=a_d_frames, args=(master, stop), daemon=True)
    window.go(2, "new")
    pump(app, runner, 1.0)
    form = window.deliveries.form
    feeder.start()
    QTest.keyClicks(form.member_edit, member.number)
    QTest.keyClick(form.member_edit, Qt.Key.Key_Return)
    pump(app, runner, 1.5)
    QTest.keyClick(form.gross_edit, Qt.Key.Key_F2)
    pump(app, runner, 0.5)
    save(window, "weighing-live-1024x768")

    # 2. Pengaturan: the scale and the thermal printer.
    form.clear_for_next()
    window.go(window.pages.index(window.settings_page))
    pump(app, runner, 1.0)
    box = window.settings_page.devices_box
    box.load()
    scroll = box.parentWidget()
    while scroll is not None and not hasattr(scroll, "ensureWidgetVisible"):
        scroll = scroll.parentWidget()
    if scroll is not None:
        scroll.ensureWidgetVisible(box.test_button)
    box.try_scale()  # Coba timbangan, with the indicator still sending
    pump(app, runner, 1.5)
    save(window, "settings-devices-1024x768")
    box.stop_trying()
    stop.set()
    feeder.join()
    window.go(0)  # the scale's port is let go
    pump(app, runner)

    # 3. The member's plots on the offline map.
    from koperasi.gui.dialogs.member_page import MemberPage

    page = MemberPage(runner, member, window)
    page.resize(*SIZE)
    page.show()
    pump(app, runner, 1.0)
    page.tabs.setCurrentWidget(page.plots_tab)
    pump(app, runner, 1.0)
    save(page, "plot-map-1024x768")
    page.close()

    # 4. A lot's trace: the dialog with its plots highlighted, and the trace sheet's PDF.
    def partly_traceable(b):
        for sale in reversed(b.sales.list()):
            if b.commodities.by_id(sale.commodity_id).name.startswith("TBS"):
                return sale.number
        return b.sales.list()[-1].number

    number = runner.call(partly_traceable)
    window.go(3)
    pump(app, runner, 1.0)
    sales = window.sales
    sales.select_sale(number)
    pump(app, runner, 1.0)
    dialog = sales.open_trace()
    dialog.resize(*SIZE)
    pump(app, runner, 1.5)
    save(dialog, "lot-trace-1024x768")
    dialog.close()

    def sheet(b):
        from koperasi.pdf.trace_sheet import render_trace_sheet
        from koperasi.reports.trace import lot_trace

        return render_trace_sheet(lot_trace(b, number))

    pdf = workdir / "lembar-ketertelusuran.pdf"
    pdf.write_bytes(runner.call(sheet))
    subprocess.run(
        ["pdftoppm", "-png", "-r", "96", "-f", "1", "-l", "1", "-singlefile", str(pdf),
         str(out / "trace-sheet")],
        check=True,
    )  # fmt: skip
    print(out / "trace-sheet.png")
    # 5. The sale wizard with only traceable deliveries pooled.
    window.go(3)
    pump(app, runner, 1.0)
    wizard = window.sales.start_new()
    wizard.resize(*SIZE)
    pump(app, runner, 1.0)
    wizard.commodity_page.select("Karet")  # some rubber gardens are not mapped
    pump(app, runner, 1.5)
    wizard.next()
    pump(app, runner, 1.0)
    wizard.pool_page.traceable_check.setChecked(True)
    pump(app, runner, 0.5)
    save(wizard, "sale-traceable-1024x768")
    wizard.reject()

    # 6. Beranda: TBS price against the Disbun reference.
    window.go(0)
    pump(app, runner, 1.5)
    window.dashboard.chart_combo.setCurrentText("TBS Sawit")
    pump(app, runner, 1.5)
    chart = window.dashboard.chart_card
    scroll = chart.parentWidget()
    while scroll is not None and not hasattr(scroll, "ensureWidgetVisible"):
        scroll = scroll.parentWidget()
    if scroll is not None:
        scroll.ensureWidgetVisible(chart)
    pump(app, runner, 0.5)
    save(window, "beranda-disbun-1024x768")

    runner.shutdown()
    os.close(master)
    os.close(slave)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
