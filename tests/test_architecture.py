"""The import rules of ARCHITECTURE.md, read from the import lines themselves."""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "koperasi"

# Which of our packages each part may import (besides itself).
ALLOWED = {
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


def test_core_is_pure():
    for path in (PACKAGE / "core").rglob("*.py"):
        for name in imports(path):
            assert name.split(".")[0] not in ("sqlite3", "sqlite_utils", "PySide6", "reportlab"), (
                path
            )
