"""A realistic demo book: a rubber and palm-fruit cooperative in Sarolangun, Jambi, built fast.

build_demo() simulates the cooperative day by day (members joining and leaving, weekly
rubber weighings, twice-monthly palm harvests, collective sales, payout runs) and
computes every figure with koperasi.core exactly as the book's services would. Rows are
written in bulk through koperasi.store.bulk, one transaction per year, so a book of
3,000 members over ten years (about 1.3 million deliveries) takes a minute, not hours.
The same seed and `today` always give the same book.
"""

from __future__ import annotations

import datetime
import json
import random
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from koperasi.book import Book
from koperasi.core import accounts as acc
from koperasi.core.journal import payout_entry, sale_entry
from koperasi.core.members import member_number, normalize_nik
from koperasi.core.model import JournalEntry, SaleCost
from koperasi.core.numbering import document_number
from koperasi.core.settlement import FeeRule, PooledDelivery, settle
from koperasi.core.units import BP_PER_UNIT, round_half_up_div
from koperasi.store.bulk import TABLE_COLUMNS, BulkWriter

Progress = Callable[[int, int, str], None]

RUBBER = "Karet"
PALM = "TBS Sawit"
RUBBER_FEE_BP = 300  # 3 % of the gross
PALM_FEE_CENTS_PER_KG = 2500  # Rp 25 per kg sold

PROFILE = {
    "address": "Jl. Lintas Sumatera Km 14, Desa Lembah Jaya",
    "village": "Lembah Jaya",
    "district": "Pauh",
    "regency": "Sarolangun",
    "province": "Jambi",
    "member_prefix": "LJ",
    "language": "id",
}
NAME = "Koperasi Produsen Tani Lembah Jaya"

# Desa of Kecamatan Pauh (Kemendagri code 15.03.04) and of the transmigration settlements
# of Air Hitam (15.03.07) next door: (desa, kecamatan code, share of Javanese families,
# weekday of the village's rubber weighing, Monday = 0).
VILLAGES = (
    ("Lembah Jaya", "04", 0.40, 0),
    ("Pauh", "04", 0.15, 1),
    ("Lamban Sigatal", "04", 0.10, 2),
    ("Sepintun", "04", 0.10, 3),
    ("Batu Ampar", "04", 0.20, 0),
    ("Karang Mendapo", "04", 0.15, 1),
    ("Semaran", "04", 0.25, 2),
    ("Bukit Suban", "07", 0.85, 3),
    ("Mentawak Baru", "07", 0.80, 0),
    ("Pematang Kabau", "07", 0.60, 1),
)
# Where some members' identity cards were issued: other kecamatan of Sarolangun
# (Batang Asai, Sarolangun, Pelawan, Mandiangin, Singkut).
OTHER_KECAMATAN = ("01", "03", "05", "06", "09")
REGENCY_CODE = "1503"  # Kabupaten Sarolangun


def _names(*parts: str) -> tuple[tuple[str, ...], ...]:
    return tuple(tuple(part.split()) for part in parts)


