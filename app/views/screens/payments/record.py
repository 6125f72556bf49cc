"""The form that records money received: amount, method, day, reference, and how much of it
goes to each open invoice of the customer. What is not allocated stays as customer credit."""

from __future__ import annotations

import uuid
from datetime import date
from decimal import Decimal

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from app.services import payments, receivables
from app.services.payments import PaymentMethod
from app.services.receivables import OpenInvoice
from app.views.context import AppContext
from app.views.screens import finance_common as fc
from app.views.support import formatting as fmt
from app.views.support.field_errors import FieldErrors, error_label
from app.views.support.i18n import translate
from app.views.support.runner import FAILED, run

ZERO = Decimal(0)
ALLOCATE_COLUMN = 5


def method_label(method: PaymentMethod) -> str:
    return {
        PaymentMethod.BANK_TRANSFER: translate("Payments", "Bank transfer"),
        PaymentMethod.CARD: translate("Payments", "Card"),
        PaymentMethod.CHEQUE: translate("Payments", "Cheque"),
        PaymentMethod.CASH: translate("Payments", "Cash"),
    }[method]


class RecordPaymentForm(QWidget):
    """Emits `recorded(payment id)` after a payment was recorded."""

    recorded = Signal(object)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.customer_id: uuid.UUID | None = None
        self.open: list[OpenInvoice] = []
        self.fields: dict[uuid.UUID, QLineEdit] = {}
        self.errors = FieldErrors()
        self.amount = QLineEdit()
        self.amount.setObjectName("paymentAmount")
        self.amount.setPlaceholderText("0.00")
        self.method = QComboBox()
        self.method.setObjectName("paymentMethod")
        self.method.setMaximumWidth(200)
        for method in PaymentMethod:
            self.method.addItem(method_label(method), method.value)
        self.received = QDateEdit(QDate.currentDate())
        self.received.setObjectName("receivedOn")
        self.received.setCalendarPopup(True)
        self.received.setMaximumDate(QDate.currentDate())
        self.reference = QLineEdit()
        self.reference.setObjectName("paymentReference")
        self.reference.setPlaceholderText(self.tr("Bank reference, cheque or card slip number"))
        self.invoices = fc.table("openInvoices", [
            self.tr("Invoice"), self.tr("Issued"), self.tr("Due"), self.tr("Total"),
            self.tr("Open"), self.tr("Pay now")], right=(3, 4, 5), stretch=ALLOCATE_COLUMN)
        self.invoices.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.spread = fc.button(self.tr("Oldest &first"), "spreadButton")
        self.spread.setToolTip(self.tr("Spread the amount over the open invoices, the oldest "
                                       "due first"))
        self.record = fc.strong(fc.button(self.tr("&Record payment"), "recordPaymentButton",
                                          "Ctrl+Return", self))
        self.record.setEnabled(ctx.may("payment.record"))
        self.left = QLabel()
        self.left.setObjectName("paymentLeft")
        labels = {name: error_label(f"{name}Error") for name in
                  ("amount", "received_on", "reference", "allocations")}
        self.errors.add("amount", self.amount, labels["amount"])
        self.errors.add("received_on", self.received, labels["received_on"])
        self.errors.add("reference", self.reference, labels["reference"])
        self.errors.add("allocations", self.invoices, labels["allocations"])
        grid = QGridLayout()
        grid.addWidget(QLabel(self.tr("Amount received")), 0, 0)
        grid.addWidget(self.amount, 0, 1)
        grid.addWidget(QLabel(self.tr("Method")), 0, 2)
        grid.addWidget(self.method, 0, 3)
        grid.addWidget(labels["amount"], 1, 0, 1, 4)
        grid.addWidget(QLabel(self.tr("Received on")), 2, 0)
        grid.addWidget(self.received, 2, 1)
        grid.addWidget(QLabel(self.tr("Reference")), 2, 2)
        grid.addWidget(self.reference, 2, 3)
        grid.addWidget(labels["received_on"], 3, 0, 1, 2)
        grid.addWidget(labels["reference"], 3, 2, 1, 2)
        grid.setColumnStretch(3, 1)
        actions = QHBoxLayout()
        actions.addWidget(self.left, 1)
        actions.addWidget(self.spread)
        actions.addWidget(self.record)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(fc.subheading(self.tr("Record a payment")))
        layout.addLayout(grid)
        layout.addWidget(self.invoices, 1)
        layout.addWidget(labels["allocations"])
        layout.addLayout(actions)
        self.amount.textChanged.connect(lambda _t: self._update_left())
        self.amount.returnPressed.connect(self._spread_if_empty)
        self.spread.clicked.connect(self._spread)
        self.record.clicked.connect(self._record)

    def show_customer(self, customer_id: uuid.UUID | None) -> None:
        self.customer_id = customer_id
        self.errors.clear()
        rows = [] if customer_id is None else run(
            self, receivables.open_invoices, self.ctx.uow(write=False), customer_id,
            payable_here=True)
        self.open = [] if rows is FAILED else rows
        fc.fill(self.invoices, [(x.id, (
            x.number, fmt.short_day(x.issue_date), fmt.short_day(x.due_date),
            fmt.amount(x.total), fmt.amount(x.open_amount), "")) for x in self.open])
        self.fields = {}
        for row, invoice in enumerate(self.open):
            field = QLineEdit()
            field.setObjectName(f"pay_{invoice.number}")
            field.setPlaceholderText("0.00")
            field.setAlignment(fc.RIGHT)
            field.textChanged.connect(lambda _t: self._update_left())
            field.returnPressed.connect(self._record)
            self.invoices.setCellWidget(row, ALLOCATE_COLUMN, field)
            self.fields[invoice.id] = field
        for widget in (self.amount, self.reference):
            widget.clear()
        self._update_left()

    def _number(self, text: str) -> Decimal:
        return fmt.parse_number(text) if text.strip() else ZERO

    def _parts(self) -> list[tuple[uuid.UUID, Decimal]]:
        """The amounts typed per invoice; raises ValueError naming the invoice that is wrong."""
        parts = []
        for invoice in self.open:
            try:
                part = self._number(self.fields[invoice.id].text())
            except ValueError:
                raise ValueError(invoice.number) from None
            if part:
                parts.append((invoice.id, part))
        return parts

    def _update_left(self) -> None:
        try:
            amount = self._number(self.amount.text())
            allocated = sum((part for _, part in self._parts()), ZERO)
        except ValueError:
            self.left.setText(self.tr("Enter numbers, like 1250.50."))
            return
        left = amount - allocated
        text = self.tr("Allocated {0} of {1}").replace("{0}", fmt.money(allocated)).replace(
            "{1}", fmt.money(amount))
        if left > 0:
            text += " · " + self.tr("{0} stays with the customer as credit").replace(
                "{0}", fmt.money(left))
        elif left < 0:
            text = (f"<span style='color:{fc.BAD}'>" + self.tr(
                "Allocated {0} more than was received").replace("{0}", fmt.money(-left))
                + "</span>")
        self.left.setText(text)

    def _spread_if_empty(self) -> None:
        if not any(field.text().strip() for field in self.fields.values()):
            self._spread()

    def _spread(self) -> None:
        """Fills "Pay now" from the amount, the oldest due invoice first."""
        try:
            rest = self._number(self.amount.text())
        except ValueError:
            self.errors.show("amount", self.tr("Enter a number, like 1250.50."))
            return
        for invoice in sorted(self.open, key=lambda x: (x.due_date, x.number)):
            part = min(rest, invoice.open_amount)
            self.fields[invoice.id].setText(fmt.amount(part) if part > 0 else "")
            rest -= max(part, ZERO)
        self.record.setFocus()

    def _record(self) -> None:
        if self.customer_id is None:
            return
        self.errors.clear()
        try:
            amount = fmt.parse_number(self.amount.text())
        except ValueError:
            self.errors.show("amount", self.tr("Enter the amount received, like 1250.50."))
            return
        try:
            parts = self._parts()
        except ValueError as wrong:
            self.errors.show("allocations", self.tr("Enter a number for invoice {0}.")
                             .replace("{0}", str(wrong)))
            return
        day = self.received.date()
        payment_id = run(
            self, payments.record_payment, self.ctx.uow(), self.ctx.actor, self.customer_id,
            amount, PaymentMethod(self.method.currentData()),
            date(day.year(), day.month(), day.day()), self.reference.text(), parts,
            fields=self.errors)
        if payment_id is FAILED:
            return
        self.recorded.emit(payment_id)
