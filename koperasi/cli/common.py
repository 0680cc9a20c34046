"""What every command shares: opening the book, saying a refusal, tables, JSON and argument types.

Every command is a subparser whose handler is set with ``set_defaults(func=handler)``;
``handler(args) -> int`` returns the exit code. ``args.lang`` ("id" or "en") is the language
main() chose once (``--lang``, else ``$KOPERASI_LANG``, else Indonesian); every label and
refusal is looked up in it explicitly, so no module holds a current language.

Topic modules import this module and nothing else of the command line, so there is no circle.
"""

from __future__ import annotations

import argparse
import datetime
import json
import os
import re
import sys
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from koperasi.core import fmt
from koperasi.core.errors import KoperasiError
from koperasi.text import text
from koperasi.text.cli import LABELS

if TYPE_CHECKING:
    from koperasi.book import Book

PROG = "koperasi"


def label(key: str, lang: str, **params: object) -> str:
    """A label or short phrase of the command line in `lang`, its {placeholders} filled."""
    return text(LABELS, key, lang, **params)


def labels(keys: Iterable[str], lang: str) -> list[str]:
    """The labels of `keys` in `lang`: the headers of a table."""
    return [text(LABELS, key, lang) for key in keys]


def print_json(value: Any) -> None:
    """JSON as the command line prints it: UTF-8 text, integers for rupiah and grams."""
    print(json.dumps(value, ensure_ascii=False, indent=2))


def format_table(
    headers: Sequence[str], rows: Iterable[Sequence[object]], lang: str, right: Iterable[int] = ()
) -> str:
    """An aligned text table; columns whose index is in `right` are right-aligned (numbers)."""
    cells = [[str(h) for h in headers]] + [[str(c) for c in row] for row in rows]
    widths = [max(len(row[i]) for row in cells) for i in range(len(headers))]
    right = set(right)

    def line(row: list[str]) -> str:
        return "  ".join(
            cell.rjust(w) if i in right else cell.ljust(w)
            for i, (cell, w) in enumerate(zip(row, widths, strict=True))
        ).rstrip()

    body = [line(row) for row in cells[1:]] or [label("none", lang)]
    return "\n".join([line(cells[0]), "  ".join("-" * w for w in widths), *body])


def print_pairs(pairs: Sequence[tuple[str, str]]) -> None:
    """Label and value lines with the values aligned, as a form reads."""
    width = max(len(k) for k, _ in pairs)
    print("\n".join(f"{k.ljust(width)}  {v}" for k, v in pairs))


def report_error(error: KoperasiError | OSError, lang: str) -> int:
    """Say a refusal as one sentence on stderr in `lang`; returns exit code 1."""
    if not isinstance(error, KoperasiError):
        # An OSError carries no message code; word it with the catalogue's sentence.
        error = KoperasiError(
            "cli.os_error", path=error.filename or "?", reason=error.strerror or str(error)
        )
    print(error.message(lang), file=sys.stderr)
    return 1


def usage_message(detail: str, prog: str, lang: str) -> str:
    """A usage mistake as one sentence, pointing at `prog --help`."""
    return KoperasiError("cli.usage", detail=detail, prog=prog).message(lang)


def run_with_book(
    path: str | Path, fn: Callable[[Book], int | None], lang: str, readonly: bool = False
) -> int:
    """Open the book at `path`, run ``fn(book)`` and close it; returns the exit code.

    Open read-only (readonly=True) for anything that only reads: it needs no lock, so it
    works while the desktop app is writing. A KoperasiError or OSError, raised while
    opening or by `fn`, becomes one sentence on stderr in `lang` and exit code 1; every book
    operation is one transaction, so a refused command leaves the book unchanged.
    ``fn`` returns the exit code (None means 0).
    """
    from koperasi.book import Book

    try:
        with Book.open(path, readonly=readonly) as book:
            say_state(book, lang)
            if not readonly:
                log_in(book)
            return fn(book) or 0
    except BrokenPipeError:
        raise  # the reader of our output went away (`| head`): not a problem of the book
    except (KoperasiError, OSError) as exc:
        return report_error(exc, lang)


