"""Payment reminders in three levels (friendly, firm, final notice), each with the day it went out.

A reminder is a customer letter about all its overdue invoices. The levels count up within one
dunning round: the reminders sent since the oldest invoice that is overdue now fell due. Once
that invoice is paid, the next overdue one starts a new round at level 1.

Reminders are kept in the audit trail (entity "customer", action "reminder", to_state the
level, detail the day and invoices): the trail is append-only and already says who sent what
when, so no table of its own is needed."""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.models import AuditEntry, Customer
from app.services import audit, documents, receivables
from app.services.auth import Actor, require
from app.services.documents.builders import customer_language
from app.services.documents.labels import label
from app.services.documents.mails import text_to_html
from app.services.errors import InvalidStateError, ValidationError, tr
from app.services.finance_mail import customer_email
from app.services.outbox import enqueue_mail
from app.services.settings import get_setting
from app.services.unit_of_work import UnitOfWork

ENTITY, ACTION = "customer", "reminder"
FINAL = 3
# The letters give the customer 7 days to pay; the next level waits for them to pass.
DAYS_BETWEEN = 7


@dataclass(frozen=True)
class ReminderSent:
    level: int  # 1 friendly, 2 firm, 3 final notice
    sent_on: date
    invoices: tuple[str, ...]
    mailed_to: str  # "" when printed


@dataclass(frozen=True)
class DunningRow:
    """A customer with overdue invoices and where its reminders stand."""

    customer_id: uuid.UUID
    customer_name: str
    overdue: Decimal
    invoices: int
    oldest_due: date
    days_overdue: int
    level: int  # the highest reminder sent in this round (0: none yet)
    last_sent_on: date | None
    next_level: int | None  # None: the final notice went out
    next_on: date | None  # the first day the next level may go out


def _history(session: Session, customer_id: uuid.UUID) -> list[ReminderSent]:
    rows = session.execute(
        select(AuditEntry.to_state, AuditEntry.detail)
        .where(AuditEntry.entity == ENTITY, AuditEntry.entity_id == customer_id,
               AuditEntry.action == ACTION).order_by(AuditEntry.at)).all()
    sent = []
    for level, detail in rows:
        data = json.loads(detail or "{}")
        sent.append(ReminderSent(int(level), date.fromisoformat(data["sent_on"]),
                                 tuple(data.get("invoices", ())), data.get("mailed_to", "")))
    return sorted(sent, key=lambda r: (r.sent_on, r.level))


def reminder_history(uow: UnitOfWork, customer_id: uuid.UUID) -> list[ReminderSent]:
    """Every reminder the customer was sent, oldest first."""
    with uow:
        return _history(uow.session, customer_id)


def _round(history: list[ReminderSent], oldest_due: date) -> list[ReminderSent]:
    """The reminders of the current round: sent after the oldest overdue invoice fell due."""
    return [r for r in history if r.sent_on > oldest_due]


def dunning_list(uow: UnitOfWork, as_of: date) -> list[DunningRow]:
    """Customers with overdue invoices on `as_of`, the longest overdue first."""
    overdue = receivables.overdue_list(uow, as_of)
    by_customer: dict[uuid.UUID, list[receivables.OpenInvoice]] = {}
    for invoice in overdue:
        by_customer.setdefault(invoice.customer_id, []).append(invoice)
    rows = []
    with uow:
        for customer_id, invoices in by_customer.items():
            oldest = min(x.due_date for x in invoices)
            current = _round(_history(uow.session, customer_id), oldest)
            level = max((r.level for r in current), default=0)
            last = current[-1].sent_on if current else None
            rows.append(DunningRow(
                customer_id, invoices[0].customer_name,
                sum((x.open_amount for x in invoices), Decimal(0)), len(invoices), oldest,
                (as_of - oldest).days, level, last, level + 1 if level < FINAL else None,
                None if level >= FINAL else
                last + timedelta(days=DAYS_BETWEEN) if last else oldest + timedelta(days=1)))
    return sorted(rows, key=lambda r: (r.oldest_due, r.customer_name))


def send_reminder(uow: UnitOfWork, actor: Actor, customer_id: uuid.UUID, as_of: date, *,
                  by_mail: bool) -> ReminderSent:
    """Sends the next reminder level about the customer's overdue invoices: queued as a mail
    with the PDF (by_mail) or to be printed from reminder_pdf. Refused after the final notice."""
    require(actor, "invoice.manage")
    if as_of > date.today():
        raise ValidationError("as_of", tr("A reminder cannot be sent in the future."))
    row = next((r for r in dunning_list(uow, as_of) if r.customer_id == customer_id), None)
    if row is None:
        raise InvalidStateError(tr("This customer has nothing overdue on {day}; there is "
                                   "nothing to remind."), day=as_of.isoformat())
    if row.next_level is None:
        raise InvalidStateError(tr("The final notice to {customer} went out on {day}; the "
                                   "account is for collection now, not for another reminder."),
                                customer=row.customer_name, day=str(row.last_sent_on))
    if row.next_on is not None and as_of < row.next_on:
        raise InvalidStateError(tr("The last reminder to {customer} went out on {day}; give "
                                   "them until {next} to pay before the next one."),
                                customer=row.customer_name, day=str(row.last_sent_on),
                                next=row.next_on.isoformat())
    level = row.next_level
    numbers = tuple(x.number for x in receivables.overdue_list(uow, as_of)
                    if x.customer_id == customer_id)
    pdf = documents.reminder_pdf(uow, customer_id, as_of, level) if by_mail else None
    with uow:
        session = uow.session
        # The customer row is the lock two stations queue on; the level is checked again under
        # it, so the same level never goes out twice.
        session.scalar(select(Customer.id).where(Customer.id == customer_id).with_for_update())
        again = _round(_history(session, customer_id), row.oldest_due)
        if max((r.level for r in again), default=0) != row.level:
            raise InvalidStateError(tr("Someone has just sent {customer} a reminder; look at "
                                       "the list again before sending another."),
                                    customer=row.customer_name)
        to = customer_email(session, customer_id) if by_mail else ""
        if pdf is not None:
            language = customer_language(session, customer_id)
            text = "\n\n".join((
                f"{row.customer_name},", label(language, f"reminder_text_{level}"),
                ", ".join(numbers), get_setting(session, "company_name")))
            enqueue_mail(session, key=f"reminder:{customer_id}:{row.oldest_due}:{level}", to=to,
                         subject=label(language, f"reminder_{level}"), text=text,
                         html=text_to_html(text), attachment_name=f"reminder-{level}.pdf",
                         attachment=pdf)
        audit.record(session, actor, ENTITY, customer_id, ACTION, str(row.level), str(level),
                     sent_on=as_of.isoformat(), invoices=list(numbers), mailed_to=to)
        uow.commit()
    return ReminderSent(level, as_of, numbers, to)
