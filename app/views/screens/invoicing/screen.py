"""Invoicing: on the left what was delivered and is not invoiced (choose one customer's orders,
then "Create invoice") and the invoices themselves; on the right the chosen invoice."""

from __future__ import annotations

import uuid

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app.services import invoice_queries, invoicing
from app.services.invoice_queries import DocState, ToInvoiceRow
from app.views.context import AppContext
from app.views.screens import finance_common as fc
from app.views.screens.base import Screen
from app.views.screens.invoicing.detail import InvoicePanel
from app.views.support import formatting as fmt
from app.views.support.field_errors import FieldErrors, error_label
from app.views.support.runner import FAILED, run


class InvoicingScreen(Screen):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.todo: list[ToInvoiceRow] = []
        self.worklist = fc.table("toInvoiceTable", [
            self.tr("Order"), self.tr("Customer"), self.tr("Lines"), self.tr("To bill"),
            self.tr("Draft since")], right=(2, 3), multi=True)
        self.worklist.setToolTip(self.tr("Choose one customer's orders (Shift/Ctrl + click or "
                                         "Shift + arrows) to invoice them together."))
        self.errors = FieldErrors()
        self.freight = QLineEdit("0")
        self.freight.setObjectName("newFreight")
        self.freight.setMinimumWidth(70)
        self.freight.setMaximumWidth(110)
        self.create = fc.button(self.tr("&Create invoice"), "createInvoiceButton", "Ctrl+N",
                                self)
        self.create.setEnabled(ctx.may("invoice.manage"))
        self.chosen = QLabel()
        self.chosen.setObjectName("chosenOrders")
        freight_error, orders_error = error_label("newFreightError"), error_label("ordersError")
        self.errors.add("freight", self.freight, freight_error)
        self.errors.add("orders", self.worklist, orders_error)
        self.state = QComboBox()
        self.state.setObjectName("invoiceStateFilter")
        self.state.addItem(self.tr("Drafts and posted"), None)
        self.state.addItem(self.tr("Drafts"), DocState.DRAFT)
        self.state.addItem(self.tr("Posted"), DocState.POSTED)
        self.invoices = fc.table("invoicesTable", [
            self.tr("Number"), self.tr("Customer"), self.tr("Issued"), self.tr("Due"),
            self.tr("Total")], right=(4,))
        self.detail = InvoicePanel(ctx)
        self.detail.changed.connect(self._reload_lists)

        create_row = QHBoxLayout()
        create_row.addWidget(self.chosen, 1)
        create_row.addWidget(QLabel(self.tr("Freight")))
        create_row.addWidget(self.freight)
        create_row.addWidget(self.create)
        list_head = QHBoxLayout()
        list_head.addWidget(fc.subheading(self.tr("Invoices")))
        list_head.addStretch(1)
        list_head.addWidget(self.state)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 6, 0)
        left_layout.addWidget(fc.subheading(self.tr("Delivered, not invoiced")))
        left_layout.addWidget(self.worklist, 3)
        left_layout.addLayout(create_row)
        left_layout.addWidget(freight_error)
        left_layout.addWidget(orders_error)
        left_layout.addLayout(list_head)
        left_layout.addWidget(self.invoices, 4)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([560, 740])  # the worklist keeps room for customer names
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(splitter, 1)

        self.worklist.itemSelectionChanged.connect(self._orders_chosen)
        # Enter on the chosen orders goes to the freight; Enter there creates the invoice.
        self.worklist.activated.connect(lambda _i: self.freight.setFocus())
        self.invoices.activated.connect(lambda _i: self.detail.lines.setFocus())
        self.create.clicked.connect(self._create)
        self.freight.returnPressed.connect(self._create)
        self.state.currentIndexChanged.connect(lambda _i: self._load_invoices())
        self.invoices.itemSelectionChanged.connect(self._invoice_chosen)
        self._orders_chosen()

    def refresh(self) -> None:
        self._reload_lists()
        self.detail.show_invoice(self.detail.invoice.row.id if self.detail.invoice else None)

    def focus_first(self) -> None:
        self.worklist.setFocus()
        if self.worklist.rowCount() and not fc.selected_ids(self.worklist):
            self.worklist.selectRow(0)

    def _reload_lists(self) -> None:
        rows = run(self, invoice_queries.to_invoice, self.ctx.uow(write=False))
        if rows is not FAILED:
            self.todo = rows
            fc.fill(self.worklist, [(r.order_id, (
                r.order_number, r.customer_name, str(r.lines), fmt.money(r.total, r.currency),
                fmt.short_day(r.in_draft))) for r in rows])
        self._load_invoices()

    def _load_invoices(self) -> None:
        rows = run(self, invoice_queries.list_invoices, self.ctx.uow(write=False),
                   state=self.state.currentData())
        if rows is FAILED:
            return
        fc.fill(self.invoices, [(r.id, (
            r.number or self.tr("Draft"), r.customer_name,
            fmt.short_day(r.issue_date) if r.number else "", fmt.short_day(r.due_date),
            fmt.amount(r.total))) for r in rows])

    def _orders_chosen(self) -> None:
        ids = set(fc.selected_ids(self.worklist))
        chosen = [r for r in self.todo if r.order_id in ids]
        if not chosen:
            self.chosen.setText(self.tr("Choose delivered orders of one customer."))
            return
        customers = {r.customer_id for r in chosen}
        total = sum((r.total for r in chosen), start=chosen[0].total * 0)
        text = self.tr("Chosen: {0} order(s), {1}").replace("{0}", str(len(chosen))).replace(
            "{1}", fmt.money(total, chosen[0].currency))
        if len(customers) > 1:
            text = (f"<span style='color:{fc.BAD}'>"
                    + self.tr("Orders of different customers are invoiced separately.")
                    + "</span>")
        self.chosen.setText(text)

    def _create(self) -> None:
        self.errors.clear()
        try:
            freight = fmt.parse_number(self.freight.text() or "0")
        except ValueError:
            self.errors.show("freight", self.tr("Enter a number, like 150 or 150.00."))
            return
        invoice_id = run(self, invoicing.create_invoice, self.ctx.uow(), self.ctx.actor,
                         fc.selected_ids(self.worklist), freight=freight, fields=self.errors)
        if invoice_id is FAILED:
            return
        self.freight.setText("0")
        self._reload_lists()
        self.open_record("invoice", invoice_id)
        self.detail.lines.setFocus()  # to review; Ctrl+Enter posts

    def _invoice_chosen(self) -> None:
        invoice_id = fc.selected_id(self.invoices)
        if isinstance(invoice_id, uuid.UUID):
            self.detail.show_invoice(invoice_id)

    def open_record(self, kind: str, record_id: object) -> bool:
        """An invoice; a credit note (its invoice, the note chosen); a complaint (the invoice
        of the first credit note it led to)."""
        if not isinstance(record_id, uuid.UUID):
            return False
        if kind in ("credit_note", "complaint"):
            return self._open_credit_note(kind, record_id)
        if kind != "invoice":
            return False
        if not fc.select_id(self.invoices, record_id):
            self.state.setCurrentIndex(0)
            self._load_invoices()
            fc.select_id(self.invoices, record_id)
        self.detail.show_invoice(record_id)
        return self.detail.invoice is not None


    def _open_credit_note(self, kind: str, record_id: uuid.UUID) -> bool:
        uow = self.ctx.uow(write=False)
        if kind == "credit_note":
            found = run(self, invoice_queries.get_credit_note, uow, record_id)
            notes = [] if found is FAILED else [found.row]
        else:
            found = run(self, invoice_queries.list_credit_notes_for_complaint, uow, record_id)
            notes = [] if found is FAILED else found
        if not notes or not self.open_record("invoice", notes[0].invoice_id):
            return False
        return fc.select_id(self.detail.credit.notes, notes[0].id)
