"""The new/edit customer form: every problem is shown under the field it belongs to."""

from __future__ import annotations

import uuid
from decimal import Decimal

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.services import customer_edits, customers
from app.services.customer_edits import CustomerChanges
from app.services.customer_queries import CustomerProfile
from app.services.customers import CustomerInput, CustomerTier, PaymentCondition, PaymentMethod
from app.views.context import AppContext
from app.views.support import formatting as fmt
from app.views.support.customer_words import word
from app.views.support.field_errors import FieldErrors, error_label
from app.views.support.form_tables import shortcut, with_error
from app.views.support.runner import FAILED, run


class CustomerForm(QWidget):
    saved = Signal(object)  # the customer's id
    cancelled = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("customerForm")
        self.customer_id: uuid.UUID | None = None
        self.version = 0
        self.heading = QLabel()
        self.heading.setObjectName("customerFormHeading")
        self.heading.setStyleSheet("font-size: 17px; font-weight: 600;")
        self.errors = FieldErrors()
        self.code = self._line("customerCode", 20)
        self.name = self._line("customerName", 200)
        self.phone = self._line("customerPhone", 40)
        self.email = self._line("customerEmail", 200)
        self.contact_name = self._line("customerContact", 120)
        self.address = self._line("customerAddress", 400)
        self.tax_id = self._line("customerTaxId", 40)
        self.tier = QComboBox()
        self.tier.setObjectName("customerTier")
        for tier in CustomerTier:
            self.tier.addItem(word("CustomerTier", tier.value), tier)
        self.condition = QComboBox()
        self.condition.setObjectName("customerCondition")
        for condition in PaymentCondition:
            self.condition.addItem(word("PaymentCondition", condition.value), condition)
        self.method = QComboBox()
        self.method.setObjectName("customerMethod")
        for method in PaymentMethod:
            self.method.addItem(word("PaymentMethod", method.value), method)
        self.credit_days = QSpinBox()
        self.credit_days.setObjectName("customerCreditDays")
        self.credit_days.setRange(0, 365)
        self.credit_days.setSuffix(self.tr(" days"))
        self.credit_limit = self._line("customerCreditLimit", 20)
        self.preferences = QPlainTextEdit()
        self.preferences.setObjectName("customerPreferences")
        self.preferences.setPlaceholderText(self.tr(
            "Delivery windows, packaging, documents the customer needs..."))
        self.preferences.setTabChangesFocus(True)
        self.preferences.setFixedHeight(70)
        # Terms and the limit are credit decisions: the service refuses them without
        # customer.credit, so the form does not offer them either.
        may_credit = ctx.may("customer.credit")
        for widget in (self.condition, self.credit_days, self.credit_limit):
            widget.setEnabled(may_credit)
        self.credit_note = QLabel(self.tr("Payment terms and the credit limit are set by "
                                          "finance."))
        self.credit_note.setObjectName("creditNote")
        self.credit_note.setStyleSheet("color: palette(mid);")
        self.credit_note.setVisible(not may_credit)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self._form = form
        self._contact_rows: list[QWidget] = []
        for label, field, widget in (
            (self.tr("Code"), "code", self.code), (self.tr("Name"), "name", self.name),
            (self.tr("Phone"), "phone", self.phone), (self.tr("Email"), "email", self.email),
            (self.tr("Contact person"), "contact_name", self.contact_name),
            (self.tr("Delivery address"), "address", self.address),
            (self.tr("Tax id"), "tax_id", self.tax_id), (self.tr("Tier"), "tier", self.tier),
            (self.tr("Payment"), "payment_condition", self.condition),
            (self.tr("Paid by"), "payment_method", self.method),
            (self.tr("Credit days"), "credit_days", self.credit_days),
            (self.tr("Credit limit"), "credit_limit", self.credit_limit),
            (self.tr("Preferences"), "preferences", self.preferences),
        ):
            error = error_label(f"{field}Error")
            self.errors.add(field, widget, error)
            row = with_error(widget, error)
            form.addRow(label, row)
            if field in ("contact_name", "address"):
                self._contact_rows.append(row)
        self.save_button = QPushButton(self.tr("&Save"))
        self.save_button.setObjectName("saveCustomer")
        self.save_button.setDefault(True)
        self.save_button.setToolTip(self.tr("Save (Ctrl+S)"))
        self.save_button.clicked.connect(self.save)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setObjectName("cancelCustomer")
        self.cancel_button.setToolTip(self.tr("Cancel (Esc)"))
        self.cancel_button.clicked.connect(self.cancelled.emit)
        shortcut(self, QKeySequence.StandardKey.Save, self.save)
        shortcut(self, QKeySequence(Qt.Key.Key_Escape), self.cancelled.emit)
        buttons = QHBoxLayout()
        buttons.addWidget(self.credit_note, 1)
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(form)
        layout.addStretch(1)
        layout.addLayout(buttons)

    def _line(self, name: str, length: int) -> QLineEdit:
        line = QLineEdit()
        line.setObjectName(name)
        line.setMaxLength(length)
        line.returnPressed.connect(self.save)
        return line

    def start_new(self) -> None:
        self.customer_id, self.version = None, 0
        self.heading.setText(self.tr("New customer"))
        self.errors.clear()
        for line in (self.code, self.name, self.phone, self.email, self.contact_name,
                     self.address, self.tax_id):
            line.clear()
        self.code.setReadOnly(False)
        for row in self._contact_rows:
            self._form.setRowVisible(row, True)
        self.tier.setCurrentIndex(self.tier.findData(CustomerTier.B))
        self.condition.setCurrentIndex(self.condition.findData(PaymentCondition.PREPAYMENT))
        self.method.setCurrentIndex(0)
        self.credit_days.setValue(0)
        self.credit_limit.setText(fmt.amount(Decimal(0)))
        self.preferences.clear()
        self.code.setFocus()

    def start_edit(self, profile: CustomerProfile) -> None:
        self.customer_id, self.version = profile.id, profile.version
        self.heading.setText(self.tr("Edit {0}").replace("{0}", profile.name))
        self.errors.clear()
        self.code.setText(profile.code)
        self.code.setReadOnly(True)  # printed on documents: it stays
        for row in self._contact_rows:  # contacts and addresses have their own tab
            self._form.setRowVisible(row, False)
        self.name.setText(profile.name)
        self.phone.setText(profile.phone)
        self.email.setText(profile.email)
        self.tax_id.setText(profile.tax_id)
        self.tier.setCurrentIndex(self.tier.findData(profile.tier))
        self.condition.setCurrentIndex(self.condition.findData(profile.payment_condition))
        self.method.setCurrentIndex(self.method.findData(profile.payment_method))
        self.credit_days.setValue(profile.credit_days)
        self.credit_limit.setText(fmt.amount(profile.credit.credit_limit)
                                  if profile.credit else "")
        self.preferences.setPlainText(profile.preferences)
        self.name.setFocus()

    def _limit(self) -> Decimal | None:
        try:
            return fmt.parse_number(self.credit_limit.text())
        except ValueError:
            self.errors.clear()
            self.errors.show("credit_limit", self.tr("Enter the credit limit as a number."))
            return None

    def save(self) -> None:
        limit = self._limit() if self.credit_limit.isEnabled() else Decimal(0)
        if limit is None:
            return
        # Qt hands enum members back as plain strings: turn them into enums again.
        tier = CustomerTier(self.tier.currentData())
        condition = PaymentCondition(self.condition.currentData())
        method = PaymentMethod(self.method.currentData())
        if self.customer_id is None:
            data = CustomerInput(
                code=self.code.text(), name=self.name.text(), phone=self.phone.text(),
                email=self.email.text(), address=self.address.text(),
                contact_name=self.contact_name.text(), tier=tier, credit_limit=limit,
                payment_condition=condition, payment_method=method,
                credit_days=self.credit_days.value(), tax_id=self.tax_id.text(),
                preferences=self.preferences.toPlainText())
            result = run(self, customers.create_customer, self.ctx.uow(), self.ctx.actor, data,
                         fields=self.errors)
            if result is FAILED:
                return
            self.saved.emit(result)
            return
        changes = CustomerChanges(
            name=self.name.text(), phone=self.phone.text(), email=self.email.text(),
            tier=tier, payment_condition=condition, payment_method=method,
            credit_days=self.credit_days.value(), tax_id=self.tax_id.text(),
            preferences=self.preferences.toPlainText(),
            credit_limit=limit if self.credit_limit.isEnabled() else None)
        result = run(self, customer_edits.update_customer, self.ctx.uow(), self.ctx.actor,
                     self.customer_id, changes, self.version, fields=self.errors)
        if result is not FAILED:
            self.saved.emit(self.customer_id)
