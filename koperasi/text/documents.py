"""Every word printed on a document (koperasi.pdf), in Bahasa Indonesia and English.

SHARED holds the words any document may print. A document with words of its own has its own
table, which koperasi.pdf.labels.Labels reads before SHARED. They stay separate tables, not one,
because a few keys say different things on different documents: "debit" is "Keluar" on a
statement but "Debit" in the journal, "account" is "Nama akun" in the ledger but "Uraian" in
the RAT, "loan.outstanding" is longer on the installment plan. A document's own words also read
best together. Every entry is key: (Bahasa Indonesia, English).
"""

from __future__ import annotations

# Every document may print these.
SHARED: dict[str, tuple[str, str]] = {
    # every document
    "printed_on": ("Dicetak {date}", "Printed {date}"),
    "audit_code": ("Kode audit {code}", "Audit code {code}"),
    "page_of": ("Halaman {page} dari {pages}", "Page {page} of {pages}"),
    "registration": ("Badan Hukum No. {number}", "Registration No. {number}"),
    "phone": ("Telp. {phone}", "Phone {phone}"),
    "continued": ("{reference} (lanjutan)", "{reference} (continued)"),
    "number": ("No.", "No."),
    "date": ("Tanggal", "Date"),
    "time": ("Jam", "Time"),
    "recorded": ("Dicatat", "Recorded"),
    "member": ("Anggota", "Member"),
    "member_no": ("No. anggota", "Member no."),
    "name": ("Nama", "Name"),
    "member_name": ("Nama anggota", "Member's name"),
    "village": ("Desa", "Village"),
    "commodity": ("Komoditas", "Commodity"),
    "plot": ("Kebun", "Plot"),
    "status": ("Status", "Status"),
    "total": ("JUMLAH", "TOTAL"),
    "treasurer": ("Bendahara", "Treasurer"),
    "chairman": ("Ketua", "Chairman"),
    "supervisor": ("Pengawas", "Supervisor"),
    "place_date": ("{place}, {date}", "{place}, {date}"),
    # weights
    "gross_weight": ("Berat kotor", "Gross weight"),
    "deductions_weight": ("Potongan berat", "Weight deductions"),
    "deductions_total": ("Jumlah potongan", "Total deductions"),
    "net_weight": ("Berat bersih", "Net weight"),
    "quality": ("Kadar (mutu)", "Quality"),
    "quality_short": ("Kadar", "Quality"),
    "deduction.tare": ("Tara (wadah)", "Tare"),
    "deduction.moisture": ("Kadar air", "Moisture"),
    "deduction.dirt": ("Kotoran", "Dirt"),
    "deduction.other": ("Lain-lain", "Other"),
    # documents' names (running heads, footers, PDF titles)
    "receipt.name": ("Nota timbang", "Delivery receipt"),
    "slip.name": ("Slip pembayaran", "Payout slip"),
    "settlement.name": ("Daftar pembagian hasil penjualan", "Settlement of sale proceeds"),
    "statement.name": ("Rekening anggota", "Member statement"),
    "register.name": ("Daftar anggota", "Member register"),
    # delivery receipt
    "receipt.title": ("NOTA TIMBANG", "DELIVERY RECEIPT"),
    "receipt.open": ("Belum terjual", "Not yet sold"),
    "receipt.settled": ("Terjual, penjualan {sale}", "Sold in sale {sale}"),
    "receipt.void": ("BATAL", "VOID"),
    "receipt.manual_weight": ("(berat diketik manual)", "(weight typed by hand)"),
    "receipt.void_reason": ("Alasan batal: {reason}", "Reason: {reason}"),
    "receipt.corrected": ("Dikoreksi {when}: {reason}", "Corrected {when}: {reason}"),
    "receipt.weigher": ("Petugas timbang", "Weigher"),
    "receipt.member": ("Anggota", "Member"),
    # payout slip
    "slip.title": ("SLIP PEMBAYARAN", "PAYOUT SLIP"),
    "slip.subtitle": (
        "Tanda terima bagian hasil penjualan",
        "Receipt for a share of sale proceeds",
    ),
    "sale": ("Penjualan", "Sale"),
    "buyer": ("Pembeli", "Buyer"),
    "price": ("Harga", "Price"),
    "price_per_kg": ("{price}/kg", "{price}/kg"),
    "agreed_total": ("borongan {amount}", "agreed total {amount}"),
    "slip.deliveries": ("Setoran dalam penjualan ini", "Deliveries in this sale"),
    "receipt_no": ("No. nota", "Receipt"),
    "part": ("Bagian", "Part"),
    "deliveries_n": ("{n} setoran", "{n} deliveries"),
    "deliveries_n.one": ("{n} setoran", "{n} delivery"),
    "share": ("Bagian hasil penjualan", "Share of the sale"),
    "deduction.deductions": ("Potongan", "Deductions"),
    "deduction.wajib": ("Potongan simpanan wajib", "Mandatory savings"),
    "deduction.kasbon": ("Potongan kasbon {loan}", "Advance repayment {loan}"),
    "deduction.pinjaman": ("Angsuran pinjaman {loan}", "Loan installment {loan}"),
    "deduction.split": (
        "pokok {principal}, jasa {service}",
        "principal {principal}, service {service}",
    ),
    "deduction.still_owed": ("Masih terutang {amount}", "Still owed {amount}"),
    "paid": ("DIBAYAR", "PAID"),
    "method.cash": ("tunai", "cash"),
    "method.transfer": ("transfer", "transfer"),
    "in_words": ("Terbilang", "In words"),
    "received_by": ("Yang menerima,", "Received by,"),
    "paid_by": ("Yang menyerahkan,", "Paid by,"),
    "receiver": ("Penerima,", "Received by,"),
    "meterai": ("Meterai", "Duty stamp"),
    # settlement sheet
    "settlement.title": ("DAFTAR PEMBAGIAN HASIL PENJUALAN", "SETTLEMENT OF SALE PROCEEDS"),
    "sold_weight": ("Berat terjual", "Sold weight"),
    "pooled_weight": ("Berat terkumpul", "Pooled weight"),
    "shrinkage": ("Susut", "Shrinkage"),
    "gross": ("Hasil kotor", "Gross proceeds"),
    "fee": ("Jasa koperasi", "Cooperative fee"),
    "fee_per_kg": ("{price}/kg", "{price}/kg"),
    "costs": ("Biaya penjualan", "Sale costs"),
    "net": ("Hasil bersih untuk anggota", "Net proceeds to members"),
    "deliveries": ("Setoran", "Deliv."),
    "equivalent": ("Berat × kadar", "Weight × quality"),
    "signature": ("Tanda tangan", "Signature"),
    "members_n": ("{n} anggota", "{n} members"),
    "members_n.one": ("{n} anggota", "{n} member"),
    "settlement.note": (
        "Bagian setiap anggota sebanding dengan berat bersih{quality} setorannya. Sisa "
        "pembulatan rupiah dibagikan dengan metode sisa terbesar, sehingga jumlah bagian sama "
        "persis dengan hasil bersih untuk anggota.",
        "Each member's share is proportional to the net weight{quality} of their deliveries. "
        "The rupiah left over by rounding go to the largest remainders, so the shares add up "
        "exactly to the net proceeds to members.",
    ),
    "settlement.note_quality": (" × kadar", " × quality"),
    "prepared_by": ("Dibuat oleh,", "Prepared by,"),
    "checked_by": ("Diperiksa oleh,", "Checked by,"),
    "approved_by": ("Disetujui oleh,", "Approved by,"),
    # member statement
    "statement.title": ("REKENING ANGGOTA", "MEMBER STATEMENT"),
    "period": ("Periode", "Period"),
    "period_value": ("{start} s.d. {end}", "{start} to {end}"),
    "joined": ("Tanggal masuk", "Joined"),
    "section.harvest": ("Hasil panen", "Harvest proceeds"),
    "opening": ("Saldo awal", "Opening balance"),
    "closing": ("Saldo akhir", "Closing balance"),
    "description": ("Keterangan", "Description"),
    "weight": ("Berat", "Weight"),
    "credit": ("Masuk", "In"),
    "debit": ("Keluar", "Out"),
    "balance": ("Saldo", "Balance"),
    "line.delivery": ("Setoran {commodity} {reference}", "{commodity} delivery {reference}"),
    "line.delivery.open": ("belum terjual", "not yet sold"),
    "line.delivery.sold": ("terjual {sale}", "sold in {sale}"),
    "line.delivery.void": ("BATAL", "VOID"),
    "line.quality": ("kadar {quality}", "quality {quality}"),
    "line.sale": (
        "Bagian penjualan {reference} ({commodity}, {n} setoran)",
        "Share of sale {reference} ({commodity}, {n} deliveries)",
    ),
    "line.sale.one": (
        "Bagian penjualan {reference} ({commodity}, {n} setoran)",
        "Share of sale {reference} ({commodity}, {n} delivery)",
    ),
    "line.payout": (
        "Dibayar {method} {reference} ({sale})",
        "Paid in {method} {reference} ({sale})",
    ),
    "line.deduction": ("Potongan {reference}", "Deductions {reference}"),
    "line.deduction.wajib": (
        "Potongan simpanan wajib {reference}",
        "Mandatory savings deducted {reference}",
    ),
    "line.deduction.kasbon": (
        "Potongan kasbon {loan} · {reference}",
        "Advance {loan} repaid · {reference}",
    ),
    "line.deduction.pinjaman": (
        "Angsuran pinjaman {loan} · {reference}",
        "Loan installment {loan} · {reference}",
    ),
    "line.savings.deposit": ("Setoran {kind} {reference}", "Deposit to {kind} {reference}"),
    "line.savings.withdrawal": (
        "Penarikan {kind} {reference}",
        "Withdrawal from {kind} {reference}",
    ),
    "line.savings.void": ("Pembatalan {voids} ({reference})", "Void of {voids} ({reference})"),
    "line.via.payout": ("dipotong dari {slip}", "deducted from {slip}"),
    "line.via.cash": ("tunai", "in cash"),
    "line.via.transfer": ("transfer", "by transfer"),
    "line.via.shu": ("dari SHU", "from SHU"),
    "line.loan.kasbon": ("Kasbon {reference} diterima", "Advance {reference} paid out"),
    "line.loan.pinjaman": (
        "Pinjaman {reference} diterima ({n} bulan)",
        "Loan {reference} paid out ({n} months)",
    ),
    "line.loan.pinjaman.one": (
        "Pinjaman {reference} diterima ({n} bulan)",
        "Loan {reference} paid out ({n} month)",
    ),
    "line.repayment.kasbon": (
        "Bayar kasbon {loan} {reference}",
        "Advance {loan} repaid {reference}",
    ),
    "line.repayment.pinjaman": (
        "Angsuran pinjaman {loan} {reference}",
        "Loan installment {loan} {reference}",
    ),
    "section.savings": ("Simpanan", "Savings"),
    "section.loans": ("Pinjaman dan kasbon", "Loans and advances"),
    "credit.savings": ("Setor", "Deposited"),
    "debit.savings": ("Tarik", "Withdrawn"),
    "credit.loans": ("Dipinjam", "Lent"),
    "debit.loans": ("Pokok dibayar", "Principal repaid"),
    "balance.loans": ("Sisa pokok", "Owed"),
    "savings.kind": ("Jenis simpanan", "Kind of savings"),
    "savings.pokok": ("Simpanan pokok", "Principal savings (pokok)"),
    "savings.wajib": ("Simpanan wajib", "Mandatory savings (wajib)"),
    "savings.sukarela": ("Simpanan sukarela", "Voluntary savings (sukarela)"),
    "loan.number": ("Pinjaman", "Loan"),
    "loan.kind.kasbon": ("Kasbon", "Advance"),
    "loan.kind.pinjaman": ("Pinjaman", "Loan"),
    "loan.principal": ("Jumlah pinjaman", "Amount lent"),
    "loan.outstanding": ("Sisa pokok", "Outstanding"),
    "loan.principal_due": ("Tunggakan pokok", "Principal in arrears"),
    "loan.service_due": ("Tunggakan jasa", "Service in arrears"),
    "statement.note.loans": (
        "Saldo pinjaman adalah sisa pokok yang masih terutang; jasa pinjaman yang dibayar "
        "dicantumkan pada keterangan angsurannya. Tunggakan adalah angsuran yang sudah jatuh "
        "tempo tetapi belum dibayar pada akhir periode. Kasbon dipotong seluruhnya dari "
        "pembayaran hasil panen berikutnya.",
        "The loan balance is the principal still owed; the service charge paid is shown with "
        "each installment. Arrears are installments fallen due and not paid by the end of the "
        "period. An advance is deducted whole from the next payout of harvest proceeds.",
    ),
    "statement.delivered": ("Disetor dalam periode", "Delivered in the period"),
    "statement.unsold": ("Belum terjual pada akhir periode", "Not yet sold at the end"),
    "statement.empty": (
        "Tidak ada transaksi dalam periode ini.",
        "No transactions in this period.",
    ),
    "statement.note.harvest": (
        "Saldo hasil panen adalah bagian hasil penjualan yang belum dibayarkan kepada anggota. "
        "Setoran dicatat menurut beratnya dan baru bernilai rupiah setelah terjual.",
        "The harvest balance is the part of sale proceeds not yet paid to the member. "
        "Deliveries are listed by weight and gain a rupiah value once they are sold.",
    ),
    # member register
    "register.title": ("DAFTAR ANGGOTA", "MEMBER REGISTER"),
    "as_of": ("Keadaan per {date}", "As of {date}"),
    "nik": ("NIK", "NIK"),
    "gender": ("L/P", "M/F"),
    "gender.L": ("L", "M"),
    "gender.P": ("P", "F"),
    "active": ("Aktif", "Active"),
    "left": ("Keluar {date}", "Left {date}"),
    "left_undated": ("Keluar", "Left"),
    "register.summary": (
        "Jumlah anggota {count}: aktif {active}, keluar {left}. "
        "Anggota aktif laki-laki {men}, perempuan {women}.",
        "{count} members: {active} active, {left} left. Active men {men}, women {women}.",
    ),
}

