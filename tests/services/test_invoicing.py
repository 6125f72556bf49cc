"""Invoices from deliveries through the services, on every backend: drafts hold nothing,
posting numbers gaplessly and bumps the order lines, posted documents never change."""

from __future__ import annotations

import threading
import uuid
from datetime import date, timedelta
from decimal import Decimal

import pytest
from sqlalchemy import update

from app.models import Invoice, InvoiceLine, Payment, PaymentAllocation
from app.models.enums import DocState, OrderState, PaymentMethod, Role
from app.services import (
    credit_notes,
    invoice_queries,
    invoicing,
    order_queries,
    payments,
    receivables,
)
from app.services.errors import InvalidStateError, PermissionDeniedError, ValidationError
from app.services.immutability import PostedDocumentError
from tests.factories import Factory

D = Decimal


def _order_lines(f: Factory, order_id: uuid.UUID):  # type: ignore[no-untyped-def]
    return order_queries.get_order(f.uow(), order_id).lines


def test_two_deliveries_of_one_customer_are_invoiced_together_and_posted(f: Factory) -> None:
    customer = f.customer()
    cheap = f.product(price="19.99", stock_qty=10)  # 3 x 19.99 = 59.97, tax 2.9985 -> 3.00
    dear = f.product(price="250.00", stock_qty=10, tax_rate="0")
    first = f.delivered_order(customer, [(cheap, 3)])
    second = f.delivered_order(customer, [(dear, 2)])

    invoice_id = invoicing.create_invoice(f.uow(), f.admin, [first, second], freight=D("120"))
    draft = invoice_queries.get_invoice(f.uow(), invoice_id)
    assert (draft.row.number, draft.row.state) == (None, DocState.DRAFT)
    assert [(x.quantity, x.net, x.tax) for x in draft.lines] == [
        (D(3), D("59.97"), D("3.00")), (D(2), D("500.00"), D("0.00"))]
    assert (draft.subtotal, draft.tax_total, draft.freight) == (D("559.97"), D("3.00"), D(120))
    assert draft.row.total == D("682.97")
    assert set(draft.order_ids) == {first, second}
    # A draft holds nothing: the orders are still only delivered.
    assert _order_lines(f, first)[0].qty_invoiced == 0
    assert order_queries.get_order(f.uow(), first).state is OrderState.DELIVERED

    issued = date.today() - timedelta(days=2)
    assert invoicing.post_invoice(f.uow(), f.admin, invoice_id, today=issued) == "HQ-INV-000001"
    posted = invoice_queries.get_invoice(f.uow(), invoice_id)
    assert (posted.row.state, posted.row.issue_date) == (DocState.POSTED, issued)
    assert posted.row.due_date == issued + timedelta(days=30)  # the orders' credit days
    assert posted.open_amount == D("682.97")
    for order_id in (first, second):
        detail = order_queries.get_order(f.uow(), order_id)
        assert detail.state is OrderState.INVOICED
        assert all(x.qty_invoiced == x.qty_delivered for x in detail.lines)
    assert receivables.customer_balance(f.uow(), customer).balance == D("682.97")


def test_posted_invoices_are_numbered_gaplessly_and_drafts_take_no_number(f: Factory) -> None:
    customer = f.customer()
    dropped = invoicing.create_invoice(f.uow(), f.admin, [f.delivered_order(customer)])
    kept = invoicing.create_invoice(f.uow(), f.admin, [f.delivered_order(customer)])
    invoicing.delete_draft_invoice(f.uow(), f.admin, dropped)
    assert invoicing.post_invoice(f.uow(), f.admin, kept) == "HQ-INV-000001"
    later = invoicing.create_invoice(f.uow(), f.admin, [f.delivered_order(customer)])
    assert invoicing.post_invoice(f.uow(), f.admin, later) == "HQ-INV-000002"
    numbers = [r.number for r in invoice_queries.list_invoices(f.uow(), customer_id=customer)]
    assert numbers == ["HQ-INV-000002", "HQ-INV-000001"]


