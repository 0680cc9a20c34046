"""What the weighing-point devices say: the scale's statuses, and the words of the thermal
printouts (the same wording as the PDF documents, for 32- and 48-column rolls)."""

from __future__ import annotations

# key: (Bahasa Indonesia, English)
SCALE_STATUS: dict[str, tuple[str, str]] = {
    "stable": ("Stabil: {weight}", "Stable: {weight}"),
    "unstable": ("Belum stabil: {weight}", "Not yet stable: {weight}"),
    "overload": (
        "Di luar kapasitas timbangan (kelebihan atau kurang beban).",
        "Outside the scale's range (overloaded or below zero).",
    ),
    "bad_frame": (
        "Data timbangan rusak; periksa kabel dan pengaturan format/baud.",
        "Garbled data from the scale; check the cable and the format/baud settings.",
    ),
    "checksum": (
        "Data timbangan gagal diperiksa (checksum); gangguan pada kabel.",
        "Scale data failed its check (checksum); interference on the cable.",
    ),
    "no_data": (
        "Timbangan tidak mengirim data; periksa kabel, daya, dan port.",
        "The scale sends no data; check the cable, the power and the port.",
    ),
}

# The words of the thermal printouts are the PDF documents' words (koperasi.text.documents:
# SHARED, then KWITANSI); only what a 32/48-column roll says differently lives here.
THERMAL: dict[str, tuple[str, str]] = {
    "meterai": ("Meterai {amount}", "Duty stamp {amount}"),
}
