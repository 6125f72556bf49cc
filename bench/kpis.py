"""Dashboard load over a large data set. Bulk-inserts orders (Core executemany) into a
scratch SQLite file (about 10 minutes for 1,000,000 on a quiet 2-core machine), builds the
KPI facts once (timed apart: a one-off after an upgrade), then times what the dashboard
screen loads (prepare_dashboard + load_dashboard) for the usual ranges and breakdowns.

    python bench/kpis.py --orders 1000000 --screen-only        # build, then time
    python bench/kpis.py --orders 1000000 --screen-only --reuse  # time again
The last line printed is JSON with the timings in seconds.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import time
import uuid
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from sqlalchemy import func, insert, select

from app.models import (
    Base,
    Customer,
    Delivery,
    Invoice,
    Payment,
    PaymentAllocation,
    Product,
    SalesOrder,
    SalesOrderLine,
    Shipment,
    ShipmentLine,
    SyncChange,
)
from app.models.enums import (
    Channel,
    CustomerTier,
    DocState,
    OrderState,
    PaymentCondition,
    PaymentMethod,
    Role,
)
from app.services import invoice_facts, kpi_billing, kpis, order_facts
from app.services.auth import Actor
from app.services.database import make_engine
from app.services.kpi_dashboard import load_dashboard, prepare_dashboard, range_for
from app.services.kpi_sql import Breakdown, DateRange
from app.services.kpi_targets import alerts
from app.services.unit_of_work import make_uow_factory

TODAY = date.today()
NOW = datetime.now(UTC)
CHUNK = 20_000


def base_rows(conn) -> tuple[list, list]:  # type: ignore[no-untyped-def]
    customers = [dict(id=uuid.uuid4(), code=f"C{i:05d}", name=f"Customer {i}",
                      tier=list(CustomerTier)[i % 3], payment_condition=PaymentCondition.CREDIT,
                      payment_method=PaymentMethod.BANK_TRANSFER) for i in range(200)]
    products = [dict(id=uuid.uuid4(), sku=f"SKU-{i:05d}", name=f"Widget {i}",
                     category=f"cat{i % 6}", list_price=Decimal("100.00")) for i in range(300)]
    conn.execute(insert(Customer), customers)
    conn.execute(insert(Product), products)
    return customers, products


def chunk_rows(start: int, count: int, customers: list, products: list,  # type: ignore[type-arg]
               rnd: random.Random) -> dict[object, list[dict]]:  # type: ignore[type-arg]
    out: dict[object, list[dict]] = {t: [] for t in (  # type: ignore[type-arg]
        SalesOrder, SalesOrderLine, Shipment, ShipmentLine, Delivery, Invoice, Payment,
        PaymentAllocation)}
    for n in range(start, start + count):
        cust = customers[n % len(customers)]
        created = NOW - timedelta(minutes=rnd.randrange(0, 730 * 24 * 60))
        confirmed = created + timedelta(hours=rnd.randrange(1, 30))
        shipped = confirmed + timedelta(hours=rnd.randrange(6, 80))
        signed = shipped + timedelta(hours=rnd.randrange(12, 120))
        done = signed < NOW
        oid = uuid.uuid4()
        out[SalesOrder].append(dict(
            id=oid, number=f"HQ-SO-{n:07d}", site_code="HQ", customer_id=cust["id"],
            channel=list(Channel)[n % 5], customer_name=cust["name"],
            state=OrderState.DELIVERED if done else OrderState.CONFIRMED,
            promised_date=(confirmed + timedelta(days=5)).date() if n % 10 else None,
            payment_condition=PaymentCondition.CREDIT, payment_method=PaymentMethod.CARD,
            currency="TWD", subtotal=Decimal("200.00"), total=Decimal("200.00"),
            created_at=created, confirmed_at=confirmed))
        sid = uuid.uuid4()
        if done:
            out[Shipment].append(dict(id=sid, number=f"HQ-SH-{n:07d}", order_id=oid,
                                      carrier="Black Cat", shipped_at=shipped))
            out[Delivery].append(dict(id=uuid.uuid4(), shipment_id=sid, order_id=oid,
                                      signer_name="X", signed_at=signed))
        for line_no in (1, 2):
            lid, qty = uuid.uuid4(), Decimal(1 + n % 3)
            moved = qty if done else Decimal(0)
            out[SalesOrderLine].append(dict(
                id=lid, order_id=oid, line_no=line_no,
                product_id=products[(n * 2 + line_no) % len(products)]["id"], sku="S",
                name="W", quantity=qty, unit_price=Decimal("100.00"),
                line_total=Decimal("100.00"), qty_allocated=Decimal(0) if done else qty,
                qty_picked=moved, qty_packed=moved, qty_shipped=moved, qty_delivered=moved))
            if done:
                out[ShipmentLine].append(dict(id=uuid.uuid4(), shipment_id=sid,
                                              order_line_id=lid, quantity=qty))
        if done:
            _invoice(out, n, oid, cust, signed.date(), rnd)
    return out


def _invoice(out, n, oid, cust, issued, rnd) -> None:  # type: ignore[no-untyped-def]
    iid = uuid.uuid4()
    out[Invoice].append(dict(
        id=iid, number=f"HQ-INV-{n:07d}", state=DocState.POSTED, customer_id=cust["id"],
        customer_name=cust["name"], currency="TWD", issue_date=issued,
        due_date=issued + timedelta(days=30), subtotal=Decimal("200.00"),
        total=Decimal("200.00")))
    received = issued + timedelta(days=rnd.randrange(5, 60))
    if received < TODAY and n % 20:  # one in twenty never paid
        pid = uuid.uuid4()
        out[Payment].append(dict(id=pid, number=f"HQ-PAY-{n:07d}", customer_id=cust["id"],
                                 method=PaymentMethod.BANK_TRANSFER, amount=Decimal("200.00"),
                                 currency="TWD", received_on=received))
        out[PaymentAllocation].append(dict(id=uuid.uuid4(), payment_id=pid, invoice_id=iid,
                                           amount=Decimal("200.00"),
                                           at=datetime.combine(received, datetime.min.time(),
                                                               UTC)))


def build(url: str, orders: int) -> float:
    engine = make_engine(url)
    Base.metadata.create_all(engine)
    began, rnd = time.perf_counter(), random.Random(8)
    with engine.begin() as conn:
        customers, products = base_rows(conn)
    for start in range(0, orders, CHUNK):
        rows = chunk_rows(start, min(CHUNK, orders - start), customers, products, rnd)
        with engine.begin() as conn:
            for model, batch in rows.items():
                if batch:
                    conn.execute(insert(model), batch)
    with engine.begin() as conn:
        conn.exec_driver_sql("ANALYZE")
    engine.dispose()
    return time.perf_counter() - began


def screen(url: str) -> dict[str, float]:
    """What the dashboard screen loads (kpi_dashboard.load_dashboard: tiles once, alerts
    from them, the trend of the range and the bars of the breakdown)."""
    uow = make_uow_factory(make_engine(url))
    actor = Actor(uuid.uuid4(), "bench", Role.MANAGER)
    timings: dict[str, float] = {}
    for name, choice, by in (("screen_this_month_by_channel", "month", Breakdown.CHANNEL),
                             ("screen_30_days_by_channel", "30days", Breakdown.CHANNEL),
                             ("screen_this_month_by_tier", "month", Breakdown.TIER),
                             ("screen_30_days_by_category", "30days", Breakdown.CATEGORY),
                             ("screen_12_months_by_month", "year", Breakdown.MONTH),
                             ("screen_12_months_by_channel", "year", Breakdown.CHANNEL)):
        t = time.perf_counter()
        prepare_dashboard(uow(), actor)  # as the screen does: facts brought up to date
        timings[name + "_refresh"] = round(time.perf_counter() - t, 3)
        t = time.perf_counter()
        load_dashboard(uow(write=False), actor, range_for(choice, TODAY), by)
        timings[name] = round(time.perf_counter() - t, 3)
    return timings


def first_fill(url: str) -> dict[str, float]:
    """One-offs after the upgrade (or after the bench's bulk load, which bypasses the
    services): a facts row per posted invoice and one per order."""
    uow = make_uow_factory(make_engine(url))
    timings: dict[str, float] = {}
    t = time.perf_counter()
    invoice_facts.refresh(uow())
    timings["invoice_facts_first_fill"] = round(time.perf_counter() - t, 3)
    t = time.perf_counter()
    order_facts.refresh(uow())
    timings["order_facts_first_fill"] = round(time.perf_counter() - t, 3)
    return timings


def incremental_refresh(url: str) -> dict[str, float]:
    """A desk in use: orders changed since the last load (as their change-log entries say),
    then the refresh the next dashboard load starts with. A day's work touches recent
    orders; the worst case touches old ones all over the history (their days re-summed)."""
    engine = make_engine(url)
    uow = make_uow_factory(engine)
    timings: dict[str, float] = {}
    for name, count, order in (("recent", 200, SalesOrder.created_at.desc()),
                               ("recent", 1400, SalesOrder.created_at.desc()),
                               ("random", 200, func.random())):
        with engine.begin() as conn:
            ids = list(conn.scalars(select(SalesOrder.id).order_by(order).limit(count)))
            conn.execute(insert(SyncChange), [{"entity": "sales_orders", "entity_id": i}
                                              for i in ids])
        t = time.perf_counter()
        order_facts.refresh(uow())
        timings[f"refresh_after_{count}_{name}_orders_changed"] = round(
            time.perf_counter() - t, 3)
    return timings


def dashboard(url: str) -> dict[str, float]:
    uow = make_uow_factory(make_engine(url))
    last30 = DateRange(TODAY - timedelta(days=29), TODAY)
    year = DateRange(TODAY.replace(day=1) - timedelta(days=365), TODAY)
    timings: dict[str, float] = {}

    def timed(name: str, fn, *args, **kw):  # type: ignore[no-untyped-def]
        t = time.perf_counter()
        result = fn(*args, **kw)
        timings[name] = round(time.perf_counter() - t, 3)
        return result

    began = time.perf_counter()
    for name, fn in (("processing", kpis.processing_times), ("on_time", kpis.on_time_delivery),
                     ("accuracy", kpis.order_accuracy), ("fill", kpis.fill_rate),
                     ("back_orders", kpis.back_orders), ("days_to_pay", kpi_billing.days_to_pay),
                     ("overdue", kpi_billing.overdue_receivables),
                     ("complaints", kpi_billing.complaints)):
        timed(name, fn, uow(), last30)
    timed("alerts", alerts, uow(), last30)
    timed("trend_on_time_monthly", kpis.on_time_delivery, uow(), year,
          breakdown=Breakdown.MONTH)
    timed("trend_fill_monthly", kpis.fill_rate, uow(), year, breakdown=Breakdown.MONTH)
    timings["dashboard_total"] = round(time.perf_counter() - began, 3)
    return timings


def _ensure_indexes(url: str) -> None:
    """A file built before an index was added to the models gets it now."""
    engine = make_engine(url)
    Base.metadata.create_all(engine)  # tables added since the file was built
    with engine.begin() as conn:
        for table in Base.metadata.sorted_tables:
            for index in table.indexes:
                index.create(conn, checkfirst=True)
        conn.exec_driver_sql("ANALYZE")
    engine.dispose()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--orders", type=int, default=1_000_000)
    parser.add_argument("--db", default="/tmp/orderdesk_kpi_bench.sqlite")
    parser.add_argument("--url", help="a database URL instead of the SQLite file, e.g. an "
                        "empty PostgreSQL database (built into unless --reuse)")
    parser.add_argument("--reuse", action="store_true", help="keep an already built file")
    parser.add_argument("--screen-only", action="store_true",
                        help="time only what the dashboard screen loads")
    args = parser.parse_args()
    path = Path(args.db)
    url = args.url or f"sqlite:///{path}"
    build_s = None
    if args.url and not args.reuse:
        build_s = round(build(url, args.orders), 1)
    elif not args.url and not (args.reuse and path.exists()):
        path.unlink(missing_ok=True)
        build_s = round(build(url, args.orders), 1)
    _ensure_indexes(url)
    timings = first_fill(url)
    timings |= screen(url) if args.screen_only else {**dashboard(url), **screen(url)}
    timings |= incremental_refresh(url)
    backend = make_engine(url).dialect.name
    print(json.dumps({"backend": backend, "orders": args.orders, "build_s": build_s,
                      **timings}))


if __name__ == "__main__":
    main()
