"""The inventory screen driven by scans and keys over the real services, on every backend."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import UTC, datetime
from decimal import Decimal

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.models import RemoteStock
from app.models.enums import Role
from app.services import inventory, order_queries, products, stock
from app.services.unit_of_work import UowFactory
from app.views.context import AppContext
from app.views.screens.inventory import InventoryScreen
from tests.factories import Factory
from tests.views.conftest import Problems

D = Decimal


def _scan(qtbot: QtBot, screen: InventoryScreen, code: str) -> None:
    qtbot.keyClicks(screen.count.scan, code)
    qtbot.keyClick(screen.count.scan, Qt.Key.Key_Return)


def _on_hand(uow: UowFactory, product_id: uuid.UUID) -> Decimal:
    return inventory.get_product_stock(uow(write=False), product_id).levels[0].on_hand


def _barcode(uow: UowFactory, product_id: uuid.UUID) -> str:
    rows = products.search_products(uow(write=False), "")
    return next(r.barcode for r in rows if r.id == product_id) or ""


def test_cycle_count_by_scanning_records_a_move_with_a_reason(
    qtbot: QtBot, make_ctx: Callable[..., AppContext], f: Factory, uow: UowFactory,
    problems: Problems,
) -> None:
    product_id = f.product(stock_qty=12)
    screen = InventoryScreen(make_ctx(Role.WAREHOUSE))
    qtbot.addWidget(screen)
    screen.show()
    _scan(qtbot, screen, "HQ-MAIN")
    assert screen.count.location is not None
    assert screen.count.feedback.state == "right"
    _scan(qtbot, screen, _barcode(uow, product_id))
    assert screen.count.quantity.hasFocus() or screen.count.quantity.isEnabled()
    screen.count.reason.setCurrentText("Damaged in rack")
    qtbot.keyClicks(screen.count.quantity, "9")
    qtbot.keyClick(screen.count.quantity, Qt.Key.Key_Return)
    assert problems == []
    assert _on_hand(uow, product_id) == D(9)
    detail = inventory.get_product_stock(uow(write=False), product_id)
    assert (detail.moves[0].quantity, detail.moves[0].reason) == (D(-3), "Damaged in rack")
    assert "-3" in screen.count.message.text()
    # The moves tab of the counted product shows the move with its reason.
    cells = [screen.moves.row_at(i).cells for i in range(screen.moves.rowCount())]
    assert cells[0][3] == "-3" and cells[0][4] == "Damaged in rack"
    # The next product is scanned at the same location; adjusting adds a second move.
    _scan(qtbot, screen, _barcode(uow, product_id))
    screen.count.mode.setCurrentIndex(1)
    screen.count.reason.setCurrentText("Found")
    qtbot.keyClicks(screen.count.quantity, "2")
    qtbot.keyClick(screen.count.quantity, Qt.Key.Key_Return)
    assert _on_hand(uow, product_id) == D(11)


def test_a_product_scanned_before_a_location_is_refused(
    qtbot: QtBot, make_ctx: Callable[..., AppContext], f: Factory, uow: UowFactory,
    problems: Problems,
) -> None:
    product_id = f.product(stock_qty=5)
    screen = InventoryScreen(make_ctx(Role.WAREHOUSE))
    qtbot.addWidget(screen)
    screen.show()
    _scan(qtbot, screen, _barcode(uow, product_id))
    assert screen.count.feedback.state == "wrong" and screen.count.product is None
    _scan(qtbot, screen, "HQ-MAIN")
    _scan(qtbot, screen, "NO-SUCH-CODE")
    assert "NO-SUCH-CODE" in screen.count.message.text()
    # A count that would leave less than is held for orders is refused and changes nothing.
    f.allocated_order(lines=[(product_id, 4)])
    _scan(qtbot, screen, _barcode(uow, product_id))
    qtbot.keyClicks(screen.count.quantity, "3")
    qtbot.keyClick(screen.count.quantity, Qt.Key.Key_Return)
    assert len(problems) == 1 and _on_hand(uow, product_id) == D(5)


def test_below_safety_is_flagged_listed_and_open_record_shows_holders(
    qtbot: QtBot, ctx: AppContext, f: Factory, uow: UowFactory, problems: Problems,
) -> None:
    low = products.create_product(uow(), f.admin, products.ProductInput(
        sku="LOW-1", name="Low bolt 低庫存", list_price=D(5), safety_stock=D(20)))
    stock.receive_stock(uow(), f.admin, low, D(8))
    fine = f.product(stock_qty=50)
    order_id = f.allocated_order(lines=[(low, 3)])
    screen = InventoryScreen(ctx)
    qtbot.addWidget(screen)
    screen.show()
    rows = {r.payload.product_id: r for r in
            (screen.levels.row_at(i) for i in range(screen.levels.rowCount()))}
    assert rows[low].cells[-1] == "⚠ 20" and rows[low].colour is not None
    assert rows[fine].cells[-1] == "" and rows[fine].colour is None
    listed = [screen.below.row_at(i).payload.product_id for i in range(screen.below.rowCount())]
    assert listed == [low]
    assert screen.tabs.tabText(0) == "Below safety stock (1)"
    screen.below_only.setChecked(True)
    assert [p.product_id for p in screen.levels.payloads()] == [low]
    assert screen.open_record("product", low)
    assert screen.tabs.currentIndex() == 1
    holders = [screen.holders.row_at(i).cells for i in range(screen.holders.rowCount())]
    number = order_queries.get_order(uow(write=False), order_id).number
    assert [(h[1], h[4]) for h in holders] == [(f"{number} / 1", "3")]
    # Mailing the list without an address set tells the user how to fix it.
    qtbot.mouseClick(screen.mail_button, Qt.MouseButton.LeftButton)
    assert "replenishment" in problems.last()


def test_other_sites_tab_shows_head_offices_figures_read_only(
    qtbot: QtBot, make_ctx: Callable[..., AppContext], f: Factory, uow: UowFactory,
    problems: Problems,
) -> None:
    product_id = f.product(stock_qty=5)
    with uow() as u:  # what a down-sync would have left (tests/sync/test_remote_stock.py)
        u.session.add_all([
            RemoteStock(site_code="BR2", product_id=product_id, on_hand=D(30),
                        allocated=D(12), as_of=datetime(2026, 3, 1, 8, 0, tzinfo=UTC)),
            RemoteStock(site_code="BR1", product_id=product_id, on_hand=D(4),
                        allocated=D(0), as_of=datetime(2026, 3, 1, 8, 0, tzinfo=UTC)),
            RemoteStock(site_code="BR1", product_id=uuid.uuid4(), on_hand=D(99),
                        allocated=D(0), as_of=datetime(2026, 3, 1, 8, 0, tzinfo=UTC))])
        u.commit()
    screen = InventoryScreen(make_ctx(Role.SALES))
    qtbot.addWidget(screen)
    screen.show()
    assert screen.open_record("product", product_id)
    assert problems == []
    cells = [screen.others.row_at(i).cells for i in range(screen.others.rowCount())]
    assert [c[:4] for c in cells] == [("BR1", "4", "0", "4"), ("BR2", "30", "12", "18")]
    assert all(c[4] for c in cells)  # when head office computed them
    tab = screen.tabs.indexOf(screen.others_view)
    assert screen.tabs.tabText(tab) == "Other sites"
    # Only this site's own stock is in the levels list: 5 on hand, nothing from the others.
    assert [screen.levels.row_at(i).cells[3] for i in range(screen.levels.rowCount())] == ["5"]
