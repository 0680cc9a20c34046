"""The `koperasi print ...` commands (slips, statements, settlement sheets): not written yet."""

from __future__ import annotations


def add_print_commands(subparsers) -> None:
    return None
