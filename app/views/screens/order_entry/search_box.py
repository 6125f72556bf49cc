"""A line edit that lists matches under itself as the user types (customers, products).

Down/Up move through the matches, Enter picks the highlighted one; with nothing highlighted
Enter hands the typed text on (`entered`): a code typed or scanned is looked up as a code.
The list is a child of the window placed under the field, so it never takes the focus."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent
from PySide6.QtWidgets import QLineEdit, QListWidget, QListWidgetItem, QWidget

# search(text) -> [(label shown, value handed to `picked`)]
Search = Callable[[str], Sequence[tuple[str, Any]]]
DATA = Qt.ItemDataRole.UserRole


class SearchBox(QLineEdit):
    picked = Signal(object)
    entered = Signal(str)

    def __init__(self, search: Search, *, preselect: bool, min_chars: int = 1,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._search = search
        self._preselect = preselect  # customers: Enter takes the first match at once
        self._min_chars = min_chars
        self.matches = QListWidget()
        self.matches.setObjectName("matches")
        self.matches.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.matches.setStyleSheet("QListWidget { border: 1px solid palette(mid); }")
        self.matches.itemClicked.connect(self._clicked)
        self.matches.hide()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(150)  # one query per pause in typing, not per key
        self._timer.timeout.connect(self.search_now)
        self.textEdited.connect(lambda _text: self._timer.start())

    def search_now(self) -> None:
        self._timer.stop()
        text = self.text().strip()
        self.matches.clear()
        if len(text) < self._min_chars:
            self.matches.hide()
            return
        for label, value in self._search(text):
            item = QListWidgetItem(label)
            item.setData(DATA, value)
            self.matches.addItem(item)
        if not self.matches.count():
            self.matches.hide()
            return
        if self._preselect:
            self.matches.setCurrentRow(0)
        self._place()

    def _place(self) -> None:
        top = self.window()
        if self.matches.parent() is not top:
            self.matches.setParent(top)
        rows = min(self.matches.count(), 8)
        height = rows * max(self.matches.sizeHintForRow(0), 18) + 6
        self.matches.setGeometry(
            *self.mapTo(top, QPoint(0, self.height())).toTuple(), max(self.width(), 420), height)
        self.matches.raise_()
        self.matches.show()

    def close_matches(self) -> None:
        self._timer.stop()
        self.matches.hide()
        self.matches.clearSelection()
        self.matches.setCurrentRow(-1)

    def _clicked(self, item: QListWidgetItem) -> None:
        value = item.data(DATA)
        self.close_matches()
        self.picked.emit(value)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        showing = self.matches.isVisible() and self.matches.count() > 0
        if key in (Qt.Key.Key_Down, Qt.Key.Key_Up) and showing:
            step = 1 if key == Qt.Key.Key_Down else -1
            row = max(0, min(self.matches.count() - 1, self.matches.currentRow() + step))
            self.matches.setCurrentRow(row)
            return
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if self._timer.isActive() and self._preselect:
                self.search_now()  # Enter typed faster than the pause: search first
                showing = self.matches.count() > 0
            item = self.matches.currentItem() if showing else None
            if item is not None and item.isSelected():
                self._clicked(item)
            else:
                self.close_matches()
                self.entered.emit(self.text().strip())
            return
        if key == Qt.Key.Key_Escape and showing:
            self.close_matches()
            return
        super().keyPressEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        QTimer.singleShot(200, self._hide_if_left)  # a click on the list lands first

    def _hide_if_left(self) -> None:
        if not self.hasFocus():
            self.close_matches()
