"""Receivables through the services, on every backend: aging buckets by days past due, the
overdue list, open invoices per customer, and the period close that refuses back-dated posts."""

from __future__ import annotations

import uuid
from datetime import date, timedelta
from decimal import Decimal

import pytest

from app.models.enums import PaymentMethod, Role
from app.services import credit_notes, invoice_queries, invoicing, payments, periods, receivables
from app.services.errors import InvalidStateError, PermissionDeniedError, ValidationError
from tests.factories import Factory

D = Decimal
TODAY = date.today()


def _invoice_one_unit(f: Factory, order_id: uuid.UUID, issued: date) -> uuid.UUID:
    """Invoices one more delivered unit of the order (105.00 with tax), issued `issued`."""
    invoice_id = invoicing.create_invoice(f.uow(), f.admin, [order_id])
    line = invoice_queries.get_invoice(f.uow(), invoice_id).lines[0]
    if line.quantity > 1:
        invoicing.update_draft_invoice(f.uow(), f.admin, invoice_id, quantities={line.id: D(1)})
    invoicing.post_invoice(f.uow(), f.admin, invoice_id, today=issued)
    return invoice_id


def test_aging_puts_back_dated_invoices_in_the_right_bucket(f: Factory) -> None:
    as_of = TODAY - timedelta(days=1)
    customer = f.customer(name="Aaron Trading")
    order_id = f.delivered_order(customer, [(f.product(stock_qty=20), 10)])
    # Credit terms are 30 days, so an invoice issued 30 + d days ago is d days past due.
    by_days_past_due = {d: _invoice_one_unit(f, order_id, as_of - timedelta(days=30 + d))
                        for d in (0, 1, 30, 31, 60, 61, 90, 91)}
    _invoice_one_unit(f, order_id, as_of - timedelta(days=5))  # due in 25 days
    _invoice_one_unit(f, order_id, TODAY)  # issued after the report's day: left out
    payments.record_payment(f.uow(), f.admin, customer, D(5), PaymentMethod.CASH, TODAY,
                            allocations=[(by_days_past_due[91], D(5))])
    other = f.customer(name="Zeta Supplies")
    f.posted_invoice(other, today=as_of - timedelta(days=45))  # 15 days past due, 210.00

    report = receivables.aging(f.uow(), as_of)
    assert [(r.customer_id, r.current, r.days_1_30, r.days_31_60, r.days_61_90, r.over_90)
            for r in report.rows] == [
        (customer, D("210.00"), D("210.00"), D("210.00"), D("210.00"), D("100.00")),
        (other, D(0), D("210.00"), D(0), D(0), D(0))]
    assert report.rows[0].total == D("940.00")
    assert (report.totals.days_1_30, report.totals.total) == (D("420.00"), D("1150.00"))

    overdue = receivables.overdue_list(f.uow(), as_of)
    assert [(x.customer_id, x.days_overdue(as_of)) for x in overdue] == [
        (customer, 91), (customer, 90), (customer, 61), (customer, 60), (customer, 31),
        (customer, 30), (other, 15), (customer, 1)]
    assert overdue[0].open_amount == D("100.00")
    assert len(receivables.open_invoices(f.uow(), customer)) == 10
    assert [x.customer_id for x in receivables.open_invoices(f.uow(), other)] == [other]


def test_settled_invoices_leave_the_open_and_overdue_lists(f: Factory) -> None:
    customer = f.customer()
    paid = f.posted_invoice(customer, today=TODAY - timedelta(days=60))
    credited = f.posted_invoice(customer, today=TODAY - timedelta(days=60))
    payments.record_payment(f.uow(), f.admin, customer, D("210"), PaymentMethod.CARD, TODAY,
                            allocations=[(paid, D("210"))])
    invoicing.reissue_invoice(f.uow(), f.admin, credited, "wrong customer")  # credited in full
    assert receivables.open_invoices(f.uow(), customer) == []
    assert receivables.overdue_list(f.uow(), TODAY) == []
    assert receivables.aging(f.uow(), TODAY).rows == ()
    balance = receivables.customer_balance(f.uow(), customer)
    assert (balance.invoiced, balance.credited, balance.paid, balance.balance) == (
        D("420.00"), D("210.00"), D("210.00"), D(0))


def test_nothing_dated_in_a_closed_period_is_posted(f: Factory) -> None:
    finance = f.actor(Role.FINANCE)
    closed = TODAY - timedelta(days=10)
    customer = f.customer()
    posted = f.posted_invoice(customer, today=closed - timedelta(days=1))
    periods.close_period(f.uow(), finance, closed)
    assert periods.get_period_closed_until(f.uow()) == closed

    draft = invoicing.create_invoice(f.uow(), f.admin, [f.delivered_order(customer)])
    with pytest.raises(InvalidStateError, match="closed up to"):
        invoicing.post_invoice(f.uow(), finance, draft, today=closed)
    assert invoice_queries.get_invoice(f.uow(), draft).row.number is None
    line = invoice_queries.get_invoice(f.uow(), posted).lines[0].id
    note = credit_notes.create_credit_note(f.uow(), finance, posted, [(line, D(1))], "broken")
    with pytest.raises(InvalidStateError, match="credit note dated"):
        credit_notes.post_credit_note(f.uow(), finance, note, today=closed)
    with pytest.raises(InvalidStateError, match="payment dated"):
        payments.record_payment(f.uow(), finance, customer, D(10), PaymentMethod.CASH, closed)
    with pytest.raises(InvalidStateError, match="reopen"):
        invoicing.reissue_invoice(f.uow(), finance, posted, "typo", today=closed)

    next_day = closed + timedelta(days=1)
    assert invoicing.post_invoice(f.uow(), finance, draft, today=next_day) == "HQ-INV-000002"
    assert credit_notes.post_credit_note(f.uow(), finance, note, today=next_day) == (
        "HQ-CN-000001")
    payments.record_payment(f.uow(), finance, customer, D(10), PaymentMethod.CASH, next_day)


def test_a_closed_period_only_moves_forward_unless_a_manager_reopens_it(f: Factory) -> None:
    finance, manager = f.actor(Role.FINANCE), f.actor(Role.MANAGER)
    with pytest.raises(PermissionDeniedError):
        periods.close_period(f.uow(), f.actor(Role.SALES), TODAY - timedelta(days=40))
    with pytest.raises(ValidationError, match="before today"):
        periods.close_period(f.uow(), finance, TODAY)
    periods.close_period(f.uow(), finance, TODAY - timedelta(days=30))
    with pytest.raises(InvalidStateError, match="already closed"):
        periods.close_period(f.uow(), finance, TODAY - timedelta(days=40))
    with pytest.raises(PermissionDeniedError):
        periods.reopen_period(f.uow(), finance, None, "audit adjustment")
    with pytest.raises(ValidationError, match="Say why"):
        periods.reopen_period(f.uow(), manager, None, " ")
    periods.reopen_period(f.uow(), manager, TODAY - timedelta(days=40), "late supplier credit")
    assert periods.get_period_closed_until(f.uow()) == TODAY - timedelta(days=40)
    periods.reopen_period(f.uow(), manager, None, "year-end review")
    assert periods.get_period_closed_until(f.uow()) is None
    f.posted_invoice(today=TODAY - timedelta(days=50))
