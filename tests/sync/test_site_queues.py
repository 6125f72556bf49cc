"""Head office's work queues leave out the branches' orders once they sync up: head office
sees them (Orders list) but cannot move them on (app/services/site_scope.py), while the
branch itself and head office's own orders are untouched."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from app.services import allocation_queries, picking, picking_queries, stock, worklists
from app.services.order_queries import OrderFilter, count_orders
from app.services.sync_up import sync_up
from tests.conftest import PG_URL
from tests.sync.sites import Sites, three_sites

pytestmark = pytest.mark.skipif(not PG_URL, reason="ORDERDESK_TEST_PG_URL is not set")
STEPS = ("to_confirm", "to_allocate", "to_pick", "to_pack", "to_ship", "to_deliver",
         "to_invoice")


@pytest.fixture
def sites(tmp_path: Path):  # type: ignore[no-untyped-def]
    with three_sites(tmp_path) as s:
        yield s


def _steps(counts: dict[str, int]) -> dict[str, int]:
    return {key: counts[key] for key in STEPS}


def test_a_branch_s_synced_orders_are_not_head_office_s_work(sites: Sites) -> None:
    br1, hq = sites.branches["BR1"], sites.hq
    first, second = sites.products[:2]
    stock.receive_stock(br1.uow(), br1.f.admin, first, Decimal(20))
    # BR1's work at every step up to invoicing, and an order waiting for stock.
    br1.f.order(sites.customer, [(first, 1)])
    waiting = br1.f.confirmed_order(sites.customer, [(second, 3)])
    listed = br1.f.allocated_order(sites.customer, [(first, 1)])
    picking.create_pick_list(br1.uow(), br1.f.admin, [listed])
    picked = br1.f.allocated_order(sites.customer, [(first, 1)])
    br1.f.pick_all(picked)
    packed = br1.f.allocated_order(sites.customer, [(first, 1)])
    br1.f.pick_all(packed)
    br1.f.pack_all(packed)
    br1.f.shipped_order(sites.customer, [(first, 1)])
    br1.f.delivered_order(sites.customer, [(first, 1)])
    at_branch = worklists.count_waiting(br1.uow())
    assert all(_steps(at_branch).values())

    # Head office has nothing of its own yet; then one order that waits for stock.
    own = hq.f.confirmed_order(sites.customer, [(second, 2)])
    sync_up(br1.uow, hq.uow)

    counts = worklists.count_waiting(hq.uow())
    assert _steps(counts) == {key: 1 if key == "to_allocate" else 0 for key in STEPS}
    assert counts["all_orders"] == at_branch["all_orders"] + 1  # seen, not worked on
    assert count_orders(hq.uow(), OrderFilter(text="BR1-SO")) == at_branch["all_orders"]
    assert [o.id for o in allocation_queries.list_waiting_orders(hq.uow())] == [own]
    assert picking_queries.list_orders_to_pick(hq.uow()) == []
    assert picking_queries.list_open_pick_lists(hq.uow()) == []
    # "Allocate all" at head office serves its own order, not the branch's (whose stock is
    # the branch's business): the guard would have refused the whole product otherwise.
    stock.receive_stock(hq.uow(), hq.f.admin, second, Decimal(10))
    result = allocation_queries.allocate_all_waiting(hq.uow(), hq.f.admin)
    assert (result.products, result.orders_served) == (1, 1)
    assert worklists.count_waiting(hq.uow())["to_pick"] == 1
    # The branch still has all of its work, including the order head office did not touch.
    assert _steps(worklists.count_waiting(br1.uow())) == _steps(at_branch)
    assert waiting in {o.id for o in allocation_queries.list_waiting_orders(br1.uow())}
