"""Production at a branch: bills of materials come down with their products; a production
order made at the branch (components held and used, inspection, goods accepted) goes up
once, with its stock, and every site stays consistent."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import Engine, func, select

from app.models import (
    Allocation,
    BomLine,
    ProductionComponent,
    ProductionOrder,
    QcInspection,
    SalesOrderLine,
)
from app.models.enums import ProductionState
from app.services import allocation, production, production_qc, products, stock
from app.services.integrity import check_database
from app.services.site_ownership import OtherSiteRecordError
from app.services.sync_down import sync_down
from app.services.sync_up import sync_status, sync_up
from tests.conftest import PG_URL
from tests.sync.sites import Sites, three_sites
from tests.sync.test_sync_stock import _stock

pytestmark = pytest.mark.skipif(not PG_URL, reason="ORDERDESK_TEST_PG_URL is not set")
D = Decimal


@pytest.fixture
def sites(tmp_path: Path):  # type: ignore[no-untyped-def]
    with three_sites(tmp_path) as s:
        yield s


def _bom(engine: Engine, product_id: object) -> set[tuple[object, Decimal]]:
    with engine.connect() as conn:
        return {(r.component_id, r.quantity) for r in conn.execute(
            select(BomLine).where(BomLine.product_id == product_id))}


def _production(engine: Engine) -> dict[str, object]:
    with engine.connect() as conn:
        orders = conn.execute(select(ProductionOrder.number, ProductionOrder.state,
                                     ProductionOrder.qty_accepted)).all()
        components = conn.execute(select(ProductionComponent.product_id,
                                         ProductionComponent.quantity_required,
                                         ProductionComponent.quantity_consumed)).all()
        inspections = conn.scalar(select(func.count()).select_from(QcInspection))
        held_for_components = conn.scalar(
            select(func.count()).select_from(Allocation)
            .where(Allocation.component_id.is_not(None)))
    assert len({o.number for o in orders}) == len(orders)  # each once
    return {"orders": sorted(orders), "components": sorted(components, key=str),
            "inspections": inspections, "component_allocations": held_for_components}


def test_a_branch_short_of_stock_makes_it_offline_and_head_office_gets_it_once(
        sites: Sites) -> None:
    hq, br1, br2 = sites.hq, sites.branches["BR1"], sites.branches["BR2"]
    # Head office defines a made product after the branches were seeded; one of its
    # components is new too, so product and bill of materials arrive in the same batch.
    new_component = hq.f.product(price="3.00")
    made = hq.f.made_product([(sites.products[0], 2), (new_component, 1)])
    sync_down(br1.uow, hq.uow)
    assert _bom(br1.engine, made) == _bom(hq.engine, made) == {
        (sites.products[0], D(2)), (new_component, D(1))}

    # Offline at BR1: an order for 3 it does not have; it makes them.
    stock.receive_stock(br1.uow(), br1.f.admin, sites.products[0], D(10))
    stock.receive_stock(br1.uow(), br1.f.admin, new_component, D(5))
    order = br1.f.confirmed_order(sites.customer, [(made, 3)])
    short = allocation.allocate_order(br1.uow(), br1.f.admin, order)
    assert short is not None
    with br1.engine.connect() as conn:
        line = conn.scalar(select(SalesOrderLine.id).where(SalesOrderLine.order_id == order))
    made_here = production.create_production_order(br1.uow(), br1.f.admin, made, D(3),
                                                   order_line_id=line)
    production.start_production(br1.uow(), br1.f.admin, made_here)
    # A sync while its components are held: the allocations name components head office
    # must already have (they used to make head office refuse the batch).
    sync_up(br1.uow, hq.uow)
    assert _production(hq.engine)["component_allocations"] == 2
    with pytest.raises(OtherSiteRecordError):  # head office sees it, only BR1 moves it on
        production.finish_production(hq.uow(), hq.f.admin, made_here)
    production.finish_production(br1.uow(), br1.f.admin, made_here)
    production_qc.record_inspection(br1.uow(), br1.f.admin, made_here, "final", 2,
                                    [("Dimensions", True), ("Finish", True)])
    production_qc.accept_production(br1.uow(), br1.f.admin, made_here, D(3))
    sync_up(br1.uow, hq.uow)
    again = sync_up(br1.uow, hq.uow)
    assert again.batches_applied == 0 and sync_status(br1.uow).waiting == 0

    at_branch = _production(br1.engine)
    assert at_branch["orders"] == [(at_branch["orders"][0][0], ProductionState.ACCEPTED, D(3))]
    assert str(at_branch["orders"][0][0]).startswith("BR1-")
    assert _production(hq.engine) == at_branch
    assert _stock(hq.engine, "BR1") == _stock(br1.engine, "BR1")
    with br1.engine.connect() as conn:
        held = conn.scalar(select(SalesOrderLine.qty_allocated).where(SalesOrderLine.id == line))
    assert held == D(3)  # the made goods are held for the branch's order
    for site in (hq, br1, br2):
        assert check_database(site.engine) == [], site.code


def test_a_changed_bill_of_materials_replaces_the_branchs(sites: Sites) -> None:
    hq, br1 = sites.hq, sites.branches["BR1"]
    made = hq.f.made_product([(sites.products[0], 2), (sites.products[1], 1)])
    sync_down(br1.uow, hq.uow)
    # The same component again under a new line id, another one dropped.
    products.set_bom(hq.uow(), hq.f.admin, made, [(sites.products[0], D(5))])
    sync_down(br1.uow, hq.uow)
    assert _bom(br1.engine, made) == {(sites.products[0], D(5))}
    assert check_database(br1.engine) == []
