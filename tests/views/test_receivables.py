"""The receivables screen driven by keys and clicks over the real services, on every backend:
back-dated invoices land in the right aging bucket (also for an earlier report day), reminders
go out level by level with their dates, a statement prints, and the period close is for the
roles allowed to close."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDateTimeEdit
from pytestqt.qtbot import QtBot

from app.models.enums import PaymentMethod, Role
from app.services import invoicing, outbox, payments, periods, reminders
from app.services.errors import InvalidStateError, PermissionDeniedError
from app.views.context import AppContext
from app.views.screens.receivables import ReceivablesScreen
from tests.factories import Factory
from tests.views.conftest import Problems
from tests.views.finance_helpers import (
    always_yes,
    cell,
    click,
    click_row,
    keep_pdfs,
    row_of,
    show,
)

TODAY = date.today()
CURRENT, DAYS_1_30, DAYS_31_60, DAYS_61_90, OVER_90, OPEN, CREDIT, BALANCE = range(1, 9)


def test_aging_puts_a_back_dated_invoice_in_the_right_bucket(
    qtbot: QtBot, make_ctx: Callable[..., AppContext], f: Factory, problems: Problems,
) -> None:
    customer = f.customer(name="Aged Account")
    product = f.product(price="100.00", stock_qty=20)
    # 30 days' terms: issued 75 days ago it fell due 45 days ago (31-60); today's is current.
    f.posted_invoice(customer, [(product, 2)], today=TODAY - timedelta(days=75))  # 210.00
    f.posted_invoice(customer, [(product, 1)])  # 105.00
    payments.record_payment(f.uow(), f.admin, customer, Decimal("20.00"), PaymentMethod.CASH,
                            TODAY)  # not allocated: customer credit
    screen = ReceivablesScreen(make_ctx(Role.FINANCE))
    show(qtbot, screen)
    row = row_of(screen.aging, "Aged Account")
    assert [cell(screen.aging, row, c) for c in range(1, 9)] == [
        "105.00", "", "210.00", "", "", "315.00", "20.00", "295.00"]
    total = row_of(screen.aging, "All customers")
    assert cell(screen.aging, total, DAYS_31_60) == "210.00"

    # One month back (Down on the month of the report day): today's invoice is not issued
    # yet, and the old one was only 15 or so days past due.
    screen.as_of.setFocus()
    screen.as_of.setCurrentSection(QDateTimeEdit.Section.MonthSection)  # as a click there
    qtbot.keyClick(screen.as_of, Qt.Key.Key_Down)
    assert screen.day() < TODAY - timedelta(days=27)
    row = row_of(screen.aging, "Aged Account")
    assert [cell(screen.aging, row, c) for c in (CURRENT, DAYS_1_30, DAYS_31_60, OPEN)] == [
        "", "210.00", "", "210.00"]
    assert problems == []


def test_reminders_go_out_level_by_level_with_their_dates(
    qtbot: QtBot, make_ctx: Callable[..., AppContext], f: Factory, problems: Problems,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    pdfs = keep_pdfs(monkeypatch)
    product = f.product(stock_qty=5)
    slow, new = f.customer(name="Slow Payer"), f.customer(name="New Debtor")
    f.posted_invoice(slow, [(product, 1)], today=TODAY - timedelta(days=50))
    f.posted_invoice(new, [(product, 2)], today=TODAY - timedelta(days=40))
    ten_days_ago = TODAY - timedelta(days=10)
    reminders.send_reminder(f.uow(), f.admin, slow, ten_days_ago, by_mail=False)
    screen = ReceivablesScreen(make_ctx(Role.FINANCE))
    show(qtbot, screen)
    screen.tabs.setCurrentIndex(1)
    panel = screen.dunning

    row = row_of(panel.customers, "New Debtor")
    assert [cell(panel.customers, row, c) for c in (1, 4, 5, 7)] == [
        "210.00", "10", "", "1st reminder"]
    click_row(qtbot, panel.customers, row)
    click(qtbot, panel, "printReminderButton")
    assert problems == [] and pdfs and pdfs[0][1].startswith(b"%PDF")
    row = row_of(panel.customers, "New Debtor")
    assert cell(panel.customers, row, 5) == "1st reminder"
    assert cell(panel.customers, row, 7).startswith("2nd reminder from ")
    assert not panel.mail.isEnabled() and not panel.print.isEnabled()  # 7 days to pay first

    row = row_of(panel.customers, "Slow Payer")
    assert [cell(panel.customers, row, c) for c in (5, 7)] == ["1st reminder", "2nd reminder"]
    click_row(qtbot, panel.customers, row)
    click(qtbot, panel, "mailReminderButton")
    assert problems == []
    row = row_of(panel.customers, "Slow Payer")
    assert cell(panel.customers, row, 5) == "2nd reminder"
    assert cell(panel.customers, row, 7).startswith("Final notice from ")
    history = panel.history.text()
    assert "1st reminder" in history and "2nd reminder" in history and "@example.com" in history
    assert [(r.level, r.sent_on) for r in reminders.reminder_history(f.uow(), slow)] == [
        (1, ten_days_ago), (2, TODAY)]
    assert any(m.subject == "Second reminder" for m in outbox.list_outbox(f.uow()))

    # On an earlier report day the list is for reading: nothing is sent back-dated.
    screen.as_of.setDate(TODAY - timedelta(days=1))
    click_row(qtbot, panel.customers, row_of(panel.customers, "New Debtor"))
    assert not panel.mail.isEnabled() and not panel.print.isEnabled()

    screen.tabs.setCurrentIndex(0)
    click_row(qtbot, screen.aging, row_of(screen.aging, "Slow Payer"))
    click(qtbot, screen, "statementButton")
    assert pdfs[-1][0] == "statement-Slow Payer" and pdfs[-1][1].startswith(b"%PDF")


def test_finance_closes_the_period_and_posting_before_it_is_refused(
    qtbot: QtBot, make_ctx: Callable[..., AppContext], f: Factory, problems: Problems,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    asked = always_yes(monkeypatch)
    customer = f.customer()
    order_id = f.delivered_order(customer, [(f.product(stock_qty=5), 1)])
    draft = invoicing.create_invoice(f.uow(), f.admin, [order_id])
    screen = ReceivablesScreen(make_ctx(Role.FINANCE))
    show(qtbot, screen)
    screen.tabs.setCurrentIndex(2)
    assert screen.period.state.text() == "No period is closed yet."
    until = TODAY - timedelta(days=3)
    screen.period.until.setDate(until)
    click(qtbot, screen.period, "closePeriodButton")
    assert problems == [] and len(asked) == 1
    assert periods.get_period_closed_until(f.uow()) == until
    assert "closed up to and including" in screen.period.state.text()
    with pytest.raises(InvalidStateError, match="books are closed"):
        invoicing.post_invoice(f.uow(), f.admin, draft, today=until)

    # Today cannot be closed: the service says so at the date field.
    screen.period.until.setDate(TODAY)
    click(qtbot, screen.period, "closePeriodButton")
    assert "Only days before today" in screen.period.errors.message("until")


def test_sales_sees_no_period_close_or_reminder_buttons_and_is_refused(
    qtbot: QtBot, make_ctx: Callable[..., AppContext], f: Factory, problems: Problems,
) -> None:
    customer = f.customer(name="Watched")
    f.posted_invoice(customer, [(f.product(stock_qty=5), 1)], today=TODAY - timedelta(days=50))
    sales = make_ctx(Role.SALES)
    screen = ReceivablesScreen(sales)
    show(qtbot, screen)
    screen.tabs.setCurrentIndex(2)
    assert not screen.period.form.isVisible()
    screen.tabs.setCurrentIndex(1)
    assert not screen.dunning.mail.isVisible() and not screen.dunning.print.isVisible()
    with pytest.raises(PermissionDeniedError):
        periods.close_period(f.uow(), sales.actor, TODAY - timedelta(days=1))
    with pytest.raises(PermissionDeniedError):
        reminders.send_reminder(f.uow(), sales.actor, customer, TODAY, by_mail=False)
