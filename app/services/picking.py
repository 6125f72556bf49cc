"""Picking: pick lists per order or wave in bin walking order, confirmed scan by scan."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from app.models import PickList, PickListLine, Product, SalesOrder, SalesOrderLine
from app.models.enums import OrderState, PickListState
from app.services import audit
from app.services.auth import Actor, require
from app.services.errors import InvalidStateError, NotFoundError, UserFacingError, tr
from app.services.numbering import next_number
from app.services.order_state import refresh_state
from app.services.orders import _release_line, load_order
from app.services.unit_of_work import UnitOfWork

ZERO = Decimal(0)
PICKABLE = (OrderState.PARTIALLY_ALLOCATED, OrderState.ALLOCATED, OrderState.PARTIALLY_SHIPPED,
            OrderState.PICKED, OrderState.PACKED)


def _on_open_lists(session: Session, order_line_id: uuid.UUID) -> Decimal:
    """Quantity of a line already listed for picking and not yet picked or reported short."""
    value = session.scalar(
        select(func.coalesce(func.sum(
            PickListLine.qty_to_pick - PickListLine.qty_picked - PickListLine.qty_short), 0))
        .join(PickList, PickList.id == PickListLine.pick_list_id)
        .where(PickListLine.order_line_id == order_line_id,
               PickList.state == PickListState.OPEN))
    return Decimal(value or 0)


def create_pick_list(uow: UnitOfWork, actor: Actor, order_ids: list[uuid.UUID]) -> uuid.UUID:
    """One list for one order, or a wave for several: every allocated unit not yet listed,
    sorted along the picker's walk (bin sequence, then bin)."""
    require(actor, "warehouse.pick")
    if not order_ids:
        raise UserFacingError(tr("Choose at least one order to pick."))
    with uow:
        session = uow.session
        pick_list = PickList(number=next_number(session, uow.site_code, "PK"),
                             is_wave=len(order_ids) > 1, created_by=actor.user_id)
        for order_id in sorted(set(order_ids), key=str):
            order = load_order(session, order_id, lock=True)
            if order.state not in PICKABLE:
                raise InvalidStateError(tr("Order {number} has nothing allocated to pick."),
                                        number=order.number)
            _add_lines(session, pick_list, order)
        if not pick_list.lines:
            raise UserFacingError(tr("Everything allocated is already on a pick list."))
        session.add(pick_list)
        session.flush()
        audit.record(session, actor, "pick_list", pick_list.id, "create", None, "open",
                     orders=len(order_ids))
        pick_list_id = pick_list.id
        uow.commit()
    return pick_list_id


def _add_lines(session: Session, pick_list: PickList, order: SalesOrder) -> None:
    for line in order.lines:
        in_warehouse = line.qty_picked - line.qty_shipped
        to_pick = line.qty_allocated - in_warehouse - _on_open_lists(session, line.id)
        if to_pick <= 0:
            continue
        product = session.get(Product, line.product_id)
        assert product is not None
        pick_list.lines.append(PickListLine(
            order_line_id=line.id, product_id=line.product_id, qty_to_pick=to_pick,
            bin_location=product.bin_location, bin_sequence=product.bin_sequence))


def claim_pick_list(uow: UnitOfWork, actor: Actor, pick_list_id: uuid.UUID) -> None:
    """A picker takes a list; a second picker is refused, so no two pick the same units."""
    require(actor, "warehouse.pick")
    with uow:
        pick_list = _lock_list(uow.session, pick_list_id)
        _check_picker(pick_list, actor)
        if pick_list.picker_id is None:
            pick_list.picker_id = actor.user_id
            audit.record(uow.session, actor, "pick_list", pick_list.id, "claim", None, None)
        uow.commit()


def _lock_list(session: Session, pick_list_id: uuid.UUID) -> PickList:
    pick_list = session.scalar(
        select(PickList).where(PickList.id == pick_list_id).with_for_update()
        .execution_options(populate_existing=True))
    if pick_list is None:
        raise NotFoundError(tr("That pick list does not exist any more."))
    if pick_list.state is not PickListState.OPEN:
        raise InvalidStateError(tr("Pick list {number} is already done."),
                                number=pick_list.number)
    return pick_list


def _check_picker(pick_list: PickList, actor: Actor) -> None:
    if pick_list.picker_id not in (None, actor.user_id):
        raise UserFacingError(tr("Pick list {number} is being picked by someone else."),
                              number=pick_list.number)


@dataclass(frozen=True)
class PickResult:
    pick_list_line_id: uuid.UUID
    sku: str
    bin_location: str
    picked: Decimal
    remaining: Decimal
    list_done: bool


