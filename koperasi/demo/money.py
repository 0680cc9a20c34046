"""The demo's money: savings, kasbon and loans, and the office's cash book."""

from __future__ import annotations

import datetime
import math
from dataclasses import dataclass

from koperasi.book.loans import plan_of, position_of
from koperasi.book.savings import KIND_NAMES
from koperasi.core import accounts as acc
from koperasi.core import fmt
from koperasi.core.loans import split_repayment
from koperasi.core.model import JournalEntry, JournalLine
from koperasi.core.numbering import document_number
from koperasi.core.savings import SAVINGS_ACCOUNTS
from koperasi.core.units import money_at_rate
from koperasi.demo.people import _Member
from koperasi.demo.year_end import RAT_DAY, SHU_PAY_DAY
from koperasi.store.loans import LoanRow

# Savings, loans and the office.
POKOK_AMOUNT = 100_000  # simpanan pokok, paid on joining
WAJIB_AMOUNT = 10_000  # simpanan wajib a month, deducted at payout
KASBON_RATE = 0.005  # advances a week, per member without one
LOAN_RATE = 0.008  # loans a month, per member of six months' standing without one
CASH_REPAYERS = 0.35  # borrowers who bring their installments to the office in cash
SUKARELA_DEPOSITS = 0.003  # voluntary deposits a week, per member
SUKARELA_WITHDRAWALS = 0.002  # withdrawals a week, per member
ARREARS_FROM = (150, 300)  # the loan in arrears was granted this many days before today
BANK_INTEREST_BP = 10  # jasa giro: 0.1 % a month
BANK_CHARGE = 15_000  # the bank's monthly charge
LOAN_PURPOSES = (
    "Pupuk dan racun rumput",
    "Bibit karet unggul",
    "Bibit sawit bersertifikat",
    "Perbaikan rumah",
    "Biaya sekolah anak",
    "Modal warung",
    "Sepeda motor untuk angkut hasil",
)
TRANSPORT_TEXTS = (
    "Ongkos pengurus ke Dinas Koperasi Sarolangun",
    "Transport antar nota dan timbangan ke pabrik",
    "Ongkos ke bank di Sarolangun",
    "Bensin motor operasional",
)
# (month, day), fund account, category, what was paid for
FUND_SPENDING = (
    ((8, 17), acc.SOCIAL_FUND, "Penyaluran dana sosial", "Santunan anak yatim dan warga sakit"),
    (
        (10, 15),
        acc.EDUCATION_FUND,
        "Penyaluran dana pendidikan",
        "Pelatihan penyadapan karet dan pemupukan sawit",
    ),
)


@dataclass
class _Loan:
    """A kasbon or pinjaman still owed: its row and what was repaid of it so far."""

    row: LoanRow
    principal_paid: int = 0
    service_paid: int = 0
    in_cash: bool = False  # repaid at the office rather than by payout deductions
    stops_after: int | None = None  # installments brought in before the borrower stops paying
    installments_paid: int = 0


