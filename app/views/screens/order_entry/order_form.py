"""The whole order as a form: header, credit banner, lines and totals. Used to enter a new
order and, in the confirmation step, to amend one. Every problem it can see is shown at its
field before a service is called; the service's own ValidationError lands at the same place."""

from __future__ import annotations

import uuid
from datetime import date
from decimal import Decimal

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QFrame, QVBoxLayout, QWidget

from app.services.credit_standing import credit_standing
from app.services.order_queries import Channel, OrderDetail
from app.services.orders import LineInput, OrderInput
from app.services.products import ProductRow
from app.views.context import AppContext
from app.views.screens.order_entry.banner import CreditBanner
from app.views.screens.order_entry.header_form import HeaderForm, select_data
from app.views.screens.order_entry.line_editor import LineEditor
from app.views.screens.order_entry.lines_model import EntryLine
from app.views.support.field_errors import FieldErrors
from app.views.support.runner import FAILED, run


class OrderForm(QWidget):
    def __init__(self, ctx: AppContext, currency: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.currency = currency
        self.order_id: uuid.UUID | None = None  # set when amending
        self.errors = FieldErrors()
        self.header = HeaderForm(ctx, self.errors)
        self.banner = CreditBanner()
        self.lines = LineEditor(ctx, currency, self.errors)
        line = QFrame()
        line.setFrameShape(QFrame.Shape.HLine)
        line.setFrameShadow(QFrame.Shadow.Sunken)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.header)
        layout.addWidget(self.banner)
        layout.addWidget(line)
        layout.addWidget(self.lines, 1)
        self._standing_timer = QTimer(self)
        self._standing_timer.setSingleShot(True)
        self._standing_timer.setInterval(300)  # exposure is a query: once typing pauses
        self._standing_timer.timeout.connect(self.refresh_standing)
        self.header.customer_changed.connect(self.refresh_standing)
        self.header.customer_changed.connect(self._customer_chosen)
        self.lines.totals_changed.connect(self._standing_timer.start)

    def _customer_chosen(self) -> None:
        if self.header.customer is not None:
            self.lines.product_field.setFocus()

    def refresh_standing(self) -> None:
        self._standing_timer.stop()
        customer = self.header.customer
        if customer is None:
            self.banner.show_standing(None, self.currency)
            return
        _net, _tax, _freight, total = self.lines.totals()
        standing = run(self, credit_standing, self.ctx.uow(write=False), customer.id,
                       adding=total, exclude_order_id=self.order_id)
        if standing is not FAILED:
            self.banner.show_standing(standing, self.currency)  # type: ignore[arg-type]

    def clear(self) -> None:
        self.order_id = None
        self.errors.clear()
        self.header.clear()
        self.lines.set_lines([])
        self.lines.product_error.hide()
        self.banner.show_standing(None, self.currency)

    def check(self, today: date | None = None) -> bool:
        """Shows every problem at its field; True when there is none."""
        today = today or date.today()
        self.lines.finish_editing()
        self.errors.clear()
        h = self.header
        found: list[tuple[str, str]] = []
        if h.customer is None:
            found.append(("customer", self.tr("Choose a customer for the order.")))
        requested = h.requested_date()
        walk_in = h.channel_value() is Channel.WALK_IN
        if not walk_in and not h.address.currentText().strip():
            found.append(("delivery_address", self.tr("Enter the delivery address.")))
        if requested is not None and requested < today:
            found.append(("requested_date", self.tr("The requested date is in the past.")))
        if h.customer is not None and not (h.contact_phone.text().strip()
                                           or h.contact_email.text().strip()):
            found.append(("contact_phone", self.tr("Give a phone number or email to contact.")))
        freight = self.lines.freight_value()
        if freight is None or freight < 0:
            found.append(("freight", self.tr("Freight is an amount of zero or more.")))
        line_problems = self.lines.problems()
        if line_problems:
            found.append(("lines", "\n".join(line_problems)))
        # Shown last to first, so the keyboard lands on the first problem.
        for field, message in reversed(found):
            self.errors.show(field, message)
        return not found

    def order_input(self, today: date | None = None) -> OrderInput:
        h = self.header
        assert h.customer is not None
        return OrderInput(
            customer_id=h.customer.id, channel=h.channel_value(),
            lines=tuple(LineInput(line.product.id, line.quantity, line.unit_price,
                                  line.discount_pct, line.line_id)
                        for line in self.lines.model.lines),
            delivery_address=h.address.currentText().strip(),
            requested_date=h.requested_date(), shipping_method=h.shipping.currentText().strip(),
            special_instructions=h.instructions.toPlainText().strip(),
            contact_name=h.contact_name.text().strip(),
            contact_phone=h.contact_phone.text().strip(),
            contact_email=h.contact_email.text().strip(),
            payment_condition=h.condition_value(), payment_method=h.method_value(),
            credit_days=h.credit_days.value(), freight=self.lines.freight_value() or Decimal(0),
            today=today or date.today())

    def load(self, order: OrderDetail) -> None:
        """Fills the form with a saved order, to amend it."""
        self.clear()
        self.order_id = order.id
        h = self.header
        h.set_customer(order.customer_id)
        select_data(h.channel, order.channel)
        h.address.setCurrentText(order.delivery_address)
        if order.requested_date is not None:
            h.requested.setDate(order.requested_date)
        h.shipping.setCurrentText(order.shipping_method)
        h.instructions.setPlainText(order.special_instructions)
        h.contact_name.setText(order.contact_name)
        h.contact_phone.setText(order.contact_phone)
        h.contact_email.setText(order.contact_email)
        select_data(h.condition, order.payment_condition)
        select_data(h.method, order.payment_method)
        h.credit_days.setValue(order.credit_days)
        lines = [
            EntryLine(ProductRow(line.product_id, line.sku, None, line.name, line.specification,
                                 "", line.unit_price, line.tax_rate, ""),
                      line.quantity, line.unit_price, line.discount_pct, line_id=line.id)
            for line in order.lines if line.qty_cancelled < line.quantity
        ]
        self.lines.set_lines(lines, order.freight)
        self.refresh_standing()

    def focus_first(self) -> None:
        target = self.lines.product_field if self.header.customer else self.header.customer_field
        target.setFocus(Qt.FocusReason.OtherFocusReason)
