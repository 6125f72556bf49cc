"""A new customer typed in without leaving the order: the customer service checks each field
and its message appears under that field."""

from __future__ import annotations

import uuid

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.services import customers
from app.views.context import AppContext
from app.views.support.field_errors import FieldErrors, error_label
from app.views.support.runner import FAILED, run


class NewCustomerPanel(QFrame):
    """Shown inline under the customer field; `created(customer_id)` when saved."""

    created = Signal(object)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("newCustomerPanel")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.errors = FieldErrors()
        title = QLabel(self.tr("New customer"))
        title.setStyleSheet("font-weight: bold;")
        form = QFormLayout()
        self.fields: dict[str, QLineEdit] = {}
        for key, label in (("code", self.tr("Code")), ("name", self.tr("Name")),
                           ("phone", self.tr("Phone")), ("email", self.tr("Email")),
                           ("address", self.tr("Address")),
                           ("contact_name", self.tr("Contact person"))):
            edit = QLineEdit()
            edit.setObjectName(f"newCustomer_{key}")
            edit.returnPressed.connect(self.save)
            error = error_label(f"newCustomer_{key}Error")
            box = QVBoxLayout()
            box.setSpacing(1)
            box.addWidget(edit)
            box.addWidget(error)
            form.addRow(label, box)
            self.fields[key] = edit
            self.errors.add(key, edit, error)
        save = QPushButton(self.tr("&Create customer"))
        save.setObjectName("createCustomerButton")
        save.clicked.connect(self.save)
        cancel = QPushButton(self.tr("Cancel"))
        cancel.setObjectName("cancelCustomerButton")
        cancel.clicked.connect(self.close_panel)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(cancel)
        buttons.addWidget(save)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addLayout(form)
        layout.addLayout(buttons)
        self.hide()

    def open_panel(self, typed: str = "") -> None:
        self.errors.clear()
        for edit in self.fields.values():
            edit.clear()
        # What the user typed in the customer search is most likely the name or the phone.
        target = "phone" if typed[:1].isdigit() or typed.startswith("+") else "name"
        self.fields[target].setText(typed)
        self.show()
        self.fields["code"].setFocus()

    def close_panel(self) -> None:
        self.hide()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.close_panel()
            return
        super().keyPressEvent(event)

    def save(self) -> None:
        value = {key: edit.text().strip() for key, edit in self.fields.items()}
        data = customers.CustomerInput(
            code=value["code"], name=value["name"], phone=value["phone"], email=value["email"],
            address=value["address"], contact_name=value["contact_name"])
        customer_id = run(self, customers.create_customer, self.ctx.uow(), self.ctx.actor, data,
                          fields=self.errors)
        if customer_id is FAILED:
            return
        assert isinstance(customer_id, uuid.UUID)
        self.hide()
        self.created.emit(customer_id)
