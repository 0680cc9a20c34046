"""Sentences of issue 10's second half (branch i10b): members leaving, loans, bounds, in
Indonesian and English; merged into koperasi.text.errors.MESSAGES."""

from __future__ import annotations

MESSAGES: dict[str, tuple[str, str]] = {
    "exit.reason_required": (
        "Tulis alasan anggota keluar.",
        "Give the reason the member leaves.",
    ),
    "exit.bad_refund": (
        '"{text}" bukan cara pengembalian simpanan: pilih tunai (cash), bank, atau utang '
        "(payable).",
        '"{text}" is not a way to refund savings: choose cash, bank or payable.',
    ),
    "exit.future": (
        "Tanggal keluar {date} belum tiba.",
        "The leaving date {date} has not come yet.",
    ),
    "exit.later_movements": (
        "{number} mempunyai simpanan atau pinjaman yang dicatat sesudah {date}; pilih tanggal "
        "keluar yang tidak lebih awal dari catatan terakhirnya.",
        "{number} has savings or loans recorded after {date}; choose a leaving date no earlier "
        "than their last record.",
    ),
    "exit.owes": (
        "{number} {name} masih berutang {owed} atas pinjaman dan kasbon, sedangkan simpanannya "
        "hanya {savings}: lunasi dulu {shortfall} sebelum keluar.",
        "{number} {name} still owes {owed} on loans and kasbon while their savings are only "
        "{savings}: repay {shortfall} before leaving.",
    ),
    "exit.not_found": (
        "Tidak ada surat keluar anggota bernomor {number}.",
        "There is no exit statement numbered {number}.",
    ),
    "exit.not_left": (
        "{number} masih anggota: belum ada surat keluar.",
        "{number} is still a member: there is no exit statement.",
    ),
}

# The words of the exit statement and its receipt (koperasi.pdf.exit_statement).
EXIT_DOCUMENT: dict[str, tuple[str, str]] = {
    "exit.name": ("Surat keluar anggota", "Exit statement"),
    "exit.title": ("SURAT KETERANGAN KELUAR ANGGOTA", "MEMBER EXIT STATEMENT"),
    "exit.receipt_title": ("KWITANSI PENGEMBALIAN SIMPANAN", "RECEIPT FOR SAVINGS REFUNDED"),
    "exit.joined": ("Tanggal masuk", "Joined"),
    "exit.left": ("Tanggal keluar", "Left on"),
    "exit.reason": ("Alasan", "Reason"),
    "exit.savings": ("Simpanan anggota", "Member's savings"),
    "exit.pokok": ("Simpanan pokok", "Principal savings"),
    "exit.wajib": ("Simpanan wajib", "Mandatory savings"),
    "exit.sukarela": ("Simpanan sukarela", "Voluntary savings"),
    "exit.savings_total": ("Jumlah simpanan", "Total savings"),
    "exit.loans": ("Dikurangi pelunasan pinjaman dan kasbon", "Less loans and kasbon settled"),
    "exit.loan.pinjaman": ("Pinjaman {number}", "Loan {number}"),
    "exit.loan.kasbon": ("Kasbon {number}", "Advance {number}"),
    "exit.loan_parts": (
        "pokok {principal}, jasa {service}",
        "principal {principal}, service {service}",
    ),
    "exit.owed_total": ("Jumlah pelunasan", "Total settled"),
    "exit.paid.cash": ("Dikembalikan tunai", "Refunded in cash"),
    "exit.paid.transfer": ("Dikembalikan lewat transfer bank", "Refunded by bank transfer"),
    "exit.paid.payable": (
        "Menjadi utang koperasi kepada anggota (2110)",
        "Owed by the cooperative to the member (2110)",
    ),
    "exit.no_jasa": (
        "Sejak tanggal keluar, anggota tidak lagi menerima SHU jasa modal maupun jasa usaha.",
        "From the day they left the member receives no SHU on capital or on transactions.",
    ),
    "exit.received_from": (
        "Telah terima dari {coop} uang sejumlah",
        "Received from {coop} the sum of",
    ),
    "exit.for": (
        "untuk pengembalian simpanan anggota keluar {number} ({member}).",
        "as the refund of savings of a member who left, {number} ({member}).",
    ),
    "exit.payable_note": (
        "Dibayar kemudian: kwitansi ini ditandatangani ketika uang diterima.",
        "Paid later: this receipt is signed when the money is received.",
    ),
    "exit.receiver": ("Yang menerima,", "Received by,"),
    "exit.payer": ("Yang menyerahkan,", "Handed over by,"),
    "exit.known": ("Mengetahui,", "Acknowledged,"),
}

