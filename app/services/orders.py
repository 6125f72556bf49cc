"""Order entry: validate and save a complete order, amend it with a trail, cancel it."""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from app.models import Customer, OrderRevision, Product, SalesOrder, SalesOrderLine
from app.models.enums import Channel, OrderState, PaymentCondition, PaymentMethod
from app.services import audit, stock
from app.services.auth import Actor, require
from app.services.errors import ConflictError, InvalidStateError, NotFoundError, ValidationError, tr
from app.services.money import line_amounts
from app.services.numbering import next_number
from app.services.order_state import refresh_state
from app.services.settings import get_setting
from app.services.unit_of_work import UnitOfWork

MAX_LINE_QTY = Decimal("1000000")


@dataclass(frozen=True)
class LineInput:
    product_id: uuid.UUID
    quantity: Decimal
    unit_price: Decimal | None = None  # None: the product's list price
    discount_pct: Decimal = Decimal("0")
    line_id: uuid.UUID | None = None  # set when amending an existing line


@dataclass(frozen=True)
class OrderInput:
    customer_id: uuid.UUID
    channel: Channel
    lines: tuple[LineInput, ...]
    delivery_address: str = ""
    requested_date: date | None = None
    shipping_method: str = "courier"
    special_instructions: str = ""
    contact_name: str = ""
    contact_phone: str = ""
    contact_email: str = ""
    payment_condition: PaymentCondition | None = None  # None: the customer's terms
    payment_method: PaymentMethod | None = None
    credit_days: int | None = None
    freight: Decimal = Decimal("0")  # agreed for the order; billed by the invoice
    today: date = field(default_factory=date.today)


def validate_order(data: OrderInput, customer: Customer) -> None:
    """Completeness and plausibility, one field-level message at a time."""
    if not data.lines:
        raise ValidationError("lines", tr("Add at least one line to the order."))
    for index, line in enumerate(data.lines, start=1):
        if line.quantity <= 0:
            raise ValidationError("quantity", tr("Line {n}: the quantity must be above zero."),
                                  n=index)
        if line.quantity > MAX_LINE_QTY:
            raise ValidationError("quantity", tr("Line {n}: {qty} is not a plausible quantity."),
                                  n=index, qty=line.quantity)
        if line.unit_price is not None and line.unit_price < 0:
            raise ValidationError("unit_price", tr("Line {n}: a price cannot be negative."),
                                  n=index)
        if not Decimal(0) <= line.discount_pct <= Decimal(100):
            raise ValidationError("discount_pct",
                                  tr("Line {n}: a discount is between 0 and 100 %."), n=index)
    if data.channel is not Channel.WALK_IN and not data.delivery_address.strip():
        raise ValidationError("delivery_address", tr("Enter the delivery address."))
    if data.requested_date is not None and data.requested_date < data.today:
        raise ValidationError("requested_date", tr("The requested date is in the past."))
    if not (data.contact_phone or customer.phone or data.contact_email or customer.email):
        raise ValidationError("contact_phone", tr("Give a phone number or email to contact."))
    if data.credit_days is not None and not 0 <= data.credit_days <= 365:
        raise ValidationError("credit_days", tr("Credit days must be between 0 and 365."))
    if data.freight < 0:
        raise ValidationError("freight", tr("Freight cannot be negative."))


def _customer(session: Session, customer_id: uuid.UUID) -> Customer:
    customer = session.get(Customer, customer_id)
    if customer is None:
        raise ValidationError("customer", tr("Choose a customer for the order."))
    return customer


def _products(session: Session, lines: tuple[LineInput, ...]) -> dict[uuid.UUID, Product]:
    ids = {line.product_id for line in lines}
    products = {p.id: p for p in session.scalars(select(Product).where(Product.id.in_(ids)))}
    for index, line in enumerate(lines, start=1):
        product = products.get(line.product_id)
        if product is None or not product.active:
            raise ValidationError("product", tr("Line {n}: that product is not for sale."),
                                  n=index)
    return products


def _fill_line(line: SalesOrderLine, data: LineInput, product: Product, currency: str) -> None:
    line.product_id = product.id
    line.sku, line.name, line.specification = product.sku, product.name, product.specification
    line.quantity = data.quantity
    line.unit_price = product.list_price if data.unit_price is None else data.unit_price
    line.discount_pct = data.discount_pct
    line.tax_rate = product.tax_rate
    line.line_total = line_amounts(
        line.quantity, line.unit_price, line.discount_pct, line.tax_rate, currency).net


