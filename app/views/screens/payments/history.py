"""The customer's payments: what each paid, what is left of it as credit (which can be applied
to an open invoice later), and the confirmation to print or mail."""

from __future__ import annotations

import uuid

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from app.services import documents, finance_mail, payments, receivables
from app.views.context import AppContext
from app.views.screens import finance_common as fc
from app.views.screens.mail_preview import MailPreviewPanel
from app.views.screens.payments.record import method_label
from app.views.support import formatting as fmt
from app.views.support.field_errors import FieldErrors, error_label
from app.views.support.runner import FAILED, run


class PaymentHistory(QWidget):
    """Emits `changed` after credit was applied, so the open invoices reload."""

    changed = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.customer_id: uuid.UUID | None = None
        self.table = fc.table("paymentsTable", [
            self.tr("Payment"), self.tr("Received"), self.tr("Method"), self.tr("Amount"),
            self.tr("Credit left")], right=(3, 4), stretch=2)
        self.allocations = QLabel()
        self.allocations.setObjectName("paymentAllocations")
        self.allocations.setWordWrap(True)
        self.print = fc.button(self.tr("Confirmation P&DF"), "printConfirmationButton")
        self.email = fc.button(self.tr("&E-mail confirmation…"), "mailConfirmationButton")
        self.mail = MailPreviewPanel("confirmationMail")
        self.errors = FieldErrors()
        self.target = QComboBox()
        self.target.setObjectName("creditTarget")
        self.credit_amount = QLineEdit()
        self.credit_amount.setObjectName("creditAmount")
        self.credit_amount.setMaximumWidth(110)
        self.apply = fc.button(self.tr("&Apply credit"), "applyCreditButton")
        error = error_label("applyCreditError")
        self.errors.add("amount", self.credit_amount, error)
        self.errors.add("allocations", self.target, error)
        self.credit_row = QWidget()
        credit = QHBoxLayout(self.credit_row)
        credit.setContentsMargins(0, 0, 0, 0)
        credit.addWidget(QLabel(self.tr("Apply credit to")))
        credit.addWidget(self.target, 1)
        credit.addWidget(self.credit_amount)
        credit.addWidget(self.apply)
        actions = QHBoxLayout()
        actions.addWidget(self.print)
        actions.addWidget(self.email)
        actions.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(fc.subheading(self.tr("Payments received")))
        layout.addWidget(self.table, 1)
        layout.addWidget(self.allocations)
        layout.addLayout(actions)
        layout.addWidget(self.mail)
        layout.addWidget(self.credit_row)
        layout.addWidget(error)
        may_record = ctx.may("payment.record")
        self.email.setVisible(may_record)
        self.credit_row.setVisible(may_record)
        self.table.itemSelectionChanged.connect(self._chosen)
        self.print.clicked.connect(self._print)
        self.email.clicked.connect(self._preview)
        self.apply.clicked.connect(self._apply)
        self.credit_amount.returnPressed.connect(self._apply)

    def show_customer(self, customer_id: uuid.UUID | None, choose: object = None) -> None:
        self.customer_id = customer_id
        self.mail.hide()
        rows = [] if customer_id is None else run(
            self, payments.list_payments, self.ctx.uow(write=False), customer_id=customer_id)
        rows = [] if rows is FAILED else rows
        fc.fill(self.table, [(p.id, (
            p.number, fmt.short_day(p.received_on), method_label(p.method), fmt.amount(p.amount),
            fmt.amount(p.unallocated) if p.unallocated else "")) for p in rows])
        fc.colour_column(self.table, 4, fc.GOOD)
        self.target.clear()
        open_rows = [] if customer_id is None else run(
            self, receivables.open_invoices, self.ctx.uow(write=False), customer_id)
        for invoice in [] if open_rows is FAILED else open_rows:
            self.target.addItem(f"{invoice.number} · {fmt.money(invoice.open_amount)}",
                                str(invoice.id))
        if choose is not None:
            fc.select_id(self.table, choose)
        elif rows and fc.selected_id(self.table) is None:
            self.table.selectRow(0)
        self._chosen()

    def _chosen(self) -> None:
        payment_id = fc.selected_id(self.table)
        self.print.setEnabled(payment_id is not None)
        self.email.setEnabled(payment_id is not None)
        if payment_id is None:
            self.allocations.clear()
            self.apply.setEnabled(False)
            return
        detail = run(self, payments.get_payment, self.ctx.uow(write=False), payment_id)
        if detail is FAILED:
            return
        parts = [f"{a.invoice_number} {fmt.money(a.amount)}" for a in detail.allocations]
        text = self.tr("Paid: {0}").replace("{0}", ", ".join(parts) if parts else "—")
        left = detail.row.unallocated
        if left:
            text += "   ·   " + self.tr("credit left {0}").replace("{0}", fmt.money(left))
        self.allocations.setText(text)
        self.apply.setEnabled(left > 0 and self.target.count() > 0)
        self.credit_amount.setText(fmt.amount(left) if left else "")

    def _print(self) -> None:
        payment_id = fc.selected_id(self.table)
        if payment_id is None:
            return
        data = run(self, documents.payment_confirmation_pdf, self.ctx.uow(write=False),
                   payment_id)
        if data is not FAILED:
            fc.show_pdf(data, self.table.item(self.table.currentRow(), 0).text())

    def _preview(self) -> None:
        payment_id = fc.selected_id(self.table)
        if payment_id is None:
            return
        preview = run(self, finance_mail.payment_mail, self.ctx.uow(write=False), payment_id)
        if preview is not FAILED:
            self.mail.preview(preview, lambda: run(
                self, finance_mail.queue_payment_confirmation, self.ctx.uow(), self.ctx.actor,
                payment_id) is not FAILED)

    def _apply(self) -> None:
        payment_id, target = fc.selected_id(self.table), self.target.currentData()
        if payment_id is None or not target:
            return
        self.errors.clear()
        try:
            amount = fmt.parse_number(self.credit_amount.text())
        except ValueError:
            self.errors.show("amount", self.tr("Enter a number, like 1250.50."))
            return
        if run(self, payments.allocate_credit, self.ctx.uow(), self.ctx.actor, payment_id,
               uuid.UUID(target), amount, fields=self.errors) is not FAILED:
            self.changed.emit()
