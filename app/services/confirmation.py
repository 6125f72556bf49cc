"""Order confirmation: credit check, per-line availability, promised dates, then binding."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal

from app.models import Customer
from app.models.base import utcnow
from app.models.enums import OrderState, PaymentCondition
from app.services import audit, credit, stock
from app.services.auth import Actor, may, require
from app.services.documents.mails import queue_order_confirmation
from app.services.errors import InvalidStateError, UserFacingError, tr
from app.services.order_state import refresh_state
from app.services.orders import load_order
from app.services.settings import get_setting
from app.services.unit_of_work import UnitOfWork


class CreditLimitError(UserFacingError):
    """Over the limit or on hold: finance (or a manager) may override, and it is recorded."""

    def __init__(self, number: str, exposure: Decimal, limit: Decimal, on_hold: bool) -> None:
        self.exposure, self.limit, self.on_hold = exposure, limit, on_hold
        template = (
            tr("To confirm {number}, the customer's credit hold must be lifted or overridden "
               "by finance.") if on_hold else
            tr("To confirm {number}, finance must approve it: the customer would owe "
               "{exposure}, over the credit limit of {limit}.")
        )
        super().__init__(template, number=number, exposure=exposure, limit=limit)


@dataclass(frozen=True)
class LineAvailability:
    line_id: uuid.UUID
    sku: str
    wanted: Decimal
    available: Decimal

    @property
    def short(self) -> Decimal:
        return max(Decimal(0), self.wanted - self.available)


@dataclass(frozen=True)
class ConfirmationResult:
    order_id: uuid.UUID
    number: str
    promised_date: date
    lines: tuple[LineAvailability, ...]
    credit_overridden: bool


def confirm_order(
    uow: UnitOfWork, actor: Actor, order_id: uuid.UUID, *, credit_override: bool = False,
    today: date | None = None,
) -> ConfirmationResult:
    """Makes a draft order binding. Raises CreditLimitError when finance must approve."""
    require(actor, "order.confirm")
    if credit_override:
        require(actor, "credit.override")
    today = today or date.today()
    with uow:
        session = uow.session
        order = load_order(session, order_id, lock=True)
        if order.state is not OrderState.DRAFT:
            raise InvalidStateError(tr("Order {number} is already {state}."),
                                    number=order.number, state=order.state.value)
        customer = session.get(Customer, order.customer_id)
        assert customer is not None
        if order.payment_condition is PaymentCondition.CREDIT and not customer.verified:
            raise UserFacingError(tr("To sell on credit, first verify the customer's details."))
        overridden = _check_credit(session, order, customer,
                                   credit_override or order.credit_override_by is not None)
        lead = int(get_setting(session, "lead_days") or 3)
        promised = max(order.requested_date or today, today + timedelta(days=lead))
        location = stock.main_location_id(uow)
        lines = []
        for line in sorted(order.lines, key=lambda x: str(x.product_id)):
            wanted = line.qty_effective
            available = stock.available_quantity(session, line.product_id, location)
            lines.append(LineAvailability(line.id, line.sku, wanted, available))
            line.promised_date = promised if available >= wanted else None
        order.promised_date = promised
        order.confirmed_at = utcnow()
        if overridden and order.credit_override_by is None:
            order.credit_override_by = actor.user_id
        before, after = refresh_state(order)
        audit.record(session, actor, "sales_order", order.id, "confirm", before, after,
                     credit_override=overridden)
        result = ConfirmationResult(order.id, order.number, promised,
                                    tuple(sorted(lines, key=lambda x: x.sku)), overridden)
        # In the same transaction: the mail exists exactly when the confirmation does.
        queue_order_confirmation(session, order)
        uow.commit()
    return result


def approve_credit(uow: UnitOfWork, actor: Actor, order_id: uuid.UUID) -> None:
    """Finance approves a draft order over the credit limit; whoever confirms it next may."""
    require(actor, "credit.override")
    with uow:
        order = load_order(uow.session, order_id, lock=True)
        if order.state is not OrderState.DRAFT:
            raise InvalidStateError(tr("Order {number} is already {state}."),
                                    number=order.number, state=order.state.value)
        order.credit_override_by = actor.user_id
        audit.record(uow.session, actor, "sales_order", order.id, "credit_approval", None, None,
                     total=order.total)
        uow.commit()


def _check_credit(session, order, customer, override: bool) -> bool:  # type: ignore[no-untyped-def]
    """True when the order passes only thanks to an override."""
    if order.payment_condition is not PaymentCondition.CREDIT and not customer.credit_hold:
        return False
    exposure = credit.exposure(session, customer.id, exclude_order_id=order.id) + order.total
    over = customer.credit_hold or exposure > customer.credit_limit
    if over and not override:
        raise CreditLimitError(order.number, exposure, customer.credit_limit,
                               customer.credit_hold)
    return over


def may_override_credit(actor: Actor) -> bool:
    return may(actor, "credit.override")
