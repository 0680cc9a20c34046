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
    "basis_none": (
        "{basis} {percent} (tidak ada: tidak dihitung, jenis lain tetap sebanding)",
        "{basis} {percent} (none: not counted, the other kinds keep their proportions)",
    ),
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

# Words of documents (merged into koperasi.text.documents: SHARED and RAT).
SHARED_DOCUMENT: dict[str, tuple[str, str]] = {
    "line.shu_paid.transfer": (
        "SHU {year} dibayar dengan transfer bank ({reference})",
        "SHU {year} paid by bank transfer ({reference})",
    ),
}
RAT_DOCUMENT: dict[str, tuple[str, str]] = {
    "shu.method.transfer": ("transfer\n{date}", "transfer\n{date}"),
    "shu.basis.capital.year_end": (
        "Jasa modal dibagi sebanding dengan simpanan pokok dan wajib anggota pada 31 Desember.",
        "The share for capital is proportional to each member's principal and mandatory "
        "savings at 31 December.",
    ),
    "shu.basis.capital.average": (
        "Jasa modal dibagi sebanding dengan rata-rata saldo simpanan pokok dan wajib anggota "
        "pada akhir dua belas bulan.",
        "The share for capital is proportional to the average of each member's principal and "
        "mandatory savings at the twelve month ends.",
    ),
    "shu.basis.transactions": (
        "Jasa usaha dibagi sebanding dengan {basis} anggota dalam tahun buku.",
        "The share for transactions is proportional to each member's {basis} in the year.",
    ),
    "shu.basis.mix": (
        "Jasa usaha dibagi menurut campuran: {parts}. Bobot tiap anggota = jumlah dari persen × "
        "transaksi anggota ÷ jumlah transaksi jenis itu, sehingga tiap jenis dihitung sebanding "
        "dengan bagiannya sendiri; kolom Nilai transaksi memuat jumlah transaksi anggota dari "
        "semua jenis itu.",
        "The share for transactions follows a mix: {parts}. Each member's weight is the sum of "
        "percent × the member's transactions ÷ that kind's total, so each kind counts in "
        "proportion to its own total; the Transactions column holds the member's transactions "
        "of all those kinds together.",
    ),
    "shu.basis.none": (
        "{basis} {percent} (tidak ada: tidak dihitung, jenis lain tetap sebanding)",
        "{basis} {percent} (none: not counted, the other kinds keep their proportions)",
    ),
    "shu.basis.part": ("{basis} {percent} (jumlah {total})", "{basis} {percent} (total {total})"),
    "shu.basis.sales": ("hasil penjualan", "sale proceeds"),
    "shu.basis.loan_service": ("jasa pinjaman yang dibayar", "loan service paid"),
    "shu.basis.purchases": ("pembelian dari koperasi", "purchases from the cooperative"),
    "calk.policy.shu_transactions": (
        "Jasa usaha dibagi menurut keputusan RAT sebanding dengan {basis}; campuran dihitung "
        "dari bagian tiap anggota atas jumlah masing-masing jenis.",
        "The share for transactions follows the meeting's decision, in proportion to "
        "{basis}; a mix is computed from each member's part of each kind's own total.",
    ),
    "shu.rounding": (
        "Sisa pembulatan dibagi dengan metode sisa terbesar, sehingga jumlah kolom sama persis "
        "dengan bagian dalam pembagian; angka pembagian di atas adalah jumlah yang benar-benar "
        "dialokasikan.",
        "Rounding is settled by the largest-remainder method, so each column adds up exactly to "
        "its part of the split; the split above states the amounts actually allocated.",
    ),
}
