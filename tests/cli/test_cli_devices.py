"""`koperasi scale read`, `print receipt --escpos`, `post export|import` as a treasurer runs them."""

from __future__ import annotations

import json
import os
import sys
import threading
import time

import pytest

from koperasi.book import Book
from koperasi.devices.scale import xor_check
from tests.conftest import TODAY


@pytest.fixture
def office_and_post(tmp_path):
    office = Book.create(
        tmp_path / "kantor.koperasi", name="Koperasi Lembah Jaya", member_prefix="LJ"
    ).with_today(TODAY)  # the receipts' numbers carry the year: NT-P2-2026-...
    office.commodities.add("TBS Sawit", fee_cents_per_kg=2500)
    office.members.add("Siti Aminah")
    office.members.add("Budi Santoso")
    post = office.posts.create_post("P2", tmp_path / "pos2.koperasi").with_today(TODAY)
    for i in range(3):
        post.deliveries.record("LJ-0001", "TBS Sawit", 100_000 + i * 1_000, weight_manual=i == 0)
    post.close()
    office.close()
    return tmp_path / "kantor.koperasi", tmp_path / "pos2.koperasi"


def test_post_export_import_once_with_preview(office_and_post, cli, tmp_path, snapshot):
    office, post = office_and_post
    batch = tmp_path / "kirim.kpb"
    r = cli("post", "export", post, "-o", batch)
    assert r.code == 0, r.err
    assert "3 setoran, 0 koreksi" in r.out
    r = cli("post", "export", post, "-o", tmp_path / "lagi.kpb")
    assert r.code == 0 and "Tidak ada setoran" in r.out and not (tmp_path / "lagi.kpb").exists()

    before = snapshot(office)
    r = cli("post", "import", office, batch, "--preview", "--json")
    assert r.code == 0, r.err
    preview = json.loads(r.out)
    assert (preview["new_deliveries"], preview["net_grams"], preview["imported"]) == (
        3,
        303_000,
        False,
    )
    assert snapshot(office) == before
    r = cli("post", "import", office, batch)
    assert r.code == 0 and "3 setoran baru (303 kg)" in r.out
    r = cli("post", "import", office, batch, "--json")
    assert json.loads(r.out)["new_deliveries"] == 0 and json.loads(r.out)["already_imported"] == 3

    broken = bytearray(batch.read_bytes())
    broken[60] ^= 0x04
    (tmp_path / "rusak.kpb").write_bytes(bytes(broken))
    before = snapshot(office)
    r = cli("post", "import", office, tmp_path / "rusak.kpb")
    assert r.code == 1 and r.err.count("\n") == 1 and "Traceback" not in r.err
    assert snapshot(office) == before


def test_print_receipt_escpos_58_and_80_mark_a_manual_weight(office_and_post, cli, tmp_path):
    _, post = office_and_post
    for paper, columns in (("58", 32), ("80", 48)):
        out = tmp_path / f"nota{paper}.bin"
        r = cli("print", "receipt", post, "NT-P2-2026-000001", "--escpos", paper, "-o", out)
        assert r.code == 0, r.err
        data = out.read_bytes()
        assert data.startswith(b"\x1b@") and data.endswith(b"\x1bd\x06\x1dV\x00")  # init, cut
        assert b"NT-P2-2026-000001" in data
        assert b"manual" in data.lower()
        lines = [ln for ln in data.split(b"\n") if ln and not ln.startswith((b"\x1b", b"\x1d"))]
        assert max(len(ln) for ln in lines) <= columns
    out = tmp_path / "nota2.bin"
    cli("print", "receipt", post, "NT-P2-2026-000002", "--escpos", "58", "-o", out)
    assert b"manual" not in out.read_bytes().lower()


def test_print_escpos_never_makes_a_file_where_a_device_should_be(office_and_post, cli):
    _, post = office_and_post
    missing = "/dev/usb/koperasi-test-lp9"
    r = cli("print", "receipt", post, "NT-P2-2026-000001", "--escpos", "58", "-o", missing)
    assert r.code == 1 and "printer belum tersambung" in r.err
    assert not os.path.exists(missing)


def test_print_escpos_refuses_to_overwrite_a_book(office_and_post, cli):
    office, post = office_and_post
    before = office.read_bytes()
    r = cli("print", "receipt", post, "NT-P2-2026-000001", "--escpos", "58", "-o", office)
    assert r.code == 1
    assert office.read_bytes() == before


def _a12(text: bytes) -> bytes:
    return text + xor_check(text) + b"\r\n"


@pytest.mark.skipif(sys.platform == "win32", reason="pseudo-terminals")
def test_scale_read_prints_one_stable_weight(cli):
    import pty
    import tty

    master, slave = pty.openpty()
    tty.setraw(slave)
    port = os.ttyname(slave)
    stop = threading.Event()

    def feed():
        frames = [_a12(b"WG004.100kg"), _a12(b"WG004.139kg")] + [_a12(b"WG045.200kg")] * 50
        for frame in frames:
            if stop.is_set():
                return
            os.write(master, frame)
            time.sleep(0.02)

    thread = threading.Thread(target=feed, daemon=True)
    thread.start()
    try:
        r = cli(
            "scale", "read", "--port", port, "--format", "xk3190-a12", "--json", "--timeout", "5"
        )
    finally:
        stop.set()
        thread.join()
    assert r.code == 0, r.err
    assert json.loads(r.out) == {"port": port, "grams": 45_200, "kg": "45.200"}
    # a silent port: one sentence, no weight
    r = cli("scale", "read", "--port", port, "--format", "xk3190-a12", "--timeout", "1")
    assert r.code == 1 and "tidak memberi berat stabil" in r.err and r.out == ""
    os.close(master)
    os.close(slave)


def test_scale_read_unknown_port_is_one_sentence(cli):
    r = cli("scale", "read", "--port", "/dev/koperasi-no-such-tty", "--format", "plain")
    assert r.code == 1 and "Traceback" not in r.err and r.err.strip()
