"""The demo's people: the cooperative's profile, its villages, members' names and NIK."""

from __future__ import annotations

import datetime
import random
from dataclasses import dataclass

from koperasi.core.members import member_number, normalize_nik

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


class People:
    """Members joining and leaving, with plausible names, villages, plots and NIK."""

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
