"""A menu entry added by a module other than the main window, kept in the user's language:
the window hears of a language switch (QEvent.LanguageChange), an action does not."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QWidget


class RetranslatedText(QObject):
    """Sets `action`'s text from `text()` now and after every language switch of `window`.
    `text` is a lambda around a literal translate(...) call, so that lupdate finds it."""

    def __init__(self, window: QWidget, action: QAction, text: Callable[[], str]) -> None:
        super().__init__(action)
        self.action, self._text = action, text
        window.installEventFilter(self)
        self.retranslate()

    def retranslate(self) -> None:
        self.action.setText(self._text())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        return False
