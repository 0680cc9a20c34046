"""Who may do what: the four roles of a cooperative's book and the operations each may run.

Users are optional: a book with no users is a single treasurer's, and everything is allowed.
Once a book has users, every write is a named operation (koperasi.book.ops) run by a logged-in
user whose role allows it; reading (reports, check, the audit log) is open to every role.

- bendahara (treasurer): everything.
- ketua (chair): reads, and approves what the board decides: reversals and voids of posted
  records, and the RAT's decisions (the SHU split, posting the SHU).
- pengawas (supervisor): reads only: reports, check, the audit log.
- petugas (weighing clerk): records, corrects and voids deliveries only.
"""

from __future__ import annotations

import hashlib
import hmac
import os
import unicodedata
from dataclasses import dataclass

ROLES = ("bendahara", "ketua", "pengawas", "petugas")

# The operations each role other than bendahara may run; bendahara may run any.
ALLOWED: dict[str, frozenset[str]] = {
    "ketua": frozenset(
        {
            "journal.reverse",
            "cash.void",
            "savings.void",
            "delivery.void",
            "shu.set_split",
            "shu.post",
            "sale.reverse",  # issue 10: a sale reversed, a payout slip voided
            "payout.void",
        }
    ),
    "pengawas": frozenset(),
    "petugas": frozenset({"delivery.record", "delivery.correct", "delivery.void"}),
}


def may(role: str, operation: str) -> bool:
    """True when `role` may run the named operation ("book.write" for an unnamed write)."""
    if role == "bendahara":
        return True
    return operation in ALLOWED.get(role, frozenset())


# hashlib.scrypt with the cost the issue fixes: n=2**17, r=8, p=1, a 16-byte salt. It needs
# 128 * r * n bytes (128 MiB) of memory, above hashlib's 32 MiB default, hence MAXMEM.
SCRYPT_N = 2**17
SCRYPT_R = 8
SCRYPT_P = 1
SALT_BYTES = 16
MAXMEM = 256 * 1024 * 1024


@dataclass(frozen=True)
class PasswordHash:
    """A stored password: scrypt's output and everything needed to check it again.

    Attributes:
      salt, digest: hex text.
      n, r, p: scrypt's cost parameters (n is stored per user, so a book keeps working if the
        default cost is raised later; tests pass a lower n to stay fast).
    """

    salt: str
    digest: str
    n: int = SCRYPT_N
    r: int = SCRYPT_R
    p: int = SCRYPT_P


def _scrypt(password: str, salt: bytes, n: int, r: int, p: int) -> bytes:
    return hashlib.scrypt(
        password.encode("utf-8"), salt=salt, n=n, r=r, p=p, maxmem=MAXMEM, dklen=32
    )


def hash_password(password: str, n: int = SCRYPT_N, salt: bytes | None = None) -> PasswordHash:
    """A new salted scrypt hash of `password`. `n` is lowered only by tests."""
    salt = salt if salt is not None else os.urandom(SALT_BYTES)
    return PasswordHash(salt.hex(), _scrypt(password, salt, n, SCRYPT_R, SCRYPT_P).hex(), n)


def password_matches(password: str, stored: PasswordHash) -> bool:
    """Constant-time comparison of a typed password with the stored hash."""
    try:
        digest = _scrypt(password, bytes.fromhex(stored.salt), stored.n, stored.r, stored.p)
    except (ValueError, MemoryError):
        return False
    return hmac.compare_digest(digest.hex(), stored.digest)


def clean_name(name: str) -> str:
    """A user name with spaces collapsed; invisible characters (zero-width spaces) make no
    name, so a name of only those is empty."""
    visible = "".join(ch for ch in name if unicodedata.category(ch) not in ("Cf", "Cc", "Co", "Cn"))
    return " ".join(visible.split()) if visible.strip() else ""
