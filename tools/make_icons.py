"""Draw the program's icon (resources/icons/koperasi.png and .ico) with Qt's painter.

Run once after changing the drawing: `QT_QPA_PLATFORM=offscreen python tools/make_icons.py`.
The icon is a green tile with a white leaf and a scale beam: a cooperative that weighs
its members' harvest. Drawn in code so it needs no design tool and stays reproducible.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QGuiApplication, QImage, QPainter, QPainterPath, QPen

ICONS = Path(__file__).resolve().parents[1] / "resources" / "icons"


def draw(size: int) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    p = QPainter(image)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    s = size / 256
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(QBrush(QColor("#1f6b4a")))
    p.drawRoundedRect(QRectF(8 * s, 8 * s, 240 * s, 240 * s), 48 * s, 48 * s)
    # the leaf
    leaf = QPainterPath(QPointF(128 * s, 40 * s))
    leaf.cubicTo(QPointF(200 * s, 70 * s), QPointF(196 * s, 150 * s), QPointF(128 * s, 170 * s))
    leaf.cubicTo(QPointF(60 * s, 150 * s), QPointF(56 * s, 70 * s), QPointF(128 * s, 40 * s))
    p.setBrush(QBrush(QColor("#ffffff")))
    p.drawPath(leaf)
    p.setPen(QPen(QColor("#1f6b4a"), 8 * s, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
    p.drawLine(QPointF(128 * s, 70 * s), QPointF(128 * s, 160 * s))
    # the scale beam and its two pans
    p.setPen(QPen(QColor("#f2c14e"), 12 * s, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
    p.drawLine(QPointF(60 * s, 196 * s), QPointF(196 * s, 196 * s))
    p.drawLine(QPointF(128 * s, 170 * s), QPointF(128 * s, 216 * s))
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(QBrush(QColor("#f2c14e")))
    for x in (60, 196):
        p.drawChord(QRectF((x - 26) * s, 186 * s, 52 * s, 40 * s), 180 * 16, 180 * 16)
    p.end()
    return image


def main() -> int:
    QGuiApplication.instance() or QGuiApplication(sys.argv)
    ICONS.mkdir(parents=True, exist_ok=True)
    draw(256).save(str(ICONS / "koperasi.png"))
    draw(256).save(str(ICONS / "koperasi.ico"))  # Qt's ICO writer (the qico plugin)
    print(f"wrote {ICONS / 'koperasi.png'} and {ICONS / 'koperasi.ico'}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
