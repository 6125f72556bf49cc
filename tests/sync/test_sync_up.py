"""Up-sync of orders and customers: SQLite branches into a PostgreSQL head office."""

from __future__ import annotations

import os
import subprocess
import sys
import uuid
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import Engine, func, select, update

from app.models import Customer, Product, SalesOrder, SyncAppliedBatch
from app.models.enums import OrderState
from app.services import confirmation, customers
from app.services.customer_edits import CustomerChanges, update_customer
from app.services.integrity import check_database
from app.services.sync_apply import (
    CONFIRMED_DURING_HOLD,
    CUSTOMER_CODE_TAKEN,
    CUSTOMER_EDITED,
    PRODUCT_WITHDRAWN,
    BatchOutOfOrderError,
    apply_batch,
    open_conflicts,
)
from app.services.sync_batches import Batch, last_applied_seq, read_batch
from app.services.sync_rows import table
from app.services.sync_up import sync_status, sync_up
from tests.conftest import PG_URL
from tests.sync.sites import Site, Sites, line_count, orders_of, three_sites

pytestmark = pytest.mark.skipif(not PG_URL, reason="ORDERDESK_TEST_PG_URL is not set")
ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def sites(tmp_path: Path):  # type: ignore[no-untyped-def]
    with three_sites(tmp_path) as s:
        yield s


def _work(site: Site, sites: Sites, n: int) -> list[uuid.UUID]:
    """A new customer of the site's own, then n orders, all but the last confirmed."""
    own = site.f.customer()
    made = []
    for i in range(n):
        lines = [(sites.products[i % 3], i + 1), (sites.products[(i + 1) % 3], 2)]
        customer = own if i % 2 == 0 else sites.customer
        made.append(site.f.order(customer, lines) if i == n - 1
                    else site.f.confirmed_order(customer, lines))
    return made


def _digest(engine: Engine) -> dict[str, int]:
    with engine.connect() as conn:
        return {name: conn.scalar(select(func.count()).select_from(table(name))) or 0
                for name in ("customers", "customer_contacts", "customer_addresses",
                             "sales_orders", "sales_order_lines", "order_revisions",
                             "audit_log", "sync_applied_batches", "sync_changes",
                             "sync_conflicts")}


def test_two_branches_offline_in_parallel_arrive_once_each_without_number_collisions(
        sites: Sites) -> None:
    br1, br2, hq = sites.branches["BR1"], sites.branches["BR2"], sites.hq
    # Offline: the branches and head office work at the same time, each in its own series.
    for round_ in range(2):
        _work(br1, sites, 3)
        _work(br2, sites, 2 + round_)
        _work(hq, sites, 2)
    assert sync_status(br1.uow).waiting > 0
    expected = {**orders_of(br1.engine), **orders_of(br2.engine), **orders_of(hq.engine)}
    assert any(n.startswith("BR1-SO-000001") for n in expected)
    assert any(n.startswith("BR2-SO-000001") for n in expected)  # same counter, other series
    lines = line_count(br1.engine) + line_count(br2.engine) + line_count(hq.engine)

    r1 = sync_up(br1.uow, hq.uow)
    r2 = sync_up(br2.uow, hq.uow)
    assert r1.batches_applied == r2.batches_applied == 1
    assert r1.conflicts == r2.conflicts == 0

    assert orders_of(hq.engine) == expected  # every order once, with its total
    assert sum(orders_of(hq.engine).values()) == sum(expected.values())
    assert line_count(hq.engine) == lines
    with hq.engine.connect() as conn:
        assert conn.scalar(select(func.count()).select_from(Customer)) == 1 + 2 * 3  # own+new
    for site in (hq, br1, br2):
        assert check_database(site.engine) == [], site.code
    assert sync_status(br1.uow).waiting == sync_status(br2.uow).waiting == 0

    # Later work on orders head office already has: confirmed at the branch, synced again.
    with br1.engine.connect() as conn:
        draft = conn.scalar(select(SalesOrder.id).where(SalesOrder.state == OrderState.DRAFT))
    assert draft is not None
    confirmation.confirm_order(br1.uow(), br1.f.admin, draft)
    again = sync_up(br1.uow, hq.uow)
    assert again.batches_applied == 1 and again.aggregates == 1
    with hq.engine.connect() as conn:
        assert conn.scalar(select(SalesOrder.state).where(SalesOrder.id == draft)) \
            is OrderState.CONFIRMED
    assert orders_of(hq.engine) == {**expected, **orders_of(br1.engine)}
    assert check_database(hq.engine) == []
    assert sync_up(br1.uow, hq.uow).batches_applied == 0  # nothing waiting: nothing sent