# The kwitansi (koperasi.pdf.kwitansi).
KWITANSI: dict[str, tuple[str, str]] = {
    "kwitansi.name": ("Kwitansi", "Receipt"),
    "kwitansi.title": ("KWITANSI", "RECEIPT"),
    "kwitansi.for": ("Untuk", "For"),
    "kwitansi.method": ("Cara bayar", "Paid by"),
    "kwitansi.memo": ("Catatan", "Note"),
    "kwitansi.deposit": ("Setoran simpanan {kind}", "Deposit to {kind} savings"),
    "kwitansi.withdrawal": ("Penarikan simpanan {kind}", "Withdrawal of {kind} savings"),
    "kwitansi.void_of": ("Pembatalan kwitansi {number}", "Void of receipt {number}"),
    "kwitansi.repayment.pinjaman": ("Angsuran pinjaman {loan}", "Installment of loan {loan}"),
    "kwitansi.repayment.kasbon": ("Pembayaran kasbon {loan}", "Repayment of advance {loan}"),
    "kwitansi.kind.pokok": ("pokok", "principal"),
    "kwitansi.kind.wajib": ("wajib", "mandatory"),
    "kwitansi.kind.sukarela": ("sukarela", "voluntary"),
    "kwitansi.method.cash": ("Tunai", "Cash"),
    "kwitansi.method.transfer": ("Transfer bank", "Bank transfer"),
    "kwitansi.method.payout": ("Dipotong dari slip {slip}", "Deducted from slip {slip}"),
    "kwitansi.method.shu": ("Dari SHU", "From the surplus (SHU)"),
    "kwitansi.principal": ("Pokok pinjaman", "Principal"),
    "kwitansi.service": ("Jasa pinjaman", "Service charge"),
    "kwitansi.received": ("DITERIMA", "RECEIVED"),
    "kwitansi.paid_out": ("DIBAYARKAN", "PAID OUT"),
    "kwitansi.balance": ("Saldo simpanan {kind} sesudahnya", "{kind} savings balance after"),
    "kwitansi.outstanding": ("Sisa pokok pinjaman", "Principal still owed"),
    "kwitansi.voided_by": ("DIBATALKAN dengan {number}", "VOIDED by {number}"),
    "kwitansi.void": ("BATAL", "VOID"),
    "kwitansi.depositor": ("Yang menyetor,", "Paid in by,"),
    "kwitansi.receiver": ("Yang menerima,", "Received by,"),
    "kwitansi.payer": ("Yang menyerahkan,", "Paid out by,"),
}

