"""Sentences of paying out a leaver's kept savings later (issue 10, branch i10c), in
Indonesian and English; merged into koperasi.text.errors.MESSAGES."""

from __future__ import annotations

MESSAGES: dict[str, tuple[str, str]] = {
    "exit_pay.bad_from": (
        'Sumber pembayaran "{source}" tidak dikenal; pilih cash (kas) atau bank.',
        'The source "{source}" is unknown; choose cash or bank.',
    ),
    "exit_pay.nothing_owed": (
        "Koperasi tidak berutang simpanan kepada {number} {name}.",
        "The cooperative owes {number} {name} no kept savings.",
    ),
    "exit_pay.bad_amount": (
        "Jumlah harus rupiah utuh lebih dari nol.",
        "The amount must be whole rupiah above zero.",
    ),
    "exit_pay.too_much": (
        "{amount} lebih dari utang simpanan kepada {number} ({owed}).",
        "{amount} is more than the savings owed to {number} ({owed}).",
    ),
    "exit_pay.before_leaving": (
        "Tanggal {date} sebelum anggota keluar ({left}).",
        "The date {date} is before the member left ({left}).",
    ),
}

# The command line's sentences (`koperasi member pay-exit`).
CLI: dict[str, tuple[str, str]] = {
    "paid": (
        "{number}: {member} {name} dibayar {amount} dari {source} pada {date}; "
        "sisa utang simpanan {owed}.",
        "{number}: {member} {name} paid {amount} from {source} on {date}; "
        "savings still owed {owed}.",
    ),
    "source.1101": ("kas", "cash"),
    "source.1102": ("bank", "bank"),
}
