"""The complaint register through the services, on every backend."""

from __future__ import annotations

import pytest

from app.models.enums import ComplaintCategory, ComplaintState, DamageResolution, Role
from app.services import complaints, order_queries
from app.services.errors import InvalidStateError, PermissionDeniedError, ValidationError
from tests.factories import Factory

C = ComplaintCategory
S = ComplaintState


def test_a_complaint_is_recorded_assigned_resolved_closed_and_reopened(f: Factory) -> None:
    customer = f.customer()
    order_id = f.confirmed_order(customer)
    line_id = order_queries.get_order(f.uow(), order_id).lines[0].id
    sales = f.actor(Role.SALES)
    service = f.actor(Role.SERVICE)

    complaint_id = complaints.record_complaint(
        f.uow(), sales, customer, C.QUALITY, "Two housings arrived cracked", order_line_id=line_id)
    detail = complaints.get_complaint(f.uow(), complaint_id)
    assert detail.row.number.startswith("HQ-CMP-")
    assert (detail.row.state, detail.order_id) == (S.OPEN, order_id)

    complaints.assign_complaint(f.uow(), f.admin, complaint_id, service.user_id)
    with pytest.raises(InvalidStateError, match="resolve it first"):
        complaints.close_complaint(f.uow(), service, complaint_id)
    complaints.resolve_complaint(f.uow(), service, complaint_id, DamageResolution.REPLACEMENT,
                                 "Sent two new housings", "Packed without corner protection")
    assert complaints.get_complaint(f.uow(), complaint_id).row.state is S.RESOLVED
    complaints.close_complaint(f.uow(), service, complaint_id)
    closed = complaints.get_complaint(f.uow(), complaint_id)
    assert closed.row.state is S.CLOSED
    assert closed.resolution is DamageResolution.REPLACEMENT
    assert closed.closed_at is not None

    complaints.reopen_complaint(f.uow(), sales, complaint_id, "Replacement cracked too")
    reopened = complaints.get_complaint(f.uow(), complaint_id)
    assert (reopened.row.state, reopened.assigned_to) == (S.ASSIGNED, service.user_id)
    assert reopened.resolution is DamageResolution.NONE
    assert [r.id for r in complaints.list_complaints(f.uow(), state=S.ASSIGNED)] == [
        complaint_id]


def test_lists_filter_by_state_and_category_and_counts_cover_every_category(
    f: Factory,
) -> None:
    customer = f.customer()
    late = complaints.record_complaint(f.uow(), f.admin, customer, C.DELIVERY, "Two days late")
    complaints.record_complaint(f.uow(), f.admin, customer, C.DELIVERY, "Wrong time window")
    rude = complaints.record_complaint(f.uow(), f.admin, customer, C.SERVICE, "Hung up on me")
    complaints.resolve_complaint(f.uow(), f.admin, rude, DamageResolution.NONE,
                                 "Apologised by phone", "New hire, not yet trained")

    assert len(complaints.list_complaints(f.uow(), category=C.DELIVERY)) == 2
    assert [r.id for r in complaints.list_complaints(f.uow(), state=S.RESOLVED)] == [rude]
    assert late in {r.id for r in complaints.list_complaints(f.uow(), S.OPEN, C.DELIVERY)}
    assert complaints.complaint_counts_by_category(f.uow()) == {
        C.QUALITY: 0, C.DELIVERY: 2, C.SERVICE: 1, C.INFORMATION: 0}


def test_a_complaint_must_describe_the_problem_and_refer_to_the_customers_own_order(
    f: Factory,
) -> None:
    customer = f.customer()
    other = f.customer()
    own_order = f.confirmed_order(customer)
    other_order = f.confirmed_order(other)
    other_line = order_queries.get_order(f.uow(), other_order).lines[0].id

    with pytest.raises(ValidationError) as empty:
        complaints.record_complaint(f.uow(), f.admin, customer, C.QUALITY, "   ")
    assert empty.value.field == "description"
    with pytest.raises(ValidationError, match="another customer"):
        complaints.record_complaint(f.uow(), f.admin, customer, C.QUALITY, "Broken",
                                    order_id=other_order)
    with pytest.raises(ValidationError, match="not on order"):
        complaints.record_complaint(f.uow(), f.admin, customer, C.QUALITY, "Broken",
                                    order_id=own_order, order_line_id=other_line)
    assert complaints.list_complaints(f.uow()) == []


def test_resolution_needs_a_note_and_root_cause_and_goes_to_someone_who_may_resolve(
    f: Factory,
) -> None:
    complaint_id = complaints.record_complaint(f.uow(), f.admin, f.customer(), C.INFORMATION,
                                               "The confirmation showed the wrong price")
    with pytest.raises(ValidationError, match="resolve complaints"):
        complaints.assign_complaint(f.uow(), f.admin, complaint_id,
                                    f.actor(Role.WAREHOUSE).user_id)
    with pytest.raises(ValidationError, match="root cause"):
        complaints.resolve_complaint(f.uow(), f.admin, complaint_id, DamageResolution.CREDIT,
                                     "Credit note issued", " ")
    with pytest.raises(InvalidStateError):
        complaints.reopen_complaint(f.uow(), f.admin, complaint_id, "still wrong")
    assert complaints.get_complaint(f.uow(), complaint_id).row.state is S.OPEN


def test_a_warehouse_user_cannot_record_complaints_and_sales_cannot_resolve_them(
    f: Factory,
) -> None:
    customer = f.customer()
    with pytest.raises(PermissionDeniedError):
        complaints.record_complaint(f.uow(), f.actor(Role.WAREHOUSE), customer, C.QUALITY,
                                    "Dented box")
    complaint_id = complaints.record_complaint(f.uow(), f.actor(Role.SALES), customer,
                                               C.QUALITY, "Dented box")
    with pytest.raises(PermissionDeniedError):
        complaints.resolve_complaint(f.uow(), f.actor(Role.SALES), complaint_id,
                                     DamageResolution.NONE, "ok", "transport")
    assert [r.id for r in complaints.list_complaints(f.uow())] == [complaint_id]
