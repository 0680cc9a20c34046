"""Weighing posts (pos timbang) without a network.

A main book sets up a post: `create_post(post_id, path)` makes a new book file for it with
the cooperative's profile, commodities and member list, a receipt prefix of its own
(NT-P2-2026-000123) and a key that both books keep. The post exports its new deliveries as
a signed batch (koperasi.core.batch) on a USB stick; the office imports it: every record
exactly once by its stable id, the whole file refused (nothing written) when the signature
fails, the file is damaged, a batch in between is missing, or any record does not fit the
book. Corrections and voids made at the post after a delivery was sent travel as
correction records and are applied here as corrections, never as silent overwrites. The
office sends member-list updates back (koperasi.core.postfiles).
"""

from __future__ import annotations

import datetime
import re
import secrets
from collections.abc import Callable
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import TYPE_CHECKING

from koperasi.book.deliveries import DeductionInput
from koperasi.book.ops import operation
from koperasi.core import batch as batches
from koperasi.core import postfiles
from koperasi.core.errors import KoperasiError
from koperasi.core.model import Deduction, Profile
from koperasi.core.numbering import SERIES, document_number
from koperasi.store.rows import iso

if TYPE_CHECKING:
    from koperasi.book.book import Book

# The book's settings that make it a post.
POST_ID, POST_KEY, POST_MAIN = "post.id", "post.key", "post.main_book"
POST_SEQUENCE, POST_DIGEST, POST_MEMBERS = "post.sequence", "post.digest", "post.members_sequence"
BOOK_UID = "book.uid"


@dataclass(frozen=True)
class ExportResult:
    """What a post's export wrote: sequence 0 and no records when there was nothing new."""

    sequence: int
    deliveries: int
    corrections: int

    @property
    def empty(self) -> bool:
        return not (self.deliveries or self.corrections)


@dataclass
class ImportPlan:
    """What a batch brings, before (preview) or after it was imported.

    Attributes:
      post_id, sequence: whose batch, and which of theirs.
      new_deliveries / new_corrections: the records not imported before.
      already: records of this batch imported before (a batch imported twice).
      imported: True once written.
    """

    post_id: str
    sequence: int
    new_deliveries: list[batches.DeliveryRecord] = field(default_factory=list)
    new_corrections: list[batches.CorrectionRecord] = field(default_factory=list)
    already: int = 0
    imported: bool = False

    @property
    def net_grams(self) -> int:
        return sum(r.net_grams for r in self.new_deliveries)

    def as_json(self) -> dict:
        return {
            "post": self.post_id,
            "sequence": self.sequence,
            "new_deliveries": len(self.new_deliveries),
            "new_corrections": len(self.new_corrections),
            "already_imported": self.already,
            "net_grams": self.net_grams,
            "imported": self.imported,
            "deliveries": [
                {
                    "id": r.stable_id,
                    "receipt": r.receipt,
                    "date": r.date,
                    "member": r.member_number,
                    "commodity": r.commodity,
                    "gross_grams": r.gross_grams,
                    "net_grams": r.net_grams,
                }
                for r in self.new_deliveries
            ],
            "corrections": [
                {"id": r.stable_id, "delivery": r.delivery, "action": r.action, "reason": r.reason}
                for r in self.new_corrections
            ],
        }


def _deduction_inputs(deductions) -> list[DeductionInput]:
    return [
        DeductionInput(d.kind, None if d.percent_bp is not None else d.grams, d.percent_bp)
        for d in deductions
    ]


