"""PySide6 6.12.0 on Python 3.11 aborts after a few thousand Qt calls that return nothing
("Fatal Python error: none_dealloc"); the pin in pyproject.toml keeps it away. This test
would catch a regression of the pin or of PySide6 itself."""

import subprocess
import sys

import PySide6

LOOP = """
from PySide6.QtCore import QObject
o = QObject()
for i in range(20000):
    o.setObjectName("x")
print("ok")
"""


def test_installed_pyside_is_not_the_crashing_combination():
    version = tuple(int(p) for p in PySide6.__version__.split(".")[:2])
    assert not (sys.version_info[:2] < (3, 12) and version >= (6, 12)), PySide6.__version__


def test_many_none_returning_calls_do_not_crash_the_interpreter():
    result = subprocess.run(
        [sys.executable, "-c", LOOP], capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "ok"
