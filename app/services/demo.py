"""Believable demo data: users per role, customers in Chinese and English, products with real
EAN-13 codes and bins, stock, and orders spread over every state of the process."""

from __future__ import annotations

import random
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal
from typing import Any

from sqlalchemy import select

from app.models import User
from app.models.enums import (
    Channel,
    ComplaintCategory,
    CustomerTier,
    DamageResolution,
    MakeOrBuy,
    PaymentCondition,
    PaymentMethod,
    Role,
)
from app.services import (
    allocation,
    auth,
    complaints,
    confirmation,
    customers,
    delivery,
    invoice_queries,
    invoicing,
    order_queries,
    orders,
    packing,
    payments,
    picking,
    production,
    production_qc,
    products,
    shipping,
    stock,
)
from app.services.auth import Actor
from app.services.barcodes import ean13_check_digit
from app.services.errors import UserFacingError
from app.services.unit_of_work import UowFactory

DEMO_PASSWORD = "orderdesk"  # printed by `orderdesk demo`; change it for real use

CUSTOMERS = [
    ("台北精密機械有限公司", "陳志明", "+886 2 2700 1234", CustomerTier.A,
     "台北市信義區松仁路 100 號"),
    ("高雄港灣物流股份有限公司", "林美玲", "+886 7 331 5678", CustomerTier.B,
     "高雄市前鎮區成功二路 25 號"),
    ("上海华东贸易有限公司", "王建国", "+86 21 6234 5678", CustomerTier.A,
     "上海市浦东新区世纪大道 88 号"),
    ("深圳创新电子有限公司", "李娜", "+86 755 8888 1234", CustomerTier.C,
     "深圳市南山区科技园 12 栋"),
    ("Harbour Foods Ltd", "Emma Clarke", "+44 20 7946 0123", CustomerTier.B,
     "12 Dock Street, London"),
    ("Northwind Tools Inc.", "James Miller", "+1 206 555 0142", CustomerTier.C,
     "400 Pine St, Seattle"),
    ("新竹光電科技股份有限公司", "張家豪", "+886 3 578 9012", CustomerTier.B,
     "新竹市東區光復路 2 段 101 號"),
    ("Lotus Hotel Group", "Sarah Ng", "+852 2345 6789", CustomerTier.A,
     "8 Queen's Road, Hong Kong"),
]

PRODUCTS = [
    ("不鏽鋼螺絲 M8", "M8×30 A2-70", "fasteners", "2.50"),
    ("六角螺帽 M8", "M8 A2", "fasteners", "0.80"),
    ("Bearing 6204-2RS", "20×47×14 mm", "bearings", "45.00"),
    ("工業用電源供應器", "24V 10A DIN", "electrical", "1280.00"),
    ("LED 面板燈", "60×60 cm 40W", "lighting", "890.00"),
    ("Safety gloves", "Size L, nitrile", "safety", "35.00"),
    ("氣壓缸", "Ø32×100", "pneumatics", "1650.00"),
    ("Cable tie pack", "200 mm × 100", "electrical", "60.00"),
    ("控制箱", "IP65 400×300", "electrical", "3200.00"),
    ("Hydraulic hose", "1/2\" × 2 m", "hydraulics", "420.00"),
]

# How far each demo order is taken, as (share, last step).
STAGES = [(2, "draft"), (2, "confirmed"), (1, "short"), (2, "allocated"), (1, "picked"),
          (1, "packed"), (2, "shipped"), (3, "delivered"), (1, "damaged"), (1, "cancelled"),
          (2, "invoiced"), (2, "paid")]


@dataclass
class DemoSummary:
    users: dict[str, str] = field(default_factory=dict)  # username -> role
    customers: int = 0
    products: int = 0
    orders: Counter[str] = field(default_factory=Counter)
    production_orders: int = 0
    complaints: int = 0


def fill_demo(uow: UowFactory, *, orders: int = 60, seed: int = 1) -> DemoSummary:
    """Adds demo data; run again on the same database to add more orders."""
    rng = random.Random(seed)
    summary = DemoSummary()
    admin = _users(uow, summary)
    customer_ids = _customers(uow, admin, summary, rng)
    product_ids = _products(uow, admin, summary)
    stages = [stage for share, stage in STAGES for _ in range(share)]
    made = _made_product(uow, admin, product_ids, summary)
    _production(uow, admin, made, summary)
    for n in range(orders):
        stage = stages[n % len(stages)]
        plenty = product_ids[:-1]  # the last product is kept scarce for the "short" orders
        lines = [(p, rng.randint(1, 12)) for p in rng.sample(plenty, rng.randint(1, 4))]
        if stage == "short":
            lines.append((product_ids[-1], 5000))  # more than the warehouse holds
        order_id = _run_order(uow, admin, rng.choice(customer_ids), lines, stage, rng)
        summary.orders[stage] += 1
        if stage == "damaged":
            _complaint(uow, admin, order_id, summary, resolved=n % 2 == 0)
    return summary


