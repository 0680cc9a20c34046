"""Weighing-scale indicators on a serial port: frame parsers, a splitter that resynchronises
after garbage, a stability filter, and a reader that reports a weight only when it is sure.

Formats (the setting `scale.format`):

- "yaohua-a9": Yaohua XK3190-A9/A9+ continuous output (tF=0), also Keli XK3118K9:
  STX, sign, six digits high to low, decimals (0-4), two XOR check characters, ETX. The check
  is the XOR of bytes 2 to 9 (sign, digits, decimals); its high then low nibble are each sent
  as one ASCII character, 0-9 as 30h-39h and A-F as 41h-46h (nibble + 37h). Source: the
  XK3190-A9+ user manual, "Continuous method (Tf=0)" (XOR = 2 ⊕ 3 ⊕ ... ⊕ 9), with the nibble
  encoding as the XK3190-A23P and -A26 manuals spell it out; the A9+ manual prints no example.
  The frame carries no unit (the indicator is set to kg) and no stability flag.
- "yaohua-a12": XK3190-A12/A12E: "WG004.139kg" then the XOR of those 11 bytes as two ASCII
  hex characters, CR LF; nine blanks + "OL" (overload) or "LO" (below -20d). Source: the
  XK3190-A12(E) manual, whose example "WG004.139kg3D" checks. No stability flag.
- "and": A&D AD-4402/4406/4329: "ST,GS,+0012.34kg" CR LF; ST stable, US unstable, OL/LO out
  of range; GS gross, NT net, TR tare.
- "plain": any indicator that prints a number and "kg" on a line. No stability flag.

Scale numbers are parsed as digits and a decimal position, never through float().
"""

from __future__ import annotations

import re
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass

import serial

from koperasi.core.errors import KoperasiError
from koperasi.core.fmt import kg
from koperasi.text import text
from koperasi.text.devices import SCALE_STATUS

STX, ETX = 0x02, 0x03
_LINE_END = b"\r\n"
# No indicator line is longer; a longer run without a line end is noise.
MAX_LINE = 64


@dataclass(frozen=True)
class Reading:
    """One frame's weight.

    Attributes:
      grams: the weight shown, in grams (negative below zero); 0 when out of range.
      stable: the indicator says the weight is stable (always False for formats without a flag).
      overload: out of range (over the capacity, or under it): no weight at all.
      kind: "gross", "net" or "tare" when the frame says which, else "".
    """

    grams: int
    stable: bool
    overload: bool = False
    kind: str = ""


class FrameError(ValueError):
    """A frame that gives no weight."""

    status = "bad_frame"


class BadFrame(FrameError):
    """A frame of the wrong shape: broken, cut short, garbage, an unknown unit."""


class ChecksumError(FrameError):
    """A frame whose check characters do not match its contents."""

    status = "checksum"


# ---------------------------------------------------------------------------- parsers


def xor_check(data: bytes) -> bytes:
    """The XOR of `data` as two ASCII characters, high nibble first, 0-9 and A-F."""
    value = 0
    for byte in data:
        value ^= byte
    return bytes(n + (0x30 if n <= 9 else 0x37) for n in (value >> 4, value & 0x0F))


def _check(body: bytes, sent: bytes) -> None:
    if not re.fullmatch(rb"[0-9A-Fa-f]{2}", sent):
        raise BadFrame(f"check characters {sent!r} are not hexadecimal")
    if sent.upper() != xor_check(body):
        raise ChecksumError(f"check {sent!r}, computed {xor_check(body)!r}")


_UNIT_GRAMS = {"kg": 1000, "g": 1, "t": 1_000_000}


def _scaled_grams(negative: bool, digits: str, decimals: int, unit: str = "kg") -> int:
    """digits / 10**decimals `unit` in whole grams; a BadFrame if that is not whole."""
    grams, rest = divmod(int(digits) * _UNIT_GRAMS[unit], 10**decimals)
    if rest:
        raise BadFrame(f"{digits} with {decimals} decimals {unit} is not a whole number of grams")
    return -grams if negative else grams


_NUMBER = re.compile(r"([+-]?)\s*(\d*)(?:[.,](\d*))?")


def _number_grams(text: str, unit: str = "kg") -> int:
    """A number as an indicator prints it ("004.139", "-0012,34", "001234 ") in grams."""
    match = _NUMBER.fullmatch(text.strip())
    if not match or not (match[2] or match[3]):
        raise BadFrame(f"not a number: {text!r}")
    whole, fraction = match[2] or "0", match[3] or ""
    return _scaled_grams(match[1] == "-", whole + fraction, len(fraction), unit)


def _line(frame: bytes) -> bytes:
    return frame.rstrip(_LINE_END)


