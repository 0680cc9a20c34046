"""Batches from weighing posts without a network: new deliveries and their corrections, in a
file signed with a key shared at setup, carried to the main book on a USB stick.

The file, in UTF-8, four lines:

    KOPERASI-BATCH 1                      magic and format version
    {"header": {...}, "records": [...]}   canonical JSON: sorted keys, no spaces
    SHA256 <hex>                          of the first two lines: tells damage from a wrong key
    HMAC-SHA256 <hex>                     of the first two lines, with the post's key

A batch is read whole or refused whole. Every record has a stable id that the main book
imports exactly once: a delivery "P2/NT-P2-2026-000123" (post id / receipt number), its
n-th correction "P2/NT-P2-2026-000123/K1". Each header names the hash of the post's previous
batch, so the main book sees a missing or repeated batch.
"""

from __future__ import annotations

import datetime
import hashlib
import hmac
import json
import re
import secrets
from dataclasses import dataclass, field

from koperasi.core.errors import KoperasiError
from koperasi.core.model import Deduction

FORMAT_VERSION = 1
MAGIC = b"KOPERASI-BATCH"
KEY_BYTES = 32
# Far above a post's season (a batch of 500 deliveries is about 150 kB).
MAX_BATCH_BYTES = 64 * 1024 * 1024
# Ceilings for every number a record carries, far above real life and far below 2^63.
MAX_GRAMS = 10**12
MAX_BP = 10**6

_POST_ID = re.compile(r"[A-Z0-9][A-Z0-9-]{0,15}")


def new_key() -> bytes:
    """A fresh random key for a post, shared with the main book at setup."""
    return secrets.token_bytes(KEY_BYTES)


def key_text(key: bytes) -> str:
    """The key as 64 hexadecimal characters, to copy into the post's settings."""
    return key.hex()


def parse_key(text: str) -> bytes:
    cleaned = re.sub(r"[\s-]", "", text or "").lower()
    if not re.fullmatch(rf"[0-9a-f]{{{2 * KEY_BYTES}}}", cleaned):
        raise KoperasiError("batch.bad_key", length=2 * KEY_BYTES)
    return bytes.fromhex(cleaned)


def stable_id(post_id: str, receipt: str) -> str:
    """The id a delivery keeps from the post to the main book: "P2/NT-P2-2026-000123"."""
    return f"{post_id}/{receipt}"


@dataclass(frozen=True)
class BatchHeader:
    """Attributes:
    post_id: the weighing post ("P2"), as in its receipt prefix NT-P2-2026-000123.
    book_id: the main book the post belongs to (its unique id, set when the post was set up).
    created: when the post wrote the batch, ISO 8601 text from the post's clock.
    sequence: 1 for the post's first batch, then 2, 3, ... without gaps.
    previous_hash: the `digest` of the post's batch sequence − 1, "" for the first.
    version: the format version it was written in.
    """

    post_id: str
    book_id: str
    created: str
    sequence: int
    previous_hash: str = ""
    version: int = FORMAT_VERSION


@dataclass(frozen=True)
class DeliveryRecord:
    """A delivery weighed at the post. Weights in grams, quality in basis points (None: the
    commodity has none), dates as ISO text; net = gross − deductions is checked on reading."""

    stable_id: str
    receipt: str
    date: str
    recorded_at: str
    member_number: str
    commodity: str
    gross_grams: int
    deductions: tuple[Deduction, ...]
    net_grams: int
    quality_bp: int | None = None
    plot: str = ""
    # The gross weight was typed by hand, not read from the scale; written only when true
    # (key "manual"), so batches without it read as before.
    weight_manual: bool = False


