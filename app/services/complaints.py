"""The complaint register: record and classify, assign, resolve with a root cause, close, reopen."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session, aliased

from app.models import Complaint, Customer, SalesOrder, SalesOrderLine, User
from app.models.base import utcnow
from app.models.enums import ComplaintCategory, ComplaintState, DamageResolution
from app.services import audit
from app.services.auth import Actor, may, require
from app.services.errors import InvalidStateError, NotFoundError, ValidationError, tr
from app.services.numbering import next_number
from app.services.unit_of_work import UnitOfWork

ENTITY = "complaint"
S = ComplaintState


def record_complaint(
    uow: UnitOfWork, actor: Actor, customer_id: uuid.UUID, category: ComplaintCategory,
    description: str, order_id: uuid.UUID | None = None,
    order_line_id: uuid.UUID | None = None,
) -> uuid.UUID:
    """Registers a complaint as open; an order (and line) it refers to must be the customer's."""
    require(actor, "complaint.record")
    if not description.strip():
        raise ValidationError("description", tr("Describe what the customer complains about."))
    with uow:
        session = uow.session
        customer = session.get(Customer, customer_id)
        if customer is None:
            raise ValidationError("customer", tr("Choose the customer who complains."))
        order_id = _check_reference(session, customer, order_id, order_line_id)
        complaint = Complaint(
            number=next_number(session, uow.site_code, "CMP"), customer_id=customer.id,
            order_id=order_id, order_line_id=order_line_id, category=category,
            state=S.OPEN, description=description.strip(), created_by=actor.user_id)
        session.add(complaint)
        session.flush()
        audit.record(session, actor, ENTITY, complaint.id, "record", None, S.OPEN.value,
                     number=complaint.number, category=category.value)
        complaint_id = complaint.id
        uow.commit()
    return complaint_id


def _check_reference(session: Session, customer: Customer, order_id: uuid.UUID | None,
                     order_line_id: uuid.UUID | None) -> uuid.UUID | None:
    """Returns the order the complaint refers to (taken from the line when only it is given)."""
    line = session.get(SalesOrderLine, order_line_id) if order_line_id else None
    if order_line_id and line is None:
        raise ValidationError("order_line", tr("That order line does not exist any more."))
    if line is not None and order_id is None:
        order_id = line.order_id
    if order_id is None:
        return None
    order = session.get(SalesOrder, order_id)
    if order is None:
        raise ValidationError("order", tr("That order does not exist any more."))
    if order.customer_id != customer.id:
        raise ValidationError("order", tr("Order {number} belongs to another customer; "
                                          "choose one of {customer}'s orders."),
                              number=order.number, customer=customer.name)
    if line is not None and line.order_id != order.id:
        raise ValidationError("order_line", tr("That line is not on order {number}; choose "
                                               "one of its lines."), number=order.number)
    return order_id


def _lock(session: Session, complaint_id: uuid.UUID) -> Complaint:
    complaint = session.scalar(
        select(Complaint).where(Complaint.id == complaint_id).with_for_update()
        .execution_options(populate_existing=True))
    if complaint is None:
        raise NotFoundError(tr("That complaint does not exist any more."))
    return complaint


def _expect(complaint: Complaint, *states: ComplaintState, action: str) -> None:
    if complaint.state not in states:
        raise InvalidStateError(tr("Complaint {number} is {state}; it cannot {action} now."),
                                number=complaint.number, state=complaint.state.value,
                                action=action)


def _move(session: Session, actor: Actor, complaint: Complaint, state: ComplaintState,
          action: str, **detail: object) -> None:
    before = complaint.state
    complaint.state = state
    audit.record(session, actor, ENTITY, complaint.id, action, before.value, state.value,
                 **detail)


def assign_complaint(uow: UnitOfWork, actor: Actor, complaint_id: uuid.UUID,
                     user_id: uuid.UUID) -> None:
    """Gives an open (or reassigns an assigned) complaint to someone who may resolve it."""
    require(actor, "complaint.resolve")
    with uow:
        session = uow.session
        complaint = _lock(session, complaint_id)
        _expect(complaint, S.OPEN, S.ASSIGNED, action="be assigned")
        user = session.get(User, user_id)
        if user is None or not user.active:
            raise ValidationError("assigned_to", tr("Choose an active user."))
        if not may(Actor(user.id, user.username, user.role), "complaint.resolve"):
            raise ValidationError("assigned_to", tr("{name} may not resolve complaints; "
                                                    "choose someone from customer service."),
                                  name=user.display_name)
        previous = complaint.assigned_to
        complaint.assigned_to = user.id
        _move(session, actor, complaint, S.ASSIGNED, "assign", previous=previous, to=user.id)
        uow.commit()


def resolve_complaint(
    uow: UnitOfWork, actor: Actor, complaint_id: uuid.UUID, resolution: DamageResolution,
    note: str, root_cause: str,
) -> None:
    """Records what was done and why it happened; unassigned complaints fall to the resolver."""
    require(actor, "complaint.resolve")
    if not note.strip():
        raise ValidationError("note", tr("Say how the complaint was resolved."))
    if not root_cause.strip():
        raise ValidationError("root_cause", tr("Record the root cause, so it can be analysed."))
    with uow:
        session = uow.session
        complaint = _lock(session, complaint_id)
        _expect(complaint, S.OPEN, S.ASSIGNED, action="be resolved")
        complaint.assigned_to = complaint.assigned_to or actor.user_id
        complaint.resolution = resolution
        complaint.resolution_note = note.strip()
        complaint.root_cause = root_cause.strip()
        complaint.resolved_at = utcnow()
        _move(session, actor, complaint, S.RESOLVED, "resolve", resolution=resolution.value)
        uow.commit()


