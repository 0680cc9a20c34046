"""Scale frames parsed by hand-computed examples, and a simulated scale on a pseudo-terminal."""

from __future__ import annotations

import os
import sys
import time

import pytest

from koperasi.core.errors import KoperasiError
from koperasi.devices.scale import (
    BadFrame,
    ChecksumError,
    FrameReader,
    Reading,
    ScaleReader,
    ScaleSettings,
    ScaleStatus,
    StableWeight,
    parse_and,
    parse_plain,
    parse_yaohua_a9,
    parse_yaohua_a12,
    xor_check,
)

# ------------------------------------------------------------------ Yaohua XK3190-A9 / Keli

# "+001234", 2 decimals = 12,34 kg. XOR of "+001234" "2": 2B^30^30^31^32^33^34^32 = 0x1D
# ("+"=2B, 2B^30=1B, ^30=2B, ^31=1A, ^32=28, ^33=1B, ^34=2F, ^32=1D) -> "1" "D".
A9_12_34_KG = b"\x02+0012342" + b"1D" + b"\x03"
# "-000500", 1 decimal = -50,0 kg: 2D^30=1D, ^30=2D, ^30=1D, ^35=28, ^30=18, ^30=28, ^31=19.
A9_MINUS_50_KG = b"\x02-0005001" + b"19" + b"\x03"
# "+120500", 1 decimal = 12.050,0 kg: 2B^31=1A, ^32=28, ^30=18, ^35=2D, ^30=1D, ^30=2D, ^31=1C.
A9_12050_KG = b"\x02+1205001" + b"1C" + b"\x03"


def test_xor_check_by_hand():
    assert xor_check(b"+0012342") == b"1D"
    assert xor_check(b"-0005001") == b"19"
    # The A12E manual's own example: "WG004.139kg" checks as "3D".
    assert xor_check(b"WG004.139kg") == b"3D"
    # Nibbles above 9 are letters (nibble + 37h): 0xAB -> "AB".
    assert xor_check(bytes([0xAB])) == b"AB"


def test_a9_frames():
    assert parse_yaohua_a9(A9_12_34_KG) == Reading(12_340, stable=False)
    assert parse_yaohua_a9(A9_MINUS_50_KG) == Reading(-50_000, stable=False)
    assert parse_yaohua_a9(A9_12050_KG) == Reading(12_050_000, stable=False)
    # 0 decimals: whole kilograms. "+000075" "0": 2B^30^30^30^30 = 2B, ^37=1C, ^35=29, ^30=19.
    assert parse_yaohua_a9(b"\x02+0000750" + b"19" + b"\x03") == Reading(75_000, False)
    # Lower-case check letters are the same number.
    frame = b"\x02+0000004" + xor_check(b"+0000004").lower() + b"\x03"
    assert parse_yaohua_a9(frame).grams == 0


def test_a9_refusals():
    with pytest.raises(ChecksumError):
        parse_yaohua_a9(b"\x02+0012352" + b"1D" + b"\x03")  # one digit changed
    with pytest.raises(BadFrame):
        parse_yaohua_a9(A9_12_34_KG[:-1])  # cut short
    with pytest.raises(BadFrame):
        parse_yaohua_a9(A9_12_34_KG[:-1] + b"\x04")  # no ETX
    with pytest.raises(BadFrame):
        parse_yaohua_a9(b"\x02+0012342" + b"1G" + b"\x03")  # not hexadecimal
    body = b"+00 2342"  # a blank among the digits, with a correct check
    with pytest.raises(BadFrame):
        parse_yaohua_a9(b"\x02" + body + xor_check(body) + b"\x03")
    body = b"+0012345"  # 5 decimals is not a position the indicator sends
    with pytest.raises(BadFrame):
        parse_yaohua_a9(b"\x02" + body + xor_check(body) + b"\x03")
    body = b"+0012354"  # 4 decimals: 0,1235 kg is 123,5 g, not a whole gram
    with pytest.raises(BadFrame):
        parse_yaohua_a9(b"\x02" + body + xor_check(body) + b"\x03")
    body = b"+0012304"  # 0,1230 kg is 123 g exactly
    assert parse_yaohua_a9(b"\x02" + body + xor_check(body) + b"\x03").grams == 123


# ---------------------------------------------------------------------- Yaohua XK3190-A12


