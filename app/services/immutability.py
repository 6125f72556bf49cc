"""Posted invoices, credit notes and payments never change: a flush that would alter or delete
one (or a line of one) is refused before any SQL is sent, whatever code attempts it."""

from __future__ import annotations

import uuid
from typing import Any

from sqlalchemy import event, select
from sqlalchemy.orm import ORMExecuteState, Session, attributes

from app.models import (
    CreditNote,
    CreditNoteLine,
    Invoice,
    InvoiceLine,
    Payment,
    PaymentAllocation,
)
from app.models.enums import DocState
from app.services.errors import InvalidStateError, tr

# Line class -> (header class, the line's column naming its header).
_LINES: dict[type, tuple[type, str]] = {
    InvoiceLine: (Invoice, "invoice_id"),
    CreditNoteLine: (CreditNote, "credit_note_id"),
}
_HEADERS = (Invoice, CreditNote)
_ALWAYS_POSTED = (Payment, PaymentAllocation)  # a payment is posted the moment it is recorded
GUARDED = (*_HEADERS, *_LINES, *_ALWAYS_POSTED)
_NAMES = {Invoice: "Invoice", CreditNote: "Credit note", Payment: "Payment"}


class PostedDocumentError(InvalidStateError):
    """Someone tried to change a posted document; corrections are new documents."""


def _refuse(kind: type, number: str | None) -> PostedDocumentError:
    return PostedDocumentError(
        tr("{kind} {number} is posted and can no longer change. Correct it with a new "
           "document: a credit note, a re-issue or a new payment."),
        kind=_NAMES.get(kind, "Document"), number=number or "")


def _stored_state(session: Session, header: type, doc_id: uuid.UUID | None
                  ) -> tuple[DocState | None, str | None]:
    """The header's state and number as the database holds them (None if not stored yet)."""
    if doc_id is None:
        return None, None
    row = session.execute(
        select(header.state, header.number).where(header.id == doc_id)).first()  # type: ignore[attr-defined]
    return (row[0], row[1]) if row else (None, None)


def _owner_ids(obj: Any, column: str) -> set[uuid.UUID]:
    """The header a line belongs to now and, if it was moved, the one it came from."""
    history = attributes.get_history(obj, column)
    ids = {v for v in (*history.added, *history.unchanged, *history.deleted) if v is not None}
    if not ids and attributes.instance_state(obj).has_identity:
        ids = {getattr(obj, column)}  # expired: load it (autoflush is off during a flush)
    return ids


def _check_line(session: Session, line: Any) -> None:
    header, column = _LINES[type(line)]
    for doc_id in _owner_ids(line, column):
        state, number = _stored_state(session, header, doc_id)
        if state is DocState.POSTED:
            raise _refuse(header, number)


def _collection(obj: Any, name: str) -> attributes.History:
    # A collection that was never loaded cannot have been changed: do not load it now.
    return attributes.get_history(obj, name, passive=attributes.PASSIVE_NO_INITIALIZE)


def _changed(session: Session, obj: Any) -> bool:
    """Column changes, lines added to or taken off a document, allocations taken off a payment
    (new allocations are allowed: that is how leftover credit is applied later)."""
    if session.is_modified(obj, include_collections=False):
        return True
    if isinstance(obj, _HEADERS):
        lines = _collection(obj, "lines")
        return bool(lines.added or lines.deleted)
    if isinstance(obj, Payment):
        return bool(_collection(obj, "allocations").deleted)
    return False


def _check(session: Session, obj: Any) -> None:
    kind = type(obj)
    if isinstance(obj, _HEADERS):
        state, number = _stored_state(session, kind, obj.id)
        if state is DocState.POSTED:
            raise _refuse(kind, number)
    elif isinstance(obj, PaymentAllocation):
        number = session.scalar(select(Payment.number).where(Payment.id == obj.payment_id))
        raise _refuse(Payment, number)
    elif isinstance(obj, Payment):
        raise _refuse(Payment, obj.number)
    else:
        _check_line(session, obj)


@event.listens_for(Session, "before_flush")
def _guard_posted_documents(session: Session, _context: Any, _instances: Any) -> None:
    for obj in session.dirty:
        if isinstance(obj, GUARDED) and _changed(session, obj):
            _check(session, obj)
    for obj in session.deleted:
        if isinstance(obj, GUARDED):
            _check(session, obj)
    for obj in session.new:
        # New payments and allocations are how money moves; a new line on a posted invoice
        # or credit note would change it.
        if isinstance(obj, tuple(_LINES)):
            _check_line(session, obj)


@event.listens_for(Session, "do_orm_execute")
def _guard_bulk_statements(state: ORMExecuteState) -> None:
    """ORM bulk UPDATE/DELETE bypass the flush; on billing tables they are refused outright."""
    if not (state.is_update or state.is_delete):
        return
    for mapper in state.all_mappers:
        if mapper.class_ in GUARDED:
            raise PostedDocumentError(
                tr("Billing documents are changed one by one through their services, never in "
                   "bulk ({table})."), table=mapper.local_table.name)
