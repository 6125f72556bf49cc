"""Picking, packing, shipping and delivery through the services, on every backend."""

from __future__ import annotations

from decimal import Decimal

import pytest

from app.models.enums import DamageResolution, OrderState, Role
from app.services import allocation, delivery, order_queries, packing, picking, shipping, stock
from app.services.errors import InvalidStateError, NotFoundError, UserFacingError, ValidationError
from app.services.settings import set_setting
from tests.factories import Factory


def _on_hand(f: Factory, product_id) -> Decimal:  # type: ignore[no-untyped-def]
    rows = [r for r in stock.list_stock(f.uow()) if r.product_id == product_id]
    return sum((r.on_hand for r in rows if r.location_code == "HQ-MAIN"), Decimal(0))


def test_pick_list_follows_the_walking_path_across_a_wave(f: Factory) -> None:
    far = f.product(stock_qty=10, bin_sequence=90)
    near = f.product(stock_qty=10, bin_sequence=10)
    first = f.allocated_order(lines=[(far, 1)])
    second = f.allocated_order(lines=[(near, 2)])
    wave = picking.create_pick_list(f.uow(), f.admin, [first, second])
    detail = picking.get_pick_list(f.uow(), wave)
    assert detail.is_wave
    assert [x.qty_to_pick for x in detail.lines] == [Decimal(2), Decimal(1)]


def test_wrong_item_surplus_and_unknown_code_are_refused(f: Factory) -> None:
    product = f.product(stock_qty=10)
    other = f.product(stock_qty=10)
    order_id = f.allocated_order(lines=[(product, 2)])
    pick_list = picking.create_pick_list(f.uow(), f.admin, [order_id])
    sku_other = picking.get_pick_list(f.uow(), pick_list).lines[0].sku.replace(
        "SKU", "SKU")  # the line's own SKU, used below
    with pytest.raises(UserFacingError, match="Wrong item"):
        picking.confirm_pick(f.uow(), f.admin, pick_list, _sku(f, other))
    with pytest.raises(NotFoundError):
        picking.confirm_pick(f.uow(), f.admin, pick_list, "47100000000X")
    with pytest.raises(UserFacingError, match="Too many"):
        picking.confirm_pick(f.uow(), f.admin, pick_list, sku_other, Decimal(3))
    picking.confirm_pick(f.uow(), f.admin, pick_list, sku_other, Decimal(2))
    assert order_queries.get_order(f.uow(), order_id).state is OrderState.PICKED


def _sku(f: Factory, product_id) -> str:  # type: ignore[no-untyped-def]
    return next(r.sku for r in stock.list_stock(f.uow()) if r.product_id == product_id)


def test_a_second_picker_cannot_take_a_claimed_list(f: Factory) -> None:
    order_id = f.allocated_order()
    pick_list = picking.create_pick_list(f.uow(), f.admin, [order_id])
    first = f.actor(Role.WAREHOUSE)
    second = f.actor(Role.WAREHOUSE, name="second-picker")
    picking.claim_pick_list(f.uow(), first, pick_list)
    with pytest.raises(UserFacingError, match="someone else"):
        picking.claim_pick_list(f.uow(), second, pick_list)
    with pytest.raises(UserFacingError, match="Everything allocated"):
        picking.create_pick_list(f.uow(), f.admin, [order_id])


def test_a_short_pick_releases_the_units_and_back_orders_them(f: Factory) -> None:
    product = f.product(stock_qty=5)
    order_id = f.allocated_order(lines=[(product, 5)])
    pick_list = picking.create_pick_list(f.uow(), f.admin, [order_id])
    line = picking.get_pick_list(f.uow(), pick_list).lines[0]
    picking.confirm_pick(f.uow(), f.admin, pick_list, line.sku, Decimal(3))
    picking.record_short_pick(f.uow(), f.admin, line.id, Decimal(2), "bin empty")
    detail = order_queries.get_order(f.uow(), order_id)
    assert detail.lines[0].qty_allocated == Decimal(3)
    assert detail.lines[0].qty_short == Decimal(2)
    assert picking.get_pick_list(f.uow(), pick_list).state.value == "done"


def test_nothing_ships_while_picked_goods_are_unpacked(f: Factory) -> None:
    product = f.product(stock_qty=5)
    order_id = f.allocated_order(lines=[(product, 3)])
    f.pick_all(order_id)
    package = packing.create_package(f.uow(), f.admin, order_id)
    packing.pack_item(f.uow(), f.admin, package, _sku(f, product), Decimal(2))
    assert not packing.get_packing_status(f.uow(), order_id).complete
    with pytest.raises(InvalidStateError, match="pack and seal"):
        f.ship(order_id)
    packing.pack_item(f.uow(), f.admin, package, _sku(f, product))
    with pytest.raises(UserFacingError, match="Too many"):
        packing.pack_item(f.uow(), f.admin, package, _sku(f, product))
    packing.seal_package(f.uow(), f.admin, package, Decimal("1.2"))
    f.ship(order_id)
    assert _on_hand(f, product) == Decimal(2)
    assert order_queries.get_order(f.uow(), order_id).state is OrderState.SHIPPED


