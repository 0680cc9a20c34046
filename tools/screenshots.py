"""Write a screenshot of every main screen into docs/screenshots/ (offscreen, from a demo book).

    QT_QPA_PLATFORM=offscreen python tools/screenshots.py [--book DEMO.koperasi] [--lang id|en]
    QT_QPA_PLATFORM=offscreen python tools/screenshots.py --guide [--lang id|en]
    QT_QPA_PLATFORM=offscreen python tools/screenshots.py --moving-in [--lang id|en]

Without --book it builds a 300-member, 2-year demo book in a temporary folder first.
--guide writes the pictures of the treasurer's guide instead, at 1024x728 (an office PC's
screen above its taskbar), 800 pixels wide, into resources/guide/LANG/img/, and the help
window itself into docs/screenshots/guide-LANG.png. --moving-in makes only the guide's
picture of the moving-in wizard (from a small book of its own, no demo needed).
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "docs" / "screenshots"


def pump(app, runner, seconds: float = 0.4) -> None:
    """Let the worker answer and the window paint."""
    end = time.monotonic() + seconds
    while time.monotonic() < end or runner.busy:
        app.processEvents()
        time.sleep(0.01)
        if time.monotonic() > end + 20:
            break


def moving_in_picture(app, runner, window, workdir: Path, save) -> None:
    """The moving-in wizard half way: members and savings brought in, the balance sheet not
    yet, so the steps show their counts and the differences left are in view."""
    import openpyxl

    from koperasi.book import Book
    from koperasi.xlsx.importing import import_file

    def workbook(name: str, rows: list[list]) -> Path:
        wb = openpyxl.Workbook()
        for row in rows:
            wb.active.append(row)
        wb.save(workdir / name)
        return workdir / name

    names = ["Siti Aminah", "Budi Santoso", "Rahmat Hidayat", "Nur Aini", "Joko Susilo",
             "Sri Wahyuni", "Agus Salim", "Dewi Lestari"]  # fmt: skip
    members = [["No. Anggota", "Nama Lengkap", "L/P", "Desa", "Tgl Masuk"]] + [
        [f"LJ-{i + 1:04d}", name, "LP"[i % 2 == 0], "Lembah Jaya", f"01/0{1 + i % 9}/2019"]
        for i, name in enumerate(names)
    ]
    savings = [["No. Anggota", "Nama", "Simpanan Pokok", "Simpanan Wajib", "Simpanan Sukarela",
                "Tunggakan Wajib"]] + [
        [f"LJ-{i + 1:04d}", name, 100_000, 1_440_000 - 20_000 * (i % 3), 50_000 * i,
         20_000 * (i % 3)]
        for i, name in enumerate(names)
    ]  # fmt: skip
    savings.append(["LJ-0099", "Wati", 100_000, 960_000, None, None])
    loans = [["No. Anggota", "Jenis", "Sisa Pokok", "Jasa % per Bulan", "Metode",
              "Sisa Angsuran (bulan)", "Jatuh Tempo Berikutnya"],
             ["LJ-0002", "pinjaman", "Rp 2.000.000", "1,5", "flat", 8, "27/12/2026"],
             ["LJ-0004", "pinjaman", 3_600_000, "1,5", "menurun", 12, "15/12/2026"],
             ["LJ-0007", "kasbon", 250_000, None, None, None, None],
             ["LJ-0008", "pinjaman", 1_500_000, "1,5", "flat", 0, "15/12/2026"]]  # fmt: skip
    workbook("pinjaman.xlsx", loans)
    path = workdir / "pindah.koperasi"
    book = Book.create(path, name="Koperasi Produsen Tani Lembah Jaya", member_prefix="LJ")
    try:
        book.savings.configure(pokok_amount=100_000, wajib_amount=20_000, deduct_wajib=True)
        import_file(book, "members", workbook("anggota.xlsx", members))
        import_file(book, "savings", workbook("simpanan.xlsx", savings), only_good=True)
    finally:
        book.close()
    runner.open_book_sync(path)
    window.open_moving_in()
    wizard = window.moving_in
    wizard.resize(1000, 640)
    pump(app, runner, 0.5)
    wizard.steps.setCurrentRow(2)
    wizard.path.setText(str(workdir / "pinjaman.xlsx"))
    wizard.run_import(preview=True)
    pump(app, runner, 1.0)
    wizard.path.setText("pinjaman.xlsx")
    save(wizard, "13-pindah")
    wizard.reject()
    runner.close_book()
    pump(app, runner)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--book")
    parser.add_argument("--lang", default="id")
    parser.add_argument("--out", default=str(OUT))
    parser.add_argument("--guide", action="store_true", help="the guide's pictures")
    parser.add_argument(
        "--moving-in", action="store_true", help="only the guide's picture of moving in"
    )
    args = parser.parse_args()
    args.guide = args.guide or args.moving_in
    out = ROOT / "resources" / "guide" / args.lang / "img" if args.guide else Path(args.out)
    out.mkdir(parents=True, exist_ok=True)

    from PySide6.QtCore import QSettings, Qt

    from koperasi.gui import i18n
    from koperasi.gui.app import make_app

    workdir = Path(tempfile.mkdtemp(prefix="koperasi-shots-"))
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(
        QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(workdir / "settings")
    )
    app = make_app()
    i18n.set_language(args.lang)
    book = Path(args.book) if args.book else workdir / "demo.koperasi"
    if not book.exists() and not args.moving_in:
        from koperasi.demo import build_demo

        print(f"building the demo book {book} ...", file=sys.stderr)
        build_demo(book, members=300, years=2, seed=1)

    from koperasi.gui.main_window import MainWindow
    from koperasi.gui.worker import BookRunner

    runner = BookRunner()
    window = MainWindow(runner, QSettings())
    window.resize(1024, 728) if args.guide else window.resize(1280, 800)
    window.show()
    pump(app, runner)

    def save(widget, name: str) -> None:
        picture = widget.grab()
        if args.guide:
            picture = picture.scaledToWidth(800, Qt.TransformationMode.SmoothTransformation)
            picture.save(str(out / f"{name.split('-', 1)[1]}.png"))
        else:
            picture.save(str(out / f"{name}.png"))

    if args.moving_in:
        moving_in_picture(app, runner, window, workdir, save)
        runner.shutdown()
        print(f"picture in {out}")
        return 0
    save(window, "00-welcome")
    runner.open_book_sync(book)
    # Pin "today" to the demo's last day so the screens show a working week.
    runner.call(lambda b: b.with_today(b.deliveries.last_date() or b.today()))
    names = [
        "beranda",
        "anggota",
        "setoran",
        "penjualan",
        "pembayaran",
        "simpanan-pinjaman",
        "kas",
        "laporan",
        "tutup-buku-shu",
        "pengaturan",
    ]
    for index, name in enumerate(names):
        window.go(index)
        pump(app, runner, 1.0)
        save(window, f"{index + 1:02d}-{name}")
    window.go(3)
    pump(app, runner)
    wizard = window.sales.start_new()
    pump(app, runner, 1.0)
    if args.guide:
        wizard.next()  # the terms: buyer, price and costs, with the preview
        pump(app, runner, 1.0)
        save(wizard, "12-penjualan-baru")
    else:
        save(wizard, f"{len(names) + 1:02d}-penjualan-wizard")
    wizard.reject()
    if args.guide:
        moving_in_picture(app, runner, window, workdir, save)
        runner.open_book_sync(book)
        window.go(2)
        pump(app, runner)
        guide = window.open_guide()
        guide.resize(1024, 700)
        pump(app, runner, 0.5)
        guide.grab().save(str(OUT / f"guide-{args.lang}.png"))
        guide.close()
    runner.shutdown()
    print(f"screenshots in {out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
