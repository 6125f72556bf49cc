"""The shipping desk driven as a warehouse person would: scan, tick, sign off, ship."""

from __future__ import annotations

import os
import uuid
from collections.abc import Callable
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox
from pytestqt.qtbot import QtBot

from app.models.enums import Role
from app.services import order_queries, shipping_queries
from app.services.order_queries import OrderState
from app.services.settings import set_setting
from app.views.context import AppContext
from app.views.screens import shipping as shipping_screen
from app.views.screens.shipping import ShippingScreen
from tests.factories import Factory
from tests.views.conftest import Problems

SHOTS = os.environ.get("ORDERDESK_SHOTS", "")


def _packed_order(f: Factory, quantity: int = 2) -> tuple[uuid.UUID, str]:
    product = f.product(stock_qty=10)
    order_id = f.allocated_order(lines=[(product, quantity)])
    f.pick_all(order_id)
    f.pack_all(order_id)
    with f.uow() as u:  # special instructions shown prominently
        from app.models import SalesOrder
        order = u.session.get(SalesOrder, order_id)
        assert order is not None
        order.special_instructions = "Fragile glass: keep upright. 易碎品"
        u.commit()
    detail = shipping_queries.get_ship_detail(f.uow(), order_id)
    return order_id, detail.items[0].barcode or ""


def _scan(qtbot: QtBot, screen: ShippingScreen, code: str) -> None:
    qtbot.keyClicks(screen.scan, code)
    qtbot.keyClick(screen.scan, Qt.Key.Key_Return)


def _tick(qtbot: QtBot, box: QCheckBox) -> None:
    """Ticks with the keyboard (Space), as at a station; quick mouse clicks in a row on
    neighbouring boxes can be merged into a double click by QTest."""
    box.setFocus()
    qtbot.keyClick(box, Qt.Key.Key_Space)
    assert box.isChecked()


def _open(qtbot: QtBot, ctx: AppContext) -> ShippingScreen:
    screen = ShippingScreen(ctx)
    qtbot.addWidget(screen)
    screen.resize(1280, 800)
    screen.show()
    screen.activateWindow()  # shortcuts (Ctrl+Enter) work in the active window only
    qtbot.waitUntil(screen.isActiveWindow)
    return screen


def _check_all(qtbot: QtBot, screen: ShippingScreen, order_number: str, barcode: str) -> None:
    _scan(qtbot, screen, order_number)
    assert screen.check.isVisible()
    _scan(qtbot, screen, barcode)
    assert screen.status.verdict == "right"
    assert not screen.check.check_items.isChecked()  # one of two
    _scan(qtbot, screen, barcode)
    assert screen.check.check_items.isChecked()
    _scan(qtbot, screen, barcode)  # a third unit was never packed
    assert screen.status.verdict == "wrong"
    _scan(qtbot, screen, screen.check.detail.packages[0].number)  # type: ignore[union-attr]
    assert screen.status.verdict == "right"
    for box in (screen.check.check_intact, screen.check.check_labels,
                screen.check.check_special):
        _tick(qtbot, box)
    screen.check.carrier.setCurrentText("Own van")
    qtbot.keyClicks(screen.check.tracking, "VAN-7")