def test_orders_of_two_customers_are_never_invoiced_together(f: Factory) -> None:
    mine, theirs = f.delivered_order(), f.delivered_order()
    with pytest.raises(ValidationError, match="different customers") as refused:
        invoicing.create_invoice(f.uow(), f.admin, [mine, theirs])
    assert refused.value.field == "orders"
    assert invoice_queries.list_invoices(f.uow()) == []


def test_an_order_with_nothing_delivered_has_nothing_to_invoice(f: Factory) -> None:
    with pytest.raises(InvalidStateError, match="waiting for an invoice"):
        invoicing.create_invoice(f.uow(), f.admin, [f.allocated_order()])


def test_a_second_draft_for_the_same_delivery_is_refused_at_posting(f: Factory) -> None:
    order_id = f.delivered_order()
    first = invoicing.create_invoice(f.uow(), f.admin, [order_id])
    second = invoicing.create_invoice(f.uow(), f.admin, [order_id])  # drafts hold nothing
    invoicing.post_invoice(f.uow(), f.admin, first)

    with pytest.raises(InvalidStateError, match="another invoice was posted"):
        invoicing.post_invoice(f.uow(), f.admin, second)
    assert invoice_queries.get_invoice(f.uow(), second).row.number is None
    assert _order_lines(f, order_id)[0].qty_invoiced == D(2)
    invoicing.delete_draft_invoice(f.uow(), f.admin, second)
    # The refused post took no number: the series goes on without a gap.
    assert invoicing.post_invoice(
        f.uow(), f.admin, invoicing.create_invoice(f.uow(), f.admin, [f.delivered_order()])
    ) == "HQ-INV-000002"


def test_a_draft_loses_a_line_lowers_a_quantity_and_changes_freight_but_never_grows(
    f: Factory,
) -> None:
    widget, gadget = f.product(stock_qty=10), f.product(price="40.00", stock_qty=10)
    order_id = f.delivered_order(lines=[(widget, 3), (gadget, 1)])
    invoice_id = invoicing.create_invoice(f.uow(), f.admin, [order_id])
    lines = invoice_queries.get_invoice(f.uow(), invoice_id).lines

    with pytest.raises(ValidationError, match="can only go down"):
        invoicing.update_draft_invoice(f.uow(), f.admin, invoice_id,
                                       quantities={lines[0].id: D(4)})
    with pytest.raises(ValidationError, match="at least one line"):
        invoicing.update_draft_invoice(f.uow(), f.admin, invoice_id,
                                       remove_lines=[x.id for x in lines])
    invoicing.update_draft_invoice(f.uow(), f.admin, invoice_id, freight=D("50"),
                                   remove_lines=[lines[1].id], quantities={lines[0].id: D(2)})
    draft = invoice_queries.get_invoice(f.uow(), invoice_id)
    assert [(x.line_no, x.quantity, x.total) for x in draft.lines] == [(1, D(2), D("210.00"))]
    assert draft.row.total == D("260.00")

    invoicing.post_invoice(f.uow(), f.admin, invoice_id)
    assert [x.qty_invoiced for x in _order_lines(f, order_id)] == [D(2), D(0)]
    assert order_queries.get_order(f.uow(), order_id).state is OrderState.DELIVERED
    rest = invoicing.create_invoice(f.uow(), f.admin, [order_id])
    assert [x.quantity for x in invoice_queries.get_invoice(f.uow(), rest).lines] == [D(1), D(1)]
    invoicing.post_invoice(f.uow(), f.admin, rest)
    assert order_queries.get_order(f.uow(), order_id).state is OrderState.INVOICED


