"""Pengaturan → Timbangan dan printer thermal: this PC's scale (port, format, baud, parity,
data bits) and thermal printer (target and paper width), with a test page."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QTimer
from PySide6.QtGui import QHideEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from koperasi.core.errors import KoperasiError
from koperasi.devices.escpos import parse_target
from koperasi.devices.ports import serial_ports
from koperasi.devices.scale import BAUD_RATES, ScaleSettings
from koperasi.gui import i18n
from koperasi.gui.devices.printing import print_check_page
from koperasi.gui.devices.scale_watch import LiveWeight, ScaleWatcher, live_message
from koperasi.gui.devices.settings import (
    ThermalPrinter,
    save_scale_settings,
    save_thermal_printer,
    scale_settings,
    thermal_printer,
)
from koperasi.gui.kit.messages import error_text
from koperasi.gui.kit.style import HINT_STYLE, OK_STYLE
from koperasi.gui.kit.widgets import error_label, show_message
from koperasi.gui.worker import BookRunner

SCALE_FORMATS = ("yaohua-a9", "yaohua-a12", "and", "plain")
PARITIES = ("N", "E", "O")
TRY_SECONDS = 15  # "Coba timbangan" reads the scale this long, then lets the port go


class DevicesBox(QGroupBox):
    """The scale and the thermal printer of this PC (kept in its own settings)."""

    def __init__(self, runner: BookRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self.port_combo = QComboBox()
        self.port_combo.setEditable(True)
        self.format_combo = QComboBox()
        self.baud_combo = QComboBox()
        for baud in BAUD_RATES:
            self.baud_combo.addItem(str(baud), baud)
        self.parity_combo = QComboBox()
        self.bits_combo = QComboBox()
        for bits in (8, 7):
            self.bits_combo.addItem(str(bits), bits)
        self.target_edit = QLineEdit()
        self.paper_combo = QComboBox()
        for paper in (58, 80):
            self.paper_combo.addItem("", paper)
        self.save_button = QPushButton()
        self.test_button = QPushButton()
        self.try_button = QPushButton()
        self.try_label = QLabel()
        self.try_label.setWordWrap(True)
        self.watcher: ScaleWatcher | None = None
        self.try_timer = QTimer(self)
        self.try_timer.setSingleShot(True)
        self.try_timer.timeout.connect(self.stop_trying)
        # Long indicator names must not widen the page past 1024 pixels.
        for combo in (
            self.port_combo,
            self.format_combo,
            self.baud_combo,
            self.parity_combo,
            self.bits_combo,
            self.paper_combo,
        ):
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(8)
        self.status = QLabel()
        self.error = error_label()
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.note.setStyleSheet(HINT_STYLE)

        self.labels = {key: QLabel() for key in ("port", "format", "baud", "parity", "bits")}
        self.labels |= {"target": QLabel(), "paper": QLabel()}
        scale_form, printer_form = QFormLayout(), QFormLayout()
        for form, key, field in (
            (scale_form, "port", self.port_combo),
            (scale_form, "format", self.format_combo),
            (scale_form, "baud", self.baud_combo),
            (scale_form, "parity", self.parity_combo),
            (scale_form, "bits", self.bits_combo),
            (printer_form, "target", self.target_edit),
            (printer_form, "paper", self.paper_combo),
        ):
            self.labels[key].setBuddy(field)
            form.addRow(self.labels[key], field)
        buttons = QHBoxLayout()
        buttons.addWidget(self.test_button)
        buttons.addStretch(1)
        buttons.addWidget(self.status)
        buttons.addWidget(self.save_button)
        try_row = QHBoxLayout()
        try_row.addWidget(self.try_button)
        try_row.addWidget(self.try_label, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(scale_form)
        layout.addLayout(try_row)
        layout.addLayout(printer_form)
        layout.addWidget(self.note)
        layout.addWidget(self.error)
        layout.addLayout(buttons)

        self.save_button.clicked.connect(self.save)
        self.try_button.clicked.connect(self.try_scale)
        self.test_button.clicked.connect(self.print_test_page)
        for combo in (self.format_combo, self.baud_combo, self.parity_combo, self.bits_combo):
            combo.activated.connect(lambda _index: self._edited())
        self.paper_combo.activated.connect(lambda _index: self._edited())
        self.port_combo.editTextChanged.connect(lambda _text: self._edited())
        self.target_edit.textEdited.connect(lambda _text: self._edited())
        self.retranslate()
        self.load()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Scale and thermal printer (this PC)"))
        texts = {
            "port": self.tr("Scale &port"),
            "format": self.tr("Indicator"),
            "baud": self.tr("Baud"),
            "parity": self.tr("Parity"),
            "bits": self.tr("Data bits"),
            "target": self.tr("&Thermal printer"),
            "paper": self.tr("Roll width"),
        }
        for key, value in texts.items():
            self.labels[key].setText(value)
        formats = {
            "yaohua-a9": self.tr("Yaohua XK3190-A9 / Keli XK3118K9"),
            "yaohua-a12": self.tr("Yaohua XK3190-A12 / A12E"),
            "and": self.tr("A&D AD-4402 / 4406 / 4329"),
            "plain": self.tr("Other: a number and kg per line"),
        }
        chosen = self.format_combo.currentData()
        self.format_combo.clear()
        for name in SCALE_FORMATS:
            self.format_combo.addItem(formats[name], name)
        if chosen:
            self.format_combo.setCurrentIndex(SCALE_FORMATS.index(chosen))
        parities = {"N": self.tr("None (N)"), "E": self.tr("Even (E)"), "O": self.tr("Odd (O)")}
        chosen = self.parity_combo.currentData()
        self.parity_combo.clear()
        for name in PARITIES:
            self.parity_combo.addItem(parities[name], name)
        if chosen:
            self.parity_combo.setCurrentIndex(PARITIES.index(chosen))
        self.paper_combo.setItemText(0, self.tr("58 mm (32 columns)"))
        self.paper_combo.setItemText(1, self.tr("80 mm (48 columns)"))
        self.port_combo.lineEdit().setPlaceholderText(self.tr("empty: weights are typed"))
        self.target_edit.setPlaceholderText(self.tr("empty: receipts as PDF"))
        self.note.setText(
            self.tr(
                "Most Yaohua and Keli indicators send 9600 8N1, A&D 2400 7E1. The printer is a "
                "device (/dev/usb/lp0), cups:QUEUE, win:PRINTER NAME or address:port "
                "(192.168.1.50:9100)."
            )
        )
        self.save_button.setText(self.tr("Save &devices"))
        self.test_button.setText(self.tr("Print &test page"))
        self.try_button.setText(self.tr("Try the scale"))
        self.try_button.setToolTip(
            self.tr("Read the scale with these settings for a few seconds, saving nothing")
        )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def hideEvent(self, event: QHideEvent) -> None:
        self.stop_trying()  # Setoran may want the port
        super().hideEvent(event)

    def try_scale(self) -> bool:
        """Coba timbangan: what the scale sends with the settings as typed (not saved)."""
        self.stop_trying()
        try:
            scale, _printer = self.values()
        except KoperasiError as exc:
            show_message(self.error, exc.message(i18n.current_language()))
            return False
        if scale is None:
            self.try_label.setText(self.tr("Give the scale's port first."))
            return False
        self.error.hide()
        self.try_label.setText(self.tr("Reading the scale…"))
        watcher = ScaleWatcher(scale)
        watcher.reading.connect(self._tried)
        self.watcher = watcher
        watcher.start()
        self.try_timer.start(TRY_SECONDS * 1000)
        return True

    def _tried(self, live: LiveWeight) -> None:
        self.try_label.setText(live_message(live))

    def stop_trying(self) -> None:
        self.try_timer.stop()
        watcher, self.watcher = self.watcher, None
        if watcher is not None:
            watcher.reading.disconnect()
            watcher.stop()

    def load(self) -> None:
        """Show what this PC has saved, with the serial ports present now as suggestions."""
        scale = scale_settings() or ScaleSettings("")
        self.port_combo.blockSignals(True)
        self.port_combo.clear()
        self.port_combo.addItems(serial_ports())
        self.port_combo.setEditText(scale.port)
        self.port_combo.blockSignals(False)
        for combo, value in (
            (self.format_combo, scale.format),
            (self.baud_combo, scale.baud),
            (self.parity_combo, scale.parity),
            (self.bits_combo, scale.data_bits),
        ):
            index = combo.findData(value)
            combo.setCurrentIndex(max(index, 0))
        printer = thermal_printer()
        self.target_edit.setText(printer.target if printer else "")
        self.paper_combo.setCurrentIndex(
            self.paper_combo.findData(printer.paper if printer else 58)
        )
        self._update_test_button()

    def _edited(self) -> None:
        self.status.clear()
        self.error.hide()
        self._update_test_button()

    def _update_test_button(self) -> None:
        self.test_button.setEnabled(bool(self.target_edit.text().strip()))

    def values(self) -> tuple[ScaleSettings | None, ThermalPrinter | None]:
        """What the fields say, checked; a KoperasiError with the sentence otherwise."""
        port = self.port_combo.currentText().strip()
        scale = None
        if port:
            scale = ScaleSettings(
                port,
                format=self.format_combo.currentData(),
                baud=self.baud_combo.currentData(),
                parity=self.parity_combo.currentData(),
                data_bits=self.bits_combo.currentData(),
            )
            scale.check()
        target = self.target_edit.text().strip()
        printer = None
        if target:
            parse_target(target)
            printer = ThermalPrinter(target, self.paper_combo.currentData())
        return scale, printer

    def save(self) -> bool:
        try:
            scale, printer = self.values()
        except KoperasiError as exc:
            show_message(self.error, exc.message(i18n.current_language()))
            self.status.clear()
            return False
        save_scale_settings(scale)
        save_thermal_printer(printer)
        self.error.hide()
        self.status.setStyleSheet(OK_STYLE)
        self.status.setText(self.tr("Saved"))
        self._update_test_button()
        return True

    def print_test_page(self) -> None:
        """Cetak halaman uji: what is typed is saved first, then the page goes to the printer."""
        if not self.save():
            return
        printer = thermal_printer()
        if printer is None:
            show_message(
                self.error, KoperasiError("printer.not_set").message(i18n.current_language())
            )
            return

        def sent() -> None:
            self.status.setStyleSheet(OK_STYLE)
            self.status.setText(self.tr("Test page sent"))

        def failed(exc: BaseException) -> None:
            self.status.clear()
            show_message(self.error, error_text(exc))

        self.status.setText(self.tr("Printing…"))
        print_check_page(self.runner, printer, i18n.current_language(), sent, failed)