# The user the command runs as (`--user NAME`, taken from anywhere on the line by main(), else
# $KOPERASI_USER); only books with users ask for one (koperasi.book.users).
SESSION: dict[str, str | None] = {"user": None}


def say_state(book: Book, lang: str) -> None:
    """One line on stderr when the book was recovered after a crash, or is damaged."""
    if book.recovered:
        print(KoperasiError("book.recovered").message(lang), file=sys.stderr)
    if book.damaged:
        reason = book.damaged
        print(KoperasiError("book.damaged", path=book.path, reason=reason).message(lang),
              file=sys.stderr)  # fmt: skip


def read_password(
    prompt: str = "Kata sandi / Password: ", env_name: str = "KOPERASI_PASSWORD"
) -> str:
    """$KOPERASI_PASSWORD (or `env_name`), else asked without echo on a terminal, else one
    line of stdin."""
    env = os.environ.get(env_name)
    if env is not None:
        return env
    if sys.stdin is not None and sys.stdin.isatty():
        import getpass

        return getpass.getpass(prompt)
    try:
        line = sys.stdin.readline() if sys.stdin is not None else ""
    except (OSError, ValueError):
        line = ""
    if not line.strip():
        raise KoperasiError("user.password_required")
    return line.rstrip("\r\n")


def log_in(book: Book) -> None:
    """Log in as --user (or $KOPERASI_USER) when the book has users; with no name given,
    the book's own check refuses the first write ("user.login_required")."""
    if not book.users.enabled():
        return
    name = SESSION["user"] or os.environ.get("KOPERASI_USER")
    if name:
        book.users.log_in(name, read_password())


def write_whole(path: str | Path, data: bytes | str) -> None:
    """Write the file whole or not at all: a half-written file must never replace a good one.
    Text is written as UTF-8."""
    if not str(path).strip() or "\x00" in str(path) or not Path(path).name:
        raise KoperasiError("cli.os_error", path=repr(str(path)), reason="not a file name")
    target = Path(path)
    # Never replace a device, a FIFO or a link (as root, `-o /dev/null` replaced the device).
    if target.is_symlink() or (target.exists() and not target.is_file()):
        raise KoperasiError("cli.os_error", path=target, reason="not a regular file")
    temporary = target.with_name(f".{target.name}.tmp")
    try:
        if isinstance(data, str):
            temporary.write_text(data, encoding="utf-8")
        else:
            temporary.write_bytes(data)
        os.replace(temporary, target)
    except OSError as exc:
        temporary.unlink(missing_ok=True)
        raise OSError(exc.errno, exc.strerror, str(target)) from exc


# -- arguments ---------------------------------------------------------------------------


def add_book(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("book", metavar="BOOK", help="the book file (.koperasi)")


def add_json(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--json", action="store_true", help="print JSON (integers, ISO dates)")


def count(value: str) -> int:
    """A positive whole number (members, years, months), refused as one sentence."""
    if not re.fullmatch(r"\s*\d+\s*", value) or int(value) <= 0:
        raise KoperasiError("input.bad_count", text=value)
    return int(value)


# -- small conversions -------------------------------------------------------------------


def percent_json(bp: int) -> str:
    """Basis points as JSON gives a percentage: 5550 -> "55.5", 10000 -> "100".

    A decimal point, not the Indonesian comma of fmt.percent: JSON is read by programs.
    """
    whole, frac = divmod(bp, 100)
    return f"{whole}.{frac:02d}".rstrip("0") if frac else str(whole)


def iso_date(day: datetime.date | None) -> str | None:
    return day.isoformat() if day else None


def short_date(day: datetime.date | None) -> str:
    return fmt.date_short(day) if day else ""


def yes_no(flag: bool, lang: str) -> str:
    return label("yes" if flag else "no", lang)


def method_word(method: str, lang: str) -> str:
    """How money moved (cash, transfer, a payout deduction, an SHU share), in words."""
    return label(method, lang) if method in ("cash", "transfer", "payout", "shu") else method
