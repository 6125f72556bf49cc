"""Hypothesis drives random sequences of payments, credit notes and credit allocations against
two posted invoices; after every step the customer's balance must equal the sum of its
documents (and the aging report and the statement must agree with them), and no open amount or
unallocated credit may go negative.

A small model predicts which payments and allocations must be accepted; whatever is refused
must be refused with a UserFacingError and leave every figure as it was."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from hypothesis import given, settings
from hypothesis import strategies as st

from app.models.enums import DocState, PaymentMethod
from app.services import credit_notes, invoice_queries, payments, receivables
from app.services.documents import builders_finance
from app.services.errors import UserFacingError
from tests.factories import Factory

ZERO = Decimal(0)
CENTS = st.integers(min_value=1, max_value=40_000).map(lambda c: Decimal(c).scaleb(-2))
INVOICE = st.integers(min_value=0, max_value=1)

PAY = st.tuples(st.just("pay"), CENTS, st.sampled_from(list(PaymentMethod)),
                st.lists(st.tuples(INVOICE, CENTS), max_size=2, unique_by=lambda a: a[0]))
CREDIT = st.tuples(st.just("credit"), INVOICE, st.integers(min_value=0, max_value=3),
                   st.integers(min_value=0, max_value=2_000).map(lambda c: Decimal(c).scaleb(-2)))
ALLOCATE = st.tuples(st.just("allocate"), st.integers(min_value=0, max_value=3), INVOICE, CENTS)
STEPS = st.lists(st.one_of(PAY, CREDIT, ALLOCATE), min_size=1, max_size=7)


@dataclass
class Model:
    """What the books should say, kept by hand alongside the services."""

    invoices: list[uuid.UUID]
    open: list[Decimal]
    payments: list[uuid.UUID] = field(default_factory=list)
    unallocated: list[Decimal] = field(default_factory=list)


def _snapshot(f: Factory, customer: uuid.UUID) -> tuple[object, ...]:
    return (receivables.customer_balance(f.uow(), customer),
            tuple(invoice_queries.get_invoice(f.uow(), i).open_amount
                  for i in (x.id for x in invoice_queries.list_invoices(
                      f.uow(), customer_id=customer))),
            tuple(payments.list_payments(f.uow(), customer_id=customer)))


def _check_books(f: Factory, customer: uuid.UUID, model: Model) -> None:
    balance = receivables.customer_balance(f.uow(), customer)
    invoices = invoice_queries.list_invoices(f.uow(), customer_id=customer,
                                             state=DocState.POSTED)
    notes = [n for n in invoice_queries.list_credit_notes_for_customer(f.uow(), customer)
             if n.state is DocState.POSTED]
    paid = payments.list_payments(f.uow(), customer_id=customer)
    assert balance.invoiced == sum((i.total for i in invoices), ZERO)
    assert balance.credited == sum((n.total for n in notes), ZERO)
    assert balance.paid == sum((p.amount for p in paid), ZERO)
    assert balance.unallocated == sum((p.unallocated for p in paid), ZERO)
    assert all(p.unallocated >= 0 for p in paid)

    opens = []
    for invoice_id, expected in zip(model.invoices, model.open, strict=True):
        detail = invoice_queries.get_invoice(f.uow(), invoice_id)
        assert detail.open_amount == detail.row.total - detail.credited - detail.paid
        assert detail.open_amount == expected >= 0
        opens.append(detail.open_amount)
    assert balance.balance == sum(opens, ZERO) - balance.unallocated
    listed = {x.id: x.open_amount for x in receivables.open_invoices(f.uow(), customer)}
    assert listed == {i: o for i, o in zip(model.invoices, opens, strict=True) if o > 0}
    assert [p.unallocated for p in sorted(paid, key=lambda p: p.number)] == model.unallocated
    # The aging report and the statement the customer gets say the same as the documents.
    aged = [r for r in receivables.aging(f.uow(), date.today()).rows if r.customer_id == customer]
    assert (aged[0].total if aged else ZERO) == sum(opens, ZERO)
    statement = builders_finance.account(f.uow(), customer, date.today())
    assert statement.balance == balance.balance
    assert sum((item.open_amount for item in statement.items), ZERO) == sum(opens, ZERO)


def _pay(f: Factory, customer: uuid.UUID, model: Model, step: tuple) -> bool:  # type: ignore[type-arg]
    _, amount, method, parts = step
    allocations = [(model.invoices[i], part) for i, part in parts]
    valid = (sum((p for _, p in parts), ZERO) <= amount
             and all(part <= model.open[i] for i, part in parts))
    try:
        payment_id = payments.record_payment(f.uow(), f.admin, customer, amount, method,
                                             date.today(), allocations=allocations)
    except UserFacingError:
        assert not valid, f"a valid payment was refused: {step}"
        return False
    assert valid, f"an invalid payment was accepted: {step}"
    for i, part in parts:
        model.open[i] -= part
    model.payments.append(payment_id)
    model.unallocated.append(amount - sum((p for _, p in parts), ZERO))
    return True


def _allocate(f: Factory, model: Model, step: tuple) -> bool:  # type: ignore[type-arg]
    _, p, i, amount = step
    if p >= len(model.payments):
        return False
    valid = amount <= model.unallocated[p] and amount <= model.open[i]
    try:
        payments.allocate_credit(f.uow(), f.admin, model.payments[p], model.invoices[i], amount)
    except UserFacingError:
        assert not valid, f"a valid allocation was refused: {step}"
        return False
    assert valid, f"an invalid allocation was accepted: {step}"
    model.open[i] -= amount
    model.unallocated[p] -= amount
    return True


def _credit(f: Factory, model: Model, step: tuple) -> bool:  # type: ignore[type-arg]
    _, i, qty, freight = step
    invoice = invoice_queries.get_invoice(f.uow(), model.invoices[i])
    line = invoice.lines[0]
    notes = invoice_queries.list_credit_notes_for_invoice(f.uow(), invoice.row.id)
    freight_left = invoice.freight - sum(
        (invoice_queries.get_credit_note(f.uow(), n.id).freight for n in notes), ZERO)
    too_much = qty > line.quantity - line.qty_credited or freight > freight_left
    requests = [(line.id, Decimal(qty))] if qty else []
    try:
        note = credit_notes.create_credit_note(f.uow(), f.admin, invoice.row.id, requests,
                                               "random", freight=freight)
        credit_notes.post_credit_note(f.uow(), f.admin, note)
    except UserFacingError as refused:
        # Refused for a reason: too much, nothing at all, or more than is still open.
        assert too_much or (qty == 0 and freight == 0) or "still open" in refused.message, (
            f"a valid credit was refused: {step}: {refused.message}")
        return False
    assert not too_much, f"an excessive credit was accepted: {step}"
    model.open[i] -= invoice_queries.get_credit_note(f.uow(), note).row.total
    return True


def test_random_payments_credits_and_allocations_keep_the_books_consistent(
    f: Factory,
) -> None:
    widget = f.product(price="33.33", stock_qty=1000)  # odd cents: rounding per line shows
    gadget = f.product(price="19.99", stock_qty=1000, tax_rate="0.1")

    @settings(max_examples=25, deadline=None, database=None)
    @given(steps=STEPS)
    def run(steps: list[tuple]) -> None:  # type: ignore[type-arg]
        customer = f.customer()
        invoices = [f.posted_invoice(customer, [(widget, 3)], freight="15"),
                    f.posted_invoice(customer, [(gadget, 2)])]
        model = Model(invoices, [invoice_queries.get_invoice(f.uow(), i).row.total
                                 for i in invoices])
        _check_books(f, customer, model)
        for step in steps:
            before = _snapshot(f, customer)
            handler = {"pay": lambda s: _pay(f, customer, model, s),
                       "credit": lambda s: _credit(f, model, s),
                       "allocate": lambda s: _allocate(f, model, s)}[step[0]]
            accepted = handler(step)
            _check_books(f, customer, model)
            if not accepted:  # a refused action changes nothing at all
                assert _snapshot(f, customer) == before

    run()
