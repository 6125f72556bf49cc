"""The preview's two tables: the file's rows as read, each with what the import will do with
it, and the list of problems (row, column, message).

Models rather than QTableWidgets: a 30,000-line order history previews without building
600,000 items; cells are looked up when Qt paints them.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush

from app.services.importing import ImportPreview, RecordStatus, RowError
from app.views.import_export_common import (
    PRESENT,
    RIGHT,
    WRONG,
    WRONG_CELL,
    WRONG_TEXT,
    row_message,
    status_label,
)

Index = QModelIndex | QPersistentModelIndex
STATUS_COLOURS = {RecordStatus.NEW: RIGHT, RecordStatus.PRESENT: PRESENT,
                  RecordStatus.INVALID: WRONG}
FIXED = 2  # the row number and status columns before the file's own


def normalise(name: str) -> str:
    """How the import matches header names (docs/import.md: case, spaces, hyphens)."""
    return name.strip().lower().replace(" ", "_").replace("-", "_")


class PreviewRowsModel(QAbstractTableModel):
    """Row number | what happens | the file's columns. Cells with an error are red with the
    messages as tooltip; a row's status is that of the record it belongs to (an order's
    lines share their order's)."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.preview: ImportPreview | None = None
        self._status: dict[int, RecordStatus] = {}
        self._errors: dict[tuple[int, int], list[RowError]] = defaultdict(list)
        self._row_index: dict[int, int] = {}  # file row number -> table row
        self._cells: list[tuple[RowError, int]] = []  # each error's table column

    def set_preview(self, preview: ImportPreview | None) -> None:
        self.beginResetModel()
        self.preview = preview
        self._status.clear()
        self._errors.clear()
        self._row_index.clear()
        self._cells.clear()
        if preview is not None:
            for record in preview.records:
                for row in record.rows:
                    self._status[row] = record.status
            columns = {normalise(h): i + FIXED for i, h in enumerate(preview.header)}
            for error in preview.errors:
                # A column the file names differently (a Chinese header) still marks the
                # row: its status cell (column 1) turns red.
                column = columns.get(normalise(error.column), 1)
                self._errors[(error.row, column)].append(error)
                self._cells.append((error, column))
            self._row_index = {row: i for i, (row, _cells) in enumerate(preview.rows)}
        self.endResetModel()

    def table_row(self, file_row: int) -> int | None:
        return self._row_index.get(file_row)

    def column_of(self, error: RowError) -> int:
        """The table column of an error's cell, or the status column for a whole-row one."""
        return next((column for e, column in self._cells if e is error), 1)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt signature)
        return 0 if parent.isValid() or self.preview is None else len(self.preview.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid() or self.preview is None:
            return 0
        return FIXED + len(self.preview.header)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        assert self.preview is not None
        row_no, cells = self.preview.rows[index.row()]
        column = index.column()
        status = self._status.get(row_no, RecordStatus.INVALID)
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                return str(row_no)  # as the spreadsheet numbers it: no thousands separator
            if column == 1:
                return status_label(status)
            at = column - FIXED
            return cells[at] if at < len(cells) else ""
        errors = self._errors.get((row_no, column), ())
        if role == Qt.ItemDataRole.ForegroundRole:
            if errors:
                return QBrush(WRONG_TEXT)  # dark on the pale red, whatever the palette
            return QBrush(STATUS_COLOURS[status]) if column == 1 else None
        if role == Qt.ItemDataRole.BackgroundRole and errors:
            return QBrush(WRONG_CELL)
        if role == Qt.ItemDataRole.ToolTipRole and errors:
            return "\n".join(row_message(e) for e in errors)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == 0:
            return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if section == 0:
            return QCoreApplication.translate("ImportExport", "Row")
        if section == 1:
            return QCoreApplication.translate("ImportExport", "Import")
        assert self.preview is not None
        return self.preview.header[section - FIXED]


class ProblemsModel(QAbstractTableModel):
    """Row | Column | Problem: the errors (red; they stop the import) then the warnings."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.items: list[tuple[RowError, bool]] = []  # (problem, is an error)

    def set_problems(self, errors: tuple[RowError, ...], warnings: tuple[RowError, ...]
                     ) -> None:
        self.beginResetModel()
        self.items = [(e, True) for e in errors] + [(w, False) for w in warnings]
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.items)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 3

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        problem, is_error = self.items[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            if index.column() == 0:
                return str(problem.row)
            if index.column() == 1:
                return problem.column
            text = row_message(problem)
            if not is_error:
                text = QCoreApplication.translate("ImportExport", "Note: {0}").replace(
                    "{0}", text)
            return text
        if role == Qt.ItemDataRole.ForegroundRole and is_error:
            return QBrush(WRONG)
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == 2:
            return row_message(problem)
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == 0:
            return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if section == 0:
            return QCoreApplication.translate("ImportExport", "Row")
        if section == 1:
            return QCoreApplication.translate("ImportExport", "Column")
        return QCoreApplication.translate("ImportExport", "Problem")