# The trial balance and the general journal (koperasi.pdf.ledger).
LEDGER: dict[str, tuple[str, str]] = {
    "trial_balance.title": ("NERACA SALDO", "TRIAL BALANCE"),
    "trial_balance.as_of": ("Per {date}", "As of {date}"),
    "journal.title": ("JURNAL UMUM", "GENERAL JOURNAL"),
    "journal.entry_no": ("No. jurnal", "Entry"),
    "code": ("Kode", "Code"),
    "account": ("Nama akun", "Account"),
    "description_account": ("Keterangan / akun", "Description / account"),
    "debit": ("Debit", "Debit"),
    "credit": ("Kredit", "Credit"),
    "balance": ("Saldo", "Balance"),
    "balanced": (
        "Jumlah debit sama dengan jumlah kredit: neraca saldo seimbang.",
        "Total debits equal total credits: the trial balance balances.",
    ),
    "unbalanced": (
        "NERACA SALDO TIDAK SEIMBANG: selisih debit dan kredit {difference}.",
        "THE TRIAL BALANCE DOES NOT BALANCE: debits and credits differ by {difference}.",
    ),
    "trial_balance.note": (
        "Debit dan kredit adalah jumlah semua jurnal sampai tanggal tersebut. Saldo dihitung "
        "pada sisi normal akun: debit untuk harta dan beban, kredit untuk kewajiban, modal dan "
        "pendapatan.",
        "Debits and credits are the totals of every journal entry up to that date. Balances "
        "are on each account's normal side: debit for assets and expenses, credit for "
        "liabilities, equity and income.",
    ),
    "journal.reverses": ("pembalik {number}", "reverses {number}"),
    "journal.reversed_by": ("dibatalkan dengan {number}", "reversed by {number}"),
    "journal.empty": (
        "Tidak ada jurnal dalam periode ini.",
        "No journal entries in this period.",
    ),
    "journal.summary": (
        "{entries} jurnal, {lines} baris.",
        "{entries} entries, {lines} lines.",
    ),
}

