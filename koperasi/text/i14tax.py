"""Sentences of PPh 21 withheld on honoraria and of PPN (branch i14tax), in Indonesian and
English; MESSAGES is merged into koperasi.text.errors.MESSAGES."""

from __future__ import annotations

MESSAGES: dict[str, tuple[str, str]] = {
    "pph21.bad_category": (
        'Kategori penerima "{category}" tidak dikenal; pilih bukan-pegawai atau pengawas.',
        'The recipient category "{category}" is unknown; choose bukan-pegawai or pengawas.',
    ),
    "pph21.name_required": (
        "Nama penerima honorarium harus diisi.",
        "The recipient's name is required.",
    ),
    "pph21.bad_gross": (
        "Honorarium bruto harus rupiah utuh lebih dari nol.",
        "The gross honorarium must be whole rupiah above zero.",
    ),
    "pph21.bad_tax_id": (
        'NIK/NPWP "{tax_id}" tidak sah: harus 15 atau 16 angka.',
        'The NIK/NPWP "{tax_id}" is not valid: it must be 15 or 16 digits.',
    ),
    "pph21.bad_from": (
        'Sumber pembayaran "{source}" tidak dikenal; pilih kas atau bank.',
        'The source "{source}" is unknown; choose kas or bank.',
    ),
    "pph21.already_void": (
        "Honorarium {number} sudah dibatalkan.",
        "The honorarium {number} is already void.",
    ),
    "pph21.not_found": (
        "Bukti potong {number} tidak ada.",
        "There is no bukti potong {number}.",
    ),
}

# The command line's and the tax summary's words.
CLI: dict[str, tuple[str, str]] = {
    "paid": (
        "{number}: honorarium {name} ({category}) bruto {gross}, dasar pemotongan {base}, "
        "tarif {rate}{surcharge}, PPh 21 dipotong {tax}, dibayar bersih {net} dari {source} "
        "pada {date}.",
        "{number}: honorarium {name} ({category}) gross {gross}, tax base {base}, rate {rate}"
        "{surcharge}, PPh 21 withheld {tax}, net paid {net} from {source} on {date}.",
    ),
    "voided": (
        "{number} dibatalkan pada {date} dengan jurnal pembalik.",
        "{number} voided on {date} by a reversing entry.",
    ),
    "void_mark": (" (BATAL)", " (VOID)"),
    "surcharge": (" x 120 % (tanpa NIK/NPWP)", " x 120 % (no NIK/NPWP)"),
    "source.1101": ("kas", "cash"),
    "source.1102": ("bank", "bank"),
    "pph21_title": ("PPh Pasal 21 dipotong atas honorarium", "PPh 21 withheld on honoraria"),
    "ppn_title": ("PPN keluaran (PKP)", "Output VAT (PKP)"),
    "period": ("Periode", "Period"),
    "base": ("Dasar pemotongan", "Tax base"),
    "count": ("Jumlah bukti potong", "Bukti potong"),
    "gross": ("Honorarium bruto", "Gross honoraria"),
    "withheld": ("PPh 21 dipotong", "PPh 21 withheld"),
    "paid_col": ("Disetor", "Paid"),
    "payable": ("Utang PPh 21", "PPh 21 payable"),
    "taxable": ("Penyerahan kena pajak", "Taxable deliveries"),
    "dpp": ("DPP", "Tax base"),
    "ppn": ("PPN keluaran", "Output VAT"),
    "list_number": ("Nomor", "Number"),
    "list_date": ("Tanggal", "Date"),
    "list_name": ("Penerima", "Recipient"),
    "list_category": ("Kategori", "Category"),
    "list_rate": ("Tarif", "Rate"),
    "list_net": ("Bersih", "Net"),
}

# The RAT report's tax note (CALK 9): PPh 21 withheld on honoraria, PPN of a PKP.
RAT_NOTES: dict[str, tuple[str, str]] = {
    "calk.pph21": (
        "PPh Pasal 21 atas honorarium, dipotong koperasi sebagai pemotong pajak:",
        "PPh 21 on honoraria, withheld by the cooperative as withholding agent:",
    ),
    "calk.pph21.count": ("Jumlah bukti potong", "Bukti potong issued"),
    "calk.pph21.gross": ("Honorarium bruto", "Gross honoraria"),
    "calk.pph21.withheld": ("PPh 21 dipotong", "PPh 21 withheld"),
    "calk.pph21.paid": ("PPh 21 disetor", "PPh 21 paid"),
    "calk.pph21.payable": (
        "Utang PPh 21 (2111) 31 Desember",
        "PPh 21 payable (2111) at 31 December",
    ),
    "calk.ppn": (
        "PPN keluaran atas jasa pemasaran menurut perhitungan (DPP {dpp}): {ppn}; tidak dibukukan.",
        "Output VAT on the marketing fees as computed (tax base {dpp}): {ppn}; not posted.",
    ),
}

# The printed bukti potong of a honorarium (koperasi.pdf.bukti_potong).
BUKTI_POTONG: dict[str, tuple[str, str]] = {
    "bp.title": ("BUKTI POTONG PPh PASAL 21", "PPh 21 WITHHOLDING SLIP"),
    "bp.void": ("BATAL", "VOID"),
    "bp.voided": ("Dibatalkan {date}", "Voided {date}"),
    "bp.recipient": ("Penerima", "Recipient"),
    "bp.tax_id": ("NIK/NPWP", "NIK/NPWP"),
    "bp.no_tax_id": ("tidak ada", "none"),
    "bp.category": ("Kategori", "Category"),
    "bp.category.bukan-pegawai": ("Bukan pegawai", "Not an employee"),
    "bp.category.pengawas": (
        "Pengawas, bukan pegawai tetap",
        "Supervisor, not an employee",
    ),
    "bp.for": ("Untuk", "For"),
    "bp.gross": ("Honorarium bruto", "Gross honorarium"),
    "bp.base": ("Dasar pemotongan", "Tax base"),
    "bp.rate": ("Tarif pasal 17", "Art. 17 rate"),
    "bp.surcharge": (" × 120 % (tanpa NIK/NPWP)", " × 120 % (no NIK/NPWP)"),
    "bp.tax": ("PPh 21 dipotong", "PPh 21 withheld"),
    "bp.net": ("Dibayar bersih", "Net paid"),
    "bp.note": (
        "Tanda terima honorarium dan pemotongan PPh 21 oleh koperasi; bukan pengganti bukti "
        "potong resmi dari sistem DJP.",
        "Receipt of the honorarium and of the PPh 21 withheld by the cooperative; not a "
        "substitute for the tax office's own withholding slip.",
    ),
    "bp.receiver": ("Yang menerima,", "Received by,"),
    "bp.withholder": ("Pemotong pajak,", "Withheld by,"),
}
