"""Every order, newest first: a search box, a state filter, the list, and the chosen order.

The list is a windowed model over `order_queries.count_orders`/`order_window`, so a
million orders open as fast as a hundred (bench/order_list.py measures it).
"""

from __future__ import annotations

import uuid
from functools import partial

from PySide6.QtCore import QModelIndex, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.services import order_queries
from app.services.order_queries import OrderDetail, OrderFilter, OrderRow, OrderState
from app.views.context import AppContext
from app.views.itemmodels.windowed import WindowedTableModel
from app.views.screens.base import Screen
from app.views.support import formatting as fmt
from app.views.support import labels
from app.views.support.list_view import record_list
from app.views.support.runner import FAILED, run

SEARCH_DELAY_MS = 200
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter


def _cells(row: OrderRow) -> tuple[str, ...]:
    return (row.number, row.customer_name, labels.order_state(row.state), fmt.amount(row.total),
            fmt.short_day(row.promised_date), fmt.moment(row.created_at))


class OrdersScreen(Screen):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.search = QLineEdit()
        self.search.setObjectName("orderSearch")
        self.search.setPlaceholderText(self.tr("Order number, customer name, code or phone"))
        self.search.setClearButtonEnabled(True)
        self.state = QComboBox()
        self.state.setObjectName("stateFilter")
        self.state.addItem(self.tr("All states"), None)
        for state in OrderState:
            self.state.addItem(labels.order_state(state.value), state)
        self.found = QLabel()
        self.found.setObjectName("ordersFound")
        self.model: WindowedTableModel[OrderRow] = WindowedTableModel(
            [self.tr("Number"), self.tr("Customer"), self.tr("State"), self.tr("Total"),
             self.tr("Promised"), self.tr("Created")],
            count=lambda: 0, fetch=lambda _o, _l: [], cells=_cells,
            alignments=[LEFT, LEFT, LEFT, RIGHT, LEFT, LEFT], parent=self)
        self.table = record_list("ordersTable", self.model)
        header = self.table.horizontalHeader()
        header.setStretchLastSection(True)
        for column, width in enumerate((150, 260, 130, 110, 100)):
            self.table.setColumnWidth(column, width)
        self.detail = OrderDetailPanel()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.refresh)
        self.search.textEdited.connect(lambda _t: self._timer.start())
        self.search.returnPressed.connect(self.refresh)
        self.state.currentIndexChanged.connect(lambda _i: self.refresh())
        self.table.selectionModel().currentRowChanged.connect(self._row_changed)

        filters = QHBoxLayout()
        filters.addWidget(self.search, 3)
        filters.addWidget(self.state, 1)
        filters.addWidget(self.found)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(filters)
        layout.addWidget(splitter, 1)

    def current_filter(self) -> OrderFilter:
        return OrderFilter(state=self.state.currentData(), text=self.search.text())

    def refresh(self) -> None:
        self._timer.stop()
        flt = self.current_filter()
        count = run(self, order_queries.count_orders, self.ctx.uow(write=False), flt)
        if count is FAILED:
            return
        self.model.reload(count=lambda: count,
                          fetch=partial(self._fetch, flt))
        self.found.setText(self.tr("{0} orders").replace("{0}", fmt.number(count)))
        if count:
            self.table.selectRow(0)
        else:
            self.detail.show_order(None)

    def _fetch(self, flt: OrderFilter, offset: int, limit: int) -> list[OrderRow]:
        rows = run(self, order_queries.order_window, self.ctx.uow(write=False), flt, offset,
                   limit)
        return [] if rows is FAILED else rows

    def _row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        row = self.model.row_at(current.row()) if current.isValid() else None
        if row is None:
            self.detail.show_order(None)
            return
        self.open_record("order", row.id)

    def open_record(self, kind: str, record_id: object) -> bool:
        if kind != "order" or not isinstance(record_id, uuid.UUID):
            return False
        detail = run(self, order_queries.get_order, self.ctx.uow(write=False), record_id)
        if detail is FAILED:
            return False
        self.detail.show_order(detail)
        return True

    def focus_first(self) -> None:
        self.search.setFocus()


class OrderDetailPanel(QWidget):
    """The chosen order: its header facts and lines with how far each has come."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("orderDetail")
        self.title = QLabel()
        self.title.setObjectName("orderDetailTitle")
        self.title.setStyleSheet("font-size: 15px; font-weight: 600;")
        self.facts = QLabel()
        self.facts.setObjectName("orderDetailFacts")
        self.facts.setWordWrap(True)
        self.facts.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.lines = QTableWidget(0, 7)
        self.lines.setObjectName("orderDetailLines")
        self.lines.setHorizontalHeaderLabels([
            self.tr("SKU"), self.tr("Product"), self.tr("Quantity"), self.tr("Unit price"),
            self.tr("Allocated"), self.tr("Shipped"), self.tr("Invoiced")])
        self.lines.verticalHeader().setVisible(False)
        self.lines.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.lines.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.facts)
        layout.addWidget(self.lines, 1)
        self.order: OrderDetail | None = None

    def show_order(self, order: OrderDetail | None) -> None:
        self.order = order
        if order is None:
            self.title.setText(self.tr("No order chosen"))
            self.facts.clear()
            self.lines.setRowCount(0)
            return
        self.title.setText(f"{order.number} · {order.customer_name} · "
                           f"{labels.order_state(order.state)}")
        facts = [
            self.tr("Total {0}").replace("{0}", fmt.money(order.total, order.currency)),
            self.tr("Created {0}").replace("{0}", fmt.moment(order.created_at)),
        ]
        if order.requested_date:
            facts.append(self.tr("Requested {0}").replace("{0}", fmt.day(order.requested_date)))
        if order.promised_date:
            facts.append(self.tr("Promised {0}").replace("{0}", fmt.day(order.promised_date)))
        if order.special_instructions:
            facts.append(self.tr("Instructions: {0}").replace("{0}",
                                                              order.special_instructions))
        self.facts.setText("   ·   ".join(facts))
        self.lines.setRowCount(len(order.lines))
        for row, line in enumerate(order.lines):
            values = (line.sku, line.name, fmt.number(line.quantity), fmt.amount(line.unit_price),
                      fmt.number(line.qty_allocated), fmt.number(line.qty_shipped),
                      fmt.number(line.qty_invoiced))
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                if column >= 2:
                    item.setTextAlignment(RIGHT)
                self.lines.setItem(row, column, item)
        self.lines.resizeColumnsToContents()
