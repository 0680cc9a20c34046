"""The scale read on its own thread: statuses for the weighing form, never a blocked window.

The serial port is read with a timeout (koperasi.devices.scale.ScaleReader), so the thread
looks at its stop request several times a second. A port that cannot be opened or is lost
(a USB adapter pulled out) is reported and tried again a second later."""

from __future__ import annotations

import time
from dataclasses import dataclass

from PySide6.QtCore import QThread, Signal

from koperasi.core.errors import KoperasiError
from koperasi.devices.scale import ScaleReader, ScaleSettings, ScaleStatus
from koperasi.gui import i18n

RETRY_SECONDS = 1.0
READ_TIMEOUT = 0.1  # a read waits at most this long, so a stop request is heard quickly
SILENCE = 2.0  # seconds without a byte before the form says the scale sends nothing


@dataclass(frozen=True)
class LiveWeight:
    """What the weighing form shows beside the weight field.

    Attributes:
      kind: a ScaleStatus kind ("stable", "unstable", "overload", "bad_frame", "checksum",
        "no_data"), or "port" when the port itself cannot be opened or was lost.
      grams: the weight for "stable" and "unstable", else None.
      message: the sentence, in the window's language when it was read.
    """

    kind: str
    grams: int | None
    message: str

    @property
    def stable(self) -> bool:
        return self.kind == "stable" and self.grams is not None


def live_message(live: LiveWeight) -> str:
    """The scale's status in the window's language now (it may have changed since)."""
    if live.kind == "port":
        return live.message  # the port's own reason, said when it happened
    return ScaleStatus(live.kind, live.grams).message(i18n.current_language())


def live_weight(status: ScaleStatus) -> LiveWeight:
    return LiveWeight(status.kind, status.grams, status.message(i18n.current_language()))


class ScaleWatcher(QThread):
    """Reads the scale until stop(); `reading` carries each change of LiveWeight."""

    reading = Signal(object)

    def __init__(
        self,
        settings: ScaleSettings,
        read_timeout: float | None = None,
        silence: float | None = None,
    ) -> None:
        super().__init__()
        self.settings = settings
        self.read_timeout = READ_TIMEOUT if read_timeout is None else read_timeout
        self.silence = SILENCE if silence is None else silence
        self._last: LiveWeight | None = None
        # The port is open: bytes sent from now on are read (opening it drops earlier ones).
        self.port_open = False

    def _emit(self, weight: LiveWeight) -> None:
        # A continuous indicator sends tens of frames a second; only changes cross threads.
        if weight != self._last:
            self._last = weight
            self.reading.emit(weight)

    def run(self) -> None:
        while not self.isInterruptionRequested():
            try:
                reader = ScaleReader(
                    self.settings, read_timeout=self.read_timeout, silence=self.silence
                )
                with reader:
                    self.port_open = True
                    for status in reader.statuses(stop=self.isInterruptionRequested):
                        self._emit(live_weight(status))
                self.port_open = False
            except Exception as exc:  # a port's trouble is a status, never a dead thread
                self.port_open = False
                if not isinstance(exc, KoperasiError):  # termios.error is no OSError
                    exc = KoperasiError(
                        "scale.port_failed", port=self.settings.port, reason=str(exc)
                    )
                self._emit(LiveWeight("port", None, exc.message(i18n.current_language())))
                deadline = time.monotonic() + RETRY_SECONDS
                while time.monotonic() < deadline and not self.isInterruptionRequested():
                    time.sleep(0.05)

    def stop(self) -> None:
        """Ask the thread to end and wait for it (at most a read timeout or two)."""
        self.requestInterruption()
        self.wait(5000)
