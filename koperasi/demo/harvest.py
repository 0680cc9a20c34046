"""The demo's harvest: weighings at the scale, collective sales and payout runs."""

from __future__ import annotations

import datetime
import json
from dataclasses import dataclass

from koperasi.book.loans import position_of
from koperasi.core import accounts as acc
from koperasi.core.deductions import Due, deduct
from koperasi.core.journal import payout_entry, sale_entry
from koperasi.core.loans import split_repayment
from koperasi.core.model import SaleCost
from koperasi.core.numbering import document_number
from koperasi.core.savings import wajib_due
from koperasi.core.settlement import PooledDelivery, settle
from koperasi.core.units import BP_PER_UNIT, round_half_up_div
from koperasi.demo.money import WAJIB_AMOUNT
from koperasi.demo.people import _Member

RUBBER = "Karet"
PALM = "TBS Sawit"
RUBBER_FEE_BP = 300  # 3 % of the gross
PALM_FEE_CENTS_PER_KG = 2500  # Rp 25 per kg sold

RUBBER_BUYERS = (("CV Karya Karet Sarolangun", acc.CASH), ("PT Remco Jambi", acc.BANK))
PALM_BUYERS = (("PT Pauh Sawit Lestari", acc.CASH), ("PT Sinar Agro Sarolangun", acc.BANK))

VOID_REASONS = (
    ("Timbangan belum ditera ulang, ditimbang ulang", True),
    ("Salah ketik berat, ditimbang ulang", True),
    ("Nota rangkap (tercatat dua kali)", False),
    ("Salah input nomor anggota", False),
    ("Salah pilih komoditas", False),
)

# Month factors (January first): rubber trees shed leaves in February-April and tapping
# stops in heavy rain; palms bear most fruit from September to December.
RUBBER_WEIGHT = (0.95, 0.80, 0.70, 0.75, 0.90, 1.00, 1.05, 1.05, 1.05, 1.00, 0.95, 0.90)
RUBBER_TURNOUT = (0.93, 0.90, 0.88, 0.90, 1.00, 1.00, 1.00, 1.00, 1.00, 0.97, 0.93, 0.92)
PALM_WEIGHT = (0.95, 0.85, 0.85, 0.90, 0.90, 0.95, 1.00, 1.05, 1.15, 1.20, 1.15, 1.05)

PALM_HARVEST_DAYS = (5, 19)  # members harvest on this day or the next...
PALM_SALE_DAYS = (7, 21)  # ...and the pooled fruit goes to the mill on this day
RUBBER_SALE_WEEKDAY = 5  # Saturday, after the week's weighings (Monday to Thursday)
PAY_DAYS = (2, 6)  # each sale is paid out to the members two to six days after it
CASH_SALE_LIMIT = 150_000_000  # a sale worth more is paid by transfer
LATE_COLLECTORS = 0.12  # members who collect their share a few days after the payout day
LATE_DAYS = (2, 3)
# Prices follow the seasons too (month factors, January first): rubber is dearer while the
# trees rest and little is tapped; the mills pay less for fruit in the peak months.
RUBBER_PRICE = (1.01, 1.03, 1.05, 1.04, 1.01, 0.99, 0.98, 0.98, 0.99, 1.00, 0.99, 1.00)
PALM_PRICE = (1.02, 1.04, 1.05, 1.04, 1.02, 1.00, 0.99, 0.97, 0.95, 0.94, 0.96, 1.00)
# The loss month (a flood a few months back): rubber tapping stops for most, the slabs that
# come in are wet and the buyer pays far less, while the office's costs run on.
LOSS_MONTHS_AGO = 4
LOSS_RUBBER_WEIGHT = 0.35
LOSS_RUBBER_PRICE = 0.70
VOID_RATE = 1 / 700  # receipts voided at the scale
CORRECT_RATE = 1 / 200  # rubber receipts typed 10 kg too heavy, corrected the same day
CORRECT_REASON = "Salah baca timbangan, berat kotor dikoreksi"


