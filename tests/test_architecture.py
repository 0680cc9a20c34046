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
    "geo": {"core", "text"},
    "store": {"core"},
    "book": {"core", "store", "geo"},
    "reports": {"core", "store", "book"},
    "pdf": {"core", "reports"},
    "gui": {"core", "book", "reports", "pdf", "demo", "devices", "geo", "xlsx"},
    "cli": {"core", "book", "reports", "pdf", "demo", "devices", "geo", "xlsx"},
    # Excel workbooks beside reports/pdf (issue 12): read imports into the book, write exports.
    "xlsx": {"core", "book", "reports"},
    "demo": {"core", "store", "book"},
    "devices": {"core", "reports", "text"},
}
# Third-party libraries that belong to exactly one part.
OWNERS = {
    "sqlite3": "store",
    "sqlite_utils": "store",
    "reportlab": "pdf",
    "PySide6": "gui",
    "shapely": "geo",
    "pyproj": "geo",
    "serial": "devices",
    "escpos": "devices",
    "openpyxl": "xlsx",
}


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


# The GUI's look and its date converters have one home, koperasi/gui/kit: a second copy
# drifts (ERROR_STYLE once had two values, the converters five copies under four names).
KIT = PACKAGE / "gui" / "kit"
KIT_ONLY = re.compile(
    r"^(?:ERROR_STYLE|HINT_STYLE|OK_STYLE|RIGHT)\s*[:=]"  # a style or alignment defined
    r"|QDate\(\s*[\w.]+\.year\s*,\s*[\w.]+\.month\b"  # date -> QDate
    r"|date\(\s*[\w.]+\.year\(\)\s*,\s*[\w.]+\.month\(\)",  # QDate -> date
    re.MULTILINE,
)


def kit_copies(path: Path) -> list[int]:
    text = path.read_text(encoding="utf-8")
    return [text.count("\n", 0, match.start()) + 1 for match in KIT_ONLY.finditer(text)]


def test_styles_and_date_converters_only_in_the_kit():
    problems = []
    for path in sorted(PACKAGE.rglob("*.py")):
        if KIT in path.parents:
            continue
        problems += [f"{path.relative_to(PACKAGE)}:{line}" for line in kit_copies(path)]
    assert problems == []


def test_the_kit_rule_sees_each_copy(tmp_path):
    probe = tmp_path / "probe.py"
    probe.write_text(
        'ERROR_STYLE = "color: red;"\n'
        "RIGHT = Qt.AlignmentFlag.AlignRight\n"
        "def to_qdate(d):\n    return QDate(d.year, d.month, d.day)\n"
        "def to_date(q):\n    return datetime.date(q.year(), q.month(), q.day())\n"
        "edit.setDate(QDate(self.today.year, self.today.month, self.today.day))\n"
        "start = QDate(today.year, 1, 1)\n",
        encoding="utf-8",
    )
    assert kit_copies(probe) == [1, 2, 4, 6, 7]


def test_the_new_book_wizard_is_not_a_library():
    """Only the screens that open the wizard import it; what it shares lives in gui/kit."""
    importers = []
    for path in sorted((PACKAGE / "gui").rglob("*.py")):
        if "koperasi.gui.wizards.new_book" in imports(path):
            importers.append(path.relative_to(PACKAGE).as_posix())
    assert set(importers) <= {"gui/pages/welcome.py", "gui/main_window.py"}


# The front door: Book's stores and connection are private (book._store_*, book._db). A line
# outside book/ and store/ that reaches them goes around the services.
STORES = (
    "members|commodities|deliveries|sales|payouts|payout_deductions|journal|checks|savings|"
    "loans|cash|closings|shu"
)
STORE_REACH = re.compile(
    rf"\.store_(?:{STORES})\b|\._store_(?:{STORES})\b|\._store\b|\bbook\._?db\b|\._db\b"
    r"|\._settings\b|\bbook\._?file\.db\b"
)


def test_nothing_reaches_around_the_front_door():
    problems = []
    for path in sorted(PACKAGE.rglob("*.py")):
        relative = path.relative_to(PACKAGE)
        if part_of(path) in ("book", "store"):
            continue
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if STORE_REACH.search(line):
                problems.append(f"{relative}:{number}: {line.strip()}")
    assert problems == []


def test_the_front_door_rule_sees_each_form():
    for line in (
        "x = book.store_journal.accounts()",
        "x = book._store_members.by_ids([1])",
        "writer = BulkWriter(book.db)",
        "rows = self.book._db.conn.execute(q)",
        "self.book._settings.set_counter('x', 1, 2)",
        "self.book.members._store.by_ids([1])",
        "db = book.file.db",
    ):
        assert STORE_REACH.search(line), line
    for line in ("x = book.journal.accounts()", "self._store_logo(data)", "restore_geometry()"):
        assert not STORE_REACH.search(line), line


def test_cli_topics_import_only_the_common_helpers():
    # A topic module (members, sales, ...) that imported another, or main, would bring back
    # the import circle of the old cli.py / cli_money.py pair.
    problems = []
    for path in sorted((PACKAGE / "cli").glob("*.py")):
        if path.name in ("__init__.py", "main.py"):
            continue
        allowed = set() if path.name == "common.py" else {"koperasi.cli.common"}
        problems += [
            f"cli/{path.name} imports {name}"
            for name in imports(path)
            if name.startswith("koperasi.cli") and name not in allowed
        ]
    assert problems == []


def test_the_cli_passes_the_language_instead_of_setting_one():
    setting = re.compile(r"\bset_language\(|\bmessages\.language\(|\bimport messages\b")
    for path in sorted((PACKAGE / "cli").glob("*.py")):
        assert not setting.search(path.read_text(encoding="utf-8")), path
