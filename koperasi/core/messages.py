"""The sentences users see when something is refused, in Indonesian and English."""

from __future__ import annotations

import os

LANGUAGES = ("id", "en")
_language = (
    os.environ.get("KOPERASI_LANG", "id") if os.environ.get("KOPERASI_LANG") in LANGUAGES else "id"
)

# code: (Bahasa Indonesia, English)
MESSAGES: dict[str, tuple[str, str]] = {
    # book file
    "book.not_found": (
        "Berkas buku {path} tidak ditemukan.",
        "The book file {path} does not exist.",
    ),
    "book.exists": (
        "Berkas {path} sudah ada; buku baru tidak menimpa berkas lain.",
        "The file {path} already exists; a new book never overwrites another file.",
    ),
    "book.not_a_book": (
        "Berkas {path} bukan buku Koperasi; berkas itu tidak diubah.",
        "The file {path} is not a Koperasi book; it was left untouched.",
    ),
    "book.newer_version": (
        "Buku {path} dibuat oleh versi Koperasi yang lebih baru ({names}); perbarui program ini "
        "sebelum membukanya. Buku tidak diubah.",
        "The book {path} was made by a newer version of Koperasi ({names}); update this program "
        "before opening it. The book was left untouched.",
    ),
    "book.locked": (
        "Buku {path} sedang dibuka untuk ditulis oleh program lain (komputer {host}, proses {pid}, "
        "sejak {since}). Tutup program itu dulu.",
        "The book {path} is open for writing in another program (computer {host}, process {pid}, "
        "since {since}). Close that program first.",
    ),
    "book.locked_remote": (
        "Buku {path} dikunci oleh komputer lain ({host}, proses {pid}, sejak {since}). Jika komputer "
        "itu sudah mati, hapus berkas kunci {lock}.",
        "The book {path} is locked by another computer ({host}, process {pid}, since {since}). "
        "If that computer is off, delete the lock file {lock}.",
    ),
    "book.no_folder": (
        "Buku {path} tidak dapat dibuat: folder {folder} tidak ada.",
        "The book {path} cannot be made: the folder {folder} does not exist.",
    ),
    "book.readonly": (
        "Buku ini dibuka hanya untuk dibaca.",
        "This book is open read-only.",
    ),
    "book.cannot_open": (
        "Buku {path} tidak dapat dibuka: {reason}",
        "The book {path} cannot be opened: {reason}",
    ),
    "book.write_failed": (
        "Perubahan tidak tersimpan ({reason}); buku tidak diubah.",
        "The change was not saved ({reason}); the book was left unchanged.",
    ),
    "book.record_locked": (
        "Catatan ini sudah terkunci dan tidak boleh diubah atau dihapus ({reason}).",
        "This record is locked and cannot be changed or deleted ({reason}).",
    ),
    # input parsing
    "input.bad_kg": (
        'Berat "{text}" tidak valid: tulis dalam kg, paling banyak tiga angka desimal (mis. 120.5).',
        'The weight "{text}" is not valid: give kilograms with at most three decimals (e.g. 120.5).',
    ),
    "input.bad_price": (
        'Harga "{text}" tidak valid: tulis dalam rupiah, paling banyak dua angka desimal.',
        'The price "{text}" is not valid: give rupiah with at most two decimals.',
    ),
    "input.bad_rupiah": (
        'Jumlah "{text}" tidak valid: tulis dalam rupiah bulat tanpa desimal.',
        'The amount "{text}" is not valid: give whole rupiah without decimals.',
    ),
    "input.bad_percent": (
        'Persentase "{text}" tidak valid: tulis angka 0 sampai 100 dengan paling banyak dua desimal.',
        'The percentage "{text}" is not valid: give a number from 0 to 100 with at most two '
        "decimals.",
    ),
    "input.bad_date": (
        'Tanggal "{text}" tidak valid: tulis TTTT-BB-HH atau HH/BB/TTTT.',
        'The date "{text}" is not valid: write YYYY-MM-DD or DD/MM/YYYY.',
    ),
    "input.bad_cost": (
        'Biaya "{text}" tidak valid: tulis KETERANGAN=RUPIAH, mis. transport=150000.',
        'The cost "{text}" is not valid: write LABEL=RUPIAH, e.g. transport=150000.',
    ),
    "input.required": ("{field} wajib diisi.", "{field} is required."),
    # members
    "member.name_required": ("Nama anggota wajib diisi.", "The member's name is required."),
    "member.nik_invalid": (
        "NIK {nik} tidak valid: NIK terdiri dari 16 angka dengan kode wilayah dan tanggal lahir "
        "yang benar.",
        "NIK {nik} is not valid: a NIK has 16 digits with a real region code and birth date.",
    ),
    "member.nik_taken": (
        "NIK {nik} sudah dipakai oleh anggota {number} ({name}).",
        "NIK {nik} already belongs to member {number} ({name}).",
    ),
    "member.bad_gender": (
        "Jenis kelamin harus L (laki-laki) atau P (perempuan).",
        "Gender must be L (male) or P (female).",
    ),
    "member.future_join": (
        "Tanggal bergabung {date} belum terjadi.",
        "The join date {date} is in the future.",
    ),
    "member.not_found": ("Anggota {number} tidak ditemukan.", "Member {number} does not exist."),
    "member.inactive": (
        "Anggota {number} ({name}) sudah tidak aktif.",
        "Member {number} ({name}) is no longer active.",
    ),
    "member.bad_prefix": (
        'Awalan nomor anggota "{prefix}" tidak valid: gunakan 1 sampai 6 huruf atau angka.',
        'The member-number prefix "{prefix}" is not valid: use 1 to 6 letters or digits.',
    ),
    # commodities
    "commodity.name_required": ("Nama komoditas wajib diisi.", "The commodity's name is required."),
    "commodity.exists": ("Komoditas {name} sudah ada.", "The commodity {name} already exists."),
    "commodity.not_found": (
        "Komoditas {name} tidak ditemukan.",
        "The commodity {name} does not exist.",
    ),
    "commodity.bad_fee": (
        "Fee jasa koperasi harus berupa persentase 0 sampai 100 atau rupiah per kg, tidak "
        "keduanya.",
        "The service fee must be a percentage from 0 to 100 or rupiah per kg, not both.",
    ),
    # deliveries
    "delivery.gross_positive": (
        "Berat kotor harus lebih dari 0 kg.",
        "The gross weight must be more than 0 kg.",
    ),
    "delivery.deduction_negative": (
        "Potongan berat tidak boleh negatif.",
        "A weight deduction cannot be negative.",
    ),
    "delivery.net_positive": (
        "Berat bersih (kotor {gross} dikurangi potongan {deductions}) harus lebih dari 0 kg.",
        "The net weight (gross {gross} less deductions {deductions}) must be more than 0 kg.",
    ),
    "delivery.bad_quality": (
        "Kadar/mutu harus lebih dari 0 % dan paling tinggi 100 %.",
        "The quality factor must be above 0 % and at most 100 %.",
    ),
    "delivery.quality_not_used": (
        "Komoditas {commodity} tidak memakai kadar/mutu.",
        "The commodity {commodity} does not use a quality factor.",
    ),
    "delivery.not_found": (
        "Nota timbang {receipt} tidak ditemukan.",
        "Receipt {receipt} does not exist.",
    ),
    "delivery.settled": (
        "Setoran {receipt} sudah dibagi dalam penjualan {sale} dan tidak dapat diubah atau dibatalkan.",
        "Delivery {receipt} was settled in sale {sale} and can no longer be changed or voided.",
    ),
    "delivery.void": (
        "Setoran {receipt} sudah dibatalkan.",
        "Delivery {receipt} has already been voided.",
    ),
    "delivery.reason_required": (
        "Alasan koreksi atau pembatalan wajib diisi.",
        "A reason is required to correct or void a delivery.",
    ),
    "delivery.future_date": (
        "Tanggal setoran {date} belum terjadi.",
        "The delivery date {date} is in the future.",
    ),
    # sales
    "sale.no_open_deliveries": (
        "Tidak ada setoran {commodity} yang belum terjual sampai tanggal {date}.",
        "There are no open {commodity} deliveries dated on or before {date}.",
    ),
    "sale.delivery_not_open": (
        "Setoran {receipt} tidak dapat dimasukkan: bukan setoran {commodity} yang masih terbuka "
        "sampai tanggal {date}.",
        "Delivery {receipt} cannot be pooled: it is not an open {commodity} delivery dated on or "
        "before {date}.",
    ),
    "sale.sold_positive": (
        "Berat yang dibayar pembeli harus lebih dari 0 kg.",
        "The weight the buyer paid for must be more than 0 kg.",
    ),
    "sale.price_positive": (
        "Harga per kg atau total harga harus lebih dari 0.",
        "The price per kg or the agreed total must be more than 0.",
    ),
    "sale.price_or_total": (
        "Isi harga per kg atau total harga yang disepakati, salah satu saja.",
        "Give either a price per kg or an agreed total, not both.",
    ),
    "sale.cost_positive": (
        'Biaya penjualan "{label}" harus lebih dari 0.',
        'The sale cost "{label}" must be more than 0.',
    ),
    "sale.net_not_positive": (
        "Hasil bersih untuk anggota {net} tidak lebih dari nol (bruto {gross}, fee {fee}, biaya "
        "{costs}); penjualan ditolak.",
        "The net to members {net} is not above zero (gross {gross}, fee {fee}, costs {costs}); "
        "the sale is refused.",
    ),
    "sale.buyer_required": ("Nama pembeli wajib diisi.", "The buyer's name is required."),
    "sale.not_found": ("Penjualan {number} tidak ditemukan.", "Sale {number} does not exist."),
    "sale.bad_account": (
        'Akun penerimaan "{account}" tidak dikenal.',
        'The receiving account "{account}" is not known.',
    ),
    # payouts
    "payout.nothing_to_pay": (
        "Tidak ada bagian anggota yang belum dibayar dalam penjualan {sale}.",
        "There is no unpaid member share left in sale {sale}.",
    ),
    "payout.not_in_sale": (
        "Anggota {number} tidak punya bagian dalam penjualan {sale}.",
        "Member {number} has no share in sale {sale}.",
    ),
    "payout.already_paid": (
        "Bagian anggota {number} dalam penjualan {sale} sudah dibayar dengan slip {slip}.",
        "Member {number}'s share of sale {sale} was already paid with slip {slip}.",
    ),
    "payout.not_found": (
        "Slip pembayaran {slip} tidak ditemukan.",
        "Payout slip {slip} does not exist.",
    ),
    "payout.bad_method": (
        "Cara bayar harus tunai atau transfer.",
        "The payment method must be cash or transfer.",
    ),
    "payout.before_sale": (
        "Tanggal pembayaran {date} sebelum tanggal penjualan {sale_date}.",
        "The payout date {date} is before the sale date {sale_date}.",
    ),
    # loans, savings, SHU, cash book, closing
    "loan.amount_positive": (
        "Jumlah pinjaman harus lebih dari 0.",
        "The loan amount must be more than 0.",
    ),
    "loan.bad_term": (
        "Jangka waktu pinjaman harus 1 sampai 120 bulan.",
        "The loan term must be 1 to 120 months.",
    ),
    "loan.bad_method": (
        "Cara hitung jasa harus flat atau menurun.",
        "The service charge method must be flat or declining.",
    ),
    "shu.bad_split": (
        "Pembagian SHU menurut AD/ART harus berjumlah tepat 100 % (sekarang {total} %).",
        "The SHU split of the statutes must total exactly 100 % (now {total} %).",
    ),
    "shu.no_surplus": (
        "Tidak ada SHU untuk dibagi pada tahun {year}.",
        "There is no surplus to distribute for {year}.",
    ),
    # savings (simpanan)
    "savings.bad_kind": (
        "Jenis simpanan harus pokok, wajib, atau sukarela.",
        "The kind of savings must be pokok, wajib or sukarela.",
    ),
    "savings.amount_positive": (
        "Jumlah simpanan harus lebih dari 0.",
        "The savings amount must be more than 0.",
    ),
    "savings.bad_method": (
        "Cara bayar simpanan harus tunai atau transfer.",
        "Savings are paid in cash or by transfer.",
    ),
    "savings.pokok_paid": (
        "Anggota {number} ({name}) sudah membayar simpanan pokok ({amount}); simpanan pokok "
        "dibayar satu kali saja.",
        "Member {number} ({name}) has already paid the principal savings ({amount}); they are "
        "paid only once.",
    ),
    "savings.pokok_not_set": (
        "Jumlah simpanan pokok belum diatur di buku; sebutkan jumlahnya atau atur dulu di "
        "pengaturan simpanan.",
        "The principal savings amount is not set in the book; give the amount or set it in the "
        "savings settings first.",
    ),
    "savings.withdraw_sukarela_only": (
        "Hanya simpanan sukarela yang dapat ditarik.",
        "Only voluntary savings (sukarela) can be withdrawn.",
    ),
    "savings.insufficient": (
        "Saldo simpanan {kind} anggota {number} ({name}) yang dapat diambil pada {date} hanya "
        "{balance}; {amount} ditolak karena saldo tidak boleh kurang dari nol.",
        "Member {number} ({name}) has only {balance} of {kind} savings available on {date}; "
        "{amount} is refused because a balance never goes below zero.",
    ),
    "savings.not_found": (
        "Kwitansi simpanan {number} tidak ditemukan.",
        "Savings receipt {number} does not exist.",
    ),
    "savings.not_voidable": (
        "Kwitansi {number} dicatat dari {source} dan tidak dapat dibatalkan sendiri.",
        "Receipt {number} was recorded by {source} and cannot be voided on its own.",
    ),
    "savings.already_void": (
        "Kwitansi {number} sudah dibatalkan dengan kwitansi {void}.",
        "Receipt {number} was already voided by receipt {void}.",
    ),
    "savings.is_void": (
        "Kwitansi {number} adalah pembatalan dan tidak dapat dibatalkan lagi.",
        "Receipt {number} is itself a voiding receipt and cannot be voided.",
    ),
    # loans (kasbon and pinjaman)
    "loan.bad_kind": (
        "Jenis pinjaman harus kasbon atau pinjaman.",
        "The kind of loan must be kasbon (advance) or pinjaman (loan).",
    ),
    "loan.kasbon_terms": (
        "Kasbon dilunasi dari hasil panen berikutnya: tanpa jangka waktu angsuran dan tanpa jasa.",
        "An advance (kasbon) is repaid from the next harvest: no installment term and no "
        "service charge.",
    ),
    "loan.not_found": ("Pinjaman {number} tidak ditemukan.", "Loan {number} does not exist."),
    "loan.repayment_not_found": (
        "Kwitansi angsuran {number} tidak ditemukan.",
        "Repayment receipt {number} does not exist.",
    ),
    "loan.repay_positive": (
        "Jumlah pembayaran pinjaman harus lebih dari 0.",
        "The repayment must be more than 0.",
    ),
    "loan.paid_off": ("Pinjaman {number} sudah lunas.", "Loan {number} is already repaid."),
    "loan.overpaid": (
        "Pembayaran {amount} melebihi sisa pinjaman {number}: pokok {outstanding} ditambah jasa "
        "yang sudah jatuh tempo {service}, jumlah {most}.",
        "The repayment {amount} is more than what is left of loan {number}: principal "
        "{outstanding} plus service charge due {service}, together {most}.",
    ),
    "loan.before_loan": (
        "Tanggal {date} sebelum tanggal pinjaman {number} ({loan_date}).",
        "The date {date} is before the date of loan {number} ({loan_date}).",
    ),
    "loan.bad_money": (
        "Pinjaman dicairkan dan dibayar tunai atau lewat transfer bank.",
        "Loans are paid out and repaid in cash or by bank transfer.",
    ),
    # cash book (buku kas)
    "cash.bad_kind": (
        "Jenis catatan kas harus pemasukan (income) atau pengeluaran (expense).",
        "A cash-book entry is income or expense.",
    ),
    "cash.amount_positive": ("Jumlah harus lebih dari 0.", "The amount must be more than 0."),
    "cash.description_required": (
        "Keterangan catatan kas wajib diisi.",
        "A description of the cash-book entry is required.",
    ),
    "cash.category_not_found": (
        'Kategori kas "{name}" tidak ditemukan.',
        'The cash-book category "{name}" does not exist.',
    ),
    "cash.category_kind": (
        'Kategori "{name}" adalah kategori {kind}, bukan {wanted}.',
        'The category "{name}" is an {kind} category, not {wanted}.',
    ),
    "cash.category_exists": (
        'Kategori kas "{name}" sudah ada.',
        'The cash-book category "{name}" already exists.',
    ),
    "cash.category_inactive": (
        'Kategori kas "{name}" sudah tidak dipakai.',
        'The cash-book category "{name}" is no longer in use.',
    ),
    "cash.category_bad_account": (
        "Akun {account} tidak dapat dipakai untuk kategori kas: pilih akun pendapatan, beban, "
        "atau dana yang tidak dicatat per anggota.",
        "Account {account} cannot be used for a cash-book category: choose an income, expense "
        "or fund account that is not kept per member.",
    ),
    "cash.bad_money_account": (
        "Uang hanya masuk dan keluar lewat kas atau bank.",
        "Money comes in and goes out through cash (kas) or the bank only.",
    ),
    "cash.not_found": (
        "Bukti kas {number} tidak ditemukan.",
        "Cash voucher {number} does not exist.",
    ),
    "cash.already_void": (
        "Bukti kas {number} sudah dibatalkan dengan {void}.",
        "Cash voucher {number} was already voided by {void}.",
    ),
    "cash.is_void": (
        "Bukti kas {number} adalah pembatalan dan tidak dapat dibatalkan lagi.",
        "Cash voucher {number} is itself a voiding entry and cannot be voided.",
    ),
    "cash.bad_period": (
        "Tanggal awal {start} sesudah tanggal akhir {end}.",
        "The start date {start} is after the end date {end}.",
    ),
    # period closing (tutup buku)
    "period.closed": (
        "Periode sampai {until} sudah ditutup; tidak ada yang dapat dicatat, diubah, atau "
        "dibatalkan pada tanggal {date}. Catat koreksinya pada periode yang masih terbuka.",
        "The period up to {until} is closed; nothing can be posted, changed or voided on "
        "{date}. Record the correction in an open period.",
    ),
    "period.not_forward": (
        "Buku sudah ditutup sampai {until}; tutup buku berikutnya harus sesudah tanggal itu.",
        "The book is already closed up to {until}; the next closing must be after that date.",
    ),
    "period.future": (
        "Buku tidak dapat ditutup sampai {date}: tanggal itu belum lewat.",
        "The book cannot be closed up to {date}: that day has not passed yet.",
    ),
    # the year-end surplus (SHU)
    "shu.not_over": (
        "Tahun buku {year} belum berakhir; SHU dibagi sesudah tahun buku selesai.",
        "The financial year {year} is not over yet; the surplus is distributed after it ends.",
    ),
    "shu.already_posted": (
        "SHU tahun {year} sudah dibukukan.",
        "The surplus of {year} has already been posted.",
    ),
    "shu.not_posted": (
        "SHU tahun {year} belum dibukukan.",
        "The surplus of {year} has not been posted yet.",
    ),
    "shu.nothing_to_pay": (
        "Tidak ada SHU tahun {year} yang masih harus dibayarkan.",
        "No surplus of {year} is left to pay.",
    ),
    "shu.member_none": (
        "Anggota {number} tidak mendapat SHU tahun {year}.",
        "Member {number} has no share of the {year} surplus.",
    ),
    "shu.member_paid": (
        "SHU tahun {year} anggota {number} sudah dibayarkan pada {date}.",
        "Member {number}'s share of the {year} surplus was paid on {date}.",
    ),
    "shu.bad_method": (
        "SHU anggota dibayar tunai atau dimasukkan ke simpanan sukarela.",
        "A member's surplus is paid in cash or credited to their voluntary savings.",
    ),
    "shu.before_year_end": (
        "Tanggal pembayaran {date} belum sesudah akhir tahun {year}.",
        "The payment date {date} is not after the end of {year}.",
    ),
    # dates and members, for every money operation
    "date.future": ("Tanggal {date} belum terjadi.", "The date {date} is in the future."),
    "member.before_joined": (
        "Tanggal {date} sebelum anggota {number} bergabung ({joined}).",
        "The date {date} is before member {number} joined ({joined}).",
    ),
    "journal.belongs_to_document": (
        "Jurnal {number} dicatat oleh {document} dan tidak dapat dibalik sendiri; batalkan atau "
        "koreksi catatan itu.",
        "Journal entry {number} was posted by {document} and cannot be reversed on its own; "
        "void or correct that record instead.",
    ),
    # journal
    "journal.unbalanced": (
        "Jurnal tidak seimbang: debit {debit}, kredit {credit}.",
        "The journal entry does not balance: debit {debit}, credit {credit}.",
    ),
    "journal.not_found": (
        "Jurnal {number} tidak ditemukan.",
        "Journal entry {number} does not exist.",
    ),
    "journal.already_reversed": (
        "Jurnal {number} sudah dibalik oleh {reversal}.",
        "Journal entry {number} was already reversed by {reversal}.",
    ),
    "journal.belongs_to_record": (
        "Jurnal {number} adalah bagian dari penjualan atau pembayaran dan tidak dapat dibalik sendiri.",
        "Journal entry {number} belongs to a sale or a payout and cannot be reversed on its own.",
    ),
    "journal.is_reversal": (
        "Jurnal {number} adalah jurnal pembalik dan tidak dapat dibalik lagi.",
        "Journal entry {number} is itself a reversal and cannot be reversed.",
    ),
    # command line
    "cli.usage": (
        "Perintah tidak lengkap atau salah: {detail}; lihat {prog} --help.",
        "The command is incomplete or wrong: {detail}; see {prog} --help.",
    ),
    "cli.nothing_to_change": (
        "Tidak ada yang diubah: sebutkan paling sedikit satu nilai baru.",
        "Nothing to change: give at least one new value.",
    ),
    "cli.os_error": (
        "Berkas {path} tidak dapat dibaca atau ditulis ({reason}); buku tidak diubah.",
        "The file {path} cannot be read or written ({reason}); the book was left unchanged.",
    ),
    "input.bad_count": (
        'Angka "{text}" tidak valid: tulis bilangan bulat positif, mis. 50.',
        'The number "{text}" is not valid: give a positive whole number, e.g. 50.',
    ),
    # book safety (safety branch)
    "book.recovered": (
        "Buku dipulihkan setelah program berhenti mendadak; perubahan yang belum selesai "
        "dibatalkan.",
        "The book was recovered after the program stopped abruptly; the unfinished change "
        "was undone.",
    ),
    "book.needs_recovery": (
        "Buku {path} perlu dipulihkan setelah program berhenti mendadak, tetapi sedang dibuka "
        "oleh program lain. Tutup program itu, lalu buka buku ini lagi.",
        "The book {path} needs recovering after a program stopped abruptly, but another "
        "program has it open. Close that program, then open this book again.",
    ),
    "book.not_a_file": (
        "{path} bukan berkas biasa (mungkin folder atau perangkat), jadi tidak dapat dibuka "
        "sebagai buku; tidak ada yang diubah.",
        "{path} is not a regular file (perhaps a folder or a device), so it cannot be opened "
        "as a book; nothing was changed.",
    ),
    "book.lock_unsafe": (
        "Berkas kunci {lock} bukan berkas kunci Koperasi (tautan atau berkas lain); buku {path} "
        "tidak dibuka untuk ditulis dan tidak ada yang diubah.",
        "The lock file {lock} is not a Koperasi lock (a link or another kind of file); the "
        "book {path} was not opened for writing and nothing was changed.",
    ),
    "book.damaged": (
        "Buku {path} rusak ({reason}); buku dibuka hanya untuk dibaca. Pulihkan dari cadangan.",
        "The book {path} is damaged ({reason}); it was opened read-only. Restore it from a backup.",
    ),
    "backup.target_exists": (
        "Berkas {path} sudah ada; pemulihan cadangan hanya menulis ke berkas baru.",
        "The file {path} already exists; a backup is only restored into a new file.",
    ),
    "backup.not_verified": (
        "Cadangan {path} gagal diperiksa: {reason}",
        "The backup {path} failed its check: {reason}",
    ),
    "backup.no_folder": (
        "Folder cadangan {folder} tidak ada.",
        "The backup folder {folder} does not exist.",
    ),
}


def set_language(lang: str) -> None:
    """Choose the language of messages for this process."""
    global _language
    if lang not in LANGUAGES:
        raise ValueError(f"unknown language {lang!r}")
    _language = lang


def language() -> str:
    return _language


def message(code: str, lang: str | None = None, **params: object) -> str:
    texts = MESSAGES[code]
    text = texts[LANGUAGES.index(lang or _language)]
    return text.format(**params)
