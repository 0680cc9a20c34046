"""Write a screenshot of every main screen into docs/screenshots/ (offscreen, from a demo book).

    QT_QPA_PLATFORM=offscreen python tools/screenshots.py [--book DEMO.koperasi] [--lang id|en]

Without --book it builds a 300-member, 2-year demo book in a temporary folder first.
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
    args = parser.parse_args()
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)

    from PySide6.QtCore import QSettings

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
    window.resize(1280, 800)
    window.show()
    pump(app, runner)
    window.grab().save(str(out / "00-welcome.png"))
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
        window.grab().save(str(out / f"{index + 1:02d}-{name}.png"))
    window.go(3)
    pump(app, runner)
    wizard = window.sales.start_new()
    pump(app, runner, 1.0)
    wizard.grab().save(str(out / f"{len(names) + 1:02d}-penjualan-wizard.png"))
    wizard.reject()
    runner.shutdown()
    print(f"screenshots in {out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
