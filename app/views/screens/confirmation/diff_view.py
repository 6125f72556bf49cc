"""What the last amendment changed, line by line: before → after."""

from __future__ import annotations

from datetime import date
from decimal import Decimal, InvalidOperation

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.services.order_revisions import ChangeKind, RevisionDiff
from app.views.support.formatting import amount, day, moment, number

CTX = "AmendmentDiff"
FIELDS = {
    "delivery_address": QT_TRANSLATE_NOOP("AmendmentDiff", "Delivery address"),
    "requested_date": QT_TRANSLATE_NOOP("AmendmentDiff", "Requested date"),
    "promised_date": QT_TRANSLATE_NOOP("AmendmentDiff", "Promised date"),
    "shipping_method": QT_TRANSLATE_NOOP("AmendmentDiff", "Shipping method"),
    "special_instructions": QT_TRANSLATE_NOOP("AmendmentDiff", "Instructions"),
    "payment_condition": QT_TRANSLATE_NOOP("AmendmentDiff", "Payment condition"),
    "payment_method": QT_TRANSLATE_NOOP("AmendmentDiff", "Payment method"),
    "credit_days": QT_TRANSLATE_NOOP("AmendmentDiff", "Credit days"),
    "total": QT_TRANSLATE_NOOP("AmendmentDiff", "Order total"),
    "quantity": QT_TRANSLATE_NOOP("AmendmentDiff", "Quantity"),
    "unit_price": QT_TRANSLATE_NOOP("AmendmentDiff", "Unit price"),
    "discount_pct": QT_TRANSLATE_NOOP("AmendmentDiff", "Discount %"),
    "line_total": QT_TRANSLATE_NOOP("AmendmentDiff", "Line total"),
    "qty_cancelled": QT_TRANSLATE_NOOP("AmendmentDiff", "Cancelled"),
}
KIND_COLOUR = {ChangeKind.LINE_ADDED: "#1b6e20", ChangeKind.LINE_REMOVED: "#b3261e"}


def _t(text: str) -> str:
    return QCoreApplication.translate(CTX, text)


MONEY_FIELDS = ("total", "unit_price", "line_total")


def shown(value: str, field: str = "") -> str:
    """A snapshot value as the user reads it: numbers and dates in their locale."""
    if not value:
        return "—"
    if field in MONEY_FIELDS:
        try:
            return amount(Decimal(value))
        except InvalidOperation:
            return value
    try:
        return day(date.fromisoformat(value))
    except ValueError:
        pass
    try:
        return number(Decimal(value))
    except InvalidOperation:
        return value


class DiffView(QGroupBox):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("diffView")
        self.setTitle(self.tr("Changed by the last amendment"))
        self.summary = QLabel()
        self.summary.setObjectName("diffSummary")
        self.summary.setWordWrap(True)
        self.table = QTableWidget(0, 4)
        self.table.setObjectName("diffTable")
        self.table.setHorizontalHeaderLabels(
            [self.tr("Where"), self.tr("What"), self.tr("Before"), self.tr("After")])
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(22)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table)
        self.hide()

    def show_diff(self, diff: RevisionDiff | None) -> None:
        if diff is None:
            self.hide()
            return
        self.summary.setText(
            self.tr("Version {0} → now · {1} · {2} · reason: {3}")
            .replace("{0}", str(diff.revision)).replace("{1}", diff.changed_by)
            .replace("{2}", moment(diff.at)).replace("{3}", diff.reason or "—"))
        self.table.setRowCount(len(diff.changes))
        for row, change in enumerate(diff.changes):
            where = (self.tr("Order") if change.line_no is None else
                     self.tr("Line {0} · {1}").replace("{0}", str(change.line_no))
                     .replace("{1}", change.sku))
            if change.kind is ChangeKind.LINE_ADDED:
                what = self.tr("Line added")
            elif change.kind is ChangeKind.LINE_REMOVED:
                what = self.tr("Line removed")
            else:
                what = _t(FIELDS.get(change.field, change.field))
            cells = (where, what, shown(change.before, change.field),
                     shown(change.after, change.field))
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                colour = KIND_COLOUR.get(change.kind)
                if colour:
                    item.setForeground(QBrush(QColor(colour)))
                self.table.setItem(row, column, item)
        shown_rows = min(6, max(1, len(diff.changes)))
        self.table.setFixedHeight(shown_rows * 22 + self.table.horizontalHeader().height() + 4)
        self.show()

    def rows(self) -> list[tuple[str, ...]]:
        """The table as text, for tests and accessibility."""
        return [tuple(self.table.item(r, c).text() for c in range(4))
                for r in range(self.table.rowCount())]
