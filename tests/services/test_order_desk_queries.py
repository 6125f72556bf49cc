"""Read services behind order entry and confirmation: availability, credit standing, review
lines, the queued confirmation mail, and the diff of an amendment."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

from app.models.enums import Channel, PaymentCondition, ShortDecision
from app.services import allocation, confirmation, customers, order_queries, orders
from app.services.availability import StockStatus, check_availability
from app.services.credit_standing import credit_standing
from app.services.order_review import confirmation_mail, review_lines
from app.services.order_revisions import ChangeKind, last_amendment
from app.services.production import create_production_order

D = Decimal


def test_availability_in_stock_partly_out_with_expected_date(uow, f):  # type: ignore[no-untyped-def]
    plenty, some = f.product(stock_qty=10), f.product(stock_qty=3)
    component = f.product(stock_qty=50)
    made = f.made_product([(component, 1)])
    due = date.today() + timedelta(days=12)
    create_production_order(uow(), f.admin, made, D(5), due_date=due)
    a, b, c = check_availability(uow(write=False), [(plenty, D(4)), (some, D(5)), (made, D(2))])
    assert (a.status, a.available) == (StockStatus.IN_STOCK, D(10))
    assert (b.status, b.available, b.short) == (StockStatus.PARTLY, D(3), D(2))
    assert (c.status, c.expected_qty, c.expected_date) == (StockStatus.OUT, D(5), due)
    f.allocated_order(lines=[(plenty, 8)])  # held stock is not free any more
    (a,) = check_availability(uow(write=False), [(plenty, D(4))])
    assert (a.status, a.available) == (StockStatus.PARTLY, D(2))


def test_credit_standing_limit_hold_flag_and_overdue(uow, f):  # type: ignore[no-untyped-def]
    customer = f.customer(credit_limit="1000")
    ok = credit_standing(uow(write=False), customer, adding=D("500"))
    assert not ok.held and ok.exposure == D("500")
    over = credit_standing(uow(write=False), customer, adding=D("1500"))
    assert over.over_limit and over.held
    prepaid = f.customer(credit_limit="0", condition=PaymentCondition.PREPAYMENT)
    assert not credit_standing(uow(write=False), prepaid, adding=D("900")).held
    detail = customers.get_customer(uow(write=False), customer)
    customers.set_credit(uow(), f.admin, customer, credit_limit=D("1000"), credit_hold=True,
                         expected_version=detail.version)
    assert credit_standing(uow(write=False), customer).on_hold


def test_overdue_past_the_allowed_days_holds(uow, f):  # type: ignore[no-untyped-def]
    late = f.customer(credit_limit="100000")
    f.posted_invoice(late, [(f.product(stock_qty=5), 1)], today=date.today() - timedelta(days=90))
    standing = credit_standing(uow(write=False), late)
    assert standing.held and standing.overdue_count == 1 and standing.oldest_overdue_days == 60
    recent = f.customer(credit_limit="100000")
    f.posted_invoice(recent, [(f.product(stock_qty=5), 1)], today=date.today() - timedelta(days=40))
    assert not credit_standing(uow(write=False), recent).held  # 10 days late: within 30


def test_review_lines_and_confirmation_mail(uow, f):  # type: ignore[no-untyped-def]
    full, short = f.product(stock_qty=10), f.product(stock_qty=1)
    order_id = f.order(lines=[(full, 2), (short, 4)])
    assert confirmation_mail(uow(write=False), order_id) is None
    one, two = review_lines(uow(write=False), order_id)
    assert (one.status, two.status, two.short) == (StockStatus.IN_STOCK, StockStatus.PARTLY, D(3))
    confirmation.confirm_order(uow(), f.admin, order_id)
    allocation.resolve_short_line(uow(), f.admin, two.line_id, ShortDecision.BACKORDER)
    assert review_lines(uow(write=False), order_id)[1].short_decision is ShortDecision.BACKORDER
    mail = confirmation_mail(uow(write=False), order_id)
    number = order_queries.get_order(uow(write=False), order_id).number
    assert mail is not None and mail.subject.endswith(number)
    assert mail.attachment_name == f"{number}.pdf" and mail.to_address.startswith("buyer")


def test_amendment_diff_lists_header_and_line_changes(uow, f):  # type: ignore[no-untyped-def]
    keep, drop, new = f.product(stock_qty=10), f.product(stock_qty=10), f.product(stock_qty=10)
    order_id = f.confirmed_order(lines=[(keep, 2), (drop, 1)])
    assert last_amendment(uow(write=False), order_id) is None
    detail = order_queries.get_order(uow(write=False), order_id)
    first = detail.lines[0]
    orders.amend_order(uow(), f.admin, order_id, orders.OrderInput(
        customer_id=detail.customer_id, channel=Channel.PHONE,
        delivery_address="9 New Street, Taichung", lines=(
            orders.LineInput(keep, D(5), first.unit_price, D(0), line_id=first.id),
            orders.LineInput(new, D(1)))),
        expected_version=detail.version, reason="customer called")
    diff = last_amendment(uow(write=False), order_id)
    assert diff is not None and diff.reason == "customer called" and diff.revision == 0
    kinds = {(c.kind, c.field, c.line_no) for c in diff.changes}
    assert (ChangeKind.HEADER, "delivery_address", None) in kinds
    assert (ChangeKind.LINE_CHANGED, "quantity", 1) in kinds
    assert (ChangeKind.LINE_REMOVED, "", 2) in kinds
    assert (ChangeKind.LINE_ADDED, "", 3) in kinds
    qty = next(c for c in diff.changes if c.field == "quantity")
    assert D(qty.before) == 2 and D(qty.after) == 5


def test_order_keeps_its_freight(uow, f):  # type: ignore[no-untyped-def]
    order_id = orders.create_order(uow(), f.admin, orders.OrderInput(
        customer_id=f.customer(), channel=Channel.PHONE, delivery_address="1 Road",
        lines=(orders.LineInput(f.product(), D(1)),), freight=D("150")))
    assert order_queries.get_order(uow(write=False), order_id).freight == D("150")
