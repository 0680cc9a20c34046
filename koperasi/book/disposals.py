"""A fixed asset sold or written off (pelepasan aset tetap; issue 14, branch i14gui).

Depreciation runs to the end of the month the asset leaves in, the same convention as its
start (from the month after it was bought): every month is someone's, once. Months before
that one not yet posted are posted first, for every asset, by the ordinary monthly posting
(book.assets.depreciate) in the same transaction: they are due anyway, and the treasurer
gets one action instead of a refusal and a second trip. The month it leaves in is posted
by the disposal entry itself (that month may not be over yet), unless the monthly entry of
that month already holds it. One entry, source 'asset_disposal':

    Dr 5107 Beban Penyusutan        the month it left (if not already posted)
    Cr 1309 Akumulasi Penyusutan    the same
    Dr 1309 Akumulasi Penyusutan    all its depreciation
    Dr 1101/1102 Kas or Bank        the proceeds (none for a write-off)
    Dr 5109 Rugi Pelepasan          or Cr 4904 Laba Pelepasan: proceeds − book value
    Cr 1301 Aset Tetap              its cost

A disposal is reversed, with a reason, dated as the disposal (it is undone as if it never
happened), while no later month's depreciation is posted; never edited.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass
from typing import TYPE_CHECKING

from koperasi.book.assets import MONEY, AssetStatus, month_end
from koperasi.book.ops import operation
from koperasi.core import accounts as acc
from koperasi.core import fmt
from koperasi.core.assets import accumulated, for_month
from koperasi.core.errors import KoperasiError
from koperasi.core.journal import reversal_of
from koperasi.core.model import JournalEntry, JournalLine
from koperasi.store.asset_disposals import DisposalStore

if TYPE_CHECKING:
    from koperasi.book.book import Book


@dataclass(frozen=True)
class Disposal:
    """What a disposal did: the asset as it left, and the depreciation months it posted
    first (month end, amount) for every asset."""

    asset: AssetStatus
    depreciation_posted: tuple[tuple[datetime.date, int], ...]

    @property
    def gain(self) -> int:
        assert self.asset.disposal is not None
        return self.asset.disposal.gain


def _previous_month_end(day: datetime.date) -> datetime.date:
    return day.replace(day=1) - datetime.timedelta(days=1)


class Disposals:
    def __init__(self, book: Book) -> None:
        self.book = book
        self._store = DisposalStore(book._db)

    def _asset(self, number: str) -> AssetStatus:
        """The asset as of today (a disposal is never dated after today)."""
        wanted = (number or "").strip().upper()
        for a in self.book.assets.list(self.book.today()):
            if a.row.number.upper() == wanted:
                return a
        raise KoperasiError("disposal.no_asset", number=number)

    def _later_posted(self, end: datetime.date) -> datetime.date | None:
        """The last month end after `end` whose depreciation is posted, if any."""
        posted = self.book.assets._posted_until(self.book.today())
        return posted if posted is not None and posted > end else None

    @operation("asset.dispose", "assets", "journal")
    def dispose(
        self,
        number: str,
        date: datetime.date | None = None,
        proceeds: int = 0,
        money: str = "kas",
        reason: str = "",
    ) -> Disposal:
        """Sell (proceeds > 0) or write off (proceeds 0) an asset on a day."""
        day = self.book.closing.check_date(date)
        if proceeds is None or proceeds < 0:
            raise KoperasiError("disposal.bad_proceeds")
        account = MONEY.get((money or "kas").strip().lower())
        if account is None:
            raise KoperasiError("asset.bad_money")
        status = self._asset(number)
        row = status.row
        if status.disposal is not None:
            raise KoperasiError(
                "disposal.already", number=row.number, date=fmt.date_short(status.disposal.date)
            )
        if day < row.acquired:
            raise KoperasiError(
                "disposal.before_acquired", number=row.number, date=fmt.date_short(row.acquired)
            )
        end = month_end(day.year, day.month)
        later = self._later_posted(end)
        if later is not None:
            # Those months' entries hold this asset's depreciation after it left.
            raise KoperasiError(
                "disposal.after_depreciation", date=fmt.date_short(later), number=row.number
            )
        with self.book.atomic():
            posted: list[tuple[datetime.date, int]] = []
            before = _previous_month_end(day)
            if before >= row.acquired and self._unposted(before):
                posted = self.book.assets.depreciate(before.year, before.month)
            total = accumulated(row.cost, row.residual, row.life_months, row.acquired, end)
            this_month = (
                0
                if self.book.assets._posted(end)
                else for_month(row.cost, row.residual, row.life_months, row.acquired, end)
            )
            book_value = row.cost - total
            gain = proceeds - book_value
            what = "Penjualan" if proceeds else "Penghapusan"
            lines = [
                JournalLine(acc.DEPRECIATION_EXPENSE, debit=this_month),
                JournalLine(acc.ACCUMULATED_DEPRECIATION, credit=this_month),
                JournalLine(acc.ACCUMULATED_DEPRECIATION, debit=total),
                JournalLine(account, debit=proceeds),
                JournalLine(acc.DISPOSAL_LOSS, debit=-gain if gain < 0 else 0),
                JournalLine(acc.DISPOSAL_GAIN, credit=gain if gain > 0 else 0),
                JournalLine(acc.FIXED_ASSETS, credit=row.cost),
            ]
            description = f"{what} aset tetap {row.number}: {row.name}"
            if reason.strip():
                description += f" ({' '.join(reason.split())})"
            entry_id, _ = self.book.journal.post(
                JournalEntry(
                    day,
                    description,
                    tuple(x for x in lines if x.debit or x.credit),
                    source="asset_disposal",
                    source_id=row.id,
                )
            )
            self._store.insert(
                row.id,
                day,
                proceeds,
                account if proceeds else None,
                total,
                this_month,
                gain,
                " ".join(reason.split()),
                entry_id,
            )
        return Disposal(self._asset(row.number), tuple(posted))

    def _unposted(self, until: datetime.date) -> bool:
        """A month up to `until` with depreciation due and not posted."""
        try:
            self.book.assets.require_depreciated(until)
        except KoperasiError:
            return True
        return False

    @operation("asset.dispose_reverse", "assets", "journal")
    def reverse(self, number: str, reason: str) -> AssetStatus:
        """Undo a disposal entered in error: its entry reversed on its own date."""
        reason = " ".join((reason or "").split())
        if not reason:
            raise KoperasiError("disposal.reason_required")
        status = self._asset(number)
        disposal = status.disposal
        if disposal is None:
            raise KoperasiError("disposal.not_disposed", number=status.row.number)
        self.book.closing.require_open(disposal.date)
        end = month_end(disposal.date.year, disposal.date.month)
        later = self._later_posted(end)
        if later is not None or (disposal.depreciation and self.book.assets._posted(end)):
            raise KoperasiError(
                "disposal.reverse_after_depreciation",
                number=status.row.number,
                date=fmt.date_short(later or end),
            )
        with self.book.atomic():
            entry = self.book.journal.by_id(disposal.entry_id)
            entry_id, _ = self.book.journal.post(
                reversal_of(
                    entry, disposal.date, f"Pembatalan pelepasan {status.row.number}: {reason}"
                )
            )
            self._store.insert_reversal(disposal.id, reason, entry_id)
        return self._asset(status.row.number)
