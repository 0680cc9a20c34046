"""The book's records as immutable values: what each one holds, in exact units."""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field

from koperasi.core.units import FULL_QUALITY_BP


@dataclass(frozen=True)
class Profile:
    """The cooperative as it prints on every document.

    Attributes:
      name: e.g. "Koperasi Produsen Tani Lembah Jaya".
      address, village, district, regency, province: where it is.
      registration_no: nomor badan hukum.
      chairman, treasurer: names printed under signature lines.
      member_prefix: member numbers look like PREFIX-0001.
      language: "id" or "en", for printouts.
      phone: contact number.
      logo: PNG/JPEG bytes, or None.
    """

    name: str
    address: str = ""
    village: str = ""
    district: str = ""
    regency: str = ""
    province: str = ""
    registration_no: str = ""
    chairman: str = ""
    treasurer: str = ""
    member_prefix: str = "A"
    language: str = "id"
    phone: str = ""
    logo: bytes | None = field(default=None, repr=False)


@dataclass(frozen=True)
class Member:
    """A farmer who belongs to the cooperative.

    Attributes:
      id: database id.
      number: e.g. "LJ-0001", assigned by the book.
      gender: "L" (laki-laki), "P" (perempuan) or "".
      joined: join date.
      active: False once deactivated; a member with records is never deleted.
    """

    id: int
    number: str
    name: str
    nik: str | None = None
    gender: str = ""
    village: str = ""
    address: str = ""
    phone: str = ""
    joined: datetime.date | None = None
    active: bool = True
    left_on: datetime.date | None = None


@dataclass(frozen=True)
class Commodity:
    """Something members deliver and the cooperative sells.

    Attributes:
      fee_kind: "percent" (fee_bp of the gross) or "per_kg" (fee_cents_per_kg of sold weight).
      uses_quality: a quality factor (rubber's KKK) applies to deliveries.
    """

    id: int
    name: str
    unit: str = "kg"
    fee_kind: str = "percent"
    fee_bp: int = 0
    fee_cents_per_kg: int = 0
    uses_quality: bool = False
    active: bool = True


@dataclass(frozen=True)
class Deduction:
    """One weight deduction at the weighing point (tare, moisture, dirt...).

    Attributes:
      kind: "tare", "moisture", "dirt" or "other".
      grams: the deduction in grams (already resolved when given as a percentage).
      percent_bp: the percentage it was entered as, or None when entered in kg.
    """

    kind: str
    grams: int
    percent_bp: int | None = None


@dataclass(frozen=True)
class Delivery:
    """One weighing of one member's harvest.

    Attributes:
      receipt: the receipt number (nota timbang), gapless per year.
      status: "open", "settled" or "void".
      weight_equivalent: net grams × quality basis points.
      part: the rupiah from its sale, once settled.
    """

    id: int
    receipt: str
    date: datetime.date
    member_id: int
    commodity_id: int
    gross_grams: int
    deductions: tuple[Deduction, ...]
    net_grams: int
    quality_bp: int = FULL_QUALITY_BP
    plot: str = ""
    status: str = "open"
    sale_id: int | None = None
    part: int | None = None
    void_reason: str = ""
    recorded_at: str = ""
    weight_manual: bool = False  # the weight was typed by hand, not read from the scale

    @property
    def weight_equivalent(self) -> int:
        return self.net_grams * self.quality_bp


@dataclass(frozen=True)
class SaleCost:
    """A cost of a sale paid on the members' behalf (transport, loading, levies)."""

    label: str
    amount: int
    account: str = "1101"


@dataclass(frozen=True)
class Account:
    """An account of the chart: code, names in both languages, kind and normal side."""

    code: str
    name_id: str
    name_en: str
    kind: str  # asset, liability, equity, income, expense
    normal: str  # "debit" or "credit"

    def name(self, lang: str = "id") -> str:
        return self.name_en if lang == "en" else self.name_id


@dataclass(frozen=True)
class JournalLine:
    """One side of a journal entry: a debit or a credit to an account, optionally for a member."""

    account: str
    debit: int = 0
    credit: int = 0
    member_id: int | None = None
    memo: str = ""


@dataclass(frozen=True)
class JournalEntry:
    """A balanced double-entry posting. Posted entries are never changed, only reversed.

    Attributes:
      source: "sale", "payout", "reversal", ... what the entry records.
      source_id: the id of that record.
      reverses: the id of the entry this one reverses, if any.
    """

    date: datetime.date
    description: str
    lines: tuple[JournalLine, ...]
    source: str = ""
    source_id: int | None = None
    reverses: int | None = None
    id: int | None = None
    number: str = ""
