"""Signed batches from weighing posts: read whole or refused whole."""

from __future__ import annotations

import hashlib

import pytest

from koperasi.core.batch import (
    Batch,
    BatchHeader,
    CorrectionRecord,
    DeliveryRecord,
    correction_id,
    key_text,
    new_key,
    parse_key,
    read_batch,
    stable_id,
    write_batch,
)
from koperasi.core.errors import KoperasiError
from koperasi.core.model import Deduction

KEY = bytes(range(32))
HEADER = BatchHeader(post_id="P2", book_id="LJ-7f3a", created="2026-11-20T16:05:00", sequence=1)


def delivery(n: int, **changes) -> DeliveryRecord:
    receipt = f"NT-P2-2026-{n:06d}"
    values = dict(
        stable_id=stable_id("P2", receipt),
        receipt=receipt,
        date="2026-11-20",
        recorded_at="2026-11-20T08:15:00",
        member_number=f"LJ-{n % 300 + 1:04d}",
        commodity="Karet",
        gross_grams=120_500 + n,
        deductions=(Deduction("tare", 500), Deduction("moisture", 2_400, 200)),
        net_grams=117_600 + n,
        quality_bp=5_500,
        plot="Kebun Sungai Baung",
    )
    values.update(changes)
    return DeliveryRecord(**values)


CORRECTION = CorrectionRecord(
    stable_id=correction_id("P2/NT-P2-2026-000123", 1),
    delivery="P2/NT-P2-2026-000123",
    action="correct",
    recorded_at="2026-11-20T09:00:00",
    reason="Salah ketik berat kotor",
    date="2026-11-20",
    member_number="LJ-0124",
    gross_grams=102_000,
    deductions=(Deduction("tare", 500),),
    net_grams=101_500,
    quality_bp=5_500,
    plot="",
)
VOID = CorrectionRecord(
    stable_id="P2/NT-P2-2026-000124/K1",
    delivery="P2/NT-P2-2026-000124",
    action="void",
    recorded_at="2026-11-20T09:30:00",
    reason="Ditimbang dua kali",
)


def small_batch() -> bytes:
    return write_batch(HEADER, [delivery(123), delivery(124), CORRECTION, VOID], KEY)


def test_round_trip():
    data = small_batch()
    batch = read_batch(data, KEY)
    assert batch == Batch(HEADER, (delivery(123), delivery(124), CORRECTION, VOID))
    assert batch.records[0].stable_id == "P2/NT-P2-2026-000123"
    assert batch.records[0].net_grams == 117_723
    assert batch.records[2].delivery == "P2/NT-P2-2026-000123"
    # The digest chains the post's batches: the next one names it as previous_hash.
    assert batch.digest == hashlib.sha256(data[: data.index(b"\nSHA256 ") + 1]).hexdigest()
    second = BatchHeader("P2", "LJ-7f3a", "2026-11-21T16:00:00", 2, previous_hash=batch.digest)
    assert read_batch(write_batch(second, [delivery(125)], KEY), KEY).header == second


def test_the_file_reads_as_text():
    lines = small_batch().decode("utf-8").splitlines()
    assert lines[0] == "KOPERASI-BATCH 1"
    assert lines[1].startswith('{"header":{"book":"LJ-7f3a","created":"2026-11-20T16:05:00"')
    assert lines[2].startswith("SHA256 ") and lines[3].startswith("HMAC-SHA256 ")
    assert len(lines) == 4


def test_a_flipped_byte_anywhere_is_refused():
    data = small_batch()
    for i in range(len(data)):
        for flip in (0x01, 0x20, 0xFF):
            damaged = bytearray(data)
            damaged[i] ^= flip
            with pytest.raises(KoperasiError) as error:
                read_batch(bytes(damaged), KEY)
            assert error.value.code in ("batch.damaged", "batch.bad_signature", "batch.not_a_batch")


def test_a_damaged_body_is_told_apart_from_a_wrong_key():
    data = bytearray(small_batch())
    data[data.index(b"Karet")] = ord("k")
    with pytest.raises(KoperasiError) as error:
        read_batch(bytes(data), KEY)
    assert error.value.code == "batch.damaged"
    assert "rusak atau terpotong" in error.value.message("id")


def test_every_truncation_is_refused():
    data = small_batch()
    for end in range(len(data)):
        with pytest.raises(KoperasiError):
            read_batch(data[:end], KEY)


def test_a_wrong_key_is_refused():
    with pytest.raises(KoperasiError) as error:
        read_batch(small_batch(), bytes(32))
    assert error.value.code == "batch.bad_signature"
    assert "kuncinya salah" in error.value.message("id")


def test_an_unknown_version_is_refused_even_when_signed():
    import hmac

    data = small_batch().replace(b"KOPERASI-BATCH 1", b"KOPERASI-BATCH 2", 1)
    signed = data[: data.index(b"\nSHA256 ") + 1]
    resigned = (
        signed
        + f"SHA256 {hashlib.sha256(signed).hexdigest()}\n".encode()
        + f"HMAC-SHA256 {hmac.new(KEY, signed, hashlib.sha256).hexdigest()}\n".encode()
    )
    with pytest.raises(KoperasiError) as error:
        read_batch(resigned, KEY)
    assert error.value.code == "batch.unknown_version"
    assert "versi 2" in error.value.message("id")


def test_not_a_batch():
    with pytest.raises(KoperasiError) as error:
        read_batch(b"SQLite format 3\x00", KEY)
    assert error.value.code == "batch.not_a_batch"


def test_500_records_round_trip():
    records = [delivery(n) for n in range(1, 501)]
    data = write_batch(HEADER, records, KEY)
    batch = read_batch(data, KEY)
    assert len(batch.records) == 500
    assert batch.records == tuple(records)
    assert sum(r.net_grams for r in batch.records) == sum(117_600 + n for n in range(1, 501))


def test_the_writer_refuses_what_the_reader_would():
    with pytest.raises(ValueError):  # net is not gross − deductions
        write_batch(HEADER, [delivery(1, net_grams=1)], KEY)
    with pytest.raises(ValueError):  # a stable id that is not post/receipt
        write_batch(HEADER, [delivery(1, stable_id="P3/NT-P2-2026-000001")], KEY)
    with pytest.raises(ValueError):  # not a date
        write_batch(HEADER, [delivery(1, date="2026-02-30")], KEY)
    with pytest.raises(ValueError):  # twice the same id
        write_batch(HEADER, [delivery(1), delivery(1)], KEY)
    with pytest.raises(ValueError):  # a first batch names no previous one
        write_batch(BatchHeader("P2", "LJ", "2026-11-20", 2), [delivery(1)], KEY)


def test_keys():
    key = new_key()
    assert len(key) == 32 and parse_key(key_text(key)) == key
    assert parse_key(" " + key_text(KEY).upper() + "\n") == KEY
    with pytest.raises(KoperasiError) as error:
        parse_key("abc")
    assert "64" in error.value.message("en")
