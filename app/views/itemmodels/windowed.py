"""A table model over a list too long to load: the row count from one COUNT(*), rows fetched
in blocks of 1,000 only when Qt asks to paint them.

Measured on this machine (platform findings): such a model reached row 100,000 in 33 ms,
where canFetchMore/fetchMore paging took 3.1 s, because the scroll bar is right from the
start and a jump to the end loads one block instead of every block before it.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Sequence
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

Row = TypeVar("Row")
Index = QModelIndex | QPersistentModelIndex
BLOCK = 1000
CACHED_BLOCKS = 20  # 20,000 rows of formatted cells at most


class WindowedTableModel(QAbstractTableModel, Generic[Row]):
    """`count()` says how many rows match; `fetch(offset, limit)` returns those rows;
    `cells(row)` formats one row's columns once, the first time the row is painted."""

    def __init__(self, headers: Sequence[str], count: Callable[[], int],
                 fetch: Callable[[int, int], Sequence[Row]],
                 cells: Callable[[Row], tuple[str, ...]],
                 alignments: Sequence[Qt.AlignmentFlag] | None = None,
                 parent: Any = None) -> None:
        super().__init__(parent)
        self.headers = list(headers)
        self._count, self._fetch, self._cells = count, fetch, cells
        self._align = list(alignments) if alignments else None
        self._rows = 0
        # Each block: its rows and their formatted cells, formatted when first painted
        # (babel needs ~60 us a cell: a whole block up front would cost ~200 ms).
        self._blocks: OrderedDict[int, tuple[list[Row], list[tuple[str, ...] | None]]] = \
            OrderedDict()

    def reload(self, count: Callable[[], int] | None = None,
               fetch: Callable[[int, int], Sequence[Row]] | None = None) -> None:
        self.beginResetModel()
        if count is not None:
            self._count = count
        if fetch is not None:
            self._fetch = fetch
        self._blocks.clear()
        self._rows = self._count()
        self.endResetModel()

    def _block(self, number: int) -> tuple[list[Row], list[tuple[str, ...] | None]]:
        block = self._blocks.get(number)
        if block is None:
            rows = list(self._fetch(number * BLOCK, BLOCK))
            block = (rows, [None] * len(rows))
            self._blocks[number] = block
            if len(self._blocks) > CACHED_BLOCKS:
                self._blocks.popitem(last=False)
        else:
            self._blocks.move_to_end(number)
        return block

    def row_at(self, row: int) -> Row | None:
        rows, _ = self._block(row // BLOCK)
        offset = row % BLOCK
        return rows[offset] if offset < len(rows) else None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt signature)
        return 0 if parent.isValid() else self._rows

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            rows, cells = self._block(index.row() // BLOCK)
            offset = index.row() % BLOCK
            if offset >= len(rows):
                return ""  # a row deleted since the count: empty until the next reload
            row_cells = cells[offset]
            if row_cells is None:
                row_cells = cells[offset] = self._cells(rows[offset])
            return row_cells[index.column()]
        if role == Qt.ItemDataRole.TextAlignmentRole and self._align:
            return self._align[index.column()]
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section]
        if role == Qt.ItemDataRole.TextAlignmentRole and self._align:
            return self._align[section]
        return None
