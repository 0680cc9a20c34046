"""The sentences users see when something is refused (KoperasiError codes), in Indonesian and
English.

Raise KoperasiError(code, **params); whoever shows it to a user asks for their language:
exc.message(lang) (None: Indonesian). text(MESSAGES, code, lang, **params) says one without
raising.
"""

from __future__ import annotations

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
    # plots and traceability (geo branch)
    "plot.file_unknown_kind": (
        "Berkas {path} tidak dikenal: gunakan GeoJSON (.geojson/.json), KML (.kml), GPX (.gpx) "
        "atau CSV (.csv).",
        "The file {path} is not a known kind: use GeoJSON (.geojson/.json), KML (.kml), GPX (.gpx) "
        "or CSV (.csv).",
    ),
    "plot.file_unreadable": (
        "Berkas {path} tidak dapat dibaca sebagai {kind}: {reason}. Buku tidak diubah.",
        "The file {path} cannot be read as {kind}: {reason}. The book was left unchanged.",
    ),
    "plot.file_empty": (
        "Berkas {path} tidak berisi satu kebun pun.",
        "The file {path} holds no plot.",
    ),
    "plot.file_crs": (
        "Berkas {path} memakai sistem koordinat {crs}; EUDR meminta WGS84 (bujur, lintang dalam derajat).",
        "The file {path} uses the coordinate system {crs}; the EUDR requires WGS84 (longitude, "
        "latitude in degrees).",
    ),
    "plot.csv_columns": (
        "Berkas CSV {path} tidak memiliki kolom {columns}.",
        "The CSV file {path} has no column {columns}.",
    ),
    "plot.unsupported_geometry": (
        "{where}: bentuk {kind} tidak dapat dipakai; gunakan titik (Point), poligon (Polygon) atau "
        "multipoligon (MultiPolygon).",
        "{where}: the shape {kind} cannot be used; use a Point, a Polygon or a MultiPolygon.",
    ),
    "plot.no_geometry": (
        "{where}: tidak ada titik atau batas kebun.",
        "{where}: there is no point or boundary.",
    ),
    "plot.bad_coordinate": (
        '{where}: koordinat "{text}" bukan angka.',
        '{where}: the coordinate "{text}" is not a number.',
    ),
    "plot.few_decimals": (
        "{where}: koordinat {text} hanya memiliki {decimals} angka di belakang koma; EUDR meminta "
        "paling sedikit 6 (mis. 102.700000). Ambil ulang titik dengan aplikasi GPS.",
        "{where}: the coordinate {text} has only {decimals} decimals; the EUDR requires at least 6 "
        "(e.g. 102.700000). Take the point again with the GPS app.",
    ),
    "plot.outside_indonesia": (
        "{where}: titik bujur {lon}, lintang {lat} berada di luar daratan Indonesia.",
        "{where}: the point at longitude {lon}, latitude {lat} is outside Indonesia's land.",
    ),
    "plot.swapped": (
        "{where}: titik bujur {lon}, lintang {lat} berada di luar Indonesia; lintang dan bujur "
        "tampaknya tertukar. GeoJSON menulis [bujur, lintang], jadi tulis [{lat}, {lon}].",
        "{where}: the point at longitude {lon}, latitude {lat} is outside Indonesia; latitude and "
        "longitude look swapped. GeoJSON writes [longitude, latitude], so write [{lat}, {lon}].",
    ),
    "plot.ring_open": (
        "{where}: batas kebun tidak tertutup: titik terakhir harus sama dengan titik pertama.",
        "{where}: the boundary is not closed: the last position must equal the first.",
    ),
    "plot.ring_short": (
        "{where}: batas kebun memerlukan paling sedikit 4 titik (titik pertama diulang di akhir); "
        "ada {count}.",
        "{where}: a boundary needs at least 4 positions (the first repeated at the end); it has "
        "{count}.",
    ),
    "plot.invalid_polygon": (
        "{where}: batas kebun tidak sah ({reason}): garis batas tidak boleh berpotongan sendiri.",
        "{where}: the boundary is not valid ({reason}): its edges must not cross each other.",
    ),
    "plot.point_needs_area": (
        "{where}: untuk kebun yang dicatat sebagai satu titik, luas (ha) wajib diisi.",
        "{where}: a plot given as a single point needs its area (ha).",
    ),
    "plot.point_too_large": (
        "{where}: kebun seluas {area} ha lebih dari 4 ha; EUDR meminta batas kebun (poligon), "
        "bukan satu titik.",
        "{where}: a plot of {area} ha is larger than 4 ha; the EUDR requires its boundary (a "
        "polygon), not a single point.",
    ),
    "plot.area_mismatch": (
        "{where}: luas tercatat {stated} ha, luas menurut batas di peta {measured} ha (selisih "
        "{percent} %); periksa salah satunya.",
        "{where}: the stated area is {stated} ha, the boundary measures {measured} ha (a "
        "{percent} % difference); check one of them.",
    ),
    "plot.bad_area": (
        '{where}: luas "{text}" tidak valid: tulis hektare, mis. 1,5.',
        '{where}: the area "{text}" is not valid: give hectares, e.g. 1.5.',
    ),
    "plot.bad_year": (
        '{where}: tahun tanam "{text}" tidak valid.',
        '{where}: the planting year "{text}" is not valid.',
    ),
    "plot.member_required": (
        "{where}: nomor anggota pemilik kebun tidak diisi.",
        "{where}: the owner's member number is missing.",
    ),
    "plot.member_unknown": (
        "{where}: anggota {number} tidak ditemukan.",
        "{where}: member {number} does not exist.",
    ),
    "plot.member_mismatch": (
        "{where}: kebun ini milik anggota {found}, bukan anggota {number} yang dipilih.",
        "{where}: this plot belongs to member {found}, not to the chosen member {number}.",
    ),
    "plot.commodity_unknown": (
        "{where}: komoditas {name} tidak ditemukan.",
        "{where}: the commodity {name} does not exist.",
    ),
    "plot.name_required": (
        "{where}: nama kebun tidak diisi.",
        "{where}: the plot's name is missing.",
    ),
    "plot.name_taken": (
        "{where}: anggota {number} sudah memiliki kebun {name} dengan batas atau data lain; "
        "beri nama lain atau perbaiki kebun yang ada.",
        "{where}: member {number} already has a plot {name} with another boundary or other "
        "details; give it another name or correct the existing plot.",
    ),
    "plot.not_found": ("Kebun #{id} tidak ditemukan.", "Plot #{id} does not exist."),
    "plot.other_member": (
        "Kebun {name} milik anggota {owner}, bukan anggota {number} yang menyetor.",
        "The plot {name} belongs to member {owner}, not to member {number} who delivered.",
    ),
    "plot.where_feature": ("Fitur {n}", "Feature {n}"),
    "plot.where_placemark": ("Placemark {n}", "Placemark {n}"),
    "plot.where_waypoint": ("Titik GPX {n}", "GPX waypoint {n}"),
    "plot.where_track": ("Jalur GPX {n}", "GPX track {n}"),
    "plot.where_route": ("Rute GPX {n}", "GPX route {n}"),
    "plot.where_row": ("Baris {n}", "Row {n}"),
    "trace.no_plot": (
        "tidak ada kebun asal yang tercatat",
        "no plot of origin was recorded",
    ),
    "trace.free_text_only": (
        'kebun hanya ditulis sebagai teks "{text}", tanpa lokasi',
        'the plot is only written as the text "{text}", without a location',
    ),
    "trace.untraceable": (
        "Penjualan {number}: {count} setoran tanpa kebun asal ({receipts}); berkas GeoJSON EUDR "
        "tidak dibuat. Catat kebun setiap setoran terlebih dahulu.",
        "Sale {number}: {count} deliveries without a plot of origin ({receipts}); the EUDR GeoJSON "
        "was not made. Record the plot of every delivery first.",
    ),
    "geo.too_large": (
        "Berkas GeoJSON {size} MB melebihi batas 25 MB sistem informasi EUDR; bagi lot menjadi "
        "beberapa pernyataan.",
        "The GeoJSON file of {size} MB is over the EUDR information system's 25 MB limit; split "
        "the lot over several statements.",
    ),
    # typed numbers and dates (numbers branch)
    "number.rupiah.empty": (
        "Jumlah rupiah belum diisi: tulis rupiah bulat, mis. 1.250.000.",
        "The amount is empty: give whole rupiah, e.g. 1.250.000.",
    ),
    "number.rupiah.invalid": (
        'Jumlah "{text}" tidak valid: tulis rupiah bulat dengan titik pemisah ribuan, '
        "mis. 1.250.000 atau Rp 1.250.000.",
        'The amount "{text}" is not valid: give whole rupiah with dots between thousands, '
        "e.g. 1.250.000 or Rp 1.250.000.",
    ),
    "number.rupiah.ambiguous": (
        'Jumlah "{text}" tidak jelas: titik hanya memisahkan ribuan dalam kelompok tiga angka '
        "(1.250.000 = satu juta dua ratus lima puluh ribu rupiah), dan uang ditulis tanpa sen.",
        'The amount "{text}" is unclear: a dot only separates thousands in groups of three '
        "(1.250.000 = one million two hundred fifty thousand rupiah), and money has no cents.",
    ),
    "number.rupiah.decimals": (
        'Jumlah "{text}" memakai sen: uang dicatat dalam rupiah bulat, tulis mis. 1.250.000 '
        "(atau 1.250.000,00).",
        'The amount "{text}" has cents: money is kept in whole rupiah, write e.g. 1.250.000 '
        "(or 1.250.000,00).",
    ),
    "number.kg.empty": (
        "Berat belum diisi: tulis dalam kg, mis. 1.250,5.",
        "The weight is empty: give kilograms, e.g. 1.250,5.",
    ),
    "number.kg.invalid": (
        'Berat "{text}" tidak valid: tulis kg dengan titik pemisah ribuan dan koma desimal, '
        "mis. 1.250,5 atau 120,5.",
        'The weight "{text}" is not valid: give kilograms with dots between thousands and a '
        "decimal comma, e.g. 1.250,5 or 120,5.",
    ),
    "number.kg.ambiguous": (
        'Berat "{text}" tidak jelas: tulis 1.250 untuk seribu dua ratus lima puluh kg '
        "(titik memisahkan ribuan), atau {decimal} bila maksudnya desimal (koma menandai desimal).",
        'The weight "{text}" is unclear: write 1.250 for one thousand two hundred fifty kg '
        "(a dot separates thousands), or {decimal} if you mean a decimal (a comma marks decimals).",
    ),
    "number.kg.decimals": (
        'Berat "{text}" terlalu teliti: paling banyak tiga angka desimal (gram), mis. 0,125.',
        'The weight "{text}" is too precise: at most three decimals (grams), e.g. 0,125.',
    ),
    "number.price.empty": (
        "Harga belum diisi: tulis rupiah per kg, mis. 3.152,62.",
        "The price is empty: give rupiah per kg, e.g. 3.152,62.",
    ),
    "number.price.invalid": (
        'Harga "{text}" tidak valid: tulis rupiah per kg dengan titik pemisah ribuan dan '
        "koma desimal, mis. 3.152,62 atau 12.500.",
        'The price "{text}" is not valid: give rupiah per kg with dots between thousands and a '
        "decimal comma, e.g. 3.152,62 or 12.500.",
    ),
    "number.price.ambiguous": (
        'Harga "{text}" tidak jelas: tulis 12.500 untuk dua belas ribu lima ratus rupiah '
        "(titik memisahkan ribuan), atau {decimal} bila maksudnya desimal (koma menandai desimal).",
        'The price "{text}" is unclear: write 12.500 for twelve thousand five hundred rupiah '
        "(a dot separates thousands), or {decimal} if you mean a decimal (a comma marks decimals).",
    ),
    "number.price.decimals": (
        'Harga "{text}" terlalu teliti: paling banyak dua angka desimal, mis. 3.152,62.',
        'The price "{text}" is too precise: at most two decimals, e.g. 3.152,62.',
    ),
    "number.percent.empty": (
        "Persentase belum diisi: tulis angka persen, mis. 55,5.",
        "The percentage is empty: give a percent, e.g. 55,5.",
    ),
    "number.percent.invalid": (
        'Persentase "{text}" tidak valid: tulis angka persen dengan koma desimal, mis. 55,5 '
        "atau 3 %.",
        'The percentage "{text}" is not valid: give a percent with a decimal comma, e.g. 55,5 '
        "or 3 %.",
    ),
    "number.percent.ambiguous": (
        'Persentase "{text}" tidak jelas: desimal ditulis dengan koma, mis. {decimal}; '
        "titik hanya memisahkan ribuan.",
        'The percentage "{text}" is unclear: decimals take a comma, e.g. {decimal}; '
        "a dot only separates thousands.",
    ),
    "number.percent.decimals": (
        'Persentase "{text}" terlalu teliti: paling banyak dua angka desimal, mis. 0,01.',
        'The percentage "{text}" is too precise: at most two decimals, e.g. 0,01.',
    ),
    "number.count.empty": (
        "Jumlah belum diisi: tulis bilangan bulat, mis. 50.",
        "The number is empty: give a whole number, e.g. 50.",
    ),
    "number.count.invalid": (
        'Angka "{text}" tidak valid: tulis bilangan bulat, mis. 50 atau 1.250.',
        'The number "{text}" is not valid: give a whole number, e.g. 50 or 1.250.',
    ),
    "number.count.ambiguous": (
        'Angka "{text}" tidak jelas: tulis bilangan bulat; titik hanya memisahkan ribuan '
        "dalam kelompok tiga angka, mis. 1.250.",
        'The number "{text}" is unclear: give a whole number; a dot only separates thousands '
        "in groups of three, e.g. 1.250.",
    ),
    "number.count.decimals": (
        'Angka "{text}" harus bilangan bulat tanpa koma, mis. 50.',
        'The number "{text}" must be whole, without a comma, e.g. 50.',
    ),
    "number.negative": (
        'Angka "{text}" tidak boleh negatif: tulis tanpa tanda minus, mis. 1.250.',
        'The number "{text}" cannot be negative: write it without a minus sign, e.g. 1.250.',
    ),
    "number.leading_comma": (
        'Angka "{text}" diawali koma: tulis {suggestion} bila maksudnya kurang dari satu.',
        'The number "{text}" starts with a comma: write {suggestion} if you mean less than one.',
    ),
    "number.foreign_digits": (
        'Angka "{text}" memakai angka dari papan ketik lain (mis. angka Arab atau lebar '
        "penuh): ketik ulang dengan angka 0-9 biasa, mis. 1.250.",
        'The number "{text}" uses digits from another keyboard (e.g. Arabic or full-width): '
        "type it again with plain 0-9 digits, e.g. 1.250.",
    ),
    "number.invisible": (
        'Angka "{text}" berisi karakter tak terlihat ({char}), biasanya dari teks yang '
        "disalin: hapus isian dan ketik ulang angkanya, mis. 1.250.",
        'The number "{text}" contains an invisible character ({char}), usually from pasted '
        "text: clear the field and type the number again, e.g. 1.250.",
    ),
    "limit.rupiah": (
        "{field}{value} melebihi batas {max} per transaksi: periksa jumlah angka nolnya.",
        "{field}{value} is above the ceiling of {max} per operation: check the number of zeros.",
    ),
    "limit.grams": (
        "{field}{value} melebihi batas {max}: periksa jumlah angka nolnya.",
        "{field}{value} is above the ceiling of {max}: check the number of zeros.",
    ),
    "limit.price": (
        "{field}{value} per kg melebihi batas {max} per kg: periksa jumlah angka nolnya.",
        "{field}{value} per kg is above the ceiling of {max} per kg: check the number of zeros.",
    ),
    "limit.percent": (
        "{field}{value} melebihi batas {max}.",
        "{field}{value} is above the ceiling of {max}.",
    ),
    "limit.count": (
        "{field}{value} melebihi batas {max}: periksa jumlah angka nolnya.",
        "{field}{value} is above the ceiling of {max}: check the number of zeros.",
    ),
    "limit.year": (
        "{field}tahun {value} di luar rentang {low} sampai {high}: tulis tahun empat angka, "
        "mis. 27/11/2026.",
        "{field}the year {value} is outside {low} to {high}: write a four-digit year, "
        "e.g. 27/11/2026.",
    ),
    "date.invalid": (
        'Tanggal "{text}" tidak valid: tulis hari/bulan/tahun, mis. 27/11/2026 '
        "(atau 27-11-2026, 27.11.2026, 2026-11-27).",
        'The date "{text}" is not valid: write day/month/year, e.g. 27/11/2026 '
        "(or 27-11-2026, 27.11.2026, 2026-11-27).",
    ),
    "date.impossible": (
        'Tanggal "{text}" tidak ada di kalender: periksa hari dan bulannya, mis. 28/02/2027.',
        'The date "{text}" does not exist: check the day and month, e.g. 28/02/2027.',
    ),
    "date.two_digit_year": (
        'Tanggal "{text}" tidak jelas: tahun dua angka bisa berarti abad mana saja; '
        "tulis tahun empat angka, mis. 27/11/2026.",
        'The date "{text}" is unclear: a two-digit year could be any century; '
        "write a four-digit year, e.g. 27/11/2026.",
    ),
    "date.year_range": (
        'Tanggal "{text}" di luar rentang tahun {low} sampai {high}: periksa tahunnya, '
        "mis. 27/11/2026.",
        'The date "{text}" is outside the years {low} to {high}: check the year, e.g. 27/11/2026.',
    ),
    # scale, thermal printer, weighing posts (devices branch)
    "scale.port_failed": (
        "Port timbangan {port} tidak dapat dibuka ({reason}). Periksa kabel dan nama port.",
        "The scale port {port} cannot be opened ({reason}). Check the cable and the port name.",
    ),
    "scale.port_lost": (
        "Sambungan ke timbangan di {port} terputus ({reason}). Pasang lagi kabelnya.",
        "The connection to the scale on {port} was lost ({reason}). Plug the cable back in.",
    ),
    "scale.bad_setting": (
        "Pengaturan timbangan tidak valid: {detail}.",
        "The scale setting is not valid: {detail}.",
    ),
    "printer.bad_target": (
        'Tujuan printer "{target}" tidak dikenal: tulis path perangkat (mis. /dev/usb/lp0), '
        "cups:NAMA_ANTREAN, atau alamat:port (mis. 192.168.1.50:9100).",
        'The printer target "{target}" is not understood: give a device path (e.g. /dev/usb/lp0), '
        "cups:QUEUE_NAME, or host:port (e.g. 192.168.1.50:9100).",
    ),
    "printer.target_is_book": (
        "Berkas {path} adalah buku atau basis data; struk tidak akan menimpanya.",
        "The file {path} is a book or a database; a printout never overwrites it.",
    ),
    "printer.target_is_link": (
        "{path} adalah tautan (symlink); tulis ke perangkat atau berkas yang sebenarnya.",
        "{path} is a symbolic link; give the real device or file.",
    ),
    "printer.write_failed": (
        "Struk tidak terkirim ke {target} ({reason}).",
        "The printout was not sent to {target} ({reason}).",
    ),
    "printer.no_lp": (
        "Perintah lp (CUPS) tidak ditemukan; pasang CUPS atau pilih printer lain.",
        "The lp command (CUPS) was not found; install CUPS or choose another printer.",
    ),
    "printer.bad_paper": (
        "Lebar kertas {paper} tidak dikenal: pilih 58 atau 80 (mm).",
        "The paper width {paper} is not known: choose 58 or 80 (mm).",
    ),
    "batch.not_a_batch": (
        "Berkas ini bukan berkas kiriman pos timbang Koperasi.",
        "This file is not a Koperasi weighing-post batch.",
    ),
    "batch.unknown_version": (
        "Berkas kiriman ini memakai format versi {version}, yang tidak dikenal program ini; "
        "perbarui program. Tidak ada yang diimpor.",
        "This batch uses format version {version}, which this program does not know; update "
        "the program. Nothing was imported.",
    ),
    "batch.damaged": (
        "Berkas kiriman rusak atau terpotong; salin lagi dari pos timbang. Tidak ada yang diimpor.",
        "The batch file is damaged or cut short; copy it again from the weighing post. "
        "Nothing was imported.",
    ),
    "batch.bad_signature": (
        "Tanda tangan berkas kiriman tidak cocok: kuncinya salah atau isinya diubah. "
        "Tidak ada yang diimpor.",
        "The batch's signature does not match: the key is wrong or the contents were changed. "
        "Nothing was imported.",
    ),
    "batch.bad_key": (
        "Kunci pos timbang tidak valid: harus {length} huruf heksadesimal (0-9, a-f).",
        "The weighing-post key is not valid: it must be {length} hexadecimal characters (0-9, a-f).",
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
    # the year end and the members' meeting (RAT)
    "rat.bad_part": (
        "Bagian SHU {part} tidak dikenal; tulis NAMA=PERSEN, misalnya cadangan=40 atau "
        "jasa_anggota=27,5.",
        "The SHU part {part} is not known; write NAME=PERCENT, e.g. cadangan=40 or "
        "jasa_anggota=27.5.",
    ),
    "rat.bad_basis": (
        "Dasar jasa modal {basis} tidak dikenal; pilih year_end atau average.",
        "The capital basis {basis} is not known; choose year_end or average.",
    ),
    "rat.year_closed": (
        "Tahun buku {year} sudah ditutup.",
        "The year {year} is already closed.",
    ),
    "rat.nothing_to_close": (
        "Tahun {year} tidak punya pendapatan atau beban untuk ditutup.",
        "The year {year} has no income or expenses to close.",
    ),
    "rat.not_closed": (
        "Tutup buku tahun {year} dulu; RAT memutuskan SHU tahun yang sudah ditutup.",
        "Close the year {year} first; the RAT decides on the surplus of a closed year.",
    ),
    "rat.already_decided": (
        "RAT sudah memutuskan SHU {year}; ubah keputusannya dengan rat amend.",
        "The RAT already decided on {year}'s surplus; change it with rat amend.",
    ),
    "rat.not_decided": (
        "Belum ada keputusan RAT tentang SHU {year}.",
        "There is no RAT decision on {year}'s surplus yet.",
    ),
    "rat.paid": (
        "SHU {year} sudah mulai dibayar; keputusan RAT tidak dapat diubah lagi.",
        "Payment of {year}'s surplus has begun; the RAT decision can no longer be changed.",
    ),
    "rat.loss_mode": (
        "Tahun {year} rugi (SHU negatif): pilih --loss cover (ditutup dari cadangan) atau "
        "--loss carry (dibawa ke tahun berikutnya).",
        "The year {year} made a loss: choose --loss cover (from the reserve) or --loss carry "
        "(carried forward).",
    ),
    "rat.no_loss": (
        "Tahun {year} tidak rugi; --loss hanya untuk SHU negatif.",
        "The year {year} made no loss; --loss is only for a deficit.",
    ),
    "rat.reserve_short": (
        "Cadangan {reserve} tidak cukup menutup SHU negatif {year} sebesar {deficit}; "
        "pilih --loss carry.",
        "The reserve {reserve} does not cover {year}'s deficit of {deficit}; choose --loss carry.",
    ),
    "rat.nothing_to_amend": (
        "Keputusan baru untuk {year} sama dengan yang lama; tidak ada yang diubah.",
        "The new decision on {year} is the same as the old one; nothing was changed.",
    ),
    # tax
    "tax.bad_regime": (
        "Rezim pajak {regime} tidak dikenal; pilih final (PP 55/2022) atau normal.",
        "The tax regime {regime} is not known; choose final (PP 55/2022) or normal.",
    ),
    "tax.bad_year": (
        "Tahun terdaftar {year} tidak masuk akal.",
        "The registration year {year} is not plausible.",
    ),
    "tax.bad_month": (
        "Bulan {month} tidak ada; tulis 1 sampai 12.",
        "There is no month {month}; write 1 to 12.",
    ),
    "tax.not_final": (
        "Tahun {year} tidak memakai PPh final PP 55/2022.",
        "The year {year} is not under the PP 55/2022 final tax.",
    ),
    "tax.is_final": (
        "Tahun {year} memakai PPh final PP 55/2022; bukukan pajak per bulan.",
        "The year {year} is under the PP 55/2022 final tax; post the tax month by month.",
    ),
    "tax.month_not_over": (
        "Bulan {month}/{year} belum selesai.",
        "The month {month}/{year} is not over yet.",
    ),
    "tax.posted": (
        "Pajak {month}/{year} sudah dibukukan.",
        "The tax of {month}/{year} is already posted.",
    ),
    # users and roles (h9)
    "user.bad_role": (
        "Peran {role} tidak dikenal; pilih salah satu: {roles}.",
        "The role {role} is not known; choose one of: {roles}.",
    ),
    "user.short_password": (
        "Kata sandi terlalu pendek: paling sedikit 6 karakter.",
        "The password is too short: at least 6 characters.",
    ),
    "user.first_is_bendahara": (
        "Pengguna pertama sebuah buku harus bendahara, agar buku tidak terkunci bagi bendahara.",
        "The first user of a book must be a bendahara, so the treasurer is never locked out.",
    ),
    "user.exists": (
        "Pengguna {name} sudah ada.",
        "The user {name} already exists.",
    ),
    "user.bad_login": (
        "Nama pengguna atau kata sandi salah; tidak ada yang diubah.",
        "Wrong user name or password; nothing was changed.",
    ),
    "user.login_required": (
        "Buku ini memakai pengguna: masuk dulu (--user NAMA, kata sandi diminta atau dari "
        "$KOPERASI_PASSWORD). Tidak ada yang diubah.",
        "This book has users: log in first (--user NAME; the password is asked for or read "
        "from $KOPERASI_PASSWORD). Nothing was changed.",
    ),
    "user.not_allowed": (
        "{user} ({role}) tidak berwenang menjalankan {operation}; tidak ada yang diubah.",
        "{user} ({role}) may not run {operation}; nothing was changed.",
    ),
    "user.password_required": (
        "Kata sandi diperlukan: ketik saat diminta atau isi $KOPERASI_PASSWORD.",
        "A password is needed: type it when asked or set $KOPERASI_PASSWORD.",
    ),
    "user.passwords_differ": (
        "Kedua kata sandi tidak sama; pengguna tidak ditambahkan.",
        "The two passwords differ; the user was not added.",
    ),
    "audit.broken": (
        "Catatan audit tidak utuh: {problem} ({count} masalah).",
        "The audit log is not intact: {problem} ({count} problems).",
    ),
    "cli.unexpected": (
        "Terjadi kesalahan tak terduga ({error}); tidak ada yang diubah. Rinciannya dicatat "
        "di {log}.",
        "Something unexpected went wrong ({error}); nothing was changed. The details are in {log}.",
    ),
    "member.name_too_long": (
        "Nama terlalu panjang: paling banyak {max} karakter.",
        "The name is too long: at most {max} characters.",
    ),
}

