"""Amending an order: the same form as entry, filled in, plus the reason a confirmed order
changes (the service keeps the old version as a revision)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from app.services import orders
from app.services.order_queries import OrderDetail
from app.views.context import AppContext
from app.views.screens.order_entry.order_form import OrderForm
from app.views.support.field_errors import error_label
from app.views.support.runner import FAILED, run


class AmendPanel(QWidget):
    saved = Signal(object)  # order id
    cancelled = Signal()

    def __init__(self, ctx: AppContext, currency: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.order: OrderDetail | None = None
        self.title = QLabel()
        self.title.setObjectName("amendTitle")
        self.title.setStyleSheet("font-size: 16pt; font-weight: bold;")
        self.form = OrderForm(ctx, currency)
        # The customer of a placed order does not change; a new order is entered instead.
        self.form.header.customer_field.setReadOnly(True)
        self.form.header.new_customer_button.hide()
        self.reason = QLineEdit()
        self.reason.setObjectName("reasonField")
        self.reason.setPlaceholderText(self.tr("Why does the order change? (the customer "
                                               "called, a price agreed…)"))
        reason_error = error_label("reasonError")
        self.form.errors.add("reason", self.reason, reason_error)
        save = QPushButton(self.tr("&Save amendment (Ctrl+S)"))
        save.setObjectName("saveAmendmentButton")
        save.clicked.connect(self.save)
        back = QPushButton(self.tr("Back without saving (Esc)"))
        back.setObjectName("backButton")
        back.clicked.connect(self.cancelled.emit)
        reason_box = QVBoxLayout()
        reason_box.setSpacing(1)
        reason_box.addWidget(self.reason)
        reason_box.addWidget(reason_error)
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Reason")))
        bar.addLayout(reason_box, 1)
        bar.addWidget(back, 0, Qt.AlignmentFlag.AlignTop)
        bar.addWidget(save, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.form, 1)
        layout.addLayout(bar)

    def load(self, order: OrderDetail) -> None:
        self.order = order
        self.title.setText(self.tr("Amend order {0}").replace("{0}", order.number))
        self.form.load(order)
        self.reason.clear()
        self.reason.setVisible(order.confirmed_at is not None)
        self.form.lines.product_field.setFocus()

    def save(self) -> None:
        order = self.order
        if order is None or not self.form.check():
            return
        reason = self.reason.text().strip()
        if order.confirmed_at is not None and not reason:
            self.form.errors.show("reason", self.tr("Say why the confirmed order changes."))
            return
        result = run(self, orders.amend_order, self.ctx.uow(), self.ctx.actor, order.id,
                     self.form.order_input(), expected_version=order.version, reason=reason,
                     fields=self.form.errors)
        if result is FAILED:
            return
        self.saved.emit(order.id)
