"""Payments through the services, on every backend: partial payments, several invoices at
once, overpayments kept as customer credit and applied later, never more than is open."""

from __future__ import annotations

import uuid
from datetime import date, timedelta
from decimal import Decimal

import pytest

from app.models.enums import PaymentMethod, Role
from app.services import invoice_queries, payments, receivables
from app.services.errors import PermissionDeniedError, UserFacingError, ValidationError
from tests.factories import Factory

D = Decimal
M = PaymentMethod
TODAY = date.today()


def _customer_of(f: Factory, invoice_id: uuid.UUID) -> uuid.UUID:
    return invoice_queries.get_invoice(f.uow(), invoice_id).row.customer_id


def _open(f: Factory, invoice_id: uuid.UUID) -> Decimal:
    return invoice_queries.get_invoice(f.uow(), invoice_id).open_amount


def test_partial_payments_by_two_methods_settle_an_invoice(f: Factory) -> None:
    invoice_id = f.posted_invoice(lines=[(f.product(stock_qty=10), 5)])  # 5 x 105.00
    customer = _customer_of(f, invoice_id)
    finance = f.actor(Role.FINANCE)
    first = payments.record_payment(f.uow(), finance, customer, D("200"), M.BANK_TRANSFER,
                                    TODAY - timedelta(days=1), "TX-8812",
                                    allocations=[(invoice_id, D("200"))])
    assert _open(f, invoice_id) == D("325.00")
    assert [x.number for x in receivables.open_invoices(f.uow(), customer)] == ["HQ-INV-000001"]
    second = payments.record_payment(f.uow(), finance, customer, D("325"), M.CARD, TODAY,
                                     allocations=[(invoice_id, D("325"))])

    rows = payments.list_payments(f.uow(), customer_id=customer)
    assert [(r.number, r.method, r.amount, r.unallocated) for r in rows] == [
        ("HQ-PAY-000002", M.CARD, D("325.00"), 0), ("HQ-PAY-000001", M.BANK_TRANSFER,
                                                    D("200.00"), 0)]
    assert payments.get_payment(f.uow(), first).row.reference == "TX-8812"
    assert [a.invoice_number for a in payments.get_payment(f.uow(), second).allocations] == [
        "HQ-INV-000001"]
    assert receivables.open_invoices(f.uow(), customer) == []
    assert receivables.customer_balance(f.uow(), customer).balance == 0


def test_one_payment_is_spread_over_several_invoices(f: Factory) -> None:
    customer = f.customer()
    older, newer = f.posted_invoice(customer), f.posted_invoice(customer, freight="15")
    payment_id = payments.record_payment(f.uow(), f.admin, customer, D("300"), M.CHEQUE, TODAY,
                                         allocations=[(older, D("210")), (newer, D("90"))])
    assert (_open(f, older), _open(f, newer)) == (D("0.00"), D("135.00"))
    detail = payments.get_payment(f.uow(), payment_id)
    assert sorted((a.invoice_number, a.amount) for a in detail.allocations) == [
        ("HQ-INV-000001", D("210.00")), ("HQ-INV-000002", D("90.00"))]
    assert detail.row.unallocated == 0


def test_an_overpayment_becomes_credit_that_is_applied_to_a_later_invoice(f: Factory) -> None:
    customer = f.customer()
    first = f.posted_invoice(customer)  # 210.00
    payment_id = payments.record_payment(f.uow(), f.admin, customer, D("300"), M.CASH, TODAY,
                                         allocations=[(first, D("210"))])
    balance = receivables.customer_balance(f.uow(), customer)
    assert (balance.balance, balance.unallocated) == (D("-90.00"), D("90.00"))

    second = f.posted_invoice(customer)
    with pytest.raises(ValidationError, match=r"only 90\.00 left"):
        payments.allocate_credit(f.uow(), f.admin, payment_id, second, D("100"))
    payments.allocate_credit(f.uow(), f.admin, payment_id, second, D("90"))
    assert _open(f, second) == D("120.00")
    assert payments.get_payment(f.uow(), payment_id).row.unallocated == 0
    balance = receivables.customer_balance(f.uow(), customer)
    assert (balance.balance, balance.unallocated) == (D("120.00"), D("0.00"))
    with pytest.raises(ValidationError, match=r"only 0\.00 left"):
        payments.allocate_credit(f.uow(), f.admin, payment_id, second, D("1"))


def test_an_allocation_above_the_open_amount_is_refused_and_nothing_is_recorded(
    f: Factory,
) -> None:
    invoice_id = f.posted_invoice()
    customer = _customer_of(f, invoice_id)
    with pytest.raises(ValidationError, match=r"Only 210\.00 is open"):
        payments.record_payment(f.uow(), f.admin, customer, D("500"), M.CASH, TODAY,
                                allocations=[(invoice_id, D("210.01"))])
    assert payments.list_payments(f.uow(), customer_id=customer) == []
    # The refused payment took no number.
    payment_id = payments.record_payment(f.uow(), f.admin, customer, D("5"), M.CASH, TODAY)
    assert payments.get_payment(f.uow(), payment_id).row.number == "HQ-PAY-000001"
    payments.allocate_credit(f.uow(), f.admin, payment_id, invoice_id, D("5"))
    credit = payments.record_payment(f.uow(), f.admin, customer, D("300"), M.CASH, TODAY)
    with pytest.raises(ValidationError, match=r"Only 205\.00 is open"):
        payments.allocate_credit(f.uow(), f.admin, credit, invoice_id, D("205.01"))
    assert _open(f, invoice_id) == D("205.00")
    assert payments.get_payment(f.uow(), credit).row.unallocated == D("300.00")


def test_a_payment_must_add_up_and_go_to_the_customers_own_posted_invoices(
    f: Factory,
) -> None:
    from app.services import invoicing

    invoice_id = f.posted_invoice()
    customer = _customer_of(f, invoice_id)
    other = f.posted_invoice()
    draft = invoicing.create_invoice(f.uow(), f.admin, [f.delivered_order(customer)])
    cases = [
        (D("100"), [(invoice_id, D("60")), (other, D("10"))], "another customer's"),
        (D("50"), [(invoice_id, D("60"))], "add up to more than the 50"),
        (D("100"), [(draft, D("10"))], "post the draft first"),
        (D("100"), [(invoice_id, D("10")), (invoice_id, D("10"))], "each invoice once"),
        (D("0"), [], "above zero"),
        (D("10.005"), [], "more decimals"),
    ]
    for amount, allocations, message in cases:
        with pytest.raises(UserFacingError, match=message):
            payments.record_payment(f.uow(), f.admin, customer, amount, M.CASH, TODAY,
                                    allocations=allocations)
    with pytest.raises(ValidationError, match="future"):
        payments.record_payment(f.uow(), f.admin, customer, D(1), M.CASH,
                                TODAY + timedelta(days=1))
    assert payments.list_payments(f.uow()) == []


def test_only_finance_records_payments(f: Factory) -> None:
    invoice_id = f.posted_invoice()
    customer = _customer_of(f, invoice_id)
    for role in (Role.SALES, Role.MANAGER, Role.WAREHOUSE):
        with pytest.raises(PermissionDeniedError):
            payments.record_payment(f.uow(), f.actor(role), customer, D(10), M.CASH, TODAY)
    payment_id = payments.record_payment(f.uow(), f.actor(Role.FINANCE), customer, D(10),
                                         M.CASH, TODAY)
    with pytest.raises(PermissionDeniedError):
        payments.allocate_credit(f.uow(), f.actor(Role.SALES), payment_id, invoice_id, D(10))
    assert _open(f, invoice_id) == D("210.00")
