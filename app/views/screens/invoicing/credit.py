"""Credit notes of one posted invoice: the list (each with the complaint behind it), and the
form that credits all or part of chosen lines, or freight, with a reason."""

from __future__ import annotations

import uuid

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from app.services import complaints, credit_notes, documents, invoice_queries
from app.services.invoice_queries import DocState, InvoiceDetail
from app.views.context import AppContext
from app.views.screens import finance_common as fc
from app.views.support import formatting as fmt
from app.views.support.field_errors import FieldErrors, error_label
from app.views.support.runner import FAILED, run

REASONS = (
    QT_TRANSLATE_NOOP("CreditPanel", "Complaint"),
    QT_TRANSLATE_NOOP("CreditPanel", "Damaged delivery"),
    QT_TRANSLATE_NOOP("CreditPanel", "Price error"),
    QT_TRANSLATE_NOOP("CreditPanel", "Other"),
)


class CreditPanel(QWidget):
    changed = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.invoice: InvoiceDetail | None = None
        self.chosen: list[uuid.UUID] = []
        self.notes = fc.table("creditNotes", [
            self.tr("Credit note"), self.tr("State"), self.tr("Complaint"), self.tr("Issued"),
            self.tr("Total"), self.tr("Reason")], right=(4,), stretch=5)
        self.notes.setMaximumHeight(130)
        self.post = fc.button(self.tr("P&ost credit note"), "postCreditButton")
        fc.strong(self.post)
        self.delete = fc.button(self.tr("Delete draft note"), "deleteCreditButton")
        self.print = fc.button(self.tr("Credit note PDF"), "printCreditButton")
        actions = QHBoxLayout()
        actions.addWidget(fc.subheading(self.tr("Credit notes")))
        actions.addStretch(1)
        for widget in (self.print, self.delete, self.post):
            actions.addWidget(widget)
        self._build_form()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addLayout(actions)
        layout.addWidget(self.notes)
        layout.addWidget(self.form)
        self.post.clicked.connect(self._post)
        self.delete.clicked.connect(self._delete)
        self.print.clicked.connect(self._print)
        self.notes.itemSelectionChanged.connect(self._note_chosen)

    def _build_form(self) -> None:
        self.form = QFrame()
        self.form.setObjectName("creditForm")
        self.form.setFrameShape(QFrame.Shape.StyledPanel)
        self.errors = FieldErrors()
        self.what = QLabel()
        self.what.setObjectName("creditWhat")
        self.what.setWordWrap(True)
        self.quantity = QLineEdit()
        self.quantity.setObjectName("creditQuantity")
        self.quantity.setMaximumWidth(90)
        self.freight = QLineEdit("0")
        self.freight.setObjectName("creditFreight")
        self.freight.setMaximumWidth(110)
        self.reason = QComboBox()
        self.reason.setObjectName("creditReason")
        for text in REASONS:
            self.reason.addItem(QCoreApplication.translate("CreditPanel", text))
        self.note = QLineEdit()
        self.note.setObjectName("creditNote")
        self.note.setPlaceholderText(self.tr("What happened (printed on the credit note)"))
        self.complaint = QComboBox()
        self.complaint.setObjectName("creditComplaint")
        self.create = fc.strong(fc.button(self.tr("Create credit &note"), "createCreditButton"))
        labels = {}
        for field, widget in (("quantity", self.quantity), ("freight", self.freight),
                              ("reason", self.note), ("complaint", self.complaint),
                              ("lines", self.what)):
            labels[field] = error_label(f"credit_{field}Error")
            self.errors.add(field, widget, labels[field])
        grid = QGridLayout(self.form)
        grid.addWidget(self.what, 0, 0, 1, 6)
        grid.addWidget(QLabel(self.tr("Quantity")), 1, 0)
        grid.addWidget(self.quantity, 1, 1)
        grid.addWidget(QLabel(self.tr("Freight")), 1, 2)
        grid.addWidget(self.freight, 1, 3)
        grid.addWidget(QLabel(self.tr("Complaint")), 1, 4)
        grid.addWidget(self.complaint, 1, 5)
        grid.addWidget(QLabel(self.tr("Reason")), 2, 0)
        grid.addWidget(self.reason, 2, 1, 1, 2)
        grid.addWidget(self.note, 2, 3, 1, 3)
        for row, field in enumerate(("quantity", "freight", "reason", "complaint", "lines")):
            grid.addWidget(labels[field], 3 + row, 0, 1, 6)
        create_row = QHBoxLayout()
        create_row.addStretch(1)
        create_row.addWidget(self.create)
        grid.addLayout(create_row, 8, 0, 1, 6)
        grid.setColumnStretch(5, 1)
        self.create.clicked.connect(self._create)
        self.note.returnPressed.connect(self._create)
        self.form.hide()

    def show_invoice(self, invoice: InvoiceDetail | None) -> None:
        self.invoice = invoice
        self.form.hide()
        posted = invoice is not None and invoice.row.state is DocState.POSTED
        self.setVisible(posted)
        if not posted or invoice is None:
            return
        rows = run(self, invoice_queries.list_credit_notes_for_invoice,
                   self.ctx.uow(write=False), invoice.row.id)
        if rows is FAILED:
            return
        reasons = {}
        for note in rows:
            detail = run(self, invoice_queries.get_credit_note, self.ctx.uow(write=False),
                         note.id)
            reasons[note.id] = "" if detail is FAILED else detail.reason
        fc.fill(self.notes, [(n.id, (
            n.number or self.tr("draft"), self.tr("posted") if n.state is DocState.POSTED
            else self.tr("draft"), n.complaint_number or "", fmt.short_day(n.issue_date),
            fmt.amount(n.total), reasons[n.id])) for n in rows])
        self._note_chosen()

    def _note_chosen(self) -> None:
        note_id = fc.selected_id(self.notes)
        draft = note_id is not None and self.notes.item(
            self.notes.currentRow(), 1).text() == self.tr("draft")
        self.post.setVisible(self.ctx.may("invoice.post"))
        self.post.setEnabled(draft)
        self.delete.setVisible(self.ctx.may("invoice.manage"))
        self.delete.setEnabled(draft)
        self.print.setEnabled(note_id is not None)

    def lines_chosen(self, ids: list[uuid.UUID]) -> None:
        self.chosen = list(ids)
        if self.form.isVisible():
            self._describe()

    def start(self, ids: list[uuid.UUID]) -> None:
        """Opens the form for the chosen lines (none: freight only)."""
        if self.invoice is None:
            return
        self.chosen = list(ids)
        self.complaint.clear()
        self.complaint.addItem(self.tr("No complaint"), None)
        found = run(self, complaints.list_complaints, self.ctx.uow(write=False),
                    customer_id=self.invoice.row.customer_id)
        for row in [] if found is FAILED else found:
            self.complaint.addItem(f"{row.number} · {row.category.value}", str(row.id))
        self.errors.clear()
        self.freight.setText("0")
        self._describe()
        self.form.show()
        self.quantity.setFocus()

    def select_complaint(self, complaint_id: uuid.UUID) -> bool:
        index = self.complaint.findData(str(complaint_id))
        if index >= 0:
            self.complaint.setCurrentIndex(index)
        return index >= 0

    def _left(self, line_id: uuid.UUID) -> object:
        assert self.invoice is not None
        line = next(x for x in self.invoice.lines if x.id == line_id)
        return line, line.quantity - line.qty_credited

    def _describe(self) -> None:
        if not self.chosen:
            self.what.setText(self.tr("No line chosen: credit freight only, or choose lines in "
                                      "the table above."))
            self.quantity.clear()
            self.quantity.setEnabled(False)
            return
        parts = []
        for line_id in self.chosen:
            line, left = self._left(line_id)
            parts.append(self.tr("line {0}: {1} of {2} left to credit").replace(
                "{0}", str(line.line_no)).replace("{1}", fmt.number(left)).replace(
                "{2}", fmt.number(line.quantity)))
        self.what.setText(self.tr("Credit ") + "; ".join(parts))
        # One line: any part of it; several: each in full.
        self.quantity.setEnabled(len(self.chosen) == 1)
        self.quantity.setText(fmt.number(self._left(self.chosen[0])[1]))

    def _create(self) -> None:
        if self.invoice is None:
            return
        self.errors.clear()
        try:
            freight = fmt.parse_number(self.freight.text() or "0")
            if len(self.chosen) == 1:
                requests = [(self.chosen[0], fmt.parse_number(self.quantity.text()))]
            else:
                requests = [(line_id, self._left(line_id)[1]) for line_id in self.chosen]
        except ValueError:
            self.errors.show("quantity", self.tr("Enter a number, like 2 or 1.5."))
            return
        reason = self.reason.currentText()
        if self.note.text().strip():
            reason = f"{reason}: {self.note.text().strip()}"
        # Qt compares item data by value only for plain types: the id is kept as text.
        chosen = self.complaint.currentData()
        complaint_id = uuid.UUID(chosen) if chosen else None
        note_id = run(self, credit_notes.create_credit_note, self.ctx.uow(), self.ctx.actor,
                      self.invoice.row.id, requests, reason, complaint_id,
                      freight=freight, fields=self.errors)
        if note_id is FAILED:
            return
        self.note.clear()
        self.changed.emit()
        fc.select_id(self.notes, note_id)

    def _post(self) -> None:
        note_id = fc.selected_id(self.notes)
        if note_id is None or not fc.ask(self, self.tr("Post this credit note? It gets its "
                                                       "number and lowers what is owed.")):
            return
        if run(self, credit_notes.post_credit_note, self.ctx.uow(), self.ctx.actor,
               note_id) is not FAILED:
            self.changed.emit()

    def _delete(self) -> None:
        note_id = fc.selected_id(self.notes)
        if note_id is not None and run(self, credit_notes.delete_draft_credit_note,
                                       self.ctx.uow(), self.ctx.actor, note_id) is not FAILED:
            self.changed.emit()

    def _print(self) -> None:
        note_id = fc.selected_id(self.notes)
        if note_id is None:
            return
        data = run(self, documents.credit_note_pdf, self.ctx.uow(write=False), note_id)
        if data is not FAILED:
            fc.show_pdf(data, self.notes.item(self.notes.currentRow(), 0).text())
