"""Honoraria paid net of the PPh 21 withheld (branch i14tax), and the PPh 21 of a month or
a year: withheld, paid, payable.

A honorarium is one transaction and one journal entry: Dr 5102 Beban Honorarium (gross),
Cr Kas or Bank (net), Cr 2111 Utang PPh Pasal 21 (the tax withheld); it gets a bukti potong
number (BP-2026-000001, gapless per year). The computation (core.tax.pph21) is per payment.
The tax withheld is paid through the cash book ('Setor PPh 21': Dr 2111, Cr Kas/Bank).
No tax advice beyond the computation.
"""

from __future__ import annotations

import datetime
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from koperasi.book.ops import operation
from koperasi.core import accounts as acc
from koperasi.core import fmt
from koperasi.core.errors import KoperasiError
from koperasi.core.journal import reversal_of
from koperasi.core.limits import check_rupiah
from koperasi.core.model import JournalEntry, JournalLine
from koperasi.core.numbering import document_number
from koperasi.core.tax import PPH21_CATEGORIES, Pph21, pph21
from koperasi.store.honoraria import HonorariumRow, HonorariumStore
from koperasi.store.tax import TaxStore

if TYPE_CHECKING:
    from koperasi.book.book import Book

FROM = {"kas": acc.CASH, "cash": acc.CASH, "tunai": acc.CASH, "bank": acc.BANK}
SERIES = "honorarium"


@dataclass(frozen=True)
class Pph21Line:
    """PPh 21 of a month (1-12) or the year (month 0): the honoraria paid in it (count and
    gross), the tax withheld (credits to 2111), paid (debits to 2111), and 2111 at its end."""

    year: int
    month: int
    count: int
    gross: int
    withheld: int
    paid: int
    payable: int


def _bounds(year: int, month: int) -> tuple[datetime.date, datetime.date]:
    if not month:
        return datetime.date(year, 1, 1), datetime.date(year, 12, 31)
    start = datetime.date(year, month, 1)
    end = datetime.date(year + (month == 12), month % 12 + 1, 1) - datetime.timedelta(days=1)
    return start, end


def clean_tax_id(tax_id: str | None) -> str:
    """A NIK (16 digits) or NPWP (15 or 16 digits), dots and dashes dropped; '' for none."""
    text = (tax_id or "").strip()
    digits = re.sub(r"[\s.\-]", "", text)
    if digits and not re.fullmatch(r"\d{15,16}", digits):
        raise KoperasiError("pph21.bad_tax_id", tax_id=text)
    return digits