# A loan's installment plan (koperasi.pdf.loan_schedule).
LOAN_SCHEDULE: dict[str, tuple[str, str]] = {
    "loan.name.pinjaman": ("Jadwal angsuran pinjaman", "Loan installment plan"),
    "loan.name.kasbon": ("Tanda terima kasbon", "Advance receipt"),
    "loan.title.pinjaman": ("PINJAMAN ANGGOTA DAN JADWAL ANGSURAN", "MEMBER LOAN AND INSTALLMENTS"),
    "loan.title.kasbon": ("KASBON ANGGOTA", "MEMBER ADVANCE (KASBON)"),
    "loan.number": ("No. pinjaman", "Loan no."),
    "loan.date": ("Tanggal pinjaman", "Date of the loan"),
    "loan.principal": ("Jumlah pinjaman", "Amount lent"),
    "loan.term": ("Jangka waktu", "Term"),
    "loan.term_value": ("{months} bulan", "{months} months"),
    "loan.term_value.one": ("{months} bulan", "{months} month"),
    "loan.rate": ("Jasa per bulan", "Service charge a month"),
    "loan.rate_value.flat": (
        "{rate} dari pokok pinjaman (flat)",
        "{rate} of the amount lent (flat)",
    ),
    "loan.rate_value.declining": (
        "{rate} dari sisa pokok (menurun)",
        "{rate} of the principal still owed (declining)",
    ),
    "loan.purpose": ("Keperluan", "Purpose"),
    "loan.paid_from": ("Dibayarkan", "Paid out"),
    "loan.paid_from.cash": ("tunai", "in cash"),
    "loan.paid_from.transfer": ("transfer bank", "by bank transfer"),
    "loan.kasbon_terms": (
        "Kasbon tidak berjasa dan dibayar penuh dengan dipotong dari pembayaran hasil panen "
        "berikutnya. Bagian yang belum terpotong tetap menjadi utang anggota.",
        "An advance carries no service charge and is deducted whole from the next harvest "
        "payout. What cannot be deducted stays owed by the member.",
    ),
    "loan.schedule": ("Jadwal angsuran", "Installment plan"),
    "loan.installment": ("Ke", "No."),
    "loan.due": ("Jatuh tempo", "Due"),
    "loan.col_principal": ("Pokok", "Principal"),
    "loan.col_service": ("Jasa", "Service"),
    "loan.col_total": ("Jumlah angsuran", "Installment"),
    "loan.col_left": ("Sisa pokok", "Principal left"),
    "loan.schedule_note": (
        "Pembayaran angsuran melunasi jasa yang jatuh tempo lebih dahulu, kemudian pokok. "
        "Angsuran dapat dipotong dari pembayaran hasil panen anggota.",
        "A repayment pays the service charge due first, then principal. Installments may be "
        "deducted from the member's harvest payouts.",
    ),
    "loan.repayments": ("Pembayaran sampai {date}", "Repayments up to {date}"),
    "loan.receipt": ("Kwitansi", "Receipt"),
    "loan.method": ("Cara bayar", "Paid by"),
    "loan.method.cash": ("tunai", "cash"),
    "loan.method.transfer": ("transfer", "transfer"),
    "loan.method.payout": ("potong slip", "payout deduction"),
    "loan.no_repayments": ("Belum ada pembayaran.", "Nothing repaid yet."),
    "loan.position": ("Keadaan per {date}", "Position on {date}"),
    "loan.outstanding": ("Sisa pokok pinjaman", "Principal still owed"),
    "loan.due_now": ("Jatuh tempo dan belum dibayar", "Due and not yet paid"),
    "loan.due_now_value": (
        "{total} (pokok {principal}, jasa {service})",
        "{total} (principal {principal}, service {service})",
    ),
    "loan.paid_off": ("LUNAS", "REPAID"),
    "loan.borrower": ("Peminjam,", "Borrower,"),
    "loan.lender": ("Yang menyerahkan,", "Paid out by,"),
    "loan.approved": ("Menyetujui,", "Approved by,"),
}

