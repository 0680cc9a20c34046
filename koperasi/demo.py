"""A realistic demo book: a rubber and palm-fruit cooperative in Sarolangun, Jambi, built fast.

build_demo() simulates the cooperative day by day (members joining and leaving, weekly
rubber weighings, twice-monthly palm harvests, collective sales, payout runs that deduct
mandatory savings, advances and loan installments; simpanan pokok on joining, sukarela
deposits and withdrawals, kasbon and pinjaman, the office's cash book, and each February
the annual meeting that closes the past year and shares its SHU) and
computes every figure with koperasi.core exactly as the book's services would. Rows are
written in bulk through koperasi.store.bulk, one transaction per year, so a book of
3,000 members over ten years (about 1.3 million deliveries) takes a minute, not hours.
The same seed and `today` always give the same book.
"""

from __future__ import annotations

import datetime
import json
import math
import random
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from koperasi.book import Book
from koperasi.book.loans import plan_of, position_of
from koperasi.book.savings import KIND_NAMES
from koperasi.core import accounts as acc
from koperasi.core import fmt
from koperasi.core.deductions import Due, deduct
from koperasi.core.journal import payout_entry, sale_entry
from koperasi.core.loans import split_repayment
from koperasi.core.members import member_number, normalize_nik
from koperasi.core.model import JournalEntry, JournalLine, SaleCost
from koperasi.core.numbering import document_number
from koperasi.core.savings import SAVINGS_ACCOUNTS, wajib_due
from koperasi.core.settlement import FeeRule, PooledDelivery, settle
from koperasi.core.shu import DEFAULT_SHU_SPLIT_BP, SHU_PARTS, check_split, distribute
from koperasi.core.units import BP_PER_UNIT, money_at_rate, round_half_up_div
from koperasi.store.bulk import TABLE_COLUMNS
from koperasi.store.loans import LoanRow
from koperasi.store.migrations import PERIOD_CLOSED_INSERT_TRIGGERS

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

# Savings, loans and the office.
POKOK_AMOUNT = 100_000  # simpanan pokok, paid on joining
WAJIB_AMOUNT = 10_000  # simpanan wajib a month, deducted at payout
RAT_DAY = (2, 10)  # the annual meeting: the past year's SHU is shared and the year closed
SHU_PAY_DAY = (2, 24)  # members collect their SHU
KASBON_RATE = 0.005  # advances a week, per member without one
LOAN_RATE = 0.008  # loans a month, per member of six months' standing without one
CASH_REPAYERS = 0.35  # borrowers who bring their installments to the office in cash
SUKARELA_DEPOSITS = 0.003  # voluntary deposits a week, per member
SUKARELA_WITHDRAWALS = 0.002  # withdrawals a week, per member
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
    pokok: int = 0  # savings balances, as the movements written so far add up
    wajib: int = 0
    sukarela: int = 0


@dataclass
class _Sale:
    id: int
    number: str
    shares: dict[int, int]
    paid_from: str


