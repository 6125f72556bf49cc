"""The main window: the steps a role may act on with their counts, the screens behind them,
the global search, the status bar, and the language switch."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QApplication, QLabel
from pytestqt.qtbot import QtBot

from app.models.enums import Role
from app.services import complaints, order_queries, production
from app.services.complaints import ComplaintCategory
from app.services.errors import PermissionDeniedError
from app.services.invoicing import create_invoice
from app.services.unit_of_work import UowFactory
from app.views.context import AppContext
from app.views.main_window import MainWindow
from app.views.screens.orders import OrdersScreen
from app.views.support.step_delegate import COUNT_ROLE
from tests.factories import Factory
from tests.views.conftest import Problems


def _window(qtbot: QtBot, ctx: AppContext) -> MainWindow:
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    # Shortcuts fire only in the active window; the offscreen platform does not activate
    # a window that shows, so make it so (activateWindow() is not enough there).
    QApplication.setActiveWindow(window)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    return window


def _counts(window: MainWindow) -> dict[str, str | None]:
    return {spec.key: window.steps.item(row).data(COUNT_ROLE)
            for row, spec in enumerate(window.specs)}


def _choose(qtbot: QtBot, window: MainWindow, key: str) -> None:
    row = next(row for row, spec in enumerate(window.specs) if spec.key == key)
    rect = window.steps.visualItemRect(window.steps.item(row))
    qtbot.mouseClick(window.steps.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_each_step_shows_how_much_work_waits_there(qtbot: QtBot, ctx: AppContext, uow: UowFactory,
                                                   f: Factory, problems: Problems) -> None:
    f.order()
    f.confirmed_order()
    f.allocated_order()
    f.allocated_order()
    part = f.product(stock_qty=100)
    made = f.made_product([(part, 2)])
    production.create_production_order(uow(), f.admin, made, Decimal(5))
    order_id = f.order()
    customer_id = order_queries.get_order(uow(write=False), order_id).customer_id
    complaints.record_complaint(uow(), f.admin, customer_id, ComplaintCategory.DELIVERY,
                                "Arrived two days late", order_id=order_id)
    window = _window(qtbot, ctx)
    counts = _counts(window)
    assert counts["orders"] == "5"
    assert counts["confirmation"] == "2"
    assert counts["allocation"] == "1"
    assert counts["picking"] == "2"
    assert counts["packing"] == counts["shipping"] == counts["delivery"] == "0"
    assert counts["production"] == "1"
    assert counts["complaints"] == "1"
    assert counts["entry"] is None  # nothing waits at "new order"
    row = [spec.key for spec in window.specs].index("picking")
    assert window.steps.item(row).data(Qt.ItemDataRole.AccessibleTextRole) == "To pick, 2 waiting"
    assert problems == []


def test_refresh_picks_up_work_entered_at_another_desk(qtbot: QtBot, ctx: AppContext,
                                                       f: Factory) -> None:
    f.order()
    window = _window(qtbot, ctx)
    assert _counts(window)["confirmation"] == "1"
    f.order()
    qtbot.keyClick(window, Qt.Key.Key_F5)
    assert _counts(window)["confirmation"] == "2"
    screen = window.current_screen()
    assert isinstance(screen, OrdersScreen) and screen.model.rowCount() == 2


def test_a_warehouse_user_sees_no_finance_steps_and_the_service_refuses_them(
        qtbot: QtBot, make_ctx: Callable[..., AppContext], uow: UowFactory, f: Factory) -> None:
    window = _window(qtbot, make_ctx(Role.WAREHOUSE))
    keys = [spec.key for spec in window.specs]
    assert {"picking", "packing", "shipping", "inventory"} <= set(keys)
    assert not {"invoicing", "payments", "receivables", "entry", "reports"} & set(keys)
    order_id = f.delivered_order()
    with pytest.raises(PermissionDeniedError):
        create_invoice(uow(), window.ctx.actor, [order_id])


def test_finance_sees_the_finance_steps(qtbot: QtBot, make_ctx: Callable[..., AppContext]) -> None:
    window = _window(qtbot, make_ctx(Role.FINANCE))
    keys = [spec.key for spec in window.specs]
    assert {"invoicing", "payments", "receivables"} <= set(keys)
    assert "picking" not in keys


def test_ctrl_number_opens_a_step_and_its_screen(qtbot: QtBot, ctx: AppContext,
                                                 f: Factory) -> None:
    f.order()
    window = _window(qtbot, ctx)
    qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert window.specs[window.steps.currentRow()].key == "confirmation"
    assert window.heading.text() == "To confirm"
    qtbot.keyClick(window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert window.steps.currentRow() == 0
    assert isinstance(window.current_screen(), OrdersScreen)
    assert window.heading.text() == "Orders"


def test_global_search_finds_an_order_by_its_number_and_opens_it(
        qtbot: QtBot, ctx: AppContext, uow: UowFactory, f: Factory, problems: Problems) -> None:
    order_id = f.order()
    f.order()
    number = order_queries.get_order(uow(write=False), order_id).number
    window = _window(qtbot, ctx)
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.search.hasFocus()
    qtbot.keyClicks(window.search, number)
    qtbot.keyClick(window.search, Qt.Key.Key_Return)
    screen = window.current_screen()
    assert isinstance(screen, OrdersScreen)
    assert screen.detail.order is not None and screen.detail.order.id == order_id
    assert problems == []


def test_global_search_by_customer_name_and_by_the_bare_order_number(
        qtbot: QtBot, ctx: AppContext, uow: UowFactory, f: Factory) -> None:
    customer = f.customer(name="台北精密機械有限公司")
    order_id = f.order(customer)
    window = _window(qtbot, ctx)
    window.search.setText("精密")
    hits = window.search.run_search()
    assert [(hit.kind, hit.title) for hit in hits] == [("customer", "台北精密機械有限公司")]
    number = order_queries.get_order(uow(write=False), order_id).number
    window.search.setText(str(int(number.rsplit("-", 1)[1])))
    assert [hit.id for hit in window.search.run_search() if hit.kind == "order"] == [order_id]


def test_status_bar_names_the_database_site_user_and_version(qtbot: QtBot,
                                                             ctx: AppContext) -> None:
    window = _window(qtbot, ctx)
    assert window.windowTitle() == "OrderDesk"
    assert window.database_label.text() == "Database: SQLite file /tmp/test.db"
    assert window.site_label.text() == "Site HQ"
    assert window.user_label.text() == "Test manager (Manager)"
    assert window.connection_label.text() == "Local file"
    assert window.version_label.text() == "OrderDesk test"


def test_a_shared_database_that_cannot_be_reached_is_shown_in_the_status_bar(
        qtbot: QtBot, make_ctx: Callable[..., AppContext], monkeypatch: pytest.MonkeyPatch) -> None:
    window = _window(qtbot, make_ctx(Role.MANAGER, shared=True))
    assert window.connection_label.text() == "Server reachable"
    from app.services import users
    from app.services.errors import DatabaseUnavailableError

    def down(_uow: object) -> None:
        raise DatabaseUnavailableError()

    monkeypatch.setattr(users, "ping", down)
    window.check_connection()  # answers from a thread, shown on the GUI thread
    qtbot.waitUntil(lambda: window.connection_label.text().startswith("Server unreachable"))
    monkeypatch.undo()
    window.check_connection()
    qtbot.waitUntil(lambda: window.connection_label.text() == "Server reachable")


def test_switching_to_traditional_chinese_translates_the_main_window(
        qtbot: QtBot, ctx: AppContext, f: Factory) -> None:
    f.order()
    window = _window(qtbot, ctx)
    window.language_actions["zh_TW"].trigger()
    qtbot.waitUntil(lambda: window.windowTitle() != "OrderDesk" or
                    window.steps.item(0).text() != "Orders")
    titles = [window.steps.item(row).text() for row in range(window.steps.count())]
    assert "訂單" in titles[0]
    assert window.file_menu.title() != "&File"
    screen = window.current_screen()
    assert isinstance(screen, OrdersScreen)  # rebuilt in the new language
    assert screen.model.headerData(0, Qt.Orientation.Horizontal) != "Number"
    window.language_actions["en"].trigger()
    qtbot.waitUntil(lambda: window.steps.item(0).text() == "Orders")


def test_every_interactive_widget_of_the_shell_has_a_name(qtbot: QtBot, ctx: AppContext) -> None:
    window = _window(qtbot, ctx)
    named = {w.objectName() for w in window.findChildren(QAbstractItemView)}
    assert {"stepList", "ordersTable"} <= named
    assert window.findChild(QLabel, "stepHeading") is not None
