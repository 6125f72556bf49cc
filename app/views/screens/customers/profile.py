"""One customer's profile: what we know of them, their money, orders, invoices, complaints.

What the user's role may not see arrives masked from the service (customer_queries); the
view only says so and leaves out the tabs that would be empty for them.
"""

from __future__ import annotations

import uuid
from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.services import complaints, customer_queries
from app.services.customer_privacy import sees_credit
from app.services.customer_queries import CustomerProfile
from app.views.context import AppContext
from app.views.screens.complaints.register import ComplaintForm
from app.views.screens.customers.contacts import ContactsPanel
from app.views.support import formatting as fmt
from app.views.support import labels
from app.views.support.customer_words import word
from app.views.support.form_tables import fill, shortcut, table
from app.views.support.runner import FAILED, run

RED, GREEN = "#b3261e", "#1b6e20"


class CustomerProfileView(QWidget):
    edit_requested = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("customerProfile")
        self.profile: CustomerProfile | None = None
        self.order_ids: list[uuid.UUID] = []
        self.title = QLabel(self.tr("No customer chosen"))
        self.title.setObjectName("profileTitle")
        self.title.setStyleSheet("font-size: 18px; font-weight: 600;")
        self.badges = QLabel()
        self.badges.setObjectName("profileBadges")
        self.masked_note = QLabel(self.tr("Contact details and credit figures are hidden for "
                                          "your role."))
        self.masked_note.setObjectName("maskedNote")
        self.masked_note.setStyleSheet("color: palette(mid); font-style: italic;")
        self.edit_button = QPushButton(self.tr("&Edit customer"))
        self.edit_button.setObjectName("editCustomer")
        self.edit_button.setToolTip(self.tr("Edit (Ctrl+E)"))
        self.edit_button.setVisible(ctx.may("customer.edit"))
        self.edit_button.clicked.connect(self.edit_requested.emit)

        self.facts: dict[str, QLabel] = {}
        general = QWidget()
        columns = QHBoxLayout(general)
        for group in (("phone", "email", "contact", "delivery", "tax_id", "created"),
                      ("terms", "credit_limit", "exposure", "available", "balance",
                       "overdue")):
            form = QFormLayout()
            form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
            for key in group:
                value = QLabel()
                value.setObjectName(f"fact_{key}")
                value.setWordWrap(True)
                value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
                self.facts[key] = value
                form.addRow(self._fact_label(key), value)
            columns.addLayout(form, 1)
        self.preferences = QLabel()
        self.preferences.setObjectName("profilePreferences")
        self.preferences.setWordWrap(True)
        self.preferences.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.preferences.setStyleSheet(
            "background: palette(alternate-base); padding: 8px; border-radius: 4px;")
        general_page = QWidget()
        general_box = QVBoxLayout(general_page)
        general_box.addWidget(general)
        heading = QLabel(self.tr("Preferences and special requirements"))
        heading.setStyleSheet("font-weight: 600;")
        general_box.addWidget(heading)
        general_box.addWidget(self.preferences)
        general_box.addStretch(1)

        self.contacts = ContactsPanel(ctx)
        self.contacts.changed.connect(self.reload)
        self.orders = table("customerOrders", [self.tr("Number"), self.tr("State"),
                                               self.tr("Created"), self.tr("Promised"),
                                               self.tr("Total")])
        self.invoices = table("customerInvoices", [
            self.tr("Number"), self.tr("Issued"), self.tr("Due"), self.tr("Total"),
            self.tr("Open"), self.tr("Days overdue")])
        self.complaints = table("customerComplaints", [
            self.tr("Number"), self.tr("Order"), self.tr("Category"), self.tr("State"),
            self.tr("Assigned to"), self.tr("Registered")])
        self.new_complaint = QPushButton(self.tr("Register &complaint"))
        self.new_complaint.setObjectName("newComplaintForCustomer")
        self.new_complaint.setVisible(ctx.may("complaint.record"))
        self.new_complaint.clicked.connect(self.start_complaint)
        if ctx.may("complaint.record"):
            shortcut(self, "Ctrl+K", self.start_complaint)
        self.new_complaint.setToolTip(self.tr("Register a complaint; on the Orders tab, about "
                                              "the chosen order (Ctrl+K)"))
        self.complaint_form = ComplaintForm(ctx, customer_fixed=True)
        self.complaint_form.registered.connect(self._complaint_registered)
        self.complaint_form.cancelled.connect(lambda: self.complaint_stack.setCurrentIndex(0))
        list_page = QWidget()
        list_box = QVBoxLayout(list_page)
        list_box.setContentsMargins(0, 0, 0, 0)
        list_box.addWidget(self.complaints, 1)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.new_complaint)
        list_box.addLayout(row)
        self.complaint_stack = QStackedWidget()
        self.complaint_stack.addWidget(list_page)
        self.complaint_stack.addWidget(self.complaint_form)

        self.tabs = QTabWidget()
        self.tabs.setObjectName("profileTabs")
        self.tabs.addTab(general_page, self.tr("&General"))
        self.tabs.addTab(self.contacts, self.tr("Contacts && &addresses"))
        self.tabs.addTab(self.orders, self.tr("&Orders"))
        self.invoice_tab = self.tabs.addTab(self.invoices, self.tr("&Invoices"))
        self.tabs.setTabVisible(self.invoice_tab, sees_credit(ctx.actor))
        self.tabs.addTab(self.complaint_stack, self.tr("Com&plaints"))

        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        top.addWidget(self.edit_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.badges)
        layout.addWidget(self.masked_note)
        layout.addWidget(self.tabs, 1)
        self.show_profile(None)

    def _fact_label(self, key: str) -> str:
        return {
            "phone": self.tr("Phone"), "email": self.tr("Email"),
            "contact": self.tr("Contact"), "delivery": self.tr("Delivery address"),
            "tax_id": self.tr("Tax id"), "created": self.tr("Customer since"),
            "terms": self.tr("Payment terms"), "credit_limit": self.tr("Credit limit"),
            "exposure": self.tr("Exposure"), "available": self.tr("Available"),
            "balance": self.tr("Balance"), "overdue": self.tr("Overdue"),
        }[key]

    def open_customer(self, customer_id: uuid.UUID) -> bool:
        profile = run(self, customer_queries.customer_profile, self.ctx.uow(write=False),
                      self.ctx.actor, customer_id)
        if profile is FAILED:
            return False
        self.show_profile(profile)
        return True

    def reload(self) -> None:
        if self.profile is not None:
            self.open_customer(self.profile.id)

    def show_profile(self, profile: CustomerProfile | None) -> None:
        self.profile = profile
        self.tabs.setEnabled(profile is not None)
        self.edit_button.setEnabled(profile is not None)
        self.new_complaint.setEnabled(profile is not None)
        self.masked_note.setVisible(profile is not None and profile.masked)
        self.complaint_stack.setCurrentIndex(0)
        if profile is None:
            self.title.setText(self.tr("No customer chosen"))
            self.badges.clear()
            for label in self.facts.values():
                label.clear()
            self.preferences.clear()
            for widget in (self.orders, self.invoices, self.complaints):
                widget.setRowCount(0)
            return
        self.title.setText(f"{profile.name}  ·  {profile.code}")
        self._badges(profile)
        self._general(profile)
        self.contacts.show_rows(profile.id, profile.contacts, profile.addresses)
        self._histories(profile)

    def _badges(self, p: CustomerProfile) -> None:
        parts = [self.tr("Tier {0}").replace("{0}", word("CustomerTier", p.tier.value))]
        verified, unverified, hold = (self.tr("verified"), self.tr("not verified"),
                                      self.tr("CREDIT HOLD"))
        parts.append(f'<span style="color:{GREEN}">{verified}</span>' if p.verified
                     else f'<span style="color:{RED}">{unverified}</span>')
        if p.credit_hold:
            parts.append(f'<b style="color:{RED}">{hold}</b>')
        self.badges.setText("  ·  ".join(parts))

    def _general(self, p: CustomerProfile) -> None:
        contact = next((c for c in p.contacts if c.is_primary), None)
        terms = word("PaymentCondition", p.payment_condition.value)
        if p.credit_days:
            terms += self.tr(", {0} days").replace("{0}", str(p.credit_days))
        terms += ", " + word("PaymentMethod", p.payment_method.value)
        hidden = self.tr("hidden")
        values = {
            "phone": p.phone, "email": p.email, "tax_id": p.tax_id,
            "contact": f"{contact.name}  {contact.phone}" if contact else "",
            "delivery": p.delivery_address, "created": fmt.day(p.created_at.date()),
            "terms": terms,
        }
        c = p.credit
        values.update({
            "credit_limit": fmt.money(c.credit_limit) if c else hidden,
            "exposure": fmt.money(c.exposure) if c else hidden,
            "available": fmt.money(c.available) if c else hidden,
            "balance": fmt.money(c.balance) if c else hidden,
            "overdue": fmt.money(c.overdue) if c else hidden,
        })
        for key, value in values.items():
            self.facts[key].setText(value or "—")
        self.facts["available"].setStyleSheet(
            f"color: {RED}; font-weight: 600;" if c and c.available < 0 else "")
        self.facts["overdue"].setStyleSheet(
            f"color: {RED}; font-weight: 600;" if c and c.overdue > 0 else "")
        self.preferences.setText(p.preferences or self.tr("None recorded."))

    def _histories(self, p: CustomerProfile) -> None:
        uow, actor = self.ctx.uow, self.ctx.actor
        orders = run(self, customer_queries.customer_orders, uow(write=False), actor, p.id)
        self.order_ids = [] if orders is FAILED else [o.id for o in orders]
        fill(self.orders, [] if orders is FAILED else [
            (o.number, labels.order_state(o.state), fmt.short_day(o.created_at.date()),
             fmt.short_day(o.promised_date), fmt.money(o.total, o.currency)) for o in orders],
             right=(4,))
        if p.credit is not None:
            invoices = run(self, customer_queries.customer_invoices, uow(write=False), actor,
                           p.id)
            today = date.today()
            fill(self.invoices, [] if invoices is FAILED else [
                (i.number, fmt.short_day(i.issue_date), fmt.short_day(i.due_date),
                 fmt.amount(i.total), fmt.amount(i.open_amount),
                 str(i.days_overdue(today)) if i.days_overdue(today) else "")
                for i in invoices], right=(3, 4, 5))
        found = run(self, complaints.list_complaints, uow(write=False), customer_id=p.id)
        fill(self.complaints, [] if found is FAILED else [
            (c.number, c.order_number or "", word("ComplaintCategory", c.category.value),
             word("ComplaintState", c.state.value), c.assigned_to_name or "",
             fmt.moment(c.created_at)) for c in found])

    def start_complaint(self) -> None:
        """Ctrl+K; on the Orders tab, a complaint about the order chosen there."""
        if self.profile is None:
            return
        row = self.orders.currentRow() if self.tabs.currentWidget() is self.orders else -1
        self.tabs.setCurrentWidget(self.complaint_stack)
        self.complaint_form.start(self.profile.id, self.profile.name)
        if 0 <= row < len(self.order_ids):
            self.complaint_form.choose_order(self.order_ids[row])
            self.complaint_form.description.setFocus()
        self.complaint_stack.setCurrentIndex(1)

    def _complaint_registered(self, _complaint_id: object) -> None:
        self.complaint_stack.setCurrentIndex(0)
        self.reload()
        self.tabs.setCurrentWidget(self.complaint_stack)