def test_the_same_batch_applied_twice_changes_nothing(sites: Sites) -> None:
    br1, hq = sites.branches["BR1"], sites.hq
    _work(br1, sites, 3)
    with br1.uow(write=False) as b:
        batch = read_batch(b.session.connection(), "BR1", 0)
    assert batch is not None
    kinds = [a.entity for a in batch.aggregates]
    # A customer, three orders, and the branch's warehouse (made at the first confirmation).
    assert kinds == ["customers", "locations", "sales_orders", "sales_orders", "sales_orders"]
    first = apply_batch(hq.uow, batch)
    after_first = _digest(hq.engine)
    second = apply_batch(hq.uow, batch)
    assert first.applied and not second.applied
    assert _digest(hq.engine) == after_first
    assert after_first["sales_orders"] == 3
    # A batch that skips changes head office has not seen is refused, not applied.
    later = Batch("BR1", batch.last_seq + 5, batch.last_seq + 9, batch.aggregates)
    with pytest.raises(BatchOutOfOrderError):
        apply_batch(hq.uow, later)
    assert _digest(hq.engine) == after_first


_KILL_AFTER_FIRST_COMMIT = """
import os, sys
from app.services.database import make_engine
from app.services.unit_of_work import make_uow_factory
from app.services.sync_up import sync_up
branch = make_uow_factory(make_engine(sys.argv[1]))
hq = make_uow_factory(make_engine(sys.argv[2]))
# Head office has committed the batch; the process dies before the branch records it.
sync_up(branch, hq, after_apply=lambda batch, outcome: os._exit(9))
"""


def test_a_sync_killed_after_head_office_committed_is_completed_by_the_next_one(
        sites: Sites) -> None:
    br1, hq = sites.branches["BR1"], sites.hq
    _work(br1, sites, 5)
    waiting = sync_status(br1.uow).waiting
    killed = subprocess.run([sys.executable, "-c", _KILL_AFTER_FIRST_COMMIT, br1.url, hq.url],
                            cwd=ROOT, env={**os.environ}, capture_output=True, text=True,
                            timeout=120)
    assert killed.returncode == 9, killed.stderr
    with hq.engine.connect() as conn:
        assert last_applied_seq(conn, "BR1") > 0  # the first batch is in head office
    assert sync_status(br1.uow).waiting == waiting  # but the branch never heard so

    assert orders_of(hq.engine) == orders_of(br1.engine)
    br1.f.order(sites.customer, [(sites.products[2], 1)])  # work goes on meanwhile
    result = sync_up(br1.uow, hq.uow)
    assert result.batches_already_applied == 0  # asked head office first: nothing resent
    assert result.batches_applied == 1 and result.aggregates == 1
    assert orders_of(hq.engine) == orders_of(br1.engine)
    assert line_count(hq.engine) == line_count(br1.engine)
    with hq.engine.connect() as conn:
        ranges = conn.execute(select(SyncAppliedBatch.first_seq, SyncAppliedBatch.last_seq)
                              .order_by(SyncAppliedBatch.first_seq)).all()
    assert [first for first, _ in ranges] == [1, *(last + 1 for _, last in ranges[:-1])]
    assert sync_status(br1.uow).waiting == 0
    assert check_database(hq.engine) == [] and check_database(br1.engine) == []


def _edit_phone(site: Site, customer_id: uuid.UUID, phone: str) -> None:
    c = customers.get_customer(site.uow(write=False), customer_id)
    update_customer(site.uow(), site.f.admin, customer_id, CustomerChanges(
        name=c.name, phone=phone, email=c.email, tier=c.tier,
        payment_condition=c.payment_condition, payment_method=c.payment_method,
        credit_days=c.credit_days, preferences=c.preferences), c.version)


