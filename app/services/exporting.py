"""Export customers, products, stock levels and orders (with lines) to CSV or XLSX.

The columns are exactly the import's (docs/import.md), so an exported file imports again
into an empty database as the same data.

Formula injection: a spreadsheet runs a cell that starts with = + - @ (or a tab or carriage
return before them) as a formula, so a customer named "=HYPERLINK(...)" could act when the
file is opened. CSV cells starting with any of those get a leading apostrophe (Excel shows
the text as typed; the import strips it again). XLSX cells are written as text cells, which
are never evaluated.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from pathlib import Path

from app.services.auth import Actor, require
from app.services.errors import UserFacingError, tr
from app.services.importing.readers import FORMULA_STARTS
from app.services.importing.service import kind_module
from app.services.unit_of_work import UnitOfWork

FORMATS = ("csv", "xlsx")
PERMISSION = "data.export"


@dataclass(frozen=True)
class ExportResult:
    kind: str
    format: str
    rows: int
    path: str  # "" when bytes were returned


def guard_formula(value: str) -> str:
    """Text that a spreadsheet would run as a formula gets a leading apostrophe."""
    return "'" + value if value.startswith(FORMULA_STARTS) else value


def export_table(uow: UnitOfWork, actor: Actor, kind: str
                 ) -> tuple[tuple[str, ...], list[tuple[str, ...]]]:
    """The header and rows (as text) of `kind`, read in one read-only transaction."""
    require(actor, PERMISSION)
    module = kind_module(kind)
    header = tuple(c.name for c in module.COLUMNS)
    with uow:
        rows = [tuple(row.get(name, "") for name in header)
                for row in module.export_rows(uow.session)]
    return header, rows


def export_bytes(uow: UnitOfWork, actor: Actor, kind: str, fmt: str = "csv") -> bytes:
    header, rows = export_table(uow, actor, kind)
    if fmt == "csv":
        return to_csv(header, rows)
    if fmt == "xlsx":
        return to_xlsx(header, rows, kind)
    raise UserFacingError(tr("Export as csv or xlsx, not {format}."), format=fmt)


def export_file(uow: UnitOfWork, actor: Actor, kind: str, path: str | Path,
                fmt: str | None = None) -> ExportResult:
    """Writes the file; the format comes from `fmt` or the file's extension (.csv/.xlsx)."""
    target = Path(path)
    fmt = fmt or (target.suffix.lower().lstrip(".") or "csv")
    header, rows = export_table(uow, actor, kind)
    if fmt not in FORMATS:
        raise UserFacingError(tr("Export as csv or xlsx, not {format}."), format=fmt)
    data = to_csv(header, rows) if fmt == "csv" else to_xlsx(header, rows, kind)
    try:
        target.write_bytes(data)
    except OSError as exc:
        raise UserFacingError(tr("The file {name} cannot be written ({reason})."),
                              name=str(target), reason=exc.strerror or str(exc)) from None
    return ExportResult(kind, fmt, len(rows), str(target))


def to_csv(header: tuple[str, ...], rows: list[tuple[str, ...]]) -> bytes:
    """UTF-8 with a BOM, so Excel opens Chinese text correctly by double-click."""
    out = io.StringIO(newline="")
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(header)
    writer.writerows(tuple(guard_formula(v) for v in row) for row in rows)
    return out.getvalue().encode("utf-8-sig")


def to_xlsx(header: tuple[str, ...], rows: list[tuple[str, ...]], title: str) -> bytes:
    from openpyxl import Workbook  # imported here: CSV export never loads it

    book = Workbook(write_only=True)
    sheet = book.create_sheet(title[:31])
    sheet.append(list(header))
    for row in rows:
        sheet.append([_text_cell(sheet, v) for v in row])
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def _text_cell(sheet: object, value: str) -> object:
    """A string cell that openpyxl must not turn into a formula (it does for '=...')."""
    from openpyxl.cell import WriteOnlyCell

    cell = WriteOnlyCell(sheet, value=value)  # type: ignore[arg-type]
    cell.data_type = "s"
    return cell
