"""Sentences for corrections and controls (issue 10, branch i10a): balances that never go
below zero, buyer receivables, reversed sales and voided payouts. (Indonesian, English)."""

from __future__ import annotations

MESSAGES: dict[str, tuple[str, str]] = {
    "balance.below_zero": (
        "Saldo {account} pada {date} hanya {balance}; {amount} ditolak karena kurang {shortfall}"
        " dan saldo tidak boleh kurang dari nol.",
        "{account} holds only {balance} on {date}; {amount} is refused because it is short by"
        " {shortfall} and a balance never goes below zero.",
    ),
    "correction.reason_required": (
        "Alasan pembatalan wajib diisi.",
        "A reason for the cancellation is required.",
    ),
    "correction.before_original": (
        "Tanggal pembatalan {date} sebelum tanggal aslinya {original}.",
        "The cancellation date {date} is before the original date {original}.",
    ),
    "sale.already_reversed": (
        "Penjualan {sale} sudah dibatalkan.",
        "Sale {sale} is already reversed.",
    ),
    "sale.reverse_paid": (
        "Penjualan {sale} tidak dapat dibatalkan: {count} bagian anggota sudah dibayar ({slips});"
        " batalkan slip itu dulu.",
        "Sale {sale} cannot be reversed: {count} members' shares are paid ({slips}); void those"
        " slips first.",
    ),
    "sale.reverse_collected": (
        "Penjualan {sale} tidak dapat dibatalkan: pembeli sudah membayar sebagian piutangnya.",
        "Sale {sale} cannot be reversed: the buyer has already paid part of the receivable.",
    ),
    "payout.already_void": (
        "Slip {slip} sudah dibatalkan.",
        "Slip {slip} is already void.",
    ),
    "receivable.none": (
        "Penjualan {sale} tidak dicatat sebagai piutang pembeli.",
        "Sale {sale} was not booked as a buyer receivable.",
    ),
    "receivable.bad_into": (
        "Uang pelunasan masuk ke {into!r}? Pilih kas atau bank.",
        "The payment goes into {into!r}? Choose kas or bank.",
    ),
    "receivable.before_sale": (
        "Tanggal pelunasan {date} sebelum tanggal penjualan {sale_date}.",
        "The payment date {date} is before the sale date {sale_date}.",
    ),
    "receivable.bad_amount": (
        "Jumlah pelunasan harus lebih dari nol.",
        "The amount paid must be more than zero.",
    ),
    "receivable.too_much": (
        "Pelunasan {amount} melebihi sisa piutang {sale} sebesar {outstanding}.",
        "A payment of {amount} is more than the {outstanding} still owed on {sale}.",
    ),
}

CHECK_NAMES: dict[str, tuple[str, str]] = {
    "Kas, Bank and the funds never go below zero": (
        "saldo kas, bank dan dana tidak pernah kurang dari nol",
        "Kas, Bank and the funds never go below zero",
    ),
    "Piutang Pembeli equals what buyers still owe": (
        "piutang pembeli sama dengan sisa tagihan ke pembeli",
        "Piutang Pembeli equals what buyers still owe",
    ),
}

# Labels of the command line (koperasi.cli.corrections), merged into koperasi.text.cli.LABELS.
LABELS: dict[str, tuple[str, str]] = {
    "void_mark": ("BATAL", "VOID"),
    "receivable": ("Piutang", "Receivable"),
    "receivable_left": ("Sisa piutang", "Outstanding"),
    "age_days": ("Umur (hari)", "Age (days)"),
    "collected": (
        "{number}: {amount} dari pembeli untuk {sale} dicatat; sisa piutang {left}.",
        "{number}: {amount} from the buyer for {sale} recorded; {left} still owed.",
    ),
    "sale_reversed": (
        "Penjualan {sale} dibatalkan ({entry}): bruto {gross}, bersih anggota {net};"
        " {count} setoran kembali belum terjual.",
        "Sale {sale} reversed ({entry}): gross {gross}, net to members {net}; {count}"
        " deliveries are open again.",
    ),
    "payout_voided": (
        "Slip {slip} dibatalkan ({entry}): bagian {share} belum dibayar lagi, {paid} kembali ke"
        " kas, potongan {restored} dikembalikan.",
        "Slip {slip} voided ({entry}): the share of {share} is unpaid again, {paid} came back,"
        " deductions of {restored} restored.",
    ),
}

# Labels of the printed documents (koperasi.pdf), merged into koperasi.text.documents.SHARED.
DOCUMENTS: dict[str, tuple[str, str]] = {
    "void.mark": ("BATAL", "VOID"),
    "void.slip_line": ("BATAL {date}: {reason}", "VOID {date}: {reason}"),
    "void.sale_line": (
        "PENJUALAN INI DIBATALKAN {date}: {reason}",
        "THIS SALE WAS REVERSED {date}: {reason}",
    ),
}
