"""Pieces the finance screens (invoicing, payments, receivables) share: headings, read-only
tables filled from formatted cells, money colours, PDFs shown to the user, questions asked.

`show_pdf` and `ask` are module functions so tests can replace them (monkeypatch) instead of
opening a viewer or a modal box."""

from __future__ import annotations

import re
import tempfile
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths, Qt, QUrl
from PySide6.QtGui import QColor, QDesktopServices, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
GOOD, BAD = "#1b6e20", "#b3261e"
ROW_ID = Qt.ItemDataRole.UserRole


def heading(text: str, name: str = "", size: int = 18) -> QLabel:
    label = QLabel(text)
    if name:
        label.setObjectName(name)
    label.setStyleSheet(f"font-size: {size}px; font-weight: 600;")
    return label


def subheading(text: str, name: str = "") -> QLabel:
    return heading(text, name, 14)


def table(name: str, headers: Sequence[str], right: Sequence[int] = (), *, stretch: int = 1,
          multi: bool = False) -> QTableWidget:
    """A read-only row-selecting table; `right` columns hold numbers (right aligned).
    `stretch`: the column that takes the spare width; -1: the number columns share it."""
    widget = QTableWidget(0, len(headers))
    widget.setObjectName(name)
    widget.setHorizontalHeaderLabels(list(headers))
    widget.setProperty("right_columns", tuple(right))
    widget.verticalHeader().setVisible(False)
    widget.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    widget.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    widget.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection if multi
                            else QAbstractItemView.SelectionMode.SingleSelection)
    widget.setAlternatingRowColors(True)
    widget.setTabKeyNavigation(False)  # Tab leaves the table: keyboard users move on
    widget.setWordWrap(False)
    widget.verticalHeader().setDefaultSectionSize(widget.fontMetrics().height() + 10)
    header = widget.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    if stretch >= 0:
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    else:  # the numbers share the room, the names take what they need
        for column in right:
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
    for column in right:
        item = widget.horizontalHeaderItem(column)
        if item is not None:
            item.setTextAlignment(RIGHT)
    return widget


def fill(widget: QTableWidget, rows: Sequence[tuple[object, Sequence[str]]]) -> None:
    """Rows of (id kept on the first cell, formatted cells); keeps the chosen row if it stays."""
    chosen = selected_id(widget)
    right = set(widget.property("right_columns") or ())
    widget.setRowCount(len(rows))
    keep = -1
    for row, (row_id, cells) in enumerate(rows):
        for column, text in enumerate(cells):
            item = QTableWidgetItem(text)
            item.setTextAlignment(RIGHT if column in right else LEFT)
            if column == 0:
                item.setData(ROW_ID, row_id)
            widget.setItem(row, column, item)
        if row_id is not None and row_id == chosen:
            keep = row
    if keep >= 0:
        widget.selectRow(keep)


def colour_column(widget: QTableWidget, column: int, colour: str) -> None:
    for row in range(widget.rowCount()):
        item = widget.item(row, column)
        if item is not None and item.text():
            item.setForeground(QColor(colour))


def row_id(widget: QTableWidget, row: int) -> object:
    item = widget.item(row, 0)
    return None if item is None else item.data(ROW_ID)


def selected_id(widget: QTableWidget) -> object:
    rows = widget.selectionModel().selectedRows() if widget.selectionModel() else []
    return row_id(widget, rows[0].row()) if rows else None


def selected_ids(widget: QTableWidget) -> list[object]:
    rows = sorted(index.row() for index in widget.selectionModel().selectedRows())
    return [row_id(widget, row) for row in rows]


def select_id(widget: QTableWidget, wanted: object) -> bool:
    for row in range(widget.rowCount()):
        if row_id(widget, row) == wanted:
            widget.selectRow(row)
            return True
    return False


def button(text: str, name: str, shortcut: str | None = None, owner: QWidget | None = None,
           ) -> QPushButton:
    """A push button; with a shortcut and its `owner` (the screen) the key works anywhere on
    the screen, and the tooltip says which key it is."""
    widget = QPushButton(text)
    widget.setObjectName(name)
    if shortcut and owner is not None:
        key = QKeySequence(shortcut)
        hotkey = QShortcut(key, owner)
        hotkey.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        hotkey.activated.connect(lambda: widget.isEnabled() and widget.isVisible()
                                 and widget.click())
        widget.setToolTip(key.toString(QKeySequence.SequenceFormat.NativeText))
    return widget


def show_pdf(data: bytes, name: str) -> Path:
    """Saves the PDF under the user's documents (OrderDesk folder) and opens the viewer."""
    base = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    folder = Path(base or tempfile.gettempdir()) / "OrderDesk"
    folder.mkdir(parents=True, exist_ok=True)
    safe = re.sub(r"[^\w.-]+", "_", name).strip("_") or "document"
    path = folder / f"{safe}.pdf"
    path.write_bytes(data)
    QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
    return path


def strong(widget: QPushButton, colour: str = GOOD) -> QPushButton:
    """The main action of a panel: bold, coloured while it can be used."""
    widget.setStyleSheet(f"QPushButton {{ font-weight: 600; }} "
                         f"QPushButton:enabled {{ color: {colour}; }}")
    return widget


def ask(parent: QWidget | None, text: str) -> bool:
    """A yes/no question the user answers before an action that cannot be undone."""
    title = QCoreApplication.translate("Finance", "Please confirm")
    answer = QMessageBox.question(parent, title, text)
    return answer == QMessageBox.StandardButton.Yes
