"""An unexpected error is logged to the user's data folder and named in a dialog."""

from __future__ import annotations

import logging
import sys

from koperasi.gui import app


def test_a_crash_is_logged_and_the_file_named(tmp_path, monkeypatch, modal_dialogs):
    log = tmp_path / "koperasi.log"
    monkeypatch.setattr(app.paths, "log_path", lambda: log)
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    root = logging.getLogger()
    saved = root.handlers[:], root.level
    try:
        path = app.start_logging()
        app.install_crash_handler(path)
        try:
            raise ZeroDivisionError("pembagian dengan nol")
        except ZeroDivisionError:
            sys.excepthook(*sys.exc_info())
        for handler in root.handlers:
            handler.flush()
    finally:
        for handler in root.handlers:
            if handler not in saved[0]:
                handler.close()
        root.handlers[:], _ = saved[0], root.setLevel(saved[1])
    text = log.read_text("utf-8")
    assert "ZeroDivisionError: pembagian dengan nol" in text
    (seen,) = modal_dialogs.expect()
    assert seen.startswith("critical: ")
    assert str(log) in seen
