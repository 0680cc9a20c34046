"""The `koperasi` command line: the book's operations for scripts, batch work and tests.

`main` is the console script (`koperasi = "koperasi.cli:main"` in pyproject.toml).
"""

from koperasi.cli.main import main

__all__ = ["main"]
