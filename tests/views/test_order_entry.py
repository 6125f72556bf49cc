"""Order entry driven from the keyboard over the real services (SQLite and PostgreSQL)."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from app.services import order_queries, products
from app.services.order_queries import OrderState
from app.services.unit_of_work import UowFactory
from app.views.context import AppContext
from app.views.screens.order_entry import OrderEntryScreen
from app.views.screens.order_entry.lines_model import DISCOUNT, QTY
from app.views.support.formatting import money
from tests.factories import Factory
from tests.views.conftest import Problems

D = Decimal
CTRL = Qt.KeyboardModifier.ControlModifier


def _screen(qtbot: QtBot, ctx: AppContext) -> OrderEntryScreen:
    screen = OrderEntryScreen(ctx)
    qtbot.addWidget(screen)
    screen.resize(1200, 760)
    screen.show()
    QApplication.setActiveWindow(screen)  # shortcuts fire only in the active window
    qtbot.waitUntil(lambda: QApplication.activeWindow() is screen)
    screen.focus_first()
    return screen


def _pick_customer(qtbot: QtBot, screen: OrderEntryScreen, text: str) -> None:
    field = screen.form.header.customer_field
    qtbot.keyClicks(field, text)
    qtbot.waitUntil(lambda: field.matches.isVisible())
    qtbot.keyClick(field, Qt.Key.Key_Return)


def _scan(qtbot: QtBot, screen: OrderEntryScreen, code: str, qty: str | None = None) -> None:
    lines = screen.form.lines
    qtbot.keyClicks(lines.product_field, code)
    if qty is None:
        qtbot.keyClick(lines.product_field, Qt.Key.Key_Return)
        return
    qtbot.keyClick(lines.product_field, Qt.Key.Key_Tab)
    lines.qty_field.selectAll()
    qtbot.keyClicks(lines.qty_field, qty)
    qtbot.keyClick(lines.qty_field, Qt.Key.Key_Return)


def _type_cell(qtbot: QtBot, screen: OrderEntryScreen, row: int, column: int, text: str) -> None:
    table = screen.form.lines.table
    table.setFocus()
    table.setCurrentIndex(table.model().index(row, column))
    qtbot.keyClick(table, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    assert editor is not None and editor.objectName() == "cellEditor"
    editor.selectAll()  # type: ignore[attr-defined]
    qtbot.keyClicks(editor, text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: table.state() != table.State.EditingState)


def _sku(uow: UowFactory, product_id: object) -> products.ProductRow:
    return next(p for p in products.search_products(uow(write=False), "SKU-", 500)
                if p.id == product_id)


def test_a_complete_order_typed_in_from_an_empty_screen_is_confirmed(
        qtbot: QtBot, ctx: AppContext, uow: UowFactory, f: Factory, problems: Problems) -> None:
    customer = f.customer(name="Harbour Tools 港灣工具")
    bolts, nuts = _sku(uow, f.product(price="40.00", stock_qty=50)), \
        _sku(uow, f.product(price="12.50", stock_qty=2))
    screen = _screen(qtbot, ctx)
    assert screen.form.header.customer_field.hasFocus()
    _pick_customer(qtbot, screen, "Harbour")
    header = screen.form.header
    assert header.customer is not None and header.customer.id == customer
    assert header.address.currentText().endswith("Test Road, Taipei")
    assert header.condition_value().value == "credit" and header.credit_days.value() == 30
    assert screen.form.lines.product_field.hasFocus()
    _scan(qtbot, screen, bolts.sku)
    _scan(qtbot, screen, nuts.barcode or "", qty="3")
    model = screen.form.lines.model
    assert [(line.product.sku, line.quantity) for line in model.lines] == [
        (bolts.sku, 1), (nuts.sku, 3)]
    assert model.index(0, 2).data() == "In stock (50)"
    assert model.index(1, 2).data() == "Partly: 2 of 3"
    _type_cell(qtbot, screen, 0, QTY, "4")
    _type_cell(qtbot, screen, 0, DISCOUNT, "10")
    qtbot.keyClicks(screen.form.lines.freight, "150")
    # 4 x 40 less 10 % = 144 + 7.20 tax; 3 x 12.50 = 37.50 + 1.88 tax; freight 150.
    assert screen.form.lines.total_label.text() == money(D("340.58"), "TWD")
    assert screen.form.lines.subtotal_label.text() == money(D("181.50"), "TWD")
    qtbot.keyClicks(header.instructions, "Leave at the back door")
    qtbot.keyClick(screen, Qt.Key.Key_Return, CTRL)
    assert problems == []
    assert "confirmed" in screen.status.text() and "short" in screen.status.text()
    (row,) = order_queries.list_orders(uow(write=False))
    order = order_queries.get_order(uow(write=False), row.id)
    assert order.state is OrderState.CONFIRMED and order.customer_id == customer
    assert [(line.sku, line.quantity, line.discount_pct) for line in order.lines] == [
        (bolts.sku, D(4), D(10)), (nuts.sku, D(3), D(0))]
    assert (order.total, order.freight) == (D("190.58"), D("150"))
    assert order.special_instructions == "Leave at the back door"
    assert screen.form.header.customer is None and not model.lines  # ready for the next one


def test_an_invalid_order_shows_each_problem_at_its_field_and_saves_nothing(
        qtbot: QtBot, ctx: AppContext, uow: UowFactory, f: Factory, problems: Problems) -> None:
    f.customer(name="Lin Hardware")
    bolt = _sku(uow, f.product(stock_qty=5))
    screen = _screen(qtbot, ctx)
    errors = screen.form.errors
    qtbot.keyClick(screen, Qt.Key.Key_S, CTRL)
    assert errors.message("customer") == "Choose a customer for the order."
    assert errors.message("lines") == "Add at least one line to the order."
    _pick_customer(qtbot, screen, "Lin Hard")
    _scan(qtbot, screen, "NOPE-404")
    lines = screen.form.lines
    assert lines.product_error.text() == "No product has the code NOPE-404."
    assert lines.model.lines == []
    _scan(qtbot, screen, bolt.sku, qty="0")
    assert lines.product_error.text() == "The quantity must be above zero."
    assert lines.model.lines == [] and lines.qty_field.hasFocus()
    lines.qty_field.selectAll()
    qtbot.keyClicks(lines.qty_field, "1")  # corrected where the message points
    qtbot.keyClick(lines.qty_field, Qt.Key.Key_Return)
    assert len(lines.model.lines) == 1 and not lines.product_error.isVisible()
    _type_cell(qtbot, screen, 0, QTY, "-2")
    _type_cell(qtbot, screen, 0, DISCOUNT, "150")
    qtbot.keyClick(screen, Qt.Key.Key_S, CTRL)
    assert errors.message("customer") == ""
    assert errors.message("lines").splitlines() == [
        "Line 1: the quantity must be above zero.",
        "Line 1: a discount is between 0 and 100 %."]
    assert lines.model.lines[0].wrong == {QTY, DISCOUNT}
    _type_cell(qtbot, screen, 0, QTY, "0")
    qtbot.keyClick(screen, Qt.Key.Key_S, CTRL)
    assert errors.message("lines").startswith("Line 1: the quantity must be above zero.")
    screen.form.header.address.setCurrentText("")
    screen.form.header.requested.setDate(date.today() - timedelta(days=2))
    qtbot.keyClick(screen, Qt.Key.Key_S, CTRL)
    assert errors.message("delivery_address") == "Enter the delivery address."
    assert errors.message("requested_date") == "The requested date is in the past."
    assert "Nothing was saved" in screen.status.text()
    assert order_queries.list_orders(uow(write=False)) == [] and problems == []


def test_a_service_refusal_lands_at_its_field(
        qtbot: QtBot, ctx: AppContext, uow: UowFactory, f: Factory, problems: Problems,
        monkeypatch: object) -> None:
    """What only the service knows (a product withdrawn meanwhile) is shown at the lines."""
    f.customer(name="Chen Trading")
    bolt = _sku(uow, f.product(stock_qty=5))
    screen = _screen(qtbot, ctx)
    _pick_customer(qtbot, screen, "Chen")
    _scan(qtbot, screen, bolt.sku)
    with uow() as u:  # withdrawn by someone else after the line was typed
        from app.models import Product  # no service withdraws a product yet
        u.session.get(Product, bolt.id).active = False  # type: ignore[union-attr]
        u.commit()
    qtbot.keyClick(screen, Qt.Key.Key_S, CTRL)
    assert screen.form.errors.message("product") == "Line 1: that product is not for sale."
    assert problems == [] and order_queries.list_orders(uow(write=False)) == []


def test_credit_hold_banner_shows_over_the_limit_at_entry(
        qtbot: QtBot, ctx: AppContext, uow: UowFactory, f: Factory) -> None:
    f.customer(name="Small Credit Ltd", credit_limit="300")
    widget = _sku(uow, f.product(price="100.00", stock_qty=10))
    screen = _screen(qtbot, ctx)
    _pick_customer(qtbot, screen, "Small Credit")
    banner = screen.form.banner
    assert not banner.isVisible()
    _scan(qtbot, screen, widget.sku, qty="2")
    screen.form.refresh_standing()  # what the pause in typing triggers
    assert not banner.isVisible()  # 210 of 300
    _type_cell(qtbot, screen, 0, QTY, "3")
    qtbot.waitUntil(banner.isVisible)  # 315 > 300, once typing pauses
    assert banner.text().startswith("CREDIT HOLD:") and "over the limit" in banner.text()


def test_credit_hold_banner_for_invoices_overdue_past_the_allowed_days(
        qtbot: QtBot, ctx: AppContext, f: Factory) -> None:
    late = f.customer(name="Slow Payer Co")
    f.posted_invoice(late, [(f.product(stock_qty=5), 1)], today=date.today() - timedelta(days=75))
    screen = _screen(qtbot, ctx)
    _pick_customer(qtbot, screen, "Slow Payer")
    assert screen.form.banner.isVisible()
    text = screen.form.banner.text()
    assert "1 invoice(s) overdue more than 30 days" in text and "Check with finance" in text


def test_a_new_customer_is_created_inline_with_problems_at_the_fields(
        qtbot: QtBot, ctx: AppContext, f: Factory, problems: Problems) -> None:
    screen = _screen(qtbot, ctx)
    header = screen.form.header
    qtbot.keyClicks(header.customer_field, "Jade Garden")
    header.customer_field.insert(" 翡翠園")  # an input method commits the Chinese at once
    qtbot.keyClick(header.customer_field, Qt.Key.Key_Return)
    panel = header.new_customer
    assert panel.isVisible() and panel.fields["name"].text() == "Jade Garden 翡翠園"
    qtbot.keyClicks(panel.fields["code"], "JADE01")
    qtbot.keyClicks(panel.fields["phone"], "call me")
    qtbot.keyClick(panel.fields["phone"], Qt.Key.Key_Return)
    assert panel.errors.message("phone") == "The phone number call me does not look right."
    panel.fields["phone"].clear()
    qtbot.keyClicks(panel.fields["phone"], "+886 2 2700 1234")
    qtbot.keyClicks(panel.fields["address"], "8 Jade Road, Taipei")
    qtbot.keyClick(panel.fields["address"], Qt.Key.Key_Return)
    assert not panel.isVisible() and problems == []
    assert header.customer is not None and header.customer.code == "JADE01"
    assert header.address.currentText() == "8 Jade Road, Taipei"
    assert "not verified" in header.customer_info.text()


def test_delete_removes_the_current_line(qtbot: QtBot, ctx: AppContext, uow: UowFactory,
                                         f: Factory) -> None:
    f.customer(name="Delete Me Ltd")
    a, b = _sku(uow, f.product(price="10.00")), _sku(uow, f.product(price="20.00"))
    screen = _screen(qtbot, ctx)
    _pick_customer(qtbot, screen, "Delete Me")
    _scan(qtbot, screen, a.sku)
    _scan(qtbot, screen, b.sku)
    table = screen.form.lines.table
    table.setFocus()
    table.setCurrentIndex(table.model().index(0, 0))
    qtbot.keyClick(table, Qt.Key.Key_Delete)
    assert [line.product.sku for line in screen.form.lines.model.lines] == [b.sku]
    assert screen.form.lines.subtotal_label.text() == money(D("20.00"), "TWD")
    assert isinstance(screen.form.lines.model.index(0, 2).data(), str)
    assert isinstance(table, QWidget)
