"""Fixtures for the command line: run `koperasi ...` in-process and snapshot a book file."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from pathlib import Path

import pytest

from koperasi import cli as cli_module
from koperasi.cli import main


@dataclass(frozen=True)
class Result:
    code: int
    out: str
    err: str


@pytest.fixture(autouse=True)
def indonesian_by_default(monkeypatch):
    """Every test starts in Indonesian, whatever the shell or an earlier test chose."""
    monkeypatch.delenv("KOPERASI_LANG", raising=False)
    cli_module.set_language("id")
    yield
    cli_module.set_language("id")


@pytest.fixture
def cli(capsys):
    """cli("member", "add", ...) runs one command and returns its exit code, stdout, stderr."""

    def run(*args: object) -> Result:
        capsys.readouterr()
        code = main([str(a) for a in args])
        captured = capsys.readouterr()
        return Result(code, captured.out, captured.err)

    return run


def book_snapshot(path: Path) -> tuple[bytes, dict[str, list[tuple]]]:
    """The file's bytes and every row of every table, to prove a refusal changed nothing."""
    data = path.read_bytes()
    conn = sqlite3.connect(path.resolve().as_uri() + "?mode=ro", uri=True)
    try:
        tables = [
            row[0]
            for row in conn.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"
            )
        ]
        rows = {t: list(conn.execute(f"SELECT * FROM [{t}] ORDER BY rowid")) for t in tables}
    finally:
        conn.close()
    return data, rows


@pytest.fixture
def snapshot():
    """snapshot(path): the book's bytes and rows, to compare before and after a command."""
    return book_snapshot
