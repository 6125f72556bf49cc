"""Up-sync of a branch's own warehouse: locations, moves, levels and allocations."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import Engine, func, select

from app.models import Allocation, Location, SalesOrder, StockLevel, StockMove
from app.models.enums import AllocationState
from app.services import allocation, orders, stock
from app.services.integrity import check_database
from app.services.sync_apply import NOT_BRANCH_OWNED, open_conflicts
from app.services.sync_up import sync_status, sync_up
from tests.conftest import PG_URL
from tests.sync.sites import Sites, three_sites

pytestmark = pytest.mark.skipif(not PG_URL, reason="ORDERDESK_TEST_PG_URL is not set")


@pytest.fixture
def sites(tmp_path: Path):  # type: ignore[no-untyped-def]
    with three_sites(tmp_path) as s:
        yield s


def _stock(engine: Engine, site: str) -> dict[str, object]:
    """A site's warehouse as a database holds it: levels, ledger sum, held allocations."""
    with engine.connect() as conn:
        at_site = select(Location.id).where(Location.site_code == site)
        # A level row created and left at zero (stock.lock_level makes it with a Core insert,
        # which the change log does not see) carries nothing, and is not sent.
        levels = {(r.product_id, r.on_hand, r.allocated) for r in conn.execute(
            select(StockLevel).where(StockLevel.location_id.in_(at_site)))
            if r.on_hand or r.allocated}
        moved = conn.scalar(select(func.sum(StockMove.quantity))
                            .where(StockMove.location_id.in_(at_site)))
        moves = conn.scalar(select(func.count()).select_from(StockMove)
                            .where(StockMove.location_id.in_(at_site)))
        held = {(r.order_line_id, r.quantity, r.state) for r in conn.execute(
            select(Allocation).where(Allocation.location_id.in_(at_site)))}
    return {"levels": levels, "moved": moved, "moves": moves, "held": held}


def test_a_branch_warehouse_arrives_at_head_office_as_the_branch_has_it(sites: Sites) -> None:
    br1, br2, hq = sites.branches["BR1"], sites.branches["BR2"], sites.hq
    for branch, qty in ((br1, 40), (br2, 7)):
        for product in sites.products:
            stock.receive_stock(branch.uow(), branch.f.admin, product, Decimal(qty))
        order = branch.f.confirmed_order(sites.customer, [(sites.products[0], 5),
                                                          (sites.products[1], 9)])
        allocation.allocate_order(branch.uow(), branch.f.admin, order)  # BR2 falls short
    sync_up(br1.uow, hq.uow)
    sync_up(br2.uow, hq.uow)
    for code, branch in (("BR1", br1), ("BR2", br2)):
        mine = _stock(branch.engine, code)
        assert mine["moves"] == 3 and mine["held"]
        assert _stock(hq.engine, code) == mine
    for site in (hq, br1, br2):
        assert check_database(site.engine) == [], site.code

    # Later work on rows head office already has: a cancellation releases what was held.
    with br1.engine.connect() as conn:
        order_id = conn.scalar(select(SalesOrder.id))
    orders.cancel_order(br1.uow(), br1.f.admin, order_id, "customer changed their mind")
    stock.receive_stock(br1.uow(), br1.f.admin, sites.products[2], Decimal(3))
    assert sync_status(br1.uow).waiting > 0
    sync_up(br1.uow, hq.uow)
    released = _stock(hq.engine, "BR1")
    assert released == _stock(br1.engine, "BR1")
    assert {state for _, _, state in released["held"]} == {AllocationState.RELEASED}
    assert check_database(hq.engine) == []


def test_a_branch_never_writes_another_site_s_stock(sites: Sites) -> None:
    br1, hq = sites.branches["BR1"], sites.hq
    stock.receive_stock(hq.uow(), hq.f.admin, sites.products[0], Decimal(10))  # HQ-MAIN
    with hq.engine.connect() as conn:
        hq_location = conn.execute(select(Location)).mappings().one()
    # The branch got head office's location somehow and booked into it.
    from app.services.sync_rows import insert_absent

    with br1.engine.begin() as conn:
        insert_absent(conn, "locations", [dict(hq_location)])
    stock.receive_stock(br1.uow(), br1.f.admin, sites.products[0], Decimal(99),
                        location_id=hq_location["id"])
    before = _stock(hq.engine, "HQ")
    result = sync_up(br1.uow, hq.uow)
    assert _stock(hq.engine, "HQ") == before
    assert result.conflicts >= 1
    with hq.engine.connect() as conn:
        assert {r["reason"] for r in open_conflicts(conn)} == {NOT_BRANCH_OWNED}
    assert check_database(hq.engine) == []