def recompute_totals(order: SalesOrder) -> None:
    """Header totals are always the sum of the lines, tax rounded per line."""
    subtotal = tax = Decimal(0)
    for line in order.lines:
        amounts = line_amounts(line.qty_effective, line.unit_price,
                               line.discount_pct, line.tax_rate, order.currency)
        subtotal += amounts.net
        tax += amounts.tax
    order.subtotal, order.tax_total, order.total = subtotal, tax, subtotal + tax


def create_order(uow: UnitOfWork, actor: Actor, data: OrderInput) -> uuid.UUID:
    """Saves a complete draft order with a new site-coded number."""
    require(actor, "order.enter")
    with uow:
        session = uow.session
        customer = _customer(session, data.customer_id)
        validate_order(data, customer)
        products = _products(session, data.lines)
        currency = get_setting(session, "currency")
        order = SalesOrder(
            number=next_number(session, uow.site_code, "SO"), site_code=uow.site_code,
            customer_id=customer.id, channel=data.channel, customer_name=customer.name,
            currency=currency, created_by=actor.user_id, state=OrderState.DRAFT,
        )
        _fill_header(order, data, customer)
        for line_no, line_data in enumerate(data.lines, start=1):
            line = SalesOrderLine(line_no=line_no)
            _fill_line(line, line_data, products[line_data.product_id], currency)
            order.lines.append(line)
        recompute_totals(order)
        session.add(order)
        session.flush()
        audit.record(session, actor, "sales_order", order.id, "create", None, "draft",
                     number=order.number)
        order_id = order.id
        uow.commit()
    return order_id


def _fill_header(order: SalesOrder, data: OrderInput, customer: Customer) -> None:
    contact = next((c for c in customer.contacts if c.is_primary), None)
    billing = next((a.address for a in customer.addresses if a.is_billing), "")
    order.contact_name = data.contact_name or (contact.name if contact else "")
    order.contact_phone = data.contact_phone or customer.phone
    order.contact_email = data.contact_email or customer.email
    order.billing_address = billing or data.delivery_address
    order.delivery_address = data.delivery_address
    order.requested_date = data.requested_date
    order.shipping_method = data.shipping_method
    order.special_instructions = data.special_instructions
    order.freight = data.freight
    order.payment_condition = data.payment_condition or customer.payment_condition
    order.payment_method = data.payment_method or customer.payment_method
    order.credit_days = (
        data.credit_days if data.credit_days is not None
        else customer.credit_days if order.payment_condition is PaymentCondition.CREDIT else 0
    )


def load_order(session: Session, order_id: uuid.UUID, *, lock: bool = False) -> SalesOrder:
    query = select(SalesOrder).where(SalesOrder.id == order_id).options(
        selectinload(SalesOrder.lines))
    if lock:
        query = query.with_for_update().execution_options(populate_existing=True)
    order = session.scalar(query)
    if order is None:
        raise NotFoundError(tr("That order does not exist any more."))
    return order


def snapshot(order: SalesOrder) -> str:
    header = {k: getattr(order, k) for k in (
        "number", "delivery_address", "requested_date", "promised_date", "shipping_method",
        "special_instructions", "payment_condition", "payment_method", "credit_days", "total")}
    lines = [{k: getattr(line, k) for k in (
        "line_no", "sku", "quantity", "unit_price", "discount_pct", "line_total",
        "qty_cancelled")} for line in order.lines]
    return json.dumps({"header": header, "lines": lines}, default=str, ensure_ascii=False)


def keep_revision(session: Session, actor: Actor, order: SalesOrder, reason: str) -> None:
    """Stores the order as it was; a confirmed order is a contract, changes leave a trail."""
    session.add(OrderRevision(order_id=order.id, revision=order.revision,
                              snapshot=snapshot(order), reason=reason, changed_by=actor.user_id))
    order.revision += 1


