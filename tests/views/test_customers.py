"""The Customers screen driven by keys and clicks over the real services, on every backend."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QTableWidget, QWidget
from pytestqt.qtbot import QtBot

from app.models.enums import Role
from app.services import complaints, customer_queries, customers
from app.services.customers import CustomerInput
from app.views.context import AppContext
from app.views.main_window import MainWindow
from app.views.screens.customers import CustomersScreen
from tests.factories import Factory
from tests.views.conftest import Problems

LEFT = Qt.MouseButton.LeftButton


def _screen(qtbot: QtBot, ctx: AppContext) -> CustomersScreen:
    screen = CustomersScreen(ctx)
    qtbot.addWidget(screen)
    screen.resize(1200, 740)
    screen.show()
    QApplication.setActiveWindow(screen)  # shortcuts fire in the active window only
    qtbot.waitUntil(lambda: QApplication.activeWindow() is screen)
    screen.refresh()
    screen.focus_first()
    return screen


def _listed(screen: CustomersScreen) -> list[str]:
    return [screen.model.index(r, 0).data() for r in range(screen.model.rowCount())]


def _all_text(widget: QWidget) -> str:
    """Everything the screen shows in labels and table cells."""
    texts = [label.text() for label in widget.findChildren(QLabel)]
    for table in widget.findChildren(QTableWidget):
        texts += [table.item(r, c).text() for r in range(table.rowCount())
                  for c in range(table.columnCount()) if table.item(r, c)]
    return "\n".join(texts)


def test_a_new_customer_with_a_wrong_phone_is_told_at_the_field_then_saved(
    qtbot: QtBot, make_ctx: Callable[..., AppContext], problems: Problems,
) -> None:
    screen = _screen(qtbot, make_ctx(Role.SALES))
    qtbot.keyClick(screen.search, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    form = screen.form
    assert screen.stack.currentWidget() is form
    assert not form.credit_limit.isEnabled()  # sales: the limit is finance's decision
    qtbot.keyClicks(form.code, "PEARL")
    qtbot.keyClick(form.code, Qt.Key.Key_Tab)
    qtbot.keyClicks(form.name, "Pearl Tea House ")
    form.name.insert("珍珠")  # an input method commits Chinese as text, not as key clicks
    qtbot.keyClicks(form.phone, "call me")
    qtbot.keyClicks(form.contact_name, "Ms Wu")
    qtbot.keyClicks(form.address, "8 Tea Street, Taichung")
    qtbot.mouseClick(form.save_button, LEFT)

    assert "does not look right" in form.errors.message("phone")
    assert form.phone.hasFocus()
    assert screen.stack.currentWidget() is form
    assert _listed(screen) == []  # nothing saved
    form.phone.selectAll()
    qtbot.keyClicks(form.phone, "+886 4 2222 3333")
    qtbot.keyClick(form.phone, Qt.Key.Key_Return)

    assert problems == []
    assert screen.stack.currentWidget() is screen.profile
    assert screen.profile.title.text() == "Pearl Tea House 珍珠  ·  PEARL"
    assert screen.profile.facts["phone"].text() == "+886 4 2222 3333"
    assert _listed(screen) == ["Pearl Tea House 珍珠"]


def test_search_as_you_type_finds_a_customer_by_phone(
    qtbot: QtBot, ctx: AppContext, f: Factory,
) -> None:
    f.customer(name="Some Other Firm")
    customers.create_customer(ctx.uow(), f.admin, CustomerInput(
        code="LOTUS", name="Lotus Hotel", phone="+852 2345-9988", address="1 Bay Road"))
    screen = _screen(qtbot, ctx)
    assert len(_listed(screen)) == 2
    qtbot.keyClicks(screen.search, "23459988")
    qtbot.waitUntil(lambda: _listed(screen) == ["Lotus Hotel"], timeout=2000)
    assert screen.found.text() == "1 customers"
    assert screen.profile.title.text().startswith("Lotus Hotel")


def test_the_warehouse_sees_names_and_the_delivery_address_but_masked_details(
    qtbot: QtBot, make_ctx: Callable[..., AppContext], f: Factory,
) -> None:
    customer = f.customer(name="Masked Ltd")
    f.posted_invoice(customer)
    screen = _screen(qtbot, make_ctx(Role.WAREHOUSE))
    assert screen.open_record("customer", customer)
    profile = screen.profile
    assert profile.title.text().startswith("Masked Ltd")
    assert profile.facts["phone"].text() == "••••6789"
    assert profile.facts["credit_limit"].text() == "hidden"
    assert profile.facts["delivery"].text().endswith("Test Road, Taipei")
    assert profile.masked_note.isVisible()
    assert not profile.edit_button.isVisible() and not screen.new_button.isVisible()
    assert not profile.tabs.isTabVisible(profile.invoice_tab)
    assert screen.model.index(0, 2).data() == "••••6789"
    shown = _all_text(screen)
    assert "2345" not in shown and "@example.com" not in shown
    # ...while a sales user sees the real number.
    office = _screen(qtbot, make_ctx(Role.SALES))
    office.open_record("customer", customer)
    assert office.profile.facts["phone"].text() == "+886 2 2345 6789"
    assert office.profile.tabs.isTabVisible(office.profile.invoice_tab)
    assert office.profile.invoices.rowCount() == 1


def test_only_finance_may_change_the_credit_limit_in_the_edit_form(
    qtbot: QtBot, make_ctx: Callable[..., AppContext], f: Factory, problems: Problems,
) -> None:
    customer = f.customer(credit_limit="1000")
    sales = _screen(qtbot, make_ctx(Role.SALES))
    sales.open_record("customer", customer)
    qtbot.keyClick(sales.search, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    assert sales.stack.currentWidget() is sales.form
    assert not sales.form.credit_limit.isEnabled()
    sales.form.preferences.setFocus()
    qtbot.keyClicks(sales.form.preferences, "Ring the bell twice")
    qtbot.mouseClick(sales.form.save_button, LEFT)
    assert problems == []
    assert sales.profile.preferences.text() == "Ring the bell twice"

    finance_ctx = make_ctx(Role.FINANCE)
    finance = _screen(qtbot, finance_ctx)
    finance.open_record("customer", customer)
    qtbot.mouseClick(finance.profile.edit_button, LEFT)
    assert finance.form.credit_limit.isEnabled()
    finance.form.credit_limit.selectAll()
    qtbot.keyClicks(finance.form.credit_limit, "25,000")
    qtbot.keyClick(finance.form.credit_limit, Qt.Key.Key_Return)
    assert problems == []
    credit = customer_queries.customer_profile(finance_ctx.uow(), finance_ctx.actor,
                                               customer).credit
    assert credit is not None and credit.credit_limit == Decimal("25000")


def test_a_contact_is_added_and_a_complaint_registered_from_the_profile(
    qtbot: QtBot, make_ctx: Callable[..., AppContext], f: Factory, problems: Problems,
) -> None:
    customer = f.customer()
    order_id = f.confirmed_order(customer)
    ctx = make_ctx(Role.SERVICE)
    screen = _screen(qtbot, ctx)
    screen.open_record("customer", customer)
    panel = screen.profile.contacts
    screen.profile.tabs.setCurrentWidget(panel)
    qtbot.keyClicks(panel.contact_name, "Mr Chen")
    qtbot.keyClicks(panel.contact_phone, "bad")
    qtbot.keyClick(panel.contact_phone, Qt.Key.Key_Return)
    assert "does not look right" in panel.contact_errors.message("contact_phone")
    panel.contact_phone.selectAll()
    qtbot.keyClicks(panel.contact_phone, "0912 345 678")
    qtbot.keyClick(panel.contact_phone, Qt.Key.Key_Return)
    assert panel.contacts.rowCount() == 2

    # From the Orders tab: choose the order, Ctrl+K registers a complaint about it.
    profile = screen.profile
    profile.tabs.setCurrentWidget(profile.orders)
    profile.orders.setFocus()
    profile.orders.selectRow(0)
    qtbot.keyClick(profile.orders, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    form = profile.complaint_form
    assert profile.complaint_stack.currentWidget() is form
    assert form.customer_id == customer
    assert form.order.currentData() == order_id
    assert form.description.hasFocus()
    qtbot.keyClicks(form.description, "Wrong colour delivered")
    qtbot.keyClick(form.description, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert problems == []
    assert screen.profile.complaints.rowCount() == 1
    listed = complaints.list_complaints(ctx.uow(write=False), customer_id=customer)
    assert [c.order_number for c in listed] == [screen.profile.complaints.item(0, 1).text()]


def test_the_global_search_opens_the_customer_profile(
    qtbot: QtBot, ctx: AppContext, f: Factory, problems: Problems,
) -> None:
    customer = f.customer(name="Searched Co")
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    window.open_record("customer", customer)
    screen = window.current_screen()
    assert isinstance(screen, CustomersScreen)
    assert screen.profile.title.text().startswith("Searched Co")
    assert problems == []
