"""Keeps `order_facts` (app/models/kpi_facts.py) in step with the orders, so the fulfilment
KPIs read one narrow indexed row per order instead of joining five tables over the whole
history (docs/kpis.md, Speed).

Why it is exact: every change to an order, or to a shipment, delivery, pick list or
complaint, writes a `sync_changes` row in the same transaction (app/services/change_log.py).
The facts remember the last change-log entry they have taken in (setting `kpi_facts_seq`,
"<site>:<seq>"), and `refresh` recomputes, from the source tables, the row of every order
named after it. The KPI services call `refresh` before they read, so a figure never lags
behind a committed change; the dashboard calls it once first, after which the checks are a
single indexed lookup. Rows are always recomputed whole, never patched.

On PostgreSQL sequence values can commit out of order, so the horizon up to which the log is
read is fixed the way the down-sync fixes it (docs/sync.md): an instant's SHARE lock on
`sync_changes` waits for every transaction still writing to it.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import (
    and_,
    case,
    delete,
    exists,
    false,
    func,
    insert,
    literal,
    or_,
    select,
    text,
    true,
    union,
)
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from app.models import (
    Complaint,
    Delivery,
    DeliveryLine,
    OrderFact,
    PickListLine,
    SalesOrder,
    SalesOrderLine,
    Setting,
    Shipment,
    ShipmentLine,
    SyncChange,
)
from app.models.enums import OrderState
from app.services.change_log import ORDERS
from app.services.settings import get_setting, set_setting
from app.services.unit_of_work import UnitOfWork

WATERMARK = "kpi_facts_seq"  # "<site>:<seq>"; per site, never copied to another database
DONE_STATES = (OrderState.DELIVERED, OrderState.INVOICED)
_COLUMNS = ("order_id", "customer_id", "channel", "created_at", "confirmed_at",
            "promised_date", "first_shipped_at", "first_complete", "completed_at", "accurate")


def _taken_in(session: Session, site: str) -> int | None:
    """The last change-log seq the rows reflect, or None when they must be built from scratch
    (never built, or built on another site's database: a copied file starts again)."""
    mark_site, _, seq = get_setting(session, WATERMARK).partition(":")
    return int(seq) if mark_site == site and seq.isdigit() else None


def _newest(session: Session) -> int:
    return int(session.scalar(select(func.max(SyncChange.seq))) or 0)


def is_current(uow: UnitOfWork) -> bool:
    with uow:
        return _taken_in(uow.session, uow.site_code) == _newest(uow.session)


def refresh(uow: UnitOfWork) -> int:
    """Brings the rows up to date; returns how many orders were recomputed. Maintenance of
    derived facts, not a user's change: no permission and no audit entry."""
    with uow:
        if _taken_in(uow.session, uow.site_code) == _newest(uow.session):
            return 0  # the usual case: one indexed lookup and a settings read
        connection = uow.session.connection()
        if connection.dialect.name == "postgresql":
            connection.execute(text("LOCK TABLE sync_changes IN SHARE MODE"))
        horizon = _newest(uow.session)
        uow.commit()  # releases the lock at once; writers wait only for that instant
    try:
        with uow:
            s = uow.session
            # One refresh at a time: the second waits here, then finds the work done.
            s.scalar(select(Setting.key).where(Setting.key == WATERMARK).with_for_update())
            since = _taken_in(s, uow.site_code)
            if since is not None and since >= horizon:
                return 0
            orders = (select(SalesOrder.id) if since is None
                      else changed_orders(since, horizon))
            table = OrderFact.__table__
            if since is None:
                s.execute(delete(table))
            else:
                s.execute(delete(table).where(table.c.order_id.in_(orders)))
            s.execute(insert(table).from_select(_COLUMNS, facts_of(orders)))
            count = int(s.scalar(select(func.count()).select_from(table)) or 0) \
                if since is None else len(list(s.scalars(orders)))
            set_setting(s, WATERMARK, f"{uow.site_code}:{horizon}")
            uow.commit()
            return count
    except IntegrityError:
        return 0  # another desk built the rows at the same moment: theirs are as good


def changed_orders(since: int, until: int) -> Any:
    """SELECT of the ids of the orders whose facts may have changed with the change-log
    entries `since` < seq <= `until`: the order itself, or one of its shipments,
    deliveries, complaints or pick lists."""
    log = SyncChange
    window = and_(log.seq > since, log.seq <= until)

    def named(entity: str, id_column: Any) -> Any:
        return and_(window, log.entity == entity, log.entity_id == id_column)

    return union(
        select(log.entity_id).where(window, log.entity == ORDERS),
        select(Shipment.order_id).join(log, named("shipments", Shipment.id)),
        select(Delivery.order_id).join(log, named("deliveries", Delivery.id)),
        select(Complaint.order_id).join(log, named("complaints", Complaint.id))
        .where(Complaint.order_id.is_not(None)),
        select(SalesOrderLine.order_id)
        .join(PickListLine, PickListLine.order_line_id == SalesOrderLine.id)
        .join(log, named("pick_lists", PickListLine.pick_list_id)),
    )


def facts_of(orders: Any) -> Any:
    """SELECT of the order_facts rows of the orders whose ids `orders` selects, computed from
    the source tables (the definitions are those of docs/kpis.md)."""
    o = SalesOrder
    first = (select(Shipment.order_id, func.min(Shipment.shipped_at).label("at"))
             .where(Shipment.order_id.in_(orders)).group_by(Shipment.order_id).subquery())
    last = (select(Delivery.order_id, func.max(Delivery.signed_at).label("at"))
            .where(Delivery.order_id.in_(orders)).group_by(Delivery.order_id).subquery())
    # Same column type on both sides (quantities): exact on SQLite's scaled integers too.
    first_qty = (select(func.coalesce(func.sum(ShipmentLine.quantity), 0))
                 .join(Shipment, Shipment.id == ShipmentLine.shipment_id)
                 .where(Shipment.order_id == o.id, Shipment.shipped_at == first.c.at)
                 .scalar_subquery())
    wanted = (select(func.sum(SalesOrderLine.quantity) - func.sum(SalesOrderLine.qty_cancelled))
              .where(SalesOrderLine.order_id == o.id).scalar_subquery())
    short_pick = exists().where(PickListLine.order_line_id == SalesOrderLine.id,
                                SalesOrderLine.order_id == o.id, PickListLine.qty_short > 0)
    damaged = exists().where(DeliveryLine.delivery_id == Delivery.id, Delivery.order_id == o.id,
                             or_(DeliveryLine.qty_damaged > 0, DeliveryLine.qty_short > 0))
    complained = exists().where(Complaint.order_id == o.id)
    return (select(
        o.id, o.customer_id, o.channel, o.created_at, o.confirmed_at, o.promised_date,
        first.c.at,
        case((first.c.at.is_(None), literal(None)), (first_qty >= wanted, true()),
             else_=false()),
        case((o.state.in_(DONE_STATES), last.c.at), else_=literal(None)),
        case((or_(short_pick, damaged, complained), false()), else_=true()),
    ).outerjoin(first, first.c.order_id == o.id).outerjoin(last, last.c.order_id == o.id)
        .where(o.id.in_(orders)))


__all__ = ["WATERMARK", "changed_orders", "facts_of", "is_current", "refresh"]