@dataclass
class _Sale:
    id: int
    number: str
    shares: dict[int, int]
    paid_from: str


# An open delivery waiting for its sale, as a plain tuple (there are a million of them):
# (PooledDelivery, the first DELIVERY_COLUMNS up to plot, its deduction rows, recorded_at).
_Pending = tuple[PooledDelivery, tuple, list[tuple], str]


class Harvest:
    """Weighing, selling and paying out, as Deliveries.record, Sales.settle and Payouts.pay
    would (mirrored here for speed; tests/test_demo.py runs every book check on the result)."""

    def _weigh(
        self, day: datetime.date, iso: str, weighings: list[tuple[_Member, int, int]]
    ) -> None:
        """The day's weighings, in the order they came to the scale, each with its receipt."""
        rng = self.rng
        chance = rng.random
        gauss = rng.gauss
        month = day.month - 1
        loss = self._in_loss_month(day)
        rubber_id = self.rubber_id
        year = day.year
        out_deliveries = self.out["deliveries"]
        out_deductions = self.out["delivery_deductions"]
        pools = self.pools
        delivery_id = self.ids["deliveries"]
        deduction_id = self.ids["delivery_deductions"]
        receipt_seq = self.counters.get(("receipt", year), 0)
        count = len(weighings)
        index = 0
        while index < len(weighings):
            member, commodity, plot = weighings[index]
            minute = 7 * 60 + (index * 9 * 60) // count
            recorded_at = f"{iso} {minute // 60:02d}:{minute % 60:02d}:{(index * 7) % 60:02d}"
            delivery_id += 1
            deduction_id += 1
            if commodity == rubber_id:
                kg = member.rubber_kg * RUBBER_WEIGHT[month] * (0.7 + 0.6 * chance())
                if loss:
                    kg *= LOSS_RUBBER_WEIGHT
                gross = min(max(round(kg * 10), 500), 4000) * 100  # 50-400 kg, to 0.1 kg
                deducted = (5 + int(chance() * 26)) * 100  # 0.5-3 kg of sack and string
                deductions = [(deduction_id, delivery_id, "tare", deducted, None)]
                if chance() < 0.1:  # wet or dirty slabs
                    bp = (2 + int(chance() * 5)) * 50
                    grams = round_half_up_div(gross * bp, BP_PER_UNIT)
                    deduction_id += 1
                    deductions.append((deduction_id, delivery_id, "dirt", grams, bp))
                    deducted += grams
                kkk = min(max(member.kkk + gauss(0, 2.0), 45.0), 65.0)
                quality = round(kkk * 2) * 50  # KKK to half a percent
                plot_name = ""
            else:
                kg = member.palm_kg[plot] * PALM_WEIGHT[month] * (0.75 + 0.5 * chance())
                gross = min(max(round(kg), 500), 3000) * 1000  # 500-3000 kg, to the kg
                bp = 150 + 25 * int(chance() * 15)  # 1.5-5 %: unripe fruit, long stalks, trash
                deducted = round_half_up_div(gross * bp, BP_PER_UNIT)
                deductions = [(deduction_id, delivery_id, "dirt", deducted, bp)]
                quality = BP_PER_UNIT
                plot_name = member.palm_plots[plot]
            net = gross - deducted
            receipt_seq += 1
            head = (
                delivery_id,
                document_number("receipt", year, receipt_seq),
                year,
                receipt_seq,
                iso,
                member.id,
                commodity,
                gross,
                deducted,
                net,
                quality,
                plot_name,
            )
            if commodity == rubber_id and len(deductions) == 1 and chance() < CORRECT_RATE:
                self._corrected(head, deducted, recorded_at)
            if chance() < VOID_RATE:
                reason, weigh_again = VOID_REASONS[rng.randrange(len(VOID_REASONS))]
                out_deliveries.append((*head, "void", None, None, reason, recorded_at))
                out_deductions.extend(deductions)
                self.out["delivery_history"].append(
                    (
                        self._next_id("delivery_history"),
                        delivery_id,
                        "void",
                        reason,
                        json.dumps({"status": "open"}, sort_keys=True),
                        json.dumps({"status": "void"}, sort_keys=True),
                        recorded_at,
                    )
                )
                if weigh_again:
                    weighings.insert(index + 1, (member, commodity, plot))
                    count += 1
            else:
                pools[commodity].append(
                    (
                        PooledDelivery(delivery_id, member.id, net, quality),
                        head,
                        deductions,
                        recorded_at,
                    )
                )
            index += 1
        self.ids["deliveries"] = delivery_id
        self.ids["delivery_deductions"] = deduction_id
        self.counters[("receipt", year)] = receipt_seq

    def _corrected(self, head: tuple, tare: int, recorded_at: str) -> None:
        """The history of a receipt first typed 10 kg too heavy, as Deliveries.correct keeps it."""
        _, _, _, _, iso, member_id, commodity, gross, _, net, quality, plot = head

        def snapshot(gross_grams: int, net_grams: int) -> str:
            values = {
                "date": iso,
                "member_id": member_id,
                "commodity_id": commodity,
                "gross_grams": gross_grams,
                "deductions": [{"kind": "tare", "grams": tare, "percent_bp": None}],
                "net_grams": net_grams,
                "quality_bp": quality,
                "plot": plot,
            }
            return json.dumps(values, sort_keys=True)

        # Held until the receipt itself is written (at its sale, perhaps a year later).
        self.held_history[head[0]] = (
            self._next_id("delivery_history"),
            head[0],
            "correct",
            CORRECT_REASON,
            snapshot(gross + 10_000, net + 10_000),
            snapshot(gross, net),
            recorded_at,
        )

    def _in_loss_month(self, day: datetime.date) -> bool:
        return (day.year, day.month) == self.loss_month

    def _price_cents(self, commodity: int, day: datetime.date) -> int:
        rng = self.rng
        month = day.month - 1
        if commodity == self.rubber_id:
            price = self.rubber_price + rng.gauss(0, 150) + 0.1 * (11_500 - self.rubber_price)
            self.rubber_price = min(max(price, 10_000), 13_000)
            seasonal = self.rubber_price * RUBBER_PRICE[month]
            if self._in_loss_month(day):
                seasonal *= LOSS_RUBBER_PRICE
            return round(seasonal / 10) * 10 * 100  # to Rp 10
        price = self.palm_price + rng.gauss(0, 45) + 0.08 * (2_650 - self.palm_price)
        self.palm_price = min(max(price, 2_000), 3_200)
        return round(self.palm_price * PALM_PRICE[month] * 100)  # two decimals

    def _costs(self, commodity: int, sold_grams: int, account: str) -> tuple[SaleCost, ...]:
        rng = self.rng
        kg = sold_grams / 1000
        if commodity == self.rubber_id:
            items = [
                ("Ongkos angkut ke pabrik", kg * rng.uniform(150, 250), 1000, 25_000),
                ("Upah bongkar muat", kg * rng.uniform(25, 40), 500, 10_000),
            ]
        else:
            items = [
                ("Ongkos angkut ke PKS", kg * rng.uniform(80, 130), 1000, 50_000),
                ("Upah muat TBS", kg * rng.uniform(15, 25), 500, 10_000),
            ]
        if rng.random() < 0.1:
            items.append(("Retribusi desa", rng.randint(5, 20) * 5000, 5000, 25_000))
        return tuple(
            SaleCost(label, max(round(amount / step) * step, least), account)
            for label, amount, step, least in items
        )

    def _sell(self, day: datetime.date, iso: str, commodity: int) -> None:
        pool = self.pools[commodity]
        if not pool:
            return
        rng = self.rng
        pooled = [p[0] for p in pool]
        pooled_grams = sum(p.net_grams for p in pooled)
        shrink_bp = rng.randint(50, 300)  # 0.5-3 %: slabs dry out, fruit loses juice
        step = 500 if commodity == self.rubber_id else 1000
        sold_grams = max(pooled_grams * (BP_PER_UNIT - shrink_bp) // BP_PER_UNIT // step, 1) * step
        buyers = RUBBER_BUYERS if commodity == self.rubber_id else PALM_BUYERS
        buyer, received_into = buyers[0] if rng.random() < 0.65 else buyers[1]
        price_cents = self._price_cents(commodity, day)
        if sold_grams // 1000 * price_cents // 100 > CASH_SALE_LIMIT:
            received_into = acc.BANK  # no buyer brings that much cash to a village office
        # The buyer pays into Kas or Bank; costs and the payout go through the same account.
        costs = self._costs(commodity, sold_grams, received_into)
        rule = self.rules[commodity]
        s = settle(
            pooled,
            sold_grams,
            rule,
            price_cents=price_cents,
            costs=costs,
            commodity=self.names[commodity],
            date=iso,
        )
        sale_id = self._next_id("sales")
        year = day.year
        seq = self._next_seq("sale", year)
        number = document_number("sale", year, seq)
        self.out["sales"].append(
            (
                sale_id,
                number,
                year,
                seq,
                iso,
                commodity,
                buyer,
                sold_grams,
                s.pooled_grams,
                price_cents,
                None,
                rule.kind,
                rule.bp,
                rule.cents_per_kg,
                s.gross,
                s.fee,
                s.costs,
                s.net,
                received_into,
                len(pool),
                f"{iso} 16:00:00",
            )
        )
        self.out["sale_costs"].extend(
            (self._next_id("sale_costs"), sale_id, c.label, c.amount, c.account) for c in costs
        )
        self._post(
            sale_entry(
                day,
                f"Penjualan {number} {self.names[commodity]} ke {buyer}",
                s.gross,
                s.fee,
                s.net,
                costs,
                received_into=received_into,
                sale_id=sale_id,
            ),
            f"{iso} 16:00:00",
        )
        deliveries = self.out["deliveries"]
        deductions = self.out["delivery_deductions"]
        parts = s.parts
        for p, head, delivery_deductions, recorded_at in pool:
            deliveries.append((*head, "settled", sale_id, parts[p.id], "", recorded_at))
            deductions.extend(delivery_deductions)
        pool.clear()
        year_shares = self.transactions.setdefault(year, {})
        left = self.left_on
        for member_id, share in s.shares.items():
            if member_id in left and left[member_id] < day:
                continue  # sold after they left: no jasa usaha on it (Shu.compute, issue 10)
            year_shares[member_id] = year_shares.get(member_id, 0) + share
        # Paid out within the week: most members come on the payout day, the rest collect
        # theirs two or three days later. A payout day after today is still to come (the
        # open work: about a week of sales is unpaid on any day).
        pay_day = day + datetime.timedelta(days=rng.randint(*PAY_DAYS))
        later = {m: v for m, v in s.shares.items() if rng.random() < LATE_COLLECTORS}
        first = {m: v for m, v in s.shares.items() if m not in later}
        if first:  # a small pool's only members may all collect late
            self.due.setdefault(pay_day, []).append(_Sale(sale_id, number, first, received_into))
        if later:
            late_day = pay_day + datetime.timedelta(days=rng.randint(*LATE_DAYS))
            self.due.setdefault(late_day, []).append(_Sale(sale_id, number, later, received_into))

    def _pay(self, day: datetime.date, iso: str, sale: _Sale) -> None:
        """One payout run: every member's share less what the rules deduct (mandatory
        savings due, then advances, then loan installments due), as Payouts.pay does it."""
        rank = self.number_rank
        chosen = sorted(sale.shares.items(), key=lambda item: rank[item[0]])
        plans = []
        paid_map: dict[int, tuple[int, int, dict[str, int]]] = {}
        for member_id, share in chosen:
            m = self.by_id[member_id]
            dues = []
            owed = wajib_due(m.joined, self.wajib_start, day, WAJIB_AMOUNT, m.wajib, m.left_on)
            if owed:
                dues.append(Due("wajib", owed))
            positions = {}
            for loan in self.loans.get(member_id, ()):
                if loan.row.date <= day:
                    pos = position_of(loan.row, loan.principal_paid, loan.service_paid, day)
                    if pos.due > 0:
                        positions[loan.row.id] = (loan, pos)
                        dues.append(Due(loan.row.kind, pos.due, loan.row.id))
            taken, paid = deduct(share, dues) if dues else ((), share)
            due_of = {(d.kind, d.ref): d.amount for d in dues}
            credits: dict[str, int] = {}
            items = []
            for t in taken:
                if t.kind == "wajib":
                    credits[acc.MANDATORY_SAVINGS] = (
                        credits.get(acc.MANDATORY_SAVINGS, 0) + t.amount
                    )
                    items.append((t, None, 0, 0))
                    continue
                loan, pos = positions[t.ref]
                principal, service = split_repayment(t.amount, pos.service_due)
                if t.kind == "kasbon":
                    credits[acc.MEMBER_RECEIVABLE] = (
                        credits.get(acc.MEMBER_RECEIVABLE, 0) + t.amount
                    )
                else:
                    credits[acc.MEMBER_RECEIVABLE] = (
                        credits.get(acc.MEMBER_RECEIVABLE, 0) + principal
                    )
                    credits[acc.LOAN_SERVICE_INCOME] = (
                        credits.get(acc.LOAN_SERVICE_INCOME, 0) + service
                    )
                items.append((t, loan, principal, service))
            plans.append((m, share, paid, items, due_of))
            paid_map[member_id] = (share, paid, credits)
        if sale.paid_from == acc.BANK:
            self._ensure_bank(day, sum(paid for _, paid, _ in paid_map.values()))
        created_at = f"{iso} 10:00:00"
        entry_id = self._post(
            payout_entry(
                day,
                f"Pembayaran hasil penjualan {sale.number}",
                paid_map,
                paid_from=sale.paid_from,
                sale_id=sale.id,
            ),
            created_at,
        )
        method = "transfer" if sale.paid_from == acc.BANK else "cash"
        year = day.year
        rows = self.out["payouts"]
        payout_id = self.ids["payouts"]
        seq = self.counters.get(("slip", year), 0)
        payout_ids = []
        for m, share, paid, _, _ in plans:
            seq += 1
            payout_id += 1
            payout_ids.append(payout_id)
            rows.append(
                (
                    payout_id,
                    document_number("slip", year, seq),
                    year,
                    seq,
                    iso,
                    sale.id,
                    m.id,
                    share,
                    share - paid,
                    paid,
                    method,
                    entry_id,
                    created_at,
                )
            )
        self.ids["payouts"] = payout_id
        self.counters[("slip", year)] = seq
        for payout_id, (m, _, _, items, due_of) in zip(payout_ids, plans, strict=True):
            for t, loan, principal, service in items:
                self.out["payout_deductions"].append(
                    (
                        self._next_id("payout_deductions"),
                        payout_id,
                        t.kind,
                        due_of[(t.kind, t.ref)],
                        t.amount,
                        t.ref,
                    )
                )
                if loan is None:
                    savings_id = self._next_id("savings")
                    kw_seq, number = self._kwitansi(year)
                    self.out["savings"].append(
                        (savings_id, number, year, kw_seq, iso, m.id, "wajib", t.amount, "payout",
                         payout_id, None, entry_id, "", created_at)
                    )  # fmt: skip
                    m.wajib += t.amount
                else:
                    self._repayment(
                        loan, day, principal, service, "payout", entry_id, created_at, payout_id
                    )
