"""The order list over a million orders: how long until the first page is on screen, and how
long a search by order number or by customer takes to answer (issue 3 targets: 150 ms and
50 ms on this machine).

    python bench/order_list.py                       # builds /tmp/orderdesk_list_bench.sqlite
    python bench/order_list.py --reuse               # measures an already built file
    python bench/order_list.py --db postgresql+psycopg://postgres@127.0.0.1/orderdesk_list

The database holds 5,000 customers and N orders (headers only: the list reads no lines),
bulk-inserted with Core. Each figure is the median of 15 runs through the real OrdersScreen,
offscreen, from the call to the rows painted (QWidget.grab forces the paint).
The last line printed is JSON.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import sys
import time
import uuid
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from sqlalchemy import func, insert, select, text
from sqlalchemy.engine import make_url

from app.models import Base, Customer, SalesOrder, User
from app.models.enums import (
    Channel,
    CustomerTier,
    OrderState,
    PaymentCondition,
    PaymentMethod,
    Role,
)
from app.services.auth import Actor
from app.services.database import make_engine
from app.services.unit_of_work import make_uow_factory

CUSTOMERS = 5_000
CHUNK = 50_000
RUNS = 15
STATES = [OrderState.INVOICED] * 12 + [OrderState.DELIVERED] * 3 + [
    OrderState.SHIPPED, OrderState.PACKED, OrderState.PICKED, OrderState.ALLOCATED,
    OrderState.CONFIRMED, OrderState.DRAFT, OrderState.CANCELLED]


def build(url: str, orders: int) -> float:
    began = time.perf_counter()
    engine = make_engine(url)
    Base.metadata.drop_all(engine)
    Base.metadata.create_all(engine)
    rnd = random.Random(3)
    now = datetime.now(UTC)
    customers = [dict(id=uuid.uuid4(), code=f"C{i:05d}", name=f"Customer {i} 有限公司",
                      phone=f"02-{2700_0000 + i}", tier=list(CustomerTier)[i % 3],
                      payment_condition=PaymentCondition.CREDIT,
                      payment_method=PaymentMethod.BANK_TRANSFER) for i in range(CUSTOMERS)]
    with engine.begin() as conn:
        conn.execute(insert(Customer), customers)
        conn.execute(insert(User), [dict(id=uuid.uuid4(), username="bench", display_name="B",
                                         password_hash="x", role=Role.MANAGER)])
    start_time = now - timedelta(days=3 * 365)
    step = timedelta(days=3 * 365) / max(orders, 1)
    for start in range(0, orders, CHUNK):
        rows = []
        for n in range(start, min(start + CHUNK, orders)):
            cust = customers[rnd.randrange(CUSTOMERS)]
            total = Decimal(rnd.randrange(1_000, 5_000_000)) / 100
            rows.append(dict(
                id=uuid.uuid4(), number=f"HQ-SO-{n + 1:06d}", site_code="HQ",
                customer_id=cust["id"], channel=list(Channel)[n % 5],
                state=STATES[n % len(STATES)], customer_name=cust["name"],
                payment_condition=PaymentCondition.CREDIT, payment_method=PaymentMethod.CARD,
                currency="TWD", subtotal=total, total=total,
                promised_date=(start_time + step * n + timedelta(days=7)).date(),
                created_at=start_time + step * n))
        with engine.begin() as conn:
            conn.execute(insert(SalesOrder), rows)
    with engine.begin() as conn:
        if engine.dialect.name == "sqlite":
            conn.exec_driver_sql("ANALYZE")
        else:
            conn.execute(text("ANALYZE"))
    engine.dispose()
    return time.perf_counter() - began


def median_ms(action: Callable[[], object]) -> tuple[float, float]:
    times = []
    for _ in range(RUNS):
        began = time.perf_counter()
        action()
        times.append((time.perf_counter() - began) * 1000)
    return round(statistics.median(times), 1), round(max(times), 1)


def measure(url: str) -> dict[str, object]:
    from PySide6.QtWidgets import QApplication

    from app.views.context import AppContext, AppInfo
    from app.views.screens.orders import OrdersScreen

    app = QApplication.instance() or QApplication([])
    engine = make_engine(url)
    uow = make_uow_factory(engine)
    with engine.connect() as conn:
        user_id = conn.scalar(select(User.id).where(User.username == "bench"))
        count = conn.scalar(select(func.count()).select_from(SalesOrder))
        some_customer = conn.scalar(select(Customer.name).where(Customer.code == "C01234"))
    ctx = AppContext(uow, Actor(user_id, "bench", Role.MANAGER), AppInfo("bench", "HQ", "b"))
    results: dict[str, object] = {"backend": engine.dialect.name, "orders": count}

    def first_page() -> OrdersScreen:
        screen = OrdersScreen(ctx)
        screen.resize(1100, 700)
        screen.refresh()
        screen.grab()  # paints the visible rows: their block is fetched and formatted
        return screen

    results["first_page_ms"], results["first_page_max_ms"] = median_ms(first_page)
    screen = first_page()
    screen.show()
    app.processEvents()

    def search(term: str) -> Callable[[], None]:
        def run() -> None:
            screen.search.setText(term)
            screen.refresh()
            screen.table.viewport().grab()
        return run

    results["search_number_ms"], _ = median_ms(search("HQ-SO-0765"))
    results["search_bare_number_ms"], _ = median_ms(search("765432"))
    results["search_customer_ms"], _ = median_ms(search(str(some_customer)))
    results["search_phone_ms"], _ = median_ms(search("02-27001234"))
    screen.search.setText("")
    screen.state.setCurrentIndex(screen.state.findData(OrderState.DELIVERED))

    def jump_to_end() -> None:
        screen.table.scrollToBottom()
        screen.table.viewport().grab()
        screen.table.scrollToTop()

    results["filter_state_ms"], _ = median_ms(lambda: (screen.refresh(),
                                                        screen.table.viewport().grab()))
    results["scroll_to_last_row_ms"], _ = median_ms(jump_to_end)
    screen.close()
    engine.dispose()
    return results


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--orders", type=int, default=1_000_000)
    parser.add_argument("--db", default="sqlite:////tmp/orderdesk_list_bench.sqlite")
    parser.add_argument("--reuse", action="store_true", help="measure an existing database")
    args = parser.parse_args()
    url = args.db if "://" in args.db else f"sqlite:///{Path(args.db).resolve()}"
    built = None
    parsed = make_url(url)
    exists = parsed.get_backend_name() != "sqlite" or Path(str(parsed.database)).exists()
    if not (args.reuse and exists):
        built = round(build(url, args.orders), 1)
        print(f"built {args.orders:,} orders in {built} s")
    results = measure(url)
    results["build_s"] = built
    for key, value in results.items():
        print(f"{key:>24}: {value}")
    print(json.dumps(results))


if __name__ == "__main__":
    main()
