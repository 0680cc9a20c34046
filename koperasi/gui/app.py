"""Starting the desktop app: `python main.py [BOOK] [--demo] [--lang id|en]`."""

from __future__ import annotations

import argparse
import logging
import logging.handlers
import sys
import traceback
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QApplication, QMessageBox

from koperasi.gui import i18n, paths

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


def start_logging() -> Path:
    """Log to the console and to a small rotating file that a crash also writes to."""
    path = paths.log_path()
    handlers: list[logging.Handler] = [logging.StreamHandler()]
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handlers.append(
            logging.handlers.RotatingFileHandler(
                path, maxBytes=1_000_000, backupCount=3, encoding="utf-8"
            )
        )
    except OSError:  # a read-only profile: the console still gets everything
        pass
    logging.basicConfig(
        level=logging.INFO,
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
        handlers=handlers,
        force=True,
    )
    return path


def install_crash_handler(path: Path) -> None:
    """An unexpected error is written to the log and named in a dialog, so a treasurer can
    send the file to whoever helps them (pendamping) instead of losing the details."""

    def report(kind, value, tb) -> None:
        logging.getLogger("koperasi").critical(
            "unexpected error\n%s", "".join(traceback.format_exception(kind, value, tb))
        )
        if QApplication.instance() is not None:
            QMessageBox.critical(
                None,
                QCoreApplication.translate("App", "Koperasi met an unexpected error"),
                QCoreApplication.translate(
                    "App",
                    "Something unexpected went wrong. Your book is safe: every saved "
                    "operation is complete. The details are in this file; please send it "
                    "to the person who helps you with Koperasi:\n\n%1",
                ).replace("%1", str(path)),
            )

    sys.excepthook = report


def make_app(argv: list[str] | None = None) -> QApplication:
    QCoreApplication.setOrganizationName(ORGANIZATION)
    QCoreApplication.setApplicationName(APPLICATION)
    app = QApplication.instance() or QApplication(argv or [sys.argv[0]])
    return app  # type: ignore[return-value]


def main(argv: list[str] | None = None) -> int:
    args = parse_args(sys.argv[1:] if argv is None else argv)
    app = make_app()
    install_crash_handler(start_logging())
    # Settings beside the books in Documents/Koperasi, as an .ini a helper can read.
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(
        QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(paths.settings_folder())
    )
    if args.smoke_test:
        from koperasi.gui import smoke

        return smoke.run(Path(args.smoke_test))
    settings = QSettings()
    i18n.set_language(args.lang or str(settings.value("language", i18n.DEFAULT_LANGUAGE)))

    from koperasi.gui.main_window import MainWindow
    from koperasi.gui.worker import BookRunner

    runner = BookRunner()
    window = MainWindow(runner, settings)
    window.auto_backup = True  # on closing and once a day, into Documents/Koperasi/Cadangan
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
