"""Overdue invoices and reminders: per customer what is overdue and which reminder level went
out when; the next level is sent by e-mail (queued with the PDF) or printed."""

from __future__ import annotations

import uuid
from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSplitter, QVBoxLayout, QWidget

from app.services import documents, receivables, reminders
from app.views.context import AppContext
from app.views.screens import finance_common as fc
from app.views.support import formatting as fmt
from app.views.support.i18n import translate
from app.views.support.runner import FAILED, run


def level_name(level: int | None) -> str:
    return {
        None: translate("Reminders", "final notice sent"),
        0: "",
        1: translate("Reminders", "1st reminder"),
        2: translate("Reminders", "2nd reminder"),
        3: translate("Reminders", "Final notice"),
    }[level]


class DunningPanel(QWidget):
    changed = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.as_of = date.today()
        self.rows: list[reminders.DunningRow] = []
        self.customers = fc.table("dunningTable", [
            self.tr("Customer"), self.tr("Overdue"), self.tr("Invoices"), self.tr("Oldest due"),
            self.tr("Days"), self.tr("Reminder sent"), self.tr("On"), self.tr("Next")],
            right=(1, 2, 4), stretch=7)
        self.history = QLabel()
        self.history.setObjectName("reminderHistory")
        self.history.setWordWrap(True)
        self.mail = fc.button(self.tr("Send reminder by &e-mail"), "mailReminderButton")
        self.print = fc.button(self.tr("&Print reminder"), "printReminderButton")
        for widget in (self.mail, self.print):
            widget.setVisible(ctx.may("invoice.manage"))
        self.overdue = fc.table("overdueTable", [
            self.tr("Invoice"), self.tr("Customer"), self.tr("Due"), self.tr("Days overdue"),
            self.tr("Open")], right=(3, 4), stretch=1)
        actions = QHBoxLayout()
        actions.addWidget(self.history, 1)
        actions.addWidget(self.print)
        actions.addWidget(self.mail)
        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addWidget(self.customers, 1)
        top_layout.addLayout(actions)
        bottom = QWidget()
        bottom_layout = QVBoxLayout(bottom)
        bottom_layout.setContentsMargins(0, 0, 0, 0)
        bottom_layout.addWidget(fc.subheading(self.tr("Overdue invoices")))
        bottom_layout.addWidget(self.overdue)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(top)
        splitter.addWidget(bottom)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)
        self.customers.itemSelectionChanged.connect(self._chosen)
        self.mail.clicked.connect(lambda: self._send(by_mail=True))
        self.print.clicked.connect(lambda: self._send(by_mail=False))

    def refresh(self, as_of: date) -> None:
        self.as_of = as_of
        rows = run(self, reminders.dunning_list, self.ctx.uow(write=False), as_of)
        if rows is FAILED:
            return
        self.rows = rows
        fc.fill(self.customers, [(r.customer_id, (
            r.customer_name, fmt.amount(r.overdue), str(r.invoices), fmt.short_day(r.oldest_due),
            str(r.days_overdue), level_name(r.level), fmt.short_day(r.last_sent_on),
            self._next(r))) for r in rows])
        fc.colour_column(self.customers, 1, fc.BAD)
        overdue = run(self, receivables.overdue_list, self.ctx.uow(write=False), as_of)
        if overdue is not FAILED:
            fc.fill(self.overdue, [(x.id, (
                x.number, x.customer_name, fmt.short_day(x.due_date),
                str(x.days_overdue(as_of)), fmt.amount(x.open_amount))) for x in overdue])
        if rows and fc.selected_id(self.customers) is None:
            self.customers.selectRow(0)
        self._chosen()

    def _next(self, row: reminders.DunningRow) -> str:
        if row.next_on is not None and row.next_on > self.as_of:
            return self.tr("{0} from {1}").replace("{0}", level_name(row.next_level)).replace(
                "{1}", fmt.short_day(row.next_on))
        return level_name(row.next_level)

    def _may_send(self, row: reminders.DunningRow | None) -> bool:
        """Reminders go out today (not on an earlier report day), once the customer has had
        the days to pay the last one gave them."""
        return (row is not None and row.next_level is not None and self.as_of == date.today()
                and (row.next_on is None or row.next_on <= self.as_of))

    def _row(self) -> reminders.DunningRow | None:
        chosen = fc.selected_id(self.customers)
        return next((r for r in self.rows if r.customer_id == chosen), None)

    def _chosen(self) -> None:
        row = self._row()
        for widget in (self.mail, self.print):
            widget.setEnabled(self._may_send(row))
        if row is None:
            self.history.clear()
            return
        sent = run(self, reminders.reminder_history, self.ctx.uow(write=False), row.customer_id)
        if sent is FAILED:
            return
        parts = [f"{level_name(r.level)} {fmt.day(r.sent_on)}"
                 + (f" ({r.mailed_to})" if r.mailed_to else "") for r in sent]
        self.history.setText(self.tr("Reminders sent: {0}").replace(
            "{0}", "; ".join(parts) if parts else self.tr("none")))

    def _send(self, *, by_mail: bool) -> None:
        row = self._row()
        if not self._may_send(row) or row is None:
            return
        sent = run(self, reminders.send_reminder, self.ctx.uow(), self.ctx.actor,
                   row.customer_id, self.as_of, by_mail=by_mail)
        if sent is FAILED:
            return
        if not by_mail:
            data = run(self, documents.reminder_pdf, self.ctx.uow(write=False), row.customer_id,
                       self.as_of, sent.level)
            if data is not FAILED:
                fc.show_pdf(data, f"reminder-{sent.level}-{row.customer_name}")
        self.refresh(self.as_of)
        self.changed.emit()

    def choose(self, customer_id: uuid.UUID) -> bool:
        return fc.select_id(self.customers, customer_id)
