"""The template workbook of each import: Indonesian headers, data validation, and an
instructions sheet with an example row (the data sheet stays empty, so the example is never
imported by mistake)."""

from __future__ import annotations

import datetime
from pathlib import Path

from koperasi.core.errors import KoperasiError
from koperasi.xlsx.schemas import KIND_NAMES, KINDS

DATE_FORMAT = "dd/mm/yyyy"
RUPIAH_FORMAT = "#,##0"  # Excel shows the separators of the PC's locale: 1.250.000 in Indonesian


def write_template(kind: str, path: str | Path) -> None:
    import openpyxl
    from openpyxl.styles import Font, PatternFill
    from openpyxl.utils import get_column_letter
    from openpyxl.worksheet.datavalidation import DataValidation

    if kind not in KINDS:
        raise KoperasiError("import.bad_kind", kind=kind, kinds=", ".join(KINDS))
    columns = KINDS[kind]
    workbook = openpyxl.Workbook()
    data = workbook.active
    data.title = "Data"
    bold, fill = Font(bold=True), PatternFill("solid", fgColor="DDEBF7")
    for index, column in enumerate(columns, start=1):
        cell = data.cell(row=1, column=index, value=column.header)
        cell.font, cell.fill = bold, fill
        letter = get_column_letter(index)
        data.column_dimensions[letter].width = max(14, len(column.header) + 4)
        cells = f"{letter}2:{letter}5000"
        validation = None
        if column.choices:
            validation = DataValidation(
                type="list", formula1='"' + ",".join(column.choices) + '"', allow_blank=True
            )
        elif column.type == "date":
            validation = DataValidation(
                type="date", operator="greaterThan", formula1="1", allow_blank=True
            )
            for row in range(2, 201):
                data.cell(row=row, column=index).number_format = DATE_FORMAT
        elif column.type in ("rupiah", "count"):
            validation = DataValidation(
                type="whole", operator="greaterThanOrEqual", formula1="0", allow_blank=True
            )
        elif column.type in ("kg", "percent"):
            validation = DataValidation(
                type="decimal", operator="greaterThanOrEqual", formula1="0", allow_blank=True
            )
        if validation is not None:
            validation.error = "Isi sesuai contoh di lembar Petunjuk."
            validation.errorTitle = column.header
            data.add_data_validation(validation)
            validation.add(cells)
    data.freeze_panes = "A2"
    help_sheet = workbook.create_sheet("Petunjuk")
    help_sheet.append([f"Templat impor {KIND_NAMES[kind]} — isi lembar Data mulai baris 2."])
    help_sheet.append(["Kolom bertanda * wajib diisi. Angka boleh 1.250.000 atau Rp 1.250.000;"
                       " tanggal 27/11/2026."])  # fmt: skip
    help_sheet.append([])
    help_sheet.append([c.header + (" *" if c.required else "") for c in columns])
    help_sheet.append([c.example for c in columns])
    for index, column in enumerate(columns, start=1):
        help_sheet.cell(row=4, column=index).font = bold
        help_sheet.column_dimensions[get_column_letter(index)].width = max(
            14, len(column.header) + 4
        )
        if isinstance(column.example, datetime.date):
            help_sheet.cell(row=5, column=index).number_format = DATE_FORMAT
    workbook.save(path)
