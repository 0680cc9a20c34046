"""The names of the book's checks (`koperasi check`), keyed by the English name
koperasi.book.checks gives each finding: name -> (Bahasa Indonesia, English)."""

from __future__ import annotations

CHECK_NAMES: dict[str, tuple[str, str]] = {
    "sqlite integrity": ("integritas berkas SQLite", "sqlite integrity"),
    "foreign keys": ("rujukan antar tabel", "foreign keys"),
    "every journal entry balances": ("setiap jurnal seimbang", "every journal entry balances"),
    "trial balance balances": ("neraca saldo seimbang", "trial balance balances"),
    "payable to members equals settled unpaid shares": (
        "utang hasil panen sama dengan bagian anggota yang belum dibayar",
        "payable to members equals settled unpaid shares",
    ),
    "each sale's parts sum to its net, over its own deliveries": (
        "bagian setiap penjualan berjumlah sama dengan hasil bersihnya",
        "each sale's parts sum to its net, over its own deliveries",
    ),
    "each settled delivery is in exactly one sale": (
        "setiap setoran yang terjual ada dalam tepat satu penjualan",
        "each settled delivery is in exactly one sale",
    ),
    "each sale has its journal entry": (
        "setiap penjualan punya jurnalnya",
        "each sale has its journal entry",
    ),
    "each sale's costs add up": (
        "biaya setiap penjualan cocok dengan rinciannya",
        "each sale's costs add up",
    ),
    "each sale's figures follow the rules": (
        "angka setiap penjualan sesuai aturan",
        "each sale's figures follow the rules",
    ),
    "each payout pays exactly the member's share": (
        "setiap pembayaran sama dengan bagian anggota",
        "each payout pays exactly the member's share",
    ),
    "numbers are gapless per year": (
        "nomor urut tanpa loncatan per tahun",
        "numbers are gapless per year",
    ),
    "savings accounts equal the sums of the savings movements": (
        "akun simpanan sama dengan jumlah mutasi simpanan",
        "savings accounts equal the sums of the savings movements",
    ),
    "each member's savings in the ledger equal their movements": (
        "simpanan setiap anggota di jurnal sama dengan mutasinya",
        "each member's savings in the ledger equal their movements",
    ),
    "no savings balance ever goes below zero": (
        "saldo simpanan tidak pernah kurang dari nol",
        "no savings balance ever goes below zero",
    ),
    "Piutang Anggota equals the loans' outstanding principal": (
        "piutang anggota sama dengan sisa pokok pinjaman",
        "Piutang Anggota equals the loans' outstanding principal",
    ),
    "each member's Piutang Anggota equals their outstanding loans": (
        "piutang setiap anggota sama dengan sisa pinjamannya",
        "each member's Piutang Anggota equals their outstanding loans",
    ),
    "member accounts are posted per member": (
        "akun anggota dicatat per anggota",
        "member accounts are posted per member",
    ),
    "each payout's deductions equal what they paid in": (
        "potongan setiap pembayaran sama dengan setoran dan angsuran yang dicatat",
        "each payout's deductions equal what they paid in",
    ),
    "Utang SHU equals the members' SHU not yet paid": (
        "utang SHU sama dengan SHU anggota yang belum dibayar",
        "Utang SHU equals the members' SHU not yet paid",
    ),
    "each SHU distribution adds up": (
        "setiap pembagian SHU berjumlah tepat",
        "each SHU distribution adds up",
    ),
    "nothing was posted into a closed period": (
        "tidak ada yang dicatat dalam periode yang sudah ditutup",
        "nothing was posted into a closed period",
    ),
    # file-level checks (koperasi.book.integrity)
    "quick_check": ("pemeriksaan cepat berkas SQLite", "SQLite quick check"),
    "integrity_check": ("pemeriksaan lengkap berkas SQLite", "SQLite full integrity check"),
    "foreign_keys": ("rujukan antar tabel", "foreign keys"),
    "money_bounds": (
        "jumlah uang dalam batas dan setiap jurnal seimbang",
        "amounts within bounds and every entry balances",
    ),
    "triggers": ("pengaman dan pemicu audit lengkap", "guard and audit triggers present"),
    "audit_chain": ("rantai catatan audit utuh", "audit chain intact"),
}

# Issue 10 (branch i10a).
from .i10a import CHECK_NAMES as _I10A  # noqa: E402

CHECK_NAMES.update(_I10A)
