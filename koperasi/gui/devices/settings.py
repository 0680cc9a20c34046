"""This PC's scale and thermal printer (Pengaturan → Timbangan dan printer).

They live in the PC's own settings (QSettings), not in the book: COM3 and the printer on
the office PC are not those of a weighing post's laptop that opens a copy of the book."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QSettings

from koperasi.devices.scale import ScaleSettings

SCALE_PORT = "scale/port"
SCALE_FORMAT = "scale/format"
SCALE_BAUD = "scale/baud"
SCALE_PARITY = "scale/parity"
SCALE_DATA_BITS = "scale/data_bits"
PRINTER_TARGET = "printer/thermal_target"
PRINTER_PAPER = "printer/thermal_paper"


def _int(value: object, default: int) -> int:
    try:
        return int(str(value))
    except (TypeError, ValueError):
        return default


def scale_settings(settings: QSettings | None = None) -> ScaleSettings | None:
    """The scale set up on this PC, or None when there is none (weights are typed)."""
    s = settings or QSettings()
    port = str(s.value(SCALE_PORT, "") or "").strip()
    if not port:
        return None
    return ScaleSettings(
        port=port,
        format=str(s.value(SCALE_FORMAT, "yaohua-a9") or "yaohua-a9"),
        baud=_int(s.value(SCALE_BAUD, 9600), 9600),
        parity=str(s.value(SCALE_PARITY, "N") or "N"),
        data_bits=_int(s.value(SCALE_DATA_BITS, 8), 8),
    )


def save_scale_settings(scale: ScaleSettings | None, settings: QSettings | None = None) -> None:
    """Keep the scale's settings (checked first); None: no scale on this PC."""
    s = settings or QSettings()
    if scale is None:
        s.setValue(SCALE_PORT, "")
        return
    scale.check()
    s.setValue(SCALE_PORT, scale.port)
    s.setValue(SCALE_FORMAT, scale.format)
    s.setValue(SCALE_BAUD, scale.baud)
    s.setValue(SCALE_PARITY, scale.parity)
    s.setValue(SCALE_DATA_BITS, scale.data_bits)


@dataclass(frozen=True)
class ThermalPrinter:
    """Where receipts go: a target as koperasi.devices.escpos.parse_target reads it
    (a device file, cups:QUEUE, win:NAME or HOST:PORT), on a 58 or 80 mm roll."""

    target: str
    paper: int = 58


def thermal_printer(settings: QSettings | None = None) -> ThermalPrinter | None:
    """The thermal printer of this PC, or None: receipts are shown as PDF."""
    s = settings or QSettings()
    target = str(s.value(PRINTER_TARGET, "") or "").strip()
    if not target:
        return None
    paper = _int(s.value(PRINTER_PAPER, 58), 58)
    return ThermalPrinter(target, paper if paper in (58, 80) else 58)


def save_thermal_printer(printer: ThermalPrinter | None, settings: QSettings | None = None) -> None:
    s = settings or QSettings()
    s.setValue(PRINTER_TARGET, printer.target if printer else "")
    if printer is not None:
        s.setValue(PRINTER_PAPER, printer.paper)
