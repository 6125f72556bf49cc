"""What every import kind shares: the preview/result DTOs, the context, header checks."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum
from typing import Any

from app.services.errors import UserFacingError, tr
from app.services.importing.fields import Column, RowError
from app.services.importing.readers import Table

# Batch ids are uuid5 of the file's SHA-256 in this namespace: the same bytes, the same id.
BATCH_NAMESPACE = uuid.UUID("6f1d7d1e-2f4b-4c4e-9a53-0b7e5c1a9d10")


class RecordStatus(StrEnum):
    NEW = "new"  # will be created
    PRESENT = "present"  # its key is already in the database: skipped, never changed
    INVALID = "invalid"  # has errors: the whole import is refused until they are fixed


@dataclass(frozen=True)
class PreviewRecord:
    """One thing the file would create: a customer, a product, a stock level, an order."""

    key: str  # natural key: customer code, SKU, "SKU @ location", order number
    rows: tuple[int, ...]  # the file rows it comes from (an order has one per line)
    status: RecordStatus
    summary: str  # a short description for the preview list
    data: Any = field(default=None, repr=False, compare=False)  # parsed values, for apply


@dataclass(frozen=True)
class ImportPreview:
    kind: str
    source_name: str
    encoding: str  # "utf-8", "utf-8-sig", "big5", "gb18030" or "xlsx"
    batch_id: uuid.UUID  # from the file's content; stock imports record it on their moves
    header: tuple[str, ...]  # the file's header as read
    rows: tuple[tuple[int, tuple[str, ...]], ...]  # (row number, cells) for a raw grid
    records: tuple[PreviewRecord, ...]
    errors: tuple[RowError, ...]  # row 1 with a column = a file-level problem (missing column)
    warnings: tuple[RowError, ...]  # nothing is refused for these (ignored columns, ...)

    @property
    def new(self) -> int:
        return sum(r.status is RecordStatus.NEW for r in self.records)

    @property
    def present(self) -> int:
        return sum(r.status is RecordStatus.PRESENT for r in self.records)

    @property
    def invalid(self) -> int:
        return sum(r.status is RecordStatus.INVALID for r in self.records)

    def errors_for(self, record: PreviewRecord) -> tuple[RowError, ...]:
        """The errors on the rows `record` comes from (for a preview list's detail pane)."""
        rows = set(record.rows)
        return tuple(e for e in self.errors if e.row in rows)

    @property
    def ok(self) -> bool:
        """Nothing stands in the way of apply_import (which may still create nothing)."""
        return not self.errors


@dataclass(frozen=True)
class ImportResult:
    kind: str
    batch_id: uuid.UUID
    created: int  # records created (orders, not order lines)
    skipped: int  # already present, left as they were
    rows: int  # data rows read


class ImportRefusedError(UserFacingError):
    """The file has errors; nothing was imported. `errors` lists them row by row."""

    def __init__(self, errors: tuple[RowError, ...]) -> None:
        self.errors = errors
        super().__init__(tr("The file has {count} error(s); nothing was imported. Fix them "
                            "and import it again."), count=len(errors))


@dataclass(frozen=True)
class ImportContext:
    site_code: str
    currency: str
    today: date
    batch_id: uuid.UUID
    source_name: str


def normalise(name: str) -> str:
    return name.strip().lower().replace(" ", "_").replace("-", "_")


HEADER_ROW = 1


def header_problems(table: Table, columns: tuple[Column, ...]
                    ) -> tuple[list[RowError], list[RowError]]:
    """Missing required columns (errors, named one by one) and unknown ones (warnings)."""
    have = [normalise(h) for h in table.header]
    errors, warnings = [], []
    if not table.header:
        errors.append(RowError(HEADER_ROW, "", tr("The file is empty: it needs a header row "
                                                  "naming the columns.")))
        return errors, warnings
    known = {c.name for c in columns}
    for column in columns:
        if column.required and column.name not in have:
            errors.append(RowError(HEADER_ROW, column.name,
                                   tr("The required column {column} is missing."),
                                   {"column": column.name}))
    seen: set[str] = set()
    for name in have:
        if name in seen and name:
            errors.append(RowError(HEADER_ROW, name, tr("The column {column} appears twice."),
                                   {"column": name}))
        seen.add(name)
        if name and name not in known:
            warnings.append(RowError(HEADER_ROW, name,
                                     tr("The column {column} is not used and will be ignored."),
                                     {"column": name}))
    return errors, warnings


def dict_rows(table: Table) -> list[tuple[int, dict[str, str]]]:
    names = [normalise(h) for h in table.header]
    result = []
    for row_no, cells in table.rows:
        values = {name: (cells[i] if i < len(cells) else "") for i, name in enumerate(names)}
        result.append((row_no, values))
    return result


def once_per_file(key: str, row: int, first_rows: dict[str, int], column: str,
                  errors: list[RowError]) -> bool:
    """False (and an error) when `key` was already on an earlier row of the file."""
    if key in first_rows:
        errors.append(RowError(row, column, tr("{key} appears again (first on row {first})."),
                               {"key": key, "first": str(first_rows[key])}))
        return False
    first_rows[key] = row
    return True
