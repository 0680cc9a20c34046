"""Fixtures of issue 10's second half: the command line run in-process."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from koperasi.cli import main


@dataclass(frozen=True)
class Result:
    code: int
    out: str
    err: str


@pytest.fixture
def cli(capsys, monkeypatch):
    """cli("member", "leave", ...) runs one command: exit code, stdout, stderr."""
    monkeypatch.delenv("KOPERASI_LANG", raising=False)

    def run(*args: object) -> Result:
        capsys.readouterr()
        code = main([str(a) for a in args])
        captured = capsys.readouterr()
        return Result(code, captured.out, captured.err)

    return run
