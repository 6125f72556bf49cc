"""A complaint's history and who it can be given to, on every backend."""

from __future__ import annotations

from app.models.enums import ComplaintCategory, DamageResolution, Role
from app.services import complaint_queries, complaints
from tests.factories import Factory


def test_history_names_who_did_what_and_only_resolvers_are_offered(f: Factory) -> None:
    customer = f.customer()
    sales, service = f.actor(Role.SALES), f.actor(Role.SERVICE)
    f.actor(Role.WAREHOUSE)
    complaint = complaints.record_complaint(f.uow(), sales, customer, ComplaintCategory.DELIVERY,
                                            "Late")
    complaints.assign_complaint(f.uow(), service, complaint, service.user_id)
    complaints.resolve_complaint(f.uow(), service, complaint, DamageResolution.NONE,
                                 "Apologised", "Carrier strike")
    complaints.close_complaint(f.uow(), service, complaint)
    complaints.reopen_complaint(f.uow(), sales, complaint, "Still angry")

    history = complaint_queries.complaint_history(f.uow(), complaint)
    assert [h.action for h in history] == ["record", "assign", "resolve", "close", "reopen"]
    assert history[0].user_name == sales.username.title()
    assert ("to", service.username.title()) in history[1].detail
    assert ("reason", "Still angry") in history[4].detail
    assert (history[4].from_state, history[4].to_state) == ("closed", "assigned")

    roles = {a.role for a in complaint_queries.complaint_assignees(f.uow(), sales)}
    assert roles == {"service", "admin"}
