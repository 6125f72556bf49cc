"""The down-sync: head office's customers (credit status), products and users reach the
branches; a hold stops new confirmations there; nothing comes back to where it came from."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import func, select

from app.models import Customer, Product, SyncConflict
from app.services import confirmation, customers
from app.services.errors import UserFacingError
from app.services.integrity import check_database
from app.services.sync_batches import read_batch
from app.services.sync_down import apply_down_batch, sync_down
from app.services.sync_up import sync_up
from tests.conftest import PG_URL
from tests.sync.sites import Site, Sites, three_sites
from tests.sync.test_sync_up import _edit_phone

pytestmark = pytest.mark.skipif(not PG_URL, reason="ORDERDESK_TEST_PG_URL is not set")


@pytest.fixture
def sites(tmp_path: Path):  # type: ignore[no-untyped-def]
    with three_sites(tmp_path) as s:
        yield s


def _hold(site: Site, customer_id) -> None:  # type: ignore[no-untyped-def]
    c = customers.get_customer(site.uow(write=False), customer_id)
    customers.set_credit(site.uow(), site.f.admin, customer_id, credit_limit=c.credit_limit,
                         credit_hold=True, expected_version=c.version)


def test_a_hold_and_a_withdrawn_product_at_head_office_reach_the_branch(sites: Sites) -> None:
    br1, hq = sites.branches["BR1"], sites.hq
    shared = sites.customer
    draft = br1.f.order(shared, [(sites.products[1], 1)])
    _hold(hq, shared)
    with hq.uow() as u:  # withdrawn (no service for it yet): an ordinary edit of the row
        product = u.session.get(Product, sites.products[0])
        assert product is not None
        product.active = False
        u.commit()
    new_product = hq.f.product(price="7.00")

    result = sync_down(br1.uow, hq.uow)
    assert result.applied and result.conflicts == 0
    with br1.engine.connect() as conn:
        assert conn.scalar(select(Customer.credit_hold).where(Customer.id == shared))
        assert conn.scalar(select(Product.active).where(Product.id == sites.products[0])) \
            is False
        assert conn.scalar(select(Product.list_price).where(Product.id == new_product)) \
            == Decimal("7.00")
    with pytest.raises(UserFacingError):  # the hold wins for new confirmations
        confirmation.confirm_order(br1.uow(), br1.f.admin, draft)
    with pytest.raises(UserFacingError):
        br1.f.order(shared, [(sites.products[0], 1)])
    br1.f.order(shared, [(new_product, 3)])  # the new product can be sold at once
    assert sync_down(br1.uow, hq.uow).batch_id is None  # nothing new
    assert check_database(br1.engine) == []


def test_the_same_down_batch_twice_changes_nothing(sites: Sites) -> None:
    br1, hq = sites.branches["BR1"], sites.hq
    _hold(hq, sites.customer)
    with hq.uow(write=False) as h:
        batch = read_batch(h.session.connection(), "HQ", 0, down_to="BR1")
    assert batch is not None
    assert apply_down_batch(br1.uow, batch).applied
    with br1.engine.connect() as conn:
        before = conn.execute(select(Customer).order_by(Customer.id)).all()
    assert not apply_down_batch(br1.uow, batch).applied
    with br1.engine.connect() as conn:
        assert conn.execute(select(Customer).order_by(Customer.id)).all() == before


def test_a_customer_edited_at_the_branch_keeps_its_edit_but_takes_the_hold(
        sites: Sites) -> None:
    br1, hq = sites.branches["BR1"], sites.hq
    shared = sites.customer
    _edit_phone(br1, shared, "+886 2 2222 2222")  # not yet at head office
    _edit_phone(hq, shared, "+886 2 1111 1111")
    _hold(hq, shared)
    assert sync_down(br1.uow, hq.uow).conflicts == 1
    with br1.engine.connect() as conn:
        phone, hold = conn.execute(select(Customer.phone, Customer.credit_hold)
                                   .where(Customer.id == shared)).one()
        conflict = conn.execute(select(SyncConflict.theirs, SyncConflict.ours)).one()
    assert phone == "+886 2 2222 2222" and hold
    assert "+886 2 1111 1111" in conflict.theirs and "+886 2 2222 2222" in conflict.ours


def test_a_branch_customer_reaches_the_other_branch_but_is_not_echoed_back(
        sites: Sites) -> None:
    br1, br2, hq = sites.branches["BR1"], sites.branches["BR2"], sites.hq
    mine = br1.f.customer(name="Made at BR1")
    sync_up(br1.uow, hq.uow)
    to_br1 = sync_down(br1.uow, hq.uow)
    to_br2 = sync_down(br2.uow, hq.uow)
    with br2.engine.connect() as conn:
        assert conn.scalar(select(Customer.name).where(Customer.id == mine)) == "Made at BR1"
    assert to_br1.aggregates < to_br2.aggregates
    with br1.engine.connect() as conn:
        assert conn.scalar(select(func.count()).select_from(SyncConflict)) == 0
    for site in (hq, br1, br2):
        assert check_database(site.engine) == [], site.code
