"""Benchmark: N orders of 3 lines through every step, each step its own committed transaction.

    python bench/order_to_cash.py --db sqlite:////tmp/bench.db --orders 200
    python bench/order_to_cash.py --db postgresql+psycopg://postgres@127.0.0.1/test --orders 100

The database is emptied first (it must be a scratch database). The last line printed is one
JSON object: orders_per_s, backend, orders, and seconds per step.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import time
from collections import defaultdict
from datetime import date
from decimal import Decimal
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from app.models import Base
from app.models.enums import Channel, PaymentMethod, Role
from app.services import (
    allocation,
    auth,
    confirmation,
    customers,
    delivery,
    invoice_queries,
    invoicing,
    orders,
    packing,
    payments,
    picking,
    products,
    shipping,
    stock,
)
from app.services.auth import Actor
from app.services.barcodes import ean13_check_digit
from app.services.database import make_engine
from app.services.schema import upgrade
from app.services.unit_of_work import make_uow_factory


def setup(uow, n_products: int) -> tuple[Actor, list, list]:  # type: ignore[no-untyped-def]
    with uow() as u:
        admin_id = auth.create_user(u.session, "bench", "Bench", "benchmark", Role.ADMIN)
        u.commit()
    admin = Actor(admin_id, "bench", Role.ADMIN)
    customer_ids = [customers.create_customer(uow(), admin, customers.CustomerInput(
        code=f"B{i:04d}", name=f"Bench customer {i}", phone="+886 2 1234 5678",
        address="1 Bench Road", payment_condition=customers.PaymentCondition.CREDIT,
        credit_days=30, credit_limit=Decimal("100000000"))) for i in range(10)]
    for cid in customer_ids:
        customers.verify_customer(uow(), admin, cid)
    product_ids = []
    for i in range(n_products):
        first12 = f"479{i:09d}"
        pid = products.create_product(uow(), admin, products.ProductInput(
            sku=f"BP-{i:04d}", name=f"Bench product {i}", list_price=Decimal("12.50"),
            barcode=first12 + ean13_check_digit(first12), bin_location=f"R{i:03d}",
            bin_sequence=i))
        stock.receive_stock(uow(), admin, pid, Decimal("1000000"))
        product_ids.append(pid)
    return admin, customer_ids, product_ids


def run_one(uow, admin, customer_id, lines, timings) -> None:  # type: ignore[no-untyped-def]
    def step(name, fn, *args, **kwargs):  # type: ignore[no-untyped-def]
        start = time.perf_counter()
        result = fn(*args, **kwargs)
        timings[name] += time.perf_counter() - start
        return result

    order_id = step("entry", orders.create_order, uow(), admin, orders.OrderInput(
        customer_id=customer_id, channel=Channel.PHONE, delivery_address="1 Bench Road",
        lines=tuple(orders.LineInput(p, Decimal(q)) for p, q in lines)))
    step("confirm", confirmation.confirm_order, uow(), admin, order_id)
    step("allocate", allocation.allocate_order, uow(), admin, order_id)
    pick_list = step("pick", picking.create_pick_list, uow(), admin, [order_id])
    detail = picking.get_pick_list(uow(write=False), pick_list)
    for line in detail.lines:
        step("pick", picking.confirm_pick, uow(), admin, pick_list, line.barcode, line.qty_to_pick)
    package = step("pack", packing.create_package, uow(), admin, order_id)
    for line in detail.lines:
        step("pack", packing.pack_item, uow(), admin, package, line.barcode, line.qty_to_pick)
    step("pack", packing.seal_package, uow(), admin, package, Decimal("3.2"))
    shipment = step("ship", shipping.ship_order, uow(), admin, shipping.ShipmentInput(
        order_id=order_id, carrier="Own van", tracking_number="V1"))
    step("deliver", delivery.record_delivery, uow(), admin, delivery.DeliveryInput(
        shipment_id=shipment, signer_name="Bench signer"))
    billing_steps(step, uow, admin, customer_id, order_id)


def billing_steps(step, uow, admin, customer_id, order_id) -> None:  # type: ignore[no-untyped-def]
    invoice_id = step("invoice", invoicing.create_invoice, uow(), admin, [order_id])
    step("invoice", invoicing.post_invoice, uow(), admin, invoice_id)
    total = invoice_queries.get_invoice(uow(write=False), invoice_id).open_amount
    step("pay", payments.record_payment, uow(), admin, customer_id, total,
         PaymentMethod.BANK_TRANSFER, date.today(), allocations=[(invoice_id, total)])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", required=True)
    parser.add_argument("--orders", type=int, default=100)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    engine = make_engine(args.db)
    Base.metadata.drop_all(engine)
    with engine.begin() as conn:
        conn.exec_driver_sql("DROP TABLE IF EXISTS alembic_version")
    upgrade(engine)
    uow = make_uow_factory(engine)
    admin, customer_ids, product_ids = setup(uow, 30)
    rng = random.Random(args.seed)
    timings: dict[str, float] = defaultdict(float)
    start = time.perf_counter()
    for _ in range(args.orders):
        lines = [(p, rng.randint(1, 5)) for p in rng.sample(product_ids, 3)]
        run_one(uow, admin, rng.choice(customer_ids), lines, timings)
    elapsed = time.perf_counter() - start
    print(json.dumps({
        "orders_per_s": round(args.orders / elapsed, 2), "backend": engine.dialect.name,
        "orders": args.orders, "seconds": round(elapsed, 2),
        "ms_per_order_by_step": {k: round(v * 1000 / args.orders, 2) for k, v in timings.items()},
    }))


if __name__ == "__main__":
    main()
