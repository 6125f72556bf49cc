"""Delivery sign-off driven as at the customer's door: a drawn signature, a damaged line,
and what follows from it in the order and in stock."""

from __future__ import annotations

import json
import os
import uuid
from collections.abc import Callable
from decimal import Decimal

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QImage
from pytestqt.qtbot import QtBot

from app.models import Delivery
from app.models.enums import Role
from app.services import order_queries, stock
from app.services.order_queries import OrderState
from app.views.context import AppContext
from app.views.screens import delivery as delivery_screen
from app.views.screens import delivery_lines
from app.views.screens.delivery import DeliveryScreen
from app.views.screens.delivery_lines import DAMAGED, SHORT
from tests.factories import Factory
from tests.views.conftest import Problems
from tests.views.test_signature_pad import touch_stroke

SHOTS = os.environ.get("ORDERDESK_SHOTS", "")


def _open(qtbot: QtBot, ctx: AppContext) -> DeliveryScreen:
    screen = DeliveryScreen(ctx)
    qtbot.addWidget(screen)
    screen.resize(1280, 900)
    screen.show()
    screen.activateWindow()  # Ctrl+Enter works in the active window only
    qtbot.waitUntil(screen.isActiveWindow)
    return screen


def _shipment_number(screen: DeliveryScreen, shipment_id: uuid.UUID) -> str:
    return next(r.number for r in screen.rows if r.shipment_id == shipment_id)


def _sign(qtbot: QtBot, screen: DeliveryScreen) -> None:
    """A signature of two strokes dragged with the mouse."""
    pad = screen.pad
    screen.scroll.ensureWidgetVisible(pad)
    for start, points in (((30, 100), [(60, 60), (90, 120), (130, 50), (170, 110)]),
                          ((200, 90), [(240, 70), (280, 95), (330, 80)])):
        qtbot.mousePress(pad, Qt.MouseButton.LeftButton, pos=QPoint(*start))
        for point in points:
            qtbot.mouseMove(pad, QPoint(*point))
        qtbot.mouseRelease(pad, Qt.MouseButton.LeftButton, pos=QPoint(*points[-1]))


def _ink_pixels(png: bytes) -> int:
    image = QImage.fromData(png, "PNG")
    assert not image.isNull()
    return sum(1 for x in range(0, image.width(), 2) for y in range(0, image.height(), 2)
               if image.pixelColor(x, y).lightness() < 128)


def _scan(qtbot: QtBot, screen: DeliveryScreen, code: str) -> None:
    qtbot.keyClicks(screen.scan, code)
    qtbot.keyClick(screen.scan, Qt.Key.Key_Return)