class Money:
    """Savings, loans, the cash book: every figure is computed with the same core functions
    and in the same order as the services in koperasi.book (savings, loans, cash, shu,
    payouts), so that the book carries on exactly as if the treasurer had typed it all in."""

    def _active(self, day: datetime.date) -> list[_Member]:
        return [
            m for m in self.members if m.joined <= day and (m.left_on is None or day < m.left_on)
        ]

    def _poisson(self, mean: float) -> int:
        """How many of a rare event happen (Knuth's method; a normal curve for big means)."""
        rng = self.money_rng
        if mean > 30:
            return max(0, round(rng.gauss(mean, mean**0.5)))
        limit, count, product = math.exp(-mean), 0, rng.random()
        while product > limit:
            count += 1
            product *= rng.random()
        return count

    def _kwitansi(self, year: int) -> tuple[int, str]:
        seq = self._next_seq("kwitansi", year)
        return seq, document_number("kwitansi", year, seq)

    def _savings(
        self,
        m: _Member,
        kind: str,
        amount: int,
        day: datetime.date,
        created_at: str,
        method: str = "cash",
    ) -> None:
        """A deposit (amount > 0) or a withdrawal (< 0) at the office, as Savings does it."""
        year = day.year
        savings_id = self._next_id("savings")
        seq, number = self._kwitansi(year)
        money = acc.BANK if method == "transfer" else acc.CASH
        account = SAVINGS_ACCOUNTS[kind]
        if amount > 0:
            text = f"Setoran {KIND_NAMES[kind]} {number} {m.number} {m.name}"
            lines = (
                JournalLine(money, debit=amount),
                JournalLine(account, credit=amount, member_id=m.id),
            )
        else:
            text = f"Penarikan {KIND_NAMES[kind]} {number} {m.number} {m.name}"
            lines = (
                JournalLine(account, debit=-amount, member_id=m.id),
                JournalLine(money, credit=-amount),
            )
        entry_id = self._post(
            JournalEntry(day, text, lines, source="savings", source_id=savings_id), created_at
        )
        self.out["savings"].append(
            (savings_id, number, year, seq, day.isoformat(), m.id, kind, amount, method, None,
             None, entry_id, "", created_at)
        )  # fmt: skip
        setattr(m, kind, getattr(m, kind) + amount)

    def _grant(
        self,
        m: _Member,
        kind: str,
        amount: int,
        day: datetime.date,
        months: int = 0,
        rate_bp: int = 0,
        method: str = "none",
        purpose: str = "",
        in_cash: bool = False,
        stops_after: int | None = None,
    ) -> bool:
        """A kasbon or pinjaman paid out, as Loans.grant does it (from Bank when Kas is short);
        False when neither can spare it: Kas and Bank never go below zero, so it waits."""
        year = day.year
        iso = day.isoformat()
        money = acc.CASH
        if self._free_cash() < amount:
            self._ensure_cash(day, amount)
        if self._free_cash() < amount:
            if self._free_cash(acc.BANK) < amount:
                return False
            money = acc.BANK
        series = "loan" if kind == "pinjaman" else "kasbon"
        loan_id = self._next_id("loans")
        seq = self._next_seq(series, year)
        number = document_number(series, year, seq)
        created_at = f"{iso} 13:{loan_id % 60:02d}:00"
        word = "Kasbon" if kind == "kasbon" else "Pinjaman"
        entry_id = self._post(
            JournalEntry(
                day,
                f"{word} {number} kepada {m.number} {m.name}",
                (
                    JournalLine(acc.MEMBER_RECEIVABLE, debit=amount, member_id=m.id),
                    JournalLine(money, credit=amount),
                ),
                source="loan",
                source_id=loan_id,
            ),
            created_at,
        )
        row = LoanRow(
            loan_id, number, kind, m.id, day, amount, months, rate_bp, method, purpose, money,
            entry_id,
        )  # fmt: skip
        self.out["loans"].append(
            (loan_id, number, year, seq, kind, m.id, iso, amount, months, rate_bp, method,
             purpose, money, entry_id, created_at)
        )  # fmt: skip
        loan = _Loan(row, in_cash=in_cash, stops_after=stops_after)
        self.loans.setdefault(m.id, []).append(loan)
        if in_cash:
            if kind == "kasbon":
                when = day + datetime.timedelta(days=self.money_rng.randint(14, 35))
                self.loan_events.setdefault(when, []).append(loan)
            else:
                for installment in plan_of(row):
                    self.loan_events.setdefault(installment.due, []).append(loan)
        return True

    def _repayment(
        self,
        loan: _Loan,
        day: datetime.date,
        principal: int,
        service: int,
        method: str,
        entry_id: int,
        created_at: str,
        payout_id: int | None = None,
        numbered: tuple[int, int, str] | None = None,
    ) -> None:
        """A repayment row (id, kwitansi seq and number given, or the next ones)."""
        year = day.year
        if numbered is None:
            numbered = (self._next_id("loan_repayments"), *self._kwitansi(year))
        repayment_id, seq, number = numbered
        self.out["loan_repayments"].append(
            (repayment_id, number, year, seq, loan.row.id, day.isoformat(), principal, service,
             method, payout_id, entry_id, created_at)
        )  # fmt: skip
        loan.principal_paid += principal
        loan.service_paid += service
        if loan.principal_paid == loan.row.principal:
            self.loans[loan.row.member_id].remove(loan)

    def _repay_in_cash(self, loan: _Loan, day: datetime.date) -> None:
        """What is due, brought to the office in cash, as Loans.repay books it."""
        if loan.principal_paid == loan.row.principal:
            return
        if loan.stops_after is not None:
            if loan.installments_paid >= loan.stops_after:
                return  # the loan in arrears: nothing more comes in
            loan.installments_paid += 1
        pos = position_of(loan.row, loan.principal_paid, loan.service_paid, day)
        amount = pos.due
        if amount <= 0:
            return
        principal, service = split_repayment(amount, pos.service_due)
        m = self.by_id[loan.row.member_id]
        created_at = f"{day.isoformat()} 14:00:00"
        repayment_id = self._next_id("loan_repayments")
        seq, number = self._kwitansi(day.year)
        lines = [JournalLine(acc.CASH, debit=amount)]
        if principal:
            lines.append(JournalLine(acc.MEMBER_RECEIVABLE, credit=principal, member_id=m.id))
        if service:
            lines.append(JournalLine(acc.LOAN_SERVICE_INCOME, credit=service, member_id=m.id))
        word = "Pembayaran kasbon" if loan.row.kind == "kasbon" else "Angsuran pinjaman"
        entry_id = self._post(
            JournalEntry(
                day,
                f"{word} {loan.row.number} {number} {m.number} {m.name}",
                tuple(lines),
                source="loan_repayment",
                source_id=repayment_id,
            ),
            created_at,
        )
        self._repayment(
            loan,
            day,
            principal,
            service,
            "cash",
            entry_id,
            created_at,
            numbered=(repayment_id, seq, number),
        )

    def _voucher(
        self,
        day: datetime.date,
        kind: str,
        category: str,
        amount: int,
        text: str,
        money: str = acc.CASH,
        to_account: str | None = None,
    ) -> None:
        """A cash-book voucher (or a transfer when to_account is given), as Cash does it."""
        if amount <= 0:
            return
        if kind == "expense" and money == acc.CASH:
            self._ensure_cash(day, amount)
        if kind == "expense" and self._free_cash(money) < amount:
            return  # the treasurer puts it off: Kas and Bank never go below zero
        year = day.year
        iso = day.isoformat()
        cash_id = self._next_id("cash_entries")
        seq = self._next_seq("cash", year)
        number = document_number("cash", year, seq)
        created_at = f"{iso} 15:{cash_id % 60:02d}:00"
        if to_account is not None:
            description = f"{number} {text}"
            lines = (JournalLine(to_account, debit=amount), JournalLine(money, credit=amount))
            category_id = None
        else:
            the_category = self.categories[category]
            category_id = the_category.id
            description = f"{number} {the_category.name_id}: {text}"
            if kind == "income":
                lines = (
                    JournalLine(money, debit=amount),
                    JournalLine(the_category.account, credit=amount),
                )
            else:
                lines = (
                    JournalLine(the_category.account, debit=amount),
                    JournalLine(money, credit=amount),
                )
        entry_id = self._post(
            JournalEntry(day, description, lines, source="cash", source_id=cash_id), created_at
        )
        self.out["cash_entries"].append(
            (cash_id, number, year, seq, iso, kind, category_id, amount, money, to_account, text,
             None, entry_id, created_at)
        )  # fmt: skip

    def _transfer(self, day: datetime.date, source: str, amount: int, text: str = "") -> None:
        target = acc.BANK if source == acc.CASH else acc.CASH
        text = text or ("Setor kas ke bank" if source == acc.CASH else "Tarik tunai dari bank")
        self._voucher(day, "transfer", "", amount, text, money=source, to_account=target)

    def _money_day(self, day: datetime.date) -> None:
        """The office's day after the payouts: new members' simpanan pokok, savings, loans,
        repayments in cash, the cash book, and in February the RAT, the SHU and its payment."""
        iso = day.isoformat()
        for m in self.joining.pop(day, ()):
            self._savings(m, "pokok", POKOK_AMOUNT, day, f"{iso} 08:30:00")
        if (day.month, day.day) == RAT_DAY and day.year - 1 in self.capital:
            self._rat(day.year - 1, day)
        if (day.month, day.day) == SHU_PAY_DAY and day.year - 1 in self.shu_unpaid:
            self._pay_shu(day.year - 1, day)
        for loan in self.loan_events.pop(day, ()):
            self._repay_in_cash(loan, day)
        weekday = day.weekday()
        if weekday == 1:
            self._kasbon_week(day)
        if weekday == 2:
            self._savings_week(day)
        if day.day == 10:
            self._loans_month(day)
        self._cash_book_day(day)
        if weekday == 4:
            self._keep_cash(day)

    def _savings_week(self, day: datetime.date) -> None:
        rng = self.money_rng
        active = self._active(day)
        if not active:
            return
        created_at = f"{day.isoformat()} 11:00:00"
        for m in rng.sample(
            active, min(self._poisson(SUKARELA_DEPOSITS * len(active)), len(active))
        ):
            self._savings(m, "sukarela", rng.randint(1, 40) * 25_000, day, created_at)
        savers = [m for m in active if m.sukarela > 0]
        for m in rng.sample(
            savers, min(self._poisson(SUKARELA_WITHDRAWALS * len(active)), len(savers))
        ):
            amount = round(m.sukarela * rng.uniform(0.2, 1.0) / 10_000) * 10_000
            amount = min(max(amount, 10_000), m.sukarela)
            self._savings(m, "sukarela", -amount, day, created_at)

    def _kasbon_week(self, day: datetime.date) -> None:
        rng = self.money_rng
        free = [
            m
            for m in self._active(day)
            if not any(loan.row.kind == "kasbon" for loan in self.loans.get(m.id, ()))
        ]
        for m in rng.sample(free, min(self._poisson(KASBON_RATE * len(free)), len(free))):
            self._grant(m, "kasbon", rng.randint(4, 30) * 50_000, day, in_cash=rng.random() < 0.25)

    def _loans_month(self, day: datetime.date) -> None:
        rng = self.money_rng
        seasoned = day - datetime.timedelta(days=180)
        free = [
            m
            for m in self._active(day)
            if m.joined <= seasoned
            and not any(loan.row.kind == "pinjaman" for loan in self.loans.get(m.id, ()))
        ]
        for m in rng.sample(free, min(self._poisson(LOAN_RATE * len(free)), len(free))):
            flat = rng.random() < 0.5
            self._grant(
                m,
                "pinjaman",
                rng.randint(10, 100) * 100_000,
                day,
                months=rng.choice((6, 10, 12, 12, 18, 24)),
                rate_bp=150 if flat else 200,
                method="flat" if flat else "declining",
                purpose=rng.choice(LOAN_PURPOSES),
                in_cash=rng.random() < CASH_REPAYERS,
            )
        self._arrears(day, free)

    def _arrears(self, day: datetime.date, free: list[_Member]) -> None:
        """One loan in arrears: granted five to ten months ago to a member whose rubber and
        palms then failed (a fire in the garden), who paid two installments and then stopped."""
        if self.arrears is not None or not free:
            return
        if not (ARREARS_FROM[0] <= (self.today - day).days <= ARREARS_FROM[1]):
            return
        rng = self.money_rng
        m = rng.choice(free)
        if not self._grant(
            m,
            "pinjaman",
            rng.randint(20, 50) * 100_000,
            day,
            months=12,
            rate_bp=150,
            method="flat",
            purpose="Bibit karet unggul",
            in_cash=True,
            stops_after=2,
        ):
            return
        self.arrears = self.loans[m.id][-1]
        m.rubber_turnout = 0.0
        m.palm_turnout = 0.0

    def _cash_book_day(self, day: datetime.date) -> None:
        """Monthly office costs, honoraria, bank interest and charges, the funds' spending."""
        rng = self.money_rng
        n = self.member_count
        month = fmt.month_name(day.month)

        def about(base: float, step: int) -> int:
            return max(round(base * rng.uniform(0.85, 1.15) / step) * step, step)

        if day.day == 5:
            text = f"Rekening listrik dan air kantor {month} {day.year}"
            self._voucher(day, "expense", "Listrik & air", about(150_000 + 40 * n, 1_000), text)
        if day.day == 8:
            text = "Kertas, tinta printer, map dan buku kas"
            self._voucher(day, "expense", "ATK & kantor", about(100_000 + 30 * n, 500), text)
        if day.day in (2, 16):
            text = rng.choice(TRANSPORT_TEXTS)
            self._voucher(day, "expense", "Transport", about(120_000 + 60 * n, 5_000), text)
        if day.day == 25:
            text = f"Honor pengurus dan pengawas {month} {day.year}"
            amount = round((1_000_000 + 2_500 * n) / 50_000) * 50_000
            self._voucher(day, "expense", "Honorarium pengurus", amount, text)
        if (day + datetime.timedelta(days=1)).day == 1 and self.balances[acc.BANK] >= BANK_CHARGE:
            interest = money_at_rate(max(self.balances[acc.BANK], 0), BANK_INTEREST_BP)
            self._voucher(
                day, "income", "Bunga bank", interest, f"Jasa giro {month} {day.year}", acc.BANK
            )
            self._voucher(
                day,
                "expense",
                "Biaya administrasi bank",
                BANK_CHARGE,
                f"Biaya administrasi rekening {month} {day.year}",
                acc.BANK,
            )
        if (day.year, day.month) == self.loss_month:
            self._loss_month(day)
        for month_day, fund, category, text in FUND_SPENDING:
            if (day.month, day.day) == month_day and -self.balances[fund] >= 100_000:
                amount = -self.balances[fund] // 2 // 10_000 * 10_000
                self._voucher(day, "expense", category, amount, text)

    def _year_result(self, year: int) -> int:
        return sum(cr - dr for dr, cr in self.results.get(year, {}).values())

    def _loss_month(self, day: datetime.date) -> None:
        """The flood: on the 1st note where the year's result stands; on the 27th pay the
        repair of the rubber store and the scale, more than the month earned."""
        if day.day == 1:
            self.loss_start = self._year_result(day.year)
        elif day.day == 27:
            earned = self._year_result(day.year) - self.loss_start
            amount = max(earned, 0) * 13 // 10 // 100_000 * 100_000 + 5_000_000
            text = "Perbaikan gudang karet dan timbangan setelah banjir"
            self._voucher(day, "expense", "Beban lain-lain", amount, text)

    def _free_cash(self, account: str = acc.CASH) -> int:
        """Kas (or Bank) less the shares of sales paid from it that are still to be paid out."""
        owed = sum(
            sum(sale.shares.values())
            for sales in self.due.values()
            for sale in sales
            if sale.paid_from == account
        )
        return self.balances[account] - owed

    def _ensure_cash(self, day: datetime.date, amount: int, text: str = "") -> None:
        """Fetch cash from the bank before paying more than Kas can spare."""
        low = 5_000_000 + 5_000 * self.member_count
        short = amount - self._free_cash()
        bank = self._free_cash(acc.BANK)
        if short > 0 and bank > 0:
            fetch = -(-(short + low) // 100_000) * 100_000
            self._transfer(day, acc.BANK, min(fetch, bank), text)

    def _ensure_bank(self, day: datetime.date, amount: int) -> None:
        """Bank the cash a transfer payout needs before it is paid: Bank never goes below zero."""
        short = amount - self.balances[acc.BANK]
        kas = self.balances[acc.CASH]
        if short > 0 and kas > 0:
            self._transfer(day, acc.CASH, min(-(-short // 100_000) * 100_000, kas))

    def _keep_cash(self, day: datetime.date) -> None:
        """On Fridays the treasurer banks the cash beyond what the office needs, or fetches
        cash from the bank when Kas runs low."""
        n = self.member_count
        high, low = 25_000_000 + 25_000 * n, 5_000_000 + 5_000 * n
        kas, bank = self._free_cash(), self._free_cash(acc.BANK)
        if kas > high:
            self._transfer(day, acc.CASH, (kas - high // 2) // 100_000 * 100_000)
        elif kas < low and bank > 0:
            self._transfer(day, acc.BANK, min(-(-(low - kas) // 100_000) * 100_000, bank))