def test_four_eyes_refuses_without_a_second_person_then_ships_with_one(
        qtbot: QtBot, make_ctx: Callable[..., AppContext], f: Factory,
        problems: Problems) -> None:
    with f.uow() as u:
        set_setting(u.session, "four_eyes_shipping", "1")
        u.commit()
    colleague = f.actor(Role.WAREHOUSE, name="second-pair")
    order_id, barcode = _packed_order(f)
    number = order_queries.get_order(f.uow(), order_id).number
    screen = _open(qtbot, make_ctx(Role.WAREHOUSE))
    assert screen.worklist.rowCount() == 1
    _check_all(qtbot, screen, number, barcode)
    assert screen.check.second.isVisible()
    assert screen.check.special.isVisible() and "易碎品" in screen.check.special.text()
    if SHOTS:
        screen.grab().save(os.path.join(SHOTS, "shipping.png"))

    qtbot.mouseClick(screen.ship_button, Qt.MouseButton.LeftButton)  # nobody signed off
    assert "second person" in screen.check.errors.message("signed_off_by")
    assert order_queries.get_order(f.uow(), order_id).state is OrderState.PACKED

    qtbot.keyClicks(screen.check.second_user, "second-pair")
    qtbot.keyClicks(screen.check.second_password, "wrong-one")
    qtbot.keyClick(screen.check.second_password, Qt.Key.Key_Return,
                   Qt.KeyboardModifier.ControlModifier)
    assert "wrong password" in screen.check.errors.message("signed_off_by")
    assert order_queries.get_order(f.uow(), order_id).state is OrderState.PACKED

    qtbot.keyClicks(screen.check.second_password, "password123")
    qtbot.keyClick(screen.check.second_password, Qt.Key.Key_Return,
                   Qt.KeyboardModifier.ControlModifier)
    assert problems == []
    assert order_queries.get_order(f.uow(), order_id).state is OrderState.SHIPPED
    with f.uow() as u:
        from app.models import Shipment
        shipment = u.session.get(Shipment, screen.last_shipment)
        assert shipment is not None
        assert (shipment.signed_off_by, shipment.carrier, shipment.tracking_number) == (
            colleague.user_id, "Own van", "VAN-7")
    assert screen.worklist.rowCount() == 0 and screen.on_road.rowCount() == 1


def test_checklist_and_scans_gate_the_shipment_and_loading_list_prints(
        qtbot: QtBot, make_ctx: Callable[..., AppContext], f: Factory, problems: Problems,
        monkeypatch: pytest.MonkeyPatch) -> None:
    order_id, barcode = _packed_order(f)
    number = order_queries.get_order(f.uow(), order_id).number
    screen = _open(qtbot, make_ctx(Role.WAREHOUSE))
    _scan(qtbot, screen, number)
    assert not screen.check.second.isVisible()  # four eyes is off
    _scan(qtbot, screen, "4719999999999")
    assert screen.status.verdict == "wrong"
    assert screen.status.sounds.history[-1] == "wrong"
    screen.check.tracking.setFocus()
    screen.scan.deliver("TRK-55501")  # what the wedge hands over: the carrier label's code
    assert screen.check.tracking.text() == "TRK-55501"
    assert screen.check.scanned == {screen.check.detail.items[0].sku: Decimal(0)}  # type: ignore[union-attr]
    qtbot.mouseClick(screen.ship_button, Qt.MouseButton.LeftButton)
    assert "2 still to scan" in screen.check.checklist_error.text()
    _scan(qtbot, screen, f"2*{barcode}")  # a carton of two in one scan
    qtbot.mouseClick(screen.ship_button, Qt.MouseButton.LeftButton)
    assert "intact" in screen.check.checklist_error.text()
    for box in (screen.check.check_intact, screen.check.check_labels):
        _tick(qtbot, box)
    qtbot.mouseClick(screen.ship_button, Qt.MouseButton.LeftButton)
    assert "special requirements" in screen.check.checklist_error.text()
    _tick(qtbot, screen.check.check_special)
    screen.check.carrier.setCurrentText("")
    qtbot.mouseClick(screen.ship_button, Qt.MouseButton.LeftButton)
    assert "carrier" in screen.check.errors.message("carrier")
    screen.check.carrier.setCurrentText("Own van")
    qtbot.mouseClick(screen.ship_button, Qt.MouseButton.LeftButton)
    assert problems == []
    assert order_queries.get_order(f.uow(), order_id).lines[0].qty_shipped == Decimal(2)

    printed: list[tuple[bytes, str]] = []
    monkeypatch.setattr(shipping_screen.open_document, "open_pdf",
                        lambda data, name: printed.append((data, name)))
    screen.tabs.setCurrentIndex(1)
    qtbot.mouseClick(screen.loading_button, Qt.MouseButton.LeftButton)
    assert printed == [] and screen.status.verdict == "wrong"  # nothing selected
    assert screen.on_road.item(0, 3).text() == "TRK-55501"
    screen.on_road.selectRow(0)
    qtbot.mouseClick(screen.loading_button, Qt.MouseButton.LeftButton)
    assert [(data[:4], name) for data, name in printed] == [(b"%PDF", "loading-list-Own van")]
    if SHOTS:
        screen.grab().save(os.path.join(SHOTS, "shipping-road.png"))