def test_signed_with_a_drawn_signature_and_a_damaged_line_sent_again(
        qtbot: QtBot, make_ctx: Callable[..., AppContext], f: Factory, problems: Problems,
        monkeypatch: pytest.MonkeyPatch) -> None:
    first, second = f.product(stock_qty=10), f.product(stock_qty=10)
    order_id, shipment_id = f.shipped_order(lines=[(first, 3), (second, 1)])
    screen = _open(qtbot, make_ctx(Role.WAREHOUSE))
    _scan(qtbot, screen, "SH-NOPE")
    assert screen.status.verdict == "wrong"
    number = _shipment_number(screen, shipment_id)
    _scan(qtbot, screen, number)
    assert screen.status.verdict == "right" and screen.form.isVisible()
    assert screen.lines.rowCount() == 2

    qtbot.keyClicks(screen.signer, "Mr Chen ")
    screen.signer.insert("陳先生")  # as an input method commits it (QTest types ASCII only)
    qtbot.keyClick(screen.signer, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert "sign" in screen.signature_error.text()  # nothing drawn yet: refused at the screen
    _sign(qtbot, screen)
    assert not screen.pad.is_empty()
    _scan(qtbot, screen, number)  # the same note scanned again keeps what was entered
    assert screen.signer.text() == "Mr Chen 陳先生" and not screen.pad.is_empty()

    damaged = screen.lines.spin(0, DAMAGED)
    damaged.setFocus()
    damaged.selectAll()
    qtbot.keyClicks(damaged, "1")
    assert screen.lines.resolution(0).isEnabled()
    screen.lines.resolution(0).setCurrentIndex(2)  # send a replacement
    qtbot.keyClicks(screen.lines.note(0), "Corner crushed ")
    screen.lines.note(0).insert("角落壓壞")
    monkeypatch.setattr(delivery_lines, "choose_photo", lambda _parent: "/photos/crushed.jpg")
    qtbot.mouseClick(screen.lines.cellWidget(0, 7), Qt.MouseButton.LeftButton)
    if SHOTS:
        screen.grab().save(os.path.join(SHOTS, "delivery.png"))
    qtbot.keyClick(screen.signer, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert problems == []
    assert screen.worklist.rowCount() == 0 and not screen.form.isVisible()

    with f.uow() as u:
        delivery = u.session.query(Delivery).filter_by(shipment_id=shipment_id).one()
        png = delivery.signature_png
        assert png is not None and png.startswith(b"\x89PNG")
        assert delivery.signer_name == "Mr Chen 陳先生"
        broken = next(x for x in delivery.lines if x.qty_damaged)
        assert (broken.qty_damaged, broken.resolution.value, broken.note, broken.photo_path) == (
            Decimal(1), "replacement", "Corner crushed 角落壓壞", "/photos/crushed.jpg")
    assert _ink_pixels(png) > 40  # the strokes are in the image, not a blank box
    order = order_queries.get_order(f.uow(), order_id)
    line = next(x for x in order.lines if x.product_id == first)
    assert (line.qty_delivered, line.qty_replaced) == (Decimal(2), Decimal(1))
    assert order.state is not OrderState.DELIVERED  # one unit has to go out again


def test_short_line_returned_damaged_goods_and_installation_test_required(
        qtbot: QtBot, make_ctx: Callable[..., AppContext], f: Factory,
        problems: Problems) -> None:
    product = f.product(stock_qty=10)
    order_id, shipment_id = f.shipped_order(lines=[(product, 4)])
    screen = _open(qtbot, make_ctx(Role.SERVICE))
    screen.select_shipment(shipment_id)
    qtbot.keyClicks(screen.signer, "Ms Lin")
    _sign(qtbot, screen)
    screen.lines.spin(0, DAMAGED).setValue(1)
    screen.lines.spin(0, SHORT).setValue(1)
    screen.lines.resolution(0).setCurrentIndex(1)  # return to us
    screen.installation.setChecked(True)
    screen.installation.steps[0].setChecked(True)
    qtbot.mouseClick(screen.sign_button, Qt.MouseButton.LeftButton)
    assert "installation test" in screen.errors.message("installation_test")
    screen.installation.test_passed.setChecked(True)
    qtbot.mouseClick(screen.clear_button, Qt.MouseButton.LeftButton)
    assert screen.pad.is_empty()
    _sign(qtbot, screen)
    qtbot.mouseClick(screen.sign_button, Qt.MouseButton.LeftButton)
    assert problems == []
    line = order_queries.get_order(f.uow(), order_id).lines[0]
    assert (line.qty_delivered, line.qty_written_off) == (Decimal(2), Decimal(2))
    returned = [r for r in stock.list_stock(f.uow()) if r.product_id == product
                and r.location_code.endswith("-RET")]
    assert [r.on_hand for r in returned] == [Decimal(1)]  # the damaged one, not the missing
    with f.uow() as u:
        delivery = u.session.query(Delivery).filter_by(shipment_id=shipment_id).one()
        assert delivery.installation_test_passed is True
        assert json.loads(delivery.installation_checklist)[0]["done"] is True


def test_touch_signature_cleared_is_asked_again_and_the_delivery_note_prints_it(
        qtbot: QtBot, make_ctx: Callable[..., AppContext], f: Factory, problems: Problems,
        monkeypatch: pytest.MonkeyPatch) -> None:
    _order_id, shipment_id = f.shipped_order()
    screen = _open(qtbot, make_ctx(Role.WAREHOUSE))
    screen.select_shipment(shipment_id)
    qtbot.keyClicks(screen.signer, "Ms Wu")
    screen.scroll.ensureWidgetVisible(screen.pad)
    touch_stroke(screen.pad, [(x, 60 + (x % 50)) for x in range(20, 300, 10)])  # a finger
    assert not screen.pad.is_empty()
    qtbot.mouseClick(screen.clear_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(screen.sign_button, Qt.MouseButton.LeftButton)
    assert "sign" in screen.signature_error.text()  # cleared: refused again
    touch_stroke(screen.pad, [(x, 90 - (x % 40)) for x in range(20, 300, 10)])
    qtbot.mouseClick(screen.sign_button, Qt.MouseButton.LeftButton)
    assert problems == []
    printed: list[tuple[bytes, str]] = []
    monkeypatch.setattr(delivery_screen.open_document, "open_pdf",
                        lambda data, name: printed.append((data, name)))
    qtbot.mouseClick(screen.note_button, Qt.MouseButton.LeftButton)
    assert len(printed) == 1 and printed[0][0].startswith(b"%PDF")
    assert printed[0][1] == f"delivery-note-{screen.last_number}"
    assert b"/Subtype /Image" in printed[0][0]  # the captured signature is drawn on it
    with f.uow() as u:
        delivery = u.session.query(Delivery).filter_by(shipment_id=shipment_id).one()
        assert delivery.signer_name == "Ms Wu" and delivery.signature_png
        assert _ink_pixels(delivery.signature_png) > 40
