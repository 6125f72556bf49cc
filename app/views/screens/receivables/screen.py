"""Receivables: what each customer owes by age, what is overdue and how far the reminders have
gone, statements, and closing the books. The report day can be moved back to see the past."""

from __future__ import annotations

import uuid
from datetime import date
from decimal import Decimal

from PySide6.QtCore import QDate
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.services import documents, receivables
from app.services.receivables import AgingRow, CustomerBalance
from app.views.context import AppContext
from app.views.screens import finance_common as fc
from app.views.screens.base import Screen
from app.views.screens.receivables.dunning import DunningPanel
from app.views.screens.receivables.period import PeriodClosePanel
from app.views.support import formatting as fmt
from app.views.support.runner import FAILED, run

ZERO = Decimal(0)
BUCKET_COLUMNS = {"current": 1, "days_1_30": 2, "days_31_60": 3, "days_61_90": 4, "over_90": 5}


class ReceivablesScreen(Screen):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.as_of = QDateEdit(QDate.currentDate())
        self.as_of.setObjectName("asOf")
        self.as_of.setCalendarPopup(True)
        self.as_of.setMaximumDate(QDate.currentDate())
        self.aging = fc.table("agingTable", [
            self.tr("Customer"), self.tr("Current"), self.tr("1–30 days"), self.tr("31–60 days"),
            self.tr("61–90 days"), self.tr("Over 90 days"), self.tr("Open"), self.tr("Credit"),
            self.tr("Balance")], right=range(1, 9), stretch=-1)
        self.summary = QLabel()
        self.summary.setObjectName("receivablesSummary")
        self.statement = fc.button(self.tr("&Statement PDF"), "statementButton", "Ctrl+P", self)
        self.dunning = DunningPanel(ctx)
        self.period = PeriodClosePanel(ctx)
        aging_tab = QWidget()
        aging_actions = QHBoxLayout()
        aging_actions.addWidget(self.summary, 1)
        aging_actions.addWidget(self.statement)
        aging_layout = QVBoxLayout(aging_tab)
        aging_layout.addWidget(self.aging, 1)
        aging_layout.addLayout(aging_actions)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("receivablesTabs")
        self.tabs.addTab(aging_tab, self.tr("&Balances and aging"))
        self.tabs.addTab(self.dunning, self.tr("&Overdue and reminders"))
        self.tabs.addTab(self.period, self.tr("Period c&lose"))
        head = QHBoxLayout()
        head.addStretch(1)
        head.addWidget(QLabel(self.tr("Report day")))
        head.addWidget(self.as_of)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addLayout(head)
        layout.addWidget(self.tabs, 1)
        self.as_of.dateChanged.connect(lambda _d: self.refresh())
        self.statement.clicked.connect(self._statement)
        self.dunning.changed.connect(self._load_aging)

    def day(self) -> date:
        chosen = self.as_of.date()
        return date(chosen.year(), chosen.month(), chosen.day())

    def focus_first(self) -> None:
        self.aging.setFocus()

    def refresh(self) -> None:
        self._load_aging()
        self.dunning.refresh(self.day())
        self.period.refresh()

    def _load_aging(self) -> None:
        report = run(self, receivables.aging, self.ctx.uow(write=False), self.day())
        balances = run(self, receivables.customer_balances, self.ctx.uow(write=False))
        if report is FAILED or balances is FAILED:
            return
        by_customer = {b.customer_id: b for b in balances}
        aged = {r.customer_id: r for r in report.rows}
        # Every customer with an open invoice or money on account, by name.
        ids = [b.customer_id for b in balances
               if b.customer_id in aged or b.balance.balance != 0 or b.balance.unallocated]
        empty = AgingRow(None, "", *(ZERO for _ in BUCKET_COLUMNS))
        rows = [(cid, self._cells(by_customer[cid].customer_name, aged.get(cid, empty),
                                  by_customer[cid].balance)) for cid in ids]
        total_credit = sum((by_customer[c].balance.unallocated for c in ids), ZERO)
        total_balance = sum((by_customer[c].balance.balance for c in ids), ZERO)
        rows.append((None, self._cells(self.tr("All customers"), report.totals, None,
                                       total_credit, total_balance)))
        fc.fill(self.aging, rows)
        last = self.aging.rowCount() - 1
        bold = QFont(self.font())
        bold.setBold(True)
        for column in range(self.aging.columnCount()):
            self.aging.item(last, column).setFont(bold)
        for column in (3, 4, 5):
            fc.colour_column(self.aging, column, fc.BAD)
        self.summary.setText(self.tr("{0} customers · open {1} · overdue {2}").replace(
            "{0}", str(len(ids))).replace("{1}", fmt.money(report.totals.total)).replace(
            "{2}", fmt.money(report.totals.total - report.totals.current)))

    def _cells(self, name: str, row: AgingRow, balance: CustomerBalance | None,
               credit: object = None, total: object = None) -> tuple[str, ...]:
        money = [fmt.amount(getattr(row, bucket)) if getattr(row, bucket) else ""
                 for bucket in BUCKET_COLUMNS]
        credit = balance.unallocated if balance is not None else credit
        total = balance.balance if balance is not None else total
        return (name, *money, fmt.amount(row.total), fmt.amount(credit) if credit else "",
                fmt.amount(total))  # type: ignore[arg-type]

    def _statement(self) -> None:
        customer_id = fc.selected_id(self.aging)
        if not isinstance(customer_id, uuid.UUID):
            return
        data = run(self, documents.statement_pdf, self.ctx.uow(write=False), customer_id,
                   self.day())
        if data is not FAILED:
            fc.show_pdf(data, f"statement-{self.aging.item(self.aging.currentRow(), 0).text()}")

    def open_record(self, kind: str, record_id: object) -> bool:
        if kind != "customer" or not isinstance(record_id, uuid.UUID):
            return False
        return fc.select_id(self.aging, record_id)