@dataclass(frozen=True)
class CorrectionRecord:
    """A correction or void of a delivery already sent (or sent in this batch).

    Attributes:
      stable_id: the correction's own id, "<delivery id>/K<n>", imported once.
      delivery: the stable id of the delivery it corrects.
      action: "correct" (the fields below are the delivery's new values) or "void".
    """

    stable_id: str
    delivery: str
    action: str
    recorded_at: str
    reason: str
    date: str = ""
    member_number: str = ""
    gross_grams: int = 0
    deductions: tuple[Deduction, ...] = ()
    net_grams: int = 0
    quality_bp: int | None = None
    plot: str = ""


Record = DeliveryRecord | CorrectionRecord


@dataclass(frozen=True)
class Batch:
    """A batch as read: `digest` is what the post's next batch names as previous_hash."""

    header: BatchHeader
    records: tuple[Record, ...]
    digest: str = field(default="", compare=False)


def correction_id(delivery_id: str, n: int) -> str:
    return f"{delivery_id}/K{n}"


# ---------------------------------------------------------------------------- writing


def _deductions(items: tuple[Deduction, ...]) -> list[dict]:
    return [{"kind": d.kind, "grams": d.grams, "percent_bp": d.percent_bp} for d in items]


def _record_json(record: Record) -> dict:
    if isinstance(record, DeliveryRecord):
        return ({"manual": True} if record.weight_manual else {}) | {
            "type": "delivery",
            "id": record.stable_id,
            "receipt": record.receipt,
            "date": record.date,
            "recorded_at": record.recorded_at,
            "member": record.member_number,
            "commodity": record.commodity,
            "gross_grams": record.gross_grams,
            "deductions": _deductions(record.deductions),
            "net_grams": record.net_grams,
            "quality_bp": record.quality_bp,
            "plot": record.plot,
        }
    return {
        "type": "correction",
        "id": record.stable_id,
        "delivery": record.delivery,
        "action": record.action,
        "recorded_at": record.recorded_at,
        "reason": record.reason,
        "date": record.date,
        "member": record.member_number,
        "gross_grams": record.gross_grams,
        "deductions": _deductions(record.deductions),
        "net_grams": record.net_grams,
        "quality_bp": record.quality_bp,
        "plot": record.plot,
    }