def test_a_posted_invoice_cannot_be_changed_the_guard_raises_and_nothing_is_saved(
    f: Factory,
) -> None:
    invoice_id = f.posted_invoice(freight="30")
    before = invoice_queries.get_invoice(f.uow(), invoice_id)

    def attempt(change) -> None:  # type: ignore[no-untyped-def]
        with pytest.raises(PostedDocumentError, match="HQ-INV-000001 is posted"), f.uow() as u:
            change(u.session, u.session.get(Invoice, invoice_id))
            u.commit()

    attempt(lambda s, inv: setattr(inv, "customer_name", "Someone else"))
    attempt(lambda s, inv: setattr(inv.lines[0], "quantity", D(1)))
    attempt(lambda s, inv: s.delete(inv.lines[0]))
    attempt(lambda s, inv: inv.lines.pop())
    attempt(lambda s, inv: s.delete(inv))
    attempt(lambda s, inv: inv.lines.append(InvoiceLine(
        line_no=9, description="extra", quantity=D(1), unit_price=D(1), net=D(1), tax=D(0),
        total=D(1))))
    with pytest.raises(PostedDocumentError, match="never in bulk"), f.uow() as u:
        u.session.execute(update(Invoice).where(Invoice.id == invoice_id).values(freight=D(0)))
    with pytest.raises(InvalidStateError, match="is posted"):
        invoicing.update_draft_invoice(f.uow(), f.admin, invoice_id, freight=D(0))
    with pytest.raises(InvalidStateError, match="is posted"):
        invoicing.delete_draft_invoice(f.uow(), f.admin, invoice_id)
    with pytest.raises(InvalidStateError, match="already"):
        invoicing.post_invoice(f.uow(), f.admin, invoice_id)
    assert invoice_queries.get_invoice(f.uow(), invoice_id) == before


def test_a_recorded_payment_and_its_allocations_cannot_be_changed(f: Factory) -> None:
    invoice_id = f.posted_invoice()
    customer = invoice_queries.get_invoice(f.uow(), invoice_id).row.customer_id
    payment_id = payments.record_payment(f.uow(), f.admin, customer, D("100"),
                                         PaymentMethod.CASH, date.today(),
                                         allocations=[(invoice_id, D("60"))])
    before = payments.get_payment(f.uow(), payment_id)

    def attempt(change) -> None:  # type: ignore[no-untyped-def]
        with pytest.raises(PostedDocumentError, match="HQ-PAY-000001 is posted"), f.uow() as u:
            change(u.session, u.session.get(Payment, payment_id))
            u.commit()

    attempt(lambda s, pay: setattr(pay, "amount", D("1000")))
    attempt(lambda s, pay: setattr(pay.allocations[0], "amount", D("10")))
    attempt(lambda s, pay: s.delete(pay.allocations[0]))
    attempt(lambda s, pay: pay.allocations.clear())
    with pytest.raises(PostedDocumentError, match="never in bulk"), f.uow() as u:
        u.session.execute(update(PaymentAllocation).values(amount=D(1)))
    assert payments.get_payment(f.uow(), payment_id) == before


