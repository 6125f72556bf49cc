"""New order: the customer, the lines as fast as they can be typed or scanned, then Save as
draft (Ctrl+S) or Save & confirm (Ctrl+Enter). The screen is empty again for the next order."""

from __future__ import annotations

import uuid

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from app.services import confirmation, order_queries, orders
from app.services.confirmation import ConfirmationResult
from app.services.order_review import firm_currency
from app.views.context import AppContext
from app.views.screens.base import Screen
from app.views.screens.order_entry.order_form import OrderForm
from app.views.support.formatting import day
from app.views.support.runner import FAILED, run


class OrderEntryScreen(Screen):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        currency = run(self, firm_currency, ctx.uow(write=False))
        self.form = OrderForm(ctx, currency if isinstance(currency, str) else "TWD")
        self.status = QLabel()
        self.status.setObjectName("entryStatus")
        self.status.setWordWrap(True)
        self.save_button = QPushButton(self.tr("Save as draft (Ctrl+S)"))
        self.save_button.setObjectName("saveDraftButton")
        self.save_button.clicked.connect(self.save_draft)
        self.confirm_button = QPushButton(self.tr("Save && confirm (Ctrl+Enter)"))
        self.confirm_button.setObjectName("saveConfirmButton")
        self.confirm_button.setDefault(False)
        self.confirm_button.clicked.connect(self.save_and_confirm)
        self.confirm_button.setEnabled(ctx.may("order.confirm"))
        self.clear_button = QPushButton(self.tr("New (Ctrl+N)"))
        self.clear_button.setObjectName("clearOrderButton")
        self.clear_button.clicked.connect(self.start_over)
        bar = QHBoxLayout()
        bar.addWidget(self.status, 1)
        bar.addWidget(self.clear_button)
        bar.addWidget(self.save_button)
        bar.addWidget(self.confirm_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.form, 1)
        layout.addLayout(bar)
        for keys, slot in (("Ctrl+S", self.save_draft), ("Ctrl+Return", self.save_and_confirm),
                           ("Ctrl+Enter", self.save_and_confirm), ("Ctrl+N", self.start_over)):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)

    def focus_first(self) -> None:
        self.form.focus_first()

    def start_over(self) -> None:
        self.form.clear()
        self.form.focus_first()

    def _save(self) -> uuid.UUID | None:
        if not self.form.check():
            self._say(self.tr("Nothing was saved: correct the fields marked in red."), False)
            return None
        order_id = run(self, orders.create_order, self.ctx.uow(), self.ctx.actor,
                       self.form.order_input(), fields=self.form.errors)
        if order_id is FAILED:
            self._say(self.tr("Nothing was saved."), False)
            return None
        assert isinstance(order_id, uuid.UUID)
        return order_id

    def _number(self, order_id: uuid.UUID) -> str:
        detail = run(self, order_queries.get_order, self.ctx.uow(write=False), order_id)
        return detail.number if isinstance(detail, order_queries.OrderDetail) else ""

    def save_draft(self) -> None:
        order_id = self._save()
        if order_id is None:
            return
        self._say(self.tr("Order {0} saved as a draft.").replace("{0}", self._number(order_id)),
                  True)
        self.start_over()

    def save_and_confirm(self) -> None:
        if not self.ctx.may("order.confirm"):
            return
        order_id = self._save()
        if order_id is None:
            return
        number = self._number(order_id)
        result = run(self, confirmation.confirm_order, self.ctx.uow(), self.ctx.actor, order_id)
        if result is FAILED:
            # Saved, but not binding yet (e.g. finance must approve): it waits in "To confirm".
            self._say(self.tr("Order {0} was saved as a draft but not confirmed; it waits "
                              "in To confirm.").replace("{0}", number), False)
            self.start_over()
            return
        assert isinstance(result, ConfirmationResult)
        short = sum(1 for line in result.lines if line.short > 0)
        text = self.tr("Order {0} confirmed, promised for {1}.").replace("{0}", number) \
            .replace("{1}", day(result.promised_date))
        if short:
            text += " " + self.tr("{0} line(s) short: decide in To confirm.") \
                .replace("{0}", str(short))
        self._say(text, True)
        self.start_over()

    def _say(self, text: str, good: bool) -> None:
        self.status.setText(text)
        self.status.setStyleSheet(f"color: {'#1b6e20' if good else '#b3261e'};"
                                  " font-weight: bold;")
