"""The entry point: choose the language once, build the command tree, run one command.

Errors users can cause reach them as one sentence in their language (``--lang id|en``,
default ``$KOPERASI_LANG``, else Indonesian), never as a traceback. Commands that only
read open the book read-only, so they work while the desktop app holds it for writing.
"""

from __future__ import annotations

import argparse
import functools
import os
import re
import sys
from collections.abc import Sequence
from typing import Any

from koperasi import __version__
from koperasi.cli import (
    assets,
    books,
    cash,
    closing,
    commodities,
    corrections,
    deliveries,
    devices,
    geo,
    honoraria,  # branch i14tax: PPh 21 on honoraria
    ledger,
    loans,
    members,
    moving_in,
    payouts,
    printing,
    rat,
    rat_basis,
    safety,
    sales,
    savings,
    tax,
)
from koperasi.cli.common import PROG, report_error, usage_message
from koperasi.core.errors import KoperasiError
from koperasi.text import DEFAULT_LANGUAGE, LANGUAGES, text
from koperasi.text.cli import ARGPARSE

# In the order `koperasi --help` lists them.
TOPICS = (
    books,
    members,
    commodities,
    deliveries,
    sales,
    payouts,
    savings,
    loans,
    cash,
    closing,
    ledger,
    printing,
    moving_in,
    rat,
    rat_basis,  # after rat: it adds `rat basis` (issue 14, i14shu)
    tax,
    safety,
    devices,
    geo,
    corrections,  # after sales, payouts and ledger: it adds to their commands
    assets,
    honoraria,  # branch i14tax
)


class CommandParser(argparse.ArgumentParser):
    """argparse that says what is wrong as one sentence in the user's language (exit 2)."""

    def __init__(self, *args: Any, lang: str = DEFAULT_LANGUAGE, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.lang = lang

    def add_subparsers(self, **kwargs: Any) -> Any:
        # Subcommands are parsers too: they must complain in the same language.
        kwargs.setdefault("parser_class", functools.partial(CommandParser, lang=self.lang))
        return super().add_subparsers(**kwargs)

    def error(self, message: str) -> None:  # type: ignore[override]
        detail = message
        for pattern in ARGPARSE:
            match = re.fullmatch(pattern, message)
            if match:
                detail = text(ARGPARSE, pattern, self.lang, **match.groupdict())
                break
        self.exit(2, usage_message(detail, self.prog, self.lang) + "\n")


def build_parser(lang: str = DEFAULT_LANGUAGE) -> argparse.ArgumentParser:
    """The whole command tree; usage errors are worded in `lang`."""
    parser = CommandParser(
        prog=PROG,
        description="Koperasi: pembukuan koperasi tani (bookkeeping for farmers' cooperatives).",
        lang=lang,
    )
    parser.add_argument(
        "--lang",
        choices=LANGUAGES,
        default=lang,
        help="language of messages and tables (default $KOPERASI_LANG, else id)",
    )
    parser.add_argument("--version", action="version", version=f"{PROG} {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    for topic in TOPICS:
        topic.add_commands(commands)
    return parser


def environment_language() -> str:
    """$KOPERASI_LANG if the program speaks it, else Indonesian."""
    lang = os.environ.get("KOPERASI_LANG", DEFAULT_LANGUAGE)
    return lang if lang in LANGUAGES else DEFAULT_LANGUAGE


def split_language(argv: list[str]) -> tuple[str | None, list[str]]:
    """Take `--lang X` from anywhere on the line, so it works after the command too."""
    lang, rest, i = None, [], 0
    while i < len(argv):
        arg = argv[i]
        if arg == "--":
            rest.extend(argv[i:])
            break
        if arg == "--lang" and i + 1 < len(argv):
            lang, i = argv[i + 1], i + 2
            continue
        if arg.startswith("--lang="):
            lang, i = arg.split("=", 1)[1], i + 1
            continue
        rest.append(arg)
        i += 1
    return lang, rest


def main(argv: Sequence[str] | None = None) -> int:
    """Run one command; returns the exit code (0 ok, 1 refused, 2 usage error)."""
    asked, args_list = split_language(list(sys.argv[1:] if argv is None else argv))
    # An unknown --lang is refused by argparse below, in the language we fall back to.
    lang = asked if asked in LANGUAGES else environment_language()
    args_list = safety.take_user(args_list)
    if asked is not None:
        args_list = ["--lang", asked, *args_list]
    parser = build_parser(lang)
    try:
        args = parser.parse_args(args_list)
        return args.func(args) or 0
    except SystemExit as exc:  # --help, or a usage error argparse already reported
        return exc.code if isinstance(exc.code, int) else 0
    except BrokenPipeError:
        # `koperasi member list BOOK | head`: stop quietly, as other command-line tools do.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 1
    except (KoperasiError, OSError) as exc:  # refused while reading the arguments
        return report_error(exc, lang)
    except KeyboardInterrupt:
        return 130
    except Exception as exc:
        # Anything unexpected: one sentence, the traceback in a log file, never a traceback.
        return safety.report_unexpected(exc, lang)
