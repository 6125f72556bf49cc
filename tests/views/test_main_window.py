"""The placeholder main window: step counts, the orders table per step, the status bar."""

from __future__ import annotations

from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QHeaderView,
    QLineEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from app import __version__
from app.services import complaints, order_queries, production
from app.services.complaints import ComplaintCategory
from app.services.order_queries import OrderState
from app.services.unit_of_work import UowFactory
from app.views import main_window
from app.views.main_window import STEPS, AppInfo, MainWindow
from app.views.support.step_delegate import COUNT_ROLE
from tests.factories import Factory

INFO = AppInfo(database="SQLite file /tmp/test.db", site_code="HQ", version=__version__)


def _window(qtbot: QtBot, uow: UowFactory) -> MainWindow:
    window = MainWindow(uow, INFO)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def _counts(window: MainWindow) -> dict[str, str | None]:
    return {step.key: window.steps.item(row).data(COUNT_ROLE) for row, step in enumerate(STEPS)}


def _choose(qtbot: QtBot, window: MainWindow, key: str) -> None:
    row = next(row for row, step in enumerate(STEPS) if step.key == key)
    rect = window.steps.visualItemRect(window.steps.item(row))
    qtbot.mouseClick(window.steps.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def _numbers_shown(window: MainWindow) -> list[str]:
    model = window.orders_model
    return [model.index(row, 0).data() for row in range(model.rowCount())]


def test_each_step_shows_how_many_orders_wait_there(qtbot: QtBot, uow: UowFactory,
                                                    f: Factory) -> None:
    f.order()
    f.confirmed_order()
    f.allocated_order()
    f.allocated_order()
    window = _window(qtbot, uow)
    counts = _counts(window)
    assert counts["entry"] == "4"
    assert counts["confirmation"] == "1"
    assert counts["inventory"] == "1"
    assert counts["picking"] == "2"
    assert counts["packing"] == counts["shipping"] == counts["delivery"] == "0"
    assert counts["production"] == counts["complaints"] == "0"
    assert counts["reports"] is None  # nothing to count there
    assert window.steps.item(4).data(Qt.ItemDataRole.AccessibleTextRole) == "Picking, 2 waiting"


def test_open_production_orders_and_complaints_are_counted(qtbot: QtBot, uow: UowFactory,
                                                           f: Factory) -> None:
    part = f.product(stock_qty=100)
    made = f.made_product([(part, 2)])
    for _ in range(2):
        production.create_production_order(uow(), f.admin, made, Decimal(5))
    order_id = f.order()
    customer_id = order_queries.get_order(uow(write=False), order_id).customer_id
    complaints.record_complaint(uow(), f.admin, customer_id, ComplaintCategory.DELIVERY,
                                "Arrived two days late", order_id=order_id)
    window = _window(qtbot, uow)
    counts = _counts(window)
    assert counts["production"] == "2"
    assert counts["complaints"] == "1"


def test_choosing_a_step_shows_only_the_orders_waiting_there(qtbot: QtBot, uow: UowFactory,
                                                             f: Factory) -> None:
    f.order()
    f.allocated_order()
    f.allocated_order()
    window = _window(qtbot, uow)
    assert len(_numbers_shown(window)) == 3  # the first step lists every order

    _choose(qtbot, window, "picking")
    allocated = order_queries.list_orders(uow(write=False), states=(OrderState.ALLOCATED,))
    assert _numbers_shown(window) == [row.number for row in allocated]
    assert window.heading.text().startswith("Picking")

    _choose(qtbot, window, "reports")
    assert _numbers_shown(window) == [] and not window.orders.isEnabled()


def test_the_table_shows_what_the_services_return(qtbot: QtBot, uow: UowFactory,
                                                  f: Factory) -> None:
    order_id = f.confirmed_order()
    window = _window(qtbot, uow)
    detail = order_queries.get_order(uow(write=False), order_id)
    model = window.orders_model
    cells = [model.index(0, column).data() for column in range(model.columnCount())]
    assert cells[:4] == [detail.number, detail.customer_name, "Confirmed", f"{detail.total:,.2f}"]
    assert model.index(0, 3).data(Qt.ItemDataRole.TextAlignmentRole) & Qt.AlignmentFlag.AlignRight
    assert model.index(0, 0).data(Qt.ItemDataRole.ToolTipRole) is None


def test_refresh_picks_up_orders_entered_at_another_station(qtbot: QtBot, uow: UowFactory,
                                                            f: Factory) -> None:
    f.order()
    window = _window(qtbot, uow)
    assert _counts(window)["confirmation"] == "1"
    f.order()
    button = window.findChild(QAbstractButton, "refreshButton")
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert _counts(window)["confirmation"] == "2"
    assert len(_numbers_shown(window)) == 2


def test_long_lists_arrive_page_by_page_in_number_order(qtbot: QtBot, uow: UowFactory,
                                                        f: Factory,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(main_window, "PAGE_SIZE", 2)
    customer = f.customer()
    product = f.product(stock_qty=50)
    for _ in range(5):
        f.order(customer, [(product, 1)])
    window = _window(qtbot, uow)
    model = window.orders_model
    assert model.rowCount() == 2
    while model.canFetchMore():
        model.fetchMore()
    everything = order_queries.list_orders(uow(write=False))
    assert _numbers_shown(window) == [row.number for row in everything]
    assert len(everything) == 5


def test_status_bar_names_the_database_the_site_and_the_version(qtbot: QtBot,
                                                                uow: UowFactory) -> None:
    window = _window(qtbot, uow)
    assert window.windowTitle() == "OrderDesk"
    assert window.database_label.text() == "Database: SQLite file /tmp/test.db"
    assert window.site_label.text() == "Site HQ"
    assert window.version_label.text() == f"OrderDesk {__version__}"


def test_every_interactive_widget_has_a_name_for_tests_and_screen_readers(
        qtbot: QtBot, uow: UowFactory) -> None:
    window = _window(qtbot, uow)
    interactive = [
        w for w in window.findChildren(QWidget)
        if isinstance(w, QAbstractButton | QAbstractItemView | QLineEdit)
        and not isinstance(w, QHeaderView)
        and w.isVisible()
    ]
    assert {w.objectName() for w in interactive} >= {"stepList", "ordersTable", "refreshButton"}
    unnamed = [type(w).__name__ for w in interactive if not w.objectName()
               or not w.accessibleName()]
    assert unnamed == []
