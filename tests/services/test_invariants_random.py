"""Hypothesis drives random sequences of legal and illegal actions through the services; after
every step `orderdesk check` must find the database clean.

Illegal actions (a surplus pick, shipping unpacked goods, a negative adjustment below what is
held...) must be refused with a UserFacingError and change nothing; any other exception fails.
"""

from __future__ import annotations

import uuid
from decimal import Decimal

import pytest
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, initialize, invariant, rule

from app.models.enums import DamageResolution
from app.services import (
    allocation,
    delivery,
    order_queries,
    orders,
    packing,
    picking,
    shipping,
    stock,
)
from app.services.errors import DatabaseRuleError, UserFacingError
from app.services.integrity import check_database
from tests.factories import Factory

QTY = st.integers(min_value=-2, max_value=6).map(Decimal)


class OrderToCash(RuleBasedStateMachine):
    f: Factory

    @initialize()
    def setup(self) -> None:
        self.products = [self.f.product(stock_qty=4) for _ in range(2)]
        self.customer = self.f.customer()
        self.orders: list[uuid.UUID] = []
        self.pick_lists: list[uuid.UUID] = []
        self.packages: list[uuid.UUID] = []
        self.shipments: list[uuid.UUID] = []

    def attempt(self, action, *args, **kwargs):  # type: ignore[no-untyped-def]
        try:
            return action(*args, **kwargs)
        except DatabaseRuleError:
            raise  # a service let an illegal action reach the database's last guard
        except UserFacingError:
            return None

    @rule(product=st.integers(0, 1), qty=QTY)
    def adjust(self, product: int, qty: Decimal) -> None:
        self.attempt(stock.adjust_stock, self.f.uow(), self.f.admin, self.products[product], qty,
                     "random")

    @rule(a=st.integers(1, 5), b=st.integers(0, 3))
    def enter_and_confirm(self, a: int, b: int) -> None:
        lines = [(self.products[0], a)] + ([(self.products[1], b)] if b else [])
        order_id = self.f.confirmed_order(self.customer, lines)
        self.orders.append(order_id)

    @rule(data=st.data())
    def allocate(self, data: st.DataObject) -> None:
        if self.orders:
            order_id = data.draw(st.sampled_from(self.orders))
            self.attempt(allocation.allocate_order, self.f.uow(), self.f.admin, order_id)

    @rule(data=st.data())
    def cancel(self, data: st.DataObject) -> None:
        if self.orders:
            order_id = data.draw(st.sampled_from(self.orders))
            self.attempt(orders.cancel_order, self.f.uow(), self.f.admin, order_id, "random")

    @rule(data=st.data())
    def make_pick_list(self, data: st.DataObject) -> None:
        if self.orders:
            order_id = data.draw(st.sampled_from(self.orders))
            pick_list = self.attempt(picking.create_pick_list, self.f.uow(), self.f.admin,
                                     [order_id])
            if pick_list:
                self.pick_lists.append(pick_list)

    @rule(data=st.data(), qty=QTY, short=st.booleans())
    def pick(self, data: st.DataObject, qty: Decimal, short: bool) -> None:
        if not self.pick_lists:
            return
        pick_list = data.draw(st.sampled_from(self.pick_lists))
        detail = self.attempt(picking.get_pick_list, self.f.uow(), pick_list)
        if not detail or not detail.lines:
            return
        line = data.draw(st.sampled_from(detail.lines))
        if short:
            self.attempt(picking.record_short_pick, self.f.uow(), self.f.admin, line.id, qty,
                         "bin empty")
        else:
            self.attempt(picking.confirm_pick, self.f.uow(), self.f.admin, pick_list,
                         line.barcode or line.sku, qty)

    @rule(data=st.data(), qty=QTY)
    def pack(self, data: st.DataObject, qty: Decimal) -> None:
        if not self.orders:
            return
        order_id = data.draw(st.sampled_from(self.orders))
        package = self.attempt(packing.create_package, self.f.uow(), self.f.admin, order_id)
        if package is None:
            return
        for line in order_queries.get_order(self.f.uow(), order_id).lines:
            self.attempt(packing.pack_item, self.f.uow(), self.f.admin, package, line.sku, qty)
        self.attempt(packing.seal_package, self.f.uow(), self.f.admin, package, Decimal("1.5"))

    @rule(data=st.data())
    def fulfil(self, data: st.DataObject) -> None:
        """The legal path in one go, so that random runs reach shipping and delivery often."""
        if self.orders:
            order_id = data.draw(st.sampled_from(self.orders))
            self.attempt(allocation.allocate_order, self.f.uow(), self.f.admin, order_id)
            self.attempt(self.f.pick_all, order_id)
            self.attempt(self.f.pack_all, order_id)
            shipment = self.attempt(self.f.ship, order_id)
            if shipment:
                self.shipments.append(shipment)

    @rule(data=st.data())
    def ship(self, data: st.DataObject) -> None:
        if self.orders:
            order_id = data.draw(st.sampled_from(self.orders))
            shipment = self.attempt(shipping.ship_order, self.f.uow(), self.f.admin,
                                    shipping.ShipmentInput(order_id=order_id, carrier="Van"))
            if shipment:
                self.shipments.append(shipment)

    @rule(data=st.data(), damaged=st.integers(0, 2),
          resolution=st.sampled_from(list(DamageResolution)))
    def deliver(self, data: st.DataObject, damaged: int,
                resolution: DamageResolution) -> None:
        if not self.shipments:
            return
        shipment = data.draw(st.sampled_from(self.shipments))
        order_id = next((o for o in self.orders if any(
            line.qty_shipped > 0 for line in order_queries.get_order(self.f.uow(), o).lines)),
            None)
        problems = ()
        if order_id and damaged:
            line = order_queries.get_order(self.f.uow(), order_id).lines[0]
            problems = (delivery.DeliveryProblem(line.id, damaged=Decimal(damaged),
                                                 resolution=resolution),)
        self.attempt(delivery.record_delivery, self.f.uow(), self.f.admin,
                     delivery.DeliveryInput(shipment_id=shipment, signer_name="X",
                                            problems=problems))

    @invariant()
    def database_is_clean(self) -> None:
        if hasattr(self, "f") and hasattr(self, "products"):
            assert check_database(self.engine) == []


@pytest.mark.slow
def test_random_action_sequences_keep_every_invariant(engine, f: Factory) -> None:  # type: ignore[no-untyped-def]
    class Machine(OrderToCash):
        pass

    Machine.f = f
    Machine.engine = engine  # type: ignore[attr-defined]
    Machine.TestCase.settings = settings(
        max_examples=15, stateful_step_count=40, deadline=None,
        suppress_health_check=list(HealthCheck))
    from hypothesis.stateful import run_state_machine_as_test

    run_state_machine_as_test(Machine, settings=Machine.TestCase.settings)
