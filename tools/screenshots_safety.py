"""Screenshots of the safety dialogs (issue 9) at 1024x768: Masuk, Pulihkan dari cadangan and
Catatan audit, each over the main window, from a demo book with users. Prints the figures the
issue asks for (the demo book's backup time and size, the login's scrypt time).

    QT_QPA_PLATFORM=offscreen python tools/screenshots_safety.py [--book DEMO.koperasi]
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "docs" / "screenshots"


def pump(app, runner, seconds: float = 0.4) -> None:
    end = time.monotonic() + seconds
    while time.monotonic() < end or runner.busy:
        app.processEvents()
        time.sleep(0.01)
        if time.monotonic() > end + 30:
            break


def composite(window, dialog, path: Path) -> None:
    """The window with the dialog drawn over its middle, as a treasurer sees it."""
    from PySide6.QtGui import QColor, QPainter, QPen

    picture = window.grab()
    shot = dialog.grab()
    x = (picture.width() - shot.width()) // 2
    y = (picture.height() - shot.height()) // 2
    painter = QPainter(picture)
    painter.fillRect(picture.rect(), QColor(0, 0, 0, 70))
    painter.drawPixmap(x, y, shot)
    title = 24  # offscreen windows have no frame: draw the title bar a treasurer would see
    painter.fillRect(x - 1, y - title, shot.width() + 2, title, QColor("#1f4d3a"))
    painter.setPen(QColor("white"))
    painter.drawText(x + 8, y - title, shot.width() - 16, title, 0x0081, dialog.windowTitle())
    painter.setPen(QPen(QColor("#1f4d3a"), 2))
    painter.drawRect(x - 1, y - title, shot.width() + 1, shot.height() + title)
    painter.end()
    picture.save(str(path))


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--book")
    args = parser.parse_args()
    OUT.mkdir(parents=True, exist_ok=True)

    from PySide6.QtCore import QSettings, Qt
    from PySide6.QtTest import QTest

    from koperasi.book import Book
    from koperasi.book.backups import backup_book
    from koperasi.gui import i18n
    from koperasi.gui.app import make_app

    workdir = Path(tempfile.mkdtemp(prefix="koperasi-safety-shots-"))
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(
        QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(workdir / "settings")
    )
    app = make_app()
    i18n.set_language("id")
    book = workdir / "koperasi-demo.koperasi"
    if args.book:
        shutil.copy(args.book, book)
    else:
        from koperasi.demo import build_demo

        print("building the demo book ...", file=sys.stderr)
        build_demo(book, members=300, years=2, seed=1)
    folder = workdir / "Cadangan"
    folder.mkdir()
    with Book.open(book) as opened:
        started = time.perf_counter()
        info = backup_book(opened, folder)
        seconds = time.perf_counter() - started
        print(
            f"demo book {book.stat().st_size / 1e6:.1f} MB: backup + verify {seconds:.2f} s, "
            f"verified {info.verified}, backup {info.path.stat().st_size / 1e6:.1f} MB, "
            f"{info.members} members, debit {info.total_debit}",
        )
        opened.users.add("Sri Wahyuni", "bendahara", "bendahara1")
        started = time.perf_counter()
        opened.users.log_in("Sri Wahyuni", "bendahara1")
        print(f"login (scrypt n=2**17): {time.perf_counter() - started:.2f} s")
        opened.users.add("Pak Darto", "pengawas", "pengawas1")

    from koperasi.gui.main_window import MainWindow
    from koperasi.gui.worker import BookRunner

    runner = BookRunner()
    settings = QSettings()
    settings.setValue("backup/folder", str(folder))
    window = MainWindow(runner, settings)
    window.resize(1024, 768)
    window.show()
    pump(app, runner)

    window.open_book(book)
    pump(app, runner, 1.0)
    dialog = window.login_dialog
    QTest.keyClicks(dialog.name_edit, "Pak Darto")
    QTest.keyClicks(dialog.password_edit, "salah")
    QTest.keyClick(dialog.password_edit, Qt.Key.Key_Return)
    pump(app, runner, 1.5)
    QTest.keyClicks(dialog.password_edit, "pengawas1")
    pump(app, runner)
    composite(window, dialog, OUT / "login-dialog.png")
    QTest.keyClick(dialog.password_edit, Qt.Key.Key_Return)
    pump(app, runner, 2.0)
    runner.call(lambda b: b.with_today(b.deliveries.last_date() or b.today()))
    window.go(0)
    pump(app, runner, 1.5)
    window.grab().save(str(OUT / "pengawas-beranda.png"))

    window.open_restore()
    pump(app, runner, 2.0)
    composite(window, window.restore_dialog, OUT / "restore-dialog.png")
    window.restore_dialog.reject()

    window.open_audit_log()
    pump(app, runner, 1.5)
    window.audit_dialog.run_check()
    pump(app, runner, 3.0)
    window.audit_dialog.resize(960, 620)
    pump(app, runner)
    composite(window, window.audit_dialog, OUT / "audit-log-dialog.png")
    window.audit_dialog.reject()
    runner.shutdown()
    print(f"screenshots in {OUT}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