class Posts:
    def __init__(self, book: Book) -> None:
        self.book = book
        self._store = book._store_posts

    # -- what this book is -------------------------------------------------------------

    @property
    def post_id(self) -> str:
        """This book's post id ("P2") when it is a weighing post, else ""."""
        return self.book._settings.get(POST_ID) or ""

    @property
    def is_post(self) -> bool:
        return bool(self.post_id)

    def receipt_number(self, year: int, seq: int) -> str:
        """NT-2026-000012 in a main book, NT-P2-2026-000012 at post P2."""
        post = self.post_id
        if not post:
            return document_number("receipt", year, seq)
        prefix, digits = SERIES["receipt"]
        return f"{prefix}-{post}-{year}-{seq:0{digits}d}"

    def _uid(self) -> str:
        uid = self.book._settings.get(BOOK_UID)
        if not uid:
            uid = secrets.token_hex(8)
            self.book._settings.set_many({BOOK_UID: uid})
        return uid

    def posts(self) -> list[dict]:
        """The main book's posts: post_id, name, last_sequence, and counts imported."""
        result = []
        for p in self._store.posts():
            deliveries, corrections = self._store.imported_count(p["post_id"])
            result.append(
                {
                    "post_id": p["post_id"],
                    "name": p["name"],
                    "last_sequence": p["last_sequence"],
                    "deliveries": deliveries,
                    "corrections": corrections,
                }
            )
        return result

    def imported_as(self, receipt: str) -> str | None:
        """The stable id of a delivery imported from a post, or None."""
        return self._store.is_imported(self.book.deliveries.get(receipt).id)

    # -- setting a post up (at the main book) ----------------------------------------------

    def _check_new(self, post_id: str) -> str:
        post_id = (post_id or "").strip().upper()
        if not re.fullmatch(r"[A-Z0-9][A-Z0-9-]{0,15}", post_id):
            raise KoperasiError("post.bad_id", post=post_id)
        if self.is_post:
            raise KoperasiError("post.is_post")
        if self._store.post(post_id) is not None:
            raise KoperasiError("post.exists", post=post_id)
        return post_id

    @operation("post.add", "settings")
    def add(self, post_id: str, name: str = "", key: bytes | None = None) -> bytes:
        """Register a post and return its key (new unless given; the post book keeps the
        same key)."""
        post_id = self._check_new(post_id)
        key = key or batches.new_key()
        self._uid()
        self._store.add_post(post_id, name.strip(), batches.key_text(key))
        return key

    def create_post(self, post_id: str, path: str | Path, name: str = "") -> Book:
        """A new book file at `path` for weighing post `post_id` of this book: the profile,
        commodities and members copied, the key shared. Returns the new book, open."""
        from koperasi.book.book import Book

        post_id = self._check_new(post_id)
        if Path(path).exists():
            raise KoperasiError("book.exists", path=str(path))
        if self.book._settings.get(BOOK_UID) is None:
            with self.book.atomic():
                self._uid()
        key = batches.new_key()
        profile = self.book.profile
        values = {
            f.name: getattr(profile, f.name)
            for f in fields(Profile)
            if f.name not in ("name", "logo")
        }
        post = Book.create(path, profile.name, **values)
        try:
            post.today = self.book.today
            with post.atomic():
                if profile.logo:
                    post.update_profile(logo=profile.logo)
                for c in self.book.commodities.list():
                    post._store_commodities.insert(c)
                post._settings.set_many(
                    {
                        POST_ID: post_id,
                        POST_KEY: batches.key_text(key),
                        POST_MAIN: self.book._settings.get(BOOK_UID) or "",
                        POST_SEQUENCE: "0",
                        POST_DIGEST: "",
                        POST_MEMBERS: "0",
                    }
                )
                post.posts._copy_members(self._member_rows())
        except BaseException:
            post.close()
            raise
        self.add(post_id, name, key)
        return post

    def _member_rows(self) -> list[dict]:
        return [
            {
                "number": m.number,
                "name": m.name,
                "nik": m.nik,
                "gender": m.gender,
                "village": m.village,
                "address": m.address,
                "phone": m.phone,
                "joined": iso(m.joined),
                "active": m.active,
                "left_on": iso(m.left_on),
            }
            for m in self.book.members.list()
        ]

    def _copy_members(self, rows: list[dict]) -> int:
        for row in rows:
            self._store.copy_member(row)
        return len(rows)

    def _post(self, post_id: str) -> dict:
        post = self._store.post(post_id)
        if post is None:
            raise KoperasiError("post.unknown", post=post_id)
        return post

    # -- member list (office -> post) -------------------------------------------------------

    @operation("post.export_members", "settings")
    def export_members(self, post_id: str) -> bytes:
        """The whole member list, signed for one post."""
        post = self._post((post_id or "").strip().upper())
        sequence = post["members_sequence"] + 1
        self._store.set_members_sequence(post["post_id"], sequence)
        header = {
            "book": self._uid(),
            "post": post["post_id"],
            "sequence": sequence,
            "created": self.book.today().isoformat(),
        }
        return postfiles.write_members(
            header, self._member_rows(), batches.parse_key(post["key_hex"])
        )

    @operation("post.import_members", "members")
    def import_members(self, data: bytes) -> int:
        """Take the office's member list at a post; returns how many members it holds, or 0
        when it is older than the one taken before."""
        if not self.is_post:
            raise KoperasiError("post.not_a_post")
        header, members = postfiles.read_members(data, self._key())
        if header.get("post") != self.post_id or header.get("book") != self.book._settings.get(
            POST_MAIN
        ):
            raise KoperasiError("post.wrong_book")
        if header["sequence"] <= int(self.book._settings.get(POST_MEMBERS) or 0):
            return 0
        count = self._copy_members(members)
        self.book._settings.set_many({POST_MEMBERS: str(header["sequence"])})
        return count

    # -- export (at a post) -----------------------------------------------------------------

    def _key(self) -> bytes:
        return batches.parse_key(self.book._settings.get(POST_KEY) or "")

    def _delivery_record(self, delivery) -> batches.DeliveryRecord:
        member = self.book.members.by_id(delivery.member_id)
        commodity = self.book.commodities.by_id(delivery.commodity_id)
        return batches.DeliveryRecord(
            stable_id=batches.stable_id(self.post_id, delivery.receipt),
            receipt=delivery.receipt,
            date=delivery.date.isoformat(),
            recorded_at=delivery.recorded_at or "",
            member_number=member.number,
            commodity=commodity.name,
            gross_grams=delivery.gross_grams,
            deductions=delivery.deductions,
            net_grams=delivery.net_grams,
            quality_bp=delivery.quality_bp if commodity.uses_quality else None,
            plot=delivery.plot,
            weight_manual=delivery.weight_manual,
        )

    def _correction_record(self, delivery, n: int, row: dict) -> batches.CorrectionRecord:
        delivery_id = batches.stable_id(self.post_id, delivery.receipt)
        common = {
            "stable_id": batches.correction_id(delivery_id, n),
            "delivery": delivery_id,
            "recorded_at": row["changed_at"] or "",
            "reason": row["reason"],
        }
        if row["action"] == "void":
            return batches.CorrectionRecord(action="void", **common)
        after = row["after"]
        commodity = self.book.commodities.by_id(after["commodity_id"])
        deductions = tuple(
            Deduction(d["kind"], d["grams"], d["percent_bp"]) for d in after["deductions"]
        )
        return batches.CorrectionRecord(
            action="correct",
            date=after["date"],
            member_number=self.book.members.by_id(after["member_id"]).number,
            gross_grams=after["gross_grams"],
            deductions=deductions,
            net_grams=after["net_grams"],
            quality_bp=after["quality_bp"] if commodity.uses_quality else None,
            plot=after.get("plot", ""),
            **common,
        )

    @operation("post.export", "settings")
    def export(self, write: Callable[[bytes], None]) -> ExportResult:
        """Write the deliveries and corrections not sent yet as the post's next batch.
        `write` gets the bytes inside the transaction: when it fails, nothing counts as
        sent. With nothing new, nothing is written and the result is empty."""
        if not self.is_post:
            raise KoperasiError("post.not_a_post")
        sequence = int(self.book._settings.get(POST_SEQUENCE) or 0) + 1
        records: list[batches.Record] = []
        sent: list[tuple[str, int, int]] = []  # (stable id, delivery id, history id)
        deliveries = corrections = 0
        history = self._store.unsent_history()  # before this batch's deliveries count as sent
        for delivery_id in self._store.unsent_deliveries():
            delivery = self.book._store_deliveries.get(delivery_id)
            record = self._delivery_record(delivery)
            records.append(record)
            sent.append((record.stable_id, delivery_id, self._store.last_history_id(delivery_id)))
            deliveries += 1
            if delivery.status == "void":  # voided before it was ever sent
                void = batches.CorrectionRecord(
                    stable_id=batches.correction_id(record.stable_id, 1),
                    delivery=record.stable_id,
                    action="void",
                    recorded_at="",
                    reason=delivery.void_reason or "-",
                )
                records.append(void)
                sent.append((void.stable_id, delivery_id, sent[-1][2]))
                corrections += 1
        counts: dict[int, int] = {}
        for row in history:
            delivery = self.book._store_deliveries.get(row["delivery_id"])
            n = counts.setdefault(row["delivery_id"], row["sent_corrections"]) + 1
            counts[row["delivery_id"]] = n
            record = self._correction_record(delivery, n, row)
            records.append(record)
            sent.append((record.stable_id, row["delivery_id"], row["id"]))
            corrections += 1
        if not records:
            return ExportResult(0, 0, 0)
        header = batches.BatchHeader(
            post_id=self.post_id,
            book_id=self.book._settings.get(POST_MAIN) or "",
            created=self.book.today().isoformat(),
            sequence=sequence,
            previous_hash=self.book._settings.get(POST_DIGEST) or "",
        )
        data = batches.write_batch(header, records, self._key())
        digest = batches.read_batch(data, self._key()).digest
        for stable_id, delivery_id, history_id in sent:
            self._store.add_export(stable_id, sequence, delivery_id, history_id)
        self.book._settings.set_many({POST_SEQUENCE: str(sequence), POST_DIGEST: digest})
        write(data)
        return ExportResult(sequence, deliveries, corrections)

    # -- import (at the main book) ------------------------------------------------------------

    def _read(self, data: bytes) -> tuple[dict, batches.Batch]:
        if self.is_post:
            raise KoperasiError("post.is_post")
        post = self._post(postfiles.batch_post_id(data))
        batch = batches.read_batch(data, batches.parse_key(post["key_hex"]))
        if batch.header.book_id != (self.book._settings.get(BOOK_UID) or ""):
            raise KoperasiError("post.wrong_book")
        return post, batch

    def _plan(self, post: dict, batch: batches.Batch) -> ImportPlan:
        header = batch.header
        plan = ImportPlan(header.post_id, header.sequence)
        last = post["last_sequence"]
        if header.sequence > last + 1:
            raise KoperasiError(
                "post.batch_missing", post=header.post_id, expected=last + 1, got=header.sequence
            )
        if header.sequence == last + 1 and header.previous_hash != post["last_digest"]:
            raise KoperasiError("post.batch_chain", post=header.post_id, sequence=header.sequence)
        done = self._store.imported([r.stable_id for r in batch.records])
        for record in batch.records:
            if record.stable_id in done:
                plan.already += 1
            elif isinstance(record, batches.DeliveryRecord):
                plan.new_deliveries.append(record)
            else:
                plan.new_corrections.append(record)
        if header.sequence <= last and (plan.new_deliveries or plan.new_corrections):
            # A batch imported before brings nothing new; anything else is not that batch.
            raise KoperasiError("batch.damaged")
        for record in plan.new_deliveries:  # the book's refusals, before anything is written
            self.book.members.get(record.member_number)
            self.book.commodities.get(record.commodity)
        return plan

    def preview(self, data: bytes) -> ImportPlan:
        """What importing this batch would bring in; nothing is written."""
        return self._plan(*self._read(data))

    @operation("post.import", "deliveries")
    def import_batch(self, data: bytes) -> ImportPlan:
        """Import a post's batch: each record once, all of it or (on any refusal) nothing."""
        post, batch = self._read(data)
        plan = self._plan(post, batch)
        sequence = batch.header.sequence
        for r in plan.new_deliveries:
            delivery = self.book.deliveries.record_from_post(
                receipt=r.receipt,
                recorded_at=r.recorded_at,
                member=r.member_number,
                commodity=r.commodity,
                gross_grams=r.gross_grams,
                date=datetime.date.fromisoformat(r.date),
                deductions=_deduction_inputs(r.deductions),
                quality_bp=r.quality_bp,
                plot=r.plot,
                weight_manual=r.weight_manual,
            )
            if delivery.net_grams != r.net_grams:
                raise KoperasiError("post.weights_differ", receipt=r.receipt)
            self._store.add_import(r.stable_id, plan.post_id, sequence, delivery.id, "delivery")
        for c in plan.new_corrections:
            target = self._store.imported([c.delivery]).get(c.delivery)
            if target is None:
                raise KoperasiError("post.correction_unknown", delivery=c.delivery)
            receipt = self.book._store_deliveries.get(target).receipt
            reason = f"{c.reason} ({plan.post_id})"
            if c.action == "void":
                self.book.deliveries.void(receipt, reason)
            else:
                self.book.deliveries.correct(
                    receipt,
                    reason,
                    member=c.member_number,
                    gross_grams=c.gross_grams,
                    date=datetime.date.fromisoformat(c.date),
                    deductions=_deduction_inputs(c.deductions),
                    quality_bp=c.quality_bp,
                    plot=c.plot,
                )
            self._store.add_import(c.stable_id, plan.post_id, sequence, target, "correction")
        if sequence > post["last_sequence"]:
            self._store.set_received(plan.post_id, sequence, batch.digest)
        plan.imported = True
        return plan
