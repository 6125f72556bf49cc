"""Integrity rules for invoices, credit notes and payments: totals add up, what is paid or
credited stays within what was invoiced, and posted documents carry gapless numbers."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, func, select
from sqlalchemy.sql import Subquery

from app.models import (
    CreditNote,
    CreditNoteLine,
    Invoice,
    InvoiceLine,
    Payment,
    PaymentAllocation,
)
from app.models.enums import DocState
from app.services.integrity_common import Violation, fmt, label

DOCUMENT_TOTALS = "document.totals"
ALLOCATIONS_WITHIN = "billing.allocations_within"
CREDIT_LINES_MATCH = "billing.credit_lines_match_invoice"


@dataclass(frozen=True)
class _Doc:
    entity: str
    header: Any  # mapped class
    line: Any
    owner: Any  # the line's column pointing at the header
    adds_up: str  # how the header total is formed, in words


_DOCS = (
    _Doc("invoice", Invoice, InvoiceLine, InvoiceLine.invoice_id,
         "subtotal + tax total + freight"),
    _Doc("credit_note", CreditNote, CreditNoteLine, CreditNoteLine.credit_note_id,
         "subtotal + tax total + freight"),
)


def _header_total(doc: _Doc) -> Any:
    h = doc.header
    return h.subtotal + h.tax_total + h.freight  # credit notes carry freight too (re-issues)


def check_document_totals(conn: Connection) -> Iterator[Violation]:
    """Headers equal the sums of their lines; every line's total is its net plus tax.
    Line amounts are not re-rounded here: the firm may round per document instead."""
    for doc in _DOCS:
        yield from _header_totals(conn, doc)
        yield from _line_totals(conn, doc)


def _header_totals(conn: Connection, doc: _Doc) -> Iterator[Violation]:
    h, ln = doc.header, doc.line
    sums = (select(doc.owner.label("doc_id"), func.sum(ln.net).label("net"),
                   func.sum(ln.tax).label("tax"))
            .group_by(doc.owner).subquery())
    net, tax = func.coalesce(sums.c.net, 0), func.coalesce(sums.c.tax, 0)
    formed = _header_total(doc)
    rows = conn.execute(
        select(h.id, h.number, h.subtotal, h.tax_total, h.total, net, tax, formed)
        .outerjoin(sums, sums.c.doc_id == h.id)
        .where((h.subtotal != net) | (h.tax_total != tax) | (h.total != formed))
        .order_by(h.number, h.id))
    for doc_id, number, subtotal, tax_total, total, line_net, line_tax, expected in rows:
        name = f"{doc.entity.replace('_', ' ')} {label(number)}"
        checks = (("subtotal", subtotal, line_net, "the lines' net adds up to"),
                  ("tax total", tax_total, line_tax, "the lines' tax adds up to"),
                  ("total", total, expected, f"{doc.adds_up} is"))
        for field, stored, derived, words in checks:
            if stored != derived:
                yield Violation(DOCUMENT_TOTALS, doc.entity, str(doc_id),
                                f"{name}: {field} is {fmt(stored)} but {words} "
                                f"{fmt(derived)}")


def _line_totals(conn: Connection, doc: _Doc) -> Iterator[Violation]:
    h, ln = doc.header, doc.line
    rows = conn.execute(
        select(ln.id, h.number, ln.line_no, ln.net, ln.tax, ln.total)
        .join(h, h.id == doc.owner)
        .where(ln.total != ln.net + ln.tax)
        .order_by(h.number, ln.line_no))
    for line_id, number, line_no, net, tax, total in rows:
        yield Violation(DOCUMENT_TOTALS, f"{doc.entity}_line", str(line_id),
                        f"{doc.entity.replace('_', ' ')} {label(number, line_no)}: total is "
                        f"{fmt(total)} but net {fmt(net)} + tax {fmt(tax)} is {fmt(net + tax)}")


def _per(owner: Any, amount: Any, *where: Any, join: tuple[Any, Any] | None = None) -> Subquery:
    query = select(owner.label("owner_id"), func.sum(amount).label("total"))
    if join is not None:
        query = query.join(*join)
    return query.where(*where).group_by(owner).subquery()


def check_allocations_within(conn: Connection) -> Iterator[Violation]:
    yield from _payments_within(conn)
    yield from _invoices_within(conn)
    yield from _credited_within(conn)


def _payments_within(conn: Connection) -> Iterator[Violation]:
    allocated = _per(PaymentAllocation.payment_id, PaymentAllocation.amount)
    rows = conn.execute(
        select(Payment.id, Payment.number, Payment.amount, allocated.c.total)
        .join(allocated, allocated.c.owner_id == Payment.id)
        .where(allocated.c.total > Payment.amount)
        .order_by(Payment.number))
    for payment_id, number, amount, total in rows:
        yield Violation(ALLOCATIONS_WITHIN, "payment", str(payment_id),
                        f"payment {label(number)}: {fmt(total)} is allocated to invoices but "
                        f"only {fmt(amount)} was received")


def _invoices_within(conn: Connection) -> Iterator[Violation]:
    paid = _per(PaymentAllocation.invoice_id, PaymentAllocation.amount)
    credited = _per(CreditNote.invoice_id, CreditNote.total, CreditNote.state == DocState.POSTED)
    paid_total, credited_total = func.coalesce(paid.c.total, 0), func.coalesce(credited.c.total, 0)
    rows = conn.execute(
        select(Invoice.id, Invoice.number, Invoice.total, paid_total, credited_total)
        .outerjoin(paid, paid.c.owner_id == Invoice.id)
        .outerjoin(credited, credited.c.owner_id == Invoice.id)
        .where(paid_total + credited_total > Invoice.total)
        .order_by(Invoice.number, Invoice.id))
    for invoice_id, number, total, paid_amount, credit_amount in rows:
        yield Violation(ALLOCATIONS_WITHIN, "invoice", str(invoice_id),
                        f"invoice {label(number)}: paid {fmt(paid_amount)} and credited "
                        f"{fmt(credit_amount)} together exceed its total {fmt(total)}")


def _credited_within(conn: Connection) -> Iterator[Violation]:
    credited = _per(CreditNoteLine.invoice_line_id, CreditNoteLine.quantity,
                    CreditNote.state == DocState.POSTED,
                    join=(CreditNote, CreditNote.id == CreditNoteLine.credit_note_id))
    rows = conn.execute(
        select(InvoiceLine.id, Invoice.number, InvoiceLine.line_no, InvoiceLine.quantity,
               credited.c.total)
        .join(Invoice, Invoice.id == InvoiceLine.invoice_id)
        .join(credited, credited.c.owner_id == InvoiceLine.id)
        .where(credited.c.total > InvoiceLine.quantity)
        .order_by(Invoice.number, InvoiceLine.line_no))
    for line_id, number, line_no, quantity, total in rows:
        yield Violation(ALLOCATIONS_WITHIN, "invoice_line", str(line_id),
                        f"invoice {label(number, line_no)}: {fmt(total)} credited on posted "
                        f"credit notes but only {fmt(quantity)} invoiced")


def check_credit_lines_match_invoice(conn: Connection) -> Iterator[Violation]:
    """A credit note credits lines of the invoice it names, not of another one."""
    rows = conn.execute(
        select(CreditNoteLine.id, CreditNote.number, CreditNoteLine.line_no)
        .join(CreditNote, CreditNote.id == CreditNoteLine.credit_note_id)
        .join(InvoiceLine, InvoiceLine.id == CreditNoteLine.invoice_line_id)
        .where(InvoiceLine.invoice_id != CreditNote.invoice_id)
        .order_by(CreditNote.number, CreditNoteLine.line_no))
    for line_id, number, line_no in rows:
        yield Violation(CREDIT_LINES_MATCH, "credit_note_line", str(line_id),
                        f"credit note {label(number, line_no)} credits a line of another "
                        f"invoice than the one the credit note is for")
