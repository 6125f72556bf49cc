"""Keeps `invoice_settlements` (app/models/kpi_facts.py) up to date for the overdue KPI.

Overdue receivables on a day D are posted invoices due before D with money open on D. Only
invoices not settled by D can be open then, so with a row per posted invoice saying by when
it was settled, the KPI computes the exact open amount of those few instead of every
invoice ever issued. The rows are a pre-filter, never the figure:
- a settled date is the latest date of the payments and credit notes that covered the
  invoice when it was computed, so it is never earlier than the true day (an invoice is
  at worst looked at, and then found closed, by the exact computation);
- a row says "settled" only once payments and posted credit notes cover the total, which
  stays true because posted invoices, payments, allocations and credit notes never change;
- a posted invoice without a row (posted since the last refresh, or imported) makes the KPI
  use its full computation, so a missed row can slow it down but never drop an invoice.
`refresh_settlements` runs before the dashboard loads: it adds rows for new posted
invoices and recomputes those paid or credited since the last run (with an hour's overlap
for transactions that committed late).
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import case, delete, func, insert, or_, select
from sqlalchemy.exc import IntegrityError

from app.models import CreditNote, Invoice, InvoiceSettlement, Payment, PaymentAllocation
from app.models.enums import DocState
from app.services.settings import get_setting, set_setting
from app.services.unit_of_work import UnitOfWork

WATERMARK = "kpi_settlement_checked_at"  # settings key: when the rows were last refreshed
OVERLAP = timedelta(hours=1)


def complete(session: Any) -> bool:
    """True when every posted invoice has its row (then the KPI may use them)."""
    posted = session.scalar(select(func.count()).select_from(Invoice)
                            .where(Invoice.state == DocState.POSTED))
    rows = session.scalar(select(func.count()).select_from(InvoiceSettlement))
    return bool(posted == rows)


def _settled_on(invoices: Any) -> Any:
    """SELECT invoice id, settled date (NULL while open) for the invoices in `invoices`."""
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
    covered = (func.coalesce(paid.c.amt, 0) + func.coalesce(credited.c.amt, 0)
               >= Invoice.total)
    return (select(Invoice.id, case((covered, latest), else_=None))
            .outerjoin(paid, paid.c.invoice_id == Invoice.id)
            .outerjoin(credited, credited.c.invoice_id == Invoice.id)
            .where(Invoice.state == DocState.POSTED, Invoice.id.in_(invoices)))


def refresh_settlements(uow: UnitOfWork, now: datetime | None = None) -> int:
    """Brings the rows up to date; returns how many were (re)written. Maintenance of derived
    facts, not a user's change: no permission and no audit entry."""
    now = now or datetime.now(UTC)
    target = InvoiceSettlement.__table__
    try:
        with uow:
            s = uow.session
            stamp = get_setting(s, WATERMARK)
            since = datetime.fromisoformat(stamp) - OVERLAP if stamp else None
            missing = (select(Invoice.id).where(
                Invoice.state == DocState.POSTED,
                ~select(InvoiceSettlement.invoice_id)
                .where(InvoiceSettlement.invoice_id == Invoice.id).exists()))
            written = 0
            if since is not None:
                touched = (select(PaymentAllocation.invoice_id)
                           .where(PaymentAllocation.at >= since)
                           .union(select(CreditNote.invoice_id)
                                  .where(CreditNote.posted_at >= since)))
                # Only rows still open can change (a settled invoice stays settled).
                stale = list(s.scalars(select(InvoiceSettlement.invoice_id).where(
                    InvoiceSettlement.settled_on.is_(None),
                    InvoiceSettlement.invoice_id.in_(select(touched.subquery().c[0])))))
                if stale:
                    s.execute(delete(target).where(target.c.invoice_id.in_(stale)))
                    s.execute(insert(target).from_select(
                        ["invoice_id", "settled_on"], _settled_on(stale)))
                    written += len(stale)
            if since is None or not complete(s):
                # rowcount of INSERT ... SELECT is not reported by every driver: count rows.
                before = s.scalar(select(func.count()).select_from(InvoiceSettlement)) or 0
                s.execute(insert(target).from_select(["invoice_id", "settled_on"],
                                                     _settled_on(missing)))
                written += (s.scalar(select(func.count()).select_from(InvoiceSettlement))
                            or 0) - before
            set_setting(s, WATERMARK, now.isoformat())
            uow.commit()
            return written
    except IntegrityError:
        return 0  # another desk refreshed at the same moment: its rows are as good


def open_candidates(as_of: Any) -> Any:
    """Invoice ids that may hold open money on `as_of` (not settled by then)."""
    return select(InvoiceSettlement.invoice_id).where(or_(
        InvoiceSettlement.settled_on.is_(None), InvoiceSettlement.settled_on > as_of))
