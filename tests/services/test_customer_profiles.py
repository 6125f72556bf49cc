"""Customer profile reads (masked per role) and edits, through the services on every backend."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

import pytest

from app.models.enums import ComplaintCategory, CustomerTier, PaymentCondition, PaymentMethod, Role
from app.services import complaints, customer_edits, customer_queries
from app.services.customer_edits import AddressInput, ContactInput, CustomerChanges
from app.services.customer_privacy import MASK
from app.services.errors import ConflictError, PermissionDeniedError, ValidationError
from tests.factories import Factory

PHONE = "+886 2 2345 6789"  # what Factory.customer gives every customer


def test_a_warehouse_actor_never_receives_the_full_phone(f: Factory) -> None:
    customer = f.customer(name="Lin Hardware")
    customer_edits.save_contact(f.uow(), f.admin, customer, ContactInput(
        "Mr Chen", "0912-345-678", "chen@example.com"))
    customer_edits.save_address(f.uow(), f.admin, customer, AddressInput(
        "billing", "9 Finance Street", is_billing=True))
    warehouse = f.actor(Role.WAREHOUSE)

    profile = customer_queries.customer_profile(f.uow(), warehouse, customer)
    assert profile.masked
    assert profile.name == "Lin Hardware"
    assert profile.phone == "••••6789"
    assert profile.email == MASK
    assert profile.credit is None
    assert {c.name for c in profile.contacts} == {"Ms Lin", "Mr Chen"}
    assert {c.phone for c in profile.contacts} == {"••••6789", "••••5678"}
    assert {c.email for c in profile.contacts} == {MASK}
    # The parcel still needs the delivery address; the billing address is not theirs to see.
    assert profile.delivery_address.endswith("Test Road, Taipei")
    billing = next(a for a in profile.addresses if a.is_billing and not a.is_default_delivery)
    assert billing.address == MASK
    rows = customer_queries.customer_window(f.uow(), warehouse, "Lin")
    assert [r.phone for r in rows] == ["••••6789"]
    with pytest.raises(PermissionDeniedError):
        customer_queries.customer_invoices(f.uow(), warehouse, customer)
    everything = repr(profile) + repr(rows)
    assert "2345" not in everything and "0912" not in everything


def test_office_roles_see_everything_and_the_credit_figures(f: Factory) -> None:
    customer = f.customer(credit_limit="50000")
    f.confirmed_order(customer)
    for role in (Role.SALES, Role.SERVICE, Role.FINANCE, Role.MANAGER):
        profile = customer_queries.customer_profile(f.uow(), f.actor(role), customer)
        assert (profile.phone, profile.masked) == (PHONE, False)
        assert profile.credit is not None
        assert profile.credit.credit_limit == Decimal("50000")
        assert profile.credit.exposure > 0
        assert profile.credit.available == Decimal("50000") - profile.credit.exposure


def test_search_finds_by_name_code_and_phone_digits_but_not_phone_for_warehouse(
    f: Factory,
) -> None:
    customer = f.customer(name="Chen Bakery 陳")
    code = customer_queries.customer_profile(f.uow(), f.admin, customer).code
    sales = f.actor(Role.SALES)
    for text in ("bakery", "陳", code.lower(), "2345 6789", "23456789"):
        assert [r.id for r in customer_queries.customer_window(f.uow(), sales, text)] == [
            customer], text
    assert customer_queries.count_customers(f.uow(), sales, "23456789") == 1
    warehouse = f.actor(Role.WAREHOUSE)
    assert customer_queries.customer_window(f.uow(), warehouse, "23456789") == []
    assert customer_queries.count_customers(f.uow(), warehouse, "bakery") == 1


def test_the_window_pages_through_customers_by_name(f: Factory) -> None:
    ids = [f.customer(name=f"Paged {n:02d}") for n in range(5)]
    sales = f.actor(Role.SALES)
    first = customer_queries.customer_window(f.uow(), sales, "Paged", 0, 3)
    rest = customer_queries.customer_window(f.uow(), sales, "Paged", 3, 3)
    assert [r.id for r in first + rest] == ids


def _changes(**overrides: object) -> CustomerChanges:
    base = CustomerChanges(name="Renamed Ltd", phone="+886 3 1111 2222", email="new@example.com",
                           tier=CustomerTier.A, payment_condition=PaymentCondition.CREDIT,
                           payment_method=PaymentMethod.BANK_TRANSFER, credit_days=30,
                           preferences="Deliver before noon")
    return replace(base, **overrides)  # type: ignore[arg-type]


def test_edit_checks_fields_version_and_the_credit_permission(f: Factory) -> None:
    customer = f.customer()
    sales, finance = f.actor(Role.SALES), f.actor(Role.FINANCE)
    version = customer_queries.customer_profile(f.uow(), sales, customer).version

    with pytest.raises(ValidationError) as bad:
        customer_edits.update_customer(f.uow(), sales, customer, _changes(phone="call me"),
                                       version)
    assert bad.value.field == "phone"
    customer_edits.update_customer(f.uow(), sales, customer, _changes(), version)
    profile = customer_queries.customer_profile(f.uow(), sales, customer)
    assert (profile.name, profile.tier, profile.preferences) == (
        "Renamed Ltd", CustomerTier.A, "Deliver before noon")
    with pytest.raises(ConflictError):
        customer_edits.update_customer(f.uow(), sales, customer, _changes(), version)

    # Sales may edit the data but not the credit limit or terms.
    with pytest.raises(PermissionDeniedError):
        customer_edits.update_customer(f.uow(), sales, customer,
                                       _changes(credit_limit=Decimal("999999")), profile.version)
    with pytest.raises(PermissionDeniedError):
        customer_edits.update_customer(f.uow(), sales, customer, _changes(credit_days=60),
                                       profile.version)
    customer_edits.update_customer(f.uow(), finance, customer,
                                   _changes(credit_limit=Decimal("80000")), profile.version)
    credit = customer_queries.customer_profile(f.uow(), finance, customer).credit
    assert credit is not None and credit.credit_limit == Decimal("80000")
    with pytest.raises(PermissionDeniedError):
        customer_edits.update_customer(f.uow(), f.actor(Role.WAREHOUSE), customer, _changes(),
                                       profile.version + 1)


def test_contacts_and_addresses_keep_one_primary_and_one_default(f: Factory) -> None:
    customer = f.customer()
    sales = f.actor(Role.SALES)
    with pytest.raises(ValidationError) as bad:
        customer_edits.save_contact(f.uow(), sales, customer, ContactInput("", "0912"))
    assert bad.value.field == "contact_name"
    chen = customer_edits.save_contact(f.uow(), sales, customer, ContactInput(
        "Mr Chen", "0912 345 678", is_primary=True))
    contacts = customer_queries.customer_profile(f.uow(), sales, customer).contacts
    assert [(c.name, c.is_primary) for c in contacts] == [("Mr Chen", True), ("Ms Lin", False)]
    customer_edits.save_contact(f.uow(), sales, customer, ContactInput(
        "Mr Chen Wei", "0912 345 678", "wei@example.com"), chen)
    contacts = customer_queries.customer_profile(f.uow(), sales, customer).contacts
    assert ("Mr Chen Wei", "wei@example.com") in [(c.name, c.email) for c in contacts]

    site = customer_edits.save_address(f.uow(), sales, customer, AddressInput(
        "site 2", "5 Harbour Road, Keelung", is_default_delivery=True))
    profile = customer_queries.customer_profile(f.uow(), sales, customer)
    assert profile.delivery_address == "5 Harbour Road, Keelung"
    assert sum(a.is_default_delivery for a in profile.addresses) == 1
    assert next(a for a in profile.addresses if a.id == site).label == "site 2"
    with pytest.raises(ValidationError):
        customer_edits.save_address(f.uow(), sales, customer, AddressInput("x", " "))


def test_order_invoice_and_complaint_history_per_customer(f: Factory) -> None:
    customer, other = f.customer(), f.customer()
    order = f.confirmed_order(customer)
    f.confirmed_order(other)
    invoice = f.posted_invoice(customer)
    complaints.record_complaint(f.uow(), f.admin, customer, ComplaintCategory.QUALITY, "Scratch")
    complaints.record_complaint(f.uow(), f.admin, other, ComplaintCategory.QUALITY, "Dent")
    finance = f.actor(Role.FINANCE)

    orders = customer_queries.customer_orders(f.uow(), finance, customer)
    assert order in [o.id for o in orders] and len(orders) == 2  # posted_invoice made one
    invoices = customer_queries.customer_invoices(f.uow(), finance, customer)
    assert [i.id for i in invoices] == [invoice]
    assert invoices[0].open_amount == invoices[0].total > 0
    listed = complaints.list_complaints(f.uow(), customer_id=customer)
    assert [c.customer_id for c in listed] == [customer]
