"""Credit notes against posted invoices: drafted with a reason (and the complaint behind it),
posted with a gapless number; never more credited than invoiced, nor more than is still open."""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from datetime import date
from decimal import Decimal

from sqlalchemy.orm import Session

from app.models import Complaint, CreditNote, CreditNoteLine, Invoice, InvoiceLine
from app.models.base import utcnow
from app.models.enums import DocState
from app.services import audit
from app.services.auth import Actor, require
from app.services.billing_common import (
    ZERO,
    Credited,
    check_money,
    check_quantity,
    credited_freight,
    credited_per_line,
    lock_credit_note,
    lock_invoice,
    open_amount,
)
from app.services.errors import InvalidStateError, NotFoundError, ValidationError, tr
from app.services.money import line_amounts
from app.services.numbering import next_number
from app.services.periods import ensure_open
from app.services.unit_of_work import UnitOfWork

ENTITY = "credit_note"
LineRequest = tuple[uuid.UUID, Decimal]  # (invoice line id, quantity to credit)


def create_credit_note(
    uow: UnitOfWork, actor: Actor, invoice_id: uuid.UUID, lines: Iterable[LineRequest],
    reason: str, complaint_id: uuid.UUID | None = None, *, freight: Decimal = ZERO,
) -> uuid.UUID:
    """A draft credit note for some quantity of some lines of a posted invoice (and/or part of
    its freight). Drafts hold nothing: posting checks everything again."""
    require(actor, "invoice.manage")
    requests = list(lines)
    if not reason.strip():
        raise ValidationError("reason", tr("Say why the customer is credited."))
    if len({line_id for line_id, _ in requests}) != len(requests):
        raise ValidationError("lines", tr("Name each invoice line once."))
    with uow:
        session = uow.session
        invoice = session.get(Invoice, invoice_id)
        if invoice is None:
            raise NotFoundError(tr("That invoice does not exist any more."))
        if invoice.state is not DocState.POSTED:
            raise InvalidStateError(tr("Only a posted invoice can be credited; change the draft "
                                       "instead."))
        check_money("freight", freight, invoice.currency, allow_zero=True)
        if not requests and freight == 0:
            raise ValidationError("lines", tr("Choose what to credit: a line or the freight."))
        _check_complaint(session, invoice, complaint_id)
        note = new_credit_note(invoice, requests, reason.strip(), complaint_id, freight)
        price_credit_note(session, invoice, note)
        _check_within_open(session, invoice, note)
        session.add(note)
        session.flush()
        audit.record(session, actor, ENTITY, note.id, "create", None, DocState.DRAFT.value,
                     invoice=invoice.number, complaint=complaint_id, total=note.total)
        note_id = note.id
        uow.commit()
    return note_id


def _check_complaint(session: Session, invoice: Invoice, complaint_id: uuid.UUID | None) -> None:
    if complaint_id is None:
        return
    complaint = session.get(Complaint, complaint_id)
    if complaint is None:
        raise ValidationError("complaint", tr("That complaint does not exist any more."))
    if complaint.customer_id != invoice.customer_id:
        raise ValidationError("complaint", tr("Complaint {number} is another customer's; choose "
                                              "one of {customer}'s complaints."),
                              number=complaint.number, customer=invoice.customer_name)


def new_credit_note(invoice: Invoice, requests: list[LineRequest], reason: str,
                    complaint_id: uuid.UUID | None, freight: Decimal) -> CreditNote:
    """An unpriced draft copying description, price, discount and tax rate from the lines."""
    lines = {line.id: line for line in invoice.lines}
    note = CreditNote(state=DocState.DRAFT, invoice_id=invoice.id,
                      customer_id=invoice.customer_id, complaint_id=complaint_id, reason=reason,
                      freight=freight)
    for line_no, (line_id, quantity) in enumerate(requests, start=1):
        check_quantity("quantity", quantity)
        source = lines.get(line_id)
        if source is None:
            raise ValidationError("lines", tr("A line to credit is not on invoice {number}."),
                                  number=invoice.number)
        note.lines.append(CreditNoteLine(
            line_no=line_no, invoice_line_id=source.id, description=source.description,
            quantity=quantity, unit_price=source.unit_price, discount_pct=source.discount_pct,
            tax_rate=source.tax_rate))
    return note


