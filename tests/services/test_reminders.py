"""Reminder levels and finance mails through the services, on every backend: the levels count
up within one dunning round with the day each went out, mails are queued with their PDF once,
and roles without the permission are refused."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

import pytest

from app.models import MailState
from app.models.enums import DocState, PaymentMethod, Role
from app.services import (
    finance_mail,
    invoice_queries,
    invoicing,
    outbox,
    payments,
    reminders,
)
from app.services.errors import InvalidStateError, PermissionDeniedError
from tests.factories import Factory

TODAY = date.today()


def test_reminder_levels_count_up_with_their_dates_and_stop_after_the_final(f: Factory) -> None:
    customer = f.customer(name="Late Payer Ltd")
    # Terms are 30 days: issued 45 days ago, 15 days overdue.
    invoice_id = f.posted_invoice(customer, [(f.product(stock_qty=5), 1)],
                                  today=TODAY - timedelta(days=45))
    number = invoice_queries.get_invoice(f.uow(), invoice_id).row.number
    row = next(r for r in reminders.dunning_list(f.uow(), TODAY) if r.customer_id == customer)
    assert (row.level, row.next_level, row.days_overdue, row.overdue, row.next_on) == (
        0, 1, 15, Decimal("105.00"), TODAY - timedelta(days=14))

    days = [TODAY - timedelta(days=14), TODAY - timedelta(days=7), TODAY]
    sent = reminders.send_reminder(f.uow(), f.admin, customer, days[0], by_mail=True)
    with pytest.raises(InvalidStateError, match="give them until"):  # 7 days to pay first
        reminders.send_reminder(f.uow(), f.admin, customer, days[1] - timedelta(days=1),
                                by_mail=False)
    assert (sent.level, sent.invoices, sent.mailed_to.endswith("@example.com")) == (
        1, (number,), True)
    reminders.send_reminder(f.uow(), f.admin, customer, days[1], by_mail=False)
    reminders.send_reminder(f.uow(), f.admin, customer, days[2], by_mail=True)

    history = reminders.reminder_history(f.uow(), customer)
    assert [(r.level, r.sent_on) for r in history] == list(zip((1, 2, 3), days, strict=True))
    assert history[1].mailed_to == ""  # printed, not mailed
    row = next(r for r in reminders.dunning_list(f.uow(), TODAY) if r.customer_id == customer)
    assert (row.level, row.last_sent_on, row.next_level) == (3, TODAY, None)
    with pytest.raises(InvalidStateError, match="final notice"):
        reminders.send_reminder(f.uow(), f.admin, customer, TODAY, by_mail=False)
    mails = [m for m in outbox.list_outbox(f.uow()) if m.to_address == sent.mailed_to]
    assert {"Final notice", "Payment reminder"} <= {m.subject for m in mails}
    assert not any(m.subject == "Second reminder" for m in mails)


def test_a_paid_account_starts_a_new_round_and_nothing_overdue_is_refused(f: Factory) -> None:
    customer = f.customer()
    product = f.product(stock_qty=5)
    old = f.posted_invoice(customer, [(product, 1)], today=TODAY - timedelta(days=60))
    reminders.send_reminder(f.uow(), f.admin, customer, TODAY - timedelta(days=20),
                            by_mail=False)
    payments.record_payment(f.uow(), f.admin, customer, Decimal("105.00"),
                            PaymentMethod.BANK_TRANSFER, TODAY,
                            allocations=[(old, Decimal("105.00"))])
    with pytest.raises(InvalidStateError, match="nothing overdue"):
        reminders.send_reminder(f.uow(), f.admin, customer, TODAY, by_mail=False)
    # A newer invoice falls due after that reminder: its round starts again at level 1.
    f.posted_invoice(customer, [(product, 1)], today=TODAY - timedelta(days=35))
    row = next(r for r in reminders.dunning_list(f.uow(), TODAY) if r.customer_id == customer)
    assert (row.level, row.next_level, row.last_sent_on) == (0, 1, None)


def test_invoice_and_payment_mails_are_queued_once_with_their_pdf(f: Factory) -> None:
    customer = f.customer(name="Mail Me Co")
    invoice_id = f.posted_invoice(customer, [(f.product(stock_qty=5), 2)])
    preview = finance_mail.invoice_mail(f.uow(), invoice_id)
    number = invoice_queries.get_invoice(f.uow(), invoice_id).row.number
    assert preview.subject == f"Invoice {number}" and "210.00" in preview.text
    assert preview.attachment_name == f"{number}.pdf"
    first = finance_mail.queue_invoice_mail(f.uow(), f.admin, invoice_id)
    assert finance_mail.queue_invoice_mail(f.uow(), f.admin, invoice_id) == first
    mail = outbox.get_mail(f.uow(), first)
    assert (mail.to_address, mail.state) == (preview.to, MailState.QUEUED)

    payment_id = payments.record_payment(f.uow(), f.admin, customer, Decimal("210.00"),
                                         PaymentMethod.CARD, TODAY,
                                         allocations=[(invoice_id, Decimal("210.00"))])
    queued = finance_mail.queue_payment_confirmation(f.uow(), f.admin, payment_id)
    assert outbox.get_mail(f.uow(), queued).subject.startswith("Payment received")


def test_a_draft_is_not_mailed_and_sales_may_not_mail_or_remind(f: Factory) -> None:
    customer = f.customer()
    order_id = f.delivered_order(customer, [(f.product(stock_qty=5), 1)])
    draft = invoicing.create_invoice(f.uow(), f.admin, [order_id])
    assert invoice_queries.get_invoice(f.uow(), draft).row.state is DocState.DRAFT
    with pytest.raises(InvalidStateError, match="Post the invoice"):
        finance_mail.queue_invoice_mail(f.uow(), f.admin, draft)
    sales = f.actor(Role.SALES)
    with pytest.raises(PermissionDeniedError):
        finance_mail.queue_invoice_mail(f.uow(), sales, draft)
    with pytest.raises(PermissionDeniedError):
        reminders.send_reminder(f.uow(), sales, customer, TODAY, by_mail=False)


def test_the_worklist_groups_delivered_orders_and_flags_drafts(f: Factory) -> None:
    customer = f.customer(name="AAA Worklist Buyer")
    product = f.product(price="33.33", stock_qty=20)
    first = f.delivered_order(customer, [(product, 3)])
    second = f.delivered_order(customer, [(product, 1)])
    rows = {r.order_id: r for r in invoice_queries.to_invoice(f.uow())}
    assert (rows[first].total, rows[second].total) == (Decimal("104.99"), Decimal("35.00"))
    assert rows[first].in_draft is None
    draft = invoicing.create_invoice(f.uow(), f.admin, [first, second])
    rows = {r.order_id: r for r in invoice_queries.to_invoice(f.uow())}
    assert rows[first].in_draft == rows[second].in_draft is not None
    invoicing.post_invoice(f.uow(), f.admin, draft)
    assert {first, second}.isdisjoint(r.order_id for r in invoice_queries.to_invoice(f.uow()))


def test_balances_of_all_customers_match_each_customer_balance(f: Factory) -> None:
    from app.services import receivables

    product = f.product(price="19.99", stock_qty=50)
    owing, in_credit, quiet = f.customer(), f.customer(), f.customer()
    f.posted_invoice(owing, [(product, 3)])
    paid = f.posted_invoice(in_credit, [(product, 1)])
    payments.record_payment(f.uow(), f.admin, in_credit, Decimal("50.00"), PaymentMethod.CASH,
                            TODAY, allocations=[(paid, Decimal("20.99"))])
    rows = {r.customer_id: r.balance for r in receivables.customer_balances(f.uow())}
    assert quiet not in rows
    for customer in (owing, in_credit):
        assert rows[customer] == receivables.customer_balance(f.uow(), customer)
    assert (rows[owing].balance, rows[in_credit].balance) == (Decimal("62.97"),
                                                              Decimal("-29.01"))


def test_a_level_sent_meanwhile_by_another_station_is_not_sent_again(
    f: Factory, monkeypatch: pytest.MonkeyPatch,
) -> None:
    customer = f.customer()
    f.posted_invoice(customer, [(f.product(stock_qty=5), 1)], today=TODAY - timedelta(days=45))
    stale = reminders.dunning_list(f.uow(), TODAY)  # what this station read before sending
    reminders.send_reminder(f.uow(), f.admin, customer, TODAY, by_mail=False)  # the other one
    monkeypatch.setattr(reminders, "dunning_list", lambda _uow, _day: stale)
    with pytest.raises(InvalidStateError, match="just sent"):
        reminders.send_reminder(f.uow(), f.admin, customer, TODAY, by_mail=False)
    assert [r.level for r in reminders.reminder_history(f.uow(), customer)] == [1]