def test_a12_frames():
    assert parse_yaohua_a12(b"WG004.139kg3D\r\n") == Reading(4_139, False, kind="gross")
    # Net, no decimal point (the 9th byte is a blank): "WN000125 kg".
    line = b"WN000125 kg"
    assert parse_yaohua_a12(line + xor_check(line) + b"\r\n") == Reading(
        125_000, False, False, "net"
    )
    line = b"WG-04.500kg"
    assert parse_yaohua_a12(line + xor_check(line)).grams == -4_500
    # Overload and under range, as the manual prints them ("OL23").
    assert parse_yaohua_a12(b" " * 9 + b"OL23\r\n") == Reading(0, False, overload=True)
    assert parse_yaohua_a12(b" " * 9 + b"LO23\r\n").overload


def test_a12_refusals():
    with pytest.raises(ChecksumError):
        parse_yaohua_a12(b"WG004.189kg3D\r\n")
    with pytest.raises(BadFrame):
        parse_yaohua_a12(b"WG004.139kg\r\n")  # no check characters
    line = b"WG004.139lb"
    with pytest.raises(BadFrame):
        parse_yaohua_a12(line + xor_check(line))  # pounds are not kilograms
    line = b"WG0,4.13 kg"
    with pytest.raises(BadFrame):
        parse_yaohua_a12(line + xor_check(line))


# ---------------------------------------------------------------------------------- A&D


def test_and_frames():
    assert parse_and(b"ST,GS,+0012.34kg\r\n") == Reading(12_340, True, kind="gross")
    assert parse_and(b"US,NT,-0000.50kg\r\n") == Reading(-500, False, kind="net")
    assert parse_and(b"ST,TR,+0002.00kg\r") == Reading(2_000, True, kind="tare")
    assert parse_and(b"ST,G ,+01234.5 kg\r\n") == Reading(1_234_500, True, kind="gross")
    assert parse_and(b"ST,GS,+0012,34kg\r\n").grams == 12_340  # a decimal comma
    assert parse_and(b"ST,GS,+00125.0 g\r\n").grams == 125
    assert parse_and(b"ST,GS,+001.250 t\r\n").grams == 1_250_000
    assert parse_and(b"OL,GS,+    .  kg\r\n") == Reading(0, False, True, "gross")
    assert parse_and(b"ST,GS,+    .  kg\r\n").overload


def test_and_refusals():
    for line in (
        b"ST,GS,+0012.34lb\r\n",
        b"XX,GS,+0012.34kg\r\n",
        b"ST,GS,0012.345kg\r\n",  # no sign
        b"ST,GS,+0012.3kg\r\n",  # seven characters, not eight
        b"ST,GS,+0012.34",
        b"ST,GS,+00\xff2.34kg",
    ):
        with pytest.raises(BadFrame):
            parse_and(line)
    with pytest.raises(BadFrame):
        parse_and(b"ST,GS,+0.12345g\r\n")  # a fraction of a gram


# ------------------------------------------------------------------------------- plain


def test_plain_lines():
    assert parse_plain(b"  12.5 kg\r\n") == Reading(12_500, False)
    assert parse_plain(b"+0012,50kg") == Reading(12_500, False)
    assert parse_plain(b"-3 KG") == Reading(-3_000, False)
    # The one separator is a decimal point: an indicator does not group thousands.
    assert parse_plain(b"1.250 kg").grams == 1_250
    for line in (b"12.5", b"1.250,5 kg", b"12.5 lb", b"kg", b"12.3456 kg"):
        with pytest.raises(BadFrame):
            parse_plain(line)


# ------------------------------------------------------------------------- frame reader


def kinds(results):
    return [r.grams if isinstance(r, Reading) else type(r).__name__ for r in results]


def test_frame_reader_splits_and_resynchronises_a9():
    reader = FrameReader("yaohua-a9")
    # The port opened mid-frame: the tail of a frame is dropped silently.
    stream = A9_12_34_KG[5:] + A9_12_34_KG + A9_MINUS_50_KG
    assert kinds(reader.feed(stream)) == [12_340, -50_000]
    # A frame arriving in pieces.
    assert kinds(reader.feed(A9_12050_KG[:4])) == []
    assert kinds(reader.feed(A9_12050_KG[4:])) == [12_050_000]
    # Garbage between frames, then a frame cut short by the next one (cable pulled mid-frame
    # and plugged back), then a frame whose check fails: each reported, none a weight.
    broken = A9_12_34_KG[:7]
    wrong_check = b"\x02+0012352" + b"1D" + b"\x03"
    stream = b"\xff\x00zz" + A9_12_34_KG + broken + A9_MINUS_50_KG + wrong_check + A9_12_34_KG
    assert kinds(reader.feed(stream)) == [
        "BadFrame",
        12_340,
        "BadFrame",
        -50_000,
        "ChecksumError",
        12_340,
    ]


