"""`koperasi check` as a list of named check functions (koperasi.book.checks.CHECKS)."""

from __future__ import annotations

from koperasi.book import checks
from koperasi.book.checks import Finding


def test_a_fresh_book_passes_every_check_in_order(book):
    findings = book.checks.run()
    assert [f.check for f in findings] == [name for name, _ in checks.CHECKS]
    assert all(f.ok for f in findings)
    assert len(findings) == 24


def test_a_check_that_fails_to_run_is_a_finding_and_the_others_still_run(book, monkeypatch):
    def broken(book):
        raise ZeroDivisionError("division by zero")

    monkeypatch.setattr(
        checks,
        "CHECKS",
        [checks.CHECKS[0], ("each sale's costs add up", broken), checks.CHECKS[-1]],
    )
    assert book.checks.run() == [
        Finding("sqlite integrity", True),
        Finding(
            "each sale's costs add up",
            False,
            "the check could not run: ZeroDivisionError: division by zero",
        ),
        Finding("numbers are gapless per year", True),
    ]
    assert not book.checks.ok()


def test_many_problems_are_cut_to_fifty_and_a_count(book, monkeypatch):
    monkeypatch.setattr(checks, "CHECKS", [("many", lambda book: [str(n) for n in range(53)])])
    findings = book.checks.run()
    assert len(findings) == 51
    assert findings[49] == Finding("many", False, "49")
    assert findings[50] == Finding("many", False, "... and 3 more")