def test_a_reissue_credits_the_whole_invoice_and_opens_a_linked_draft_copy(f: Factory) -> None:
    customer = f.customer()
    issued = date.today() - timedelta(days=10)
    original = f.posted_invoice(customer, freight="80", today=issued)
    order_id = invoice_queries.get_invoice(f.uow(), original).order_ids[0]

    reissue = invoicing.reissue_invoice(f.uow(), f.admin, original, "wrong billing address")
    note = invoice_queries.get_credit_note(f.uow(), reissue.credit_note_id)
    assert (note.row.number, note.row.invoice_id) == ("HQ-CN-000001", original)
    assert note.row.total == D("290.00") and note.freight == D(80)  # 2 x 105 + 80
    assert receivables.customer_balance(f.uow(), customer).balance == 0
    copy = invoice_queries.get_invoice(f.uow(), reissue.invoice_id)
    assert (copy.row.state, copy.reissue_of_id, copy.row.total) == (
        DocState.DRAFT, original, D("290.00"))
    assert invoice_queries.get_invoice(f.uow(), original).reissued_as == (reissue.invoice_id,)
    with pytest.raises(InvalidStateError, match="credited in full"):
        invoicing.reissue_invoice(f.uow(), f.admin, original, "again")

    invoicing.update_draft_invoice(f.uow(), f.admin, reissue.invoice_id, freight=D(40))
    assert invoicing.post_invoice(f.uow(), f.admin, reissue.invoice_id) == "HQ-INV-000002"
    posted = invoice_queries.get_invoice(f.uow(), reissue.invoice_id)
    assert posted.row.due_date == date.today() + timedelta(days=30)  # the original's terms
    assert receivables.customer_balance(f.uow(), customer).balance == D("250.00")
    # The order was invoiced once, by the original; the copy bills the same delivery anew.
    assert _order_lines(f, order_id)[0].qty_invoiced == D(2)
    assert order_queries.get_order(f.uow(), order_id).state is OrderState.INVOICED


def test_a_partly_paid_invoice_is_corrected_by_a_credit_note_not_a_reissue(f: Factory) -> None:
    invoice_id = f.posted_invoice()
    customer = invoice_queries.get_invoice(f.uow(), invoice_id).row.customer_id
    payments.record_payment(f.uow(), f.admin, customer, D(10), PaymentMethod.CASH,
                            date.today(), allocations=[(invoice_id, D(10))])
    with pytest.raises(InvalidStateError, match="partly paid"):
        invoicing.reissue_invoice(f.uow(), f.admin, invoice_id, "price")
    assert invoice_queries.list_credit_notes_for_invoice(f.uow(), invoice_id) == []


def test_a_sales_user_cannot_invoice_post_or_credit_and_a_manager_cannot_post(
    f: Factory,
) -> None:
    sales, manager = f.actor(Role.SALES), f.actor(Role.MANAGER)
    order_id = f.delivered_order()
    with pytest.raises(PermissionDeniedError):
        invoicing.create_invoice(f.uow(), sales, [order_id])
    draft = invoicing.create_invoice(f.uow(), manager, [order_id])
    for actor in (sales, manager):
        with pytest.raises(PermissionDeniedError):
            invoicing.post_invoice(f.uow(), actor, draft)
    invoicing.post_invoice(f.uow(), f.actor(Role.FINANCE), draft)
    line = invoice_queries.get_invoice(f.uow(), draft).lines[0].id
    with pytest.raises(PermissionDeniedError):
        credit_notes.create_credit_note(f.uow(), sales, draft, [(line, D(1))], "broken")
    with pytest.raises(PermissionDeniedError):
        invoicing.reissue_invoice(f.uow(), sales, draft, "wrong")
    note = credit_notes.create_credit_note(f.uow(), manager, draft, [(line, D(1))], "broken")
    with pytest.raises(PermissionDeniedError):
        credit_notes.post_credit_note(f.uow(), sales, note)
    assert invoice_queries.get_credit_note(f.uow(), note).row.state is DocState.DRAFT


def test_two_stations_posting_drafts_for_the_same_delivery_at_once_invoice_it_once(
    f: Factory,
) -> None:
    order_id = f.delivered_order()
    drafts = [invoicing.create_invoice(f.uow(), f.admin, [order_id]) for _ in range(2)]
    barrier = threading.Barrier(2)
    outcomes: list[str] = []

    def station(invoice_id: uuid.UUID) -> None:
        barrier.wait()
        try:
            outcomes.append(invoicing.post_invoice(f.uow(), f.admin, invoice_id))
        except InvalidStateError:
            outcomes.append("refused")

    threads = [threading.Thread(target=station, args=(d,)) for d in drafts]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    assert sorted(outcomes) == ["HQ-INV-000001", "refused"]
    assert _order_lines(f, order_id)[0].qty_invoiced == D(2)