def test_conflicts_are_recorded_with_both_versions_and_never_resolved_silently(
        sites: Sites) -> None:
    br1, hq = sites.branches["BR1"], sites.hq
    shared = sites.customer
    assert shared is not None
    # While the branch is offline: both ends edit the same customer, head office puts it on
    # credit hold, and withdraws a product the branch goes on selling.
    _edit_phone(hq, shared, "+886 2 1111 1111")
    _edit_phone(br1, shared, "+886 2 2222 2222")
    c = customers.get_customer(hq.uow(write=False), shared)
    customers.set_credit(hq.uow(), hq.f.admin, shared, credit_limit=c.credit_limit,
                         credit_hold=True, expected_version=c.version)
    with hq.engine.begin() as conn:
        conn.execute(update(Product).where(Product.id == sites.products[0]).values(active=False))
    held_order = br1.f.confirmed_order(shared, [(sites.products[1], 1)])
    withdrawn_order = br1.f.order(None, [(sites.products[0], 2)])

    result = sync_up(br1.uow, hq.uow)
    with hq.engine.connect() as conn:
        found = {(row["reason"], row["entity_id"]): row for row in open_conflicts(conn)}
        hq_phone = conn.scalar(select(Customer.phone).where(Customer.id == shared))
    assert set(found) == {(CUSTOMER_EDITED, shared), (CONFIRMED_DURING_HOLD, held_order),
                          (PRODUCT_WITHDRAWN, withdrawn_order)}
    assert result.conflicts == 3
    edited = found[(CUSTOMER_EDITED, shared)]
    assert "+886 2 1111 1111" in edited["ours"] and "+886 2 2222 2222" in edited["theirs"]
    assert hq_phone == "+886 2 1111 1111"  # head office's row was not overwritten
    hold = found[(CONFIRMED_DURING_HOLD, held_order)]
    assert '"credit_hold": true' in hold["ours"] and str(held_order) in hold["theirs"]
    assert str(sites.products[0]) in found[(PRODUCT_WITHDRAWN, withdrawn_order)]["ours"]
    # The orders themselves arrived: they happened at the branch.
    assert set(orders_of(br1.engine)) <= set(orders_of(hq.engine))

    # The same record changing again before anyone resolved it is still one question.
    _edit_phone(br1, shared, "+886 2 3333 3333")
    sync_up(br1.uow, hq.uow)
    with hq.engine.connect() as conn:
        again = [r for r in open_conflicts(conn) if r["reason"] == CUSTOMER_EDITED]
    assert len(again) == 1 and "+886 2 3333 3333" in again[0]["theirs"]
    assert check_database(hq.engine) == []


def test_a_draft_that_lost_a_line_at_the_branch_loses_it_at_head_office(sites: Sites) -> None:
    br1, hq = sites.branches["BR1"], sites.hq
    order_id = br1.f.order(sites.customer, [(sites.products[0], 1), (sites.products[1], 1)])
    sync_up(br1.uow, hq.uow)
    assert line_count(hq.engine) == 2
    with br1.uow() as u:  # the draft is edited down to one line, as the entry screen does
        order = u.session.get(SalesOrder, order_id)
        assert order is not None
        order.lines.pop()
        u.commit()
    sync_up(br1.uow, hq.uow)
    assert line_count(hq.engine) == line_count(br1.engine) == 1


def test_two_branches_giving_a_new_customer_the_same_code_both_arrive_and_go_to_review(
        sites: Sites) -> None:
    br1, br2, hq = sites.branches["BR1"], sites.branches["BR2"], sites.hq
    made = {}
    for branch in (br1, br2):
        made[branch.code] = customers.create_customer(
            branch.uow(), branch.f.admin, customers.CustomerInput(
                code="WALKIN", name=f"Walk-in at {branch.code}", phone="+886 2 2345 6789",
                credit_limit=Decimal(0)))
        branch.f.order(made[branch.code], [(sites.products[0], 1)])
    sync_up(br1.uow, hq.uow)
    result = sync_up(br2.uow, hq.uow)
    assert result.conflicts == 1
    with hq.engine.connect() as conn:
        codes = dict(conn.execute(select(Customer.id, Customer.code)
                                  .where(Customer.id.in_(made.values()))).all())
        conflicts = open_conflicts(conn)
    assert codes == {made["BR1"]: "WALKIN", made["BR2"]: "BR2-WALKIN"}
    assert [(c["reason"], c["entity_id"]) for c in conflicts] == [
        (CUSTOMER_CODE_TAKEN, made["BR2"])]
    assert "Walk-in at BR1" in conflicts[0]["ours"] and "Walk-in at BR2" in conflicts[0]["theirs"]
    assert set(orders_of(hq.engine)) == set(orders_of(br1.engine)) | set(orders_of(br2.engine))
    assert check_database(hq.engine) == []
