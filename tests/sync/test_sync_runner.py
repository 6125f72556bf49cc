"""A branch's sync as the background worker runs it: offline is recorded, not raised, and the
status bar's figures follow; a conflict decided at head office comes down to the branch."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from app.models import Customer
from app.services.database import make_engine
from app.services.sync_apply import CUSTOMER_EDITED
from app.services.sync_conflicts import Decision, list_open_conflicts, resolve_conflict
from app.services.sync_runner import OFFLINE_MESSAGE, stored_error, sync_now
from app.services.sync_up import sync_status
from app.services.unit_of_work import make_uow_factory
from tests.conftest import PG_URL
from tests.sync.sites import Sites, three_sites
from tests.sync.test_sync_up import _edit_phone

pytestmark = pytest.mark.skipif(not PG_URL, reason="ORDERDESK_TEST_PG_URL is not set")


@pytest.fixture
def sites(tmp_path: Path):  # type: ignore[no-untyped-def]
    with three_sites(tmp_path) as s:
        yield s


def test_offline_is_shown_with_the_work_waiting_and_cleared_by_the_next_sync(
        sites: Sites) -> None:
    br1, hq = sites.branches["BR1"], sites.hq
    br1.f.confirmed_order(sites.customer, [(sites.products[0], 2)])
    unreachable = make_engine("postgresql+psycopg://nobody@127.0.0.1:1/orderdesk",
                              connect_args={"connect_timeout": 2})
    try:
        report = sync_now(br1.uow, make_uow_factory(unreachable))
    finally:
        unreachable.dispose()
    assert not report.online and report.error == OFFLINE_MESSAGE
    status = sync_status(br1.uow)
    assert not status.online and status.waiting > 0 and status.last_synced_at is None
    problem = stored_error(status.last_error)  # kept as a template: the desk translates it
    assert problem is not None and problem.template == OFFLINE_MESSAGE

    report = sync_now(br1.uow, hq.uow)
    assert report.online and report.error == ""
    assert report.up is not None and report.up.batches_applied == 1
    status = sync_status(br1.uow)
    assert status.online and status.waiting == 0 and status.last_synced_at is not None
    assert status.last_error == "" and status.open_conflicts == 0


def test_head_office_s_decision_on_a_customer_comes_down(sites: Sites) -> None:
    br1, hq = sites.branches["BR1"], sites.hq
    shared = sites.customer
    assert shared is not None
    _edit_phone(hq, shared, "+886 2 1111 1111")
    _edit_phone(br1, shared, "+886 2 2222 2222")
    sync_now(br1.uow, hq.uow)
    # While head office reviews the branch's proposal, the branch shows head office's version.
    with br1.engine.connect() as conn:
        assert conn.scalar(select(Customer.phone).where(Customer.id == shared)) \
            == "+886 2 1111 1111"
    manager = hq.f.admin
    [conflict] = list_open_conflicts(hq.uow(write=False), manager)
    assert conflict.reason == CUSTOMER_EDITED
    resolve_conflict(hq.uow(), manager, conflict.id, Decision.TAKE_BRANCH)
    report = sync_now(br1.uow, hq.uow)
    assert report.down is not None and report.down.applied
    with br1.engine.connect() as conn:
        assert conn.scalar(select(Customer.phone).where(Customer.id == shared)) \
            == "+886 2 2222 2222"
    assert sync_status(br1.uow).open_conflicts == 0
