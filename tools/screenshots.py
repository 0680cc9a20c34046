"""Write a screenshot of every main screen into docs/screenshots/ (offscreen, from a demo book).

    QT_QPA_PLATFORM=offscreen python tools/screenshots.py [--book DEMO.koperasi] [--lang id|en]
    QT_QPA_PLATFORM=offscreen python tools/screenshots.py --guide [--lang id|en]

Without --book it builds a 300-member, 2-year demo book in a temporary folder first.
--guide writes the pictures of the treasurer's guide instead, at 1024x728 (an office PC's
screen above its taskbar), 800 pixels wide, into resources/guide/LANG/img/, and the help
window itself into docs/screenshots/guide-LANG.png.
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


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--book")
    parser.add_argument("--lang", default="id")
    parser.add_argument("--out", default=str(OUT))
    parser.add_argument("--guide", action="store_true", help="the guide's pictures")
    args = parser.parse_args()
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
    if not book.exists():
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
