"""Other sites' stock comes down to a branch as head office sees it: read-only, never in the
branch's ledger, never allocated from, its own site never among it."""

from __future__ import annotations

import uuid
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import Engine, func, select

from app.models import Location, RemoteStock, StockLevel
from app.services import allocation, stock
from app.services.integrity import check_database
from app.services.remote_stock import other_sites_stock
from app.services.settings import set_setting
from app.services.sync_batches import last_applied_seq, read_batch
from app.services.sync_down import apply_down_batch, sync_down
from app.services.sync_up import sync_up
from tests.conftest import PG_URL
from tests.sync.sites import Sites, three_sites

pytestmark = pytest.mark.skipif(not PG_URL, reason="ORDERDESK_TEST_PG_URL is not set")
Figures = dict[tuple[str, uuid.UUID], tuple[Decimal, Decimal]]


@pytest.fixture
def sites(tmp_path: Path):  # type: ignore[no-untyped-def]
    with three_sites(tmp_path) as s:
        yield s


def _hq_sums(engine: Engine, except_site: str) -> Figures:
    """Head office's own per-site sums of its sellable stock levels, computed here apart."""
    with engine.connect() as conn:
        rows = conn.execute(
            select(Location.site_code, StockLevel.product_id, StockLevel.on_hand,
                   StockLevel.allocated, Location.sellable)
            .join(Location, Location.id == StockLevel.location_id)).all()
    sums: Figures = {}
    for site, product, on_hand, allocated, sellable in rows:
        if site != except_site and sellable:
            have = sums.get((site, product), (Decimal(0), Decimal(0)))
            sums[(site, product)] = (have[0] + on_hand, have[1] + allocated)
    return sums


def _remote(engine: Engine) -> Figures:
    with engine.connect() as conn:
        return {(r.site_code, r.product_id): (r.on_hand, r.allocated)
                for r in conn.execute(select(RemoteStock))}


def _work(sites: Sites) -> None:
    """Stock at all three sites, an allocation at BR2; the branches sync up."""
    hq, br1, br2 = sites.hq, sites.branches["BR1"], sites.branches["BR2"]
    for site, qty in ((hq, 100), (br1, 4), (br2, 30)):
        for product in sites.products[:2]:
            stock.receive_stock(site.uow(), site.f.admin, product, Decimal(qty))
    order = br2.f.confirmed_order(sites.customer, [(sites.products[0], 12)])
    allocation.allocate_order(br2.uow(), br2.f.admin, order)
    sync_up(br1.uow, hq.uow)
    sync_up(br2.uow, hq.uow)


def test_a_branch_sees_head_offices_figures_of_every_other_site(sites: Sites) -> None:
    hq, br1, br2 = sites.hq, sites.branches["BR1"], sites.branches["BR2"]
    _work(sites)
    sync_down(br1.uow, hq.uow)
    remote = _remote(br1.engine)
    assert remote == _hq_sums(hq.engine, "BR1")
    assert {site for site, _ in remote} == {"HQ", "BR2"}  # never its own
    assert remote[("BR2", sites.products[0])] == (Decimal(30), Decimal(12))

    shown = other_sites_stock(br1.uow(write=False), sites.products[0])
    assert [(r.site_code, r.on_hand, r.allocated, r.available) for r in shown] == [
        ("BR2", Decimal(30), Decimal(12), Decimal(18)), ("HQ", Decimal(100), 0, 100)]
    assert all(r.as_of is not None for r in shown)
    # Head office answers from its own levels, live, without its own site.
    live = other_sites_stock(hq.uow(write=False), sites.products[0])
    assert [(r.site_code, r.on_hand, r.as_of) for r in live] == [
        ("BR1", Decimal(4), None), ("BR2", Decimal(30), None)]

    # The branch's ledger is untouched: levels only at its own locations, check clean.
    with br1.engine.connect() as conn:
        sites_in_ledger = set(conn.scalars(
            select(Location.site_code).join(StockLevel, StockLevel.location_id == Location.id)))
    assert sites_in_ledger == {"BR1"}
    for site in (hq, br1, br2):
        assert check_database(site.engine) == [], site.code

    # Nothing allocates from another site's stock: BR1 holds only its own 4.
    order = br1.f.confirmed_order(sites.customer, [(sites.products[0], 50)])
    result = allocation.allocate_order(br1.uow(), br1.f.admin, order)
    with br1.engine.connect() as conn:
        held = conn.scalar(select(func.sum(StockLevel.allocated))
                           .where(StockLevel.product_id == sites.products[0]))
    assert held == Decimal(4) and result is not None
    assert check_database(br1.engine) == []


def test_stock_changes_elsewhere_refresh_the_copy_and_nothing_else_resends_it(
        sites: Sites) -> None:
    hq, br1, br2 = sites.hq, sites.branches["BR1"], sites.branches["BR2"]
    _work(sites)
    sync_down(br1.uow, hq.uow)
    with br1.engine.connect() as conn:
        first_as_of = conn.scalar(select(func.max(RemoteStock.as_of)))
    with hq.uow() as u:  # a change at head office that is not stock: no new snapshot
        set_setting(u.session, "currency", "USD")
        u.commit()
    with br1.engine.connect() as conn:
        cursor = last_applied_seq(conn, "HQ")
    with hq.uow(write=False) as h:
        batch = read_batch(h.session.connection(), "HQ", cursor, down_to="BR1")
    assert batch is not None and batch.remote_stock is None
    sync_down(br1.uow, hq.uow)
    with br1.engine.connect() as conn:
        assert conn.scalar(select(func.max(RemoteStock.as_of))) == first_as_of

    stock.receive_stock(br2.uow(), br2.f.admin, sites.products[2], Decimal(9))
    stock.receive_stock(br1.uow(), br1.f.admin, sites.products[2], Decimal(2))
    sync_up(br2.uow, hq.uow)
    sync_up(br1.uow, hq.uow)
    sync_down(br1.uow, hq.uow)
    assert _remote(br1.engine) == _hq_sums(hq.engine, "BR1")
    assert _remote(br1.engine)[("BR2", sites.products[2])] == (Decimal(9), Decimal(0))
    assert ("BR1", sites.products[2]) not in _remote(br1.engine)


def test_the_same_batch_with_stock_twice_changes_nothing(sites: Sites) -> None:
    hq, br1 = sites.hq, sites.branches["BR1"]
    _work(sites)
    with hq.uow(write=False) as h:
        batch = read_batch(h.session.connection(), "HQ", 0, down_to="BR1")
    assert batch is not None and batch.remote_stock
    assert apply_down_batch(br1.uow, batch).applied
    before = _remote(br1.engine)
    assert not apply_down_batch(br1.uow, batch).applied
    assert _remote(br1.engine) == before == _hq_sums(hq.engine, "BR1")