def test_scans_must_match_packages_and_four_eyes_needs_a_second_person(f: Factory) -> None:
    product = f.product(stock_qty=5)
    order_id = f.allocated_order(lines=[(product, 2)])
    f.pick_all(order_id)
    f.pack_all(order_id)
    with f.uow() as u:
        set_setting(u.session, "four_eyes_shipping", "1")
        u.commit()
    sku = _sku(f, product)
    base = dict(order_id=order_id, carrier="Black Cat")
    with pytest.raises(UserFacingError, match="do not match"):
        shipping.ship_order(f.uow(), f.admin, shipping.ShipmentInput(
            **base, scanned={sku: Decimal(1)}, signed_off_by=f.actor(Role.MANAGER).user_id))
    with pytest.raises(ValidationError, match="second person"):
        shipping.ship_order(f.uow(), f.admin, shipping.ShipmentInput(
            **base, scanned={sku: Decimal(2)}))
    with pytest.raises(ValidationError, match="second person"):
        shipping.ship_order(f.uow(), f.admin, shipping.ShipmentInput(
            **base, signed_off_by=f.admin.user_id))
    shipping.ship_order(f.uow(), f.admin, shipping.ShipmentInput(
        **base, scanned={sku: Decimal(2)}, signed_off_by=f.actor(Role.MANAGER).user_id))
    assert order_queries.get_order(f.uow(), order_id).state is OrderState.SHIPPED


def test_a_whole_delivery_marks_the_order_delivered(f: Factory) -> None:
    order_id = f.delivered_order()
    detail = order_queries.get_order(f.uow(), order_id)
    assert detail.state is OrderState.DELIVERED
    assert detail.lines[0].qty_delivered == Decimal(2)


def test_damaged_goods_for_replacement_reopen_the_line(f: Factory) -> None:
    product = f.product(stock_qty=10)
    order_id, shipment = f.shipped_order(lines=[(product, 4)])
    line_id = order_queries.get_order(f.uow(), order_id).lines[0].id
    delivery.record_delivery(f.uow(), f.admin, delivery.DeliveryInput(
        shipment_id=shipment, signer_name="Ms Wang", problems=(delivery.DeliveryProblem(
            line_id, damaged=Decimal(1), resolution=DamageResolution.REPLACEMENT),)))
    detail = order_queries.get_order(f.uow(), order_id)
    assert detail.state is OrderState.PARTIALLY_SHIPPED
    assert detail.lines[0].qty_short == Decimal(1)
    allocation.allocate_order(f.uow(), f.admin, order_id)
    f.pick_all(order_id)
    f.pack_all(order_id)
    second = f.ship(order_id)
    delivery.record_delivery(f.uow(), f.admin, delivery.DeliveryInput(
        shipment_id=second, signer_name="Ms Wang"))
    detail = order_queries.get_order(f.uow(), order_id)
    assert detail.state is OrderState.DELIVERED
    assert detail.lines[0].qty_delivered == Decimal(4)
    assert _on_hand(f, product) == Decimal(5)


def test_damaged_goods_returned_are_written_off_and_quarantined(f: Factory) -> None:
    product = f.product(stock_qty=10, price="10.00", tax_rate="0")
    order_id, shipment = f.shipped_order(lines=[(product, 4)])
    line_id = order_queries.get_order(f.uow(), order_id).lines[0].id
    delivery.record_delivery(f.uow(), f.admin, delivery.DeliveryInput(
        shipment_id=shipment, signer_name="Ms Wang", problems=(delivery.DeliveryProblem(
            line_id, damaged=Decimal(1), resolution=DamageResolution.RETURN),)))
    detail = order_queries.get_order(f.uow(), order_id)
    assert detail.state is OrderState.DELIVERED
    assert detail.total == Decimal("30.00")
    returned = [r for r in stock.list_stock(f.uow())
                if r.product_id == product and r.location_code == "HQ-RET"]
    assert returned[0].on_hand == Decimal(1)


def test_damage_without_a_resolution_is_refused_and_nothing_changes(f: Factory) -> None:
    order_id, shipment = f.shipped_order()
    line_id = order_queries.get_order(f.uow(), order_id).lines[0].id
    with pytest.raises(ValidationError):
        delivery.record_delivery(f.uow(), f.admin, delivery.DeliveryInput(
            shipment_id=shipment, signer_name="X", problems=(delivery.DeliveryProblem(
                line_id, damaged=Decimal(1), resolution=DamageResolution.NONE),)))
    assert order_queries.get_order(f.uow(), order_id).state is OrderState.SHIPPED
