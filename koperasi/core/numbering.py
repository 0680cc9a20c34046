"""How the book's gapless numbers look: receipts, sales, payout slips, journal entries."""

from __future__ import annotations

# series name → (prefix, digits); every series restarts at 1 each year.
SERIES = {
    "receipt": ("NT", 6),
    "sale": ("PJ", 4),
    "slip": ("SP", 6),
    "journal": ("JU", 6),
    # receipts (kwitansi) for savings deposits and withdrawals and for loan repayments
    "kwitansi": ("KW", 6),
    "loan": ("PN", 4),  # pinjaman
    "kasbon": ("KB", 4),
    "cash": ("KS", 6),  # cash-book vouchers (bukti kas)
    "exit": ("KL", 4),  # a member leaves (keluar): the exit statement
    "collection": ("PP", 6),  # a buyer's payment of a receivable (pelunasan piutang)
    "exit_payment": ("KK", 6),  # kept savings paid to a member who left (i10c)
}


def document_number(series: str, year: int, seq: int) -> str:
    """receipt, 2026, 12 → NT-2026-000012."""
    prefix, digits = SERIES[series]
    return f"{prefix}-{year}-{seq:0{digits}d}"


def gaps(seqs: list[int]) -> list[int]:
    """The numbers missing from 1..max(seqs), and so the breaks in a gapless series."""
    present = set(seqs)
    return [n for n in range(1, max(present, default=0) + 1) if n not in present]


SERIES["honorarium"] = ("BP", 6)  # bukti potong PPh 21 on a honorarium (branch i14tax)