# The cash book and the bank book (koperasi.pdf.cash_book).
CASH_BOOK: dict[str, tuple[str, str]] = {
    "cash_book.name.1101": ("Buku kas", "Cash book"),
    "cash_book.name.1102": ("Buku bank", "Bank book"),
    "cash_book.title.1101": ("BUKU KAS", "CASH BOOK"),
    "cash_book.title.1102": ("BUKU BANK", "BANK BOOK"),
    "cash_book.account": ("Akun {code} {name}", "Account {code} {name}"),
    "cash_book.entry": ("No. jurnal", "Entry"),
    "cash_book.in": ("Masuk", "In"),
    "cash_book.out": ("Keluar", "Out"),
    "cash_book.empty": (
        "Tidak ada penerimaan atau pengeluaran dalam periode ini.",
        "No money came in or went out in this period.",
    ),
    "cash_book.summary": (
        "Saldo awal {opening} + masuk {received} − keluar {paid} = saldo akhir {closing}.",
        "Opening {opening} + in {received} − out {paid} = closing {closing}.",
    ),
    "cash_book.note": (
        "Buku ini memuat setiap jurnal yang menyentuh akun tersebut: penjualan, pembayaran "
        "anggota, simpanan, pinjaman, SHU dan bukti kas.",
        "This book lists every journal entry that touches the account: sales, payouts, "
        "savings, loans, SHU and cash vouchers.",
    ),
    "cash_book.negative": (
        "Perhatian: saldo menjadi negatif dalam periode ini; periksa catatan yang terlewat.",
        "Note: the balance goes below zero in this period; look for a missing record.",
    ),
}