# Given names as (first parts, second parts, names used alone), each a space-separated list.
MALAY_MEN = _names(
    (
        "Muhammad Ahmad Abdul M. Rahmat Syamsul Zulkifli Hasan Ismail Ibrahim Usman Jamal "
        "Syahril Azhar Hendri Rudi Irwan Khairul Nasrul Saiful Taufik Zainal Firdaus Hamdani "
        "Ali Anwar Amri"
    ),
    (
        "Yusuf Hidayat Hamzah Rizal Saputra Ramadhan Efendi Fauzi Bahri Husin Jafar Junaidi "
        "Ridwan Sulaiman Rasyid Arifin Harun Yunus Kamal Nawawi Ilyas Syafei Daud Idris "
        "Mukhtar Zakaria"
    ),
    "Ramli Syamsuddin Mukhlis Darmawan Bustami Marzuki Amiruddin Rusli",
)
MALAY_WOMEN = _names(
    "Siti Nur Rahma Fitri Desi Rina Yuli Dewi Ratna Eka Neni Lili Yeni Mega Nurul",
    (
        "Aminah Rahmah Aisyah Fatimah Halimah Maryam Hasanah Zubaidah Khadijah Marlina "
        "Handayani Ratnasari Susanti Wati Yanti Safitri Jamilah Salmah Zainab"
    ),
    (
        "Nurhayati Rosmawati Yusnidar Asmawati Rahmawati Nurjanah Mardiana Kartini Syamsiah "
        "Rosnani Darmawati Yusniar Nurbaiti"
    ),
)
JAVANESE_MEN = _names(
    "Slamet Joko Bambang Agus Budi Eko Hadi Heru Dwi Tri Sri Edi Teguh Wahyu Imam",
    (
        "Riyadi Susilo Santoso Prasetyo Purnomo Susanto Widodo Hartono Wibowo Setiawan "
        "Nugroho Suprapto Raharjo Cahyono Kurniawan"
    ),
    (
        "Sutrisno Sugiyono Suparman Paiman Tukimin Sukardi Wagiman Sumarno Mulyono Sarmin "
        "Kasiman Sugeng Parjo Tumijo Karyono Suwarno"
    ),
)
JAVANESE_WOMEN = _names(
    "Sri Siti Endang Dwi Tri Rini Eni Sumi Umi Yuni",
    (
        "Wahyuni Rahayu Lestari Mulyani Astuti Susanti Khotimah Purwanti Suryani Ningsih "
        "Handayani Wulandari"
    ),
    (
        "Suparmi Tukiyem Sumiati Sulastri Wartini Sumini Ngatini Painem Sukinah Samini "
        "Partini Jumiah"
    ),
)
PHONE_PREFIXES = (
    "0811", "0812", "0813", "0821", "0822", "0823", "0852", "0853",
    "0856", "0857", "0877", "0878", "0819", "0831", "0838", "0895",
)  # fmt: skip

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
SALES_STOP_DAYS = 14  # the last two weeks' deliveries are still open
UNPAID_DAYS = 35  # sales of the last five weeks are not paid out yet
VOID_RATE = 1 / 700  # receipts voided at the scale


@dataclass
class _Member:
    id: int
    number: str
    name: str
    gender: str
    village: int
    joined: datetime.date
    left_on: datetime.date | None
    rubber: bool
    palm_plots: tuple[str, ...]
    rubber_turnout: float = 0.0
    rubber_kg: float = 0.0
    kkk: float = 0.0
    palm_turnout: float = 0.0
    palm_kg: tuple[float, ...] = ()
    palm_day: int = 0  # harvests on the PALM_HARVEST_DAYS or the day after each


@dataclass
class _Sale:
    id: int
    number: str
    shares: dict[int, int]
    paid_from: str


# An open delivery waiting for its sale, as a plain tuple (there are a million of them):
# (PooledDelivery, the first DELIVERY_COLUMNS up to plot, its deduction rows, recorded_at).
_Pending = tuple[PooledDelivery, tuple, list[tuple], str]


def build_demo(
    path: str | Path,
    members: int = 300,
    years: int = 2,
    seed: int = 1,
    progress: Progress | None = None,
    today: datetime.date | None = None,
) -> None:
    """Create a demo book at a new path (an existing file is refused, as Book.create does).

    `members` farmers over `years` years ending `today` (default: the real today); the
    same seed and today give the same book. progress(done, total, label) is called now
    and then: done and total count simulated days; the label is "Tahun 2024" while
    simulating, "Menyimpan tahun 2024" just before a year is written and "Tahun 2024
    tersimpan" once it is, and "Selesai" at the end. On any failure the new file is
    removed again.
    """
    if members < 1 or years < 1:
        raise ValueError("a demo book needs at least one member and one year")
    today = today or datetime.date.today()
    rng = random.Random(seed)
    path = Path(path)
    founded = today - datetime.timedelta(days=round(365.25 * years) + rng.randint(3 * 365, 8 * 365))
    book = Book.create(path, name=NAME, **_profile(rng, founded))
    try:
        book.with_today(today)
        _Demo(book, rng, members, years, today, founded, progress).run()
    except BaseException:
        book.close()
        path.unlink(missing_ok=True)
        raise
    book.close()


