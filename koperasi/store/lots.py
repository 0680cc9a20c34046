"""Sale lots: whether each settled sale's lot is fully traceable, as recorded at settling."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from sqlite_utils import Database


@dataclass(frozen=True)
class LotRow:
    """Attributes:
    fully_traceable: every delivery of the sale came from a mapped plot.
    traceable_only: the treasurer chose to pool only deliveries from mapped plots.
    """

    sale_id: int
    fully_traceable: bool
    traceable_only: bool


class LotStore:
    def __init__(self, db: Database) -> None:
        self.db = db

    def record(self, sale_id: int, traceable_only: bool) -> LotRow:
        """Record a sale's lot from its deliveries, right after they are marked settled."""
        self.db.conn.execute(
            "INSERT INTO sale_lots (sale_id, fully_traceable, traceable_only) SELECT ?,"
            " NOT EXISTS (SELECT 1 FROM deliveries WHERE sale_id = ? AND plot_id IS NULL), ?",
            [sale_id, sale_id, int(traceable_only)],
        )
        lot = self.get(sale_id)
        assert lot is not None
        return lot

    def get(self, sale_id: int) -> LotRow | None:
        return self.of_sales([sale_id]).get(sale_id)

    def of_sales(self, sale_ids: Iterable[int]) -> dict[int, LotRow]:
        """The recorded lots of these sales; a sale written without one (the demo's bulk
        writer) gets what its deliveries say."""
        ids = list(sale_ids)
        if not ids:
            return {}
        marks = ",".join("?" * len(ids))
        rows = self.db.conn.execute(
            f"SELECT s.id, COALESCE(l.fully_traceable, NOT EXISTS (SELECT 1 FROM deliveries d"
            f" WHERE d.sale_id = s.id AND d.plot_id IS NULL)), COALESCE(l.traceable_only, 0)"
            f" FROM sales s LEFT JOIN sale_lots l ON l.sale_id = s.id WHERE s.id IN ({marks})",
            ids,
        )
        return {row[0]: LotRow(row[0], bool(row[1]), bool(row[2])) for row in rows}
