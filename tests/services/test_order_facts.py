"""order_facts stays equal to a rebuild from the source tables after each kind of change the
KPIs depend on (app/services/order_facts.py), on SQLite and PostgreSQL."""

from __future__ import annotations

import threading
import uuid
from decimal import Decimal

from sqlalchemy import func, select

from app.models import (
    DailyFulfilment,
    OrderCategoryFact,
    OrderFact,
    Product,
    SalesOrder,
    Setting,
    SyncChange,
)
from app.models.enums import ComplaintCategory
from app.services import allocation, complaints, delivery, kpi_daily, order_facts, orders
from app.services.settings import get_setting
from tests.factories import Factory

COLUMNS = [c.name for c in OrderFact.__table__.columns]


def stored(uow) -> list[tuple]:  # type: ignore[no-untyped-def,type-arg]
    with uow(write=False) as u:
        table = OrderFact.__table__
        return [tuple(r) for r in u.session.execute(
            select(*[table.c[c] for c in COLUMNS]).order_by(table.c.order_id))]


def rebuilt(uow) -> list[tuple]:  # type: ignore[no-untyped-def,type-arg]
    """What a full recomputation gives now (the same SELECT the refresh inserts)."""
    with uow(write=False) as u:
        facts = order_facts.facts_of(select(SalesOrder.id)).subquery()
        return [tuple(r) for r in u.session.execute(
            select(*facts.c).order_by(facts.c[0]))]


def categories(uow, rebuild: bool = False) -> set[tuple]:  # type: ignore[no-untyped-def,type-arg]
    with uow(write=False) as u:
        if rebuild:
            return set(u.session.execute(order_facts.categories_of(select(SalesOrder.id))))
        return set(u.session.execute(select(OrderCategoryFact.order_id,
                                            OrderCategoryFact.category)))


def refreshed(uow) -> list[tuple]:  # type: ignore[no-untyped-def,type-arg]
    order_facts.refresh(uow())
    rows = stored(uow)
    assert rows == rebuilt(uow)
    assert categories(uow) == categories(uow, rebuild=True)
    with uow(write=False) as u:  # the daily sums, rewritten only for the days touched
        def rows(query) -> list[tuple]:  # type: ignore[no-untyped-def,type-arg]
            # Hours are float sums: their last bits depend on the order SQL adds them in.
            return sorted(tuple(round(v, 6) if isinstance(v, float) else str(v) for v in r)
                          for r in u.session.execute(query))

        assert rows(select(DailyFulfilment.__table__)) == rows(kpi_daily._sums(u.session, None))
    return rows


def fact(uow, order_id) -> dict:  # type: ignore[no-untyped-def,type-arg]
    return next(dict(zip(COLUMNS, r, strict=True)) for r in stored(uow) if r[0] == order_id)


def test_each_change_the_kpis_depend_on_reaches_the_facts(f: Factory, uow) -> None:  # type: ignore[no-untyped-def]
    shelf, scarce = f.product(stock_qty=10), f.product(stock_qty=1)
    customer = f.customer()
    draft = f.order(customer, [(shelf, 1)])
    refreshed(uow)
    assert fact(uow, draft)["confirmed_at"] is None

    clean = f.delivered_order(customer, [(shelf, 1)])
    refreshed(uow)
    row = fact(uow, clean)
    assert row["completed_at"] is not None and row["accurate"] and row["first_complete"]

    complaints.record_complaint(uow(), f.admin, customer, ComplaintCategory.DELIVERY,
                                "Box dented", order_id=clean)
    refreshed(uow)
    assert not fact(uow, clean)["accurate"]  # a later complaint reaches an old order

    partial = f.confirmed_order(customer, [(shelf, 1), (scarce, 3)])
    allocation.allocate_order(uow(), f.admin, partial)
    f.pick_all(partial)
    f.pack_all(partial)
    shipment = f.ship(partial)
    refreshed(uow)
    row = fact(uow, partial)
    assert row["first_shipped_at"] is not None and row["first_complete"] is False
    assert row["completed_at"] is None

    delivery.record_delivery(uow(), f.admin, delivery.DeliveryInput(
        shipment_id=shipment, signer_name="Ms Wu"))
    orders.cancel_order(uow(), f.admin, partial, "customer took what we had")
    refreshed(uow)
    row = fact(uow, partial)
    # The rest was cancelled: the first shipment carried all that is still wanted.
    assert row["first_complete"] is True