class Honoraria:
    def __init__(self, book: Book) -> None:
        self.book = book
        self._store = HonorariumStore(book._db)
        self._tax_store = TaxStore(book._db)

    def compute(self, category: str, gross: int, tax_id: str = "") -> Pph21:
        """The PPh 21 on a honorarium, without paying it (a screen shows it as typed)."""
        category = (category or "").strip().lower()
        if category not in PPH21_CATEGORIES:
            raise KoperasiError("pph21.bad_category", category=category)
        if not isinstance(gross, int) or isinstance(gross, bool) or gross <= 0:
            raise KoperasiError("pph21.bad_gross")
        check_rupiah(gross)
        return pph21(category, gross, bool(clean_tax_id(tax_id)))

    @operation("tax.pay_honorarium", "cash", "journal")
    def pay(
        self,
        name: str,
        category: str,
        gross: int,
        date: datetime.date | None = None,
        source: str = "kas",
        tax_id: str = "",
        description: str = "",
    ) -> HonorariumRow:
        """Pay a honorarium net of PPh 21, from Kas or Bank, with its bukti potong."""
        who = " ".join((name or "").split())
        if not who:
            raise KoperasiError("pph21.name_required")
        account = FROM.get((source or "").strip().lower())
        if account is None:
            raise KoperasiError("pph21.bad_from", source=source)
        digits = clean_tax_id(tax_id)
        computed = self.compute(category, gross, digits)
        day = self.book.closing.check_date(date)
        text = " ".join((description or "").split())
        with self.book.atomic():
            seq = self.book._settings.next_seq(SERIES, day.year)
            number = document_number(SERIES, day.year, seq)
            row_id = self._store.next_id()
            lines = [
                JournalLine(acc.HONORARIUM_EXPENSE, debit=computed.gross),
                JournalLine(account, credit=computed.net),
            ]
            if computed.tax:
                lines.append(JournalLine(acc.PPH21_PAYABLE, credit=computed.tax))
            entry_id, _ = self.book.journal.post(
                JournalEntry(
                    day,
                    f"Honorarium {number} {who} ({computed.category})"
                    + (f": {text}" if text else "")
                    + f", PPh 21 dipotong {computed.tax}",
                    tuple(lines),
                    source=SERIES,
                    source_id=row_id,
                )
            )
            row = HonorariumRow(
                row_id,
                number,
                day,
                who,
                digits,
                computed.category,
                computed.gross,
                computed.base,
                computed.rate_bp,
                computed.surcharge_bp,
                computed.tax,
                computed.net,
                account,
                text,
                entry_id,
            )
            self._store.insert(row, day.year, seq)
        return row

    # -- reading ------------------------------------------------------------------------

    def get(self, number: str) -> HonorariumRow:
        row = self._store.get((number or "").strip().upper())
        if row is None:
            raise KoperasiError("pph21.not_found", number=number)
        return row

    def between(self, start: datetime.date, end: datetime.date) -> list[HonorariumRow]:
        return self._store.between(start, end)

    @operation("tax.void_honorarium", "cash", "journal")
    def void(self, number: str, reason: str, date: datetime.date | None = None) -> HonorariumRow:
        """Void a honorarium paid by mistake: its entry reversed (Kas/Bank receives the net
        back, 2111 gives up the tax withheld), dated in an open period; the bukti potong
        keeps its number and shows it is void."""
        text = " ".join((reason or "").split())
        if not text:
            raise KoperasiError("delivery.reason_required")
        row = self.get(number)
        if row.void_date is not None:
            raise KoperasiError("pph21.already_void", number=row.number)
        day = self.book.closing.check_date(date)
        if day < row.date:
            raise KoperasiError("input.bad_date", text=fmt.date_short(day))
        original = self.book._store_journal.get(row.entry_id)
        mirror = reversal_of(original, day, "")
        with self.book.atomic():
            entry_id, _ = self.book.journal.post(
                JournalEntry(
                    day,
                    f"Pembatalan honorarium {row.number} {row.name}: {text}",
                    mirror.lines,
                    source=SERIES,
                    source_id=row.id,
                    reverses=original.id,
                )
            )
            self._store.insert_void(row.id, day, text, entry_id)
        return self.get(row.number)

    def line(self, year: int, month: int = 0) -> Pph21Line:
        """PPh 21 of a month (1-12) or of the year (0): a void counts in the period it is
        dated, taking its honorarium and its tax back out."""
        if not 0 <= month <= 12:
            raise KoperasiError("tax.bad_month", month=month)
        start, end = _bounds(year, month)
        rows = self._store.between(start, end)
        voids = self._store.voided_between(start, end)
        # Withheld: what honoraria and their voids put on 2111; paid: what anything else took
        # off it (the cash book's 'Setor PPh 21', less a voided deposit).
        h_debit, h_credit, o_debit, o_credit = self._store.movements(acc.PPH21_PAYABLE, start, end)
        debit, credit = self._tax_store.movements(acc.PPH21_PAYABLE, datetime.date.min, end)
        return Pph21Line(
            year,
            month,
            len(rows) - len(voids),
            sum(r.gross for r in rows) - sum(r.gross for r in voids),
            h_credit - h_debit,
            o_debit - o_credit,
            credit - debit,
        )