def test_frame_reader_lines():
    reader = FrameReader("and")
    stream = b"12.34kg\r\n" + b"ST,GS,+0012.34kg\r\n" * 2 + b"US,GS,+00"
    assert kinds(reader.feed(stream)) == [12_340, 12_340]
    # The rest of a line cut short joins the next one: a bad frame, never a weight.
    assert kinds(reader.feed(b"ST,GS,+0012.34kg\r\nST,GS,+0012.34kg\r\n")) == [
        "BadFrame",
        12_340,
    ]
    # A long run without a line end is noise, and the rest of that line too.
    assert kinds(reader.feed(b"x" * 100)) == ["BadFrame"]
    assert kinds(reader.feed(b"yy\r\nST,GS,+0000.50kg\r\n")) == [500]


def test_frame_reader_reset_drops_a_partial_line():
    reader = FrameReader("plain")
    assert kinds(reader.feed(b"junk\n  12.5 kg\n  1")) == [12_500]
    reader.reset()  # a silence: the partial "  1" must not become "  12.5 kg"... or 1.25 kg
    assert kinds(reader.feed(b"2.5 kg\n  12.5 kg\n")) == [12_500]


# ------------------------------------------------------------------------ stable weight


def test_stable_weight_by_flag():
    stable = StableWeight(flagged=True)
    assert stable.push(Reading(1_000, False)) is None
    assert stable.push(Reading(1_000, True)) == 1_000
    assert stable.push(Reading(0, False, overload=True)) is None
    assert stable.push(Reading(2_000, True, kind="tare")) is None


def test_stable_weight_by_repeats():
    stable = StableWeight(flagged=False, repeats=3)
    pushes = [1_000, 1_020, 1_020, 1_020, 1_020, 1_000, 1_000]
    assert [stable.push(Reading(g, False)) for g in pushes] == [
        None,
        None,
        None,
        1_020,
        1_020,
        None,
        None,
    ]
    stable.push(Reading(0, False, overload=True))
    assert stable.push(Reading(1_000, False)) is None  # the count started again


def test_status_messages():
    assert ScaleStatus("stable", 45_200).message() == "Stabil: 45,2 kg"
    assert ScaleStatus("unstable", 1_250).message("en") == "Not yet stable: 1,25 kg"
    assert ScaleStatus("no_data").message().startswith("Timbangan tidak mengirim data")
    assert "checksum" in ScaleStatus("checksum").message()


def test_settings_are_checked():
    with pytest.raises(KoperasiError) as error:
        ScaleSettings("/dev/ttyUSB0", format="mettler").check()
    assert "mettler" in error.value.message("en")
    with pytest.raises(KoperasiError):
        ScaleSettings("/dev/ttyUSB0", baud=1234).check()
    with pytest.raises(KoperasiError):
        ScaleSettings("/dev/ttyUSB0", parity="X").check()
    assert ScaleSettings("COM3", format="keli-k9").check().name == "yaohua-a9"


# --------------------------------------------------------- a simulated scale on a pty

pytestmark_pty = pytest.mark.skipif(sys.platform == "win32", reason="pseudo-terminals")


class SimulatedScale:
    """The master side of a pseudo-terminal: what a scale indicator would send down the cable."""

    def __init__(self) -> None:
        import pty
        import tty

        self.master, self.slave = pty.openpty()
        tty.setraw(self.slave)  # bytes through untouched, as on a serial line
        self.port = os.ttyname(self.slave)

    def send(self, data: bytes) -> None:
        os.write(self.master, data)

    def close(self) -> None:
        os.close(self.master)
        os.close(self.slave)


@pytest.fixture
def simulated():
    scale = SimulatedScale()
    yield scale
    scale.close()


def collect(reader: ScaleReader, until, limit: float = 5.0) -> list[ScaleStatus]:
    """Statuses until `until(statuses)` holds, or the time limit."""
    statuses: list[ScaleStatus] = []
    deadline = time.monotonic() + limit
    while time.monotonic() < deadline and not until(statuses):
        statuses += reader.poll()
    return statuses


