"""Credit notes through the services, on every backend: after a complaint, never more than
invoiced, never more than still open, linked to invoice and complaint both ways."""

from __future__ import annotations

import uuid
from datetime import date
from decimal import Decimal

import pytest

from app.models.enums import ComplaintCategory, DocState, PaymentMethod, Role
from app.services import complaints, credit_notes, invoice_queries, payments, receivables
from app.services.errors import InvalidStateError, ValidationError
from tests.factories import Factory

D = Decimal


def _lines(f: Factory, invoice_id: uuid.UUID):  # type: ignore[no-untyped-def]
    return invoice_queries.get_invoice(f.uow(), invoice_id).lines


def _credit(f: Factory, invoice_id: uuid.UUID, line_id: uuid.UUID, qty: str, **kw) -> str:  # type: ignore[no-untyped-def]
    note = credit_notes.create_credit_note(f.uow(), f.admin, invoice_id, [(line_id, D(qty))],
                                           "damaged", **kw)
    return credit_notes.post_credit_note(f.uow(), f.admin, note)


def test_a_complaint_about_one_line_leads_to_a_credit_note_for_that_line(f: Factory) -> None:
    customer = f.customer()
    widget, gadget = f.product(stock_qty=10), f.product(price="40.00", stock_qty=10)
    invoice_id = f.posted_invoice(customer, [(widget, 3), (gadget, 2)])
    order_id = invoice_queries.get_invoice(f.uow(), invoice_id).order_ids[0]
    widget_line = _lines(f, invoice_id)[0]
    complaint_id = complaints.record_complaint(
        f.uow(), f.actor(Role.SERVICE), customer, ComplaintCategory.QUALITY,
        "One widget arrived cracked", order_line_id=widget_line.order_line_id)
    finance = f.actor(Role.FINANCE)

    note_id = credit_notes.create_credit_note(
        f.uow(), finance, invoice_id, [(widget_line.id, D(1))], "cracked housing",
        complaint_id=complaint_id)
    draft = invoice_queries.get_credit_note(f.uow(), note_id)
    assert (draft.row.number, draft.row.state, draft.row.total) == (None, DocState.DRAFT,
                                                                    D("105.00"))
    assert receivables.customer_balance(f.uow(), customer).credited == 0  # drafts count nothing
    assert credit_notes.post_credit_note(f.uow(), finance, note_id) == "HQ-CN-000001"

    by_invoice = invoice_queries.list_credit_notes_for_invoice(f.uow(), invoice_id)
    by_complaint = invoice_queries.list_credit_notes_for_complaint(f.uow(), complaint_id)
    assert by_invoice == by_complaint
    assert (by_invoice[0].complaint_number, by_invoice[0].invoice_number) == (
        complaints.get_complaint(f.uow(), complaint_id).row.number, "HQ-INV-000001")
    assert complaints.get_complaint(f.uow(), complaint_id).order_id == order_id
    posted = invoice_queries.get_credit_note(f.uow(), note_id)
    assert [(x.invoice_line_id, x.quantity) for x in posted.lines] == [(widget_line.id, D(1))]
    assert [x.qty_credited for x in _lines(f, invoice_id)] == [D(1), D(0)]
    balance = receivables.customer_balance(f.uow(), customer)
    assert (balance.invoiced, balance.credited, balance.balance) == (
        D("399.00"), D("105.00"), D("294.00"))


def test_credited_quantity_never_exceeds_what_was_invoiced(f: Factory) -> None:
    invoice_id = f.posted_invoice(lines=[(f.product(stock_qty=10), 3)])
    line = _lines(f, invoice_id)[0].id
    _credit(f, invoice_id, line, "2")
    with pytest.raises(ValidationError, match=r"only 1\.000 of the 3\.000"):
        credit_notes.create_credit_note(f.uow(), f.admin, invoice_id, [(line, D(2))], "more")
    # Drafts hold nothing, so two drafts may name the last unit; only one of them posts.
    first = credit_notes.create_credit_note(f.uow(), f.admin, invoice_id, [(line, D(1))], "a")
    second = credit_notes.create_credit_note(f.uow(), f.admin, invoice_id, [(line, D(1))], "b")
    credit_notes.post_credit_note(f.uow(), f.admin, first)
    with pytest.raises(ValidationError, match=r"only 0\.000"):
        credit_notes.post_credit_note(f.uow(), f.admin, second)
    assert invoice_queries.get_credit_note(f.uow(), second).row.state is DocState.DRAFT
    credit_notes.delete_draft_credit_note(f.uow(), f.admin, second)
    assert [n.number for n in invoice_queries.list_credit_notes_for_invoice(
        f.uow(), invoice_id)] == ["HQ-CN-000001", "HQ-CN-000002"]


