"""The columns of each kind of import: the Indonesian header, the names treasurers also use
for it, what the cell holds, and an example for the template."""

from __future__ import annotations

import datetime
import re
from dataclasses import dataclass


@dataclass(frozen=True)
class Column:
    """One column of an import.

    Attributes:
      key: the name the book service reads (SourceRow.values).
      header: the Indonesian header the template writes.
      synonyms: other headers meaning the same (matched loosely: case, spaces, dots).
      type: "text", "nik", "rupiah", "kg", "percent", "count" or "date".
      required: a row without it is refused.
      example: the template's example value.
      choices: the allowed values, offered as a drop-down in the template.
    """

    key: str
    header: str
    synonyms: tuple[str, ...] = ()
    type: str = "text"
    required: bool = False
    example: object = ""
    choices: tuple[str, ...] = ()


_MEMBER = Column(
    "member",
    "No. Anggota",
    ("nomor anggota", "no anggota", "anggota", "kode anggota", "id anggota", "no. agt", "no agt"),
    required=True,
    example="LJ-0001",
)

KINDS: dict[str, tuple[Column, ...]] = {
    "members": (
        Column(
            "number",
            "No. Anggota",
            ("nomor anggota", "no anggota", "kode anggota", "id anggota", "no. agt", "no agt"),
            example="LJ-0001",
        ),
        Column(
            "name",
            "Nama",
            ("nama lengkap", "nama anggota", "nama petani", "name"),
            required=True,
            example="Siti Aminah",
        ),
        Column("nik", "NIK", ("nik/ktp", "no ktp", "no. ktp", "ktp", "nomor ktp", "nomor induk kependudukan"), "nik", example="1503014507800001"),
        Column("gender", "L/P", ("jenis kelamin", "jk", "kelamin", "gender"), choices=("L", "P"), example="P"),
        Column("village", "Desa", ("desa/kelurahan", "kelurahan", "dusun", "village"), example="Lembah Jaya"),
        Column("address", "Alamat", ("alamat lengkap", "address"), example="RT 02 RW 01"),
        Column("phone", "No. HP", ("hp", "telepon", "no telp", "no. telp", "telp", "nomor hp", "phone", "wa"), example="081234567890"),
        Column("joined", "Tanggal Masuk", ("tgl masuk", "tanggal bergabung", "tgl gabung", "mulai anggota", "joined"), "date", example=datetime.date(2019, 3, 1)),
    ),
    "savings": (
        _MEMBER,
        Column("name", "Nama", ("nama lengkap", "nama anggota")),
        Column("pokok", "Simpanan Pokok", ("pokok", "s. pokok", "simp. pokok", "simp pokok"), "rupiah", example=100_000),
        Column("wajib", "Simpanan Wajib", ("wajib", "s. wajib", "simp. wajib", "simp wajib"), "rupiah", example=840_000),
        Column("sukarela", "Simpanan Sukarela", ("sukarela", "s. sukarela", "simp. sukarela", "tabungan"), "rupiah", example=250_000),
        Column("arrears", "Tunggakan Wajib", ("tunggakan", "tunggakan simpanan wajib", "tunggakan wajib s.d. bulan lalu", "kurang wajib", "arrears"), "rupiah", example=40_000),
    ),
    "loans": (
        _MEMBER,
        Column("name", "Nama", ("nama lengkap", "nama anggota")),
        Column("kind", "Jenis", ("jenis pinjaman", "jenis"), choices=("pinjaman", "kasbon"), example="pinjaman"),
        Column("ref", "No. Pinjaman Lama", ("no pinjaman", "no. pinjaman", "nomor pinjaman", "ref", "referensi"), example="P-2025-017"),
        Column("remaining", "Sisa Pokok", ("sisa pinjaman", "sisa", "saldo pinjaman", "pokok tersisa", "outstanding"), "rupiah", required=True, example=2_000_000),
        Column("rate", "Jasa % per Bulan", ("jasa", "bunga", "jasa %", "bunga %", "jasa per bulan", "bunga per bulan"), "percent", example="1,5"),
        Column("method", "Metode Jasa", ("metode", "cara hitung jasa"), choices=("flat", "menurun"), example="flat"),
        Column("months", "Sisa Angsuran (bulan)", ("sisa angsuran", "sisa bulan", "angsuran tersisa", "sisa tenor"), "count", example=4),
        Column("next_due", "Jatuh Tempo Berikutnya", ("jatuh tempo", "tgl jatuh tempo", "angsuran berikutnya"), "date", example=datetime.date(2026, 12, 27)),
    ),
    "balances": (
        Column("account", "Akun", ("kode akun", "no. akun", "no akun", "nama akun", "perkiraan", "rekening"), required=True, example="1101 Kas"),
        Column("debit", "Debit", ("debet", "d"), "rupiah", example=12_500_000),
        Column("credit", "Kredit", ("credit", "k"), "rupiah", example=0),
    ),
    "shu": (
        _MEMBER,
        Column("name", "Nama", ("nama lengkap", "nama anggota")),
        Column("year", "Tahun Buku", ("tahun", "tahun buku shu", "tahun shu", "year"), "count", required=True, example=2025),
        Column("amount", "SHU Belum Dibayar", ("shu", "sisa shu", "utang shu", "shu anggota", "jumlah shu"), "rupiah", required=True, example=185_000),
    ),
    "shares": (
        Column("ref", "No. Penjualan Lama", ("no penjualan", "no. penjualan", "nomor penjualan", "penjualan", "no. nota penjualan"), required=True, example="PJ-2026-041"),
        Column("sale_date", "Tanggal Penjualan", ("tgl penjualan", "tanggal jual", "tgl jual"), "date", required=True, example=datetime.date(2026, 10, 28)),
        Column("commodity", "Komoditas", ("komoditi", "jenis hasil", "produk"), required=True, example="Karet"),
        _MEMBER,
        Column("name", "Nama", ("nama lengkap", "nama anggota")),
        Column("net", "Berat Bersih (kg)", ("berat bersih", "netto", "neto", "berat", "kg"), "kg", required=True, example="118,5"),
        Column("quality", "Kadar %", ("kadar", "kkk", "mutu", "kadar %", "kkk %"), "percent", example=55),
        Column("amount", "Bagian Anggota (Rp)", ("bagian", "bagian anggota", "bagian (rp)", "bagian belum dibayar", "bagian belum dibayar (rp)", "belum dibayar", "hasil penjualan", "jumlah"), "rupiah", required=True, example=1_422_000),
        Column("paid_on", "Tanggal Dibayar", ("tgl dibayar", "dibayar", "tanggal bayar", "tgl bayar", "lunas"), "date", example=None),
    ),
    "deliveries": (
        Column("date", "Tanggal", ("tgl", "tanggal setor", "tgl setor", "date"), "date", required=True, example=datetime.date(2026, 11, 20)),
        _MEMBER,
        Column("name", "Nama", ("nama lengkap", "nama anggota")),
        Column("commodity", "Komoditas", ("komoditi", "jenis hasil", "produk"), required=True, example="Karet"),
        Column("gross", "Berat Kotor (kg)", ("berat kotor", "bruto", "bruto kg", "berat"), "kg", required=True, example="120,5"),
        Column("deduction", "Potongan (kg)", ("potongan", "potongan kg", "tara", "susut"), "kg", example="0,5"),
        Column("quality", "Kadar %", ("kadar", "kkk", "mutu", "kadar %", "kkk %"), "percent", example=55),
    ),
    # Issue 13: the plantation office's (Disbun) weekly reference prices per tree age, as the
    # office's table is copied into a workbook; the week as 2026-W48 or any date in it.
    "prices": (
        Column("commodity", "Komoditas", ("komoditi", "produk", "jenis hasil"), required=True, example="TBS Sawit"),
        Column("week", "Minggu", ("minggu ke", "periode", "pekan", "week", "tanggal"), required=True, example="2026-W48"),
        Column("age_from", "Umur Dari (tahun)", ("umur dari", "umur awal", "umur tanaman dari", "dari umur"), "count", required=True, example=10),
        Column("age_to", "Umur Sampai (tahun)", ("umur sampai", "umur akhir", "umur tanaman sampai", "sampai umur", "s.d. umur"), "count", required=True, example=20),
        Column("price", "Harga (Rp/kg)", ("harga", "harga tbs", "harga disbun", "harga acuan", "rp/kg"), "price", required=True, example="3.152,62"),
    ),
}  # fmt: skip

