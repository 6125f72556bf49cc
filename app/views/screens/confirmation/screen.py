"""To confirm: the draft orders waiting, one reviewed at a time (credit, stock, shortages),
confirmed with Ctrl+Enter. "Confirmed" lists the open orders to amend (Ctrl+E)."""

from __future__ import annotations

import uuid
from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QSplitter,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.services import order_queries
from app.services.order_queries import OrderRow, OrderState
from app.services.order_review import firm_currency
from app.views.context import AppContext
from app.views.screens.base import Screen
from app.views.screens.confirmation.amend import AmendPanel
from app.views.screens.confirmation.review import AMENDABLE, ReviewPanel
from app.views.support.formatting import money, short_day
from app.views.support.runner import FAILED, run

CONFIRMED = tuple(state for state in AMENDABLE if state is not OrderState.DRAFT)


class ConfirmationScreen(Screen):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        currency = run(self, firm_currency, ctx.uow(write=False))
        self.filter = QComboBox()
        self.filter.setObjectName("worklistFilter")
        self.filter.addItem(self.tr("To confirm (drafts)"), "draft")
        self.filter.addItem(self.tr("Confirmed, open (to amend)"), "confirmed")
        self.filter.currentIndexChanged.connect(lambda _i: self.refresh())
        self.currency = currency if isinstance(currency, str) else "TWD"
        self.rows: list[OrderRow] = []
        # Drafts waiting are tens, not thousands: a plain table is enough here.
        self.worklist = QTableWidget(0, 4)
        self.worklist.setObjectName("worklist")
        self.worklist.setHorizontalHeaderLabels(
            [self.tr("Order"), self.tr("Customer"), self.tr("Total"), self.tr("Promised")])
        self.worklist.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.worklist.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.worklist.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.worklist.verticalHeader().hide()
        self.worklist.setWordWrap(False)
        header = self.worklist.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.worklist.itemActivated.connect(lambda _item: self._open_current(focus_lines=True))
        self.worklist.itemSelectionChanged.connect(self._open_current)
        self.review = ReviewPanel(ctx)
        self.review.changed.connect(self._reload_list)
        self.review.amend_requested.connect(self._amend)
        self.amend_panel = AmendPanel(ctx, self.currency)
        self.amend_panel.saved.connect(self._amended)
        self.amend_panel.cancelled.connect(self._back)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.review)
        self.stack.addWidget(self.amend_panel)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.filter)
        left_layout.addWidget(self.worklist, 1)
        self.left = left
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(self.stack)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([430, 770])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        on_review, on_amend = self._on(self.review), self._on(self.amend_panel)
        for keys, slot in (("Ctrl+Return", on_review(self.review.confirm)),
                           ("Ctrl+Enter", on_review(self.review.confirm)),
                           ("Ctrl+D", on_review(self.review.resolve_shortage)),
                           ("Ctrl+E", on_review(self.review.amend)),
                           ("Ctrl+P", on_review(self.review.mail.preview)),
                           ("Ctrl+S", on_amend(self.amend_panel.save)),
                           ("Escape", on_amend(self._back))):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)
        self.refresh()

    def _on(self, page: QWidget) -> Callable[[Callable[[], None]], Callable[[], None]]:
        """A shortcut acts only while its page is the one shown."""
        def wrap(slot: Callable[[], None]) -> Callable[[], None]:
            def act() -> None:
                if self.stack.currentWidget() is page:
                    slot()
            return act
        return wrap

    def _load_rows(self) -> None:
        states = (OrderState.DRAFT,) if self.filter.currentData() == "draft" else CONFIRMED
        rows = run(self, order_queries.list_orders, self.ctx.uow(write=False), states=states,
                   limit=500, only_worked_here=True)
        self.rows = [] if rows is FAILED else rows  # type: ignore[assignment]
        self.worklist.blockSignals(True)
        self.worklist.setRowCount(len(self.rows))
        for r, row in enumerate(self.rows):
            cells = (row.number, row.customer_name, money(row.total, self.currency),
                     short_day(row.promised_date))
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column == 2:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight
                                          | Qt.AlignmentFlag.AlignVCenter)
                self.worklist.setItem(r, column, item)
        self.worklist.setColumnHidden(3, states == (OrderState.DRAFT,))  # drafts: no date yet
        self.worklist.resizeRowsToContents()
        self.worklist.blockSignals(False)

    def refresh(self) -> None:
        self._reload_list()
        if self.stack.currentWidget() is self.review:
            self.review.reload()

    def _reload_list(self) -> None:
        current = self.review.order.id if self.review.order else None
        self._load_rows()
        self._select(current)

    def _select(self, order_id: uuid.UUID | None) -> bool:
        for r, row in enumerate(self.rows):
            if row.id == order_id:
                self.worklist.blockSignals(True)
                self.worklist.selectRow(r)
                self.worklist.blockSignals(False)
                return True
        return False

    def focus_first(self) -> None:
        self.worklist.setFocus()
        if self.rows and self.review.order is None:
            self.worklist.selectRow(0)  # opens it: the review is ready at once

    def _open_current(self, focus_lines: bool = False) -> None:
        """Moving through the worklist shows each order; Enter also goes to its lines."""
        r = self.worklist.currentRow()
        if 0 <= r < len(self.rows) and self.stack.currentWidget() is self.review:
            self.open_order(self.rows[r].id, focus_lines=focus_lines)

    def open_order(self, order_id: uuid.UUID, *, focus_lines: bool = True) -> None:
        self.stack.setCurrentWidget(self.review)
        self.review.show_order(order_id)
        self._select(order_id)
        if focus_lines:
            self.review.table.setFocus()

    def open_record(self, kind: str, record_id: object) -> bool:
        if kind != "order" or not isinstance(record_id, uuid.UUID):
            return False
        self.open_order(record_id)
        return True

    def _amend(self, order: order_queries.OrderDetail) -> None:
        self.amend_panel.load(order)
        self.left.hide()  # the whole order form needs the width; Esc brings the list back
        self.stack.setCurrentWidget(self.amend_panel)
        self.amend_panel.form.lines.product_field.setFocus()

    def _amended(self, order_id: uuid.UUID) -> None:
        self.left.show()
        self.open_order(order_id)
        self._reload_list()

    def _back(self) -> None:
        search = self.amend_panel.form.lines.product_field
        if search.matches.isVisible():  # Escape first closes the list of matches
            search.close_matches()
            return
        if self.stack.currentWidget() is self.amend_panel:
            self.left.show()
            self.stack.setCurrentWidget(self.review)
            self.review.table.setFocus()
