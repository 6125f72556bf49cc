"""The Complaints screen driven by keys and clicks over the real services, on every backend."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app.models.enums import Role
from app.services import complaint_queries, complaints
from app.services.complaints import ComplaintCategory, ComplaintState, DamageResolution
from app.services.errors import PermissionDeniedError
from app.views.context import AppContext
from app.views.screens.complaints import ComplaintsScreen
from app.views.support.form_tables import find_data
from tests.factories import Factory
from tests.views.conftest import Problems

LEFT = Qt.MouseButton.LeftButton
S = ComplaintState


def _screen(qtbot: QtBot, ctx: AppContext) -> ComplaintsScreen:
    screen = ComplaintsScreen(ctx)
    qtbot.addWidget(screen)
    screen.resize(1200, 740)
    screen.show()
    QApplication.setActiveWindow(screen)  # shortcuts fire in the active window only
    qtbot.waitUntil(lambda: QApplication.activeWindow() is screen)
    screen.refresh()
    screen.focus_first()
    return screen


def _state_shown(screen: ComplaintsScreen) -> str:
    return screen.detail.title.text().rsplit("·", 1)[-1].strip()


def test_register_assign_resolve_and_close_by_keys_and_clicks(
    qtbot: QtBot, make_ctx: Callable[..., AppContext], f: Factory, problems: Problems,
) -> None:
    customer = f.customer(name="Tea Garden Ltd")
    order_id = f.confirmed_order(customer)
    ctx = make_ctx(Role.SERVICE)
    colleague = f.actor(Role.SERVICE, name="mei")
    screen = _screen(qtbot, ctx)
    assert screen.table.rowCount() == 0

    qtbot.keyClick(screen.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    form = screen.form
    assert screen.stack.currentWidget() is form
    qtbot.keyClicks(form.customer_search, "Tea Garden")
    qtbot.keyClick(form.customer_search, Qt.Key.Key_Return)
    assert form.customer_id == customer
    assert form.order.count() == 2  # "(no particular order)" and the customer's one order
    form.order.setFocus()
    qtbot.keyClick(form.order, Qt.Key.Key_Down)
    assert form.order.currentData() == order_id
    form.category.setCurrentIndex(find_data(form.category, ComplaintCategory.DELIVERY))
    qtbot.mouseClick(form.register_button, LEFT)
    assert "Describe" in form.errors.message("description")  # the service said so
    form.description.setFocus()
    qtbot.keyClicks(form.description, "Parcel left in the rain")
    qtbot.keyClick(form.description, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert problems == []
    assert screen.stack.currentWidget() is screen.detail
    assert screen.table.rowCount() == 1
    detail = screen.detail
    assert _state_shown(screen) == "Open"
    assert detail.detail is not None and detail.detail.order_id == order_id
    assert detail.detail.row.category is ComplaintCategory.DELIVERY

    detail.assignee.setCurrentIndex(find_data(detail.assignee, colleague.user_id))
    qtbot.mouseClick(detail.assign_button, LEFT)
    assert _state_shown(screen) == "Assigned"
    assert screen.table.item(0, 5).text() == "Mei"

    detail.resolution.setCurrentIndex(find_data(detail.resolution,
                                                DamageResolution.REPLACEMENT))
    qtbot.keyClicks(detail.note, "Sent a new parcel")
    qtbot.keyClick(detail.note, Qt.Key.Key_Return)
    assert "root cause" in detail.errors.message("root_cause")
    qtbot.keyClicks(detail.root_cause, "Driver left it outside")
    qtbot.keyClick(detail.root_cause, Qt.Key.Key_Return)
    assert _state_shown(screen) == "Resolved"
    assert "Sent a new parcel" in detail.outcome.text()
    assert not detail.resolve_box.isVisible() and detail.close_row.isVisible()

    qtbot.mouseClick(detail.close_button, LEFT)
    assert problems == []
    assert _state_shown(screen) == "Closed"
    assert screen.table.rowCount() == 0  # no longer open work...
    screen.state.setCurrentIndex(find_data(screen.state, S.CLOSED))
    assert screen.table.rowCount() == 1  # ...but listed under Closed
    history = [detail.history.item(r, 2).text() for r in range(detail.history.rowCount())]
    assert history == ["Registered", "Assigned", "Resolved", "Closed"]
    stored = complaints.get_complaint(ctx.uow(write=False), detail.detail.row.id)
    assert (stored.row.state, stored.resolution) == (S.CLOSED, DamageResolution.REPLACEMENT)


def test_a_sales_user_registers_and_reopens_but_cannot_resolve(
    qtbot: QtBot, make_ctx: Callable[..., AppContext], f: Factory, problems: Problems,
) -> None:
    customer = f.customer()
    ctx = make_ctx(Role.SALES)
    complaint_id = complaints.record_complaint(ctx.uow(), ctx.actor, customer,
                                               ComplaintCategory.QUALITY, "Scratched lid")
    screen = _screen(qtbot, ctx)
    assert screen.open_record("complaint", complaint_id)
    detail = screen.detail
    assert not detail.resolve_box.isVisible() and not detail.assign_row.isVisible()
    assert not detail.actions.isVisible()
    # The service refuses too, whatever a screen offers.
    with pytest.raises(PermissionDeniedError):
        complaints.resolve_complaint(ctx.uow(), ctx.actor, complaint_id,
                                     DamageResolution.NONE, "Said sorry", "Unknown")
    with pytest.raises(PermissionDeniedError):
        complaints.close_complaint(ctx.uow(), ctx.actor, complaint_id)

    complaints.resolve_complaint(ctx.uow(), f.actor(Role.SERVICE), complaint_id,
                                 DamageResolution.CREDIT, "Credited the lid", "Supplier batch")
    screen.refresh()
    assert _state_shown(screen) == "Resolved"
    assert detail.reopen_row.isVisible() and not detail.close_row.isVisible()
    qtbot.mouseClick(detail.reopen_button, LEFT)
    assert "reopened" in detail.errors.message("reason")
    qtbot.keyClicks(detail.reason, "Lid still scratched")
    qtbot.keyClick(detail.reason, Qt.Key.Key_Return)
    assert problems == []
    assert _state_shown(screen) == "Assigned"  # back to who resolved it
    history = complaint_queries.complaint_history(ctx.uow(write=False), complaint_id)
    assert history[-1].action == "reopen"


def test_the_list_filters_by_state_and_category(
    qtbot: QtBot, ctx: AppContext, f: Factory,
) -> None:
    customer = f.customer()
    record = complaints.record_complaint
    record(ctx.uow(), ctx.actor, customer, ComplaintCategory.DELIVERY, "Late")
    record(ctx.uow(), ctx.actor, customer, ComplaintCategory.QUALITY, "Broken")
    done = record(ctx.uow(), ctx.actor, customer, ComplaintCategory.QUALITY, "Dented")
    complaints.resolve_complaint(ctx.uow(), ctx.actor, done, DamageResolution.NONE, "Ok", "x")
    screen = _screen(qtbot, ctx)
    assert screen.table.rowCount() == 2  # open work by default
    screen.category.setCurrentIndex(find_data(screen.category, ComplaintCategory.QUALITY))
    assert screen.table.rowCount() == 1
    screen.state.setCurrentIndex(screen.state.count() - 1)  # all states
    assert screen.table.rowCount() == 2
    screen.state.setCurrentIndex(find_data(screen.state, S.RESOLVED))
    assert [screen.table.item(r, 4).text() for r in range(screen.table.rowCount())] == [
        "Resolved"]
    assert screen.found.text() == "1 complaints"
