"""Words of the RAT report's SAK EP statements (issue 14): the laporan posisi keuangan,
the laporan hasil usaha with member and non-member revenue, the laporan arus kas by
activity and the notes (CALK). Merged into documents.RAT at the end of documents.py."""

from __future__ import annotations

SAK_EP: dict[str, tuple[str, str]] = {
    # part titles: the SAK EP names
    "part.neraca": ("LAPORAN POSISI KEUANGAN", "STATEMENT OF FINANCIAL POSITION"),
    "part.phu": ("LAPORAN HASIL USAHA", "STATEMENT OF OPERATIONS"),
    "part.arus-kas": ("LAPORAN ARUS KAS", "STATEMENT OF CASH FLOWS"),
    "part.calk": ("CATATAN ATAS LAPORAN KEUANGAN", "NOTES TO THE FINANCIAL STATEMENTS"),
    "name.neraca": ("Laporan posisi keuangan", "Statement of financial position"),
    "name.phu": ("Laporan hasil usaha", "Statement of operations"),
    "name.arus-kas": ("Laporan arus kas", "Statement of cash flows"),
    "name.calk": ("Catatan atas laporan keuangan", "Notes to the financial statements"),
    # The Excel export's sheets keep the older arrangement (neraca, PHU, cash summary), and
    # their names with it.
    "sheet.neraca": ("Neraca", "Balance sheet"),
    "sheet.phu": ("Perhitungan hasil usaha", "Statement of operations"),
    "sheet.arus-kas": ("Laporan arus kas", "Cash flow summary"),
    "sheet.ekuitas": ("Laporan perubahan ekuitas", "Changes in equity"),
    # financial position
    "group.current_assets": ("ASET LANCAR", "CURRENT ASSETS"),
    "group.non_current_assets": ("ASET TIDAK LANCAR", "NON-CURRENT ASSETS"),
    "group.current_liabilities": ("LIABILITAS JANGKA PENDEK", "CURRENT LIABILITIES"),
    "group.non_current_liabilities": ("LIABILITAS JANGKA PANJANG", "NON-CURRENT LIABILITIES"),
    "group.current_assets.total": ("Jumlah aset lancar", "Total current assets"),
    "group.non_current_assets.total": ("Jumlah aset tidak lancar", "Total non-current assets"),
    "group.current_liabilities.total": (
        "Jumlah liabilitas jangka pendek",
        "Total current liabilities",
    ),
    "group.non_current_liabilities.total": (
        "Jumlah liabilitas jangka panjang",
        "Total non-current liabilities",
    ),
    "position.liabilities.total": ("Jumlah liabilitas", "Total liabilities"),
    "position.total": ("JUMLAH LIABILITAS DAN EKUITAS", "TOTAL LIABILITIES AND EQUITY"),
    "position.balanced": (
        "Seimbang: jumlah aset sama dengan jumlah liabilitas dan ekuitas pada kedua tanggal, "
        "dan sama dengan neraca saldo.",
        "Balanced: total assets equal total liabilities and equity on both dates, as in the "
        "trial balance.",
    ),
    "position.note": (
        "Disusun menurut SAK EP. Aset lancar akan direalisasi dalam dua belas bulan; "
        "liabilitas jangka pendek jatuh tempo dalam dua belas bulan atau dapat ditarik "
        "sewaktu-waktu. Simpanan pokok dan wajib adalah ekuitas; simpanan sukarela liabilitas.",
        "Prepared under SAK EP. Current assets are realised within twelve months; current "
        "liabilities fall due within twelve months or are payable on demand. Principal and "
        "mandatory savings are equity; voluntary savings a liability.",
    ),
    # operations
    "group.member_revenue": (
        "PENDAPATAN DARI ANGGOTA (PARTISIPASI ANGGOTA)",
        "REVENUE FROM MEMBERS (MEMBERS' PARTICIPATION)",
    ),
    "group.other_revenue": ("PENDAPATAN DARI NON-ANGGOTA DAN LAIN-LAIN", "OTHER REVENUE"),
    "group.member_revenue.total": ("Jumlah pendapatan dari anggota", "Total revenue from members"),
    "group.other_revenue.total": ("Jumlah pendapatan lain", "Total other revenue"),
    "phu.revenue.total": ("JUMLAH PENDAPATAN", "TOTAL REVENUE"),
    "group.operating_expenses": ("BEBAN USAHA DAN UMUM", "OPERATING EXPENSES"),
    "group.operating_expenses.total": ("Jumlah beban", "Total expenses"),
    "phu.before_tax": ("SHU sebelum pajak penghasilan", "Surplus before income tax"),
    "phu.tax": ("Beban pajak penghasilan", "Income tax expense"),
    "phu.after_tax": ("SHU SETELAH PAJAK", "SURPLUS AFTER TAX"),
    "phu.deficit_after_tax": ("SHU NEGATIF (DEFISIT) SETELAH PAJAK", "DEFICIT AFTER TAX"),
    "phu.sak_note": (
        "Pendapatan dari anggota adalah jasa yang diterima dari transaksi anggota dengan "
        "koperasi (jasa pemasaran hasil panen dan jasa pinjaman); pendapatan lain berasal dari "
        "bukan anggota (bunga bank, pendapatan lain-lain). SHU adalah pendapatan dikurangi "
        "beban, penyusutan dan pajak (UU 25/1992 pasal 45).",
        "Revenue from members is the fees earned on the members' own business with the "
        "cooperative (marketing of their harvest, loan service); other revenue comes from "
        "others (bank interest, other income). The surplus is revenue less costs, "
        "depreciation and tax (Law 25/1992 art. 45).",
    ),
    # cash flow by activity
    "cfa.operating": ("ARUS KAS DARI AKTIVITAS OPERASI", "CASH FLOWS FROM OPERATING ACTIVITIES"),
    "cfa.investing": ("ARUS KAS DARI AKTIVITAS INVESTASI", "CASH FLOWS FROM INVESTING ACTIVITIES"),
    "cfa.financing": (
        "ARUS KAS DARI AKTIVITAS PENDANAAN",
        "CASH FLOWS FROM FINANCING ACTIVITIES",
    ),
    "cfa.operating.total": (
        "Kas bersih dari (untuk) aktivitas operasi",
        "Net cash from (used in) operating activities",
    ),
    "cfa.investing.total": (
        "Kas bersih dari (untuk) aktivitas investasi",
        "Net cash from (used in) investing activities",
    ),
    "cfa.financing.total": (
        "Kas bersih dari (untuk) aktivitas pendanaan",
        "Net cash from (used in) financing activities",
    ),
    "cfa.net": ("Kenaikan (penurunan) kas dan bank", "Increase (decrease) in cash and bank"),
    "cfa.opening": ("Kas dan bank awal tahun", "Cash and bank at the start of the year"),
    "cfa.closing": ("KAS DAN BANK AKHIR TAHUN", "CASH AND BANK AT THE END OF THE YEAR"),
    "cfa.ties": (
        "Kenaikan {net} = kas dan bank akhir {closing} − awal {opening}, sama dengan Kas dan "
        "Bank pada laporan posisi keuangan.",
        "Increase {net} = cash and bank at the end {closing} − at the start {opening}, as in "
        "the statement of financial position.",
    ),
    "cfa.note": (
        "Metode langsung. Pemberian dan pelunasan pinjaman anggota adalah usaha simpan pinjam "
        "koperasi (aktivitas operasi); simpanan anggota dan SHU yang dibayarkan adalah "
        "aktivitas pendanaan. Angka dalam kurung adalah uang keluar.",
        "Direct method. Loans to members and their repayments are the cooperative's "
        "savings-and-loan business (operating); members' savings and the surplus paid to "
        "them are financing. Figures in brackets are money paid out.",
    ),
    # notes (CALK)
    "calk.item": ("Uraian", "Item"),
    "calk.general": ("1. Umum", "1. General"),
    "calk.general.text": (
        "{name} berkedudukan di {address}, berbadan hukum {registration}. Usahanya memasarkan "
        "hasil panen anggota secara bersama (jasa pemasaran) dan memberi pinjaman kepada "
        "anggota (simpan pinjam).",
        "{name}, of {address}, is a legal entity under {registration}. It markets its "
        "members' harvest together (marketing fee) and lends to its members (savings and loan).",
    ),
    "calk.no_registration": ("(nomor badan hukum belum dicatat)", "(no registration recorded)"),
    "calk.policies": ("2. Ikhtisar kebijakan akuntansi", "2. Accounting policies"),
    "calk.policy.basis": (
        "a. Laporan keuangan disusun menurut Standar Akuntansi Keuangan Entitas Privat (SAK EP), "
        "yang diterapkan koperasi sejak 1 Januari 2025 (Permenkop UKM 2/2024), dalam rupiah "
        "penuh, dengan dasar akrual kecuali pendapatan jasa pinjaman.",
        "a. The statements are prepared under SAK EP (Financial Accounting Standards for Private "
        "Entities), applied by cooperatives since 1 January 2025 (Permenkop UKM 2/2024), in whole "
        "rupiah, on the accrual basis except loan service income.",
    ),
    "calk.policy.revenue": (
        "b. Jasa pemasaran diakui saat penjualan kolektif diselesaikan; jasa pinjaman diakui "
        "saat diterima. Hasil penjualan kolektif adalah uang anggota dan dicatat sebagai utang "
        "hasil panen sampai dibayarkan.",
        "b. Marketing fees are recognised when a collective sale is settled; loan service when "
        "received. Collective sales proceeds are the members' money, a liability until paid out.",
    ),
    "calk.policy.loans": (
        "c. Piutang pinjaman anggota dicatat sebesar pokok yang belum dilunasi dan digolongkan "
        "menurut kolektibilitas (catatan 5). Penyisihan piutang tak tertagih belum dibentuk.",
        "c. Members' loans are carried at the principal still owed and classed by collectibility "
        "(note 5). No allowance for doubtful loans has been made.",
    ),
    "calk.policy.classification": (
        "d. Aset dan liabilitas disajikan lancar bila direalisasi atau jatuh tempo dalam dua "
        "belas bulan atau dapat ditarik sewaktu-waktu. Koperasi belum mencatat aset tetap, "
        "sehingga tidak ada penyusutan.",
        "d. Assets and liabilities are current when realised or due within twelve months or "
        "payable on demand. The cooperative has recorded no fixed assets, hence no depreciation.",
    ),
    "calk.policy.tax.final": (
        "e. Pajak penghasilan: PPh final 0,5 % dari peredaran bruto (PP 55/2022), "
        "{registered}, dihitung dan dibukukan setiap bulan.",
        "e. Income tax: final 0.5 % of gross turnover (PP 55/2022), {registered}, "
        "computed and posted monthly.",
    ),
    "calk.policy.tax.normal": (
        "e. Pajak penghasilan: tarif umum pasal 17 dengan pengurangan pasal 31E, dibukukan pada "
        "akhir tahun dari SHU sebelum pajak tanpa koreksi fiskal.",
        "e. Income tax: the normal rate (art. 17) with the art. 31E reduction, posted at the "
        "year end on the surplus before tax, without fiscal corrections.",
    ),
    "calk.policy.shu": (
        "f. SHU tahun berjalan ditutup ke SHU belum dibagi pada 31 Desember dan dibagi pada "
        "tanggal RAT menurut keputusannya; jasa modal dihitung dari simpanan pokok dan wajib "
        "{basis}. Arus kas disajikan dengan metode langsung.",
        "f. The year's surplus is closed into undistributed surplus on 31 December and "
        "appropriated at the meeting's date as it decides; the capital share is computed from "
        "principal and mandatory savings {basis}. Cash flows use the direct method.",
    ),
    "calk.registered": ("terdaftar sejak tahun {year}", "registered in {year}"),
    "calk.not_registered": ("tahun terdaftar belum dicatat", "registration year not recorded"),
    "calk.basis.year_end": ("pada 31 Desember", "at 31 December"),
    "calk.basis.average": (
        "rata-rata saldo akhir dua belas bulan",
        "averaged over the twelve month-end balances",
    ),
    "calk.cash": ("3. Kas dan bank", "3. Cash and bank"),
    "calk.receivables": ("4. Piutang", "4. Receivables"),
    "calk.loans": (
        "5. Pinjaman anggota menurut kolektibilitas",
        "5. Members' loans by collectibility",
    ),
    "calk.loans.count": ("Pinjaman", "Loans"),
    "calk.loans.total": ("Jumlah pokok pinjaman", "Total principal owed"),
    "calk.loans.note": (
        "Lancar: tidak ada tunggakan; kurang lancar: tunggakan 1-90 hari; diragukan: 91-180 "
        "hari; macet: lebih dari 180 hari, dihitung dari angsuran tertua yang belum lunas "
        "(kasbon: 30 hari sejak diberikan). Pokok pinjaman termasuk dalam Piutang Anggota.",
        "Current: nothing overdue; substandard: 1-90 days overdue; doubtful: 91-180 days; "
        "loss: over 180 days, from the oldest unpaid installment (advances: 30 days after "
        "given). The principal is part of the receivable from members.",
    ),
    "calk.class.lancar": ("Lancar", "Current"),
    "calk.class.kurang_lancar": ("Kurang lancar", "Substandard"),
    "calk.class.diragukan": ("Diragukan", "Doubtful"),
    "calk.class.macet": ("Macet", "Loss"),
    "calk.savings": ("6. Simpanan anggota", "6. Members' savings"),
    "calk.savings.total": ("Jumlah simpanan", "Total savings"),
    "calk.funds": ("7. Utang SHU dan dana-dana", "7. Surplus payable and funds"),
    "calk.funds.total": ("Jumlah", "Total"),
    "calk.shu": (
        "8. Sisa hasil usaha dan keputusan RAT",
        "8. The surplus and the meeting's decision",
    ),
    "calk.shu.result": ("SHU setelah pajak tahun {year}", "Surplus after tax {year}"),
    "calk.shu.open": (
        "Tahun buku {year} belum ditutup: angka laporan ini masih PRATINJAU.",
        "The financial year {year} is not closed yet: the figures are a PREVIEW.",
    ),
    "calk.shu.undecided": (
        "Tahun buku {year} telah ditutup; SHU disajikan sebagai SHU belum dibagi dalam ekuitas "
        "sampai diputuskan oleh Rapat Anggota Tahunan.",
        "The financial year {year} is closed; the surplus is shown as undistributed in equity "
        "until the members' meeting decides.",
    ),
    "calk.shu.statutes": (
        "SHU tahun {year} dibagi menurut persentase anggaran dasar (lihat daftar pembagian SHU).",
        "The {year} surplus was split by the statutes' percentages (see the SHU list).",
    ),
    "calk.shu.decided": (
        "Rapat Anggota Tahunan tanggal {date} memutuskan pembagian SHU tahun {year} "
        "(jurnal {entry}):",
        "The members' meeting of {date} decided the {year} surplus (entry {entry}):",
    ),
    "calk.shu.attendance": ("Dihadiri {count} anggota.", "Attended by {count} members."),
    "calk.shu.amended": (
        "Keputusan ini telah diubah {count} kali dengan jurnal pembalik.",
        "The decision was amended {count} time(s) by reversal.",
    ),
    "calk.shu.covered": ("Menutup SHU negatif tahun lalu", "Covers earlier deficits"),
    "calk.shu.loss.cover": (
        "SHU negatif tahun {year} sebesar {amount} ditutup dari cadangan menurut keputusan RAT "
        "tanggal {date}.",
        "The {year} deficit of {amount} was covered from the reserve, as the meeting of {date} "
        "decided.",
    ),
    "calk.shu.loss.carry": (
        "SHU negatif tahun {year} sebesar {amount} dibawa ke tahun berikutnya menurut keputusan "
        "RAT tanggal {date}, untuk ditutup dengan SHU tahun berikutnya.",
        "The {year} deficit of {amount} is carried forward, as the meeting of {date} decided, "
        "to be covered by a later surplus.",
    ),
    "calk.shu.part": ("Bagian", "Part"),
    "calk.tax": ("9. Pajak penghasilan", "9. Income tax"),
    "calk.tax.turnover": ("Peredaran bruto (omzet koperasi)", "Gross turnover"),
    "calk.tax.base": ("Dasar pengenaan pajak", "Tax base"),
    "calk.tax.due": ("Pajak terutang menurut perhitungan", "Tax due as computed"),
    "calk.tax.posted": ("Dibebankan dalam tahun buku", "Charged in the year"),
    "calk.tax.paid": ("Disetor dalam tahun buku", "Paid in the year"),
    "calk.tax.payable": ("Utang pajak 31 Desember", "Tax payable at 31 December"),
    "calk.tax.final": (
        "PPh final PP 55/2022, 0,5 % dari peredaran bruto.",
        "Final tax under PP 55/2022, 0.5 % of gross turnover.",
    ),
    "calk.tax.normal": (
        "PPh badan tarif umum (pasal 17, pengurangan pasal 31E).",
        "Corporate income tax at the normal rate (art. 17, art. 31E reduction).",
    ),
    "calk.tax.pkp": (
        "Koperasi terdaftar sebagai Pengusaha Kena Pajak (PPN).",
        "The cooperative is registered for VAT (PKP).",
    ),
    "calk.tax.not_pkp": (
        "Koperasi tidak terdaftar sebagai Pengusaha Kena Pajak (PPN).",
        "The cooperative is not registered for VAT (PKP).",
    ),
    "calk.related": ("11. Pihak berelasi", "11. Related parties"),
    "calk.assets": ("10. Aset tetap", "10. Fixed assets"),
    "calk.assets.book_value": ("Nilai buku", "Book value"),
    "calk.assets.number": ("Nomor", "Number"),
    "calk.assets.name": ("Aset (tanggal perolehan, umur manfaat)", "Asset (acquired, useful life)"),
    "calk.assets.cost": ("Harga perolehan", "Cost"),
    "calk.assets.accumulated": ("Akumulasi penyusutan", "Accumulated depreciation"),
    "calk.assets.item": ("{name} ({date}, {months} bln)", "{name} ({date}, {months} months)"),
    "calk.allowance": ("Penyisihan menurut kolektibilitas", "Allowance by collectibility"),
    "calk.allowance.rate": ("Tarif", "Rate"),
    "calk.allowance.required": ("Penyisihan yang diperlukan", "Allowance required"),
    "calk.allowance.booked": (
        "Penyisihan yang dibukukan (akun 1209)",
        "Allowance booked (account 1209)",
    ),
    "calk.policy.basis.accrual": (
        "a. Laporan keuangan disusun menurut Standar Akuntansi Keuangan Entitas Privat (SAK EP), "
        "yang diterapkan koperasi sejak 1 Januari 2025 (Permenkop UKM 2/2024), dalam rupiah "
        "penuh, dengan dasar akrual.",
        "a. The statements are prepared under SAK EP (Financial Accounting Standards for Private "
        "Entities), applied by cooperatives since 1 January 2025 (Permenkop UKM 2/2024), in whole "
        "rupiah, on the accrual basis.",
    ),
    "calk.policy.revenue.accrual": (
        "b. Jasa pemasaran diakui saat penjualan kolektif diselesaikan; jasa pinjaman diakui "
        "saat jatuh tempo (yang belum dibayar pada akhir bulan dicatat sebagai piutang jasa "
        "pinjaman), kecuali pinjaman diragukan dan macet yang jasanya diakui saat diterima. "
        "Hasil penjualan kolektif adalah uang anggota dan dicatat sebagai utang hasil panen "
        "sampai dibayarkan.",
        "b. Marketing fees are recognised when a collective sale is settled; loan service when "
        "due (unpaid at a month end it is a receivable), except on doubtful and lost loans, "
        "recognised when received. Collective sales proceeds are the members' money, a "
        "liability until paid out.",
    ),
    "calk.policy.allowance": (
        "c. Piutang pinjaman anggota dicatat sebesar pokok yang belum dilunasi dikurangi "
        "penyisihan menurut kolektibilitas (catatan 5): lancar 0,5 %, kurang lancar 10 %, "
        "diragukan 50 %, macet 100 % dari pokok.",
        "c. Members' loans are carried at the principal owed less an allowance by "
        "collectibility (note 5): current 0.5 %, substandard 10 %, doubtful 50 %, loss 100 % "
        "of the principal.",
    ),
    "calk.policy.assets": (
        "d. Aset dan liabilitas disajikan lancar bila direalisasi atau jatuh tempo dalam dua "
        "belas bulan atau dapat ditarik sewaktu-waktu. Aset tetap dicatat sebesar harga "
        "perolehan dan disusutkan dengan metode garis lurus selama umur manfaatnya, mulai "
        "bulan sesudah perolehan, dibukukan setiap bulan (catatan 10).",
        "d. Assets and liabilities are current when realised or due within twelve months or "
        "payable on demand. Fixed assets are carried at cost and depreciated straight-line "
        "over their useful life from the month after acquisition, posted monthly (note 10).",
    ),
    "calk.related.text": (
        "Pengurus dan pengawas adalah pihak berelasi. Honorarium mereka dibebankan pada akun "
        "Beban Honorarium; bagian SHU untuk pengurus dicatat di Dana Pengurus (catatan 7).",
        "The board and the supervisors are related parties. Their honoraria are charged to "
        "the honoraria account; the board's part of the surplus is in the board fund (note 7).",
    ),
}
