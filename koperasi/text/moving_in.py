"""Sentences and labels of moving a cooperative in: importing workbooks, opening balances and
exporting to Excel, in Indonesian and English."""

from __future__ import annotations

# Refusals (KoperasiError codes), merged into koperasi.text.errors.MESSAGES.
MESSAGES: dict[str, tuple[str, str]] = {
    "import.required": ("Kolom ini wajib diisi.", "This column is required."),
    "import.not_a_number": (
        '"{value}" bukan angka.',
        '"{value}" is not a number.',
    ),
    "import.not_whole": (
        "{value} harus bilangan bulat (rupiah utuh).",
        "{value} must be a whole number (whole rupiah).",
    ),
    "import.too_large": ("{value} terlalu besar.", "{value} is too large."),
    "import.negative": ("{value} tidak boleh negatif.", "{value} must not be negative."),
    "import.not_a_date": (
        '"{value}" bukan tanggal (tulis 27/11/2026).',
        '"{value}" is not a date (write 27/11/2026).',
    ),
    "import.formula": (
        "Sel berisi rumus tanpa nilai ({value}); simpan berkas di Excel dulu atau tulis angkanya.",
        "The cell holds a formula without a value ({value}); save the file in Excel first or "
        "write the number.",
    ),
    "import.not_text": (
        "Isi sel tidak dapat dibaca sebagai teks.",
        "The cell cannot be read as text.",
    ),
    "import.too_long": (
        "Teks terlalu panjang (lebih dari {limit} huruf).",
        "The text is too long (over {limit} characters).",
    ),
    "import.bad_choice": (
        '"{value}" tidak dikenal; pilih salah satu dari: {choices}.',
        '"{value}" is unknown; choose one of: {choices}.',
    ),
    "import.no_header": (
        "Berkas {path} tidak punya baris judul kolom untuk {kind}; kolom yang dicari: {columns}.",
        "The file {path} has no header row for {kind}; the columns looked for: {columns}.",
    ),
    "import.missing_columns": (
        "Kolom wajib tidak ada di berkas: {columns}.",
        "Required columns are missing from the file: {columns}.",
    ),
    "import.unreadable": (
        "Berkas {path} tidak dapat dibaca sebagai Excel (.xlsx) atau CSV: {reason}",
        "The file {path} cannot be read as Excel (.xlsx) or CSV: {reason}",
    ),
    "import.bad_kind": (
        'Jenis impor "{kind}" tidak dikenal; pilih: {kinds}.',
        'Unknown import kind "{kind}"; choose: {kinds}.',
    ),
    "import.duplicate": (
        "Baris ini sama dengan baris {other} di berkas yang sama.",
        "This row repeats row {other} of the same file.",
    ),
    "import.member_unknown": (
        'Anggota "{value}" tidak ada di buku (impor anggota dulu).',
        'Member "{value}" is not in the book (import the members first).',
    ),
    "import.number_taken": (
        "Nomor anggota {number} sudah dipakai {name}.",
        "Member number {number} already belongs to {name}.",
    ),
    "import.account_unknown": (
        'Akun "{value}" tidak ada di bagan akun.',
        'Account "{value}" is not in the chart of accounts.',
    ),
    "import.commodity_unknown": (
        'Komoditas "{value}" tidak ada di buku.',
        'Commodity "{value}" is not in the book.',
    ),
    "import.debit_and_credit": (
        "Isi debit atau kredit, tidak keduanya.",
        "Fill in debit or credit, not both.",
    ),
    "import.loan_terms": (
        "Pinjaman perlu sisa angsuran (1 sampai 120 bulan) dan tanggal jatuh tempo berikutnya.",
        "A loan needs its remaining installments (1 to 120 months) and next due date.",
    ),
    "import.kasbon_terms": (
        "Kasbon tidak punya jasa, angsuran atau jatuh tempo.",
        "A kasbon has no service rate, installments or due date.",
    ),
    "import.opening_posted": (
        "Saldo awal sudah dibukukan pada {date}; perubahan dibuat sebagai transaksi biasa.",
        "The opening balances were posted on {date}; changes are made as ordinary records.",
    ),
    "opening.not_balanced": (
        "Saldo awal tidak seimbang: ada selisih yang harus dibetulkan dulu.",
        "The opening balances do not add up: there are differences to fix first.",
    ),
    "opening.empty": (
        "Belum ada saldo awal untuk dibukukan (impor neraca dulu).",
        "There are no opening balances to post (import the balance sheet first).",
    ),
    "opening.entries_before": (
        "Buku sudah punya jurnal bertanggal {first}, sebelum tanggal mulai {date}.",
        "The book already has journal entries dated {first}, before the start date {date}.",
    ),
    "export.bad_kind": (
        'Jenis ekspor "{kind}" tidak dikenal; pilih: {kinds}.',
        'Unknown export kind "{kind}"; choose: {kinds}.',
    ),
}