def confirm_pick(
    uow: UnitOfWork, actor: Actor, pick_list_id: uuid.UUID, scanned_code: str,
    quantity: Decimal = Decimal(1), lot: str = "",
) -> PickResult:
    """Confirms a pick by a scanned barcode or SKU. A code not on the list, a surplus or an
    unknown code is refused and nothing changes."""
    require(actor, "warehouse.pick")
    if quantity <= 0:
        raise UserFacingError(tr("Pick a quantity above zero."))
    with uow:
        session = uow.session
        pick_list = _lock_list(session, pick_list_id)
        _check_picker(pick_list, actor)
        product = _product_for_code(session, scanned_code)
        line = _next_open_line(pick_list, product.id, scanned_code, product.sku)
        if product.lot_tracked and not lot.strip():
            raise UserFacingError(tr("{sku} is lot-tracked: scan the lot too."), sku=product.sku)
        remaining = line.qty_to_pick - line.qty_picked - line.qty_short
        if quantity > remaining:
            raise UserFacingError(tr("Too many: only {remaining} more of {sku} to pick here."),
                                  remaining=remaining, sku=product.sku)
        order_line = session.get(SalesOrderLine, line.order_line_id)
        assert order_line is not None
        order = load_order(session, order_line.order_id, lock=True)
        if order_line.qty_picked - order_line.qty_shipped + quantity > order_line.qty_allocated:
            raise InvalidStateError(tr("The stock for {sku} on {number} is no longer held; "
                                       "ask the office to allocate again."),
                                    sku=product.sku, number=order.number)
        line.qty_picked += quantity
        line.lot = lot or line.lot
        order_line.qty_picked += quantity
        pick_list.picker_id = pick_list.picker_id or actor.user_id
        before, after = refresh_state(order)
        if before != after:
            audit.record(session, actor, "sales_order", order.id, "pick", before, after)
        done = _close_if_done(session, actor, pick_list)
        result = PickResult(line.id, product.sku, line.bin_location, quantity,
                            remaining - quantity, done)
        uow.commit()
    return result


def _product_for_code(session: Session, code: str) -> Product:
    code = code.strip()
    product = session.scalar(select(Product).where(or_(Product.barcode == code,
                                                       Product.sku == code)))
    if product is None:
        raise NotFoundError(tr("Unknown code {code}: scan the product's barcode again."),
                            code=code)
    return product


def _next_open_line(pick_list: PickList, product_id: uuid.UUID, code: str,
                    sku: str) -> PickListLine:
    lines = [x for x in pick_list.lines if x.product_id == product_id]
    if not lines:
        raise UserFacingError(tr("Wrong item: {sku} is not on this pick list."), sku=sku)
    for line in lines:
        if not line.done:
            return line
    raise UserFacingError(tr("Too many: every {sku} on this list is already picked."), sku=sku)


def _close_if_done(session: Session, actor: Actor, pick_list: PickList) -> bool:
    if all(line.done for line in pick_list.lines):
        pick_list.state = PickListState.DONE
        audit.record(session, actor, "pick_list", pick_list.id, "complete", "open", "done")
        return True
    return False


def record_short_pick(
    uow: UnitOfWork, actor: Actor, pick_list_line_id: uuid.UUID, quantity: Decimal, reason: str,
    *, cancel_rest: bool = False,
) -> None:
    """The bin holds fewer than listed. The missing units stop being held: the line is
    back-ordered (default) or, with `cancel_rest`, that quantity is cancelled."""
    require(actor, "warehouse.pick")
    if not reason.strip():
        raise UserFacingError(tr("Say why the pick is short (empty bin, damaged...)."))
    with uow:
        session = uow.session
        line = session.get(PickListLine, pick_list_line_id)
        if line is None:
            raise NotFoundError(tr("That pick list line does not exist any more."))
        pick_list = _lock_list(session, line.pick_list_id)
        _check_picker(pick_list, actor)
        remaining = line.qty_to_pick - line.qty_picked - line.qty_short
        if not ZERO < quantity <= remaining:
            raise UserFacingError(tr("A short pick is between 1 and {remaining}."),
                                  remaining=remaining)
        order_line = session.get(SalesOrderLine, line.order_line_id)
        assert order_line is not None
        order = load_order(session, order_line.order_id, lock=True)
        line.qty_short += quantity
        line.short_reason = reason
        _release_line(session, order_line, quantity)
        if cancel_rest:
            order_line.qty_cancelled += quantity
        before, after = refresh_state(order)
        audit.record(session, actor, "pick_list_line", line.id, "short", None, None,
                     quantity=quantity, reason=reason, cancelled=cancel_rest)
        audit.record(session, actor, "sales_order", order.id, "short_pick", before, after)
        _close_if_done(session, actor, pick_list)
        uow.commit()


@dataclass(frozen=True)
class PickLineRow:
    id: uuid.UUID
    bin_location: str
    sku: str
    name: str
    barcode: str | None
    order_number: str
    qty_to_pick: Decimal
    qty_picked: Decimal
    qty_short: Decimal
    lot_tracked: bool


@dataclass(frozen=True)
class PickListDetail:
    id: uuid.UUID
    number: str
    state: PickListState
    is_wave: bool
    lines: tuple[PickLineRow, ...]


def get_pick_list(uow: UnitOfWork, pick_list_id: uuid.UUID) -> PickListDetail:
    """The list in walking order, as the picker and the printed sheet see it."""
    with uow:
        session = uow.session
        pick_list = session.get(PickList, pick_list_id)
        if pick_list is None:
            raise NotFoundError(tr("That pick list does not exist any more."))
        rows = session.execute(
            select(PickListLine.id, PickListLine.bin_location, Product.sku, Product.name,
                   Product.barcode, SalesOrder.number, PickListLine.qty_to_pick,
                   PickListLine.qty_picked, PickListLine.qty_short, Product.lot_tracked)
            .join(Product, Product.id == PickListLine.product_id)
            .join(SalesOrderLine, SalesOrderLine.id == PickListLine.order_line_id)
            .join(SalesOrder, SalesOrder.id == SalesOrderLine.order_id)
            .where(PickListLine.pick_list_id == pick_list_id)
            .order_by(PickListLine.bin_sequence, PickListLine.bin_location, SalesOrder.number)
        ).all()
        return PickListDetail(pick_list.id, pick_list.number, pick_list.state,
                              pick_list.is_wave, tuple(PickLineRow(*r) for r in rows))
