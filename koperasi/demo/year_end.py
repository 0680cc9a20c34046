"""The demo's year end: the annual meeting (RAT) closes the year and shares its SHU."""

from __future__ import annotations

import datetime
import json

from koperasi.core import accounts as acc
from koperasi.core.model import JournalEntry, JournalLine
from koperasi.core.shu import DEFAULT_SHU_SPLIT_BP, SHU_PARTS, check_split, distribute

RAT_DAY = (2, 10)  # the annual meeting: the past year's SHU is shared and the year closed
SHU_PAY_DAY = (2, 24)  # members collect their SHU


class YearEnd:
    """The annual meeting and the members collecting their SHU."""

    def _rat(self, year: int, day: datetime.date) -> None:
        """The annual meeting: the year's surplus closed and distributed as Shu.post does it
        (both entries dated 31 December), and the year closed with it."""
        n = self.member_count
        text = f"Konsumsi dan perlengkapan RAT tahun buku {year}"
        amount = round((1_500_000 + 1_500 * n) / 50_000) * 50_000
        self._voucher(day, "expense", "Rapat/RAT", amount, text)
        end = datetime.date(year, 12, 31)
        created_at = f"{day.isoformat()} 09:00:00"
        results = self.results.get(year, {})
        income = [(a, c - d) for a, (d, c) in sorted(results.items()) if self.kinds[a] == "income"]
        expenses = [
            (a, d - c) for a, (d, c) in sorted(results.items()) if self.kinds[a] == "expense"
        ]
        total_income = sum(v for _, v in income)
        total_expenses = sum(v for _, v in expenses)
        surplus = total_income - total_expenses
        if surplus > 0:
            split = check_split(DEFAULT_SHU_SPLIT_BP)
            transactions = self.transactions.get(year, {})
            capital = self.capital[year]
            d = distribute(year, surplus, split, transactions, capital)
            closing: list[JournalLine] = []
            for account, amount in income:
                if amount:
                    closing.append(
                        JournalLine(account, debit=amount)
                        if amount > 0
                        else JournalLine(account, credit=-amount)
                    )
            for account, amount in expenses:
                if amount:
                    closing.append(
                        JournalLine(account, credit=amount)
                        if amount > 0
                        else JournalLine(account, debit=-amount)
                    )
            closing.append(JournalLine(acc.CURRENT_SURPLUS, credit=surplus))
            funds: dict[str, int] = {}
            for part in SHU_PARTS:
                if part not in ("jasa_usaha", "jasa_modal") and d.parts[part]:
                    account = acc.SHU_PART_ACCOUNTS[part]
                    funds[account] = funds.get(account, 0) + d.parts[part]
            lines = [JournalLine(acc.CURRENT_SURPLUS, debit=surplus)]
            lines += [JournalLine(a, credit=v) for a, v in sorted(funds.items())]
            lines += [
                JournalLine(acc.SHU_PAYABLE, credit=d.member_total(m), member_id=m)
                for m in d.members
                if d.member_total(m)
            ]
            close_id = self._post(
                JournalEntry(
                    end,
                    f"Tutup buku {year}: pendapatan dan beban ke SHU tahun berjalan",
                    tuple(closing),
                    source="shu_close",
                    source_id=year,
                ),
                created_at,
            )
            entry_id = self._post(
                JournalEntry(
                    end,
                    f"Pembagian SHU {year} menurut AD/ART",
                    tuple(lines),
                    source="shu",
                    source_id=year,
                ),
                created_at,
            )
            self.out["shu_distributions"].append(
                (year, total_income, total_expenses, surplus, json.dumps(d.parts),
                 json.dumps(split), close_id, entry_id, created_at)
            )  # fmt: skip
            self.out["shu_members"].extend(
                (year, m, transactions.get(m, 0), capital.get(m, 0), d.jasa_usaha.get(m, 0),
                 d.jasa_modal.get(m, 0))
                for m in d.members
            )  # fmt: skip
            self.shu_unpaid[year] = [(m, d.member_total(m)) for m in d.members if d.member_total(m)]
            note = f"Tutup buku {year} dengan pembagian SHU"
        else:
            note = f"Tutup buku {year}"
        self.out["closings"].append(
            (self._next_id("closings"), end.isoformat(), f"{day.isoformat()} 09:30:00", note)
        )

    def _pay_shu(self, year: int, day: datetime.date) -> None:
        """Members collect their SHU: most in cash, some credited to their simpanan sukarela
        (one entry each way, as Shu.pay does it)."""
        rng = self.money_rng
        iso = day.isoformat()
        created_at = f"{iso} 09:00:00"
        in_cash, to_savings = [], []
        for member_id, amount in self.shu_unpaid.pop(year):
            (in_cash if rng.random() < 0.65 else to_savings).append((member_id, amount))
        if in_cash:
            total = sum(a for _, a in in_cash)
            self._ensure_cash(day, total, f"Tarik tunai dari bank untuk pembagian SHU {year}")

            lines = [JournalLine(acc.SHU_PAYABLE, debit=a, member_id=m) for m, a in in_cash]
            lines.append(JournalLine(acc.CASH, credit=total))
            entry_id = self._post(
                JournalEntry(
                    day,
                    f"Pembayaran SHU {year} tunai",
                    tuple(lines),
                    source="shu_payment",
                    source_id=year,
                ),
                created_at,
            )
            self.out["shu_payments"].extend(
                (self._next_id("shu_payments"), year, m, "cash", iso, a, None, entry_id, created_at)
                for m, a in in_cash
            )
        if to_savings:
            lines = [JournalLine(acc.SHU_PAYABLE, debit=a, member_id=m) for m, a in to_savings]
            lines += [
                JournalLine(acc.VOLUNTARY_SAVINGS, credit=a, member_id=m) for m, a in to_savings
            ]
            entry_id = self._post(
                JournalEntry(
                    day,
                    f"SHU {year} dimasukkan ke simpanan sukarela",
                    tuple(lines),
                    source="shu_payment",
                    source_id=year,
                ),
                created_at,
            )
            for m, a in to_savings:
                savings_id = self._next_id("savings")
                seq, number = self._kwitansi(day.year)
                self.out["savings"].append(
                    (savings_id, number, day.year, seq, iso, m, "sukarela", a, "shu", None, None,
                     entry_id, f"SHU {year}", created_at)
                )  # fmt: skip
                self.by_id[m].sukarela += a
                self.out["shu_payments"].append(
                    (self._next_id("shu_payments"), year, m, "sukarela", iso, a, savings_id,
                     entry_id, created_at)
                )  # fmt: skip
