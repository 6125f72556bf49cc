"""Re-issue of a posted invoice: credit what is left of it in full and open a corrected draft
copy; the order lines stay invoiced once, by the original."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy.orm import Session

from app.models import Invoice, InvoiceLine
from app.models.enums import DocState
from app.services import audit
from app.services.auth import Actor, require
from app.services.billing_common import (
    Credited,
    credited_freight,
    credited_per_line,
    lock_invoice,
    paid_total,
    price_line,
    recompute_invoice,
)
from app.services.credit_notes import new_credit_note, post_locked
from app.services.errors import InvalidStateError, ValidationError, tr
from app.services.unit_of_work import UnitOfWork

ENTITY = "invoice"


@dataclass(frozen=True)
class Reissue:
    credit_note_id: uuid.UUID
    credit_note_number: str
    invoice_id: uuid.UUID  # the new draft, linked to the original by reissue_of_id


def reissue_invoice(uow: UnitOfWork, actor: Actor, invoice_id: uuid.UUID, reason: str, *,
                    today: date | None = None) -> Reissue:
    """Credits what is left of a posted invoice (freight too) with a posted credit note and
    opens a draft copy of it to correct and post. The order lines stay invoiced once, by the
    original: the copy links to it by `reissue_of_id`, its lines to no order line."""
    require(actor, "invoice.manage")
    require(actor, "invoice.post")
    if not reason.strip():
        raise ValidationError("reason", tr("Say why the invoice is re-issued."))
    with uow:
        session = uow.session
        original = lock_invoice(session, invoice_id)
        left, freight = _left_to_credit(session, original)
        note = new_credit_note(original, [(line.id, qty) for line, qty in left],
                               f"Re-issue of {original.number}: {reason.strip()}", None, freight)
        cn_number = post_locked(uow, actor, original, note, today or date.today())
        copy = _copy(original, left, freight, today)
        session.add(copy)
        session.flush()
        audit.record(session, actor, ENTITY, copy.id, "reissue", None, DocState.DRAFT.value,
                     reissue_of=original.number, credit_note=cn_number, reason=reason.strip())
        result = Reissue(note.id, cn_number, copy.id)
        uow.commit()
    return result


def _left_to_credit(session: Session, original: Invoice
                    ) -> tuple[list[tuple[InvoiceLine, Decimal]], Decimal]:
    """Per line the quantity no credit note has taken yet, and the freight left; refuses when
    nothing is left or when payments would make a full credit exceed the invoice."""
    if original.state is not DocState.POSTED:
        raise InvalidStateError(tr("A draft is corrected by editing it, not re-issued."))
    credited = credited_per_line(session, original.id)
    left = [(line, line.quantity - credited.get(line.id, Credited()).quantity)
            for line in original.lines]
    left = [(line, qty) for line, qty in left if qty > 0]
    freight = original.freight - credited_freight(session, original.id)
    if not left and freight <= 0:
        raise InvalidStateError(tr("Invoice {number} is credited in full already; there is "
                                   "nothing left to re-issue."), number=original.number)
    paid = paid_total(session, original.id)
    if paid > 0:
        raise InvalidStateError(tr(
            "Invoice {number} is partly paid ({paid}), so it cannot be credited in full. "
            "Correct what is wrong with a credit note instead."),
            number=original.number, paid=paid)
    return left, freight


def _copy(original: Invoice, left: list[tuple[InvoiceLine, Decimal]], freight: Decimal,
          today: date | None) -> Invoice:
    copy = Invoice(
        state=DocState.DRAFT, customer_id=original.customer_id,
        customer_name=original.customer_name, billing_address=original.billing_address,
        currency=original.currency, freight=freight, issue_date=today or date.today(),
        reissue_of_id=original.id)
    for line_no, (line, quantity) in enumerate(left, start=1):
        new = InvoiceLine(line_no=line_no, order_line_id=None, description=line.description,
                          quantity=quantity, unit_price=line.unit_price,
                          discount_pct=line.discount_pct, tax_rate=line.tax_rate)
        price_line(new, original.currency)
        copy.lines.append(new)
    recompute_invoice(copy)
    return copy
