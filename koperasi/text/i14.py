"""Refusals of fixed assets, depreciation and the allowance for doubtful loans (issue 14),
merged into koperasi.text.errors.MESSAGES."""

from __future__ import annotations

MESSAGES: dict[str, tuple[str, str]] = {
    "account.bad_code": (
        "Kode akun {account} tidak dapat ditambahkan: tulis empat angka di bawah induk {parents}.",
        "Account {account} cannot be added: give four digits under a parent {parents}.",
    ),
    "account.reserved_code": (
        "Kode akun {account} disimpan untuk akun program; akun koperasi sendiri memakai "
        "kode mulai {first}.",
        "Account code {account} is kept for the program's own accounts; the cooperative's "
        "own accounts take codes from {first}.",
    ),
    "account.no_name": ("Tulis nama akun.", "Give the account a name."),
    "account.exists": ("Akun {account} sudah ada.", "Account {account} already exists."),
    "asset.cost_positive": (
        "Harga perolehan aset harus lebih dari nol.",
        "The asset's cost must be more than zero.",
    ),
    "asset.bad_residual": (
        "Nilai sisa harus nol atau lebih, dan kurang dari harga perolehan.",
        "The residual value must be zero or more, and less than the cost.",
    ),
    "asset.bad_life": (
        "Umur manfaat harus 1 sampai {most} bulan.",
        "The useful life must be 1 to {most} months.",
    ),
    "asset.no_name": ("Tulis nama aset.", "Give the asset a name."),
    "asset.bad_money": (
        "Aset dibayar dari kas atau bank (tulis kas atau bank).",
        "An asset is paid from cash or bank (write kas or bank).",
    ),
    "asset.after_depreciation": (
        "Penyusutan sudah dibukukan sampai {date}: aset baru dicatat dengan tanggal sesudahnya.",
        "Depreciation is posted up to {date}: a new asset is dated after it.",
    ),
    "asset.not_depreciated": (
        "Penyusutan aset tetap bulan {month}/{year} belum dibukukan: bukukan dulu "
        "(koperasi asset depreciate), baru tutup tahun.",
        "The depreciation of {month}/{year} is not posted: post it first (koperasi asset "
        "depreciate), then close the year.",
    ),
    "asset.month_not_over": (
        "Bulan {month}/{year} belum selesai: penyusutannya dibukukan setelah akhir bulan.",
        "{month}/{year} is not over: its depreciation is posted after the month ends.",
    ),
    "asset.nothing_to_depreciate": (
        "Tidak ada penyusutan yang belum dibukukan sampai {month}/{year}.",
        "No depreciation is left to post up to {month}/{year}.",
    ),
    "accrual.posted": (
        "Jasa pinjaman akrual per {date} sudah dibukukan.",
        "The loan service accrued as of {date} is already posted.",
    ),
    "accrual.nothing": (
        "Tidak ada jasa pinjaman yang jatuh tempo dan belum dibayar per {date}.",
        "No loan service is due and unpaid as of {date}.",
    ),
    "allowance.not_month_end": (
        "Penyisihan piutang dihitung pada akhir bulan (misalnya 31/12/{year}).",
        "The allowance is computed at a month end (for example 31/12/{year}).",
    ),
    "allowance.not_over": (
        "Tanggal {date} belum lewat: penyisihan dibukukan setelah tanggal itu.",
        "{date} has not passed yet: the allowance is posted after that day.",
    ),
    "allowance.posted": (
        "Penyisihan piutang per {date} sudah dibukukan.",
        "The allowance as of {date} is already posted.",
    ),
    "allowance.nothing": (
        "Penyisihan piutang per {date} sudah sesuai ({amount}); tidak ada yang dibukukan.",
        "The allowance as of {date} is already right ({amount}); nothing to post.",
    ),
}

# The command line's words for fixed assets and the allowance.
CLI_WORDS: dict[str, tuple[str, str]] = {
    "added": (
        "{number} dicatat: {name}, {cost}, disusutkan {months} bulan.",
        "{number} recorded: {name}, {cost}, depreciated over {months} months.",
    ),
    "number": ("Nomor", "Number"),
    "name": ("Aset", "Asset"),
    "acquired": ("Tanggal perolehan", "Acquired"),
    "life": ("Umur (bln)", "Life (months)"),
    "cost": ("Harga perolehan", "Cost"),
    "accumulated": ("Akumulasi penyusutan", "Accumulated depreciation"),
    "book_value": ("Nilai buku", "Book value"),
    "month": ("Bulan", "Month"),
    "depreciation": ("Penyusutan", "Depreciation"),
    "posted": ("Dibukukan: {count} bulan, {amount}.", "Posted: {count} month(s), {amount}."),
    "class": ("Kolektibilitas", "Collectibility"),
    "loans": ("Pinjaman", "Loans"),
    "outstanding": ("Pokok", "Principal owed"),
    "rate": ("Tarif", "Rate"),
    "required": ("Penyisihan", "Allowance"),
    "total": ("Jumlah", "Total"),
    "booked": ("Sudah dibukukan (1209): {amount}", "Booked (1209): {amount}"),
    "adjustment": ("Penyesuaian: {amount}", "Adjustment: {amount}"),
    "accrued": (
        "Jasa pinjaman akrual: {amount} dari {count} pinjaman (dibalik esok harinya).",
        "Loan service accrued: {amount} on {count} loan(s) (reversed the next day).",
    ),
    "account_added": (
        "Akun {code} {name} ditambahkan ({kind}).",
        "Account {code} {name} added ({kind}).",
    ),
    "code": ("Kode", "Code"),
    "account": ("Akun", "Account"),
    "kind": ("Jenis", "Kind"),
    "kind.asset": ("aset", "asset"),
    "kind.liability": ("liabilitas", "liability"),
    "kind.equity": ("ekuitas", "equity"),
    "kind.income": ("pendapatan", "income"),
    "kind.expense": ("beban", "expense"),
    "year": ("Tahun", "Year"),
    "member": ("Nomor", "Member"),
    "member_name": ("Nama", "Name"),
    "since": ("Diputuskan", "Decided"),
    "unclaimed": ("SHU belum diambil", "SHU not yet paid"),
    "lancar": ("Lancar", "Current"),
    "kurang_lancar": ("Kurang lancar", "Substandard"),
    "diragukan": ("Diragukan", "Doubtful"),
    "macet": ("Macet", "Loss"),
}
