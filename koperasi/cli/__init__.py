"""The `koperasi` command line: the book's operations for scripts, batch work and tests.

`main` is the console script (`koperasi = "koperasi.cli:main"` in pyproject.toml).

- main.py: chooses the language once (--lang, else $KOPERASI_LANG, else Indonesian),
  builds the parser from each topic's add_commands(subparsers), runs one command.
- common.py: run_with_book, refusals, tables, JSON and argument helpers every topic uses.
- one module per topic, each holding its handlers and its add_commands: books (init, demo,
  settings, check), members, commodities, deliveries, sales, payouts, savings, loans, cash,
  closing (close, shu), ledger (report, export hledger) and printing (print ...).
  A topic imports common and never another topic or main.

What the commands print themselves is in koperasi/text/cli.py and koperasi/text/checks.py.
"""

from koperasi.cli.main import main

__all__ = ["main"]
