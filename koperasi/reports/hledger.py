"""The journal as an hledger journal, so an independent program can check our balances."""

from __future__ import annotations

import datetime
from collections.abc import Iterator

from koperasi.book import Book

# hledger's account tree by kind, so `hledger bs` and `hledger is` read it as a balance
# sheet and an income statement.
KIND_ROOTS = {
    "asset": "aset",
    "liability": "kewajiban",
    "equity": "ekuitas",
    "income": "pendapatan",
    "expense": "beban",
}
COMMODITY = "IDR"
# hledger's account types (`type:` tags): Asset, Liability, Equity, Revenue, eXpense; Kas
# and Bank are Cash (a kind of asset) so `hledger cashflow` finds them.
KIND_TYPES = {"asset": "A", "liability": "L", "equity": "E", "income": "R", "expense": "X"}
CASH_CODES = {"1101", "1102"}
# The year-end entries closing income and expenses carry the tag `closing:`, so
# `hledger is -p YEAR not:tag:closing` shows the year's result as our statement does.
CLOSING_SOURCES = {"shu_close"}


def account_name(code: str, name: str, kind: str) -> str:
    # Colons separate hledger's levels and two spaces end a name: keep them out of ours.
    clean = " ".join(name.replace(":", " ").split())
    return f"{KIND_ROOTS[kind]}:{code} {clean}"


def hledger_lines(book: Book, until: datetime.date | None = None) -> Iterator[str]:
    accounts = {a.code: a for a in book.journal.accounts()}
    members = {m.id: m.number for m in book.members.list()}
    profile = book.profile
    yield f"; {profile.name}: jurnal umum, diekspor oleh Koperasi"
    yield f"commodity 1000. {COMMODITY}"  # whole rupiah: decimal point, no decimals
    yield ""
    for account in accounts.values():
        kind = "C" if account.code in CASH_CODES else KIND_TYPES[account.kind]
        yield f"account {account_name(account.code, account.name_id, account.kind)}  ; type: {kind}"
    yield ""
    end = until or datetime.date.max
    for entry in book.journal.entries(datetime.date.min, end):
        description = " ".join(entry.description.split()).replace(";", ",")
        yield f"{entry.date.isoformat()} * ({entry.number}) {description}"
        if entry.reverses is not None:
            yield f"    ; reverses: {entry.reverses}"
        if entry.source in CLOSING_SOURCES:
            yield f"    ; closing: {entry.date.year}"
        for line in entry.lines:
            account = accounts[line.account]
            amount = line.debit if line.debit else -line.credit
            tag = f"  ; member: {members[line.member_id]}" if line.member_id in members else ""
            yield f"    {account_name(account.code, account.name_id, account.kind)}  {amount} {COMMODITY}{tag}"
        yield ""


def hledger_journal(book: Book, until: datetime.date | None = None) -> str:
    return "\n".join(hledger_lines(book, until)) + "\n"
