"""An offline map of plots (kebun): points and polygons drawn from their WGS84 coordinates on
a QGraphicsView, no tiles (the program works without internet). Highlighted plots (a lot's)
are filled; the others are outlines."""

from __future__ import annotations

import json
import math
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPen, QPolygonF
from PySide6.QtWidgets import QGraphicsScene, QGraphicsView, QWidget

# Scene units per degree: large enough that a 100 m plot is several units wide.
SCALE = 100_000.0
HIGHLIGHT = QColor("#c0392b")
PLAIN = QColor("#1f4d3a")
GRID = QColor("#dfe6e2")


@dataclass(frozen=True)
class MapPlot:
    """A plot to draw: its GeoJSON geometry text ([lon, lat]) and a tooltip."""

    geometry: str
    label: str
    highlighted: bool = False


def _rings(geometry: dict) -> list[list[list[float]]]:
    if geometry["type"] == "Polygon":
        return [geometry["coordinates"][0]]
    if geometry["type"] == "MultiPolygon":
        return [polygon[0] for polygon in geometry["coordinates"]]
    return []


class PlotMap(QGraphicsView):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setScene(QGraphicsScene(self))
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
        self.setBackgroundBrush(QBrush(QColor("#f6f8f7")))
        self.setMinimumSize(260, 200)
        self.plots: list[MapPlot] = []
        self._cos = 1.0

    def _xy(self, lon: float, lat: float) -> QPointF:
        # Equirectangular around the plots' mean latitude: true to shape for a village.
        return QPointF(lon * SCALE * self._cos, -lat * SCALE)

    def set_plots(self, plots: list[MapPlot]) -> None:
        scene = self.scene()
        scene.clear()
        self.plots = list(plots)
        parsed = [(p, json.loads(p.geometry)) for p in plots]
        lats = [
            position[1]
            for _, g in parsed
            for position in ([g["coordinates"]] if g["type"] == "Point" else _rings(g)[0])
        ]
        self._cos = math.cos(math.radians(sum(lats) / len(lats))) if lats else 1.0
        bounds = QRectF()
        # The highlighted last, on top.
        for plot, geometry in sorted(parsed, key=lambda item: item[0].highlighted):
            colour = HIGHLIGHT if plot.highlighted else PLAIN
            pen = QPen(colour)
            pen.setCosmetic(True)
            pen.setWidthF(2.0 if plot.highlighted else 1.2)
            fill = QColor(colour)
            fill.setAlpha(110 if plot.highlighted else 30)
            if geometry["type"] == "Point":
                centre = self._xy(*geometry["coordinates"][:2])
                # A dot of the same size at any zoom, centred on the point.
                item = scene.addEllipse(-5, -5, 10, 10, pen, QBrush(fill))
                item.setFlag(item.GraphicsItemFlag.ItemIgnoresTransformations)
                item.setPos(centre)
                bounds = bounds.united(QRectF(centre.x() - 1, centre.y() - 1, 2, 2))
            else:
                for ring in _rings(geometry):
                    polygon = QPolygonF([self._xy(x, y) for x, y, *_ in ring])
                    item = scene.addPolygon(polygon, pen, QBrush(fill))
                    bounds = bounds.united(polygon.boundingRect())
            item.setToolTip(plot.label)
        if plots:
            margin = max(bounds.width(), bounds.height(), 50.0) * 0.08
            area = bounds.adjusted(-margin, -margin, margin, margin)
            scene.setSceneRect(area)
            self.fitInView(area, Qt.AspectRatioMode.KeepAspectRatio)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if self.plots:
            self.fitInView(self.scene().sceneRect(), Qt.AspectRatioMode.KeepAspectRatio)
