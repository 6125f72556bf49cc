"""The order lines being typed: product, live availability, quantity, price and discount
editable in place; amounts worked out with the same rounding as the services."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor

from app.services.availability import Availability, StockStatus
from app.services.money import line_amounts
from app.services.products import ProductRow
from app.views.support.formatting import amount, number, parse_number, short_day

Index = QModelIndex | QPersistentModelIndex
CTX = "OrderLines"
HEADERS = (QT_TRANSLATE_NOOP("OrderLines", "SKU"), QT_TRANSLATE_NOOP("OrderLines", "Product"),
           QT_TRANSLATE_NOOP("OrderLines", "Availability"), QT_TRANSLATE_NOOP("OrderLines", "Qty"),
           QT_TRANSLATE_NOOP("OrderLines", "Unit price"),
           QT_TRANSLATE_NOOP("OrderLines", "Disc. %"),
           QT_TRANSLATE_NOOP("OrderLines", "Line total"))
QTY, PRICE, DISCOUNT = 3, 4, 5
EDITABLE = (QTY, PRICE, DISCOUNT)
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
GREEN, AMBER, RED = QColor("#1b6e20"), QColor("#8a5a00"), QColor("#b3261e")
STATUS_COLOUR = {StockStatus.IN_STOCK: GREEN, StockStatus.PARTLY: AMBER, StockStatus.OUT: RED}


def _t(text: str) -> str:
    return QCoreApplication.translate(CTX, text)


@dataclass
class EntryLine:
    product: ProductRow
    quantity: Decimal
    unit_price: Decimal
    discount_pct: Decimal = Decimal(0)
    availability: Availability | None = None
    line_id: uuid.UUID | None = None  # an existing line when amending
    wrong: set[int] = field(default_factory=set)  # columns the checks found wrong


def availability_text(a: Availability | None) -> str:
    if a is None:
        return ""
    if a.status is StockStatus.IN_STOCK:
        return _t("In stock ({0})").replace("{0}", number(a.available))
    text = (_t("Partly: {0} of {1}").replace("{0}", number(a.available))
            .replace("{1}", number(a.wanted)) if a.status is StockStatus.PARTLY else _t("Out"))
    if a.expected_date is not None:
        text += " · " + _t("expected {0}").replace("{0}", short_day(a.expected_date))
    elif a.expected_qty > 0:
        text += " · " + _t("in production")
    return text


class LinesModel(QAbstractTableModel):
    """Rows of EntryLine; `edited(row)` after a quantity/price/discount change,
    `refused(text)` when a typed value is not a number."""

    edited = Signal(int)
    typing = Signal(int)  # a value changed in an open editor (not yet committed)
    refused = Signal(str)

    def __init__(self, currency: str, parent: Any = None) -> None:
        super().__init__(parent)
        self.currency = currency
        self.lines: list[EntryLine] = []

    def amounts(self, line: EntryLine) -> tuple[Decimal, Decimal]:
        """(net, tax) of a line, rounded as the order will be."""
        result = line_amounts(line.quantity, line.unit_price, line.discount_pct,
                              line.product.tax_rate, self.currency)
        return result.net, result.tax

    def totals(self) -> tuple[Decimal, Decimal]:
        net = tax = Decimal(0)
        for line in self.lines:
            n, t = self.amounts(line)
            net, tax = net + n, tax + t
        return net, tax

    def set_lines(self, lines: list[EntryLine]) -> None:
        self.beginResetModel()
        self.lines = lines
        self.endResetModel()

    def add(self, line: EntryLine) -> int:
        row = len(self.lines)
        self.beginInsertRows(QModelIndex(), row, row)
        self.lines.append(line)
        self.endInsertRows()
        return row

    def remove(self, row: int) -> None:
        self.beginRemoveRows(QModelIndex(), row, row)
        del self.lines[row]
        self.endRemoveRows()

    def changed(self, row: int) -> None:
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(HEADERS) - 1))

    def set_typed(self, row: int, column: int, value: Decimal) -> None:
        """A value from a cell still being edited: the totals follow, the cell is left
        alone (repainting it would move the cursor under the user's fingers)."""
        line = self.lines[row]
        setattr(line, {QTY: "quantity", PRICE: "unit_price", DISCOUNT: "discount_pct"}[column],
                value)
        total = self.index(row, len(HEADERS) - 1)
        self.dataChanged.emit(total, total)
        self.typing.emit(row)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt signature)
        return 0 if parent.isValid() else len(self.lines)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return _t(HEADERS[section])
        if orientation == Qt.Orientation.Vertical and role == Qt.ItemDataRole.DisplayRole:
            return str(section + 1)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        return base | Qt.ItemFlag.ItemIsEditable if index.column() in EDITABLE else base

    def _cell(self, line: EntryLine, column: int) -> str:
        product = line.product
        if column == 0:
            return product.sku
        if column == 1:
            spec = f" · {product.specification}" if product.specification else ""
            return f"{product.name}{spec}"
        if column == 2:
            return availability_text(line.availability)
        if column == QTY:
            return number(line.quantity)
        if column == PRICE:
            return amount(line.unit_price)
        if column == DISCOUNT:
            return number(line.discount_pct)
        return amount(self.amounts(line)[0])

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        line, column = self.lines[index.row()], index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return self._cell(line, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column >= QTY:
            return RIGHT
        if role == Qt.ItemDataRole.ForegroundRole:
            if column in line.wrong:
                return QBrush(RED)
            if column == 2 and line.availability is not None:
                return QBrush(STATUS_COLOUR[line.availability.status])
        if role == Qt.ItemDataRole.BackgroundRole and column in line.wrong:
            return QBrush(QColor("#fde7e5"))
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or index.column() not in EDITABLE:
            return False
        try:
            parsed = parse_number(str(value))
        except ValueError:
            self.refused.emit(_t("“{0}” is not a number.").replace("{0}", str(value)))
            return False
        line, column = self.lines[index.row()], index.column()
        if column == QTY:
            line.quantity = parsed
        elif column == PRICE:
            line.unit_price = parsed
        else:
            line.discount_pct = parsed
        line.wrong.discard(column)
        self.changed(index.row())
        self.edited.emit(index.row())
        return True