# Moving in (issue 12): imports, opening balances and Excel exports, kept in their own file.
from .moving_in import MESSAGES as _MOVING_IN  # noqa: E402

MESSAGES.update(_MOVING_IN)
# Issue 15 (weighing posts, scale, thermal printer).
POST_MESSAGES: dict[str, tuple[str, str]] = {
    "post.bad_id": (
        "Kode pos timbang {post!r} tidak sah: huruf besar, angka dan tanda minus, paling "
        "banyak 16, misalnya P2.",
        "The weighing-post code {post!r} is not valid: capitals, digits and dashes, at most "
        "16, for example P2.",
    ),
    "post.exists": (
        "Pos timbang {post} sudah terdaftar di buku ini.",
        "Weighing post {post} is already registered in this book.",
    ),
    "post.unknown": (
        "Pos timbang {post} tidak terdaftar di buku ini; berkas tidak diimpor.",
        "Weighing post {post} is not registered in this book; the file was not imported.",
    ),
    "post.is_post": (
        "Buku ini adalah buku pos timbang; impor dan pendaftaran pos dilakukan di buku kantor.",
        "This book is a weighing post's book; posts are registered and imported at the office.",
    ),
    "post.not_a_post": (
        "Buku ini bukan buku pos timbang.",
        "This book is not a weighing post's book.",
    ),
    "post.wrong_book": (
        "Berkas ini milik buku koperasi lain; tidak ada yang diimpor.",
        "This file belongs to another cooperative book; nothing was imported.",
    ),
    "post.batch_missing": (
        "Kiriman pos {post} nomor {expected} belum diimpor; impor kiriman itu dulu sebelum "
        "nomor {got}. Tidak ada yang diimpor.",
        "Batch {expected} from post {post} has not been imported; import it before batch "
        "{got}. Nothing was imported.",
    ),
    "post.batch_chain": (
        "Kiriman pos {post} nomor {sequence} tidak menyambung ke kiriman sebelumnya; tidak ada "
        "yang diimpor.",
        "Batch {sequence} from post {post} does not follow the batch before it; nothing was "
        "imported.",
    ),
    "post.receipt_taken": (
        "Nomor nota {receipt} sudah ada di buku ini; tidak ada yang diimpor.",
        "Receipt number {receipt} already exists in this book; nothing was imported.",
    ),
    "post.weights_differ": (
        "Berat nota {receipt} tidak cocok dengan perhitungan buku ini; tidak ada yang diimpor.",
        "The weights of receipt {receipt} do not add up in this book; nothing was imported.",
    ),
    "post.correction_unknown": (
        "Koreksi untuk {delivery} datang sebelum setorannya; tidak ada yang diimpor.",
        "A correction of {delivery} came before the delivery itself; nothing was imported.",
    ),
    "post.read_failed": (
        "Berkas {path} tidak dapat dibaca: {reason}",
        "The file {path} cannot be read: {reason}",
    ),
    "scale.timeout": (
        "Timbangan di {port} tidak memberi berat stabil dalam {seconds} detik ({status}).",
        "The scale on {port} gave no stable weight within {seconds} seconds ({status}).",
    ),
    "printer.would_replace_device": (
        "{path} ada di folder perangkat tetapi tidak ada; printer belum tersambung? Tidak ada "
        "berkas yang dibuat.",
        "{path} is in the devices folder but does not exist; is the printer connected? No file "
        "was made.",
    ),
}

