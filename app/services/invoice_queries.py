"""Read side of invoices and credit notes: frozen rows, never live ORM objects; the links
invoice <-> credit note <-> complaint can be followed both ways."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import Select, func, select
from sqlalchemy.orm import aliased

from app.models import (
    Complaint,
    CreditNote,
    CreditNoteLine,
    Invoice,
    InvoiceLine,
    SalesOrder,
    SalesOrderLine,
)
from app.models.enums import DocState
from app.services.billing_common import credited_per_line, credited_total, paid_total
from app.services.errors import NotFoundError, tr
from app.services.money import line_amounts
from app.services.site_scope import work_scope
from app.services.unit_of_work import UnitOfWork


@dataclass(frozen=True)
class InvoiceLineRow:
    id: uuid.UUID
    line_no: int
    order_line_id: uuid.UUID | None
    description: str
    quantity: Decimal
    unit_price: Decimal
    discount_pct: Decimal
    tax_rate: Decimal
    net: Decimal
    tax: Decimal
    total: Decimal
    qty_credited: Decimal  # on posted credit notes


@dataclass(frozen=True)
class InvoiceRow:
    id: uuid.UUID
    number: str | None
    state: DocState
    customer_id: uuid.UUID
    customer_name: str
    issue_date: date | None
    due_date: date | None
    total: Decimal


@dataclass(frozen=True)
class InvoiceDetail:
    row: InvoiceRow
    billing_address: str
    currency: str
    subtotal: Decimal
    tax_total: Decimal
    freight: Decimal
    credited: Decimal
    paid: Decimal
    open_amount: Decimal  # total - credited - paid; meaningful once posted
    posted_at: datetime | None
    reissue_of_id: uuid.UUID | None
    reissued_as: tuple[uuid.UUID, ...]
    order_ids: tuple[uuid.UUID, ...]
    lines: tuple[InvoiceLineRow, ...]


_ROW = (Invoice.id, Invoice.number, Invoice.state, Invoice.customer_id, Invoice.customer_name,
        Invoice.issue_date, Invoice.due_date, Invoice.total)


def list_invoices(uow: UnitOfWork, *, customer_id: uuid.UUID | None = None,
                  state: DocState | None = None, limit: int = 500) -> list[InvoiceRow]:
    """Posted invoices by number, newest first, then drafts by creation."""
    query = select(*_ROW)
    if customer_id is not None:
        query = query.where(Invoice.customer_id == customer_id)
    if state is not None:
        query = query.where(Invoice.state == state)
    query = query.order_by(Invoice.number.desc().nulls_last(), Invoice.created_at.desc())
    with uow:
        rows = uow.session.execute(query.limit(limit)).all()
    return [InvoiceRow(*row) for row in rows]


def get_invoice(uow: UnitOfWork, invoice_id: uuid.UUID) -> InvoiceDetail:
    with uow:
        session = uow.session
        invoice = session.get(Invoice, invoice_id)
        if invoice is None:
            raise NotFoundError(tr("That invoice does not exist any more."))
        credited = credited_per_line(session, invoice.id)
        lines = tuple(InvoiceLineRow(
            line.id, line.line_no, line.order_line_id, line.description, line.quantity,
            line.unit_price, line.discount_pct, line.tax_rate, line.net, line.tax, line.total,
            credited[line.id].quantity if line.id in credited else Decimal(0))
            for line in invoice.lines)
        order_ids = session.scalars(
            select(SalesOrderLine.order_id).distinct().join(
                InvoiceLine, InvoiceLine.order_line_id == SalesOrderLine.id)
            .where(InvoiceLine.invoice_id == invoice.id)).all()
        reissued_as = session.scalars(select(Invoice.id).where(
            Invoice.reissue_of_id == invoice.id).order_by(Invoice.created_at)).all()
        credit, paid = credited_total(session, invoice.id), paid_total(session, invoice.id)
        return InvoiceDetail(
            InvoiceRow(*(getattr(invoice, c.key) for c in _ROW)), invoice.billing_address,
            invoice.currency, invoice.subtotal, invoice.tax_total, invoice.freight, credit, paid,
            invoice.total - credit - paid, invoice.posted_at, invoice.reissue_of_id,
            tuple(reissued_as), tuple(sorted(order_ids)), lines)


@dataclass(frozen=True)
class CreditNoteRow:
    id: uuid.UUID
    number: str | None
    state: DocState
    invoice_id: uuid.UUID
    invoice_number: str | None
    customer_id: uuid.UUID
    complaint_id: uuid.UUID | None
    complaint_number: str | None
    issue_date: date | None
    total: Decimal


@dataclass(frozen=True)
class CreditNoteLineRow:
    id: uuid.UUID
    line_no: int
    invoice_line_id: uuid.UUID
    description: str
    quantity: Decimal
    net: Decimal
    tax: Decimal
    total: Decimal


@dataclass(frozen=True)
class CreditNoteDetail:
    row: CreditNoteRow
    reason: str
    subtotal: Decimal
    tax_total: Decimal
    freight: Decimal
    lines: tuple[CreditNoteLineRow, ...]


_invoice = aliased(Invoice)


def _note_rows() -> Select:  # type: ignore[type-arg]
    return (
        select(CreditNote.id, CreditNote.number, CreditNote.state, CreditNote.invoice_id,
               _invoice.number, CreditNote.customer_id, CreditNote.complaint_id,
               Complaint.number, CreditNote.issue_date, CreditNote.total)
        .join(_invoice, _invoice.id == CreditNote.invoice_id)
        .outerjoin(Complaint, Complaint.id == CreditNote.complaint_id)
        .order_by(CreditNote.number.nulls_last(), CreditNote.created_at))


def _notes(uow: UnitOfWork, *where: object) -> list[CreditNoteRow]:
    with uow:
        rows = uow.session.execute(_note_rows().where(*where)).all()  # type: ignore[arg-type]
    return [CreditNoteRow(*row) for row in rows]


def list_credit_notes_for_invoice(uow: UnitOfWork, invoice_id: uuid.UUID
                                  ) -> list[CreditNoteRow]:
    return _notes(uow, CreditNote.invoice_id == invoice_id)


def list_credit_notes_for_complaint(uow: UnitOfWork, complaint_id: uuid.UUID
                                    ) -> list[CreditNoteRow]:
    """The credit notes a complaint led to; each row names its invoice."""
    return _notes(uow, CreditNote.complaint_id == complaint_id)


def list_credit_notes_for_customer(uow: UnitOfWork, customer_id: uuid.UUID
                                   ) -> list[CreditNoteRow]:
    return _notes(uow, CreditNote.customer_id == customer_id)


def get_credit_note(uow: UnitOfWork, credit_note_id: uuid.UUID) -> CreditNoteDetail:
    with uow:
        session = uow.session
        row = session.execute(_note_rows().where(CreditNote.id == credit_note_id)).first()
        if row is None:
            raise NotFoundError(tr("That credit note does not exist any more."))
        head = session.execute(
            select(CreditNote.reason, CreditNote.subtotal, CreditNote.tax_total,
                   CreditNote.freight).where(CreditNote.id == credit_note_id)).one()
        lines = session.execute(
            select(CreditNoteLine.id, CreditNoteLine.line_no, CreditNoteLine.invoice_line_id,
                   CreditNoteLine.description, CreditNoteLine.quantity, CreditNoteLine.net,
                   CreditNoteLine.tax, CreditNoteLine.total)
            .where(CreditNoteLine.credit_note_id == credit_note_id)
            .order_by(CreditNoteLine.line_no)).all()
    return CreditNoteDetail(CreditNoteRow(*row), *head,
                            lines=tuple(CreditNoteLineRow(*line) for line in lines))


@dataclass(frozen=True)
class ToInvoiceRow:
    """An order with delivered quantities no posted invoice covers yet."""

    order_id: uuid.UUID
    order_number: str
    customer_id: uuid.UUID
    customer_name: str
    currency: str
    lines: int  # lines with something waiting
    total: Decimal  # what invoicing all of it would bill, tax included, freight not
    in_draft: date | None  # a draft invoice already holds some of it: the day it was made


def to_invoice(uow: UnitOfWork) -> list[ToInvoiceRow]:
    """The invoicing worklist, by customer then order number, so one customer's deliveries sit
    together and can be invoiced as one. Only orders worked on here (site_scope.py): a
    branch bills its own deliveries."""
    waiting = SalesOrderLine.qty_delivered - SalesOrderLine.qty_invoiced
    query = (select(SalesOrder.id, SalesOrder.number, SalesOrder.customer_id,
                    SalesOrder.customer_name, SalesOrder.currency, SalesOrderLine.id, waiting,
                    SalesOrderLine.unit_price, SalesOrderLine.discount_pct,
                    SalesOrderLine.tax_rate)
             .join(SalesOrderLine, SalesOrderLine.order_id == SalesOrder.id)
             .where(waiting > 0, SalesOrder.billed_elsewhere.is_(False))
             .order_by(SalesOrder.customer_name, SalesOrder.customer_id, SalesOrder.number))
    drafts = (select(SalesOrderLine.order_id, func.min(Invoice.created_at))
              .join(InvoiceLine, InvoiceLine.order_line_id == SalesOrderLine.id)
              .join(Invoice, Invoice.id == InvoiceLine.invoice_id)
              .where(Invoice.state == DocState.DRAFT).group_by(SalesOrderLine.order_id))
    with uow:
        lines = uow.session.execute(query.where(work_scope(uow).orders())).all()
        in_draft = dict(uow.session.execute(drafts).all())
    rows: dict[uuid.UUID, ToInvoiceRow] = {}
    for order_id, number, customer_id, name, currency, _line, qty, price, disc, tax in lines:
        billed = line_amounts(qty, price, disc, tax, currency).total
        before = rows.get(order_id)
        draft = in_draft.get(order_id)
        rows[order_id] = ToInvoiceRow(
            order_id, number, customer_id, name, currency, (before.lines if before else 0) + 1,
            (before.total if before else Decimal(0)) + billed,
            draft.date() if draft else None)
    return list(rows.values())