def parse_yaohua_a9(frame: bytes) -> Reading:
    """A 12-byte XK3190-A9 (or Keli XK3118K9) continuous frame."""
    if len(frame) != 12 or frame[0] != STX or frame[11] != ETX:
        raise BadFrame(f"not a 12-byte STX...ETX frame: {frame!r}")
    _check(frame[1:9], frame[9:11])
    sign, digits, point = chr(frame[1]), frame[2:8], chr(frame[8])
    if sign not in "+-" or not digits.isdigit() or point not in "01234":
        raise BadFrame(f"not a weight: {frame!r}")
    return Reading(_scaled_grams(sign == "-", digits.decode("ascii"), int(point)), stable=False)


def parse_yaohua_a12(frame: bytes) -> Reading:
    """An XK3190-A12/A12E line: "WG004.139kg" + two check characters (+ CR LF)."""
    line = _line(frame)
    if len(line) != 13:
        raise BadFrame(f"not a 13-byte A12 line: {frame!r}")
    body = line[:11]
    _check(body, line[11:])
    if body in (b" " * 9 + b"OL", b" " * 9 + b"LO"):
        return Reading(0, stable=False, overload=True)
    if body[:1] != b"W" or body[1:2] not in (b"G", b"N") or body[9:] != b"kg":
        raise BadFrame(f"not a weight: {frame!r}")
    kind = "gross" if body[1:2] == b"G" else "net"
    try:
        text = body[2:9].decode("ascii")
    except UnicodeDecodeError:
        raise BadFrame(f"not a weight: {frame!r}") from None
    return Reading(_number_grams(text), stable=False, kind=kind)


_AND = re.compile(r"(ST|US|OL|LO),(GS|NT|TR|PT|G |N |T ),([+-][0-9 .,]{7})\s?(kg|g|t)")
_AND_KINDS = {"G": "gross", "N": "net", "T": "tare", "P": "tare"}


def parse_and(frame: bytes) -> Reading:
    """An A&D line: "ST,GS,+0012.34kg" (+ CR LF)."""
    try:
        line = _line(frame).decode("ascii")
    except UnicodeDecodeError:
        raise BadFrame(f"not an A&D line: {frame!r}") from None
    match = _AND.fullmatch(line)
    if not match:
        raise BadFrame(f"not an A&D line: {frame!r}")
    status, weight_kind, data, unit = match.groups()
    kind = _AND_KINDS[weight_kind[0]]
    # Out of range: the header says so, or the digits are blanks (only the point is left).
    if status in ("OL", "LO") or not any(c.isdigit() for c in data):
        return Reading(0, stable=False, overload=True, kind=kind)
    return Reading(_number_grams(data, unit), stable=status == "ST", kind=kind)


_PLAIN = re.compile(r"\s*([+-]?)\s*(\d+)(?:[.,](\d+))?\s*kg\s*", re.IGNORECASE)


def parse_plain(frame: bytes) -> Reading:
    """A line with one number and "kg": "  12.5 kg", "+0012,50kg". The number's one dot or
    comma is its decimal point: indicators do not group thousands."""
    try:
        line = _line(frame).decode("ascii")
    except UnicodeDecodeError:
        raise BadFrame(f"not a weight line: {frame!r}") from None
    match = _PLAIN.fullmatch(line)
    if not match:
        raise BadFrame(f"not a weight line: {frame!r}")
    fraction = match[3] or ""
    return Reading(_scaled_grams(match[1] == "-", match[2] + fraction, len(fraction)), False)


@dataclass(frozen=True)
class ScaleFormat:
    """How one family of indicators frames its output.

    Attributes:
      name: the value of the setting `scale.format`.
      parse: frame bytes -> Reading, or a FrameError.
      framing: "stx" (STX ... ETX of a fixed length) or "line" (ended by CR and/or LF).
      flagged: the frames carry a stability flag; otherwise StableWeight waits for repeats.
    """

    name: str
    parse: Callable[[bytes], Reading]
    framing: str
    flagged: bool
    frame_length: int = 0


FORMATS = {
    f.name: f
    for f in (
        ScaleFormat("yaohua-a9", parse_yaohua_a9, "stx", flagged=False, frame_length=12),
        ScaleFormat("yaohua-a12", parse_yaohua_a12, "line", flagged=False),
        ScaleFormat("and", parse_and, "line", flagged=True),
        ScaleFormat("plain", parse_plain, "line", flagged=False),
    )
}
# Other names for the same frames.
FORMATS["keli-k9"] = FORMATS["yaohua-a9"]


def scale_format(name: str) -> ScaleFormat:
    try:
        return FORMATS[name]
    except KeyError:
        known = ", ".join(sorted(FORMATS))
        raise KoperasiError("scale.bad_setting", detail=f"format {name!r} ({known})") from None