MESSAGES.update(POST_MESSAGES)
# Reference prices (issue 13, branch h13)
MESSAGES.update(
    {
        "reference.bad_week": (
            'Minggu "{text}" tidak valid: tulis minggu ISO sebagai TTTT-Www, mis. 2026-W48.',
            'The week "{text}" is not valid: give an ISO week as YYYY-Www, e.g. 2026-W48.',
        ),
        "reference.bad_ages": (
            "Umur tanaman {age_from} s.d. {age_to} tahun tidak valid: umur awal tidak boleh "
            "melebihi umur akhir (0 sampai 100 tahun).",
            "Tree ages {age_from} to {age_to} years are not valid: the first may not exceed the "
            "last (0 to 100 years).",
        ),
        "reference.bad_price": (
            "Harga acuan harus lebih dari nol.",
            "The reference price must be more than zero.",
        ),
    }
)
# Members leaving, loans, bounds (issue 10, branch i10b)
from .i10b import MESSAGES as _I10B  # noqa: E402

MESSAGES.update(_I10B)

# Corrections and controls (issue 10, branch i10a).
from .i10a import MESSAGES as _I10A  # noqa: E402

MESSAGES.update(_I10A)

from .i12 import MESSAGES as _I12  # noqa: E402  (moving in, part 2)

MESSAGES.update(_I12)
MESSAGES.update(
    __import__("koperasi.text.i1315", fromlist=["MESSAGES"]).MESSAGES
)  # weighing form (i1315)

# Issue 14 (fixed assets, depreciation, allowance for doubtful loans), in its own file.
from .i14 import MESSAGES as _I14  # noqa: E402

MESSAGES.update(_I14)

# Issue 13, branch i13b (the lot trace sheet as Excel), in its own file.
from .i13b import MESSAGES as _I13B  # noqa: E402

MESSAGES.update(_I13B)

from .i10c import MESSAGES as _I10C  # noqa: E402

MESSAGES.update(_I10C)

from .i14shu import MESSAGES as _I14SHU  # noqa: E402

MESSAGES.update(_I14SHU)

from .i14gui import MESSAGES as _I14GUI  # noqa: E402

MESSAGES.update(_I14GUI)

from .i14tax import MESSAGES as _I14TAX  # noqa: E402

MESSAGES.update(_I14TAX)
