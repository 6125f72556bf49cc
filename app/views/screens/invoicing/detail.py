"""One invoice: its lines and totals; a draft can be corrected, deleted or posted, a posted
invoice is read-only and can be printed, mailed, credited or re-issued."""

from __future__ import annotations

import uuid

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from app.services import documents, finance_mail, invoice_queries, invoicing
from app.services.invoice_queries import DocState, InvoiceDetail
from app.views.context import AppContext
from app.views.screens import finance_common as fc
from app.views.screens.invoicing.credit import CreditPanel
from app.views.screens.mail_preview import MailPreviewPanel
from app.views.support import formatting as fmt
from app.views.support.field_errors import FieldErrors, error_label
from app.views.support.runner import FAILED, run


class InvoicePanel(QWidget):
    """Emits `changed` after anything that changes invoices, so the lists reload."""

    changed = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("invoicePanel")
        self.invoice: InvoiceDetail | None = None
        self.title = fc.heading(self.tr("No invoice chosen"), "invoiceTitle", 16)
        self.facts = QLabel()
        self.facts.setObjectName("invoiceFacts")
        self.facts.setWordWrap(True)
        self.lines = fc.table("invoiceLines", [
            self.tr("#"), self.tr("Description"), self.tr("Qty"), self.tr("Unit price"),
            self.tr("Disc. %"), self.tr("Tax %"), self.tr("Net"), self.tr("Tax"),
            self.tr("Total"), self.tr("Credited")], right=range(2, 10), multi=True)
        self.totals = QLabel()
        self.totals.setObjectName("invoiceTotals")
        self.totals.setStyleSheet("font-size: 14px;")
        self._build_draft_row()
        self._build_posted_row()
        self.mail = MailPreviewPanel("invoiceMail")
        self.mail.queued.connect(self.changed.emit)
        self.credit = CreditPanel(ctx)
        self.credit.changed.connect(self._after_credit)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.facts)
        layout.addWidget(self.lines, 2)
        layout.addWidget(self.totals)
        layout.addWidget(self.draft_row)
        layout.addWidget(self.posted_row)
        layout.addWidget(self.mail)
        layout.addWidget(self.credit, 1)
        self.show_invoice(None)

    def _build_draft_row(self) -> None:
        self.draft_row = QWidget()
        self.errors = FieldErrors()
        self.freight = QLineEdit()
        self.freight.setObjectName("draftFreight")
        self.freight.setMaximumWidth(110)
        self.quantity = QLineEdit()
        self.quantity.setObjectName("draftQuantity")
        self.quantity.setMaximumWidth(80)
        self.quantity.setPlaceholderText(self.tr("qty"))
        self.save = fc.button(self.tr("&Save changes"), "saveDraftButton")
        self.remove = fc.button(self.tr("&Remove lines"), "removeLinesButton")
        self.delete = fc.button(self.tr("&Delete draft"), "deleteDraftButton")
        self.post = fc.button(self.tr("&Post invoice"), "postInvoiceButton", "Ctrl+Return", self)
        fc.strong(self.post)
        freight_error, quantity_error = error_label("freightError"), error_label("quantityError")
        self.errors.add("freight", self.freight, freight_error)
        self.errors.add("quantity", self.quantity, quantity_error)
        self.errors.add("lines", self.lines, quantity_error)
        grid = QGridLayout(self.draft_row)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.addWidget(QLabel(self.tr("Freight")), 0, 0)
        grid.addWidget(self.freight, 0, 1)
        grid.addWidget(QLabel(self.tr("Quantity of chosen line")), 0, 2)
        grid.addWidget(self.quantity, 0, 3)
        grid.addWidget(self.save, 0, 4)
        grid.addWidget(self.remove, 0, 5)
        grid.addWidget(self.delete, 0, 6)
        grid.addWidget(self.post, 0, 7)
        grid.setColumnStretch(8, 1)
        grid.addWidget(freight_error, 1, 0, 1, 2)
        grid.addWidget(quantity_error, 1, 2, 1, 6)
        for field in (self.freight, self.quantity):
            field.returnPressed.connect(self._save)
        self.save.clicked.connect(self._save)
        self.remove.clicked.connect(self._remove)
        self.delete.clicked.connect(self._delete)
        self.post.clicked.connect(self._post)
        self.lines.itemSelectionChanged.connect(self._line_chosen)

    def _build_posted_row(self) -> None:
        self.posted_row = QWidget()
        self.print = fc.button(self.tr("Print PD&F"), "printInvoiceButton", "Ctrl+P", self)
        self.email = fc.button(self.tr("&E-mail…"), "mailInvoiceButton", "Ctrl+M", self)
        self.credit_button = fc.button(self.tr("Credi&t note…"), "creditButton", "Ctrl+K",
                                       self)
        self.reason = QLineEdit()
        self.reason.setObjectName("reissueReason")
        self.reason.setPlaceholderText(self.tr("Why re-issue? (e.g. wrong billing address)"))
        self.reissue = fc.button(self.tr("Re-&issue"), "reissueButton")
        row = QHBoxLayout(self.posted_row)
        row.setContentsMargins(0, 0, 0, 0)
        for widget in (self.print, self.email, self.credit_button):
            row.addWidget(widget)
        row.addSpacing(16)
        row.addWidget(self.reason, 1)
        row.addWidget(self.reissue)
        self.print.clicked.connect(self._print)
        self.email.clicked.connect(self._preview_mail)
        self.credit_button.clicked.connect(self._open_credit)
        self.reissue.clicked.connect(self._reissue)
        self.reason.returnPressed.connect(self._reissue)

    # -- showing ---------------------------------------------------------------------------

    def show_invoice(self, invoice_id: uuid.UUID | None) -> None:
        self.mail.hide()
        self.errors.clear()
        detail = None
        if invoice_id is not None:
            found = run(self, invoice_queries.get_invoice, self.ctx.uow(write=False), invoice_id)
            detail = None if found is FAILED else found
        self.invoice = detail
        if detail is None:
            self.title.setText(self.tr("No invoice chosen"))
            self.facts.clear()
            self.totals.clear()
            self.lines.setRowCount(0)
            self.draft_row.hide()
            self.posted_row.hide()
            self.credit.show_invoice(None)
            return
        row, cur = detail.row, detail.currency
        posted = row.state is DocState.POSTED
        self.title.setText(
            self.tr("Invoice {0}").replace("{0}", row.number) if row.number
            else self.tr("Draft invoice"))
        facts = [row.customer_name]
        if posted:
            facts += [self.tr("issued {0}").replace("{0}", fmt.day(row.issue_date)),
                      self.tr("due {0}").replace("{0}", fmt.day(row.due_date))]
        else:
            facts.append(self.tr("not posted: no number yet, nothing is owed"))
        if detail.reissue_of_id:
            facts.append(self.tr("re-issue of an earlier invoice"))
        if detail.reissued_as:
            facts.append(self.tr("re-issued"))
        self.facts.setText("   ·   ".join(facts))
        fc.fill(self.lines, [(line.id, (
            str(line.line_no), line.description, fmt.number(line.quantity),
            fmt.amount(line.unit_price), fmt.number(line.discount_pct),
            fmt.number(line.tax_rate * 100), fmt.amount(line.net), fmt.amount(line.tax),
            fmt.amount(line.total), fmt.number(line.qty_credited) if line.qty_credited else ""))
            for line in detail.lines])
        fc.colour_column(self.lines, 9, fc.BAD)
        parts = [self.tr("Net {0}").replace("{0}", fmt.money(detail.subtotal, cur)),
                 self.tr("Tax {0}").replace("{0}", fmt.money(detail.tax_total, cur)),
                 self.tr("Freight {0}").replace("{0}", fmt.money(detail.freight, cur)),
                 "<b>" + self.tr("Total {0}").replace("{0}", fmt.money(row.total, cur)) + "</b>"]
        if posted:
            parts += [self.tr("Credited {0}").replace("{0}", fmt.money(detail.credited, cur)),
                      self.tr("Paid {0}").replace("{0}", fmt.money(detail.paid, cur)),
                      f"<b style='color:{fc.BAD if detail.open_amount > 0 else fc.GOOD}'>"
                      + self.tr("Open {0}").replace("{0}", fmt.money(detail.open_amount, cur))
                      + "</b>"]
        self.totals.setText("   ·   ".join(parts))
        self.freight.setText(fmt.amount(detail.freight))
        self.quantity.clear()
        self.draft_row.setVisible(not posted)
        self.posted_row.setVisible(posted)
        manage, post = self.ctx.may("invoice.manage"), self.ctx.may("invoice.post")
        for widget in (self.save, self.remove, self.delete, self.freight, self.quantity):
            widget.setEnabled(manage)
        self.post.setVisible(post)
        self.email.setVisible(manage)
        self.credit_button.setVisible(manage)
        self.reason.setVisible(manage and post)
        self.reissue.setVisible(manage and post)
        self.credit.show_invoice(detail)

    def _line_chosen(self) -> None:
        ids = fc.selected_ids(self.lines)
        if self.invoice is not None and len(ids) == 1:
            line = next(x for x in self.invoice.lines if x.id == ids[0])
            self.quantity.setText(fmt.number(line.quantity))
        self.credit.lines_chosen(ids)

    def _reload(self) -> None:
        self.show_invoice(self.invoice.row.id if self.invoice else None)
        self.changed.emit()

    # -- draft actions ---------------------------------------------------------------------

    def _parse(self, field: str, widget: QLineEdit) -> object:
        try:
            return fmt.parse_number(widget.text())
        except ValueError:
            self.errors.show(field, self.tr("Enter a number, like 1250.50."))
            return None

    def _save(self) -> None:
        if self.invoice is None:
            return
        self.errors.clear()
        freight = self._parse("freight", self.freight)
        if freight is None:
            return
        quantities = {}
        ids = fc.selected_ids(self.lines)
        if len(ids) == 1 and self.quantity.text().strip():
            quantity = self._parse("quantity", self.quantity)
            if quantity is None:
                return
            line = next(x for x in self.invoice.lines if x.id == ids[0])
            if quantity != line.quantity:
                quantities[line.id] = quantity
        if run(self, invoicing.update_draft_invoice, self.ctx.uow(), self.ctx.actor,
               self.invoice.row.id, freight=freight, quantities=quantities,
               fields=self.errors) is not FAILED:
            self._reload()

    def _remove(self) -> None:
        ids = fc.selected_ids(self.lines)
        if self.invoice is None or not ids:
            return
        if run(self, invoicing.update_draft_invoice, self.ctx.uow(), self.ctx.actor,
               self.invoice.row.id, remove_lines=ids, fields=self.errors) is not FAILED:
            self._reload()

    def _delete(self) -> None:
        if self.invoice is None or not fc.ask(self, self.tr("Delete this draft invoice?")):
            return
        if run(self, invoicing.delete_draft_invoice, self.ctx.uow(), self.ctx.actor,
               self.invoice.row.id) is not FAILED:
            self.show_invoice(None)
            self.changed.emit()

    def _post(self) -> None:
        if self.invoice is None or self.invoice.row.state is not DocState.DRAFT:
            return
        total = fmt.money(self.invoice.row.total, self.invoice.currency)
        if not fc.ask(self, self.tr("Post this invoice of {0}? It gets its number now and "
                                    "cannot be changed afterwards.").replace("{0}", total)):
            return
        if run(self, invoicing.post_invoice, self.ctx.uow(), self.ctx.actor,
               self.invoice.row.id) is not FAILED:
            self._reload()

    # -- posted actions --------------------------------------------------------------------

    def _print(self) -> None:
        if self.invoice is None:
            return
        data = run(self, documents.invoice_pdf, self.ctx.uow(write=False), self.invoice.row.id)
        if data is not FAILED:
            fc.show_pdf(data, self.invoice.row.number or "draft-invoice")

    def _preview_mail(self) -> None:
        if self.invoice is None:
            return
        invoice_id = self.invoice.row.id
        preview = run(self, finance_mail.invoice_mail, self.ctx.uow(write=False), invoice_id)
        if preview is FAILED:
            return
        self.mail.preview(preview, lambda: run(
            self, finance_mail.queue_invoice_mail, self.ctx.uow(), self.ctx.actor,
            invoice_id) is not FAILED)

    def _open_credit(self) -> None:
        self.credit.start(fc.selected_ids(self.lines))

    def _after_credit(self) -> None:
        self._reload()

    def _reissue(self) -> None:
        if self.invoice is None:
            return
        if not self.reason.text().strip():
            self.reason.setFocus()
            self.reason.setPlaceholderText(self.tr("Say why the invoice is re-issued, then "
                                                   "press Enter."))
            return
        if not fc.ask(self, self.tr("Credit what is left of this invoice and open a corrected "
                                    "draft copy?")):
            return
        result = run(self, invoicing.reissue_invoice, self.ctx.uow(), self.ctx.actor,
                     self.invoice.row.id, self.reason.text())
        if result is not FAILED:
            self.reason.clear()
            self.show_invoice(result.invoice_id)
            self.changed.emit()
