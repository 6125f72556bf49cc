"""Building blocks of the warehouse/production station screens: big type read from a
step away, a heading, a worklist table and a scan panel that flashes right or wrong."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHeaderView,
    QLabel,
    QTableView,
    QWidget,
)

from app.views.itemmodels.cells import CellsModel

STATION_SCALE = 1.25  # every station screen's base type, against the desk's default
HEADING_SCALE = 1.7


def enlarge(widget: QWidget, scale: float = STATION_SCALE) -> None:
    font = QFont(widget.font())
    font.setPointSizeF(font.pointSizeF() * scale)
    widget.setFont(font)


def heading(text: str, name: str = "heading") -> QLabel:
    label = QLabel(text)
    label.setObjectName(name)
    font = QFont(label.font())
    font.setPointSizeF(font.pointSizeF() * HEADING_SCALE)
    font.setBold(True)
    label.setFont(font)
    return label


def subheading(text: str, name: str = "") -> QLabel:
    label = QLabel(text)
    if name:
        label.setObjectName(name)
    font = QFont(label.font())
    font.setBold(True)
    label.setFont(font)
    return label


def table(model: CellsModel, name: str, *, stretch: int = 1) -> QTableView:
    """A whole-row, single-selection list; column `stretch` takes the spare width."""
    view = QTableView()
    view.setObjectName(name)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.verticalHeader().hide()
    view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 12)
    header = view.horizontalHeader()
    header_font = QFont(view.font())
    header_font.setBold(True)
    header.setFont(header_font)
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setStretchLastSection(False)
    model.modelReset.connect(lambda: header.setSectionResizeMode(
        stretch, QHeaderView.ResizeMode.Stretch) if model.columnCount() > stretch else None)
    return view


def panel(name: str) -> QFrame:
    """A framed area (the scan panel) that ScanFeedback can flash."""
    frame = QFrame()
    frame.setObjectName(name)
    frame.setFrameShape(QFrame.Shape.StyledPanel)
    frame.setAutoFillBackground(True)
    return frame


def message_label(name: str) -> QLabel:
    label = QLabel()
    label.setObjectName(name)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


def select_first(view: QTableView) -> None:
    if view.model().rowCount() and not view.selectionModel().hasSelection():
        view.selectRow(0)
