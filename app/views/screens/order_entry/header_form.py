"""The order header: who orders (search-as-you-type, or a new customer inline), how it is
delivered and paid. Terms and contact come prefilled from the customer."""

from __future__ import annotations

import uuid
from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.services import customers
from app.services.customers import CustomerDetail, CustomerRow
from app.services.order_queries import Channel
from app.services.orders import PaymentCondition, PaymentMethod
from app.views.context import AppContext
from app.views.screens.order_entry.new_customer import NewCustomerPanel
from app.views.screens.order_entry.search_box import SearchBox
from app.views.support.field_errors import FieldErrors, error_label
from app.views.support.runner import FAILED, run

CTX = "OrderHeader"
NO_DATE = QDate(2000, 1, 1)  # the QDateEdit's "no date" (shown blank)
CHANNELS = {Channel.PHONE: QT_TRANSLATE_NOOP("OrderHeader", "Phone"),
            Channel.EMAIL: QT_TRANSLATE_NOOP("OrderHeader", "Email"),
            Channel.WEBSITE: QT_TRANSLATE_NOOP("OrderHeader", "Website"),
            Channel.MOBILE_APP: QT_TRANSLATE_NOOP("OrderHeader", "Mobile app"),
            Channel.WALK_IN: QT_TRANSLATE_NOOP("OrderHeader", "Walk-in")}
CONDITIONS = {PaymentCondition.PREPAYMENT: QT_TRANSLATE_NOOP("OrderHeader", "Prepayment"),
              PaymentCondition.CASH_ON_DELIVERY:
                  QT_TRANSLATE_NOOP("OrderHeader", "Cash on delivery"),
              PaymentCondition.CREDIT: QT_TRANSLATE_NOOP("OrderHeader", "Credit")}
METHODS = {PaymentMethod.BANK_TRANSFER: QT_TRANSLATE_NOOP("OrderHeader", "Bank transfer"),
           PaymentMethod.CARD: QT_TRANSLATE_NOOP("OrderHeader", "Card"),
           PaymentMethod.CHEQUE: QT_TRANSLATE_NOOP("OrderHeader", "Cheque"),
           PaymentMethod.CASH: QT_TRANSLATE_NOOP("OrderHeader", "Cash")}
# Stored as typed (the service keeps free text); the usual ones offered first.
SHIPPING = ("courier", "pickup", "own truck", "freight forwarder", "post")


def _t(text: str) -> str:
    return QCoreApplication.translate(CTX, text)


def _combo(name: str, labels: dict) -> QComboBox:  # type: ignore[type-arg]
    combo = QComboBox()
    combo.setObjectName(name)
    for value, label in labels.items():
        combo.addItem(_t(label), str(value))  # the enum's value: Qt keeps plain strings
    return combo


def select_data(combo: QComboBox, value: object) -> None:
    combo.setCurrentIndex(max(0, combo.findData(str(value))))


def _with_error(widget: QWidget, error: QLabel) -> QVBoxLayout:
    box = QVBoxLayout()
    box.setSpacing(1)
    box.addWidget(widget)
    box.addWidget(error)
    return box


