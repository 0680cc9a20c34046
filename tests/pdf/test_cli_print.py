"""`koperasi print ...`: every document from the command line, on every paper it supports."""

from __future__ import annotations

import pytest

from koperasi import cli as cli_module
from koperasi.cli import main
from tests.pdf.pdf_helpers import pages


@pytest.fixture(autouse=True)
def indonesian(monkeypatch):
    monkeypatch.delenv("KOPERASI_LANG", raising=False)
    cli_module.set_language("id")
    yield
    cli_module.set_language("id")


def run(*args: str) -> int:
    return main([str(a) for a in args])


@pytest.mark.parametrize(
    ("command", "expect"),
    [
        (["receipt", "{book}", "NT-2026-000001", "--paper", "a6"], "NOTA TIMBANG"),
        (["receipt", "{book}", "NT-2026-000007", "--paper", "roll80"], "BATAL"),
        (["slips", "{book}", "--sale", "PJ-2026-0001", "--paper", "a5"], "SLIP PEMBAYARAN"),
        (["slips", "{book}", "--sale", "PJ-2026-0001", "--paper", "a6"], "SP-2026-000005"),
        (["slips", "{book}", "--payout", "SP-2026-000004", "--paper", "roll80"], "Meterai"),
        (["slips", "{book}", "--run", "SP-2026-000001"], "SP-2026-000003"),
        (["settlement", "{book}", "PJ-2026-0001"], "Rp 10.911.875"),
        (
            [
                "statement",
                "{book}",
                "--member",
                "LJ-0002",
                "--from",
                "2026-11-01",
                "--to",
                "30/11/2026",
            ],
            "Saldo akhir Rp 2.493.033",
        ),
        (["members", "{book}"], "DAFTAR ANGGOTA"),
    ],
)
def test_print_writes_the_document(demo_path, tmp_path, capsys, command, expect):
    out = tmp_path / "out.pdf"
    args = [part.format(book=demo_path) for part in command]
    assert run("print", *args, "-o", out) == 0
    assert expect in " ".join(pages(out.read_bytes()))
    assert f"{out} ditulis" in capsys.readouterr().out
    assert list(tmp_path.iterdir()) == [out]  # no temporary file left behind


def test_print_opens_the_book_read_only(demo_path, tmp_path):
    before = demo_path.read_bytes()
    assert run("print", "members", demo_path, "-o", tmp_path / "m.pdf") == 0
    assert demo_path.read_bytes() == before
    assert not demo_path.with_name(demo_path.name + ".lock").exists()


def test_unknown_numbers_are_one_sentence(demo_path, tmp_path, capsys):
    out = tmp_path / "x.pdf"
    assert run("print", "receipt", demo_path, "NT-2026-999999", "-o", out) == 1
    assert capsys.readouterr().err.strip() == "Nota timbang NT-2026-999999 tidak ditemukan."
    assert run("--lang", "en", "print", "settlement", demo_path, "PJ-2030-0001", "-o", out) == 1
    assert capsys.readouterr().err.strip() == "Sale PJ-2030-0001 does not exist."
    assert not out.exists()


def test_a_sale_without_slips_and_a_backwards_period(demo_path, tmp_path, capsys):
    out = tmp_path / "x.pdf"
    code = run(
        "print",
        "statement",
        demo_path,
        "--member",
        "LJ-0001",
        "--from",
        "2026-12-01",
        "--to",
        "2026-11-01",
        "-o",
        out,
    )
    assert code == 1
    assert "tanggal awal 01/12/2026 sesudah tanggal akhir 01/11/2026" in capsys.readouterr().err
    assert not out.exists()


def test_unwritable_output_leaves_the_old_file(demo_path, tmp_path, capsys):
    folder = tmp_path / "missing"
    assert run("print", "members", demo_path, "-o", folder / "m.pdf") == 1
    assert "tidak dapat dibaca atau ditulis" in capsys.readouterr().err


def test_paper_choices_are_checked(demo_path, tmp_path, capsys):
    assert (
        run(
            "print",
            "receipt",
            demo_path,
            "NT-2026-000001",
            "--paper",
            "a5",
            "-o",
            tmp_path / "r.pdf",
        )
        == 2
    )
    assert "a5" in capsys.readouterr().err


def test_paper_defaults_to_the_books_setting(tmp_path):
    from tests.pdf.pdf_helpers import build_book, page_sizes

    path = tmp_path / "b.koperasi"
    book = build_book(path)
    book.set_document_paper("slip", "roll80")
    book.close()
    out = tmp_path / "s.pdf"
    assert run("print", "slips", path, "--payout", "SP-2026-000001", "-o", out) == 0
    ((width, _),) = page_sizes(out.read_bytes())
    assert round(width) == 227  # 80 mm
    assert run("print", "receipt", path, "NT-2026-000001", "-o", out) == 0
    ((width, _),) = page_sizes(out.read_bytes())
    assert round(width) == 298  # A6, the receipt default
