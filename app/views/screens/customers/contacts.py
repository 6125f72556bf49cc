"""A customer's contacts and addresses: two lists, each with a small form under it to add a
new one or change the one chosen (Enter in the list loads it into the form)."""

from __future__ import annotations

import uuid
from collections.abc import Sequence

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.services import customer_edits
from app.services.customer_edits import AddressInput, ContactInput
from app.services.customer_queries import AddressRow, ContactRow
from app.views.context import AppContext
from app.views.support.field_errors import FieldErrors, error_label
from app.views.support.form_tables import with_error
from app.views.support.runner import FAILED, run


def _table(name: str, headers: Sequence[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setObjectName(name)
    table.setHorizontalHeaderLabels(list(headers))
    table.verticalHeader().setVisible(False)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.horizontalHeader().setStretchLastSection(True)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    return table


def _line(name: str, placeholder: str) -> QLineEdit:
    line = QLineEdit()
    line.setObjectName(name)
    line.setPlaceholderText(placeholder)
    return line


class ContactsPanel(QWidget):
    changed = Signal()  # something was saved: reload the profile

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.customer_id: uuid.UUID | None = None
        self.contact_rows: list[ContactRow] = []
        self.address_rows: list[AddressRow] = []
        self.editing_contact: uuid.UUID | None = None
        self.editing_address: uuid.UUID | None = None
        editable = ctx.may("customer.edit")

        self.contacts = _table("contactsTable", [self.tr("Name"), self.tr("Phone"),
                                                 self.tr("Email"), self.tr("Primary")])
        self.contacts.cellActivated.connect(lambda row, _c: self._load_contact(row))
        self.contacts.cellDoubleClicked.connect(lambda row, _c: self._load_contact(row))
        self.contact_errors = FieldErrors()
        self.contact_name = _line("contactName", self.tr("Name"))
        self.contact_phone = _line("contactPhone", self.tr("Phone"))
        self.contact_email = _line("contactEmail", self.tr("Email"))
        self.contact_primary = QCheckBox(self.tr("Primary contact"))
        self.contact_primary.setObjectName("contactPrimary")
        self.save_contact = QPushButton(self.tr("Add contact"))
        self.save_contact.setObjectName("saveContact")
        self.save_contact.clicked.connect(self._save_contact)
        contact_form = QGridLayout()
        for column, (field, widget) in enumerate((
                ("contact_name", self.contact_name), ("contact_phone", self.contact_phone),
                ("contact_email", self.contact_email))):
            error = error_label(f"{field}Error")
            self.contact_errors.add(field, widget, error)
            contact_form.addWidget(with_error(widget, error), 0, column)
            widget.returnPressed.connect(self._save_contact)
        contact_form.addWidget(self.contact_primary, 0, 3)
        contact_form.addWidget(self.save_contact, 0, 4)

        self.addresses = _table("addressesTable", [self.tr("Label"), self.tr("Address"),
                                                   self.tr("Delivery"), self.tr("Billing")])
        self.addresses.cellActivated.connect(lambda row, _c: self._load_address(row))
        self.addresses.cellDoubleClicked.connect(lambda row, _c: self._load_address(row))
        self.address_errors = FieldErrors()
        self.address_label = _line("addressLabel", self.tr("Label, e.g. site 2"))
        self.address_text = _line("addressText", self.tr("Address"))
        self.address_delivery = QCheckBox(self.tr("Default delivery"))
        self.address_delivery.setObjectName("addressDelivery")
        self.address_billing = QCheckBox(self.tr("Billing"))
        self.address_billing.setObjectName("addressBilling")
        self.save_address = QPushButton(self.tr("Add address"))
        self.save_address.setObjectName("saveAddress")
        self.save_address.clicked.connect(self._save_address)
        error = error_label("addressError")
        self.address_errors.add("address", self.address_text, error)
        address_form = QHBoxLayout()
        address_form.addWidget(self.address_label, 1)
        address_form.addWidget(with_error(self.address_text, error), 3)
        address_form.addWidget(self.address_delivery)
        address_form.addWidget(self.address_billing)
        address_form.addWidget(self.save_address)
        for line in (self.address_label, self.address_text):
            line.returnPressed.connect(self._save_address)

        layout = QVBoxLayout(self)
        for title, table, form in ((self.tr("Contacts"), self.contacts, contact_form),
                                   (self.tr("Addresses"), self.addresses, address_form)):
            group = QGroupBox(title)
            box = QVBoxLayout(group)
            box.addWidget(table, 1)
            holder = QWidget()
            holder.setLayout(form)
            holder.setVisible(editable)
            box.addWidget(holder)
            layout.addWidget(group, 1)

    def show_rows(self, customer_id: uuid.UUID, contacts: Sequence[ContactRow],
                  addresses: Sequence[AddressRow]) -> None:
        if customer_id != self.customer_id:
            self._clear_contact_form()
            self._clear_address_form()
        self.customer_id = customer_id
        self.contact_rows, self.address_rows = list(contacts), list(addresses)
        yes = self.tr("yes")
        self._fill(self.contacts, [(c.name, c.phone, c.email, yes if c.is_primary else "")
                                   for c in contacts])
        self._fill(self.addresses, [(a.label, a.address, yes if a.is_default_delivery else "",
                                     yes if a.is_billing else "") for a in addresses])

    @staticmethod
    def _fill(table: QTableWidget, rows: Sequence[tuple[str, ...]]) -> None:
        table.setRowCount(len(rows))
        for r, values in enumerate(rows):
            for c, value in enumerate(values):
                table.setItem(r, c, QTableWidgetItem(value))

    def _load_contact(self, row: int) -> None:
        if not self.ctx.may("customer.edit") or row >= len(self.contact_rows):
            return
        contact = self.contact_rows[row]
        self.editing_contact = contact.id
        self.contact_name.setText(contact.name)
        self.contact_phone.setText(contact.phone)
        self.contact_email.setText(contact.email)
        self.contact_primary.setChecked(contact.is_primary)
        self.save_contact.setText(self.tr("Save contact"))
        self.contact_name.setFocus()

    def _load_address(self, row: int) -> None:
        if not self.ctx.may("customer.edit") or row >= len(self.address_rows):
            return
        address = self.address_rows[row]
        self.editing_address = address.id
        self.address_label.setText(address.label)
        self.address_text.setText(address.address)
        self.address_delivery.setChecked(address.is_default_delivery)
        self.address_billing.setChecked(address.is_billing)
        self.save_address.setText(self.tr("Save address"))
        self.address_text.setFocus()

    def _clear_contact_form(self) -> None:
        self.editing_contact = None
        for line in (self.contact_name, self.contact_phone, self.contact_email):
            line.clear()
        self.contact_primary.setChecked(False)
        self.save_contact.setText(self.tr("Add contact"))

    def _clear_address_form(self) -> None:
        self.editing_address = None
        self.address_label.clear()
        self.address_text.clear()
        self.address_delivery.setChecked(False)
        self.address_billing.setChecked(False)
        self.save_address.setText(self.tr("Add address"))

    def _save_contact(self) -> None:
        if self.customer_id is None:
            return
        data = ContactInput(self.contact_name.text(), self.contact_phone.text(),
                            self.contact_email.text(), self.contact_primary.isChecked())
        result = run(self, customer_edits.save_contact, self.ctx.uow(), self.ctx.actor,
                     self.customer_id, data, self.editing_contact, fields=self.contact_errors)
        if result is not FAILED:
            self._clear_contact_form()
            self.changed.emit()

    def _save_address(self) -> None:
        if self.customer_id is None:
            return
        data = AddressInput(self.address_label.text(), self.address_text.text(),
                            self.address_delivery.isChecked(), self.address_billing.isChecked())
        result = run(self, customer_edits.save_address, self.ctx.uow(), self.ctx.actor,
                     self.customer_id, data, self.editing_address, fields=self.address_errors)
        if result is not FAILED:
            self._clear_address_form()
            self.changed.emit()
