"""Editing a line's quantity, price or discount in the table: the totals move with each key."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QObject, Qt
from PySide6.QtWidgets import QLineEdit, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from app.views.screens.order_entry.lines_model import LinesModel
from app.views.support.formatting import parse_number


class LiveDelegate(QStyledItemDelegate):
    """Commits each keystroke that reads as a number, so the totals move while typing."""

    def __init__(self, model: LinesModel, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._model = model

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem,
                     index: QModelIndex) -> QWidget:
        editor = QLineEdit(parent)
        editor.setObjectName("cellEditor")
        editor.setAlignment(Qt.AlignmentFlag.AlignRight)
        row, column = index.row(), index.column()
        editor.textEdited.connect(lambda text: self._live(row, column, text))
        return editor

    def _live(self, row: int, column: int, text: str) -> None:
        try:
            value = parse_number(text)
        except ValueError:
            return  # "" or "-" half typed: wait for more
        self._model.set_typed(row, column, value)

    def setModelData(self, editor: QWidget, model: QAbstractItemModel,
                     index: QModelIndex) -> None:
        assert isinstance(editor, QLineEdit)
        model.setData(index, editor.text(), Qt.ItemDataRole.EditRole)
