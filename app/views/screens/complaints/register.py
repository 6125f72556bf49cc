"""Registering a complaint: for a customer (searched, or given by the customer profile) and,
if it is about one, for one of that customer's orders."""

from __future__ import annotations

import uuid

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from app.services import complaints, customer_queries
from app.services.complaints import ComplaintCategory
from app.views.context import AppContext
from app.views.support import formatting as fmt
from app.views.support import labels
from app.views.support.customer_words import word
from app.views.support.field_errors import FieldErrors, error_label
from app.views.support.form_tables import find_data, shortcut, with_error
from app.views.support.runner import FAILED, run


class ComplaintForm(QWidget):
    registered = Signal(object)  # the complaint's id
    cancelled = Signal()

    def __init__(self, ctx: AppContext, *, customer_fixed: bool = False,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("complaintForm")
        self.customer_id: uuid.UUID | None = None
        self.heading = QLabel(self.tr("Register a complaint"))
        self.heading.setStyleSheet("font-size: 17px; font-weight: 600;")
        self.errors = FieldErrors()
        self.customer_search = QLineEdit()
        self.customer_search.setObjectName("complaintCustomerSearch")
        self.customer_search.setPlaceholderText(self.tr("Customer name, code or phone"))
        self.customer_search.setClearButtonEnabled(True)
        self.matches = QListWidget()
        self.matches.setObjectName("complaintCustomerMatches")
        self.matches.setMaximumHeight(110)
        self.chosen = QLabel()
        self.chosen.setObjectName("complaintCustomer")
        self.chosen.setStyleSheet("font-weight: 600;")
        self.order = QComboBox()
        self.order.setObjectName("complaintOrder")
        self.category = QComboBox()
        self.category.setObjectName("complaintCategory")
        for category in ComplaintCategory:
            self.category.addItem(word("ComplaintCategory", category.value), category)
        self.description = QPlainTextEdit()
        self.description.setObjectName("complaintDescription")
        self.description.setTabChangesFocus(True)
        self.description.setPlaceholderText(self.tr("What does the customer complain about?"))
        self.register_button = QPushButton(self.tr("&Register"))
        self.register_button.setObjectName("registerComplaint")
        self.register_button.setToolTip(self.tr("Register (Ctrl+Enter)"))
        self.register_button.clicked.connect(self.register)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setObjectName("cancelComplaint")
        self.cancel_button.clicked.connect(self.cancelled.emit)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            shortcut(self, QKeySequence(keys), self.register)
        shortcut(self, QKeySequence(Qt.Key.Key_Escape), self.cancelled.emit)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(200)
        self._timer.timeout.connect(self.search_customers)
        self.customer_search.textEdited.connect(lambda _t: self._timer.start())
        self.customer_search.returnPressed.connect(self._take_first)
        self.matches.itemActivated.connect(self._take)
        self.matches.itemClicked.connect(self._take)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        customer_error = error_label("customerError")
        self.errors.add("customer", self.customer_search, customer_error)
        if not customer_fixed:
            picker = QWidget()
            box = QVBoxLayout(picker)
            box.setContentsMargins(0, 0, 0, 0)
            box.setSpacing(2)
            picker.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
            box.addWidget(self.customer_search)
            box.addWidget(self.matches)
            box.addWidget(customer_error)
            form.addRow(self.tr("Customer"), picker)
        else:
            self.customer_search.hide()
            self.matches.hide()
        form.addRow(self.tr("Complains"), self.chosen)
        for label, field, widget in ((self.tr("About order"), "order", self.order),
                                     (self.tr("Category"), "category", self.category),
                                     (self.tr("Description"), "description", self.description)):
            error = error_label(f"{field}Error")
            self.errors.add(field, widget, error)
            form.addRow(label, with_error(widget, error))
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.register_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(form, 1)
        layout.addLayout(buttons)
        self.start(None, "")

    def start(self, customer_id: uuid.UUID | None, name: str) -> None:
        """A blank form; with a customer when it is opened from their profile."""
        self.errors.clear()
        self.description.clear()
        self.customer_search.clear()
        self.matches.clear()
        self.category.setCurrentIndex(0)
        self.set_customer(customer_id, name)
        (self.customer_search if customer_id is None else self.order).setFocus()

    def search_customers(self) -> None:
        self._timer.stop()
        self.matches.clear()
        text = self.customer_search.text().strip()
        if not text:
            return
        rows = run(self, customer_queries.customer_window, self.ctx.uow(write=False),
                   self.ctx.actor, text, 0, 8)
        if rows is FAILED:
            return
        for row in rows:
            item = QListWidgetItem(f"{row.name}  ·  {row.code}  ·  {row.phone}")
            item.setData(Qt.ItemDataRole.UserRole, (row.id, row.name))
            self.matches.addItem(item)
        if rows:
            self.matches.setCurrentRow(0)

    def _take_first(self) -> None:
        self.search_customers()
        item = self.matches.item(0)
        if item is not None:
            self._take(item)

    def _take(self, item: QListWidgetItem) -> None:
        customer_id, name = item.data(Qt.ItemDataRole.UserRole)
        self.set_customer(customer_id, name)
        self.order.setFocus()

    def set_customer(self, customer_id: uuid.UUID | None, name: str) -> None:
        self.customer_id = customer_id
        self.chosen.setText(name or self.tr("(choose a customer)"))
        self.order.clear()
        self.order.addItem(self.tr("(no particular order)"), None)
        if customer_id is None:
            return
        orders = run(self, customer_queries.customer_orders, self.ctx.uow(write=False),
                     self.ctx.actor, customer_id)
        if orders is FAILED:
            return
        for order in orders:
            self.order.addItem(f"{order.number}  ·  {labels.order_state(order.state)}  ·  "
                               f"{fmt.short_day(order.created_at.date())}", order.id)

    def choose_order(self, order_id: uuid.UUID) -> bool:
        index = find_data(self.order, order_id)
        if index >= 0:
            self.order.setCurrentIndex(index)
        return index >= 0

    def register(self) -> None:
        if self.customer_id is None:
            self.errors.clear()
            self.errors.show("customer", self.tr("Choose the customer who complains."))
            return
        result = run(self, complaints.record_complaint, self.ctx.uow(), self.ctx.actor,
                     self.customer_id, ComplaintCategory(self.category.currentData()),
                     self.description.toPlainText(), order_id=self.order.currentData(),
                     fields=self.errors)
        if result is not FAILED:
            self.registered.emit(result)
