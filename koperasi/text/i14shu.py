"""Sentences and words of the SHU bases and SHU paid by transfer (issue 14, branch i14shu):
refusals merged into koperasi.text.errors.MESSAGES, and the words the CLI, the screens and
the RAT report print (text(I14SHU, key, lang))."""

from __future__ import annotations

MESSAGES: dict[str, tuple[str, str]] = {
    "i14shu.bad_basis": (
        "Dasar transaksi jasa anggota {text} tidak dapat dipakai: tulis sales, loan_service "
        "atau purchases (penjualan, jasa_pinjaman, pembelian), atau campurannya dengan "
        "persen yang berjumlah 100, mis. sales=70,loan_service=30.",
        "The transaction basis {text} cannot be used: write sales, loan_service or purchases, "
        "or a mix with percentages totalling 100, e.g. sales=70,loan_service=30.",
    ),
    "i14shu.member_income_only": (
        "Hanya pemasukan yang dapat mencatat anggota pembeli.",
        "Only an income entry can name the member who bought.",
    ),
    "shu.bad_method": (
        "SHU anggota dibayar tunai, ditransfer ke rekening bank, atau dimasukkan ke simpanan "
        "sukarela.",
        "A member's surplus is paid in cash, by bank transfer, or credited to their voluntary "
        "savings.",
    ),
    "i14shu.reference_transfer_only": (
        "Referensi hanya untuk pembayaran SHU dengan transfer.",
        "A reference is only for SHU paid by transfer.",
    ),
}

# Words printed by the CLI, the screens and the RAT report.
I14SHU: dict[str, tuple[str, str]] = {
    "basis.sales": ("hasil penjualan", "sale proceeds"),
    "basis.loan_service": ("jasa pinjaman dibayar", "loan service paid"),
    "basis.purchases": ("pembelian dari koperasi", "purchases from the cooperative"),
    "capital.year_end": ("saldo 31 Desember", "balance on 31 December"),
    "capital.average": ("rata-rata saldo akhir bulan", "average of month-end balances"),
    "transaction_basis": ("Dasar jasa anggota", "Basis of jasa anggota"),
    "capital_basis": ("Dasar jasa modal", "Basis of jasa modal"),
    "basis_total": ("{basis} {percent} (jumlah {total})", "{basis} {percent} (total {total})"),
    "mix_formula": (
        "Bobot anggota = Σ persen × transaksi anggota ÷ jumlah transaksi jenis itu",
        "Member weight = Σ percent × member's transactions ÷ that kind's total",
    ),
    "basis_set": (
        "Dasar SHU: jasa modal {capital}; jasa anggota {transactions}.",
        "SHU bases: jasa modal {capital}; jasa anggota {transactions}.",
    ),
    "method.transfer": ("transfer bank", "bank transfer"),
    "paid_transfer": (
        "SHU {year} ditransfer ke {count} anggota: {amount}.",
        "SHU {year} paid by transfer to {count} members: {amount}.",
    ),
}