def _users(uow: UowFactory, summary: DemoSummary) -> Actor:
    with uow() as u:
        existing = {name: (uid, role) for uid, name, role in u.session.execute(
            select(User.id, User.username, User.role))}
        for role in Role:
            if role.value not in existing:
                uid = auth.create_user(u.session, role.value, role.value.title(), DEMO_PASSWORD,
                                       role)
                existing[role.value] = (uid, role)
            summary.users[role.value] = role.value
        u.commit()
    admin_id, _ = existing[Role.ADMIN.value]
    return Actor(admin_id, Role.ADMIN.value, Role.ADMIN)


def _customers(uow: UowFactory, admin: Actor, summary: DemoSummary,
               rng: random.Random) -> list[Any]:
    found = []
    for index, (name, contact, phone, tier, address) in enumerate(CUSTOMERS, start=1):
        existing = customers.find_customers(uow(write=False), name, limit=1)
        if existing:
            found.append(existing[0].id)
            continue
        credit = index % 3 != 0
        cid = customers.create_customer(uow(), admin, customers.CustomerInput(
            code=f"C{index:04d}", name=name, contact_name=contact, phone=phone,
            email=f"orders{index}@example.com", address=address, tier=tier,
            credit_limit=Decimal(rng.choice(["200000", "500000", "1000000"])) if credit
            else Decimal(0),
            payment_condition=PaymentCondition.CREDIT if credit else PaymentCondition.PREPAYMENT,
            payment_method=PaymentMethod.BANK_TRANSFER, credit_days=30 if credit else 0))
        customers.verify_customer(uow(), admin, cid)
        found.append(cid)
        summary.customers += 1
    return found


def _products(uow: UowFactory, admin: Actor, summary: DemoSummary) -> list[Any]:
    found = []
    for index, (name, spec, category, price) in enumerate(PRODUCTS, start=1):
        sku = f"P-{index:04d}"
        try:
            found.append(products.find_product_by_code(uow(write=False), sku).id)
            continue
        except UserFacingError:
            pass
        first12 = f"471{index:09d}"
        pid = products.create_product(uow(), admin, products.ProductInput(
            sku=sku, name=name, specification=spec, category=category,
            list_price=Decimal(price), cost=(Decimal(price) * Decimal("0.6")).quantize(
                Decimal("0.01")), barcode=first12 + ean13_check_digit(first12),
            bin_location=f"{'ABC'[index % 3]}-{index:02d}-1", bin_sequence=index * 10,
            safety_stock=Decimal(20)))
        stock.receive_stock(uow(), admin, pid, Decimal(800 if index < len(PRODUCTS) else 40))
        found.append(pid)
        summary.products += 1
    return found


def _made_product(uow: UowFactory, admin: Actor, parts: list[Any],
                  summary: DemoSummary) -> Any:
    """A control cabinet assembled in-house from the power supply, box and cable ties."""
    sku = "P-ASM-01"
    try:
        return products.find_product_by_code(uow(write=False), sku).id
    except UserFacingError:
        pass
    first12 = "471000000999"
    pid = products.create_product(uow(), admin, products.ProductInput(
        sku=sku, name="組裝控制櫃", specification="24V, IP65, wired", category="assemblies",
        list_price=Decimal("6800.00"), cost=Decimal("4200.00"), make_or_buy=MakeOrBuy.MAKE,
        barcode=first12 + ean13_check_digit(first12), bin_location="D-01-1", bin_sequence=200))
    products.set_bom(uow(), admin, pid, [(parts[3], Decimal(1)), (parts[8], Decimal(1)),
                                         (parts[7], Decimal(2))])
    summary.products += 1
    return pid


def _production(uow: UowFactory, admin: Actor, made: Any, summary: DemoSummary) -> None:
    """One accepted, one in progress and one planned production order."""
    for stage in ("accepted", "started", "planned"):
        pid = production.create_production_order(uow(), admin, made, Decimal(3),
                                                  due_date=date.today() + timedelta(days=7))
        summary.production_orders += 1
        if stage == "planned":
            continue
        production.start_production(uow(), admin, pid)
        if stage == "started":
            production.record_progress(uow(), admin, pid, 40)
            continue
        production.finish_production(uow(), admin, pid)
        production_qc.record_inspection(uow(), admin, pid, "final", 3, [
            ("wiring", True), ("insulation test", True), ("labels", True)], "all good")
        production_qc.accept_production(uow(), admin, pid, Decimal(3))


