"""The import actions: preview a file (read-only), then apply it in one transaction.

A screen shows `preview_import`'s records and errors, and on the user's confirmation calls
`apply_import` with the same preview. Apply checks everything against the database again
inside its own transaction (someone may have added a customer meanwhile), refuses the whole
file on any error, and otherwise creates every new record or, on any failure, nothing.
"""

from __future__ import annotations

import hashlib
import uuid
from dataclasses import replace
from datetime import date
from pathlib import Path
from types import ModuleType
from typing import Any

from sqlalchemy.exc import IntegrityError

from app.services.auth import Actor, require
from app.services.errors import DatabaseRuleError, UserFacingError, ValidationError, tr
from app.services.importing import customers, orders, products, stock
from app.services.importing.aliases import canonical
from app.services.importing.common import (
    BATCH_NAMESPACE,
    ImportContext,
    ImportPreview,
    ImportRefusedError,
    ImportResult,
    PreviewRecord,
    RecordStatus,
    header_problems,
)
from app.services.importing.fields import Column, RowError
from app.services.importing.readers import Table, read_table
from app.services.settings import get_setting
from app.services.unit_of_work import UnitOfWork

KINDS: dict[str, ModuleType] = {
    "customers": customers, "products": products, "stock": stock, "orders": orders,
}
PERMISSION = "data.import"


def kind_module(kind: str) -> ModuleType:
    if kind not in KINDS:
        raise ValidationError("kind", tr("{kind} is not something that can be imported; "
                                         "choose one of {kinds}."),
                              kind=kind, kinds=", ".join(KINDS))
    return KINDS[kind]


def import_columns(kind: str) -> tuple[Column, ...]:
    """The columns a file of `kind` may have (name, required, format, example)."""
    return tuple(kind_module(kind).COLUMNS)


def preview_import(uow: UnitOfWork, actor: Actor, kind: str, source: str | Path | bytes, *,
                   filename: str = "", today: date | None = None) -> ImportPreview:
    """Reads and checks the file against the database; writes nothing."""
    require(actor, PERMISSION)
    module = kind_module(kind)
    data = source if isinstance(source, bytes) else _read_bytes(source)
    name = filename or (Path(source).name if not isinstance(source, bytes) else "")
    table = read_table(data, name)
    with uow:
        return _preview(uow, module, kind, table, data, name, today)


def apply_import(uow: UnitOfWork, actor: Actor, preview_or_source: ImportPreview | str | Path
                 | bytes, *, kind: str | None = None, filename: str = "",
                 today: date | None = None) -> ImportResult:
    """Creates every new record of the file in one transaction, or nothing.

    Takes the preview the user confirmed (or a path/bytes plus `kind`). Records already in
    the database are skipped; any error refuses the whole file (ImportRefusedError).
    """
    require(actor, PERMISSION)
    if isinstance(preview_or_source, ImportPreview):
        kind = preview_or_source.kind
    if kind is None:
        raise ValidationError("kind", tr("Say what the file holds: {kinds}."),
                              kinds=", ".join(KINDS))
    module = kind_module(kind)
    with uow:
        if isinstance(preview_or_source, ImportPreview):
            preview = _recheck(uow, module, preview_or_source, today)
        else:
            source = preview_or_source
            data = source if isinstance(source, bytes) else _read_bytes(source)
            name = filename or (Path(source).name if not isinstance(source, bytes) else "")
            preview = _preview(uow, module, kind, read_table(data, name), data, name, today)
        if preview.errors:
            raise ImportRefusedError(preview.errors)
        ctx = _context(uow, preview.batch_id, preview.source_name, today)
        new = [r.data for r in preview.records if r.status is RecordStatus.NEW]
        try:
            created = module.write(uow.session, actor, new, ctx) if new else 0
            uow.session.flush()
        except IntegrityError as exc:  # the services' checks above should have caught it
            raise DatabaseRuleError(tr("The import was refused by a database rule ({rule}); "
                                       "nothing was imported."),
                                    rule=str(exc.orig).splitlines()[0][:120]) from exc
        uow.commit()
    return ImportResult(kind=kind, batch_id=preview.batch_id, created=created,
                        skipped=preview.present, rows=len(preview.rows))


def _read_bytes(source: str | Path) -> bytes:
    try:
        return Path(source).read_bytes()
    except OSError as exc:
        raise UserFacingError(tr("The file {name} cannot be read ({reason})."),
                              name=str(source), reason=exc.strerror or str(exc)) from None


def _context(uow: UnitOfWork, batch_id: uuid.UUID, name: str, today: date | None
             ) -> ImportContext:
    return ImportContext(site_code=uow.site_code,
                         currency=get_setting(uow.session, "currency"),
                         today=today or date.today(), batch_id=batch_id, source_name=name)


def _preview(uow: UnitOfWork, module: ModuleType, kind: str, table: Table, data: bytes,
             name: str, today: date | None) -> ImportPreview:
    batch_id = uuid.uuid5(BATCH_NAMESPACE, f"{kind}:{hashlib.sha256(data).hexdigest()}")
    ctx = _context(uow, batch_id, name, today)
    named = replace(table, header=tuple(canonical(kind, h) for h in table.header))
    errors, warnings = header_problems(named, module.COLUMNS)
    parsed: list[tuple[str, tuple[int, ...], str, Any]] = []
    if not errors:
        parsed = list(module.parse(named, errors, ctx))
    records = _classify(uow, module, parsed, errors, warnings, ctx)
    return ImportPreview(kind=kind, source_name=name, encoding=table.encoding,
                         batch_id=batch_id, header=table.header, rows=table.rows,
                         records=records, errors=tuple(sorted(errors, key=_order)),
                         warnings=tuple(warnings))


def _recheck(uow: UnitOfWork, module: ModuleType, preview: ImportPreview,
             today: date | None) -> ImportPreview:
    """The confirmed preview's records, checked again against the database as it is now."""
    if preview.errors:
        return preview
    ctx = _context(uow, preview.batch_id, preview.source_name, today)
    parsed = [(r.key, r.rows, r.summary, r.data) for r in preview.records]
    errors: list[RowError] = []
    warnings: list[RowError] = []
    records = _classify(uow, module, parsed, errors, warnings, ctx)
    return ImportPreview(kind=preview.kind, source_name=preview.source_name,
                         encoding=preview.encoding, batch_id=preview.batch_id,
                         header=preview.header, rows=preview.rows, records=records,
                         errors=tuple(sorted(errors, key=_order)), warnings=tuple(warnings))


def _classify(uow: UnitOfWork, module: ModuleType,
              parsed: list[tuple[str, tuple[int, ...], str, Any]], errors: list[RowError],
              warnings: list[RowError], ctx: ImportContext) -> tuple[PreviewRecord, ...]:
    valid = [(key, rows, data) for key, rows, _, data in parsed if data is not None]
    present = module.check(uow.session, valid, errors, warnings, ctx) if valid else set()
    bad_rows = {e.row for e in errors}
    records = []
    for key, rows, summary, data in parsed:
        if data is None or bad_rows.intersection(rows):
            status = RecordStatus.INVALID
        elif key in present:
            status = RecordStatus.PRESENT
        else:
            status = RecordStatus.NEW
        records.append(PreviewRecord(key, rows, status, summary, data))
    return tuple(records)


def _order(error: RowError) -> tuple[int, str]:
    return error.row, error.column
