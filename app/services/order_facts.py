"""The order facts (app/models/kpi_facts.py `order_facts`): one narrow row per order with
the dates and flags the fulfilment KPIs aggregate, kept current from the change log by
app/services/derived_facts.py, so a month at a million orders is an index range instead of
joins of five tables over the whole history (docs/kpis.md, Speed)."""

from __future__ import annotations

from typing import Any

from sqlalchemy import and_, case, exists, false, func, literal, or_, select, true, union

from app.models import (
    Complaint,
    Delivery,
    DeliveryLine,
    OrderCategoryFact,
    OrderFact,
    PickListLine,
    Product,
    SalesOrder,
    SalesOrderLine,
    Shipment,
    ShipmentLine,
    SyncChange,
)
from app.models.enums import OrderState
from app.services import derived_facts, kpi_daily
from app.services.change_log import ORDERS, PRODUCTS
from app.services.unit_of_work import UnitOfWork

WATERMARK = "kpi_facts_seq"  # "<site>:<seq>"; per site, never copied to another database
CATEGORY_WATERMARK = "kpi_category_facts_seq"
DONE_STATES = (OrderState.DELIVERED, OrderState.INVOICED)

def changed_orders(since: int, until: int) -> Any:
    """SELECT of the ids of the orders whose facts may have changed with the change-log
    entries `since` < seq <= `until`: the order itself, or one of its shipments,
    deliveries, complaints or pick lists."""
    return union(*_order_sources(since, until))


def _order_sources(since: int, until: int) -> list[Any]:
    """The parts of changed_orders' UNION (SQLite takes no nested compound SELECT)."""
    log = SyncChange
    window = and_(log.seq > since, log.seq <= until)

    def named(entity: str, id_column: Any) -> Any:
        return and_(window, log.entity == entity, log.entity_id == id_column)

    return [
        select(log.entity_id).where(window, log.entity == ORDERS),
        select(Shipment.order_id).join(log, named("shipments", Shipment.id)),
        select(Delivery.order_id).join(log, named("deliveries", Delivery.id)),
        select(Complaint.order_id).join(log, named("complaints", Complaint.id))
        .where(Complaint.order_id.is_not(None)),
        select(SalesOrderLine.order_id)
        .join(PickListLine, PickListLine.order_line_id == SalesOrderLine.id)
        .join(log, named("pick_lists", PickListLine.pick_list_id)),
    ]


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


def changed_categories(since: int, until: int) -> Any:
    """Orders whose set of categories may have changed: those changed themselves, and
    those holding a product whose category may have been edited."""
    log = SyncChange
    return union(*_order_sources(since, until), select(SalesOrderLine.order_id).join(log, and_(
        log.seq > since, log.seq <= until, log.entity == PRODUCTS,
        log.entity_id == SalesOrderLine.product_id)))


def categories_of(orders: Any) -> Any:
    """SELECT of (order id, category), once per category an order's lines hold."""
    return (select(SalesOrderLine.order_id, Product.category).distinct()
            .join(Product, Product.id == SalesOrderLine.product_id)
            .where(SalesOrderLine.order_id.in_(orders)))


ORDER_FACTS = derived_facts.FactsTable(
    OrderFact.__table__, WATERMARK, lambda: select(SalesOrder.id), changed_orders, facts_of,
    around=kpi_daily.around_facts_rewrite)
ORDER_CATEGORIES = derived_facts.FactsTable(
    OrderCategoryFact.__table__, CATEGORY_WATERMARK, lambda: select(SalesOrder.id),
    changed_categories, categories_of)


def refresh(uow: UnitOfWork) -> int:
    """Both tables; returns the orders whose facts were recomputed."""
    count = derived_facts.refresh(uow, ORDER_FACTS)
    derived_facts.refresh(uow, ORDER_CATEGORIES)
    return count


def is_current(uow: UnitOfWork) -> bool:
    return all(derived_facts.is_current(uow, t) for t in (ORDER_FACTS, ORDER_CATEGORIES))


__all__ = ["CATEGORY_WATERMARK", "DONE_STATES", "ORDER_CATEGORIES", "ORDER_FACTS", "WATERMARK",
           "categories_of", "changed_categories", "changed_orders", "facts_of", "is_current",
           "refresh"]