def price_credit_note(session: Session, invoice: Invoice, note: CreditNote) -> None:
    """Prices each line against what posted credit notes already took from the invoice line.

    The last piece of a line takes exactly what is left of its net and tax, and no piece takes
    more, so credits in several pieces never add up to more than was invoiced (rounding)."""
    credited = credited_per_line(session, invoice.id)
    sources = {line.id: line for line in invoice.lines}
    for line in note.lines:
        _price_line(line, sources[line.invoice_line_id],
                    credited.get(line.invoice_line_id, Credited()), invoice.currency)
    freight_left = invoice.freight - credited_freight(session, invoice.id)
    if note.freight > freight_left:
        raise ValidationError("freight", tr("Only {left} of the freight on invoice {number} is "
                                            "left to credit."),
                              left=freight_left, number=invoice.number)
    note.subtotal = sum((line.net for line in note.lines), ZERO)
    note.tax_total = sum((line.tax for line in note.lines), ZERO)
    note.total = note.subtotal + note.tax_total + note.freight


def _price_line(line: CreditNoteLine, source: InvoiceLine, done: Credited,
                currency: str) -> None:
    left = source.quantity - done.quantity
    if line.quantity > left:
        raise ValidationError("quantity", tr(
            "Invoice line {n} ({what}): {qty} cannot be credited, only {left} of the {invoiced} "
            "invoiced are not credited yet."), n=source.line_no, what=source.description,
            qty=line.quantity, left=left, invoiced=source.quantity)
    net_left, tax_left = source.net - done.net, source.tax - done.tax
    if line.quantity == left:
        line.net, line.tax = net_left, tax_left
    else:
        amounts = line_amounts(line.quantity, line.unit_price, line.discount_pct,
                               line.tax_rate, currency)
        line.net, line.tax = min(amounts.net, net_left), min(amounts.tax, tax_left)
    line.total = line.net + line.tax


def _check_within_open(session: Session, invoice: Invoice, note: CreditNote) -> None:
    """Credits and payments together never pass the invoice total (the customer would be owed
    money on an invoice, which only a refund could settle)."""
    still_open = open_amount(session, invoice)
    if note.total > still_open:
        raise InvalidStateError(tr(
            "A credit of {credit} is more than the {open} still open on invoice {number} (the "
            "rest is paid or credited already). Credit at most {open}."),
            credit=note.total, open=still_open, number=invoice.number)


def post_credit_note(uow: UnitOfWork, actor: Actor, credit_note_id: uuid.UUID, *,
                     today: date | None = None) -> str:
    """Issues the credit note with a gapless number; returns the number."""
    require(actor, "invoice.post")
    with uow:
        session = uow.session
        note = lock_credit_note(session, credit_note_id)
        if note.state is not DocState.DRAFT:
            raise InvalidStateError(tr("Credit note {number} is already posted."),
                                    number=note.number)
        invoice = lock_invoice(session, note.invoice_id)
        number = post_locked(uow, actor, invoice, note, today or date.today())
        uow.commit()
    return number


def post_locked(uow: UnitOfWork, actor: Actor, invoice: Invoice, note: CreditNote,
                issue: date) -> str:
    """Posts a draft credit note (stored or new) whose invoice the caller has locked."""
    session = uow.session
    ensure_open(session, issue, "credit note")
    price_credit_note(session, invoice, note)
    _check_within_open(session, invoice, note)
    number = next_number(session, uow.site_code, "CN")  # before the note turns posted
    note.number, note.state, note.issue_date = number, DocState.POSTED, issue
    note.posted_at, note.posted_by = utcnow(), actor.user_id
    session.add(note)  # a re-issue's note is new: it is first stored as posted
    session.flush()
    audit.record(session, actor, ENTITY, note.id, "post", DocState.DRAFT.value,
                 DocState.POSTED.value, number=number, invoice=invoice.number, total=note.total)
    return number


def delete_draft_credit_note(uow: UnitOfWork, actor: Actor, credit_note_id: uuid.UUID) -> None:
    require(actor, "invoice.manage")
    with uow:
        session = uow.session
        note = lock_credit_note(session, credit_note_id)
        if note.state is not DocState.DRAFT:
            raise InvalidStateError(tr("Credit note {number} is posted and stays; it can no "
                                       "longer be deleted."), number=note.number)
        session.delete(note)
        audit.record(session, actor, ENTITY, note.id, "delete", DocState.DRAFT.value, None)
        uow.commit()
