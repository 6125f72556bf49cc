"""The orders table: OrderRow DTOs, formatted once on load, fetched in pages as the user scrolls."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import UTC
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from app.services.order_queries import OrderRow

Index = QModelIndex | QPersistentModelIndex
# Gets the page of orders after the given order number (None: the first page).
PageFetcher = Callable[[str | None], Sequence[OrderRow]]

COLUMNS = ("Number", "Customer", "State", "Total", "Promised", "Created")
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
ALIGN = (LEFT, LEFT, LEFT, RIGHT, LEFT, LEFT)


def state_label(state: str) -> str:
    return state.replace("_", " ").capitalize()


def _cells(row: OrderRow) -> tuple[str, ...]:
    created = row.created_at
    if created.tzinfo is None:
        created = created.replace(tzinfo=UTC)
    return (
        row.number,
        row.customer_name,
        state_label(row.state),
        f"{row.total:,.2f}",
        row.promised_date.isoformat() if row.promised_date else "",
        created.astimezone().strftime("%Y-%m-%d %H:%M"),  # stored in UTC, shown local
    )


class OrderTableModel(QAbstractTableModel):
    """Read-only rows; `data()` is a tuple lookup because Qt calls it ~1,000 times per repaint."""

    def __init__(self, fetch_page: PageFetcher, parent: Any = None) -> None:
        super().__init__(parent)
        self._fetch_page = fetch_page
        self._rows: list[OrderRow] = []
        self._cells: list[tuple[str, ...]] = []
        self._more = True

    def reload(self, fetch_page: PageFetcher | None = None) -> None:
        """Starts again from the first page, optionally with another source (a new filter)."""
        self.beginResetModel()
        if fetch_page is not None:
            self._fetch_page = fetch_page
        self._rows, self._cells, self._more = [], [], True
        self._append(self._fetch_page(None))
        self.endResetModel()

    def _append(self, page: Sequence[OrderRow]) -> None:
        self._rows.extend(page)
        self._cells.extend(_cells(row) for row in page)
        self._more = bool(page)

    def row_at(self, row: int) -> OrderRow:
        return self._rows[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt signature)
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return self._cells[index.row()][index.column()]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return ALIGN[index.column()]
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return COLUMNS[section]
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.TextAlignmentRole:
            return ALIGN[section]
        return None

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and self._more and bool(self._rows)

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid() or not self._rows:
            return
        page = self._fetch_page(self._rows[-1].number)
        if not page:
            self._more = False
            return
        first = len(self._rows)
        self.beginInsertRows(QModelIndex(), first, first + len(page) - 1)
        self._append(page)
        self.endInsertRows()
