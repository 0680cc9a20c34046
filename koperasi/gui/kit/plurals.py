"""Counted texts shared by several models, with Qt's plural forms.

A model's self.tr() takes its context from the class it runs in, so a subclass
(PayoutTableModel of ShareTableModel) would look the text up under its own name, which
lupdate never saw; texts counted here always have the context "Plurals".
"""

from __future__ import annotations

from PySide6.QtCore import QObject


class Plurals(QObject):
    def total_members(self, count: int) -> str:
        return self.tr("Total: %n member(s)", "", count)

    def unpaid(self, count: int) -> str:
        return self.tr("%n unpaid", "", count)


_plurals: Plurals | None = None


def plurals() -> Plurals:
    global _plurals
    if _plurals is None:
        _plurals = Plurals()
    return _plurals