# ------------------------------------------------------------------------ the byte stream


class FrameReader:
    """Splits a byte stream into frames of one format and parses them.

    Bytes before the first frame start (after creation or `reset()`) are a frame cut short
    by opening the port midway, and are dropped without a word. After that, every run of
    bytes that is not a whole frame is reported once as a BadFrame, and reading goes on at
    the next frame start: after garbage, a broken frame, or a cable pulled mid-frame."""

    def __init__(self, fmt: ScaleFormat | str) -> None:
        self.format = scale_format(fmt) if isinstance(fmt, str) else fmt
        self._buffer = bytearray()
        self._synced = False

    def reset(self) -> None:
        """Forget any partial frame (after a silence, so it never joins the next one)."""
        self._buffer.clear()
        self._synced = False

    def feed(self, data: bytes) -> list[Reading | FrameError]:
        self._buffer += data
        if self.format.framing == "stx":
            return self._stx_frames()
        return self._lines()

    def _drop(self, count: int, results: list[Reading | FrameError], why: str) -> None:
        if count and self._synced:
            results.append(BadFrame(f"{why}: {bytes(self._buffer[:count])!r}"))
        del self._buffer[:count]

    def _stx_frames(self) -> list[Reading | FrameError]:
        results: list[Reading | FrameError] = []
        length = self.format.frame_length
        while True:
            start = self._buffer.find(STX)
            if start < 0:
                self._drop(len(self._buffer), results, "bytes outside a frame")
                return results
            self._drop(start, results, "bytes outside a frame")
            self._synced = True
            if len(self._buffer) < length:
                return results
            if self._buffer[length - 1] != ETX:
                # A broken frame: read on from the next STX, which may start a whole one.
                following = self._buffer.find(STX, 1)
                cut = following if following > 0 else len(self._buffer)
                self._drop(cut, results, "broken frame")
                continue
            frame = bytes(self._buffer[:length])
            del self._buffer[:length]
            results.append(_parse(self.format, frame))

    def _lines(self) -> list[Reading | FrameError]:
        results: list[Reading | FrameError] = []
        while True:
            end = next((i for i, b in enumerate(self._buffer) if b in _LINE_END), -1)
            if end < 0:
                if len(self._buffer) > MAX_LINE:
                    self._drop(len(self._buffer), results, "line too long")
                    self._synced = False  # the rest of this line is noise too
                return results
            line = bytes(self._buffer[:end])
            del self._buffer[: end + 1]
            if not self._synced:
                self._synced = True  # the first line may have been cut by opening the port
                continue
            if line.strip(b" "):
                results.append(_parse(self.format, line))


def _parse(fmt: ScaleFormat, frame: bytes) -> Reading | FrameError:
    try:
        return fmt.parse(frame)
    except FrameError as error:
        return error


class StableWeight:
    """Decides when a reading counts: a stable flag from the indicator, or, for formats
    without one, the same weight `repeats` times in a row. Out-of-range and tare readings
    never count, and anything else in between starts the count again."""

    def __init__(self, flagged: bool, repeats: int = 3) -> None:
        if repeats < 1:
            raise ValueError("repeats must be at least 1")
        self.flagged = flagged
        self.repeats = repeats
        self._last: int | None = None
        self._count = 0

    def reset(self) -> None:
        self._last, self._count = None, 0

    def push(self, reading: Reading) -> int | None:
        """The stable weight in grams, or None while it is not (yet) stable."""
        if reading.overload or reading.kind == "tare":
            self.reset()
            return None
        if self.flagged:
            return reading.grams if reading.stable else None
        if reading.grams == self._last:
            self._count += 1
        else:
            self._last, self._count = reading.grams, 1
        return reading.grams if self._count >= self.repeats else None


# ------------------------------------------------------------------------- the serial port


@dataclass(frozen=True)
class ScaleStatus:
    """What the scale says now.

    Attributes:
      kind: "stable" (a weight to use), "unstable" (a weight still moving, to show only),
        "overload" (out of range), "bad_frame", "checksum" (a frame that failed its check),
        or "no_data" (the port has been silent: cable, power or settings).
      grams: the weight for "stable" and "unstable", else None.
    """

    kind: str
    grams: int | None = None

    def message(self, lang: str | None = None) -> str:
        """What the weighing form shows: "Stabil: 45,2 kg", "Timbangan tidak mengirim data..."."""
        weight = kg(self.grams) if self.grams is not None else ""
        return text(SCALE_STATUS, self.kind, lang, weight=weight)