def _signed_part(header: BatchHeader, records: tuple[Record, ...]) -> bytes:
    body = {
        "header": {
            "post": header.post_id,
            "book": header.book_id,
            "created": header.created,
            "sequence": header.sequence,
            "previous": header.previous_hash,
        },
        "records": [_record_json(r) for r in records],
    }
    canonical = json.dumps(body, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return MAGIC + f" {FORMAT_VERSION}\n".encode() + canonical.encode("utf-8") + b"\n"


def write_batch(
    header: BatchHeader, records: tuple[Record, ...] | list[Record], key: bytes
) -> bytes:
    """The batch file's bytes. The records are checked as the reader will check them, so a
    post never writes a batch the main book would refuse."""
    records = tuple(records)
    if header.version != FORMAT_VERSION:
        raise ValueError(f"this program writes format version {FORMAT_VERSION} only")
    if len(key) < 16:
        raise ValueError("a batch key has at least 16 bytes")
    signed = _signed_part(header, records)
    try:
        _parse_body(signed.split(b"\n", 2)[1])  # the same checks as reading
    except _Invalid as invalid:
        raise ValueError(f"not a valid batch: {invalid}") from None
    digest = hashlib.sha256(signed).hexdigest()
    mac = hmac.new(key, signed, hashlib.sha256).hexdigest()
    return signed + f"SHA256 {digest}\nHMAC-SHA256 {mac}\n".encode("ascii")


# ---------------------------------------------------------------------------- reading


_TAIL = re.compile(rb"SHA256 ([0-9a-f]{64})\nHMAC-SHA256 ([0-9a-f]{64})\n")


def read_batch(data: bytes, key: bytes) -> Batch:
    """The batch in `data`, or a KoperasiError with a sentence, and nothing taken from it,
    when the file is not a batch, is damaged or cut short, was signed with another key, or
    has a format version this program does not know."""
    if len(data) > MAX_BATCH_BYTES or not data.startswith(MAGIC + b" "):
        raise KoperasiError("batch.not_a_batch")
    first, _, rest = data.partition(b"\n")
    version_text = first[len(MAGIC) + 1 :]
    if not re.fullmatch(rb"[0-9]{1,6}", version_text):
        raise KoperasiError("batch.damaged")
    body, newline, tail = rest.partition(b"\n")
    match = _TAIL.fullmatch(tail)
    if not newline or not match:
        raise KoperasiError("batch.damaged")
    signed = first + b"\n" + body + b"\n"
    digest = hashlib.sha256(signed).hexdigest()
    if not hmac.compare_digest(digest.encode("ascii"), match[1]):
        raise KoperasiError("batch.damaged")
    mac = hmac.new(key, signed, hashlib.sha256).hexdigest()
    if not hmac.compare_digest(mac.encode("ascii"), match[2]):
        raise KoperasiError("batch.bad_signature")
    # Signed, whole and intact: only now does the version (which was signed too) decide.
    if int(version_text) != FORMAT_VERSION:
        raise KoperasiError("batch.unknown_version", version=int(version_text))
    try:
        header, records = _parse_body(body)
    except _Invalid:
        raise KoperasiError("batch.damaged") from None
    return Batch(header, records, digest)


class _Invalid(Exception):
    pass


def _take(obj: dict, name: str, kind: type | tuple[type, ...]) -> object:
    if name not in obj:
        raise _Invalid(name)
    value = obj[name]
    if isinstance(value, bool) or not isinstance(value, kind):
        raise _Invalid(name)
    return value


def _text(obj: dict, name: str, limit: int = 200) -> str:
    value = _take(obj, name, str)
    assert isinstance(value, str)
    if len(value) > limit:
        raise _Invalid(name)
    return value


def _date(obj: dict, name: str) -> str:
    value = _text(obj, name, 10)
    try:
        datetime.date.fromisoformat(value)
    except ValueError:
        raise _Invalid(name) from None
    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        raise _Invalid(name)
    return value


def _int(obj: dict, name: str, low: int, high: int) -> int:
    value = _take(obj, name, int)
    assert isinstance(value, int)
    if not low <= value <= high:
        raise _Invalid(name)
    return value


def _optional_bp(obj: dict, name: str) -> int | None:
    if obj.get(name, 0) is None:
        return None
    return _int(obj, name, 0, MAX_BP)


def _read_deductions(obj: dict) -> tuple[Deduction, ...]:
    items = _take(obj, "deductions", list)
    assert isinstance(items, list)
    result = []
    for item in items:
        if not isinstance(item, dict) or set(item) != {"kind", "grams", "percent_bp"}:
            raise _Invalid("deductions")
        kind = _text(item, "kind", 20)
        if kind not in ("tare", "moisture", "dirt", "other"):
            raise _Invalid("deductions")
        result.append(
            Deduction(kind, _int(item, "grams", 0, MAX_GRAMS), _optional_bp(item, "percent_bp"))
        )
    return tuple(result)


_DELIVERY_KEYS = {
    "type",
    "id",
    "receipt",
    "date",
    "recorded_at",
    "member",
    "commodity",
    "gross_grams",
    "deductions",
    "net_grams",
    "quality_bp",
    "plot",
}
_CORRECTION_KEYS = {
    "type",
    "id",
    "delivery",
    "action",
    "recorded_at",
    "reason",
    "date",
    "member",
    "gross_grams",
    "deductions",
    "net_grams",
    "quality_bp",
    "plot",
}


def _check_weights(gross: int, deductions: tuple[Deduction, ...], net: int) -> None:
    if net != gross - sum(d.grams for d in deductions) or net <= 0:
        raise _Invalid("net_grams")


def _read_record(obj: object, post_id: str) -> Record:
    if not isinstance(obj, dict):
        raise _Invalid("record")
    kind = obj.get("type")
    if kind == "delivery" and set(obj) - {"manual"} == _DELIVERY_KEYS:
        manual = obj.get("manual", False)
        if manual is not True and "manual" in obj:
            raise _Invalid("manual")
        receipt = _text(obj, "receipt", 40)
        record_id = _text(obj, "id")
        if record_id != stable_id(post_id, receipt):
            raise _Invalid("id")
        deductions = _read_deductions(obj)
        gross, net = _int(obj, "gross_grams", 1, MAX_GRAMS), _int(obj, "net_grams", 1, MAX_GRAMS)
        _check_weights(gross, deductions, net)
        return DeliveryRecord(
            stable_id=record_id,
            receipt=receipt,
            date=_date(obj, "date"),
            recorded_at=_text(obj, "recorded_at", 40),
            member_number=_text(obj, "member", 40),
            commodity=_text(obj, "commodity", 100),
            gross_grams=gross,
            deductions=deductions,
            net_grams=net,
            quality_bp=_optional_bp(obj, "quality_bp"),
            plot=_text(obj, "plot"),
            weight_manual=manual,
        )
    if kind == "correction" and set(obj) == _CORRECTION_KEYS:
        delivery = _text(obj, "delivery")
        record_id = _text(obj, "id")
        if not delivery.startswith(f"{post_id}/") or not re.fullmatch(
            re.escape(delivery) + r"/K[1-9][0-9]{0,5}", record_id
        ):
            raise _Invalid("id")
        action = _text(obj, "action", 10)
        if action not in ("correct", "void"):
            raise _Invalid("action")
        deductions = _read_deductions(obj)
        gross, net = _int(obj, "gross_grams", 0, MAX_GRAMS), _int(obj, "net_grams", 0, MAX_GRAMS)
        if action == "correct":
            _check_weights(gross, deductions, net)
            _date(obj, "date")
        return CorrectionRecord(
            stable_id=record_id,
            delivery=delivery,
            action=action,
            recorded_at=_text(obj, "recorded_at", 40),
            reason=_text(obj, "reason", 500),
            date=_text(obj, "date", 10),
            member_number=_text(obj, "member", 40),
            gross_grams=gross,
            deductions=deductions,
            net_grams=net,
            quality_bp=_optional_bp(obj, "quality_bp"),
            plot=_text(obj, "plot"),
        )
    raise _Invalid("record")


def _parse_body(body: bytes) -> tuple[BatchHeader, tuple[Record, ...]]:
    """The header and records of a signed body; _Invalid when they do not have exactly the
    shape this version writes."""
    try:
        obj = json.loads(body.decode("utf-8"))
        if not isinstance(obj, dict) or set(obj) != {"header", "records"}:
            raise _Invalid("body")
        head = obj["header"]
        if not isinstance(head, dict) or set(head) != {
            "post",
            "book",
            "created",
            "sequence",
            "previous",
        }:
            raise _Invalid("header")
        post_id = _text(head, "post", 16)
        previous = _text(head, "previous", 64)
        if not _POST_ID.fullmatch(post_id) or not re.fullmatch(r"(?:[0-9a-f]{64})?", previous):
            raise _Invalid("header")
        header = BatchHeader(
            post_id=post_id,
            book_id=_text(head, "book", 100),
            created=_text(head, "created", 40),
            sequence=_int(head, "sequence", 1, 10**9),
            previous_hash=previous,
        )
        if (header.sequence == 1) != (previous == ""):
            raise _Invalid("previous")
        items = _take(obj, "records", list)
        assert isinstance(items, list)
        records = tuple(_read_record(item, post_id) for item in items)
        ids = [r.stable_id for r in records]
        if len(set(ids)) != len(ids):
            raise _Invalid("duplicate id")
    except (UnicodeDecodeError, json.JSONDecodeError, RecursionError) as error:
        raise _Invalid(type(error).__name__) from None
    return header, records
