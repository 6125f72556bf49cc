"""Data import for a firm moving from spreadsheets or another system (docs/import.md).

    preview = preview_import(uow(), actor, "customers", "customers.csv")   # reads only
    result = apply_import(uow(), actor, preview)                            # all or nothing
"""

from app.services.importing.common import (
    ImportPreview,
    ImportRefusedError,
    ImportResult,
    PreviewRecord,
    RecordStatus,
)
from app.services.importing.fields import Column, RowError
from app.services.importing.service import KINDS, apply_import, import_columns, preview_import

__all__ = [
    "KINDS",
    "Column",
    "ImportPreview",
    "ImportRefusedError",
    "ImportResult",
    "PreviewRecord",
    "RecordStatus",
    "RowError",
    "apply_import",
    "import_columns",
    "preview_import",
]
