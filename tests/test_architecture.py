"""The import rules of ARCHITECTURE.md, read from the import lines themselves."""

from __future__ import annotations

import ast
import re
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "koperasi"

# Which of our packages each part may import (besides itself). Every part may import `text`
# (the catalogue of sentences), which imports nothing of ours.
ALLOWED = {
    "text": set(),
    "core": set(),
    "store": {"core"},
    "book": {"core", "store"},
    "reports": {"core", "store", "book"},
    "pdf": {"core", "reports"},
    "gui": {"core", "book", "reports", "pdf", "demo"},
    "cli": {"core", "book", "reports", "pdf", "demo", "cli_print", "cli_money", "cli"},
    "cli_money": {"core", "book", "reports", "cli"},
    "cli_print": {"core", "book", "reports", "pdf", "cli"},
    "demo": {"core", "store", "book"},
}
# Third-party libraries that belong to exactly one part.
OWNERS = {"sqlite3": "store", "sqlite_utils": "store", "reportlab": "pdf", "PySide6": "gui"}


def part_of(path: Path) -> str:
    relative = path.relative_to(PACKAGE)
    return relative.parts[0].removesuffix(".py") if relative.parts else ""


def imports(path: Path) -> list[str]:
    names = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names += [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            if node.module == "koperasi":  # `from koperasi import gui` imports koperasi.gui
                names += [f"koperasi.{alias.name}" for alias in node.names]
            else:
                names.append(node.module)
    return names


def test_imports_flow_one_way():
    problems = []
    for path in sorted(PACKAGE.rglob("*.py")):
        part = part_of(path)
        if part in ("__init__", "__main__"):
            continue
        for name in imports(path):
            top = name.split(".")[0]
            if top == "koperasi":
                target = name.split(".")[1] if "." in name else ""
                if (
                    target
                    and target not in ("__version__", "text")
                    and target != part
                    and target not in ALLOWED.get(part, set())
                    and target != "__init__"
                ):
                    problems.append(f"{path.relative_to(PACKAGE)} imports {name}")
            elif top in OWNERS and OWNERS[top] != part:
                problems.append(
                    f"{path.relative_to(PACKAGE)} imports {name}, which belongs to {OWNERS[top]}"
                )
    assert problems == []


def test_text_is_a_leaf():
    for path in (PACKAGE / "text").rglob("*.py"):
        assert [n for n in imports(path) if n.startswith("koperasi")] == [], path


def test_core_is_pure():
    for path in (PACKAGE / "core").rglob("*.py"):
        for name in imports(path):
            assert name.split(".")[0] not in ("sqlite3", "sqlite_utils", "PySide6", "reportlab"), (
                path
            )


# The one clock is Book.today (koperasi/book/book.py); nothing else reads the system date.
CLOCK_READS = re.compile(
    r"\b(?:date|datetime)\.today\(|\bdatetime\.now\(|\bdatetime\.utcnow\(|"
    r"QDate\.currentDate\(|QDateTime\.current\w*\(|\btime\.localtime\(|\btime\.strftime\("
)
CLOCK_OWNERS = {
    PACKAGE / "book" / "book.py": "Book.clock, the one clock of every business date",
    PACKAGE / "store" / "lock.py": "the lock note's wall-clock stamp, for a human reading it",
    PACKAGE / "store" / "backup.py": "a backup's name and record carry the wall-clock time",
    PACKAGE / "store" / "audit.py": "an audit record's wall-clock time, for the auditor",
}


def test_only_the_book_reads_the_clock():
    problems = []
    for path in sorted(PACKAGE.rglob("*.py")):
        if path in CLOCK_OWNERS:
            continue
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if CLOCK_READS.search(line):
                problems.append(f"{path.relative_to(PACKAGE)}:{number}: {line.strip()}")
    assert problems == []


def test_the_clock_rule_sees_each_form():
    for line in (
        "x = datetime.date.today()",
        "x = date.today()",
        "x = datetime.datetime.now()",
        "self.edit.setDate(QDate.currentDate())",
    ):
        assert CLOCK_READS.search(line), line
    assert not CLOCK_READS.search("x = book.today()")


# SQL belongs to store/: a string that reads like a statement anywhere else is a leak.
SQL = re.compile(
    r"^\s*(?:SELECT\s.+\sFROM\s|INSERT\s+(?:OR\s+\w+\s+)?INTO\s|UPDATE\s+\w+\s+SET\s|"
    r"DELETE\s+FROM\s|CREATE\s+(?:TABLE|INDEX|TRIGGER|VIEW)\s|DROP\s+\w+\s|PRAGMA\s)",
    re.DOTALL,
)


def sql_strings(path: Path) -> list[int]:
    lines = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and SQL.match(node.value):
            lines.append(node.lineno)
    return lines


def test_sql_only_in_store():
    problems = []
    for path in sorted(PACKAGE.rglob("*.py")):
        if part_of(path) == "store":
            continue
        problems += [f"{path.relative_to(PACKAGE)}:{line}" for line in sql_strings(path)]
    assert problems == []


def test_the_import_rules_see_every_form(tmp_path):
    probe = tmp_path / "probe.py"
    probe.write_text("from koperasi import gui\nimport koperasi.pdf.base\n", encoding="utf-8")
    assert imports(probe) == ["koperasi.gui", "koperasi.pdf.base"]
    probe.write_text('Q = """SELECT id FROM members WHERE x = 1"""\n', encoding="utf-8")
    assert sql_strings(probe) == [1]
