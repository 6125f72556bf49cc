"""Scan to confirmed line on screen, at the picking station (issue 4 target: median < 30 ms).

    python bench/scan.py                    # builds /tmp/orderdesk_scan_bench.sqlite
    python bench/scan.py --db postgresql+psycopg://postgres@127.0.0.1/orderdesk_scan

The database holds 100,000 products (bulk-inserted with Core), and 50 orders of 4 lines x 5
units built through the real services (order, confirm, allocate), grouped in 10 waves of 5
orders: 1,000 units to pick. The real PickingScreen (offscreen) opens each wave in scan mode
and gets one scan per unit, by barcode, through ScanField.deliver(); each time is from the
delivery of the code until the picked count of the line is in the table, after
processEvents() (the service call, its commit, and the screen update).
The last line printed is JSON.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import time
import uuid
from decimal import Decimal
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from sqlalchemy import func, insert, select, text
from sqlalchemy.engine import make_url

from app.models import Base, Product
from app.models.enums import Channel, MakeOrBuy
from app.services import allocation, confirmation, orders, picking, stock
from app.services.barcodes import ean13_check_digit
from app.services.database import make_engine
from app.services.unit_of_work import UowFactory, make_uow_factory
from tests.factories import Factory

PRODUCTS = 100_000
CHUNK = 20_000
ORDERS, LINES, UNITS, WAVE = 50, 4, 5, 5
DEFAULT_URL = "sqlite:////tmp/orderdesk_scan_bench.sqlite"


def build(url: str) -> float:
    began = time.perf_counter()
    engine = make_engine(url)
    Base.metadata.drop_all(engine)
    Base.metadata.create_all(engine)
    for start in range(0, PRODUCTS, CHUNK):
        rows = []
        for n in range(start, min(start + CHUNK, PRODUCTS)):
            first12 = f"480{n:09d}"
            rows.append(dict(
                id=uuid.uuid4(), sku=f"BLK-{n:06d}", barcode=first12 + ean13_check_digit(first12),
                name=f"Bulk part {n} 零件", list_price=Decimal("10.00"), cost=Decimal("4.00"),
                tax_rate=Decimal("0.05"), make_or_buy=MakeOrBuy.BUY,
                bin_location=f"{chr(65 + n % 26)}-{n % 997:03d}", bin_sequence=n % 5000))
        with engine.begin() as conn:
            conn.execute(insert(Product), rows)
    with engine.begin() as conn:
        if engine.dialect.name == "sqlite":
            conn.exec_driver_sql("ANALYZE")
        else:
            conn.execute(text("ANALYZE"))
    uow = make_uow_factory(engine)
    _orders(uow, engine)
    engine.dispose()
    return time.perf_counter() - began


def _orders(uow: UowFactory, engine) -> None:  # type: ignore[no-untyped-def]
    """50 allocated orders through the services, picked in 10 waves."""
    f = Factory(uow)
    admin = f.admin
    with engine.connect() as conn:
        step = PRODUCTS // (ORDERS * LINES)
        product_ids = list(conn.scalars(
            select(Product.id).where(Product.sku.in_(
                [f"BLK-{i * step:06d}" for i in range(ORDERS * LINES)]))))
    for product_id in product_ids:
        stock.receive_stock(uow(), admin, product_id, Decimal(UNITS))
    customer_id = f.customer()
    order_ids = []
    for i in range(ORDERS):
        lines = tuple(orders.LineInput(p, Decimal(UNITS))
                      for p in product_ids[i * LINES:(i + 1) * LINES])
        order_id = orders.create_order(uow(), admin, orders.OrderInput(
            customer_id=customer_id, channel=Channel.PHONE, lines=lines,
            delivery_address="1 Harbour Road, Keelung"))
        confirmation.confirm_order(uow(), admin, order_id)
        allocation.allocate_order(uow(), admin, order_id)
        order_ids.append(order_id)
    for i in range(0, ORDERS, WAVE):
        picking.create_pick_list(uow(), admin, order_ids[i:i + WAVE])


def measure(url: str) -> dict[str, object]:
    from PySide6.QtWidgets import QApplication

    from app.models.enums import Role
    from app.views.context import AppContext, AppInfo
    from app.views.screens.picking import PickingScreen
    from app.views.support import formatting as fmt

    app = QApplication.instance() or QApplication([])
    engine = make_engine(url)
    uow = make_uow_factory(engine)
    with engine.connect() as conn:
        products = conn.scalar(select(func.count()).select_from(Product))
    picker = Factory(uow).actor(Role.WAREHOUSE)
    ctx = AppContext(uow, picker, AppInfo("bench", "HQ", "b"), "Bench picker")
    screen = PickingScreen(ctx)
    screen.resize(1200, 740)
    screen.show()
    screen.refresh()
    app.processEvents()
    view = screen.scan_view
    times: list[float] = []
    refused = 0
    for pick_list in list(screen.lists):
        assert screen.start(pick_list.id), "could not open the pick list"
        app.processEvents()
        while (line := view.current()) is not None:
            row = view._rows[line.id]
            expected = fmt.number(line.qty_picked + 1)
            began = time.perf_counter()
            screen.scan.deliver(line.barcode or line.sku)
            app.processEvents()
            shown = view.table.item(row, 5).text()
            times.append((time.perf_counter() - began) * 1000)
            if shown != expected:
                refused += 1
                break
        screen.show_lists()
        app.processEvents()
    times.sort()
    return {"backend": engine.dialect.name, "products": products, "scans": len(times),
            "not_confirmed": refused,
            "median_ms": round(statistics.median(times), 1),
            "p95_ms": round(times[int(len(times) * 0.95) - 1], 1),
            "max_ms": round(times[-1], 1)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", default=DEFAULT_URL)
    args = parser.parse_args()
    seconds = build(args.db)  # always fresh: a run picks every wave it measures
    print(f"built {make_url(args.db).render_as_string()} in {seconds:.1f} s")
    result = measure(args.db)
    print(f"{result['scans']} scans on {result['products']:,} products ({result['backend']}): "
          f"median {result['median_ms']} ms, p95 {result['p95_ms']} ms, "
          f"max {result['max_ms']} ms")
    print(json.dumps(result))


if __name__ == "__main__":
    main()
