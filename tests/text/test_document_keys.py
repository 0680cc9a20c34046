"""Every label the PDF code asks for exists in koperasi.text.documents, read from the source:
a misspelt key would otherwise surface only when that line of that document is printed."""

from __future__ import annotations

import ast
from pathlib import Path

from koperasi.text import documents
from koperasi.text.i10b import EXIT_DOCUMENT
from koperasi.text.i14tax import BUKTI_POTONG
from koperasi.text.trace import TRACE

PDF = Path(__file__).resolve().parents[2] / "koperasi" / "pdf"

# The document's own table that a module's labels read before SHARED (pdf/labels.Labels).
OWN = {
    "kwitansi": documents.KWITANSI,
    "ledger": documents.LEDGER,
    "loan_schedule": documents.LOAN_SCHEDULE,
    "cash_book": documents.CASH_BOOK,
    "rat": documents.RAT,
    "trace_sheet": TRACE,
    "exit_statement": {**documents.KWITANSI, **EXIT_DOCUMENT},
    "bukti_potong": BUKTI_POTONG,  # branch i14tax
}


def own_table(path: Path) -> dict[str, tuple[str, str]]:
    relative = path.relative_to(PDF)
    return OWN.get(relative.parts[0].removesuffix(".py"), {})


def is_lookup(call: ast.Call) -> bool:
    """L("key"), labels("key"), self.labels("key")."""
    func = call.func
    if isinstance(func, ast.Name):
        return func.id in ("L", "labels")
    return isinstance(func, ast.Attribute) and func.attr == "labels"


def lookups(path: Path) -> list[tuple[int, str, bool]]:
    """(line, key or leading constant part, whether it is only a prefix) of each lookup."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if not (isinstance(node, ast.Call) and is_lookup(node) and node.args):
            continue
        arg = node.args[0]
        if isinstance(arg, ast.Constant) and isinstance(arg.value, str):
            found.append((node.lineno, arg.value, False))
        elif isinstance(arg, ast.JoinedStr) and isinstance(arg.values[0], ast.Constant):
            found.append((node.lineno, arg.values[0].value, True))
    return found


def test_every_key_the_pdf_code_looks_up_exists():
    missing, seen = [], 0
    for path in sorted(PDF.rglob("*.py")):
        keys = {**documents.SHARED, **own_table(path)}
        for line, key, prefix in lookups(path):
            seen += 1
            if not (any(k.startswith(key) for k in keys) if prefix else key in keys):
                missing.append(f"{path.relative_to(PDF)}:{line} {key!r}")
    assert seen > 300  # the scan sees the documents' lookups
    assert missing == []