@dataclass
class _Loan:
    """A kasbon or pinjaman still owed: its row and what was repaid of it so far."""

    row: LoanRow
    principal_paid: int = 0
    service_paid: int = 0
    in_cash: bool = False  # repaid at the office rather than by payout deductions


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
    today = today or Book.clock()
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
        self.writer = book.bulk_writer()
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
        # Savings, loans, the cash book and the SHU draw from their own generator, so that
        # the harvest and sales stay the same whatever the office does.
        self.money_rng = random.Random(rng.getrandbits(64))
        self.wajib_start = self.start.replace(day=1)
        book.savings.configure(
            pokok_amount=POKOK_AMOUNT,
            wajib_amount=WAJIB_AMOUNT,
            wajib_start=self.wajib_start,
            deduct_wajib=True,
        )
        self.categories = {c.name_id: c for c in book.cash.categories()}
        self.kinds = {a.code: a.kind for a in book.journal.accounts()}
        # Running debit − credit of the accounts the office watches.
        self.balances = dict.fromkeys((acc.CASH, acc.BANK, acc.EDUCATION_FUND, acc.SOCIAL_FUND), 0)
        self.results: dict[int, dict[str, list[int]]] = {}  # year → income/expense [dr, cr]
        self.transactions: dict[int, dict[int, int]] = {}  # year → member → sale shares
        self.capital: dict[int, dict[int, int]] = {}  # year → member → pokok + wajib at 31/12
        self.loans: dict[int, list[_Loan]] = {}  # member id → loans still owed, oldest first
        self.loan_events: dict[datetime.date, list[_Loan]] = {}  # repayments in cash
        self.joining: dict[datetime.date, list[_Member]] = {}
        self.shu_unpaid: dict[int, list[tuple[int, int]]] = {}  # year → (member, SHU)
        self.by_id: dict[int, _Member] = {}

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
        self.by_id = {m.id: m for m in self.members}
        for m in sorted(self.members, key=lambda m: (m.joined, m.id)):
            if m.joined < self.start:
                self._savings(m, "pokok", POKOK_AMOUNT, m.joined, f"{m.joined} 08:30:00")
            else:
                self.joining.setdefault(m.joined, []).append(m)
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
                self.capital[year] = {m.id: m.pokok + m.wajib for m in self.members}
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
            self._money_day(day)
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
        year_shares = self.transactions.setdefault(year, {})
        for member_id, share in s.shares.items():
            year_shares[member_id] = year_shares.get(member_id, 0) + share
        if day <= self.pay_until:
            pay_day = day + datetime.timedelta(days=rng.randint(2, 6))
            self.due.setdefault(pay_day, []).append(_Sale(sale_id, number, s.shares, received_into))

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
        # What the office and the year-end SHU need to know, read off every entry.
        balances, kinds = self.balances, self.kinds
        results = None if entry.source == "shu_close" else self.results.setdefault(year, {})
        for line in entry.lines:
            if line.account in balances:
                balances[line.account] += line.debit - line.credit
            if results is not None and kinds[line.account] in ("income", "expense"):
                totals = results.setdefault(line.account, [0, 0])
                totals[0] += line.debit
                totals[1] += line.credit
        return entry_id

    # -- savings, loans, the cash book, the SHU and closings ------------------------------
    # Every figure below is computed with the same core functions and in the same order as
    # the services in koperasi.book (savings, loans, cash, shu, payouts), so that the book
    # carries on exactly as if the treasurer had typed it all in.

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
    ) -> None:
        """A kasbon or pinjaman paid out, as Loans.grant does it (from Bank when Kas is short)."""
        year = day.year
        iso = day.isoformat()
        money = acc.CASH
        if self._free_cash() < amount <= self.balances[acc.BANK]:
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
        loan = _Loan(row, in_cash=in_cash)
        self.loans.setdefault(m.id, []).append(loan)
        if in_cash:
            if kind == "kasbon":
                when = day + datetime.timedelta(days=self.money_rng.randint(14, 35))
                self.loan_events.setdefault(when, []).append(loan)
            else:
                for installment in plan_of(row):
                    self.loan_events.setdefault(installment.due, []).append(loan)

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
        for month_day, fund, category, text in FUND_SPENDING:
            if (day.month, day.day) == month_day and -self.balances[fund] >= 100_000:
                amount = -self.balances[fund] // 2 // 10_000 * 10_000
                self._voucher(day, "expense", category, amount, text)

    def _free_cash(self) -> int:
        """Kas less the shares of sales paid into Kas that are still to be paid out."""
        owed = sum(
            sum(sale.shares.values())
            for sales in self.due.values()
            for sale in sales
            if sale.paid_from == acc.CASH
        )
        return self.balances[acc.CASH] - owed

    def _ensure_cash(self, day: datetime.date, amount: int, text: str = "") -> None:
        """Fetch cash from the bank before paying more than Kas can spare."""
        low = 5_000_000 + 5_000 * self.member_count
        short = amount - self._free_cash()
        if short > 0 and self.balances[acc.BANK] > 0:
            fetch = -(-(short + low) // 100_000) * 100_000
            self._transfer(day, acc.BANK, min(fetch, self.balances[acc.BANK]), text)

    def _keep_cash(self, day: datetime.date) -> None:
        """On Fridays the treasurer banks the cash beyond what the office needs, or fetches
        cash from the bank when Kas runs low."""
        n = self.member_count
        high, low = 25_000_000 + 25_000 * n, 5_000_000 + 5_000 * n
        kas, bank = self._free_cash(), self.balances[acc.BANK]
        if kas > high:
            self._transfer(day, acc.CASH, (kas - high // 2) // 100_000 * 100_000)
        elif kas < low and bank > 0:
            self._transfer(day, acc.BANK, min(-(-(low - kas) // 100_000) * 100_000, bank))

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

    def _flush(self, year: int) -> None:
        """Write what the simulation has settled so far: one transaction per year."""
        self.progress(self.days_done, self.days, f"Menyimpan tahun {year}")
        # Closings go in last (TABLE_COLUMNS), after every row of the periods they close, so
        # the insert triggers guarding closed periods may rest during the bulk write.
        with self.book.atomic(), self.writer.triggers_suspended(PERIOD_CLOSED_INSERT_TRIGGERS):
            for table, rows in self.out.items():
                if rows:
                    rows.sort()  # by id, so the tables fill in order
                    self.writer.insert(table, rows)
                    rows.clear()
            for (series, series_year), last in self.counters.items():
                self.writer.set_counter(series, series_year, last)
        self.progress(self.days_done, self.days, f"Tahun {year} tersimpan")
