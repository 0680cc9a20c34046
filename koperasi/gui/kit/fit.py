"""Windows and dialogs that fit the screen they open on: an office PC at 1024x768 or
1366x768, with a taskbar taking part of it."""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

# What a window frame and title bar take beyond the client area, roughly.
FRAME = 40


def available_size(widget: QWidget) -> tuple[int, int]:
    """Width and height of the screen area the widget can use (taskbar excluded)."""
    screen = widget.screen() if widget.screen() is not None else QGuiApplication.primaryScreen()
    area = screen.availableGeometry()
    return area.width(), area.height()


def fit_to_screen(widget: QWidget, width: int, height: int) -> None:
    """Resize `widget` to width x height, or less where the screen is smaller, so that its
    buttons are never below the bottom of the screen."""
    available_width, available_height = available_size(widget)
    widget.resize(min(width, available_width - 16), min(height, available_height - FRAME))
