"""The other files between a weighing post and its main book: the member list the office
sends to a post, signed like a delivery batch (koperasi.core.batch), and a look at a batch's
header before its key is known (to choose the post's key).

A member-list file, in UTF-8, four lines:

    KOPERASI-MEMBERS 1
    {"header": {"book": ..., "post": ..., "sequence": n, "created": ...}, "members": [...]}
    SHA256 <hex>
    HMAC-SHA256 <hex>

Every member list is whole (every member of the main book), so a post that missed one just
takes the next; its sequence only keeps an older list from replacing a newer one.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import re

from koperasi.core.batch import MAGIC as BATCH_MAGIC
from koperasi.core.errors import KoperasiError

MEMBERS_MAGIC = b"KOPERASI-MEMBERS"
MEMBERS_VERSION = 1
_TAIL = re.compile(rb"SHA256 ([0-9a-f]{64})\nHMAC-SHA256 ([0-9a-f]{64})\n")
_MEMBER_KEYS = {
    "number",
    "name",
    "nik",
    "gender",
    "village",
    "address",
    "phone",
    "joined",
    "active",
    "left_on",
}


def file_kind(data: bytes) -> str:
    """ "batch", "members" or "" from the first bytes of a file."""
    if data.startswith(BATCH_MAGIC + b" "):
        return "batch"
    if data.startswith(MEMBERS_MAGIC + b" "):
        return "members"
    return ""


def batch_post_id(data: bytes) -> str:
    """The post a batch says it comes from (unchecked: the signature is checked with that
    post's key afterwards); a KoperasiError when the file cannot even say that."""
    if file_kind(data) != "batch":
        raise KoperasiError("batch.not_a_batch")
    try:
        body = data.split(b"\n", 2)[1]
        post = json.loads(body.decode("utf-8"))["header"]["post"]
    except (IndexError, ValueError, KeyError, TypeError, UnicodeDecodeError):
        raise KoperasiError("batch.damaged") from None
    if not isinstance(post, str) or not re.fullmatch(r"[A-Z0-9][A-Z0-9-]{0,15}", post):
        raise KoperasiError("batch.damaged")
    return post


def write_members(header: dict, members: list[dict], key: bytes) -> bytes:
    for m in members:
        if set(m) != _MEMBER_KEYS:
            raise ValueError(f"member fields {sorted(m)}")
    body = json.dumps(
        {"header": header, "members": members},
        sort_keys=True,
        separators=(",", ":"),
        ensure_ascii=False,
    )
    signed = MEMBERS_MAGIC + f" {MEMBERS_VERSION}\n".encode() + body.encode("utf-8") + b"\n"
    digest = hashlib.sha256(signed).hexdigest()
    mac = hmac.new(key, signed, hashlib.sha256).hexdigest()
    return signed + f"SHA256 {digest}\nHMAC-SHA256 {mac}\n".encode("ascii")


def read_members(data: bytes, key: bytes) -> tuple[dict, list[dict]]:
    """(header, members) of a member-list file, or a KoperasiError and nothing taken."""
    if file_kind(data) != "members":
        raise KoperasiError("batch.not_a_batch")
    first, _, rest = data.partition(b"\n")
    body, newline, tail = rest.partition(b"\n")
    match = _TAIL.fullmatch(tail)
    if not newline or not match or first != MEMBERS_MAGIC + f" {MEMBERS_VERSION}".encode():
        raise KoperasiError("batch.damaged")
    signed = first + b"\n" + body + b"\n"
    if not hmac.compare_digest(hashlib.sha256(signed).hexdigest().encode(), match[1]):
        raise KoperasiError("batch.damaged")
    if not hmac.compare_digest(
        hmac.new(key, signed, hashlib.sha256).hexdigest().encode(), match[2]
    ):
        raise KoperasiError("batch.bad_signature")
    try:
        obj = json.loads(body.decode("utf-8"))
        header, members = obj["header"], obj["members"]
        if not isinstance(header, dict) or not isinstance(members, list):
            raise ValueError
        if not isinstance(header.get("sequence"), int) or not isinstance(header.get("post"), str):
            raise ValueError
        for m in members:
            if not isinstance(m, dict) or set(m) != _MEMBER_KEYS:
                raise ValueError
            if not isinstance(m["number"], str) or not isinstance(m["name"], str):
                raise ValueError
    except (ValueError, KeyError, TypeError, UnicodeDecodeError):
        raise KoperasiError("batch.damaged") from None
    return header, members
