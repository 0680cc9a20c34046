"""The lot trace sheet (issue 13, EUDR) as an Excel workbook: the same content as the PDF
(koperasi.pdf.trace_sheet) in sheets a buyer's compliance officer can filter and sum. Real
numbers and dates in the cells with Indonesian display formats, a title row naming the
cooperative, a frozen header row, as in koperasi.xlsx.export."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING

from koperasi.core import fmt
from koperasi.text import text
from koperasi.text.documents import SHARED
from koperasi.text.i13b import XLSX
from koperasi.text.i1315 import TRACE_LOT
from koperasi.text.trace import TRACE
from koperasi.xlsx.export import FORMATS

if TYPE_CHECKING:
    from koperasi.reports.trace import LotTrace

HECTARES = "0.0000"


def _word(key: str, lang: str, **params: object) -> str:
    for table in (XLSX, TRACE, SHARED):
        if key in table:
            return text(table, key, lang, **params)
    raise KeyError(key)


def hectares(area_m2: int) -> float:
    """Square metres as hectares (four decimals are exact: 1 m² = 0,0001 ha)."""
    return float(Decimal(area_m2).scaleb(-4))


def status_text(data: LotTrace, lang: str) -> str:
    """ "Tertelusur penuh …" or the untraceable count, weight and share, as on the PDF."""
    if data.untraceable:
        status = _word(
            "trace.partial",
            lang,
            count=len(data.untraceable),
            weight=fmt.kg(data.untraceable_grams),
            share=fmt.percent(data.untraceable_bp),
        )
    else:
        status = _word("trace.full", lang)
    if data.traceable_only:
        status += " " + text(TRACE_LOT, "traceable_only", lang)
    return status


def _sheet(workbook, cooperative: str, title: str, subtitle: str, cols: list, rows: list) -> None:
    """One sheet: title row, subtitle row, bold frozen header, typed and formatted cells.
    `cols` are (header, kind, width) with kind a key of FORMATS or HECTARES."""
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter

    sheet = workbook.create_sheet(title[:31])
    sheet.append([f"{cooperative} — {title}"])
    sheet["A1"].font = Font(bold=True, size=13)
    sheet.append([subtitle])
    sheet.append([header for header, _kind, _width in cols])
    for index, (_header, _kind, width) in enumerate(cols, start=1):
        cell = sheet.cell(row=3, column=index)
        cell.font = Font(bold=True)
        cell.fill = PatternFill("solid", fgColor="DDEBF7")
        cell.alignment = Alignment(wrap_text=True, vertical="top")
        sheet.column_dimensions[get_column_letter(index)].width = width
    sheet.freeze_panes = "A4"
    for row in rows:
        sheet.append(row)
        for index, (_header, kind, _width) in enumerate(cols, start=1):
            cell = sheet.cell(row=sheet.max_row, column=index)
            if cell.value is not None and not isinstance(cell.value, str):
                cell.number_format = FORMATS.get(kind, kind)


def write_trace_sheet(data: LotTrace, path: str | Path, lang: str = "id") -> None:
    """Write the lot trace sheet to an .xlsx file, whole to a temporary file and then moved,
    so a failure leaves no half file."""
    target = Path(path)
    temporary = target.with_name(f".{target.name}.tmp")
    try:
        temporary.write_bytes(render_trace_workbook(data, lang))
        temporary.replace(target)
    except OSError:
        temporary.unlink(missing_ok=True)
        raise


def render_trace_workbook(data: LotTrace, lang: str = "id") -> bytes:
    """The lot trace sheet of a sale as .xlsx bytes: a summary sheet, the plots with their
    area and share of the lot, the deliveries with their origin, and (when there are any)
    the untraceable deliveries with why."""
    import io

    import openpyxl

    def w(key: str, **params: object) -> str:
        return _word(key, lang, **params)

    cooperative = data.header.name
    subtitle = f"{w('trace.name')} {data.sale_number} · {fmt.date_long(data.sale_date, lang)}"
    workbook = openpyxl.Workbook()
    workbook.remove(workbook.active)

    kg_head = f"{w('trace.net')} (kg)"
    summary = [
        [w("trace.cooperative"), cooperative],
        [w("sale"), data.sale_number],
        [w("sale_date"), data.sale_date],
        [w("trace.buyer"), data.buyer],
        [w("commodity"), data.commodity],
        [w("trace.hs_code"), data.hs_code or "–"],
        [f"{w('trace.net_mass')} (kg)", data.net_mass_grams / 1000],
        [f"{w('trace.pooled')} (kg)", data.pooled_grams / 1000],
        [w("harvest_first"), data.harvest_first],
        [w("harvest_last"), data.harvest_last],
        [w("trace.status"), status_text(data, lang)],
    ]
    _sheet(
        workbook,
        cooperative,
        w("summary"),
        subtitle,
        [(w("item"), "text", 30), (w("value"), "text", 60)],
        summary,
    )
    # Dates and weights of the value column: formats per cell (the column mixes kinds).
    sheet = workbook[w("summary")[:31]]
    for row in sheet.iter_rows(min_row=4, min_col=2, max_col=2):
        cell = row[0]
        if hasattr(cell.value, "year"):
            cell.number_format = FORMATS["date"]
        elif isinstance(cell.value, float):
            cell.number_format = FORMATS["kg"]

    plots = [
        [
            p.member_number,
            p.member_name,
            p.village,
            p.plot_name,
            p.estdb,
            w("trace.point") if p.geometry_type == "Point" else w("trace.polygon"),
            hectares(p.area_m2),
            p.deliveries,
            p.net_grams / 1000,
            p.share_bp / 100,
        ]
        for p in data.plots
    ]
    if data.untraceable:
        plots.append(
            ["", w("trace.untraceable_row"), "", "", "", "", None, len(data.untraceable),
             data.untraceable_grams / 1000, data.untraceable_bp / 100]
        )  # fmt: skip
    plots.append(
        ["", w("total"), "", "", "", "", hectares(sum(p.area_m2 for p in data.plots)),
         len(data.deliveries), data.pooled_grams / 1000, 100.0 if data.pooled_grams else None]
    )  # fmt: skip
    _sheet(
        workbook,
        cooperative,
        w("plots"),
        subtitle,
        [
            (w("member_no"), "text", 12),
            (w("member_name"), "text", 26),
            (w("village"), "text", 16),
            (w("trace.plot"), "text", 22),
            (w("estdb"), "text", 16),
            (w("trace.geometry"), "text", 10),
            (w("trace.area"), HECTARES, 11),
            (w("trace.deliveries_n"), "count", 9),
            (kg_head, "kg", 14),
            (f"{w('trace.share')} (%)", "percent", 11),
        ],
        plots,
    )

    deliveries = [
        [
            d.receipt,
            d.date,
            d.member_number,
            d.member_name,
            d.net_grams / 1000,
            d.plot_name if d.traceable else w("trace.untraceable_row"),
            d.reason.message(lang) if d.reason else "",
        ]
        for d in data.deliveries
    ]
    delivery_cols = [
        (w("trace.receipt"), "text", 18),
        (w("date"), "date", 12),
        (w("member_no"), "text", 12),
        (w("member_name"), "text", 26),
        (kg_head, "kg", 14),
        (w("trace.origin"), "text", 22),
        (w("trace.reason"), "text", 60),
    ]
    _sheet(workbook, cooperative, w("deliveries"), subtitle, delivery_cols, deliveries)
    if data.untraceable:
        _sheet(
            workbook,
            cooperative,
            w("untraceable"),
            subtitle,
            delivery_cols,
            [row for row, d in zip(deliveries, data.deliveries, strict=True) if not d.traceable],
        )

    out = io.BytesIO()
    workbook.save(out)
    return out.getvalue()
