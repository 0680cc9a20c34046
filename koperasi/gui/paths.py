"""Where the desktop app keeps things on the user's computer.

Books and settings live in Documents/Koperasi (Documents\\Koperasi on Windows), where a
treasurer can see them, copy them to a USB stick and find them again after reinstalling;
the log file lives in the user's data folder (AppData\\Roaming\\Koperasi on Windows).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths

FOLDER_NAME = "Koperasi"


def _location(kind: QStandardPaths.StandardLocation) -> Path:
    return Path(QStandardPaths.writableLocation(kind) or Path.home())


def books_folder() -> Path:
    """Documents/Koperasi: the default place of new books, the demo book and the settings."""
    return _location(QStandardPaths.StandardLocation.DocumentsLocation) / FOLDER_NAME


def demo_book_path() -> Path:
    return books_folder() / "demo.koperasi"


def settings_folder() -> Path:
    return books_folder()


def log_path() -> Path:
    """The log file a crash writes to, in the user's data folder."""
    return _location(QStandardPaths.StandardLocation.AppDataLocation) / "koperasi.log"
