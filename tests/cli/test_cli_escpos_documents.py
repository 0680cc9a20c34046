"""`koperasi print slip|slips|kwitansi --escpos 58|80`: payout slips and kwitansi as ESC/POS
bytes for the thermal printer (issue 15, branch i15b)."""

from __future__ import annotations

import re

import pytest

from tests.conftest import TODAY

DAY = TODAY.isoformat()  # the numbers carry the year: SP-2026-..., KW-2026-...
INIT, CUT = b"\x1b@", b"\x1bd\x06\x1dV\x00"


def run(cli, *args) -> str:
    result = cli(*args)
    assert result.code == 0, result.err
    return result.out


@pytest.fixture
def paid(tmp_path, cli):
    """Siti delivers 120 kg of rubber, takes a kasbon of Rp 100.000 and is paid out of the
    sale; Budi deposits Rp 250.000 of sukarela savings."""
    path = tmp_path / "koperasi.koperasi"
    run(cli, "init", path, "--name", "Koperasi Tani Makmur Sejahtera Bersama", "--prefix", "TM")
    for name in ("Siti Aminah Binti Abdurrahman Wahid", "Budi Santoso"):
        run(cli, "member", "add", path, "--name", name, "--joined", "2026-01-08")
    run(cli, "commodity", "add", path, "--name", "Karet", "--fee-percent", "3", "--quality")
    run(cli, "cash", "add", path, "--kind", "income", "--category", "Pendapatan lain-lain",
        "--amount", "5000000", "--description", "Hibah", "--date", "2026-01-08")  # fmt: skip
    run(cli, "loan", "add", path, "--member", "TM-0001", "--kind", "kasbon", "--amount",
        "100000", "--date", "2026-11-02")  # fmt: skip
    run(cli, "delivery", "add", path, "--member", "TM-0001", "--commodity", "Karet",
        "--date", "2026-11-20", "--gross-kg", "120", "--quality-percent", "50")  # fmt: skip
    run(cli, "sale", "add", path, "--commodity", "Karet", "--date", "2026-11-24",
        "--buyer", "PT Remco", "--sold-kg", "120", "--price-per-kg", "10000")  # fmt: skip
    # 120 kg x Rp 10.000 = 1.200.000; fee 3 % 36.000; 1.164.000 - kasbon 100.000 = 1.064.000
    out = run(cli, "payout", path, "PJ-2026-0001", "--date", DAY)
    assert out.startswith("SP-2026-000001") and "dibayar Rp 1.064.000" in out
    out = run(cli, "savings", "deposit", path, "--member", "TM-0002", "--kind", "sukarela",
              "--amount", "250000", "--date", DAY)  # fmt: skip
    return path, out.split()[0]


def printed_lines(data: bytes) -> list[bytes]:
    """The text lines of ESC/POS bytes, the control sequences taken off (init, bold,
    character size, code table, feed and cut)."""
    text = re.sub(rb"\x1b@|\x1b[E!td].|\x1dV.", b"", data)
    return text.split(b"\n")


@pytest.mark.parametrize(("paper", "columns"), [("58", 32), ("80", 48)])
def test_print_slip_escpos(paid, cli, tmp_path, paper, columns):
    book, _ = paid
    out = tmp_path / f"slip{paper}.bin"
    r = cli("print", "slip", book, "sp-2026-000001", "--escpos", paper, "-o", out)
    assert r.code == 0, r.err
    assert r.out == f"Slip SP-2026-000001 untuk printer thermal {paper} mm ditulis ke {out}.\n"
    data = out.read_bytes()
    assert data.startswith(INIT) and data.endswith(CUT) and data.count(b"\x1dV") == 1
    lines = printed_lines(data)
    assert all(line.decode("ascii").isprintable() for line in lines)
    assert max(len(line) for line in lines) == columns
    text = b"\n".join(lines).decode("ascii")
    assert "SP-2026-000001" in text and "KB-2026-0001" in text
    # amounts flush right: the share, the kasbon and what was paid end the line
    for amount in (b"Rp 1.164.000", b"-Rp 100.000", b"Rp 1.064.000"):
        assert any(line.rstrip().endswith(amount) for line in lines), amount
    words = "satu juta enam puluh empat ribu rupiah"
    assert words in " ".join(text.lower().split())  # terbilang, wrapped over lines
    assert "Siti Aminah" in text
    signed = [line.split() for line in lines if b"____" in line]
    assert len(signed) == 1 and len(signed[0]) == 2  # member and treasurer sign


def test_print_slips_escpos_cuts_each_slip(paid, cli, tmp_path):
    book, _ = paid
    out = tmp_path / "slips.bin"
    r = cli("print", "slips", book, "--sale", "PJ-2026-0001", "--escpos", "80", "-o", out)
    assert r.code == 0 and "Slip SP-2026-000001" in r.out
    assert out.read_bytes().count(CUT) == 1


@pytest.mark.parametrize(("paper", "columns"), [("58", 32), ("80", 48)])
def test_print_kwitansi_escpos(paid, cli, tmp_path, paper, columns):
    book, number = paid
    assert number.startswith("KW-2026-")
    out = tmp_path / f"kw{paper}.bin"
    r = cli("print", "kwitansi", book, number, "--escpos", paper, "-o", out)
    assert r.code == 0, r.err
    assert r.out == f"Kwitansi {number} untuk printer thermal {paper} mm ditulis ke {out}.\n"
    data = out.read_bytes()
    assert data.startswith(INIT) and data.endswith(CUT)
    lines = printed_lines(data)
    assert all(line.decode("ascii").isprintable() for line in lines)
    assert max(len(line) for line in lines) == columns
    text = b"\n".join(lines).decode("ascii")
    assert number in text and "Budi Santoso" in text and "sukarela" in text
    assert any(line.rstrip().endswith(b"Rp 250.000") for line in lines)
    assert "dua ratus lima puluh ribu rupiah" in " ".join(text.lower().split())
    signed = [line.split() for line in lines if b"____" in line]
    assert len(signed) == 1 and len(signed[0]) == 2  # depositor and treasurer sign


def test_print_kwitansi_escpos_unknown_number_is_one_sentence(paid, cli, tmp_path, snapshot):
    book, _ = paid
    out = tmp_path / "kw.bin"
    before = snapshot(book)
    r = cli("print", "kwitansi", book, "KW-2026-999999", "--escpos", "58", "-o", out)
    assert r.code == 1 and r.err.count("\n") == 1 and "Traceback" not in r.err
    assert not out.exists() and snapshot(book) == before
    r = cli("print", "slip", book, "SP-2026-999999", "--escpos", "58", "-o", out)
    assert r.code == 1 and r.err.count("\n") == 1 and not out.exists()


def test_print_slip_without_escpos_is_the_pdf(paid, cli, tmp_path):
    book, _ = paid
    out = tmp_path / "slip.pdf"
    r = cli("print", "slip", book, "SP-2026-000001", "-o", out)
    assert r.code == 0, r.err
    assert out.read_bytes().startswith(b"%PDF")
