"""The invoice facts (app/models/kpi_facts.py `invoice_facts`): one row per posted invoice
with what days to pay and overdue receivables aggregate, kept current from the change log by
app/services/derived_facts.py (docs/kpis.md, Speed).

Posted invoices, payments, their allocations and posted credit notes never change and are
never deleted, so an invoice's row changes only when one of them is written: the invoice
(posted), a payment allocated to it, or a credit note against it.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import and_, case, func, select, union

from app.models import CreditNote, Invoice, InvoiceFact, Payment, PaymentAllocation, SyncChange
from app.models.enums import DocState
from app.services import derived_facts
from app.services.unit_of_work import UnitOfWork

WATERMARK = "kpi_invoice_facts_seq"  # "<site>:<seq>"; per site, never copied


def changed_invoices(since: int, until: int) -> Any:
    """SELECT of the ids of the invoices named, directly or through a payment allocated to
    them or a credit note against them, by the change-log entries since < seq <= until."""
    log = SyncChange
    window = and_(log.seq > since, log.seq <= until)
    return union(
        select(log.entity_id).where(window, log.entity == "invoices"),
        select(PaymentAllocation.invoice_id).join(log, and_(
            window, log.entity == "payments", log.entity_id == PaymentAllocation.payment_id)),
        select(CreditNote.invoice_id).join(log, and_(
            window, log.entity == "credit_notes", log.entity_id == CreditNote.id)),
    )


def facts_of(invoices: Any) -> Any:
    """SELECT of the invoice_facts rows of the posted invoices among `invoices`."""
    paid = (select(PaymentAllocation.invoice_id, func.sum(PaymentAllocation.amount).label("amt"),
                   func.max(Payment.received_on).label("last"))
            .join(Payment, Payment.id == PaymentAllocation.payment_id)
            .where(PaymentAllocation.invoice_id.in_(invoices))
            .group_by(PaymentAllocation.invoice_id).subquery())
    credited = (select(CreditNote.invoice_id, func.sum(CreditNote.total).label("amt"),
                       func.max(CreditNote.issue_date).label("last"))
                .where(CreditNote.state == DocState.POSTED, CreditNote.invoice_id.in_(invoices))
                .group_by(CreditNote.invoice_id).subquery())
    latest = case((credited.c.last.is_(None), paid.c.last),
                  (paid.c.last.is_(None), credited.c.last),
                  (paid.c.last > credited.c.last, paid.c.last), else_=credited.c.last)
    # Money against money (same column type), exact on SQLite's scaled integers too.
    applied = func.coalesce(paid.c.amt, 0) + func.coalesce(credited.c.amt, 0)
    covered = applied >= Invoice.total
    return (select(Invoice.id, Invoice.customer_id, Invoice.issue_date, Invoice.due_date,
                   Invoice.total, case((covered, latest), else_=None),
                   case((and_(covered, paid.c.last.is_not(None)), paid.c.last), else_=None),
                   Invoice.total - applied, latest)
            .outerjoin(paid, paid.c.invoice_id == Invoice.id)
            .outerjoin(credited, credited.c.invoice_id == Invoice.id)
            .where(Invoice.state == DocState.POSTED, Invoice.id.in_(invoices)))


INVOICE_FACTS = derived_facts.FactsTable(
    InvoiceFact.__table__, WATERMARK,
    lambda: select(Invoice.id).where(Invoice.state == DocState.POSTED),
    changed_invoices, facts_of)


def refresh(uow: UnitOfWork) -> int:
    return derived_facts.refresh(uow, INVOICE_FACTS)


def is_current(uow: UnitOfWork) -> bool:
    return derived_facts.is_current(uow, INVOICE_FACTS)


__all__ = ["INVOICE_FACTS", "WATERMARK", "changed_invoices", "facts_of", "is_current",
           "refresh"]
