"""What `koperasi print slip|slips|kwitansi --escpos` says (issue 15, branch i15b)."""

from __future__ import annotations

# code: (Bahasa Indonesia, English)
ESCPOS_LABELS: dict[str, tuple[str, str]] = {
    "slip_written": (
        "Slip {slip} untuk printer thermal {paper} mm ditulis ke {path}.",
        "Slip {slip} for the {paper} mm thermal printer written to {path}.",
    ),
    "slips_written": (
        "{n} slip untuk printer thermal {paper} mm ditulis ke {path}.",
        "{n} slips for the {paper} mm thermal printer written to {path}.",
    ),
    "kwitansi_written": (
        "Kwitansi {number} untuk printer thermal {paper} mm ditulis ke {path}.",
        "Receipt {number} for the {paper} mm thermal printer written to {path}.",
    ),
}