# Saying a kind in a sentence.
KIND_NAMES = {
    "members": "anggota",
    "savings": "simpanan awal",
    "loans": "pinjaman berjalan",
    "balances": "saldo awal akun",
    "shu": "SHU yang belum dibayar",
    "shares": "penjualan lama dan bagian anggota",
    "deliveries": "setoran",
    "prices": "harga acuan Disbun",
}


def normalize(header: object) -> str:
    """A header as compared: lower case, one space, no dots or colons at the ends."""
    text = " ".join(str(header or "").replace("\n", " ").split()).lower()
    return re.sub(r"\s*([./:])\s*", r"\1 ", text).strip(" .:").replace(" /", "/")


def match_headers(kind: str, cells: list[object]) -> dict[int, Column]:
    """Which column of the row holds which of the kind's columns (unknown ones ignored)."""
    names: dict[str, Column] = {}
    for column in KINDS[kind]:
        for name in (column.header, *column.synonyms, column.key):
            names.setdefault(normalize(name), column)
            names.setdefault(normalize(name).replace(" ", ""), column)
    found: dict[int, Column] = {}
    taken: set[str] = set()
    for index, cell in enumerate(cells):
        key = normalize(cell)
        column = names.get(key) or names.get(key.replace(" ", ""))
        if column is not None and column.key not in taken:
            found[index] = column
            taken.add(column.key)
    return found
