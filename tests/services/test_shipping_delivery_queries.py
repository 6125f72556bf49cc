"""The read side of the shipping desk and the delivery sign-off, on every backend."""

from __future__ import annotations

from decimal import Decimal

import pytest

from app.models.enums import Role
from app.services import delivery_queries, shipping_queries
from app.services.errors import ValidationError
from app.services.settings import set_setting
from tests.factories import Factory


def test_worklist_shows_packed_orders_with_what_the_scan_must_find(f: Factory) -> None:
    product = f.product(stock_qty=10)
    order_id = f.allocated_order(lines=[(product, 3)])
    f.pick_all(order_id)
    assert shipping_queries.list_ready_to_ship(f.uow()) == []  # picked, nothing sealed yet
    f.pack_all(order_id, weight="4.2")
    rows = shipping_queries.list_ready_to_ship(f.uow())
    assert [(r.order_id, r.packages) for r in rows] == [(order_id, 1)]
    detail = shipping_queries.get_ship_detail(f.uow(), order_id)
    assert detail.blocked_by == ""
    assert [(x.quantity, x.barcode is not None) for x in detail.items] == [(Decimal(3), True)]
    assert [(p.weight_kg, p.items) for p in detail.packages] == [(Decimal("4.2"), Decimal(3))]
    f.ship(order_id)
    assert shipping_queries.list_ready_to_ship(f.uow()) == []
    on_road = shipping_queries.list_on_the_road(f.uow())
    assert [r.carrier for r in on_road] == ["Black Cat"]


def test_second_person_must_be_another_user_with_the_right_password(f: Factory) -> None:
    me = f.actor(Role.WAREHOUSE)
    colleague = f.actor(Role.WAREHOUSE, name="colleague")
    clerk = f.actor(Role.SALES, name="clerk")
    with f.uow() as u:
        set_setting(u.session, "four_eyes_shipping", "1")
        u.commit()
    assert shipping_queries.four_eyes_required(f.uow(write=False))
    with pytest.raises(ValidationError, match="wrong password"):
        shipping_queries.confirm_second_person(f.uow(), me, "colleague", "nope")
    with pytest.raises(ValidationError, match="second person"):
        shipping_queries.confirm_second_person(f.uow(), me, me.username, "password123")
    with pytest.raises(ValidationError, match="may not sign off"):
        shipping_queries.confirm_second_person(f.uow(), me, clerk.username, "password123")
    signer = shipping_queries.confirm_second_person(f.uow(), me, "colleague", "password123")
    assert signer.user_id == colleague.user_id


def test_delivery_worklist_detail_and_lookup_by_scan(f: Factory) -> None:
    first, second = f.product(stock_qty=10), f.product(stock_qty=10)
    order_id, shipment_id = f.shipped_order(lines=[(first, 2), (second, 1)])
    rows = delivery_queries.list_to_deliver(f.uow())
    assert [r.shipment_id for r in rows] == [shipment_id]
    detail = delivery_queries.get_delivery_detail(f.uow(), shipment_id)
    assert detail.order_id == order_id and detail.state == "shipped"
    assert [x.quantity for x in detail.lines] == [Decimal(2), Decimal(1)]
    assert delivery_queries.find_shipment(f.uow(), rows[0].number) == shipment_id
    assert delivery_queries.find_shipment(f.uow(), "T123") == shipment_id  # tracking number
    assert delivery_queries.find_shipment(f.uow(), "nothing") is None