def test_credits_in_pieces_add_up_to_exactly_the_invoiced_line(f: Factory) -> None:
    # 3 x 33.33 = 99.99, tax 4.9995 -> 5.00; one unit's tax 1.6665 -> 1.67, three make 5.01.
    invoice_id = f.posted_invoice(lines=[(f.product(price="33.33", stock_qty=5), 3)])
    line = _lines(f, invoice_id)[0]
    assert (line.net, line.tax) == (D("99.99"), D("5.00"))
    for _ in range(3):
        _credit(f, invoice_id, line.id, "1")
    notes = [invoice_queries.get_credit_note(f.uow(), n.id) for n in
             invoice_queries.list_credit_notes_for_invoice(f.uow(), invoice_id)]
    assert [n.tax_total for n in notes] == [D("1.67"), D("1.67"), D("1.66")]
    assert sum(n.row.total for n in notes) == line.total
    assert invoice_queries.get_invoice(f.uow(), invoice_id).open_amount == 0


def test_a_credit_cannot_exceed_what_is_still_open_on_the_invoice(f: Factory) -> None:
    customer = f.customer()
    invoice_id = f.posted_invoice(customer)  # 2 x 105.00
    line = _lines(f, invoice_id)[0].id
    draft = credit_notes.create_credit_note(f.uow(), f.admin, invoice_id, [(line, D(1))], "late")
    payments.record_payment(f.uow(), f.admin, customer, D("150"), PaymentMethod.CASH,
                            date.today(), allocations=[(invoice_id, D("150"))])
    with pytest.raises(InvalidStateError, match=r"credit of 105\.00 is more than the 60\.00"):
        credit_notes.post_credit_note(f.uow(), f.admin, draft)
    with pytest.raises(InvalidStateError, match="still open"):
        credit_notes.create_credit_note(f.uow(), f.admin, invoice_id, [(line, D(1))], "late")
    assert invoice_queries.get_credit_note(f.uow(), draft).row.number is None
    assert invoice_queries.get_invoice(f.uow(), invoice_id).open_amount == D("60.00")


def test_freight_is_credited_up_to_what_was_charged(f: Factory) -> None:
    invoice_id = f.posted_invoice(freight="80")
    note = credit_notes.create_credit_note(f.uow(), f.admin, invoice_id, [], "late delivery",
                                           freight=D("50"))
    credit_notes.post_credit_note(f.uow(), f.admin, note)
    with pytest.raises(ValidationError, match=r"Only 30\.00 of the freight"):
        credit_notes.create_credit_note(f.uow(), f.admin, invoice_id, [], "again",
                                        freight=D("40"))
    with pytest.raises(ValidationError, match="a line or the freight"):
        credit_notes.create_credit_note(f.uow(), f.admin, invoice_id, [], "nothing")
    assert invoice_queries.get_invoice(f.uow(), invoice_id).credited == D("50.00")


def test_only_a_posted_invoice_is_credited_for_a_complaint_of_the_same_customer(
    f: Factory,
) -> None:
    from app.services import invoicing

    draft = invoicing.create_invoice(f.uow(), f.admin, [f.delivered_order()])
    draft_line = _lines(f, draft)[0].id
    with pytest.raises(InvalidStateError, match="Only a posted invoice"):
        credit_notes.create_credit_note(f.uow(), f.admin, draft, [(draft_line, D(1))], "x")
    invoice_id = f.posted_invoice()
    stranger = complaints.record_complaint(f.uow(), f.admin, f.customer(),
                                           ComplaintCategory.SERVICE, "Rude driver")
    line = _lines(f, invoice_id)[0].id
    with pytest.raises(ValidationError, match="another customer's") as refused:
        credit_notes.create_credit_note(f.uow(), f.admin, invoice_id, [(line, D(1))], "x",
                                        complaint_id=stranger)
    assert refused.value.field == "complaint"
    with pytest.raises(ValidationError, match="Say why"):
        credit_notes.create_credit_note(f.uow(), f.admin, invoice_id, [(line, D(1))], "  ")
    with pytest.raises(ValidationError, match="not on invoice"):
        credit_notes.create_credit_note(f.uow(), f.admin, invoice_id, [(draft_line, D(1))], "x")
    assert invoice_queries.list_credit_notes_for_invoice(f.uow(), invoice_id) == []
