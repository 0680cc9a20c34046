"""Reading an imported file (.xlsx with openpyxl, .csv with the csv module) into SourceRows.

The header row is found, not assumed: the first row in the first ten of a sheet that names
the kind's required columns (treasurers put a title above their table). Extra columns are
ignored; empty rows are skipped; a merged cell counts once (openpyxl leaves the rest empty).
"""

from __future__ import annotations

import csv
import io
import zipfile
from collections.abc import Iterator
from pathlib import Path

from koperasi.book.moving_in import Refusal, SourceRow
from koperasi.core.errors import KoperasiError
from koperasi.xlsx.cells import is_empty, read_cell
from koperasi.xlsx.schemas import KIND_NAMES, KINDS, match_headers

HEADER_SEARCH = 10


def _xlsx_sheets(path: Path) -> Iterator[Iterator[tuple]]:
    import openpyxl

    try:
        workbook = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except (zipfile.BadZipFile, KeyError, ValueError, OSError, TypeError) as exc:
        raise KoperasiError("import.unreadable", path=path.name, reason=str(exc)[:200]) from None
    try:
        for sheet in workbook.worksheets:
            yield sheet.iter_rows(values_only=True)
    finally:
        workbook.close()


def _csv_rows(path: Path) -> Iterator[tuple]:
    raw = path.read_bytes()
    for encoding in ("utf-8-sig", "cp1252"):
        try:
            content = raw.decode(encoding)
            break
        except UnicodeDecodeError:
            continue
    sample = content[:4096]
    # Indonesian Excel saves CSV with ';' (the comma is the decimal separator).
    delimiter = max(";,\t", key=sample.count) if sample else ","
    yield from (tuple(row) for row in csv.reader(io.StringIO(content), delimiter=delimiter))


def read_rows(path: str | Path, kind: str) -> tuple[list[SourceRow], list[Refusal]]:
    """The rows of `kind` in the file, and the refusals of cells that cannot be read."""
    path = Path(path)
    if kind not in KINDS:
        raise KoperasiError("import.bad_kind", kind=kind, kinds=", ".join(KINDS))
    if path.suffix.lower() == ".csv":
        sheets: Iterator[Iterator[tuple]] = iter([_csv_rows(path)])
    else:
        sheets = _xlsx_sheets(path)
    required = {c.key for c in KINDS[kind] if c.required}
    for rows in sheets:
        for number, cells in enumerate(rows, start=1):
            if number > HEADER_SEARCH:
                break
            columns = match_headers(kind, list(cells or ()))
            found = {c.key for c in columns.values()}
            if found and found >= required:
                return _body(rows, number, columns)
    raise KoperasiError(
        "import.no_header",
        path=path.name,
        kind=KIND_NAMES[kind],
        columns=", ".join(c.header for c in KINDS[kind] if c.required),
    )


def _body(rows: Iterator[tuple], header_row: int, columns: dict) -> tuple[list, list]:
    headers = {column.key: column.header for column in columns.values()}
    result, refusals = [], []
    for number, cells in enumerate(rows, start=header_row + 1):
        cells = tuple(cells or ())
        if all(is_empty(cell) for cell in cells):
            continue
        values, bad = {}, False
        for index, column in columns.items():
            cell = cells[index] if index < len(cells) else None
            try:
                value = read_cell(cell, column.type)
            except KoperasiError as error:
                refusals.append(Refusal(number, column.header, error))
                bad = True
                continue
            if value is None and column.required:
                refusals.append(Refusal(number, column.header, KoperasiError("import.required")))
                bad = True
            values[column.key] = value
        if not bad:
            result.append(SourceRow(number, values, headers))
        else:
            result.append(SourceRow(number, {}, headers))  # counted, left out by the service
    return result, refusals
