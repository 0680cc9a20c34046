"""Refusals and words of fixed assets sold or written off, and of the screens for assets,
the allowance, the accrual and the chart of accounts (issue 14, branch i14gui); MESSAGES is
merged into koperasi.text.errors.MESSAGES."""

from __future__ import annotations

MESSAGES: dict[str, tuple[str, str]] = {
    "disposal.no_asset": ("Tidak ada aset tetap {number}.", "There is no fixed asset {number}."),
    "disposal.bad_proceeds": (
        "Hasil penjualan harus nol (dihapuskan) atau lebih.",
        "The proceeds must be zero (written off) or more.",
    ),
    "disposal.already": (
        "Aset {number} sudah dilepas pada {date}.",
        "Asset {number} was already disposed of on {date}.",
    ),
    "disposal.before_acquired": (
        "Aset {number} baru diperoleh pada {date}: tanggal pelepasan tidak boleh sebelumnya.",
        "Asset {number} was acquired on {date}: it cannot be disposed of before that.",
    ),
    "disposal.after_depreciation": (
        "Penyusutan sudah dibukukan sampai {date}: aset {number} dilepas dengan tanggal "
        "dalam bulan itu atau sesudahnya.",
        "Depreciation is posted up to {date}: asset {number} is disposed of in that month "
        "or later.",
    ),
    "disposal.reason_required": (
        "Tulis alasan pembatalan pelepasan.",
        "Give the reason for reversing the disposal.",
    ),
    "disposal.not_disposed": (
        "Aset {number} belum dilepas.",
        "Asset {number} has not been disposed of.",
    ),
    "disposal.reverse_after_depreciation": (
        "Penyusutan sudah dibukukan sampai {date} tanpa aset {number}: pelepasannya tidak "
        "dapat dibatalkan lagi.",
        "Depreciation is posted up to {date} without asset {number}: its disposal can no "
        "longer be reversed.",
    ),
}

# The command line's words.
CLI_WORDS: dict[str, tuple[str, str]] = {
    "sold": (
        "{number} {name} dijual {date} seharga {proceeds}: nilai buku {book_value}, {result}.",
        "{number} {name} sold on {date} for {proceeds}: book value {book_value}, {result}.",
    ),
    "written_off": (
        "{number} {name} dihapuskan {date}: nilai buku {book_value}, {result}.",
        "{number} {name} written off on {date}: book value {book_value}, {result}.",
    ),
    "gain": ("laba {amount}", "gain {amount}"),
    "loss": ("rugi {amount}", "loss {amount}"),
    "even": ("tanpa laba atau rugi", "no gain or loss"),
    "depreciated_first": (
        "Penyusutan dibukukan dulu: {count} bulan, {amount}.",
        "Depreciation posted first: {count} month(s), {amount}.",
    ),
    "reversed": (
        "Pelepasan {number} dibatalkan; aset kembali disusutkan.",
        "The disposal of {number} is reversed; the asset is depreciated again.",
    ),
    "status": ("Status", "Status"),
    "active": ("aktif", "in use"),
    "disposed": ("dilepas {date}", "disposed {date}"),
}

# The RAT report's notes (CALK 10): assets sold or written off in the year.
RAT_LABELS: dict[str, tuple[str, str]] = {
    "calk.assets.disposed": (
        "Aset tetap yang dilepas tahun {year} (dijual atau dihapuskan):",
        "Fixed assets disposed of in {year} (sold or written off):",
    ),
    "calk.assets.disposed_item": ("{name} (dilepas {date})", "{name} (disposed {date})"),
    "calk.assets.disposed_name": ("Aset (tanggal dilepas)", "Asset (disposed on)"),
    "calk.assets.proceeds": ("Hasil pelepasan", "Proceeds"),
    "calk.assets.gain": ("Laba (rugi)", "Gain (loss)"),
    "calk.assets.disposal_policy": (
        "Aset yang dijual atau dihapuskan disusutkan sampai bulan pelepasannya, lalu harga "
        "perolehan dan akumulasi penyusutannya dikeluarkan; selisih hasil pelepasan dengan "
        "nilai buku dicatat sebagai Laba (4904) atau Rugi (5109) Pelepasan Aset Tetap.",
        "An asset sold or written off is depreciated up to the month it leaves, then its cost "
        "and accumulated depreciation are removed; the difference between the proceeds and "
        "the book value is a Gain (4904) or Loss (5109) on disposal.",
    ),
}
