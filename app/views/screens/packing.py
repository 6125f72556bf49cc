"""To pack: the orders with picked goods waiting, and the packing table for the chosen one.

Scanning an order number (the pick list and the order confirmation print it) opens that
order; every other scan goes to the open package of the order on the table.
"""

from __future__ import annotations

import uuid
from decimal import Decimal

from PySide6.QtWidgets import QHeaderView, QLabel, QSplitter, QVBoxLayout, QWidget

from app.services import packing_queries
from app.services.packing_queries import OrderToPack
from app.views.context import AppContext
from app.views.screens.base import Screen
from app.views.screens.packing_order import PackOrderView
from app.views.screens.station_widgets import big, fill, table
from app.views.support import formatting as fmt
from app.views.support.runner import FAILED, run
from app.views.support.wedge import attach_wedge


class PackingScreen(Screen):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.orders: list[OrderToPack] = []
        self.order_view = PackOrderView(ctx)
        self.order_view.changed.connect(self._reload_orders)
        self.order_view.packed.connect(self._units_left)
        self.scan = self.order_view.scan
        self.scan.scanned.connect(self._scanned)
        self.orders_table = table("ordersToPack", [
            self.tr("Order"), self.tr("Customer"), self.tr("Promised"), self.tr("Units"),
            self.tr("Open")])
        self.orders_table.itemSelectionChanged.connect(self._order_chosen)
        self.orders_table.activated.connect(lambda _index: self.scan.setFocus())

        left = QWidget()
        left_layout = QVBoxLayout(left)
        hint = big(QLabel(self.tr("Scan an order number, or choose it and press Enter")), 1.1,
                   bold=False)
        hint.setWordWrap(True)
        left_layout.addWidget(hint)
        left_layout.addWidget(self.orders_table)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(self.order_view)
        left.setMinimumWidth(430)
        splitter.setSizes([460, 740])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)
        self.wedge = attach_wedge(self, self.scan)

    def refresh(self) -> None:
        self._reload_orders()
        if self.order_view.view is not None:
            self.order_view.load(self.order_view.view.order_id)

    def focus_first(self) -> None:
        if self.order_view.view is not None:
            self.scan.setFocus()
        else:
            self.orders_table.setFocus()

    def _reload_orders(self) -> None:
        orders = run(self, packing_queries.list_orders_to_pack, self.ctx.uow(write=False))
        if orders is FAILED:
            return
        chosen = self.order_view.view.order_id if self.order_view.view else None
        self.orders = orders
        self.orders_table.blockSignals(True)
        fill(self.orders_table, [
            (o.number, o.customer_name, fmt.short_day(o.promised_date), fmt.number(o.units),
             fmt.number(o.open_packages) if o.open_packages else "") for o in orders],
              [o.id for o in orders], right_from=3)
        self.orders_table.horizontalHeader().setSectionResizeMode(
            1, QHeaderView.ResizeMode.Stretch)
        for row, order in enumerate(orders):
            if order.id == chosen:
                self.orders_table.selectRow(row)
        self.orders_table.blockSignals(False)

    def _units_left(self, order_id: uuid.UUID, units: Decimal) -> None:
        # One cell, not the whole worklist query, after each scan.
        for row, order in enumerate(self.orders):
            if order.id == order_id:
                self.orders_table.item(row, 3).setText(fmt.number(units))

    def _order_chosen(self) -> None:
        rows = self.orders_table.selectionModel().selectedRows()
        if rows:
            self.open_order(self.orders[rows[0].row()].id)

    def open_order(self, order_id: uuid.UUID) -> None:
        if self.order_view.view is None or self.order_view.view.order_id != order_id:
            self.order_view.load(order_id)

    def _scanned(self, code: str) -> None:
        for row, order in enumerate(self.orders):
            if order.number.casefold() == code.casefold():
                self.orders_table.selectRow(row)
                self.open_order(order.id)
                self.order_view.feedback.right()
                self.order_view.message.setText(self.tr("Order {0}: scan its items").format(
                    order.number))
                self.scan.setFocus()
                return
        if self.order_view.view is None:
            self.order_view.feedback.wrong()
            return
        self.order_view.on_scan(code)
