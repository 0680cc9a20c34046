"""Every word printed on a document, in Bahasa Indonesia and English."""

from __future__ import annotations

# key: (Bahasa Indonesia, English)
LABELS: dict[str, tuple[str, str]] = {
    # every document
    "printed_on": ("Dicetak {date}", "Printed {date}"),
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


class Labels:
    """The labels of one language: labels("page_of", page=1, pages=3)."""

    def __init__(self, lang: str) -> None:
        self.lang = lang if lang in ("id", "en") else "id"
        self._index = 1 if self.lang == "en" else 0

    def __call__(self, key: str, **params: object) -> str:
        if params.get("n") == 1 and f"{key}.one" in LABELS:
            key = f"{key}.one"
        text = LABELS[key][self._index]
        return text.format(**params) if params else text