def amend_order(
    uow: UnitOfWork, actor: Actor, order_id: uuid.UUID, data: OrderInput, *,
    expected_version: int, reason: str = "",
) -> None:
    """Replaces the order's content. After confirmation the old version is kept as a revision;
    a line may not drop below what is already picked or shipped."""
    require(actor, "order.amend")
    with uow:
        session = uow.session
        order = load_order(session, order_id, lock=True)
        if order.version != expected_version:
            raise ConflictError(tr("Someone else changed order {number}. Reload it first."),
                                number=order.number)
        if order.state in (OrderState.CANCELLED, OrderState.INVOICED, OrderState.DELIVERED):
            raise InvalidStateError(tr("Order {number} is {state} and can no longer change."),
                                    number=order.number, state=order.state.value)
        customer = _customer(session, order.customer_id)
        validate_order(data, customer)
        if order.confirmed_at is None:
            order.credit_override_by = None  # a credit approval was for the old amount
        else:
            if not reason.strip():
                raise ValidationError("reason", tr("Say why the confirmed order changes."))
            keep_revision(session, actor, order, reason)
        _apply_lines(session, actor, order, data)
        _fill_header(order, data, customer)
        recompute_totals(order)
        before, after = refresh_state(order)
        audit.record(session, actor, "sales_order", order.id, "amend", before, after,
                     revision=order.revision, reason=reason)
        uow.commit()


def _apply_lines(session: Session, actor: Actor, order: SalesOrder, data: OrderInput) -> None:
    products = _products(session, data.lines)
    by_id = {line.id: line for line in order.lines}
    kept = {d.line_id for d in data.lines if d.line_id}
    for line in list(order.lines):
        if line.id not in kept:
            if line.qty_picked > 0 or line.qty_shipped > 0:
                raise InvalidStateError(tr("Line {n} has been picked and cannot be removed."),
                                        n=line.line_no)
            _release_line(session, line)
            line.qty_cancelled = line.quantity
    next_no = max((line.line_no for line in order.lines), default=0) + 1
    for d in data.lines:
        if d.line_id is None:
            line = SalesOrderLine(line_no=next_no)
            next_no += 1
            _fill_line(line, d, products[d.product_id], order.currency)
            order.lines.append(line)
            continue
        line = by_id[d.line_id]
        floor = max(line.qty_shipped, line.qty_picked) - line.qty_replaced + line.qty_cancelled
        if d.quantity < floor:
            raise InvalidStateError(tr("Line {n} cannot go below {qty}: that much is already "
                                       "picked or shipped."), n=line.line_no, qty=floor)
        _fill_line(line, d, products[d.product_id], order.currency)
        excess = (line.qty_allocated + line.qty_shipped - line.qty_replaced
                  + line.qty_cancelled - line.quantity)
        if excess > 0:
            _release_line(session, line, excess)


def _release_line(session: Session, line: SalesOrderLine, quantity: Decimal | None = None) -> None:
    """Gives back held stock for a line (all of it, or `quantity`), newest holds first."""
    remaining = line.qty_allocated - (line.qty_picked - line.qty_shipped)
    remaining = remaining if quantity is None else min(quantity, remaining)
    for allocation in reversed(stock.held_allocations(session, order_line_id=line.id)):
        if remaining <= 0:
            break
        released = stock.release(session, allocation, min(remaining, allocation.quantity))
        line.qty_allocated -= released
        remaining -= released


def cancel_order(uow: UnitOfWork, actor: Actor, order_id: uuid.UUID, reason: str) -> None:
    """Cancels what has not shipped and releases every unit held for it."""
    require(actor, "order.cancel")
    if not reason.strip():
        raise ValidationError("reason", tr("Give a reason for the cancellation."))
    with uow:
        session = uow.session
        order = load_order(session, order_id, lock=True)
        if order.state is OrderState.CANCELLED:
            raise InvalidStateError(tr("Order {number} is already cancelled."),
                                    number=order.number)
        if any(line.qty_packed > line.qty_shipped for line in order.lines):
            raise InvalidStateError(tr("Unpack order {number} before cancelling it."),
                                    number=order.number)
        if order.confirmed_at is not None:
            keep_revision(session, actor, order, reason)
        for line in order.lines:
            line.qty_picked = line.qty_shipped  # picked goods go back to their bins
            _release_line(session, line)
            line.qty_cancelled = line.quantity - (line.qty_shipped - line.qty_replaced)
        order.cancel_reason = reason
        recompute_totals(order)
        before, after = refresh_state(order)
        audit.record(session, actor, "sales_order", order.id, "cancel", before, after,
                     reason=reason)
        uow.commit()
