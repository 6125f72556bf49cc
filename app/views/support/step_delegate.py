"""Draws a process step as its title with the count of waiting orders right-aligned."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QPainter, QPalette
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

COUNT_ROLE = Qt.ItemDataRole.UserRole + 1  # the text to show ("12"), or None: no count
PADDING = 10


class StepDelegate(QStyledItemDelegate):
    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        super().paint(painter, option, index)
        count = index.data(COUNT_ROLE)
        if count is None:
            return
        # A copy of the palette, enums from the class: the earlier form (the enum looked up
        # through option.palette, then option.palette.color()) segfaulted on every run of
        # tests/views under PySide6 6.11.3. The exact cause was not pinned down.
        palette = QPalette(option.palette)  # type: ignore[attr-defined]
        selected = bool(option.state & QStyle.StateFlag.State_Selected)  # type: ignore[attr-defined]
        role = QPalette.ColorRole.HighlightedText if selected else \
            QPalette.ColorRole.PlaceholderText
        rect = QRect(option.rect).adjusted(0, 0, -PADDING, 0)  # type: ignore[attr-defined]
        painter.save()
        painter.setPen(palette.color(role))
        painter.drawText(rect, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                         str(count))
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem,
                 index: QModelIndex | QPersistentModelIndex) -> QSize:
        hint = super().sizeHint(option, index)
        return QSize(hint.width() + 40, hint.height() + 12)
