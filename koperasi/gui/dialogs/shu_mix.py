"""The transaction basis of jasa anggota as a weighted mix (issue 14): sale proceeds, loan
service paid and purchases from the cooperative, each with the percent the statutes or the
members' meeting give it, together 100 %. Each component is normalised to its own total
before weighting (core.shu_basis), so no basis counts more for being larger in rupiah."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from koperasi.core.errors import KoperasiError
from koperasi.core.fmt import percent, percent_input
from koperasi.core.units import BP_PER_UNIT
from koperasi.gui import i18n
from koperasi.gui.kit.forms import fit_labels, form_rows
from koperasi.gui.kit.style import ERROR_STYLE
from koperasi.gui.kit.widgets import parse_percent_text

BASES = ("sales", "loan_service", "purchases")


class ShuMixDialog(QDialog):
    """Three percent fields that must total 100; `mix()` is {basis: basis points} of the
    components given a share, `keep` whether it also becomes the statutes' basis."""

    def __init__(self, mix: dict[str, int], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.labels = {basis: QLabel() for basis in BASES}
        self.edits = {basis: QLineEdit() for basis in BASES}
        for basis, edit in self.edits.items():
            edit.setAlignment(Qt.AlignmentFlag.AlignRight)
            edit.setMaximumWidth(80)
            if mix.get(basis):
                edit.setText(percent_input(mix[basis]))
            edit.textChanged.connect(lambda _text: self.check())
        self.total = QLabel()
        self.total.setStyleSheet("font-weight: 700;")
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet(ERROR_STYLE)
        self.keep = QCheckBox()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        self.explain = QLabel()
        self.explain.setWordWrap(True)
        layout.addWidget(self.explain)
        layout.addLayout(
            form_rows([(self.labels[b], self.edits[b]) for b in BASES] + [(None, self.total)])
        )
        layout.addWidget(self.error)
        layout.addWidget(self.keep)
        layout.addWidget(self.buttons)
        self.retranslate()
        fit_labels(self)
        self.check()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Jasa anggota by a mix"))
        self.explain.setText(
            self.tr(
                "Each member's share of jasa anggota weighs their part of each basis by the "
                "percent given to it. The percents total 100 %."
            )
        )
        self.labels["sales"].setText(self.tr("&Sale proceeds"))
        self.labels["loan_service"].setText(self.tr("&Loan service paid"))
        self.labels["purchases"].setText(self.tr("&Purchases from the cooperative"))
        self.keep.setText(self.tr("&Keep it as the statutes' basis for later years"))

    def _typed(self) -> dict[str, int]:
        mix: dict[str, int] = {}
        for basis, edit in self.edits.items():
            raw = edit.text().strip()
            if raw:
                bp = parse_percent_text(raw)
                if bp:
                    mix[basis] = bp
        return mix

    def check(self) -> bool:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        try:
            mix = self._typed()
        except KoperasiError as exc:
            self.total.setText("")
            self.error.setText(exc.message(self._lang()))
            ok.setEnabled(False)
            return False
        total = sum(mix.values())
        self.total.setText(self.tr("Total %1").replace("%1", percent(total)))
        good = total == BP_PER_UNIT
        self.error.setText(
            ""
            if good
            else self.tr("The percents total %1, not 100 %.").replace("%1", percent(total))
        )
        ok.setEnabled(good)
        return good

    def _lang(self) -> str:
        return i18n.current_language()

    def mix(self) -> dict[str, int]:
        return self._typed()