# The RAT annual report (koperasi.pdf.rat).
RAT: dict[str, tuple[str, str]] = {
    "rat.name": (
        "Laporan Pertanggungjawaban Pengurus Tahun Buku {year}",
        "Board's Annual Report, Financial Year {year}",
    ),
    "rat.short": ("RAT {year}", "AGM {year}"),
    "rat.cover.title": ("LAPORAN PERTANGGUNGJAWABAN PENGURUS", "THE BOARD'S ANNUAL REPORT"),
    "rat.cover.year": ("TAHUN BUKU {year}", "FINANCIAL YEAR {year}"),
    "rat.cover.meeting": (
        "Disampaikan dalam Rapat Anggota Tahunan (RAT)",
        "Presented to the Annual Members' Meeting",
    ),
    "rat.cover.contents": ("Daftar isi", "Contents"),
    "rat.cover.board": ("Pengurus", "The board"),
    "rat.cover.page": ("hlm.", "p."),
    "rat.cover.note": (
        "Semua angka dalam laporan ini dihitung dari jurnal umum dan catatan koperasi, dalam "
        "rupiah penuh tanpa pembulatan.",
        "Every figure in this report is computed from the general journal and the "
        "cooperative's records, in whole rupiah, without rounding.",
    ),
    # part titles, as headings and in the contents
    "part.neraca": ("NERACA", "BALANCE SHEET"),
    "part.phu": ("PERHITUNGAN HASIL USAHA", "STATEMENT OF OPERATIONS"),
    "part.arus-kas": ("LAPORAN ARUS KAS", "CASH FLOW SUMMARY"),
    "part.ekuitas": ("LAPORAN PERUBAHAN EKUITAS", "STATEMENT OF CHANGES IN EQUITY"),
    "part.shu": ("DAFTAR PEMBAGIAN SHU ANGGOTA", "MEMBERS' SURPLUS (SHU) DISTRIBUTION"),
    "part.anggota": ("STATISTIK ANGGOTA", "MEMBER STATISTICS"),
    "part.komoditas": ("VOLUME DAN HARGA KOMODITAS", "COMMODITY VOLUMES AND PRICES"),
    "name.neraca": ("Neraca", "Balance sheet"),
    "name.phu": ("Perhitungan hasil usaha", "Statement of operations"),
    "name.arus-kas": ("Laporan arus kas", "Cash flow summary"),
    "name.ekuitas": ("Laporan perubahan ekuitas", "Changes in equity"),
    "name.shu": ("Daftar pembagian SHU anggota", "Members' SHU distribution"),
    "name.anggota": ("Statistik anggota", "Member statistics"),
    "name.komoditas": ("Volume dan harga komoditas", "Commodity volumes and prices"),
    "part.neraca.sub": (
        "Per 31 Desember {year} dan {previous}",
        "As of 31 December {year} and {previous}",
    ),
    "part.period.sub": (
        "Tahun buku {year}, dibandingkan dengan tahun {previous}",
        "Financial year {year}, compared with {previous}",
    ),
    "part.year.sub": (
        "1 Januari s.d. 31 Desember {year}",
        "1 January to 31 December {year}",
    ),
    "part.shu.sub": ("Sisa hasil usaha tahun buku {year}", "Surplus of the financial year {year}"),
    "roman": ("{numeral}. {title}", "{numeral}. {title}"),
    # columns and common words
    "code": ("Kode", "Code"),
    "account": ("Uraian", "Item"),
    "rp": ("(Rp)", "(Rp)"),
    "dec31": ("31 Des {year}", "31 Dec {year}"),
    "year_col": ("Tahun {year}", "Year {year}"),
    "total_of": ("Jumlah {what}", "Total {what}"),
    "none_line": ("(tidak ada)", "(none)"),
    # balance sheet
    "group.assets": ("ASET", "ASSETS"),
    "group.liabilities": ("KEWAJIBAN", "LIABILITIES"),
    "group.equity": ("EKUITAS", "EQUITY"),
    "group.assets.total": ("JUMLAH ASET", "TOTAL ASSETS"),
    "group.liabilities.total": ("Jumlah kewajiban", "Total liabilities"),
    "group.equity.total": ("Jumlah ekuitas", "Total equity"),
    "liabilities_and_equity": ("JUMLAH KEWAJIBAN DAN EKUITAS", "TOTAL LIABILITIES AND EQUITY"),
    "result.current_result": (
        "SHU tahun berjalan (belum ditutup)",
        "Surplus of the year (not yet closed)",
    ),
    "result.earlier_result": (
        "SHU tahun-tahun lalu yang belum ditutup",
        "Earlier years' surplus not yet closed",
    ),
    "result.current_surplus": (
        "SHU Tahun Berjalan, termasuk yang belum ditutup",
        "Surplus of the year, including what is not yet closed",
    ),
    "neraca.balanced": (
        "Neraca seimbang: jumlah aset sama dengan jumlah kewajiban dan ekuitas pada kedua tanggal.",
        "The balance sheet balances: total assets equal total liabilities and equity on both dates.",
    ),
    "neraca.unbalanced": (
        "NERACA TIDAK SEIMBANG: periksa jurnal dengan `koperasi check`.",
        "THE BALANCE SHEET DOES NOT BALANCE: check the journal with `koperasi check`.",
    ),
    "neraca.note": (
        "Saldo setiap akun adalah jumlah semua jurnal sampai tanggal neraca. Selama pendapatan "
        "dan beban tahun berjalan belum ditutup ke SHU Tahun Berjalan, selisihnya ditampilkan "
        "sebagai SHU tahun berjalan di ekuitas.",
        "Each account's balance is the sum of every journal entry up to the date. While the "
        "year's income and expenses are not yet closed into the year's surplus account, their "
        "difference is shown in equity as the surplus of the year.",
    ),
    # operations
    "group.income": ("PENDAPATAN", "INCOME"),
    "group.expenses": ("BEBAN", "EXPENSES"),
    "group.income.total": ("Jumlah pendapatan", "Total income"),
    "group.expenses.total": ("Jumlah beban", "Total expenses"),
    "surplus": ("SISA HASIL USAHA (SHU)", "SURPLUS (SHU)"),
    "deficit": ("DEFISIT (RUGI)", "DEFICIT"),
    "phu.info": ("UNTUK INFORMASI", "FOR INFORMATION"),
    "phu.turnover": (
        "Nilai penjualan kolektif hasil panen anggota",
        "Collective sales of members' harvest",
    ),
    "phu.sales": ("Jumlah penjualan kolektif", "Number of collective sales"),
    "phu.note": (
        "Pendapatan dan beban adalah jumlah jurnal yang bertanggal dalam tahun buku, tanpa jurnal "
        "penutupan akhir tahun. Nilai penjualan kolektif adalah uang anggota: koperasi hanya "
        "memperoleh jasa pemasarannya.",
        "Income and expenses are the journal entries dated in the year, without the year-end "
        "closing entry. Collective sales are the members' money: the cooperative earns only its "
        "marketing fee.",
    ),
    # cash flow
    "cf.opening": (
        "Saldo awal kas dan bank, 1 Januari {year}",
        "Cash and bank at 1 January {year}",
    ),
    "cf.closing": (
        "Saldo akhir kas dan bank, 31 Desember {year}",
        "Cash and bank at 31 December {year}",
    ),
    "cf.cash": ("Kas", "Cash"),
    "cf.bank": ("Bank", "Bank"),
    "cf.opening.total": ("Jumlah saldo awal", "Opening total"),
    "cf.closing.total": ("JUMLAH SALDO AKHIR", "CLOSING TOTAL"),
    "cf.in": ("PENERIMAAN", "MONEY IN"),
    "cf.out": ("PENGELUARAN", "MONEY OUT"),
    "cf.in.total": ("Jumlah penerimaan", "Total money in"),
    "cf.out.total": ("Jumlah pengeluaran", "Total money out"),
    "cf.net": ("Kenaikan (penurunan) kas dan bank", "Increase (decrease) in cash and bank"),
    "flow.sales": ("Penerimaan hasil penjualan kolektif", "Collective sales received"),
    "flow.savings_in": ("Setoran simpanan anggota", "Members' savings deposits"),
    "flow.loans_in": ("Angsuran pinjaman dan kasbon anggota", "Loan and advance repayments"),
    "flow.cash_income": ("Pendapatan: {detail}", "Income: {detail}"),
    "flow.other_in": ("Penerimaan lain ({detail})", "Other money in ({detail})"),
    "flow.sale_costs": ("Biaya penjualan dibayar", "Sale costs paid"),
    "flow.payouts": ("Pembayaran hasil panen kepada anggota", "Harvest proceeds paid to members"),
    "flow.savings_out": ("Penarikan simpanan anggota", "Members' savings withdrawals"),
    "flow.loans_out": ("Pinjaman dan kasbon diberikan", "Loans and advances granted"),
    "flow.cash_expense": ("Pengeluaran: {detail}", "Spent: {detail}"),
    "flow.shu_paid": ("SHU dibayarkan kepada anggota", "Surplus paid to members"),
    "flow.other_out": ("Pengeluaran lain ({detail})", "Other money out ({detail})"),
    "flow.asset_purchase": ("Pembelian aset tetap", "Fixed assets bought"),
    "flow.asset_sale": ("Penjualan aset tetap", "Fixed assets sold"),
    "flow.borrowing_in": ("Penerimaan pinjaman: {detail}", "Loan received: {detail}"),
    "flow.borrowing_out": ("Pelunasan pinjaman: {detail}", "Loan repaid: {detail}"),
    "cf.ties": (
        "Saldo awal {opening} + penerimaan {total_in} − pengeluaran {total_out} = saldo akhir {closing}.",
        "Opening {opening} + money in {total_in} − money out {total_out} = closing {closing}.",
    ),
    "cf.transfers": (
        "Pemindahan uang antara Kas dan Bank selama tahun ini sebesar Rp {amount} tidak mengubah "
        "jumlah kas dan bank, sehingga tidak dihitung sebagai penerimaan maupun pengeluaran.",
        "Rp {amount} moved between Cash and Bank in the year; it changes neither total, so it "
        "is counted neither as money in nor as money out.",
    ),
    # equity
    "eq.opening": ("Saldo 1 Jan {year}", "1 Jan {year}"),
    "eq.increases": ("Penambahan", "Increases"),
    "eq.decreases": ("Pengurangan", "Decreases"),
    "eq.closing": ("Saldo 31 Des {year}", "31 Dec {year}"),
    "eq.note": (
        "Penambahan adalah jumlah kredit dan pengurangan jumlah debit akun dalam tahun buku. "
        "SHU Tahun Berjalan bertambah dengan sisa hasil usaha tahun ini dan berkurang dengan "
        "pembagiannya; penutupan buku hanya memindahkan SHU ke akun ini. Saldo akhir sama dengan "
        "ekuitas pada neraca. Semua angka dalam rupiah.",
        "Increases are the account's credits and decreases its debits in the year. The surplus "
        "of the year increases by the year's result and decreases by its distribution; closing "
        "the year only moves the result into it. The closing balances equal the equity on the "
        "balance sheet. All figures in rupiah.",
    ),
    # SHU
    "shu.preview": ("PRATINJAU — belum disahkan", "PREVIEW — not yet approved"),
    "shu.preview.note": (
        "Pembagian SHU tahun {year} belum disahkan dan dibukukan. Angka di bawah ini dihitung "
        "dari jurnal menurut persentase AD/ART, sebagai bahan keputusan rapat anggota.",
        "The {year} surplus distribution is not yet approved and posted. The figures below are "
        "computed from the journal by the statutes' percentages, for the meeting to decide.",
    ),
    "shu.none": (
        "Tahun buku {year} tidak menghasilkan sisa hasil usaha (pendapatan {income}, beban "
        "{expenses}), sehingga tidak ada SHU yang dibagikan.",
        "The financial year {year} made no surplus (income {income}, expenses {expenses}), so "
        "there is no surplus to distribute.",
    ),
    "shu.computation": ("Perhitungan SHU", "The surplus"),
    "shu.split": ("Pembagian menurut AD/ART", "Split by the statutes"),
    "shu.part.reserve": ("Cadangan", "Reserve"),
    "shu.part.jasa_usaha": ("Jasa usaha anggota", "Members: for their transactions"),
    "shu.part.jasa_modal": ("Jasa modal anggota", "Members: for their capital"),
    "shu.part.board": ("Dana pengurus", "Board fund"),
    "shu.part.staff": ("Dana karyawan", "Staff fund"),
    "shu.part.education": ("Dana pendidikan", "Education fund"),
    "shu.part.social": ("Dana sosial", "Social fund"),
    "shu.part.regional": ("Dana pembangunan daerah kerja", "Regional development fund"),
    "shu.part.deficit": ("Menutup SHU negatif tahun lalu", "Covers earlier deficits"),
    "shu.income": ("Pendapatan", "Income"),
    "shu.expenses": ("Beban", "Expenses"),
    "shu.surplus": ("SHU tahun {year}", "Surplus {year}"),
    "shu.rate": ("%", "%"),
    "shu.transactions": ("Nilai transaksi", "Transactions"),
    "shu.jasa_usaha": ("Jasa usaha", "For transactions"),
    "shu.capital": ("Simpanan pokok + wajib", "Capital savings"),
    "shu.jasa_modal": ("Jasa modal", "For capital"),
    "shu.total": ("Jumlah SHU", "Total SHU"),
    "shu.paid": ("Dibayar", "Paid"),
    "shu.method.cash": ("tunai\n{date}", "cash\n{date}"),
    "shu.method.sukarela": ("ke sukarela\n{date}", "to savings\n{date}"),
    "shu.method.unpaid": ("belum", "not yet"),
    "shu.to_reserve": (
        "{part} tidak dapat dibagikan karena tidak ada anggota yang menjadi dasarnya, sehingga "
        "ditambahkan ke cadangan.",
        "{part} has no member to go to, so it is added to the reserve.",
    ),
    "shu.note": (
        "Jasa usaha dibagi sebanding dengan nilai transaksi anggota dalam tahun buku (bagian "
        "hasil penjualan hasil panennya); jasa modal sebanding dengan simpanan pokok dan wajibnya "
        "pada 31 Desember. Sisa pembulatan dibagi dengan metode sisa terbesar, sehingga jumlah "
        "kolom sama persis dengan bagian dalam pembagian.",
        "The members' share for transactions is proportional to the value of each member's "
        "transactions in the year (their share of the sales of their harvest); the share for "
        "capital to their principal and mandatory savings at 31 December. Rounding is settled by "
        "the largest-remainder method, so each column adds up exactly to its part of the split.",
    ),
    # members
    "ms.movement": ("Keadaan anggota", "Members"),
    "ms.men": ("Laki-laki", "Men"),
    "ms.women": ("Perempuan", "Women"),
    "ms.unrecorded": ("Tidak tercatat", "Not recorded"),
    "ms.total": ("Jumlah", "Total"),
    "ms.at_start": ("Anggota pada 1 Januari {year}", "Members on 1 January {year}"),
    "ms.joined": ("Masuk selama tahun {year}", "Joined in {year}"),
    "ms.left": ("Keluar selama tahun {year}", "Left in {year}"),
    "ms.at_end": ("ANGGOTA PADA 31 DESEMBER {year}", "MEMBERS ON 31 DECEMBER {year}"),
    "ms.villages": (
        "Anggota menurut desa, 31 Desember {year}",
        "Members by village, 31 December {year}",
    ),
    "ms.village": ("Desa", "Village"),
    "ms.no_village": ("(desa tidak tercatat)", "(village not recorded)"),
    "ms.note": (
        "Anggota dihitung sejak tanggal masuk; anggota yang keluar tidak dihitung lagi sejak "
        "tanggal keluarnya.",
        "Members count from the day they joined; a member who left no longer counts from the "
        "day they left.",
    ),
    # commodities
    "cm.month": ("Bulan", "Month"),
    "cm.deliveries": ("Setoran", "Deliv."),
    "cm.members": ("Anggota", "Members"),
    "cm.delivered": ("Berat disetor (kg)", "Delivered (kg)"),
    "cm.sales": ("Penjualan", "Sales"),
    "cm.sold": ("Berat terjual (kg)", "Sold (kg)"),
    "cm.gross": ("Hasil kotor (Rp)", "Gross (Rp)"),
    "cm.fee": ("Jasa koperasi (Rp)", "Fee (Rp)"),
    "cm.costs": ("Biaya jual (Rp)", "Costs (Rp)"),
    "cm.net": ("Untuk anggota (Rp)", "To members (Rp)"),
    "cm.price": ("Harga rata-rata (Rp/kg)", "Avg. price (Rp/kg)"),
    "cm.total": ("Jumlah {year}", "Total {year}"),
    "cm.previous": ("Tahun {year}", "Year {year}"),
    "cm.summary": (
        "{members} anggota menyetor {commodity} selama tahun {year}.",
        "{members} members delivered {commodity} in {year}.",
    ),
    "cm.note": (
        "Harga rata-rata = hasil kotor ÷ berat terjual, dibulatkan ke sen terdekat. Setoran "
        "dihitung menurut tanggal timbang, penjualan menurut tanggal jual, sehingga berat disetor "
        "dan berat terjual suatu bulan dapat berbeda.",
        "Average price = gross ÷ weight sold, rounded to the nearest cent. Deliveries count by "
        "the day they were weighed and sales by the day they were sold, so a month's delivered "
        "and sold weights may differ.",
    ),
    "cm.chart.delivered": ("Berat disetor (ton)", "Delivered (tonnes)"),
    "cm.chart.sold": ("Berat terjual (ton)", "Sold (tonnes)"),
    "cm.chart.price": ("Harga rata-rata (Rp/kg)", "Average price (Rp/kg)"),
    "cm.overview": ("Ringkasan tahun {year}", "The year {year} at a glance"),
    "cm.commodity": ("Komoditas", "Commodity"),
    "cm.price_year": ("Harga rata-rata {year} (Rp/kg)", "Avg. price {year} (Rp/kg)"),
    "cm.empty": (
        "Tidak ada setoran maupun penjualan dalam tahun ini.",
        "No deliveries or sales this year.",
    ),
    # signatures
    "known_by": ("Mengetahui,", "Acknowledged by,"),
    "for_board": ("Pengurus,", "For the board,"),
}


