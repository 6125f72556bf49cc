"""Customers: search as you type on the left, the chosen customer's profile on the right;
Ctrl+N opens the new-customer form in place of the profile."""

from __future__ import annotations

import uuid
from functools import partial

from PySide6.QtCore import QModelIndex, Qt, QTimer
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.services import customer_queries
from app.services.customer_queries import CustomerListRow
from app.views.context import AppContext
from app.views.itemmodels.windowed import WindowedTableModel
from app.views.screens.base import Screen
from app.views.screens.customers.form import CustomerForm
from app.views.screens.customers.profile import CustomerProfileView
from app.views.support import formatting as fmt
from app.views.support.form_tables import shortcut
from app.views.support.i18n import translate
from app.views.support.list_view import record_list
from app.views.support.runner import FAILED, run

SEARCH_DELAY_MS = 200


def _cells(row: CustomerListRow) -> tuple[str, ...]:
    if row.credit_hold:
        status = translate("CustomersScreen", "On hold")
    elif not row.verified:
        status = translate("CustomersScreen", "Not verified")
    else:
        status = ""
    return (row.name, row.code, row.phone, row.tier.value, status)


class CustomersScreen(Screen):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.search = QLineEdit()
        self.search.setObjectName("customerSearch")
        self.search.setPlaceholderText(self.tr("Search name, code or phone"))
        self.search.setClearButtonEnabled(True)
        self.found = QLabel()
        self.found.setObjectName("customersFound")
        self.new_button = QPushButton(self.tr("&New customer"))
        self.new_button.setObjectName("newCustomer")
        self.new_button.setToolTip(self.tr("New customer (Ctrl+N)"))
        self.new_button.setVisible(ctx.may("customer.edit"))
        self.new_button.clicked.connect(self.new_customer)
        if ctx.may("customer.edit"):
            shortcut(self, QKeySequence.StandardKey.New, self.new_customer)
            shortcut(self, "Ctrl+E", self.edit_customer)
        shortcut(self, QKeySequence.StandardKey.Find, self.focus_first)
        self.model: WindowedTableModel[CustomerListRow] = WindowedTableModel(
            [self.tr("Name"), self.tr("Code"), self.tr("Phone"), self.tr("Tier"),
             self.tr("Status")],
            count=lambda: 0, fetch=lambda _o, _l: [], cells=_cells, parent=self)
        self.table = record_list("customersTable", self.model)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column, width in ((1, 70), (2, 130), (3, 40), (4, 80)):
            self.table.setColumnWidth(column, width)
        self.profile = CustomerProfileView(ctx)
        self.profile.edit_requested.connect(self.edit_customer)
        self.form = CustomerForm(ctx)
        self.form.saved.connect(self._saved)
        self.form.cancelled.connect(self._cancelled)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.profile)
        self.stack.addWidget(self.form)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.refresh)
        self.search.textEdited.connect(lambda _t: self._timer.start())
        self.search.returnPressed.connect(self._search_and_go)
        self.table.selectionModel().currentRowChanged.connect(self._row_changed)

        left = QWidget()
        left_box = QVBoxLayout(left)
        left_box.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()  # the main window shows the step's title above
        top.addWidget(self.search, 1)
        top.addWidget(self.new_button)
        left_box.addLayout(top)
        left_box.addWidget(self.table, 1)
        left_box.addWidget(self.found)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(self.stack)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([500, 700])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)

    def refresh(self) -> None:
        self._timer.stop()
        text = self.search.text()
        count = run(self, customer_queries.count_customers, self.ctx.uow(write=False),
                    self.ctx.actor, text)
        if count is FAILED:
            return
        self.model.reload(count=lambda: count, fetch=partial(self._fetch, text))
        self.found.setText(self.tr("{0} customers").replace("{0}", fmt.number(count)))
        if self.stack.currentWidget() is self.form:
            return
        if count:
            self.table.selectRow(0)
        else:
            self.profile.show_profile(None)

    def _fetch(self, text: str, offset: int, limit: int) -> list[CustomerListRow]:
        rows = run(self, customer_queries.customer_window, self.ctx.uow(write=False),
                   self.ctx.actor, text, offset, limit)
        return [] if rows is FAILED else rows

    def _search_and_go(self) -> None:
        """Enter in the search box: search now and move into the list."""
        self.refresh()
        if self.model.rowCount():
            self.table.setFocus()

    def _row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        row = self.model.row_at(current.row()) if current.isValid() else None
        if row is None:
            self.profile.show_profile(None)
            return
        self.stack.setCurrentWidget(self.profile)
        self.profile.open_customer(row.id)

    def open_record(self, kind: str, record_id: object) -> bool:
        if kind != "customer" or not isinstance(record_id, uuid.UUID):
            return False
        self.stack.setCurrentWidget(self.profile)
        return self.profile.open_customer(record_id)

    def new_customer(self) -> None:
        self.form.start_new()
        self.stack.setCurrentWidget(self.form)
        self.form.code.setFocus()

    def edit_customer(self) -> None:
        if self.profile.profile is None or not self.ctx.may("customer.edit"):
            return
        self.form.start_edit(self.profile.profile)
        self.stack.setCurrentWidget(self.form)

    def _saved(self, customer_id: object) -> None:
        self.stack.setCurrentWidget(self.profile)
        self.refresh()
        if isinstance(customer_id, uuid.UUID):
            self.profile.open_customer(customer_id)

    def _cancelled(self) -> None:
        self.stack.setCurrentWidget(self.profile)
        self.table.setFocus()

    def focus_first(self) -> None:
        self.search.setFocus()
        self.search.selectAll()
