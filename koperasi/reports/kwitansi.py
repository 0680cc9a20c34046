"""A receipt (kwitansi) for money a member hands over or takes: a savings deposit or
withdrawal, or a loan repayment, with the amount in words and the balance after it."""

from __future__ import annotations

import datetime
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from koperasi.core.errors import KoperasiError
from koperasi.core.terbilang import amount_in_words
from koperasi.reports.header import Header, header_of
from koperasi.reports.slips import meterai_duty

if TYPE_CHECKING:
    from koperasi.book.book import Book


@dataclass(frozen=True)
class KwitansiData:
    """One receipt, every figure computed.

    Attributes:
      kind: "deposit" or "withdrawal" of savings, "repayment" of a kasbon or pinjaman.
      savings_kind: "pokok", "wajib" or "sukarela" for savings, "" for a repayment.
      method: "cash", "transfer", "payout" (deducted from a payout slip) or "shu" (the
        member's SHU credited to their savings).
      amount: what changed hands, always positive; received says which way: True when the
        cooperative received it (a deposit, a repayment), False when it paid it out.
      in_words: terbilang of the amount, in the header's language.
      balance_after: the savings balance of that kind after this receipt, or for a
        repayment the loan principal still owed after it.
      loan_number, loan_kind, principal, service: a repayment's loan and how it split
        (the service charge due first, then principal).
      slip: the payout slip that deducted it, for method "payout".
      voids: the receipt this one voids, or ""; voided_by: the receipt that voids this one.
      meterai_duty: the duty stamp the receipt needs (above Rp 5.000.000), or None.
      shu_year, jasa_usaha, jasa_modal: a receipt of kind "shu" (a member's SHU paid in
        cash): the year and the two parts of the share.
    """

    header: Header
    number: str
    date: datetime.date
    kind: str
    savings_kind: str
    method: str
    member_number: str
    member_name: str
    member_village: str
    amount: int
    received: bool
    in_words: str
    balance_after: int
    memo: str = ""
    loan_number: str = ""
    loan_kind: str = ""
    principal: int = 0
    service: int = 0
    slip: str = ""
    voids: str = ""
    voided_by: str = ""
    meterai_duty: int | None = None
    shu_year: int = 0
    jasa_usaha: int = 0
    jasa_modal: int = 0


def _slip_of(book: Book, member_id: int, payout_id: int | None) -> str:
    if payout_id is None:
        return ""
    return book.payouts.slip_of(member_id, payout_id)


def savings_receipt_data(book: Book, number: str) -> KwitansiData:
    """The receipt of a savings movement (a deposit, a withdrawal or the void of either)."""
    header = header_of(book)
    row = book.savings.get(number)
    member = book.members.by_id(row.member_id)
    balance = next(
        (m.balance for m in book.savings.movements(member.number) if m.row.id == row.id), 0
    )
    voids = ""
    if row.reverses is not None:
        voids = book.savings.by_id(row.reverses).number
    amount = abs(row.amount)
    return KwitansiData(
        header=header,
        number=row.number,
        date=row.date,
        kind="deposit" if row.amount > 0 else "withdrawal",
        savings_kind=row.kind,
        method=row.method,
        member_number=member.number,
        member_name=member.name,
        member_village=member.village,
        amount=amount,
        received=row.amount > 0,
        in_words=amount_in_words(amount, header.lang),
        balance_after=balance,
        memo=row.memo,
        slip=_slip_of(book, member.id, row.payout_id),
        voids=voids,
        voided_by=book.savings.voided_by(row.id),
        meterai_duty=meterai_duty(amount),
    )


def repayment_receipt_data(book: Book, number: str) -> KwitansiData:
    """The receipt of a loan repayment, in cash or deducted from a payout."""
    header = header_of(book)
    row = book.loans.get_repayment(number)
    loan = book.loans.by_id(row.loan_id)
    member = book.members.by_id(loan.member_id)
    repaid = 0
    for r in book.loans.repayments(loan.number):
        repaid += r.principal
        if r.id == row.id:
            break
    amount = row.principal + row.service
    return KwitansiData(
        header=header,
        number=row.number,
        date=row.date,
        kind="repayment",
        savings_kind="",
        method=row.method,
        member_number=member.number,
        member_name=member.name,
        member_village=member.village,
        amount=amount,
        received=True,
        in_words=amount_in_words(amount, header.lang),
        balance_after=loan.principal - repaid,
        loan_number=loan.number,
        loan_kind=loan.kind,
        principal=row.principal,
        service=row.service,
        slip=_slip_of(book, member.id, row.payout_id),
        meterai_duty=meterai_duty(amount),
    )


def shu_receipt_data(book: Book, year: int, member: str) -> KwitansiData:
    """The receipt of a member's SHU of a year paid in cash or by bank transfer
    (SHU-2025-LJ-0026)."""
    from koperasi.reports.statement import shu_receipt_number

    header = header_of(book)
    the_member = book.members.get(member)
    found = [(row, paid) for row, paid in book.shu.of_member(the_member.number) if row.year == year]
    if not found or found[0][1] is None or found[0][1].method not in ("cash", "transfer"):
        raise KoperasiError("shu.no_cash_receipt", number=the_member.number, year=year)
    row, paid = found[0]
    assert paid is not None
    return KwitansiData(
        header=header,
        number=shu_receipt_number(year, the_member.number),
        date=paid.date,
        kind="shu",
        savings_kind="",
        method=paid.method,
        member_number=the_member.number,
        member_name=the_member.name,
        member_village=the_member.village,
        amount=paid.amount,
        received=False,
        in_words=amount_in_words(paid.amount, header.lang),
        balance_after=0,
        meterai_duty=meterai_duty(paid.amount),
        shu_year=year,
        jasa_usaha=row.jasa_usaha,
        jasa_modal=row.jasa_modal,
    )


def kwitansi_data(book: Book, number: str) -> KwitansiData:
    """Any receipt of the kwitansi series (KW-...): savings movements and loan repayments
    share it; SHU-2025-LJ-0026 is the receipt of a member's SHU paid in cash."""
    number = (number or "").strip()
    shu = re.fullmatch(r"SHU-(\d{4})-(.+)", number, re.IGNORECASE)
    if shu:
        return shu_receipt_data(book, int(shu.group(1)), shu.group(2))
    if book.savings.find(number) is not None:
        return savings_receipt_data(book, number)
    if book.loans.find_repayment(number) is not None:
        return repayment_receipt_data(book, number)
    raise KoperasiError("savings.not_found", number=number)