PARITIES = {"N": serial.PARITY_NONE, "E": serial.PARITY_EVEN, "O": serial.PARITY_ODD}
BAUD_RATES = (1200, 2400, 4800, 9600, 19200, 38400, 57600, 115200)


@dataclass(frozen=True)
class ScaleSettings:
    """The settings of one scale (keys scale.port, scale.format, scale.baud, scale.parity,
    scale.data_bits, scale.repeats). Most Yaohua and Keli indicators send 9600 8N1; A&D 2400 7E1."""

    port: str
    format: str = "yaohua-a9"
    baud: int = 9600
    parity: str = "N"
    data_bits: int = 8
    stop_bits: int = 1
    repeats: int = 3

    def check(self) -> ScaleFormat:
        if not self.port:
            raise KoperasiError("scale.bad_setting", detail="port")
        if self.baud not in BAUD_RATES:
            raise KoperasiError("scale.bad_setting", detail=f"baud {self.baud}")
        if self.parity not in PARITIES:
            raise KoperasiError("scale.bad_setting", detail=f"parity {self.parity!r} (N, E, O)")
        if self.data_bits not in (7, 8) or self.stop_bits not in (1, 2):
            raise KoperasiError("scale.bad_setting", detail="data bits 7/8, stop bits 1/2")
        if not 1 <= self.repeats <= 50:
            raise KoperasiError("scale.bad_setting", detail=f"repeats {self.repeats}")
        return scale_format(self.format)


class ScaleReader:
    """Reads one scale on a serial port, always with a timeout, and turns its bytes into
    statuses. It never reports a wrong weight: a frame that fails its check or its shape is
    reported as such, and a partial frame left by a silence is dropped, not joined to the next.

    Use it from a worker thread: `with ScaleReader(settings) as scale: for status in
    scale.statuses(): ...`, or call `poll()` from a timer."""

    def __init__(
        self,
        settings: ScaleSettings,
        *,
        read_timeout: float = 0.2,
        silence: float = 2.0,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.settings = settings
        self.format = settings.check()
        self.read_timeout = read_timeout
        self.silence = silence
        self._clock = clock
        self._frames = FrameReader(self.format)
        self._stable = StableWeight(self.format.flagged, settings.repeats)
        self._port: serial.Serial | None = None
        self._last_data = 0.0

    def open(self) -> None:
        s = self.settings
        try:
            self._port = serial.Serial(
                port=s.port,
                baudrate=s.baud,
                parity=PARITIES[s.parity],
                bytesize=serial.SEVENBITS if s.data_bits == 7 else serial.EIGHTBITS,
                stopbits=serial.STOPBITS_TWO if s.stop_bits == 2 else serial.STOPBITS_ONE,
                timeout=self.read_timeout,
                write_timeout=self.read_timeout,
            )
        except (serial.SerialException, OSError, ValueError) as exc:
            raise KoperasiError("scale.port_failed", port=s.port, reason=str(exc)) from exc
        self._last_data = self._clock()
        self._frames.reset()
        self._stable.reset()

    def close(self) -> None:
        if self._port is not None:
            self._port.close()
            self._port = None

    def __enter__(self) -> ScaleReader:
        self.open()
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def poll(self) -> list[ScaleStatus]:
        """Read what the port has (waiting at most the read timeout) and say what it means."""
        if self._port is None:
            self.open()
        assert self._port is not None
        try:
            data = self._port.read(max(1, self._port.in_waiting))
        except (serial.SerialException, OSError) as exc:
            self.close()
            raise KoperasiError(
                "scale.port_lost", port=self.settings.port, reason=str(exc)
            ) from exc
        now = self._clock()
        if not data:
            if now - self._last_data < self.silence:
                return []
            self._last_data = now  # say it again after another silence
            self._frames.reset()
            self._stable.reset()
            return [ScaleStatus("no_data")]
        self._last_data = now
        return self.interpret(data)

    def interpret(self, data: bytes) -> list[ScaleStatus]:
        """The statuses that these bytes, following the earlier ones, amount to."""
        statuses = []
        for result in self._frames.feed(data):
            if isinstance(result, FrameError):
                self._stable.reset()
                statuses.append(ScaleStatus(result.status))
            elif result.overload:
                self._stable.reset()
                statuses.append(ScaleStatus("overload"))
            else:
                stable = self._stable.push(result)
                kind = "stable" if stable is not None else "unstable"
                statuses.append(ScaleStatus(kind, result.grams))
        return statuses

    def statuses(self, stop: Callable[[], bool] = lambda: False) -> Iterator[ScaleStatus]:
        """Statuses until `stop()` says so; it is asked after every read, and a read waits
        at most the read timeout, so a worker thread stops promptly."""
        while not stop():
            yield from self.poll()
