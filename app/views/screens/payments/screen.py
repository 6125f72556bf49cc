"""Payments: a customer search on top, the customer's balance, the form on the left and the
payments already received on the right."""

from __future__ import annotations

import uuid

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QSplitter, QVBoxLayout, QWidget

from app.services import customers, receivables
from app.views.context import AppContext
from app.views.screens import finance_common as fc
from app.views.screens.base import Screen
from app.views.screens.payments.history import PaymentHistory
from app.views.screens.payments.record import RecordPaymentForm
from app.views.support import formatting as fmt
from app.views.support.runner import FAILED, run


class PaymentsScreen(Screen):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.customer_id: uuid.UUID | None = None
        self.search = QLineEdit()
        self.search.setObjectName("customerSearch")
        self.search.setPlaceholderText(self.tr("Customer name, code or phone, then Enter"))
        self.search.setClearButtonEnabled(True)
        self.found = fc.table("customerResults", [
            self.tr("Code"), self.tr("Customer"), self.tr("Phone")], stretch=1)
        self.found.setMaximumHeight(130)
        self.balance = QLabel()
        self.balance.setObjectName("customerBalance")
        self.balance.setStyleSheet("font-size: 15px;")
        self.form = RecordPaymentForm(ctx)
        self.history = PaymentHistory(ctx)
        self.form.recorded.connect(self._recorded)
        self.history.changed.connect(self._reload)

        top = QHBoxLayout()
        top.addWidget(self.search, 2)
        top.addWidget(self.balance, 3)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.form)
        splitter.addWidget(self.history)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addLayout(top)
        layout.addWidget(self.found)
        layout.addWidget(splitter, 1)
        self.search.returnPressed.connect(self._search)
        self.found.itemSelectionChanged.connect(self._customer_chosen)
        self.found.activated.connect(lambda _i: self.form.amount.setFocus())
        self._show_customer(None)

    def focus_first(self) -> None:
        self.search.setFocus()

    def refresh(self) -> None:
        self._reload()

    def _search(self) -> None:
        rows = run(self, customers.find_customers, self.ctx.uow(write=False), self.search.text())
        if rows is FAILED:
            return
        fc.fill(self.found, [(c.id, (c.code, c.name, c.phone)) for c in rows])
        if len(rows) >= 1:
            self.found.selectRow(0)
            self.found.setFocus()

    def _customer_chosen(self) -> None:
        chosen = fc.selected_id(self.found)
        if isinstance(chosen, uuid.UUID) and chosen != self.customer_id:
            self._show_customer(chosen)

    def open_record(self, kind: str, record_id: object) -> bool:
        if kind != "customer" or not isinstance(record_id, uuid.UUID):
            return False
        self._show_customer(record_id)
        return True

    def _show_customer(self, customer_id: uuid.UUID | None) -> None:
        self.customer_id = customer_id
        self.form.setEnabled(customer_id is not None)
        self.form.show_customer(customer_id)
        self.history.show_customer(customer_id)
        self._show_balance()

    def _show_balance(self) -> None:
        if self.customer_id is None:
            self.balance.setText(self.tr("Find the customer who paid."))
            return
        balance = run(self, receivables.customer_balance, self.ctx.uow(write=False),
                      self.customer_id)
        if balance is FAILED:
            return
        owed = balance.balance
        colour = fc.BAD if owed > 0 else fc.GOOD
        text = (f"<b style='color:{colour}'>"
                + self.tr("Owes {0}").replace("{0}", fmt.money(max(owed, owed * 0)))
                + "</b>")
        if balance.unallocated:
            text += "   ·   " + self.tr("Credit {0}").replace(
                "{0}", fmt.money(balance.unallocated))
        self.balance.setText(text)

    def _reload(self) -> None:
        self.form.show_customer(self.customer_id)
        self.history.show_customer(self.customer_id, fc.selected_id(self.history.table))
        self._show_balance()

    def _recorded(self, payment_id: object) -> None:
        self.form.show_customer(self.customer_id)
        self.history.show_customer(self.customer_id, payment_id)
        self._show_balance()
