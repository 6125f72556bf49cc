"""What the confirmation desk reviews: each line against free stock with the decision taken
for a shortage, and the confirmation mail the customer will be sent."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import select

from app.models import MailState, OutboxMail
from app.models.enums import ShortDecision
from app.services.availability import StockStatus, availability_in
from app.services.orders import load_order
from app.services.settings import get_setting
from app.services.unit_of_work import UnitOfWork

CONFIRMATION_KIND = "order_confirmation"  # render_kind of the mail documents/mails.py queues


@dataclass(frozen=True)
class ReviewLine:
    line_id: uuid.UUID
    line_no: int
    product_id: uuid.UUID
    sku: str
    name: str
    quantity: Decimal  # ordered, less cancelled
    wanted: Decimal  # still to find in stock (not held, not shipped)
    available: Decimal
    status: StockStatus
    expected_qty: Decimal
    expected_date: date | None
    short_decision: ShortDecision | None
    promised_date: date | None

    @property
    def short(self) -> Decimal:
        return max(Decimal(0), self.wanted - self.available)


def review_lines(uow: UnitOfWork, order_id: uuid.UUID) -> list[ReviewLine]:
    """The order's live lines (fully cancelled ones left out) with availability."""
    with uow:
        order = load_order(uow.session, order_id)
        lines = [line for line in order.lines if line.qty_cancelled < line.quantity]
        answers = availability_in(uow.session, uow.site_code,
                                  [(line.product_id, max(line.qty_open, Decimal(0)))
                                   for line in lines])
        return [
            ReviewLine(line.id, line.line_no, line.product_id, line.sku, line.name,
                       line.quantity - line.qty_cancelled, a.wanted, a.available, a.status,
                       a.expected_qty, a.expected_date, line.short_decision,
                       line.promised_date)
            for line, a in zip(lines, answers, strict=True)
        ]


@dataclass(frozen=True)
class ConfirmationMail:
    id: uuid.UUID
    to_address: str
    subject: str
    attachment_name: str
    state: MailState
    created_at: datetime


def confirmation_mail(uow: UnitOfWork, order_id: uuid.UUID) -> ConfirmationMail | None:
    """The newest confirmation mail queued for the order (None: no email address on it)."""
    with uow:
        row = uow.session.execute(
            select(OutboxMail.id, OutboxMail.to_address, OutboxMail.subject,
                   OutboxMail.attachment_name, OutboxMail.state, OutboxMail.created_at)
            .where(OutboxMail.render_kind == CONFIRMATION_KIND,
                   OutboxMail.render_ref == order_id)
            .order_by(OutboxMail.created_at.desc()).limit(1)).first()
    return None if row is None else ConfirmationMail(*row)


def firm_currency(uow: UnitOfWork) -> str:
    """The currency new orders are entered in (setting `currency`)."""
    with uow:
        return get_setting(uow.session, "currency")
