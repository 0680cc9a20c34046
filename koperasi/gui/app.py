"""Starting the desktop app: `python main.py [BOOK] [--demo] [--lang id|en]`."""

from __future__ import annotations

import argparse
import logging
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QApplication

from koperasi.gui import i18n

ORGANIZATION = "Koperasi"
APPLICATION = "Koperasi"


def parse_args(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="koperasi-app", description="Koperasi desktop app")
    parser.add_argument("book", nargs="?", help="the book file to open")
    parser.add_argument(
        "--demo", action="store_true", help="open the demo book (made on first use)"
    )
    parser.add_argument("--lang", choices=sorted(i18n.LANGUAGES), help="language of the window")
    parser.add_argument(
        "--smoke-test",
        metavar="DIR",
        help="check this installation: a demo book in DIR, every section, a slip PDF; exit 0",
    )
    return parser.parse_args(argv)


def make_app(argv: list[str] | None = None) -> QApplication:
    QCoreApplication.setOrganizationName(ORGANIZATION)
    QCoreApplication.setApplicationName(APPLICATION)
    app = QApplication.instance() or QApplication(argv or [sys.argv[0]])
    return app  # type: ignore[return-value]


def main(argv: list[str] | None = None) -> int:
    logging.basicConfig(level=logging.INFO, format="%(levelname)s %(name)s: %(message)s")
    args = parse_args(sys.argv[1:] if argv is None else argv)
    app = make_app()
    if args.smoke_test:
        from koperasi.gui import smoke

        return smoke.run(Path(args.smoke_test))
    settings = QSettings()
    i18n.set_language(args.lang or str(settings.value("language", i18n.DEFAULT_LANGUAGE)))

    from koperasi.gui.main_window import MainWindow
    from koperasi.gui.worker import BookRunner

    runner = BookRunner()
    window = MainWindow(runner, settings)
    window.show()
    if args.book:
        window.open_book(Path(args.book))
    elif args.demo:
        window.open_demo()
    else:
        last = settings.value("last_book")
        if last and Path(str(last)).exists():
            window.open_book(Path(str(last)))
    code = app.exec()
    runner.shutdown()
    return code


if __name__ == "__main__":
    raise SystemExit(main())
