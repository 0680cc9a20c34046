"""Form layout helpers: labels as buddies of their fields, and labels that fit their text."""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QLabel, QWidget


def form_rows(rows: list[tuple[QLabel | None, QWidget]]) -> QFormLayout:
    """A form whose labels are buddies of their fields (Alt+letter jumps there); a row
    without a label (None) sits under the fields, e.g. a hint."""
    form = QFormLayout()
    for label, field in rows:
        if label is None:
            form.addRow("", field)
        else:
            label.setBuddy(field)
            form.addRow(label, field)
    return form


def fit_labels(widget: QWidget) -> None:
    """Give each field label a few pixels more than it asks for: Qt measures "&Telepon" as
    one run of text but draws the underlined T apart from the rest, losing the kerning, so
    the last letter would be cut off."""
    for label in widget.findChildren(QLabel):
        if label.buddy() is not None and "&" in label.text():
            label.setMinimumWidth(0)
            label.setMinimumWidth(label.sizeHint().width() + 4)