def _complaint(uow: UowFactory, admin: Actor, order_id: Any, summary: DemoSummary,
               resolved: bool) -> None:
    detail = order_queries.get_order(uow(write=False), order_id)
    complaint_id = complaints.record_complaint(
        uow(), admin, detail.customer_id, ComplaintCategory.DELIVERY,
        "外箱破損，一件商品損壞 / carton crushed in transit", order_id=order_id,
        order_line_id=detail.lines[0].id)
    summary.complaints += 1
    if resolved:
        complaints.resolve_complaint(uow(), admin, complaint_id, DamageResolution.CREDIT,
                                     "Credited the damaged unit", "Carton too weak for courier")


def _run_order(uow: UowFactory, admin: Actor, customer_id: Any, lines: list[tuple[Any, int]],
               stage: str, rng: random.Random) -> Any:
    order_id = orders.create_order(uow(), admin, orders.OrderInput(
        customer_id=customer_id, channel=rng.choice(list(Channel)),
        lines=tuple(orders.LineInput(p, Decimal(q)) for p, q in lines),
        delivery_address=customers.get_customer(uow(write=False), customer_id).address,
        requested_date=date.today() + timedelta(days=rng.randint(2, 20)),
        special_instructions=rng.choice(["", "", "請於上午送達", "Fragile: pack upright"])))
    if stage == "draft":
        return order_id
    steps: list[Callable[[], None]] = [
        lambda: _confirm(uow, admin, order_id),
        lambda: allocation.allocate_order(uow(), admin, order_id) and None,
        lambda: _pick(uow, admin, order_id),
        lambda: _pack(uow, admin, order_id),
    ]
    stop = {"confirmed": 1, "short": 2, "allocated": 2, "picked": 3, "packed": 4}
    if stage == "cancelled":
        for step in steps[:2]:
            step()
        orders.cancel_order(uow(), admin, order_id, "Customer found a cheaper supplier")
        return order_id
    for step in steps[:stop.get(stage, 4)]:
        step()
    if stage in stop:
        return order_id
    shipment = shipping.ship_order(uow(), admin, shipping.ShipmentInput(
        order_id=order_id, carrier=rng.choice(["黑貓宅急便", "新竹物流", "Own van", "DHL"]),
        method="standard", tracking_number=f"TRK{rng.randint(10**8, 10**9)}"))
    if stage == "shipped":
        return order_id
    problems: tuple[delivery.DeliveryProblem, ...] = ()
    if stage == "damaged":
        line = next(x for x in order_queries.get_order(uow(write=False), order_id).lines
                    if x.qty_shipped > 0)
        problems = (delivery.DeliveryProblem(line.id, damaged=Decimal(1),
                                             resolution=DamageResolution.CREDIT,
                                             note="Carton crushed"),)
    delivery.record_delivery(uow(), admin, delivery.DeliveryInput(
        shipment_id=shipment, signer_name=rng.choice(["陳先生", "Ms Clarke", "李小姐"]),
        problems=problems))
    if stage in ("invoiced", "paid"):
        _bill(uow, admin, order_id, customer_id, paid=stage == "paid", rng=rng)
    return order_id


def _bill(uow: UowFactory, admin: Actor, order_id: Any, customer_id: Any, *, paid: bool,
          rng: random.Random) -> None:
    """Invoices issued over the last two months, so some are overdue; some paid in full."""
    issued = date.today() - timedelta(days=rng.randint(0, 60))
    invoice_id = invoicing.create_invoice(uow(), admin, [order_id], freight=Decimal("150.00"),
                                          today=issued)
    invoicing.post_invoice(uow(), admin, invoice_id, today=issued)
    if paid:
        amount = invoice_queries.get_invoice(uow(write=False), invoice_id).open_amount
        payments.record_payment(uow(), admin, customer_id, amount,
                                rng.choice(list(PaymentMethod)),
                                min(date.today(), issued + timedelta(days=rng.randint(5, 30))),
                                reference=f"DEMO-{rng.randint(1000, 9999)}",
                                allocations=[(invoice_id, amount)])


def _confirm(uow: UowFactory, admin: Actor, order_id: Any) -> None:
    try:
        confirmation.confirm_order(uow(), admin, order_id)
    except confirmation.CreditLimitError:
        confirmation.confirm_order(uow(), admin, order_id, credit_override=True)


def _pick(uow: UowFactory, admin: Actor, order_id: Any) -> None:
    pick_list = picking.create_pick_list(uow(), admin, [order_id])
    for line in picking.get_pick_list(uow(write=False), pick_list).lines:
        picking.confirm_pick(uow(), admin, pick_list, line.barcode or line.sku, line.qty_to_pick)


def _pack(uow: UowFactory, admin: Actor, order_id: Any) -> None:
    package = packing.create_package(uow(), admin, order_id)
    for line in order_queries.get_order(uow(write=False), order_id).lines:
        if line.qty_picked > line.qty_packed:
            packing.pack_item(uow(), admin, package, line.sku, line.qty_picked - line.qty_packed)
    packing.seal_package(uow(), admin, package, Decimal("4.5"), (Decimal(40), Decimal(30),
                                                               Decimal(25)))
