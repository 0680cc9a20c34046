"""The chart of accounts a book may extend, under fixed parents (pure).

A cooperative adds its own accounts under six parents, each with a fixed kind: receivables
(12xx, current assets), current liabilities (21xx), long-term liabilities (22xx, e.g. a bank
loan), operating income (41xx), other income (49xx) and expenses (51xx). Never under money
(11xx: Kas and Bank only), fixed assets (13xx: the asset register), or equity (3xxx: the
members' savings and what the year end and the members' meeting post).

Under each parent the codes xx01–xx49 belong to the program (2111 Utang PPh Pasal 21, 4904 and
5109 on disposals came in later versions, added by a migration): a cooperative's own accounts
take xx50–xx99, so an account the program adds later can never land on one of theirs.
"""

from __future__ import annotations

import re

from koperasi.core.errors import KoperasiError
from koperasi.core.model import Account

PARENTS: dict[str, str] = {
    "12": "asset",
    "21": "liability",
    "22": "liability",
    "41": "income",
    "49": "income",
    "51": "expense",
}
NORMAL = {"asset": "debit", "expense": "debit", "liability": "credit", "income": "credit"}


def new_account(code: str, name_id: str, name_en: str = "") -> Account:
    """An account to add: its kind and normal side from its parent (the first two digits)."""
    code = (code or "").strip()
    name = " ".join((name_id or "").split())
    if not re.fullmatch(r"\d{4}", code) or code[:2] not in PARENTS:
        raise KoperasiError("account.bad_code", account=code, parents=", ".join(PARENTS))
    if not name:
        raise KoperasiError("account.no_name")
    kind = PARENTS[code[:2]]
    return Account(code, name, " ".join((name_en or "").split()) or name, kind, NORMAL[kind])


FIRST_USER_CODE = 50  # xx50: the first code of a parent left to the cooperative


def check_user_code(code: str) -> None:
    """Refuse a code the program keeps for its own accounts (xx01–xx49)."""
    if int(code[2:]) < FIRST_USER_CODE:
        first = f"{code[:2]}{FIRST_USER_CODE}"
        raise KoperasiError("account.reserved_code", account=code, first=first)


def next_user_code(parent: str, codes: list[str]) -> str:
    """The first free code of the cooperative's own under a parent ("" when all are used)."""
    used = {c for c in codes if c.startswith(parent)}
    for number in range(FIRST_USER_CODE, 100):
        code = f"{parent}{number:02d}"
        if code not in used:
            return code
    return ""
