"""The conflict review's services: both versions, the differing fields, and a decision."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from app.models import AuditEntry, Customer
from app.models.enums import Role
from app.services import customers
from app.services.errors import InvalidStateError, PermissionDeniedError
from app.services.integrity import check_database
from app.services.sync_apply import CONFIRMED_DURING_HOLD, CUSTOMER_EDITED
from app.services.sync_conflicts import (
    Decision,
    get_conflict,
    list_open_conflicts,
    resolve_conflict,
)
from app.services.sync_up import sync_up
from tests.conftest import PG_URL
from tests.sync.sites import Sites, three_sites
from tests.sync.test_sync_up import _edit_phone

pytestmark = pytest.mark.skipif(not PG_URL, reason="ORDERDESK_TEST_PG_URL is not set")


@pytest.fixture
def sites(tmp_path: Path):  # type: ignore[no-untyped-def]
    with three_sites(tmp_path) as s:
        yield s


def test_a_customer_edited_at_both_ends_is_decided_by_a_person(sites: Sites) -> None:
    br1, hq = sites.branches["BR1"], sites.hq
    shared = sites.customer
    assert shared is not None
    _edit_phone(hq, shared, "+886 2 1111 1111")
    _edit_phone(br1, shared, "+886 2 2222 2222")
    c = customers.get_customer(hq.uow(write=False), shared)
    customers.set_credit(hq.uow(), hq.f.admin, shared, credit_limit=c.credit_limit,
                         credit_hold=True, expected_version=c.version)
    held = br1.f.confirmed_order(shared, [(sites.products[0], 1)])
    sync_up(br1.uow, hq.uow)

    manager = hq.f.actor(Role.MANAGER)
    rows = list_open_conflicts(hq.uow(write=False), manager)
    assert {(r.reason, r.entity_id) for r in rows} == {(CUSTOMER_EDITED, shared),
                                                       (CONFIRMED_DURING_HOLD, held)}
    warehouse = hq.f.actor(Role.WAREHOUSE)
    assert list_open_conflicts(hq.uow(write=False), warehouse) == []  # not theirs to decide
    edited = next(r for r in rows if r.reason == CUSTOMER_EDITED)
    with pytest.raises(PermissionDeniedError):
        get_conflict(hq.uow(write=False), warehouse, edited.id)

    detail = get_conflict(hq.uow(write=False), manager, edited.id)
    phone = [d for d in detail.differences if d.field == "phone"]
    assert [(d.table, d.head_office, d.branch) for d in phone] == [
        ("customers", "+886 2 1111 1111", "+886 2 2222 2222")]
    assert all(d.field != "credit_hold" or d.branch == "False" for d in detail.differences)
    with pytest.raises(InvalidStateError):  # an order is decided on the order itself
        hold = next(r for r in rows if r.reason == CONFIRMED_DURING_HOLD)
        resolve_conflict(hq.uow(), manager, hold.id, Decision.TAKE_BRANCH)

    resolve_conflict(hq.uow(), manager, edited.id, Decision.TAKE_BRANCH, "branch is right")
    with hq.engine.connect() as conn:
        phone_now, on_hold = conn.execute(select(Customer.phone, Customer.credit_hold)
                                          .where(Customer.id == shared)).one()
        trail = conn.scalar(select(AuditEntry.detail).where(
            AuditEntry.entity == "customer", AuditEntry.entity_id == shared,
            AuditEntry.detail.like("%sync from BR1%")))
    assert phone_now == "+886 2 2222 2222"
    assert on_hold  # credit status is head office's: never taken from a branch
    assert trail is not None
    with pytest.raises(InvalidStateError):
        resolve_conflict(hq.uow(), manager, edited.id, Decision.KEEP_HEAD_OFFICE)
    resolve_conflict(hq.uow(), manager, hold.id, Decision.ACKNOWLEDGED, "order kept")
    assert list_open_conflicts(hq.uow(write=False), manager) == []
    assert check_database(hq.engine) == []