def close_complaint(uow: UnitOfWork, actor: Actor, complaint_id: uuid.UUID) -> None:
    """Closes a resolved complaint once the follow-up with the customer is done."""
    require(actor, "complaint.resolve")
    with uow:
        session = uow.session
        complaint = _lock(session, complaint_id)
        _expect(complaint, S.RESOLVED, action="be closed (resolve it first)")
        complaint.closed_at = utcnow()
        _move(session, actor, complaint, S.CLOSED, "close")
        uow.commit()


def reopen_complaint(uow: UnitOfWork, actor: Actor, complaint_id: uuid.UUID,
                     reason: str) -> None:
    """The customer is not satisfied: back to its assignee (or open); the old resolution stays
    in the audit trail."""
    require(actor, "complaint.record")
    if not reason.strip():
        raise ValidationError("reason", tr("Say why the complaint is reopened."))
    with uow:
        session = uow.session
        complaint = _lock(session, complaint_id)
        _expect(complaint, S.RESOLVED, S.CLOSED, action="be reopened")
        old = (complaint.resolution.value, complaint.resolution_note, complaint.root_cause)
        complaint.resolution = DamageResolution.NONE
        complaint.resolution_note = complaint.root_cause = ""
        complaint.resolved_at = complaint.closed_at = None
        target = S.ASSIGNED if complaint.assigned_to else S.OPEN
        _move(session, actor, complaint, target, "reopen", reason=reason.strip(),
              old_resolution=old[0], old_note=old[1], old_root_cause=old[2])
        uow.commit()


@dataclass(frozen=True)
class ComplaintRow:
    id: uuid.UUID
    number: str
    customer_id: uuid.UUID
    customer_name: str
    order_number: str | None
    category: ComplaintCategory
    state: ComplaintState
    assigned_to_name: str | None
    created_at: datetime


@dataclass(frozen=True)
class ComplaintDetail:
    row: ComplaintRow
    order_id: uuid.UUID | None
    order_line_id: uuid.UUID | None
    description: str
    assigned_to: uuid.UUID | None
    resolution: DamageResolution
    resolution_note: str
    root_cause: str
    resolved_at: datetime | None
    closed_at: datetime | None


_assignee = aliased(User)


def _row_query():  # type: ignore[no-untyped-def]
    return (
        select(Complaint.id, Complaint.number, Complaint.customer_id, Customer.name,
               SalesOrder.number, Complaint.category, Complaint.state,
               _assignee.display_name, Complaint.created_at)
        .join(Customer, Customer.id == Complaint.customer_id)
        .outerjoin(SalesOrder, SalesOrder.id == Complaint.order_id)
        .outerjoin(_assignee, _assignee.id == Complaint.assigned_to)
    )


def list_complaints(
    uow: UnitOfWork, state: ComplaintState | None = None,
    category: ComplaintCategory | None = None, *, limit: int = 500,
    customer_id: uuid.UUID | None = None,
) -> list[ComplaintRow]:
    """Newest first, optionally one state and/or one category and/or one customer."""
    query = _row_query()
    if customer_id is not None:
        query = query.where(Complaint.customer_id == customer_id)
    if state is not None:
        query = query.where(Complaint.state == state)
    if category is not None:
        query = query.where(Complaint.category == category)
    with uow:
        rows = uow.session.execute(
            query.order_by(Complaint.created_at.desc(), Complaint.number.desc()).limit(limit)
        ).all()
    return [ComplaintRow(*row) for row in rows]


def get_complaint(uow: UnitOfWork, complaint_id: uuid.UUID) -> ComplaintDetail:
    with uow:
        session = uow.session
        row = session.execute(_row_query().where(Complaint.id == complaint_id)).first()
        if row is None:
            raise NotFoundError(tr("That complaint does not exist any more."))
        rest = session.execute(
            select(Complaint.order_id, Complaint.order_line_id, Complaint.description,
                   Complaint.assigned_to, Complaint.resolution, Complaint.resolution_note,
                   Complaint.root_cause, Complaint.resolved_at, Complaint.closed_at)
            .where(Complaint.id == complaint_id)).one()
    return ComplaintDetail(ComplaintRow(*row), *rest)


def complaint_counts_by_category(
    uow: UnitOfWork, *, since: datetime | None = None, until: datetime | None = None,
) -> dict[ComplaintCategory, int]:
    """Complaints per category recorded in [since, until); every category appears, zero too."""
    query = select(Complaint.category, func.count()).group_by(Complaint.category)
    if since is not None:
        query = query.where(Complaint.created_at >= since)
    if until is not None:
        query = query.where(Complaint.created_at < until)
    with uow:
        counts = {category: count for category, count in uow.session.execute(query)}
    return {category: counts.get(category, 0) for category in ComplaintCategory}
