"""SQL for members' plots (kebun) and the plots behind a sale's deliveries."""

from __future__ import annotations

import datetime
from dataclasses import dataclass

from sqlite_utils import Database

from koperasi.store.rows import to_date


@dataclass(frozen=True)
class PlotRow:
    """A plot as stored.

    Attributes:
      area_m2: its area in whole square metres (1 ha = 10 000 m2).
      geometry_type: "Point", "Polygon" or "MultiPolygon".
      geometry: GeoJSON geometry text, [longitude, latitude], the digits as imported.
      created: when it was recorded ("YYYY-MM-DD HH:MM:SS", local time).
    """

    id: int
    member_id: int
    name: str
    commodity_id: int | None
    area_m2: int
    planting_year: int | None
    estdb: str
    land_document: str
    geometry_type: str
    geometry: str
    created: str = ""


@dataclass(frozen=True)
class DeliveryOrigin:
    """A delivery of a sale with where it came from.

    Attributes:
      plot_id: the mapped plot, or None.
      plot_text: the free-text plot written at the weighing point, or "".
    """

    delivery_id: int
    receipt: str
    date: datetime.date
    member_id: int
    net_grams: int
    plot_id: int | None
    plot_text: str
    quality_bp: int = 10_000  # the delivery's KKK for rubber; 100 % where not measured


_COLUMNS = (
    "id, member_id, name, commodity_id, area_m2, planting_year, estdb, land_document,"
    " geometry_type, geometry, created"
)


class PlotStore:
    def __init__(self, db: Database) -> None:
        self.db = db

    def _rows(self, sql: str, params: list) -> list[PlotRow]:
        return [PlotRow(*row) for row in self.db.conn.execute(sql, params)]

    def insert(self, plot: PlotRow) -> int:
        return self.db.conn.execute(
            "INSERT INTO plots (member_id, name, commodity_id, area_m2, planting_year, estdb,"
            " land_document, geometry_type, geometry) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [
                plot.member_id,
                plot.name,
                plot.commodity_id,
                plot.area_m2,
                plot.planting_year,
                plot.estdb,
                plot.land_document,
                plot.geometry_type,
                plot.geometry,
            ],
        ).lastrowid

    def get(self, plot_id: int) -> PlotRow | None:
        found = self._rows(f"SELECT {_COLUMNS} FROM plots WHERE id = ?", [plot_id])
        return found[0] if found else None

    def by_name(self, member_id: int, name: str) -> PlotRow | None:
        found = self._rows(
            f"SELECT {_COLUMNS} FROM plots WHERE member_id = ? AND name = ?", [member_id, name]
        )
        return found[0] if found else None

    def of_member(self, member_id: int) -> list[PlotRow]:
        return self._rows(
            f"SELECT {_COLUMNS} FROM plots WHERE member_id = ? ORDER BY name, id", [member_id]
        )

    def all(self) -> list[PlotRow]:
        return self._rows(
            f"SELECT {_COLUMNS} FROM plots ORDER BY"
            " (SELECT number FROM members m WHERE m.id = plots.member_id), name, id",
            [],
        )

    def of_sale(self, sale_id: int) -> list[PlotRow]:
        """The plots behind a sale's deliveries, each once."""
        return self._rows(
            f"SELECT {_COLUMNS} FROM plots WHERE id IN"
            " (SELECT plot_id FROM deliveries WHERE sale_id = ? AND plot_id IS NOT NULL)"
            " ORDER BY member_id, name, id",
            [sale_id],
        )

    def sale_origins(self, sale_id: int) -> list[DeliveryOrigin]:
        """Every delivery of a sale with its plot (mapped or only written), in receipt order."""
        return [
            DeliveryOrigin(row[0], row[1], to_date(row[2]), *row[3:])
            for row in self.db.conn.execute(
                "SELECT id, receipt, date, member_id, net_grams, plot_id, plot, quality_bp"
                " FROM deliveries WHERE sale_id = ? ORDER BY id",
                [sale_id],
            )
        ]

    def open_untraceable(self, commodity_id: int, until: datetime.date) -> list[str]:
        """Receipts of open deliveries of a commodity, dated on or before `until`, that have
        no mapped plot: what a traceable lot leaves out of its pool."""
        return [
            row[0]
            for row in self.db.conn.execute(
                "SELECT receipt FROM deliveries WHERE status = 'open' AND commodity_id = ?"
                " AND date <= ? AND plot_id IS NULL ORDER BY id",
                [commodity_id, until.isoformat()],
            )
        ]

    def untraceable_count(self, sale_id: int) -> int:
        """How many of a sale's deliveries have no mapped plot."""
        return self.db.conn.execute(
            "SELECT count(*) FROM deliveries WHERE sale_id = ? AND plot_id IS NULL", [sale_id]
        ).fetchone()[0]

    def insert_many(self, plots: list[PlotRow]) -> None:
        """Many plots in one statement batch (the demo book's thousands of plots)."""
        self.db.conn.executemany(
            "INSERT INTO plots (member_id, name, commodity_id, area_m2, planting_year, estdb,"
            " land_document, geometry_type, geometry) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [
                (
                    p.member_id,
                    p.name,
                    p.commodity_id,
                    p.area_m2,
                    p.planting_year,
                    p.estdb,
                    p.land_document,
                    p.geometry_type,
                    p.geometry,
                )
                for p in plots
            ],
        )
