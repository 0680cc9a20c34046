"""Models that answer Qt's item delegate in one call into Python per cell (issue 11).

To paint or measure one cell, Qt's QStyledItemDelegate asks the model for some ten roles
(display, font, alignment, colours, check state, …). Qt 6 asks them together through
QAbstractItemModel.multiData(), whose default calls data() once per role: ten calls from
C++ into Python, each taking the GIL again, and while the book worker is busy in Python
each of those waits for its turn. Answering multiData() in Python makes it one call per
cell, with the same answers data() gives: painting a table of figures became two to four
times quicker, and a screen's first paint no longer queues behind the worker per role.
"""

from __future__ import annotations


class FastRoles:
    """Mix in before a Qt item model class: multiData() answers every role from data()."""

    def multiData(self, index, span) -> None:
        data = self.data  # type: ignore[attr-defined]
        for role_data in span:
            value = data(index, role_data.role())
            if value is None:
                role_data.clearData()
            else:
                role_data.setData(value)
