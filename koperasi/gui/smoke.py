"""`koperasi-app --smoke-test DIR`: the built bundle proves it can do a treasurer's basics.

Makes a small demo book in DIR, opens it in the real main window (offscreen is fine),
visits every section, renders a payout slip to DIR/slip.pdf, saves a picture of the
window, and exits 0; anything missing from the bundle (a module, a Qt plugin, a font, the
translation) makes it exit 1 with the reason on stderr.
"""

from __future__ import annotations

import sys
import time
import traceback
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QApplication


def _wait_idle(runner, seconds: float = 60.0) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        QCoreApplication.processEvents()
        if not runner.busy:
            # a refresh may queue more work right after going idle
            QCoreApplication.processEvents()
            if not runner.busy:
                return
        time.sleep(0.01)
    raise TimeoutError("the book worker did not finish in time")


def _first_slips(book):
    from koperasi import reports

    for sale in book.sales.list():
        slips = reports.slips_for_sale(book, sale.number)
        if slips:
            return slips
    raise RuntimeError("the demo book has no paid sale")


def run(out: Path) -> int:
    from koperasi import pdf
    from koperasi.demo import build_demo
    from koperasi.gui import i18n
    from koperasi.gui.main_window import MainWindow
    from koperasi.gui.worker import BookRunner

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    out.mkdir(parents=True, exist_ok=True)
    book_path = out / "smoke.koperasi"
    book_path.unlink(missing_ok=True)
    settings = QSettings(str(out / "settings.ini"), QSettings.Format.IniFormat)
    i18n.set_language("id")
    # The Indonesian translation must be in the bundle: a known string comes back translated.
    about = QCoreApplication.translate("MainWindow", "&About Koperasi")
    if about == "&About Koperasi":
        print(f"the Indonesian translation is missing: {i18n.qm_path('id')}", file=sys.stderr)
        return 1
    runner = BookRunner()
    try:
        build_demo(book_path, members=40, years=1, seed=7)
        window = MainWindow(runner, settings)
        window.resize(1366, 768)
        window.show()
        runner.open_book_sync(book_path)
        _wait_idle(runner)
        for index, page in enumerate(window.pages):
            window.go(index)
            _wait_idle(runner)
            print(f"section {index + 1}/{len(window.pages)}: {type(page).__name__}")
        slip = runner.call(lambda book: pdf.render_slips(_first_slips(book)[:1], "a6"))
        if not slip.startswith(b"%PDF"):
            raise RuntimeError("the slip is not a PDF")
        (out / "slip.pdf").write_bytes(slip)
        window.grab().save(str(out / "window.png"))
        print(f"slip: {out / 'slip.pdf'} ({len(slip)} bytes)")
        window.close()
        return 0
    except Exception:
        traceback.print_exc()
        return 1
    finally:
        runner.shutdown()


if __name__ == "__main__":  # pragma: no cover - run through koperasi-app --smoke-test
    sys.exit(run(Path(sys.argv[1])))
