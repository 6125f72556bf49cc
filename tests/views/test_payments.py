"""The payments screen driven by keys and clicks over the real services, on every backend:
an invoice paid in two parts by two methods, an overpayment kept as credit and applied later,
a confirmation mailed, and a role that may not record payments."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox
from pytestqt.qtbot import QtBot

from app.models.enums import PaymentMethod, Role
from app.services import invoice_queries, outbox, payments, receivables
from app.services.errors import PermissionDeniedError
from app.views.context import AppContext
from app.views.screens.payments import PaymentsScreen
from tests.factories import Factory
from tests.views.conftest import Problems
from tests.views.finance_helpers import cell, click, row_of, show, type_into

D = Decimal


def _find_customer(qtbot: QtBot, screen: PaymentsScreen, name: str) -> None:
    type_into(qtbot, screen, "customerSearch", name, enter=True)
    assert cell(screen.found, 0, 1) == name and screen.form.isEnabled()


def _choose_method(qtbot: QtBot, screen: PaymentsScreen, text: str) -> None:
    combo = screen.findChild(QComboBox, "paymentMethod")
    combo.setFocus()
    qtbot.wait(QApplication.keyboardInputInterval() + 50)  # a new search, not a continuation
    qtbot.keyClicks(combo, text)  # a closed combo jumps to the item typed
    assert combo.currentText() == text


def test_an_invoice_is_paid_in_two_parts_by_two_methods(
    qtbot: QtBot, make_ctx: Callable[..., AppContext], f: Factory, problems: Problems,
) -> None:
    customer = f.customer(name="Two Part Payer")
    invoice_id = f.posted_invoice(customer, [(f.product(price="33.33", stock_qty=9), 3)],
                                  freight="20")
    number = invoice_queries.get_invoice(f.uow(), invoice_id).row.number
    assert number is not None  # 99.99 + 5.00 tax + 20.00 freight = 124.99
    screen = PaymentsScreen(make_ctx(Role.FINANCE))
    show(qtbot, screen)
    _find_customer(qtbot, screen, "Two Part Payer")
    assert "NT$124.99" in screen.balance.text()

    type_into(qtbot, screen, "paymentAmount", "100")
    _choose_method(qtbot, screen, "Bank transfer")
    type_into(qtbot, screen, "paymentReference", "TX 5521")
    type_into(qtbot, screen, f"pay_{number}", "100", enter=True)
    assert problems == []
    assert cell(screen.form.invoices, row_of(screen.form.invoices, number), 4) == "24.99"

    type_into(qtbot, screen, "paymentAmount", "24.99")
    _choose_method(qtbot, screen, "Card")
    click(qtbot, screen, "spreadButton")  # oldest first: all of it to the one invoice
    assert screen.form.fields[invoice_id].text() == "24.99"
    click(qtbot, screen, "recordPaymentButton")
    assert problems == []

    received = payments.list_payments(f.uow(), customer_id=customer)
    assert sorted((p.method, p.amount, p.unallocated) for p in received) == [
        (PaymentMethod.BANK_TRANSFER, D("100.00"), D(0)), (PaymentMethod.CARD, D("24.99"), D(0))]
    assert invoice_queries.get_invoice(f.uow(), invoice_id).open_amount == D(0)
    assert receivables.customer_balance(f.uow(), customer).balance == D(0)
    assert screen.form.invoices.rowCount() == 0  # nothing left open
    assert screen.history.table.rowCount() == 2
    assert "Owes NT$0.00" in screen.balance.text()


def test_an_overpayment_stays_as_credit_and_is_applied_to_the_next_invoice(
    qtbot: QtBot, make_ctx: Callable[..., AppContext], f: Factory, problems: Problems,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    customer = f.customer(name="Generous Buyer")
    product = f.product(price="100.00", stock_qty=9)
    first = f.posted_invoice(customer, [(product, 1)])  # 105.00
    screen = PaymentsScreen(make_ctx(Role.FINANCE))
    show(qtbot, screen)
    _find_customer(qtbot, screen, "Generous Buyer")
    type_into(qtbot, screen, "paymentAmount", "150", enter=True)  # Enter spreads it
    assert "NT$45.00 stays with the customer as credit" in screen.form.left.text()
    click(qtbot, screen, "recordPaymentButton")
    assert problems == []
    assert cell(screen.history.table, 0, 4) == "45.00"
    assert "Credit NT$45.00" in screen.balance.text()

    second = f.posted_invoice(customer, [(product, 1)])
    screen.refresh()
    second_number = invoice_queries.get_invoice(f.uow(), second).row.number
    assert screen.history.target.currentText().startswith(second_number)
    assert screen.history.credit_amount.text() == "45.00"
    type_into(qtbot, screen, "creditAmount", "45", enter=True)
    assert problems == []
    assert invoice_queries.get_invoice(f.uow(), first).open_amount == D(0)
    assert invoice_queries.get_invoice(f.uow(), second).open_amount == D("60.00")
    assert receivables.customer_balance(f.uow(), customer).unallocated == D(0)
    assert cell(screen.history.table, 0, 4) == ""

    click(qtbot, screen, "mailConfirmationButton")
    assert screen.history.mail.to.text().endswith("@example.com")
    qtbot.mouseClick(screen.history.mail.send, Qt.MouseButton.LeftButton)
    assert any(m.subject.startswith("Payment received") for m in outbox.list_outbox(f.uow()))
    assert problems == []


def test_too_much_on_one_invoice_is_shown_at_the_table_and_nothing_is_recorded(
    qtbot: QtBot, make_ctx: Callable[..., AppContext], f: Factory, problems: Problems,
) -> None:
    customer = f.customer(name="Careful Payer")
    invoice_id = f.posted_invoice(customer, [(f.product(price="10.00", stock_qty=9), 1)])
    number = invoice_queries.get_invoice(f.uow(), invoice_id).row.number
    screen = PaymentsScreen(make_ctx(Role.FINANCE))
    show(qtbot, screen)
    _find_customer(qtbot, screen, "Careful Payer")
    type_into(qtbot, screen, "paymentAmount", "50")
    type_into(qtbot, screen, f"pay_{number}", "50", enter=True)
    # Shown under the table (SQLite writes the open amount as 10.5, PostgreSQL as 10.50).
    assert f"is open on invoice {number}" in screen.form.errors.message("allocations")
    assert problems == []
    assert payments.list_payments(f.uow(), customer_id=customer) == []


def test_sales_cannot_record_a_payment(
    qtbot: QtBot, make_ctx: Callable[..., AppContext], f: Factory, problems: Problems,
) -> None:
    customer = f.customer(name="Sales Looks")
    f.posted_invoice(customer, [(f.product(stock_qty=9), 1)])
    sales = make_ctx(Role.SALES)
    screen = PaymentsScreen(sales)
    show(qtbot, screen)
    _find_customer(qtbot, screen, "Sales Looks")
    assert not screen.form.record.isEnabled()
    assert not screen.history.credit_row.isVisible()
    with pytest.raises(PermissionDeniedError):
        payments.record_payment(f.uow(), sales.actor, customer, D(1), PaymentMethod.CASH,
                                date.today())


def test_one_payment_is_spread_over_several_invoices_oldest_first(
    qtbot: QtBot, make_ctx: Callable[..., AppContext], f: Factory, problems: Problems,
) -> None:
    customer = f.customer(name="Many Invoices")
    product = f.product(price="100.00", stock_qty=9)
    older = f.posted_invoice(customer, [(product, 1)], today=date.today() - timedelta(days=9))
    newer = f.posted_invoice(customer, [(product, 2)])  # 210.00, due later
    screen = PaymentsScreen(make_ctx(Role.FINANCE))
    show(qtbot, screen)
    _find_customer(qtbot, screen, "Many Invoices")
    type_into(qtbot, screen, "paymentAmount", "200.5", enter=True)  # Enter spreads
    assert (screen.form.fields[older].text(), screen.form.fields[newer].text()) == (
        "105.00", "95.50")
    assert "Allocated NT$200.50 of NT$200.50" in screen.form.left.text()
    _choose_method(qtbot, screen, "Cheque")
    click(qtbot, screen, "recordPaymentButton")
    assert problems == []
    received = payments.list_payments(f.uow(), customer_id=customer)
    detail = payments.get_payment(f.uow(), received[0].id)
    assert detail.row.method is PaymentMethod.CHEQUE
    assert sorted(a.amount for a in detail.allocations) == [D("95.50"), D("105.00")]
    assert invoice_queries.get_invoice(f.uow(), newer).open_amount == D("114.50")
    assert [cell(screen.form.invoices, 0, 4)] == ["114.50"]