# The plantation office's (Disbun) reference price beside the price received (issue 13, h13).
SHARED.update(
    {
        "reference.price": ("Harga Disbun", "Disbun price"),
        "reference.week": ("Harga Disbun minggu ini", "Disbun price this week"),
        "reference.line": ("{price}/kg ({week})", "{price}/kg ({week})"),
        "reference.against": (
            "{price}/kg ({week}), tertimbang berat setoran; harga jual {difference}/kg",
            "{price}/kg ({week}), weighted by delivered weight; sale price {difference}/kg",
        ),
    }
)

# Issue 10's second half (branch i10b): the SHU on statements and receipts, paid amounts.
from .i10b import SHARED_DOCUMENT as _I10B_SHARED  # noqa: E402

SHARED.update(_I10B_SHARED)

# Issue 10 (branch i10a): BATAL on reversed sales and voided slips.
from .i10a import DOCUMENTS as _I10A  # noqa: E402

SHARED.update(_I10A)

from .sak_ep import SAK_EP as _SAK_EP  # noqa: E402 (issue 14, SAK EP)

RAT.update(_SAK_EP)

from .i14shu import RAT_DOCUMENT as _I14SHU_RAT  # noqa: E402 (issue 14, SHU bases)
from .i14shu import SHARED_DOCUMENT as _I14SHU_SHARED  # noqa: E402

SHARED.update(_I14SHU_SHARED)
RAT.update(_I14SHU_RAT)

from .i14gui import RAT_LABELS as _I14GUI_RAT  # noqa: E402 (i14gui: disposals in CALK 10)

RAT.update(_I14GUI_RAT)

from .i14tax import RAT_NOTES as _I14TAX_NOTES  # noqa: E402 (branch i14tax, CALK tax)

RAT.update(_I14TAX_NOTES)