# Command-line lines of issue 10's second half.
CLI: dict[str, tuple[str, str]] = {
    "left": (
        "{number}: {member} {name} keluar {date}; simpanan {savings}, pelunasan pinjaman "
        "{owed}, {how} {paid}.",
        "{number}: {member} {name} left on {date}; savings {savings}, loans settled {owed}, "
        "{how} {paid}.",
    ),
    "how.cash": ("dikembalikan tunai", "refunded in cash"),
    "how.transfer": ("dikembalikan lewat bank", "refunded by bank"),
    "how.payable": ("menjadi utang koperasi", "owed by the cooperative"),
    "pdf_written": ("{path} ditulis.", "{path} written."),
}

# Words every document may print (merged into koperasi.text.documents.SHARED): the SHU on
# the member statement, the SHU receipt, the settlement sheet's paid column.
SHARED_DOCUMENT: dict[str, tuple[str, str]] = {
    "section.shu": ("SHU (sisa hasil usaha)", "Surplus shares (SHU)"),
    "line.shu": (
        "SHU {year}: jasa usaha {usaha}, jasa modal {modal}",
        "SHU {year}: on transactions {usaha}, on capital {modal}",
    ),
    "line.shu_paid.cash": (
        "SHU {year} dibayar tunai ({reference})",
        "SHU {year} paid in cash ({reference})",
    ),
    "line.shu_paid.sukarela": (
        "SHU {year} dimasukkan ke simpanan sukarela {reference}",
        "SHU {year} credited to voluntary savings {reference}",
    ),
    "kwitansi.shu": ("SHU tahun buku {year}", "Surplus share (SHU) of {year}"),
    "kwitansi.jasa_usaha": ("Jasa usaha", "On transactions"),
    "kwitansi.jasa_modal": ("Jasa modal", "On capital"),
    "settlement.deductions": ("Potongan", "Deductions"),
    "settlement.paid": ("Dibayar", "Paid"),
    "settlement.unpaid": ("belum dibayar", "not yet paid"),
    "shrinkage.negative": (
        "Susut negatif: terjual {kg} lebih banyak dari yang dikumpulkan",
        "Negative shrinkage: {kg} more sold than pooled",
    ),
}

MESSAGES["shu.no_cash_receipt"] = (
    "{number} tidak menerima SHU {year} secara tunai: tidak ada kwitansi SHU.",
    "{number} was not paid the SHU of {year} in cash: there is no SHU receipt.",
)

MESSAGES.update(
    {
        "sale.oversold": (
            "Berat terjual {sold} melebihi berat terkumpul {pooled} sebesar {extra} (susut "
            "negatif): periksa timbangan, atau konfirmasi bahwa pembeli memang menimbang lebih.",
            "The sold weight {sold} exceeds the pooled weight {pooled} by {extra} (negative "
            "shrinkage): check the weighing, or confirm the buyer really weighed more.",
        ),
        "payout.zero_share": (
            "Bagian {number} dalam {sale} Rp 0: tidak ada slip untuk bagian nol.",
            "{number}'s share in {sale} is Rp 0: a zero share gets no slip.",
        ),
        "delivery.quality_required": (
            "{commodity} dinilai menurut kadar (KKK): isi kadar setoran ini, mis. 55 %.",
            "{commodity} is valued by its quality (KKK): give this delivery's quality, e.g. 55 %.",
        ),
    }
)

SHARED_DOCUMENT.update(
    {
        "loan.rate_value.annuity": (
            "{rate} dari sisa pokok, angsuran tetap (anuitas)",
            "{rate} of the principal still owed, equal installments (annuity)",
        ),
        "loan.effective": ("Bunga efektif", "Effective rate"),
        "loan.effective_value": ("{rate} per tahun", "{rate} a year"),
        "loan.agreement.pinjaman": (
            "Dengan menandatangani surat ini, {member} mengaku telah menerima pinjaman {amount} "
            "dari {coop} dan berjanji membayar kembali pokok dan jasanya menurut jadwal angsuran "
            "di atas; angsuran yang jatuh tempo boleh dipotong dari pembayaran hasil panen.",
            "By signing, {member} acknowledges receiving a loan of {amount} from {coop} and "
            "promises to repay its principal and service charge by the plan above; installments "
            "due may be deducted from harvest payouts.",
        ),
        "loan.agreement.kasbon": (
            "Dengan menandatangani surat ini, {member} mengaku telah menerima kasbon {amount} "
            "dari {coop} dan setuju kasbon itu dipotong dari pembayaran hasil panen berikutnya.",
            "By signing, {member} acknowledges receiving an advance of {amount} from {coop} and "
            "agrees it is deducted from the next harvest payout.",
        ),
    }
)
