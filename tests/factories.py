"""Small builders that create test data through the real services (unique codes per call)."""

from __future__ import annotations

import itertools
import uuid
from datetime import date
from decimal import Decimal

from app.models.enums import Channel, CustomerTier, PaymentCondition, Role
from app.services import (
    allocation,
    auth,
    confirmation,
    customers,
    delivery,
    invoicing,
    order_queries,
    orders,
    packing,
    picking,
    products,
    shipping,
    stock,
)
from app.services.auth import Actor
from app.services.barcodes import ean13_check_digit
from app.services.unit_of_work import UowFactory

_seq = itertools.count(1)


class Factory:
    def __init__(self, uow: UowFactory) -> None:
        self.uow = uow
        self._actors: dict[Role, Actor] = {}

    def actor(self, role: Role = Role.ADMIN, name: str | None = None) -> Actor:
        """One user per role (or a named extra one), created on first use."""
        if name is None and role in self._actors:
            return self._actors[role]
        username = name or f"{role.value}-{next(_seq)}"
        with self.uow() as u:
            user_id = auth.create_user(u.session, username, username.title(), "password123", role)
            u.commit()
        actor = Actor(user_id, username, role)
        if name is None:
            self._actors[role] = actor
        return actor

    @property
    def admin(self) -> Actor:
        return self.actor(Role.ADMIN)

    def customer(self, *, tier: CustomerTier = CustomerTier.B, credit_limit: str = "100000",
                 condition: PaymentCondition = PaymentCondition.CREDIT,
                 verified: bool = True, name: str | None = None) -> uuid.UUID:
        n = next(_seq)
        customer_id = customers.create_customer(self.uow(), self.admin, customers.CustomerInput(
            code=f"C{n:05d}", name=name or f"Customer {n} 客戶", phone="+886 2 2345 6789",
            email=f"buyer{n}@example.com", address=f"{n} Test Road, Taipei",
            contact_name="Ms Lin", tier=tier, credit_limit=Decimal(credit_limit),
            payment_condition=condition,
            credit_days=30 if condition is PaymentCondition.CREDIT else 0))
        if verified:
            customers.verify_customer(self.uow(), self.admin, customer_id)
        return customer_id

    def product(self, *, price: str = "100.00", stock_qty: str | int = 0,
                tax_rate: str = "0.05", bin_sequence: int | None = None) -> uuid.UUID:
        n = next(_seq)
        first12 = f"471{n:09d}"
        product_id = products.create_product(self.uow(), self.admin, products.ProductInput(
            sku=f"SKU-{n:05d}", name=f"Widget {n} 零件", list_price=Decimal(price),
            barcode=first12 + ean13_check_digit(first12), tax_rate=Decimal(tax_rate),
            bin_location=f"A-{n % 20:02d}",
            bin_sequence=n if bin_sequence is None else bin_sequence,
            specification="M8"))
        if Decimal(stock_qty) > 0:
            stock.receive_stock(self.uow(), self.admin, product_id, Decimal(stock_qty))
        return product_id

    def order(self, customer_id: uuid.UUID | None = None,
              lines: list[tuple[uuid.UUID, str | int]] | None = None) -> uuid.UUID:
        customer_id = customer_id or self.customer()
        lines = lines or [(self.product(stock_qty=10), 2)]
        return orders.create_order(self.uow(), self.admin, orders.OrderInput(
            customer_id=customer_id, channel=Channel.PHONE,
            lines=tuple(orders.LineInput(p, Decimal(q)) for p, q in lines),
            delivery_address="1 Harbour Road, Keelung"))

    def confirmed_order(self, customer_id: uuid.UUID | None = None,
                        lines: list[tuple[uuid.UUID, str | int]] | None = None) -> uuid.UUID:
        order_id = self.order(customer_id, lines)
        confirmation.confirm_order(self.uow(), self.admin, order_id)
        return order_id

    def allocated_order(self, customer_id: uuid.UUID | None = None,
                        lines: list[tuple[uuid.UUID, str | int]] | None = None) -> uuid.UUID:
        order_id = self.confirmed_order(customer_id, lines)
        allocation.allocate_order(self.uow(), self.admin, order_id)
        return order_id

    def pick_all(self, order_id: uuid.UUID) -> uuid.UUID:
        """Creates a pick list for the order and scans every unit on it by barcode."""
        pick_list_id = picking.create_pick_list(self.uow(), self.admin, [order_id])
        detail = picking.get_pick_list(self.uow(), pick_list_id)
        for line in detail.lines:
            picking.confirm_pick(self.uow(), self.admin, pick_list_id, line.barcode or line.sku,
                                 line.qty_to_pick)
        return pick_list_id

    def pack_all(self, order_id: uuid.UUID, weight: str = "2.5") -> uuid.UUID:
        package_id = packing.create_package(self.uow(), self.admin, order_id)
        detail = order_queries.get_order(self.uow(), order_id)
        for line in detail.lines:
            waiting = line.qty_picked - line.qty_packed
            if waiting > 0:
                packing.pack_item(self.uow(), self.admin, package_id, line.sku, waiting)
        packing.seal_package(self.uow(), self.admin, package_id, Decimal(weight))
        return package_id

    def ship(self, order_id: uuid.UUID) -> uuid.UUID:
        return shipping.ship_order(self.uow(), self.admin, shipping.ShipmentInput(
            order_id=order_id, carrier="Black Cat", method="next day", tracking_number="T123"))

    def shipped_order(self, customer_id: uuid.UUID | None = None,
                      lines: list[tuple[uuid.UUID, str | int]] | None = None,
                      ) -> tuple[uuid.UUID, uuid.UUID]:
        """An order taken through allocation, picking, packing and shipping: (order, shipment)."""
        order_id = self.allocated_order(customer_id, lines)
        self.pick_all(order_id)
        self.pack_all(order_id)
        return order_id, self.ship(order_id)

    def delivered_order(self, customer_id: uuid.UUID | None = None,
                        lines: list[tuple[uuid.UUID, str | int]] | None = None) -> uuid.UUID:
        """An order delivered whole and signed for (stock must cover every line)."""
        order_id, shipment_id = self.shipped_order(customer_id, lines)
        delivery.record_delivery(self.uow(), self.admin, delivery.DeliveryInput(
            shipment_id=shipment_id, signer_name="Mr Chen 陳先生"))
        return order_id

    def made_product(self, components: list[tuple[uuid.UUID, str | int]], *,
                     stock_qty: str | int = 0) -> uuid.UUID:
        """A product made in house from `components` (component id, quantity per unit)."""
        product_id = self.product(stock_qty=stock_qty)
        products.set_bom(self.uow(), self.admin, product_id,
                         [(c, Decimal(q)) for c, q in components])
        return product_id

    def posted_invoice(self, customer_id: uuid.UUID | None = None,
                       lines: list[tuple[uuid.UUID, str | int]] | None = None, *,
                       freight: str = "0", today: date | None = None) -> uuid.UUID:
        """A delivered order, invoiced whole and posted (issued `today`, by default today)."""
        order_id = self.delivered_order(customer_id, lines)
        invoice_id = invoicing.create_invoice(self.uow(), self.admin, [order_id],
                                              freight=Decimal(freight), today=today)
        invoicing.post_invoice(self.uow(), self.admin, invoice_id, today=today)
        return invoice_id
