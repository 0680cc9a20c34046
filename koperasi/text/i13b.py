"""Words of the lot trace sheet as an Excel workbook (issue 13, branch i13b), in Indonesian
and English. The sheet's other words are the PDF's (koperasi.text.trace.TRACE)."""

from __future__ import annotations

# Refusals (KoperasiError codes), merged into koperasi.text.errors.MESSAGES.
MESSAGES: dict[str, tuple[str, str]] = {
    "trace.sheet_kind": (
        "Lembar ketertelusuran hanya dapat disimpan sebagai .pdf atau .xlsx, bukan {name}.",
        "The trace sheet can only be saved as .pdf or .xlsx, not {name}.",
    ),
}

# Labels of the workbook.
XLSX: dict[str, tuple[str, str]] = {
    "summary": ("Ringkasan", "Summary"),
    "plots": ("Kebun", "Plots"),
    "deliveries": ("Setoran", "Deliveries"),
    "untraceable": ("Tidak tertelusur", "Untraceable"),
    "item": ("Keterangan", "Item"),
    "value": ("Nilai", "Value"),
    "sale": ("No. penjualan", "Sale no."),
    "sale_date": ("Tanggal penjualan", "Sale date"),
    "harvest_first": ("Panen pertama", "First harvest"),
    "harvest_last": ("Panen terakhir", "Last harvest"),
    "estdb": ("No. e-STDB", "e-STDB no."),
    "village": ("Desa", "Village"),
}