def test_nothing_new_means_no_write(f: Factory, uow) -> None:  # type: ignore[no-untyped-def]
    f.delivered_order(f.customer(), [(f.product(stock_qty=5), 1)])
    assert order_facts.refresh(uow()) >= 1
    with uow(write=False) as u:
        newest = u.session.scalar(select(func.max(SyncChange.seq)))
    assert order_facts.refresh(uow()) == 0
    assert order_facts.is_current(uow())
    with uow(write=False) as u:  # the watermark itself is not logged for sync
        assert u.session.scalar(select(func.max(SyncChange.seq))) == newest


def test_a_watermark_from_another_site_rebuilds_everything(f: Factory, uow) -> None:  # type: ignore[no-untyped-def]
    order = f.delivered_order(f.customer(), [(f.product(stock_qty=5), 1)])
    order_facts.refresh(uow())
    with uow() as u:  # as if the file had been copied from head office
        u.session.get(Setting, order_facts.WATERMARK).value = "XX:999999"
        u.session.execute(OrderFact.__table__.delete())
        u.commit()
    assert order_facts.refresh(uow()) >= 1
    assert fact(uow, order)["completed_at"] is not None
    with uow(write=False) as u:
        assert get_setting(u.session, order_facts.WATERMARK).split(":")[0] == u.site_code


def test_two_desks_refreshing_at_once_both_succeed(f: Factory, uow) -> None:  # type: ignore[no-untyped-def]
    product, customer = f.product(stock_qty=50), f.customer()
    for _ in range(5):
        f.delivered_order(customer, [(product, Decimal(2))])
    errors: list[BaseException] = []

    def refresh() -> None:
        try:
            order_facts.refresh(uow())
        except BaseException as exc:  # reported below, on the test thread
            errors.append(exc)

    threads = [threading.Thread(target=refresh) for _ in range(3)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    assert stored(uow) == rebuilt(uow)
    assert len(stored(uow)) == 5


def test_an_order_counts_under_each_category_it_holds_as_products_are_now(f: Factory, uow) -> None:  # type: ignore[no-untyped-def]
    tools, parts = f.product(stock_qty=5), f.product(stock_qty=5)
    for product, category in ((tools, "tools"), (parts, "parts")):
        with uow() as u:  # as the product import or an edit would (through the ORM)
            u.session.get(Product, product).category = category
            u.commit()
    both = f.delivered_order(f.customer(), [(tools, 1), (parts, 2)])
    refreshed(uow)
    assert categories(uow) == {(both, "tools"), (both, "parts")}
    with uow() as u:
        u.session.get(Product, parts).category = "spares"
        u.commit()
    refreshed(uow)
    assert categories(uow) == {(both, "tools"), (both, "spares")}


def test_a_read_only_desk_brings_the_facts_up_to_date_in_its_own_write(f: Factory, uow) -> None:  # type: ignore[no-untyped-def]
    """The reports tab reads through uow(write=False): the refresh still takes the write lock
    up front (UnitOfWork.writing) instead of upgrading the reader's transaction."""
    order = f.delivered_order(f.customer(), [(f.product(stock_qty=5), 1)])
    assert order_facts.refresh(uow(write=False)) >= 1
    assert order_facts.is_current(uow(write=False))
    assert fact(uow, order)["completed_at"] is not None


def test_a_long_write_in_flight_makes_the_refresh_give_up_not_stall_the_firm(
        f: Factory, uow, engine, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """PostgreSQL: the horizon's SHARE lock waits for writers in flight, and writers queue
    behind it; the wait is bounded, then the refresh says so and can be tried again."""
    import pytest
    from sqlalchemy import insert

    from app.services import change_log

    if engine.dialect.name != "postgresql":
        pytest.skip("SQLite has one writer at a time: no horizon to wait for")
    f.delivered_order(f.customer(), [(f.product(stock_qty=5), 1)])
    monkeypatch.setattr(change_log, "HORIZON_LOCK_TIMEOUT_MS", 200)
    with engine.connect() as blocker:  # an import still writing, not committed
        blocker.execute(insert(SyncChange).values(entity="sales_orders",
                                                  entity_id=uuid.uuid4()))
        with pytest.raises(change_log.LogBusyError):
            order_facts.refresh(uow())
        blocker.rollback()
    assert order_facts.refresh(uow()) >= 1
    assert order_facts.is_current(uow())
