"""What the `koperasi post` / `scale` / `print receipt --escpos` commands say."""

from __future__ import annotations

# code: (Bahasa Indonesia, English)
# What the commands print.
POST_LABELS: dict[str, tuple[str, str]] = {
    "exported": (
        "Kiriman {sequence} ditulis ke {path}: {deliveries} setoran, {corrections} koreksi.",
        "Batch {sequence} written to {path}: {deliveries} deliveries, {corrections} corrections.",
    ),
    "nothing_new": (
        "Tidak ada setoran atau koreksi baru sejak kiriman terakhir; tidak ada berkas ditulis.",
        "No new deliveries or corrections since the last batch; no file was written.",
    ),
    "preview": (
        "Pratinjau kiriman {sequence} dari pos {post}: {deliveries} setoran baru ({net}), "
        "{corrections} koreksi baru, {already} sudah pernah diimpor. Belum ada yang ditulis.",
        "Preview of batch {sequence} from post {post}: {deliveries} new deliveries ({net}), "
        "{corrections} new corrections, {already} imported before. Nothing written yet.",
    ),
    "imported": (
        "Kiriman {sequence} dari pos {post} diimpor: {deliveries} setoran baru ({net}), "
        "{corrections} koreksi baru, {already} sudah pernah diimpor.",
        "Batch {sequence} from post {post} imported: {deliveries} new deliveries ({net}), "
        "{corrections} new corrections, {already} imported before.",
    ),
    "members_exported": (
        "Daftar anggota untuk pos {post} ditulis ke {path} ({count} anggota).",
        "Member list for post {post} written to {path} ({count} members).",
    ),
    "members_imported": (
        "Daftar anggota dari kantor diterima: {count} anggota.",
        "Member list from the office taken: {count} members.",
    ),
    "members_old": (
        "Daftar anggota ini lebih lama dari yang sudah diterima; tidak ada yang diubah.",
        "This member list is older than the one already taken; nothing was changed.",
    ),
    "post_created": (
        "Buku pos timbang {post} dibuat: {path}. Bawa berkas ini ke komputer pos.",
        "Weighing post {post}'s book made: {path}. Take this file to the post's computer.",
    ),
    "escpos_written": (
        "Nota {receipt} untuk printer thermal {paper} mm ditulis ke {path}.",
        "Receipt {receipt} for the {paper} mm thermal printer written to {path}.",
    ),
    "manual_weight": ("berat diketik manual", "weight typed by hand"),
}
