"""`koperasi member pay-exit`: a member who left is paid the savings kept back as 2110."""

import datetime

from koperasi.book import Book
from koperasi.cli import main

D = datetime.date


def _book(path):
    # Siti: pokok 100.000 + wajib 240.000 = 340.000 in Kas, kept as 2110 when she leaves.
    book = Book.create(path, name="Koperasi Produsen Tani Lembah Jaya", member_prefix="LJ")
    book.with_today(D(2026, 11, 27))
    book.members.add("Siti Aminah", joined=D(2025, 6, 1))
    book.savings.deposit("LJ-0001", "pokok", 100_000, date=D(2025, 6, 1))
    book.savings.deposit("LJ-0001", "wajib", 240_000, date=D(2025, 12, 1))
    book.leaving.leave("LJ-0001", D(2026, 10, 1), "Pindah", refund="payable")
    book.close()


def run(capsys, monkeypatch, *args):
    monkeypatch.delenv("KOPERASI_LANG", raising=False)
    # The command line's today, pinned: receipt numbers carry the year (KK-2026-...).
    monkeypatch.setattr(Book, "clock", staticmethod(lambda: D(2026, 11, 27)))
    capsys.readouterr()
    code = main([str(a) for a in args])
    out = capsys.readouterr()
    return code, out.out, out.err


def test_pay_exit_part_then_the_rest(tmp_path, capsys, monkeypatch):
    path = tmp_path / "lj.koperasi"
    _book(path)
    code, out, err = run(
        capsys, monkeypatch, "member", "pay-exit", path, "LJ-0001", "--amount", "100.000",
        "--from", "cash", "--date", "2026-10-15",
    )  # fmt: skip
    assert code == 0, err
    assert out.strip() == (
        "KK-2026-000001: LJ-0001 Siti Aminah dibayar Rp 100.000 dari kas pada 15/10/2026; "
        "sisa utang simpanan Rp 240.000."
    )
    # More than the Rp 240.000 still owed: one sentence, nothing written.
    code, out, err = run(
        capsys, monkeypatch, "member", "pay-exit", path, "LJ-0001", "--amount", "240001",
        "--from", "cash",
    )  # fmt: skip
    assert code != 0 and "Traceback" not in err
    assert "Rp 240.000" in err and len(err.strip().splitlines()) == 1
    # The bank holds nothing.
    code, out, err = run(
        capsys, monkeypatch, "member", "pay-exit", path, "LJ-0001", "--from", "bank"
    )
    assert code != 0 and "1102" in err
    code, out, err = run(
        capsys, monkeypatch, "member", "pay-exit", path, "LJ-0001", "--from", "cash"
    )
    assert code == 0, err
    assert out.startswith("KK-2026-000002: LJ-0001 Siti Aminah dibayar Rp 240.000 dari kas")
    assert out.strip().endswith("sisa utang simpanan Rp 0.")
    with Book.open(path) as book:
        assert book.exit_payments.owed("LJ-0001") == 0
        assert book.journal.available("1101", D(2026, 11, 27)) == 0  # 340.000 in, 340.000 out
