"""The sale wizard's read model: the book's preview of a sale and each member's share of it,
with how many deliveries and grams each member brought."""

from __future__ import annotations

from dataclasses import dataclass

from koperasi.book import Book
from koperasi.book.payouts import ShareStatus
from koperasi.book.sales import SaleInput, SalePreview


@dataclass(frozen=True)
class SaleShares:
    """A sale as it would be settled.

    Attributes:
      shares: one per member in the pool, by member number (payout None: nothing is paid).
      deliveries / net_grams / total_share: the sums over `shares`.
    """

    preview: SalePreview
    shares: tuple[ShareStatus, ...]
    deliveries: int
    net_grams: int
    total_share: int


def sale_shares(book: Book, sale: SaleInput) -> SaleShares:
    """The book's preview of `sale` (nothing is saved) and each member's share of it."""
    preview = book.sales.preview(sale)
    members = book.members.by_ids(list(preview.settlement.shares))
    counts: dict[int, int] = {}
    grams: dict[int, int] = {}
    for pooled in preview.pool:
        counts[pooled.member_id] = counts.get(pooled.member_id, 0) + 1
        grams[pooled.member_id] = grams.get(pooled.member_id, 0) + pooled.net_grams
    shares = sorted(
        (
            ShareStatus(members[member_id], counts[member_id], grams[member_id], share, None)
            for member_id, share in preview.settlement.shares.items()
        ),
        key=lambda s: s.member.number,
    )
    return SaleShares(
        preview=preview,
        shares=tuple(shares),
        deliveries=sum(s.deliveries for s in shares),
        net_grams=sum(s.net_grams for s in shares),
        total_share=sum(s.share for s in shares),
    )
