"""Fixtures: the same books as tests/pdf, for the report data without any layout."""

from tests.pdf.conftest import (  # noqa: F401  (fixtures, found by name)
    deductions_book,
    deductions_path,
    demo,
    demo_path,
    long_book,
    long_path,
)
