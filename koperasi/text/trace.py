"""The words of the lot trace sheet (lembar ketertelusuran lot, issue 13) and of the reference
prices, in Bahasa Indonesia and English. Read by koperasi.pdf.trace_sheet before SHARED."""

from __future__ import annotations

TRACE: dict[str, tuple[str, str]] = {
    "trace.name": ("Lembar ketertelusuran lot", "Lot trace sheet"),
    "trace.title": ("LEMBAR KETERTELUSURAN LOT", "LOT TRACE SHEET"),
    "trace.cooperative": ("Koperasi", "Cooperative"),
    "trace.buyer": ("Pembeli", "Buyer"),
    "trace.hs_code": ("Kode HS", "HS code"),
    "trace.net_mass": ("Berat bersih lot", "Net mass of the lot"),
    "trace.pooled": ("Berat setoran dihimpun", "Pooled delivery weight"),
    "trace.harvest": ("Masa panen", "Harvest dates"),
    "trace.harvest_range": ("{first} s.d. {last}", "{first} to {last}"),
    "trace.status": ("Status", "Status"),
    "trace.full": (
        "Tertelusur penuh: setiap setoran berasal dari kebun yang terpetakan.",
        "Fully traceable: every delivery comes from a mapped plot.",
    ),
    "trace.partial": (
        "TIDAK tertelusur penuh: {count} setoran ({weight}, {share}) tanpa kebun terpetakan; "
        "berkas GeoJSON EUDR tidak dapat dibuat.",
        "NOT fully traceable: {count} deliveries ({weight}, {share}) without a mapped plot; "
        "the EUDR GeoJSON cannot be made.",
    ),
    "trace.plots": ("Kebun asal lot", "Plots behind the lot"),
    "trace.plot": ("Kebun", "Plot"),
    "trace.area": ("Luas (ha)", "Area (ha)"),
    "trace.geometry": ("Lokasi", "Location"),
    "trace.point": ("Titik", "Point"),
    "trace.polygon": ("Poligon", "Polygon"),
    "trace.deliveries_n": ("Setoran", "Deliveries"),
    "trace.net": ("Berat bersih", "Net weight"),
    "trace.share": ("Bagian lot", "Share of lot"),
    "trace.deliveries": ("Daftar setoran", "Deliveries"),
    "trace.receipt": ("Nota timbang", "Receipt"),
    "trace.origin": ("Asal", "Origin"),
    "trace.untraceable": ("Setoran tanpa kebun terpetakan", "Deliveries without a mapped plot"),
    "trace.untraceable_row": ("Tidak tertelusur", "Untraceable"),
    "trace.reason": ("Alasan", "Why"),
    "trace.note": (
        "Koordinat WGS84 [bujur, lintang] setiap kebun tercatat di buku koperasi dan diekspor "
        "sebagai GeoJSON EUDR (Regulasi (UE) 2023/1115).",
        "Each plot's WGS84 coordinates [longitude, latitude] are kept in the cooperative's book "
        "and exported as the EUDR GeoJSON (Regulation (EU) 2023/1115).",
    ),
}

# What `koperasi plot|trace|price` print themselves.
CLI: dict[str, tuple[str, str]] = {
    "id": ("ID", "ID"),
    "member": ("Anggota", "Member"),
    "name": ("Kebun", "Plot"),
    "area_ha": ("Luas (ha)", "Area (ha)"),
    "planting_year": ("Tahun tanam", "Planted"),
    "geometry_type": ("Lokasi", "Location"),
    "new": ("baru", "new"),
    "unchanged": ("sudah ada", "unchanged"),
    "refused": ("ditolak", "refused"),
    "warning": ("peringatan", "warning"),
    "import_done": (
        "{path}: {new} kebun baru, {unchanged} sudah ada, {refused} ditolak.",
        "{path}: {new} new plots, {unchanged} unchanged, {refused} refused.",
    ),
    "import_preview": (
        "Pratinjau {path} (belum disimpan): {new} kebun baru, {unchanged} sudah ada, "
        "{refused} ditolak.",
        "Preview of {path} (not saved): {new} new plots, {unchanged} unchanged, {refused} refused.",
    ),
    "geojson_done": (
        "{path}: {count} kebun dari penjualan {number}.",
        "{path}: {count} plots of sale {number}.",
    ),
    "sheet_done": (
        "{path}: lembar ketertelusuran penjualan {number}.",
        "{path}: trace sheet of sale {number}.",
    ),
    "price_done": (
        "Harga Disbun {commodity} {week}, umur {age_from}–{age_to} tahun: {price}/kg.",
        "Disbun price {commodity} {week}, {age_from}–{age_to} years: {price}/kg.",
    ),
}
