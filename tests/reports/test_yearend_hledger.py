"""Three years of the year-end flow tie to hledger's own statements to the rupiah:
`hledger bs`/`bse` at each year end against our neraca, `hledger is` of each year (the
closing entries left out by their `closing:` tag) against our hasil usaha."""

import csv
import datetime
import io
import shutil
import subprocess

import pytest

from koperasi.reports.hledger import hledger_journal
from koperasi.reports.rat.statements import balance_sheet, operations
from tests.book.test_yearend import build_three_years

hledger = shutil.which("hledger")
pytestmark = pytest.mark.skipif(hledger is None, reason="hledger is not installed")


def sections(path, *args) -> dict[str, int]:
    """{section: total} of an hledger report in CSV ('Assets', 'Liabilities', ...)."""
    out = subprocess.run(
        [hledger, "-f", str(path), *args, "-O", "csv"], check=True, capture_output=True, text=True
    ).stdout
    totals, section = {}, ""
    for row in csv.reader(io.StringIO(out)):
        if len(row) >= 2 and row[1] == "" and row[0] not in ("total",):
            section = row[0]
        elif row and row[0] in ("total", "Net:"):
            value = row[1] if len(row) > 1 else "0"
            amount = int(value.replace("IDR", "").replace(",", "").strip() or 0)
            totals[section if row[0] == "total" else "Net"] = amount
    return totals


@pytest.fixture
def journal(book, tmp_path):
    build_three_years(book)
    path = tmp_path / "book.journal"
    path.write_text(hledger_journal(book), encoding="utf-8")
    subprocess.run([hledger, "-f", str(path), "check"], check=True, capture_output=True)
    return book, path


@pytest.mark.parametrize("year", [2023, 2024, 2025])
def test_balance_sheet_ties_to_hledger(journal, year):
    book, path = journal
    ours = balance_sheet(book, year)
    end = (datetime.date(year + 1, 1, 1)).isoformat()
    bs = sections(path, "bs", "-e", end)
    bse = sections(path, "bse", "-e", end)
    assert bs["Assets"] == ours.assets.total
    assert bs.get("Liabilities", 0) == ours.liabilities.total
    assert bse["Equity"] == ours.equity.total
    assert ours.balanced


def test_the_statements_by_hand(journal):
    _book, path = journal
    # 2023 end: SHU Belum Dibagi 10.000.001 waits for the RAT; 2024 end: after the RAT of
    # March 2024 (amended), reserve 3.000.001 and a carried deficit of 2.000.000.
    bse = sections(path, "bse", "-e", "2024-01-01")
    assert bse["Equity"] == 300_000 + 100_000 + 10_000_001
    bse = sections(path, "bse", "-e", "2025-01-01")
    assert bse["Equity"] == 300_000 + 100_000 + 3_000_001 - 2_000_000


@pytest.mark.parametrize(
    ("year", "result"), [(2023, 10_000_001), (2024, -2_000_000), (2025, 5_000_000)]
)
def test_income_statement_ties_to_hledger(journal, year, result):
    book, path = journal
    ours = operations(book, year)
    theirs = sections(path, "is", "-p", str(year), "not:tag:closing")
    assert ours.surplus == result
    assert theirs.get("Revenues", 0) == ours.income.total
    assert theirs.get("Expenses", 0) == ours.expenses.total
    # The closing entries move the result out of income and expenses into equity.
    assert sections(path, "is", "-p", str(year)).get("Net", 0) == 0
