"""Driving the finance screens as a user: clicking table rows, buttons, typing into fields."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QPushButton, QTableWidget, QWidget
from pytestqt.qtbot import QtBot

from app.views.screens import finance_common


def show(qtbot: QtBot, screen: QWidget) -> None:
    qtbot.addWidget(screen)
    screen.resize(1300, 800)
    screen.show()
    screen.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is screen)
    screen.refresh()  # type: ignore[attr-defined]


def row_of(table: QTableWidget, text: str, column: int = 0) -> int:
    rows = [r for r in range(table.rowCount()) if table.item(r, column).text() == text]
    assert rows, f"{text!r} is not in {table.objectName()}"
    return rows[0]


def click_row(qtbot: QtBot, table: QTableWidget, row: int, *, add: bool = False) -> None:
    """A click on the row; `add`: Ctrl+click, adding it to the chosen rows."""
    rect = table.visualRect(table.model().index(row, 0))
    modifier = (Qt.KeyboardModifier.ControlModifier if add
                else Qt.KeyboardModifier.NoModifier)
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, modifier, rect.center())


def click(qtbot: QtBot, parent: QWidget, name: str) -> None:
    button = parent.findChild(QPushButton, name)
    assert button is not None and button.isVisible() and button.isEnabled(), name
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def type_into(qtbot: QtBot, parent: QWidget, name: str, text: str, *,
              enter: bool = False) -> None:
    field = parent.findChild(QLineEdit, name)
    assert field is not None, name
    field.setFocus()
    field.selectAll()
    qtbot.keyClick(field, Qt.Key.Key_Backspace)
    qtbot.keyClicks(field, text)
    if enter:
        qtbot.keyClick(field, Qt.Key.Key_Return)


def cell(table: QTableWidget, row: int, column: int) -> str:
    return table.item(row, column).text()


def always_yes(monkeypatch) -> list[str]:  # type: ignore[no-untyped-def]
    """Answers every confirmation question with yes; returns the questions asked."""
    asked: list[str] = []

    def ask(_parent: object, text: str) -> bool:
        asked.append(text)
        return True

    monkeypatch.setattr(finance_common, "ask", ask)
    return asked


def keep_pdfs(monkeypatch) -> list[tuple[str, bytes]]:  # type: ignore[no-untyped-def]
    shown: list[tuple[str, bytes]] = []
    monkeypatch.setattr(finance_common, "show_pdf",
                        lambda data, name: shown.append((name, data)))
    return shown
