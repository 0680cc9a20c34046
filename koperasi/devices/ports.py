"""The serial ports this PC has (COM3, /dev/ttyUSB0), for choosing the scale's port."""

from __future__ import annotations


def serial_ports() -> list[str]:
    """Device names of the serial ports present now, sorted; empty when none can be listed."""
    try:
        from serial.tools import list_ports

        return sorted(port.device for port in list_ports.comports())
    except Exception:
        return []