@pytestmark_pty
def test_pty_a9_stream_with_damage(simulated):
    settings = ScaleSettings(simulated.port, format="yaohua-a9", repeats=3)
    with ScaleReader(settings, read_timeout=0.05, silence=0.3) as reader:
        wrong_check = b"\x02+0012352" + b"1D" + b"\x03"
        simulated.send(
            A9_12_34_KG[3:]  # the port opened mid-frame
            + A9_12050_KG
            + A9_12_34_KG
            + wrong_check
            + A9_12_34_KG * 2
            + b"\x02+00"  # a frame broken by the next one
            + A9_12_34_KG * 3
        )
        statuses = collect(reader, lambda s: len(s) >= 9)
    assert statuses == [
        ScaleStatus("unstable", 12_050_000),
        ScaleStatus("unstable", 12_340),
        ScaleStatus("checksum"),
        ScaleStatus("unstable", 12_340),
        ScaleStatus("unstable", 12_340),
        ScaleStatus("bad_frame"),
        ScaleStatus("unstable", 12_340),
        ScaleStatus("unstable", 12_340),
        ScaleStatus("stable", 12_340),
    ]


@pytestmark_pty
def test_pty_cable_pulled_mid_frame_then_silence(simulated):
    settings = ScaleSettings(simulated.port, format="plain", repeats=2)
    with ScaleReader(settings, read_timeout=0.05, silence=0.3) as reader:
        simulated.send(b"\r\n  12.5 kg\r\n  12.5 kg\r\n  1")  # cable pulled after "  1"
        statuses = collect(reader, lambda s: ScaleStatus("no_data") in s)
        assert statuses == [
            ScaleStatus("unstable", 12_500),
            ScaleStatus("stable", 12_500),
            ScaleStatus("no_data"),
        ]
        # Plugged back: the stale "  1" is gone, so "2.5 kg" is not read as 12,5 kg.
        simulated.send(b"2.5 kg\r\n  7.25 kg\r\n  7.25 kg\r\n")
        statuses = collect(reader, lambda s: len(s) >= 2)
    assert statuses == [ScaleStatus("unstable", 7_250), ScaleStatus("stable", 7_250)]


@pytestmark_pty
def test_pty_and_flags_and_overload(simulated):
    settings = ScaleSettings(simulated.port, format="and", baud=2400, parity="E", data_bits=7)
    with ScaleReader(settings, read_timeout=0.05, silence=0.3) as reader:
        simulated.send(
            b"\r\n"
            + b"US,GS,+0045.10kg\r\n"
            + b"ST,GS,+0045.20kg\r\n"
            + b"OL,GS,+    .  kg\r\n"
            + b"ST,GS,+0045.2\r\n"  # cut short
            + b"ST,NT,+0040.00kg\r\n"
        )
        statuses = collect(reader, lambda s: len(s) >= 5)
    assert statuses == [
        ScaleStatus("unstable", 45_100),
        ScaleStatus("stable", 45_200),
        ScaleStatus("overload"),
        ScaleStatus("bad_frame"),
        ScaleStatus("stable", 40_000),
    ]


@pytestmark_pty
def test_pty_a12_checksum_and_silent_port(simulated):
    settings = ScaleSettings(simulated.port, format="yaohua-a12", repeats=2)
    with ScaleReader(settings, read_timeout=0.05, silence=0.2) as reader:
        assert collect(reader, lambda s: len(s) >= 1) == [ScaleStatus("no_data")]
        simulated.send(
            b"3D\r\n"
            + b"WG004.139kg3D\r\n"
            + b"WG004.189kg3D\r\n"  # a digit changed on the line
            + b"WG004.139kg3D\r\n" * 2
            + b" " * 9
            + b"OL23\r\n"
        )
        statuses = collect(reader, lambda s: len(s) >= 5)
    assert statuses == [
        ScaleStatus("unstable", 4_139),
        ScaleStatus("checksum"),
        ScaleStatus("unstable", 4_139),
        ScaleStatus("stable", 4_139),
        ScaleStatus("overload"),
    ]


def test_a_port_that_does_not_exist(tmp_path):
    settings = ScaleSettings(str(tmp_path / "ttyNONE"))
    with pytest.raises(KoperasiError) as error:
        ScaleReader(settings).open()
    assert error.value.code == "scale.port_failed"