def _profile(rng: random.Random, founded: datetime.date) -> dict[str, str]:
    if founded.year >= 2019:
        registration = f"AHU-{rng.randint(1000, 99999):07d}.AH.01.26.TAHUN {founded.year}"
    else:
        roman = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII")
        registration = (
            f"{rng.randint(100, 999)}/BH/KDK.5.3/{roman[founded.month - 1]}/{founded.year}"
        )
    return {
        **PROFILE,
        "registration_no": registration,
        "chairman": "H. " + _name(rng, MALAY_MEN),
        "treasurer": _name(rng, JAVANESE_WOMEN),
        "phone": f"0745-{rng.randint(91000, 93999)}",
    }


def _name(rng: random.Random, names: tuple[tuple[str, ...], ...]) -> str:
    firsts, seconds, alone = names
    if rng.random() < 0.3:
        return rng.choice(alone)
    first = rng.choice(firsts)
    second = rng.choice(seconds)
    while second == first:
        second = rng.choice(seconds)
    return f"{first} {second}"


class _Demo:
    def __init__(
        self,
        book: Book,
        rng: random.Random,
        member_count: int,
        years: int,
        today: datetime.date,
        founded: datetime.date,
        progress: Progress | None,
    ) -> None:
        self.book = book
        self.writer = BulkWriter(book.db)
        if not self.writer.is_empty():
            raise ValueError("a demo is built into a new, empty book")
        self.rng = rng
        self.member_count = member_count
        self.today = today
        self.founded = founded
        self.start = today - datetime.timedelta(days=round(365.25 * years))
        self.sales_until = today - datetime.timedelta(days=SALES_STOP_DAYS)
        self.pay_until = today - datetime.timedelta(days=UNPAID_DAYS)
        self.days = (today - self.start).days + 1
        self.days_done = 0
        self.progress = progress or (lambda done, total, label: None)
        rubber = book.commodities.add(RUBBER, fee_bp=RUBBER_FEE_BP, uses_quality=True)
        palm = book.commodities.add(PALM, fee_cents_per_kg=PALM_FEE_CENTS_PER_KG)
        self.rubber_id, self.palm_id = rubber.id, palm.id
        self.rules = {
            rubber.id: FeeRule(rubber.fee_kind, rubber.fee_bp, rubber.fee_cents_per_kg),
            palm.id: FeeRule(palm.fee_kind, palm.fee_bp, palm.fee_cents_per_kg),
        }
        self.names = {rubber.id: rubber.name, palm.id: palm.name}
        self.pools: dict[int, list[_Pending]] = {rubber.id: [], palm.id: []}
        self.rubber_price = rng.uniform(10_800, 12_200)  # rupiah per kg of slab
        self.palm_price = rng.uniform(2_300, 2_900)  # rupiah per kg of fruit
        self.counters: dict[tuple[str, int], int] = {}
        self.ids: dict[str, int] = dict.fromkeys(TABLE_COLUMNS, 0)
        self.out: dict[str, list[tuple]] = {table: [] for table in TABLE_COLUMNS}
        self.due: dict[datetime.date, list[_Sale]] = {}
        self.members: list[_Member] = []
        self.number_rank: list[int] = []

    # -- numbering -----------------------------------------------------------------

    def _next_id(self, table: str) -> int:
        self.ids[table] += 1
        return self.ids[table]

    def _next_seq(self, series: str, year: int) -> int:
        key = (series, year)
        self.counters[key] = self.counters.get(key, 0) + 1
        return self.counters[key]

    # -- the simulation ------------------------------------------------------------

    def run(self) -> None:
        with self.writer.big_cache():
            self._simulate()

    def _simulate(self) -> None:
        self._make_members()
        rubber_by_weekday: dict[int, list[_Member]] = {}
        palm_by_day: dict[int, list[_Member]] = {}
        for m in self.members:
            if m.rubber:
                rubber_by_weekday.setdefault(VILLAGES[m.village][3], []).append(m)
            if m.palm_plots:
                for harvest_day in PALM_HARVEST_DAYS:
                    palm_by_day.setdefault(harvest_day + m.palm_day, []).append(m)
        days = self.days
        next_rubber_sale = self.start + datetime.timedelta(
            days=7 + (RUBBER_SALE_WEEKDAY - self.start.weekday()) % 7
        )
        chance = self.rng.random
        year = self.start.year
        for index in range(days):
            day = self.start + datetime.timedelta(days=index)
            self.days_done = index
            if day.year != year:
                self._flush(year)
                year = day.year
            if index % 7 == 0:
                self.progress(index, days, f"Tahun {year}")
            iso = day.isoformat()
            weighings: list[tuple[_Member, int, int]] = []  # (member, commodity, plot index)
            turnout = RUBBER_TURNOUT[day.month - 1]
            for m in rubber_by_weekday.get(day.weekday(), ()):
                if (
                    m.joined <= day
                    and (m.left_on is None or day < m.left_on)
                    and chance() < m.rubber_turnout * turnout
                ):
                    weighings.append((m, self.rubber_id, -1))
            for m in palm_by_day.get(day.day, ()):
                if m.joined <= day and (m.left_on is None or day < m.left_on):
                    for plot in range(len(m.palm_plots)):
                        if chance() < m.palm_turnout:
                            weighings.append((m, self.palm_id, plot))
            if weighings:
                self.rng.shuffle(weighings)
                self._weigh(day, iso, weighings)
            if day <= self.sales_until:
                if day == next_rubber_sale:
                    self._sell(day, iso, self.rubber_id)
                    next_rubber_sale += datetime.timedelta(days=7 if chance() < 0.55 else 14)
                if day.day in PALM_SALE_DAYS:
                    self._sell(day, iso, self.palm_id)
            for sale in self.due.pop(day, ()):
                self._pay(day, iso, sale)
        self.days_done = days
        # What is still open stays open: write it as it is.
        for pool in self.pools.values():
            for _, head, deductions, recorded_at in pool:
                self.out["deliveries"].append((*head, "open", None, None, "", recorded_at))
                self.out["delivery_deductions"].extend(deductions)
            pool.clear()
        self._flush(year)
        self.progress(days, days, "Selesai")

    def _make_members(self) -> None:
        rng = self.rng
        count = self.member_count
        # A third were members before the demo period (the founders among them); the rest
        # join during it, more in the first years while the cooperative grows.
        early = round(count * 0.35)
        joined: list[datetime.date] = []
        for i in range(count):
            if i < early:
                if rng.random() < 0.3:
                    joined.append(self.founded)  # founding members
                else:
                    span = (self.start - self.founded).days
                    joined.append(self.founded + datetime.timedelta(days=rng.randrange(span)))
            else:
                span = max((self.today - self.start).days - 21, 1)
                joined.append(self.start + datetime.timedelta(days=int(rng.triangular(0, span, 0))))
        joined.sort()
        # A few members leave (moved away, died, sold their land): about one in 25.
        leaving = set(
            rng.sample(range(1, count + 1), max(round(count * 0.04), min(count // 10, 1)))
        )
        niks: set[str] = set()
        prefix = self.book.profile.member_prefix
        rows = self.out["members"]
        for seq, day in enumerate(joined, start=1):
            village = rng.randrange(len(VILLAGES))
            desa, kecamatan, javanese_share, _ = VILLAGES[village]
            javanese = rng.random() < javanese_share
            gender = "P" if rng.random() < 0.32 else "L"
            names = (
                (JAVANESE_WOMEN if gender == "P" else JAVANESE_MEN)
                if javanese
                else (MALAY_WOMEN if gender == "P" else MALAY_MEN)
            )
            name = _name(rng, names)
            if rng.random() < 0.08:
                kecamatan = rng.choice(OTHER_KECAMATAN)
            nik = self._nik(kecamatan, gender, day, niks)
            active_from = max(day, self.start)
            left_on = None
            room = (self.today - active_from).days - 210
            if seq in leaving and room > 0:
                left_on = active_from + datetime.timedelta(days=180 + rng.randrange(room))
            rubber = rng.random() < (0.60 if javanese else 0.92)
            palm = rng.random() < (0.85 if javanese else 0.55)
            if not (rubber or palm):
                rubber = True
            plots: tuple[str, ...] = ()
            if palm:
                block = "ABCDEFGHJK"[village]
                plots = tuple(
                    f"Kapling {block}-{rng.randint(1, 160):03d}"
                    for _ in range(2 if rng.random() < 0.4 else 1)
                )
            member = _Member(
                id=seq,
                number=member_number(prefix, seq),
                name=name,
                gender=gender,
                village=village,
                joined=day,
                left_on=left_on,
                rubber=rubber,
                palm_plots=plots,
                rubber_turnout=rng.uniform(0.8, 0.98),
                rubber_kg=rng.triangular(60, 280, 120),
                kkk=rng.uniform(48, 60),
                palm_turnout=rng.uniform(0.85, 0.98),
                palm_kg=tuple(rng.triangular(600, 2400, 1100) for _ in plots),
                palm_day=rng.randrange(2),
            )
            self.members.append(member)
            phone = ""
            if rng.random() < 0.9:
                digits = "".join(str(rng.randrange(10)) for _ in range(rng.choice((7, 8))))
                phone = rng.choice(PHONE_PREFIXES) + digits
            dusun = ("I", "II", "III", "IV", "V")[rng.randrange(5)]
            address = f"RT {rng.randint(1, 14):03d} Dusun {dusun}, Desa {desa}"
            created = max(day, self.start)
            rows.append(
                (
                    member.id,
                    member.number,
                    name,
                    nik,
                    gender,
                    desa,
                    address,
                    phone,
                    day.isoformat(),
                    0 if left_on else 1,
                    left_on.isoformat() if left_on else None,
                    f"{created.isoformat()} 08:{rng.randrange(60):02d}:00",
                )
            )
        self.counters[("member", 0)] = count
        # Payout slips follow the register's order (member id), as Payouts.pay sorts them.
        self.number_rank = [0] * (count + 1)
        for rank, member in enumerate(sorted(self.members, key=lambda m: m.id)):
            self.number_rank[member.id] = rank

    def _nik(self, kecamatan: str, gender: str, joined: datetime.date, taken: set[str]) -> str:
        """A NIK of Sarolangun: 1503 + kecamatan + DDMMYY (women: day + 40) + serial."""
        rng = self.rng
        latest = min(joined.year - 18, self.today.year - 20)
        while True:
            born = datetime.date(rng.randint(min(self.today.year - 75, latest), latest), 1, 1)
            born += datetime.timedelta(days=rng.randrange(365))
            day = born.day + (40 if gender == "P" else 0)
            nik = f"{REGENCY_CODE}{kecamatan}{day:02d}{born:%m%y}{rng.randint(1, 3999):04d}"
            if nik not in taken:
                taken.add(nik)
                return normalize_nik(nik)  # refuses it, should the rules above ever slip

    def _weigh(
        self, day: datetime.date, iso: str, weighings: list[tuple[_Member, int, int]]
    ) -> None:
        """The day's weighings, in the order they came to the scale, each with its receipt."""
        rng = self.rng
        chance = rng.random
        gauss = rng.gauss
        month = day.month - 1
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

    def _price_cents(self, commodity: int) -> int:
        rng = self.rng
        if commodity == self.rubber_id:
            price = self.rubber_price + rng.gauss(0, 150) + 0.1 * (11_500 - self.rubber_price)
            self.rubber_price = min(max(price, 10_000), 13_000)
            return round(self.rubber_price / 10) * 10 * 100  # to Rp 10
        price = self.palm_price + rng.gauss(0, 45) + 0.08 * (2_650 - self.palm_price)
        self.palm_price = min(max(price, 2_000), 3_200)
        return round(self.palm_price * 100)  # the reference price has two decimals

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
        # The buyer pays into Kas or Bank; costs and the payout go through the same account.
        costs = self._costs(commodity, sold_grams, received_into)
        price_cents = self._price_cents(commodity)
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
        if day <= self.pay_until:
            pay_day = day + datetime.timedelta(days=rng.randint(2, 6))
            self.due.setdefault(pay_day, []).append(_Sale(sale_id, number, s.shares, received_into))

    def _pay(self, day: datetime.date, iso: str, sale: _Sale) -> None:
        """One payout run: every member's whole share, as Payouts.pay does it."""
        rank = self.number_rank
        chosen = sorted(sale.shares.items(), key=lambda item: rank[item[0]])
        entry_id = self._post(
            payout_entry(
                day,
                f"Pembayaran hasil penjualan {sale.number}",
                {member_id: (share, share, {}) for member_id, share in chosen},
                paid_from=sale.paid_from,
                sale_id=sale.id,
            ),
            f"{iso} 10:00:00",
        )
        method = "transfer" if sale.paid_from == acc.BANK else "cash"
        year = day.year
        rows = self.out["payouts"]
        payout_id = self.ids["payouts"]
        seq = self.counters.get(("slip", year), 0)
        created_at = f"{iso} 10:00:00"
        for member_id, share in chosen:
            seq += 1
            payout_id += 1
            rows.append(
                (
                    payout_id,
                    document_number("slip", year, seq),
                    year,
                    seq,
                    iso,
                    sale.id,
                    member_id,
                    share,
                    0,
                    share,
                    method,
                    entry_id,
                    created_at,
                )
            )
        self.ids["payouts"] = payout_id
        self.counters[("slip", year)] = seq

    def _post(self, entry: JournalEntry, created_at: str) -> int:
        entry_id = self._next_id("journal_entries")
        year = entry.date.year
        seq = self._next_seq("journal", year)
        self.out["journal_entries"].append(
            (
                entry_id,
                document_number("journal", year, seq),
                year,
                seq,
                entry.date.isoformat(),
                entry.description,
                entry.source,
                entry.source_id,
                entry.reverses,
                created_at,
            )
        )
        first = self.ids["journal_lines"] + 1
        self.out["journal_lines"].extend(
            (line_id, entry_id, line.account, line.debit, line.credit, line.member_id, line.memo)
            for line_id, line in enumerate(entry.lines, start=first)
        )
        self.ids["journal_lines"] += len(entry.lines)
        return entry_id

    def _flush(self, year: int) -> None:
        """Write what the simulation has settled so far: one transaction per year."""
        self.progress(self.days_done, self.days, f"Menyimpan tahun {year}")
        with self.book.atomic():
            for table, rows in self.out.items():
                if rows:
                    rows.sort()  # by id, so the tables fill in order
                    self.writer.insert(table, rows)
                    rows.clear()
            for (series, series_year), last in self.counters.items():
                self.book.settings.set_counter(series, series_year, last)
        self.progress(self.days_done, self.days, f"Tahun {year} tersimpan")
