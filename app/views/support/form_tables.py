"""Small building blocks the customer and complaint screens share: a field with its error
line, and a read-only table filled from formatted rows."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


def with_error(widget: QWidget, label: QLabel) -> QWidget:
    """A field with its (hidden) error line right under it."""
    box = QWidget()
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(2)
    layout.addWidget(widget)
    layout.addWidget(label)
    return box


def table(name: str, headers: Sequence[str]) -> QTableWidget:
    """A read-only, row-selecting table with the given column headers."""
    widget = QTableWidget(0, len(headers))
    widget.setObjectName(name)
    widget.setHorizontalHeaderLabels(list(headers))
    widget.verticalHeader().setVisible(False)
    widget.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    widget.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    widget.setAlternatingRowColors(True)
    widget.horizontalHeader().setStretchLastSection(True)
    widget.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    return widget


def fill(widget: QTableWidget, rows: Sequence[Sequence[str]],
         right: Sequence[int] = ()) -> None:
    """Replaces the table's rows; the columns in `right` (amounts) are right-aligned."""
    widget.setRowCount(len(rows))
    for r, values in enumerate(rows):
        for c, value in enumerate(values):
            item = QTableWidgetItem(value)
            if c in right:
                item.setTextAlignment(RIGHT)
            widget.setItem(r, c, item)


def shortcut(parent: QWidget, keys: QKeySequence | QKeySequence.StandardKey | str,
             slot: Callable[[], object]) -> QShortcut:
    """A key for `slot` while the focus is anywhere inside `parent` (not in other screens)."""
    sequence = keys if isinstance(keys, QKeySequence) else QKeySequence(keys)
    result = QShortcut(sequence, parent)
    result.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
    result.activated.connect(slot)
    return result


def find_data(combo: QComboBox, value: object) -> int:
    """The index of the item whose data equals `value` (-1 if none); QComboBox.findData does
    not compare Python objects such as UUIDs by value."""
    return next((i for i in range(combo.count()) if combo.itemData(i) == value), -1)
