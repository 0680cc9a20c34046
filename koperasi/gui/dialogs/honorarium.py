"""A honorarium paid net of PPh 21 (branch i14tax): the recipient's name, NIK/NPWP (or none),
category (bukan pegawai, or a pengawas who is not an employee), the gross, Kas or Bank and
the date; the tax base, rate, PPh 21 withheld and the net are shown as they are typed (the
computation is core.tax.pph21's, the one the book posts)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QDialogButtonBox, QLabel, QLineEdit, QVBoxLayout, QWidget

from koperasi.core.errors import KoperasiError
from koperasi.core.fmt import date_short, percent, rupiah
from koperasi.core.tax import pph21
from koperasi.gui.kit.base_dialog import BookDialog
from koperasi.gui.kit.dates import pydate
from koperasi.gui.kit.forms import fit_labels, form_rows
from koperasi.gui.kit.messages import confirm
from koperasi.gui.kit.widgets import RupiahEdit, date_edit, hint_label
from koperasi.gui.printing import print_document

CATEGORIES = ("bukan-pegawai", "pengawas")


class HonorariumDialog(BookDialog):
    """Bayar honorarium (PPh 21 dipotong): Dr 5102 bruto, Cr Kas/Bank bersih, Cr 2111."""

    def __init__(self, runner, parent: QWidget | None = None) -> None:
        super().__init__(runner, parent)
        self.setMinimumWidth(560)
        self.name_label = QLabel()
        self.name_edit = QLineEdit()
        self.tax_id_label = QLabel()
        self.tax_id_edit = QLineEdit()
        self.category_label = QLabel()
        self.category_combo = QComboBox()
        self.gross_label = QLabel()
        self.gross_edit = RupiahEdit()
        self.from_label = QLabel()
        self.from_combo = QComboBox()
        self.date_label = QLabel()
        self.date_edit = date_edit()
        self.hint = hint_label()
        # The figures as typed, one row each: what a treasurer checks against the slip.
        self.base_label, self.base_value = QLabel(), QLabel()
        self.rate_label, self.rate_value = QLabel(), QLabel()
        self.tax_label, self.tax_value = QLabel(), QLabel()
        self.net_label, self.net_value = QLabel(), QLabel()
        self.net_value.setStyleSheet("font-weight: bold")
        form = form_rows(
            [
                (self.name_label, self.name_edit),
                (self.tax_id_label, self.tax_id_edit),
                (self.category_label, self.category_combo),
                (self.gross_label, self.gross_edit),
                (None, self.hint),
                (self.base_label, self.base_value),
                (self.rate_label, self.rate_value),
                (self.tax_label, self.tax_value),
                (self.net_label, self.net_value),
                (self.from_label, self.from_combo),
                (self.date_label, self.date_edit),
            ]
        )
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.gross_edit.textChanged.connect(lambda _text: self._show())
        self.tax_id_edit.textChanged.connect(lambda _text: self._show())
        self.category_combo.currentIndexChanged.connect(lambda _i: self._show())
        self.retranslate()
        self.runner.book_op(
            lambda book: book.today(), lambda today: self.set_today(today, self.date_edit)
        )

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Pay a honorarium (PPh 21 withheld)"))
        self.name_label.setText(self.tr("&Recipient"))
        self.tax_id_label.setText(self.tr("NIK / &NPWP"))
        self.tax_id_edit.setPlaceholderText(self.tr("empty: none (the tax is 120 %)"))
        self.category_label.setText(self.tr("&Category"))
        self.gross_label.setText(self.tr("&Gross"))
        self.from_label.setText(self.tr("&From"))
        self.base_label.setText(self.tr("Tax base"))
        self.rate_label.setText(self.tr("Rate"))
        self.tax_label.setText(self.tr("PPh 21 withheld"))
        self.net_label.setText(self.tr("Net paid"))
        self.date_label.setText(self.tr("&Date"))
        category = self.category_combo.currentData()
        self.category_combo.blockSignals(True)
        self.category_combo.clear()
        self.category_combo.addItem(self.tr("Not an employee (pengurus, speaker)"), CATEGORIES[0])
        self.category_combo.addItem(self.tr("Pengawas, not an employee"), CATEGORIES[1])
        self.category_combo.setCurrentIndex(max(self.category_combo.findData(category), 0))
        self.category_combo.blockSignals(False)
        source = self.from_combo.currentData()
        self.from_combo.clear()
        self.from_combo.addItem(self.tr("Cash (Kas)"), "kas")
        self.from_combo.addItem(self.tr("Bank"), "bank")
        self.from_combo.setCurrentIndex(max(self.from_combo.findData(source), 0))
        self.save_button.setText(self.tr("&Pay…"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        fit_labels(self)
        self._show()

    def computed(self):
        """The PPh 21 of what is typed, or None while the gross is empty or not rupiah."""
        try:
            gross = self.gross_edit.amount()
        except KoperasiError:
            return None
        if not gross or gross <= 0:
            return None
        has_tax_id = bool(self.tax_id_edit.text().strip())
        return pph21(self.category_combo.currentData() or CATEGORIES[0], gross, has_tax_id)

    def _show(self) -> None:
        p = self.computed()
        self.hint.setText(
            self.tr("Type the gross to see the tax and the net.") if p is None else ""
        )
        self.hint.setVisible(p is None)
        if p is None:
            for value in (self.base_value, self.rate_value, self.tax_value, self.net_value):
                value.setText("–")
            return
        rate = percent(p.rate_bp)
        if p.surcharge_bp != 10000:
            rate += self.tr(" × 120 % (no NIK/NPWP)")
        self.base_value.setText(rupiah(p.base))
        self.rate_value.setText(rate)
        self.tax_value.setText(rupiah(p.tax))
        self.net_value.setText(rupiah(p.net))

    def figures(self) -> tuple[str, str, str, str]:
        """The tax base, rate, PPh 21 withheld and net as shown."""
        return (
            self.base_value.text(),
            self.rate_value.text(),
            self.tax_value.text(),
            self.net_value.text(),
        )

    def save(self) -> None:
        try:
            gross = self.gross_edit.amount()
            if gross is None:
                raise KoperasiError("pph21.bad_gross")
        except KoperasiError as exc:
            self.fail(exc)
            return
        name, tax_id = self.name_edit.text(), self.tax_id_edit.text()
        category, source = self.category_combo.currentData(), self.from_combo.currentData()
        day = pydate(self.date_edit.date())
        p = self.computed()
        if p is not None and not confirm(
            self,
            self.tr("Pay a honorarium"),
            self.tr("Pay %1 net to %2 from %3 on %4, withholding PPh 21 of %5?")
            .replace("%1", rupiah(p.net))
            .replace("%2", " ".join(name.split()))
            .replace("%3", self.from_combo.currentText())
            .replace("%4", date_short(day))
            .replace("%5", rupiah(p.tax)),
        ):
            return
        self.submit(
            lambda book: book.honoraria.pay(name, category, gross, day, source, tax_id),
            self.tr("Recording the honorarium…"),
        )


def print_bukti_potong(runner, number: str, parent=None, shown=None) -> None:
    """A honorarium's bukti potong PPh 21 in the print preview (A6)."""
    from koperasi.pdf.bukti_potong import render_bukti_potong
    from koperasi.reports.bukti_potong import bukti_potong_data

    print_document(
        runner,
        lambda book: (render_bukti_potong(bukti_potong_data(book, number)), "a6"),
        QCoreApplication.translate("HonorariumDialog", "Bukti potong %1").replace("%1", number),
        f"bukti-potong-{number}.pdf",
        parent,
        shown=shown,
    )