class HeaderForm(QWidget):
    customer_changed = Signal()

    def __init__(self, ctx: AppContext, errors: FieldErrors, parent: QWidget | None = None
                 ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.customer: CustomerDetail | None = None
        self.customer_field = SearchBox(self._find_customers, preselect=True)
        self.customer_field.setObjectName("customerField")
        self.customer_field.setPlaceholderText(self.tr("Customer: name, code or phone…"))
        self.customer_field.picked.connect(lambda row: self.set_customer(row.id))
        self.customer_field.entered.connect(self._customer_entered)
        self.customer_field.textEdited.connect(self._customer_typed)
        self.customer_info = QLabel()
        self.customer_info.setObjectName("customerInfo")
        self.customer_info.setStyleSheet("color: palette(placeholder-text);")
        self.new_customer_button = QPushButton(self.tr("&New customer…"))
        self.new_customer_button.setObjectName("newCustomerButton")
        self.new_customer_button.clicked.connect(
            lambda: self.new_customer.open_panel(self.customer_field.text().strip()))
        self.new_customer = NewCustomerPanel(ctx)
        self.new_customer.created.connect(self.set_customer)
        self.channel = _combo("channelField", CHANNELS)
        self.address = QComboBox()
        self.address.setObjectName("addressField")
        self.address.setEditable(True)
        self.requested = QDateEdit()
        self.requested.setObjectName("requestedDateField")
        self.requested.setCalendarPopup(True)
        self.requested.setMinimumDate(NO_DATE)
        self.requested.setSpecialValueText(" ")
        self.requested.setDisplayFormat("yyyy-MM-dd")
        self.requested.setDate(NO_DATE)
        self.shipping = QComboBox()
        self.shipping.setObjectName("shippingField")
        self.shipping.setEditable(True)
        self.shipping.addItems(SHIPPING)
        self.instructions = QPlainTextEdit()
        self.instructions.setObjectName("instructionsField")
        self.instructions.setTabChangesFocus(True)
        self.instructions.setPlaceholderText(
            self.tr("Packaging, time window, labelling…"))
        self.instructions.setFixedHeight(48)
        self.contact_name = QLineEdit()
        self.contact_name.setObjectName("contactNameField")
        self.contact_name.setPlaceholderText(self.tr("Contact person"))
        self.contact_phone = QLineEdit()
        self.contact_phone.setObjectName("contactPhoneField")
        self.contact_phone.setPlaceholderText(self.tr("Phone"))
        self.contact_email = QLineEdit()
        self.contact_email.setObjectName("contactEmailField")
        self.contact_email.setPlaceholderText(self.tr("Email"))
        self.condition = _combo("conditionField", CONDITIONS)
        self.method = _combo("methodField", METHODS)
        self.credit_days = QSpinBox()
        self.credit_days.setObjectName("creditDaysField")
        self.credit_days.setRange(0, 365)
        self.credit_days.setSuffix(self.tr(" days"))
        self._layout(errors)

    def _layout(self, errors: FieldErrors) -> None:
        labels = {}
        for key in ("customer", "delivery_address", "requested_date", "contact_phone",
                    "credit_days"):
            labels[key] = error_label(f"{key}Error")
        errors.add("customer", self.customer_field, labels["customer"])
        errors.add("delivery_address", self.address, labels["delivery_address"])
        errors.add("requested_date", self.requested, labels["requested_date"])
        errors.add("contact_phone", self.contact_phone, labels["contact_phone"])
        errors.add("credit_days", self.credit_days, labels["credit_days"])
        who = QHBoxLayout()
        who.addWidget(self.customer_field, 1)
        who.addWidget(self.new_customer_button)
        contact = QHBoxLayout()
        for widget in (self.contact_name, self.contact_phone, self.contact_email):
            contact.addWidget(widget)
        terms = QHBoxLayout()
        for widget in (self.condition, self.method, self.credit_days):
            terms.addWidget(widget)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(10)
        grid.setVerticalSpacing(4)
        grid.setColumnStretch(1, 3)
        grid.setColumnStretch(3, 2)
        rows: list[tuple[str, object, str, object]] = [
            (self.tr("Customer"), _with_error_layout(who, labels["customer"]),
             self.tr("Channel"), self.channel),
            ("", self.customer_info, self.tr("Requested"),
             _with_error(self.requested, labels["requested_date"])),
            (self.tr("Deliver to"), _with_error(self.address, labels["delivery_address"]),
             self.tr("Shipping"), self.shipping),
            (self.tr("Contact"), _with_error_layout(contact, labels["contact_phone"]),
             self.tr("Payment"), _with_error_layout(terms, labels["credit_days"])),
            (self.tr("Instructions"), self.instructions, "", None),
        ]
        for row, (left, left_item, right, right_item) in enumerate(rows):
            grid.addWidget(QLabel(left), row, 0)
            _add(grid, left_item, row, 1)
            if right_item is not None:
                grid.addWidget(QLabel(right), row, 2)
                _add(grid, right_item, row, 3)
        grid.addWidget(self.new_customer, len(rows), 1, 1, 3)

    # -- customer -------------------------------------------------------------------------
    def _find_customers(self, text: str) -> list[tuple[str, CustomerRow]]:
        found = run(self, customers.find_customers, self.ctx.uow(write=False), text, 12)
        if found is FAILED:
            return []
        return [(f"{row.name}  ·  {row.code}  ·  {row.phone}", row) for row in found]

    def _customer_typed(self, _text: str) -> None:
        if self.customer is not None:  # searching again: the order has no customer until
            self.customer = None        # one is picked (the other fields stay as typed)
            self.customer_info.clear()
            self.customer_changed.emit()

    def _customer_entered(self, text: str) -> None:
        if text and self.customer is None:
            self.new_customer.open_panel(text)  # Enter on a name nobody has: create it

    def set_customer(self, customer_id: uuid.UUID) -> None:
        detail = run(self, customers.get_customer, self.ctx.uow(write=False), customer_id)
        if detail is FAILED:
            return
        assert isinstance(detail, CustomerDetail)
        self.customer = detail
        self.customer_field.setText(f"{detail.name} ({detail.code})")
        self.customer_field.close_matches()
        note = "" if detail.verified else "  ·  " + self.tr("details not verified yet")
        self.customer_info.setText(
            " · ".join(x for x in (detail.contact_name, detail.phone, detail.email) if x) + note)
        self.address.clear()
        self.address.addItems(list(detail.addresses))
        self.contact_name.setText(detail.contact_name)
        self.contact_phone.setText(detail.phone)
        self.contact_email.setText(detail.email)
        select_data(self.condition, detail.payment_condition)
        select_data(self.method, detail.payment_method)
        self.credit_days.setValue(detail.credit_days)
        self.customer_changed.emit()

    def clear(self) -> None:
        self.customer = None
        for edit in (self.customer_field, self.contact_name, self.contact_phone,
                     self.contact_email):
            edit.clear()
        self.customer_info.clear()
        self.address.clear()
        self.requested.setDate(NO_DATE)
        self.shipping.setCurrentIndex(0)
        self.instructions.clear()
        self.channel.setCurrentIndex(0)
        self.condition.setCurrentIndex(0)
        self.method.setCurrentIndex(0)
        self.credit_days.setValue(0)
        self.new_customer.hide()
        self.customer_changed.emit()

    def channel_value(self) -> Channel:
        return Channel(self.channel.currentData())

    def condition_value(self) -> PaymentCondition:
        return PaymentCondition(self.condition.currentData())

    def method_value(self) -> PaymentMethod:
        return PaymentMethod(self.method.currentData())

    def requested_date(self) -> date | None:
        value = self.requested.date()
        return None if value == NO_DATE else value.toPython()  # type: ignore[no-any-return]


def _with_error_layout(inner: QHBoxLayout, error: QLabel) -> QVBoxLayout:
    box = QVBoxLayout()
    box.setSpacing(1)
    box.addLayout(inner)
    box.addWidget(error)
    return box


def _add(grid: QGridLayout, item: object, row: int, column: int) -> None:
    if isinstance(item, QWidget):
        grid.addWidget(item, row, column)
    else:
        grid.addLayout(item, row, column)  # type: ignore[arg-type]
