"""The GUI's look in one place: colours and the style sheets every screen shares."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

ERROR_STYLE = "color: #b00020; font-size: 12px;"
HINT_STYLE = "color: #5f6b66;"
OK_STYLE = "color: #1f5b3a; font-weight: 600;"
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
GREEN = QColor("#1f5b3a")
OWED = QColor("#b35900")
MUTED = QColor("#8a8a8a")
VOID = QColor("#b00020")
TOTAL_BACKGROUND = QColor("#eef4f0")

CARD_STYLE = """
QFrame[card="true"] { background: #ffffff; border: 1px solid #d5ddd8; border-radius: 8px; }
QFrame[card="true"] QLabel { background: transparent; border: none; }
QLabel[role="caption"] { color: #5b6b63; font-size: 12px; font-weight: 600; }
QLabel[role="figure"] { color: #1f4d3a; font-size: 19px; font-weight: 700; }
QLabel[role="figure_owed"] { color: #b35900; font-size: 19px; font-weight: 700; }
QLabel[role="note"] { color: #5b6b63; font-size: 11px; }
"""