# Labels of the command line, workbooks and differences.
LABELS: dict[str, tuple[str, str]] = {
    "new": ("baru", "new"),
    "updated": ("diubah", "updated"),
    "unchanged": ("tidak berubah", "unchanged"),
    "refused": ("ditolak", "refused"),
    "row": ("Baris", "Row"),
    "column": ("Kolom", "Column"),
    "reason": ("Alasan", "Reason"),
    "summary": (
        "{new} baru, {updated} diubah, {unchanged} tidak berubah, {refused} ditolak.",
        "{new} new, {updated} updated, {unchanged} unchanged, {refused} refused.",
    ),
    "written": ("Tersimpan di buku.", "Written to the book."),
    "not_written": ("Tidak ada yang disimpan.", "Nothing was written."),
    "preview": ("Pratinjau: tidak ada yang disimpan.", "Preview: nothing was written."),
    "template_written": ("Templat ditulis ke {path}.", "Template written to {path}."),
    "export_written": ("{rows} baris ditulis ke {path}.", "{rows} rows written to {path}."),
    "opening_ok": (
        "Saldo awal per {date} seimbang dan cocok dengan rinciannya.",
        "The opening balances on {date} balance and match their details.",
    ),
    "opening_posted": (
        "Saldo awal dibukukan: jurnal {number}.",
        "Opening balances posted: entry {number}.",
    ),
    "diff.balance": ("Debit − kredit neraca", "Balance sheet debit − credit"),
    "diff.savings": (
        "Simpanan {kind} anggota − akun {account}",
        "Members' {kind} savings − account {account}",
    ),
    "diff.loans": (
        "Sisa pinjaman anggota − akun {account}",
        "Members' loans outstanding − account {account}",
    ),
    "diff.loan_due": (
        "Jatuh tempo pinjaman {member} sebelum tanggal mulai",
        "Loan of {member} due before the start date",
    ),
    "expected": ("Rincian", "Details"),
    "actual": ("Akun", "Account"),
    "difference": ("Selisih", "Difference"),
    "period": ("Periode {start} s.d. {end}", "Period {start} to {end}"),
    "year": ("Tahun {year}", "Year {year}"),
    "as_of": ("Per {date}", "As of {date}"),
    "instructions": ("Petunjuk", "Instructions"),
    "example": ("Contoh", "Example"),
}

# Moving in, part 2 (issue 12): the differences of wajib arrears, unpaid shares and SHU owed.
LABELS.update(
    {
        "diff.shu_owed": (
            "SHU anggota yang belum dibayar − akun {account}",
            "Members' SHU not yet paid − account {account}",
        ),
        "diff.shu_year": (
            "SHU tahun {year} sudah ada di buku atau belum lewat",
            "The SHU of {year} is already in the book or the year is not over",
        ),
        "diff.shares": (
            "Bagian hasil panen anggota yang belum dibayar − akun {account}",
            "Members' harvest shares not yet paid − account {account}",
        ),
        "diff.shares_money": (
            "Uang penjualan lama yang belum dibayar − saldo Kas dan Bank (tiap penjualan dari satu akun)",
            "Unpaid money of old sales − Cash and Bank balances (each sale from one account)",
        ),
        "diff.share_after": (
            "Penjualan lama {ref} atau pembayarannya bertanggal sesudah tanggal mulai",
            "The old sale {ref} or its payment is dated after the start date",
        ),
    }
)
