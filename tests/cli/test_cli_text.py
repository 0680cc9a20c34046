"""The command line's text tables: every entry in both languages, every key the code asks for."""

from __future__ import annotations

import ast
import re
import string
from pathlib import Path

import pytest

from koperasi.core.loans import LOAN_KINDS
from koperasi.core.savings import SAVINGS_KINDS
from koperasi.core.shu import SHU_PARTS
from koperasi.text import text
from koperasi.text.checks import CHECK_NAMES
from koperasi.text.cli import ARGPARSE, LABELS

CLI = Path(__file__).resolve().parents[2] / "koperasi" / "cli"

# Keys the code computes rather than writes out: (module, expression) -> every value it takes.
DYNAMIC = {
    ("safety.py", "h"): (
        "backup_file",
        "created_at",
        "verified",
        "members_count",
        "total_debit",
        "audit_code",
        "seq",
        "time",
        "user",
        "operation",
        "rows_touched",
        "name",
        "role",
        "active",
    ),
    ("common.py", "key"): (),  # label() and labels() themselves
    ("common.py", "method"): ("cash", "transfer", "payout", "shu"),
    ("deliveries.py", "d.status"): ("open", "settled", "void"),
    ("payouts.py", "f'deduction_{d.kind}'"): tuple(
        f"deduction_{k}" for k in ("wajib", *LOAN_KINDS)
    ),
    ("payouts.py", "f'deduction_{k}'"): tuple(f"deduction_{k}" for k in ("wajib", *LOAN_KINDS)),
    ("books.py", "f'part_{part}'"): tuple(f"part_{p}" for p in SHU_PARTS),
    ("closing.py", "f'part_{part}'"): tuple(f"part_{p}" for p in SHU_PARTS),
    ("savings.py", "m.row.kind"): SAVINGS_KINDS,
    ("loans.py", "loan.kind"): LOAN_KINDS,
    ("loans.py", "s.loan.kind"): LOAN_KINDS,
    ("cash.py", "c.kind"): ("income", "expense"),
    ("rat.py", "f'part_{part}'"): tuple(f"part_{p}" for p in SHU_PARTS),
    ("rat.py", "k"): (
        "member",
        "name",
        "transactions",
        "jasa_usaha",
        "capital",
        "jasa_modal",
        "total",
    ),
}


def placeholders(sentence: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(sentence) if name is not None}


@pytest.mark.parametrize(
    "table", [LABELS, ARGPARSE, CHECK_NAMES], ids=["labels", "argparse", "checks"]
)
def test_every_entry_speaks_both_languages_with_the_same_placeholders(table):
    for key, entry in table.items():
        assert isinstance(entry, tuple) and len(entry) == 2, key
        indonesian, english = entry
        assert indonesian.strip() and english.strip(), key
        assert placeholders(indonesian) == placeholders(english), key


def label_keys(path: Path) -> tuple[set[str], set[str]]:
    """The label keys a module asks for: written-out ones, and the source of computed ones."""
    literal: set[str] = set()
    computed: set[str] = set()

    def take(node: ast.expr) -> None:
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            literal.add(node.value)
        elif isinstance(node, ast.IfExp):
            take(node.body)
            take(node.orelse)
        elif isinstance(node, ast.Tuple | ast.List):
            for element in node.elts:
                take(element)
        else:
            computed.add(ast.unparse(node))

    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if not isinstance(node, ast.Call) or not isinstance(node.func, ast.Name) or not node.args:
            continue
        if node.func.id in ("label", "labels"):
            take(node.args[0])
        elif node.func.id == "text" and ast.unparse(node.args[0]) == "LABELS":
            take(node.args[1])
    return literal, computed


def test_every_label_the_commands_ask_for_exists():
    missing, undeclared, used = [], [], set()
    for path in sorted(CLI.glob("*.py")):
        literal, computed = label_keys(path)
        used |= literal
        missing += [f"{path.name}: {key}" for key in sorted(literal - LABELS.keys())]
        for expression in sorted(computed):
            if (path.name, expression) not in DYNAMIC:
                undeclared.append(f"{path.name}: {expression}")
    for (module, expression), keys in DYNAMIC.items():
        used |= set(keys)
        missing += [f"{module}: {expression} -> {key}" for key in keys if key not in LABELS]
    assert missing == []
    assert undeclared == [], "declare the keys a computed label can take in DYNAMIC"
    assert sorted(LABELS.keys() - used) == [], "labels no command uses"


def test_the_scan_sees_each_form(tmp_path):
    probe = tmp_path / "probe.py"
    probe.write_text(
        'label("net", lang)\nlabels(("a", "b"), lang)\nlabel("x" if ok else "y", lang)\n'
        "label(d.kind, lang)\ntext(LABELS, key, lang)\n",
        encoding="utf-8",
    )
    assert label_keys(probe) == ({"net", "a", "b", "x", "y"}, {"d.kind", "key"})


@pytest.mark.parametrize(
    "complaint",
    [
        "the following arguments are required: --name",
        "one of the arguments --price-per-kg --total is required",
        "unrecognized arguments: --bogus",
        "argument --date: expected one argument",
        "argument --cost: expected at least one argument",
        "argument --total: not allowed with argument --price-per-kg",
        "argument --lang: invalid choice: 'xx' (choose from 'id', 'en')",
        "ambiguous option: --f could match --fee-percent, --fee-per-kg",
    ],
)
def test_argparse_complaints_are_translated_and_english_is_left_as_argparse_wrote_it(complaint):
    matches = [p for p in ARGPARSE if re.fullmatch(p, complaint)]
    assert len(matches) == 1
    groups = re.fullmatch(matches[0], complaint).groupdict()
    assert text(ARGPARSE, matches[0], "en", **groups) == complaint
    assert text(ARGPARSE, matches[0], "id", **groups) != complaint


def test_every_check_has_an_indonesian_name(tmp_path, cli):
    book_file = tmp_path / "koperasi.koperasi"
    assert cli("init", book_file, "--name", "Koperasi Tani").code == 0
    lines = cli("--lang", "en", "check", book_file).out.splitlines()[:-1]
    names = {line.split(maxsplit=1)[1] for line in lines}
    # `check` runs quick_check, not the slow integrity_check (that is --full)
    slow = ("sqlite integrity", "integrity_check")
    assert names == {en for key, (_, en) in CHECK_NAMES.items() if key not in slow}
    indonesian = cli("check", book_file).out.splitlines()
    assert indonesian[0] == "OK       pemeriksaan cepat berkas SQLite"
    assert indonesian[-1] == "Semua 27 pemeriksaan lolos."


def test_version(capsys):
    from koperasi import __version__
    from koperasi.cli import main

    assert main(["--version"]) == 0
    assert capsys.readouterr().out.strip() == f"koperasi {__version__}"
