"""Head office sees a branch's orders and stock but cannot change them: the branch's next
sync would overwrite the change silently (app/services/site_ownership.py)."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import select

from app.models import Location, SalesOrder
from app.services import allocation, orders, stock
from app.services.integrity import check_database
from app.services.site_ownership import OtherSiteRecordError
from app.services.sync_up import sync_up
from tests.conftest import PG_URL
from tests.sync.sites import Sites, three_sites

pytestmark = pytest.mark.skipif(not PG_URL, reason="ORDERDESK_TEST_PG_URL is not set")


@pytest.fixture
def sites(tmp_path: Path):  # type: ignore[no-untyped-def]
    with three_sites(tmp_path) as s:
        yield s


def test_head_office_cannot_change_a_branch_s_order_or_stock(sites: Sites) -> None:
    br1, hq = sites.branches["BR1"], sites.hq
    stock.receive_stock(br1.uow(), br1.f.admin, sites.products[0], Decimal(10))
    order = br1.f.confirmed_order(sites.customer, [(sites.products[0], 2)])
    sync_up(br1.uow, hq.uow)
    with hq.engine.connect() as conn:
        number = conn.scalar(select(SalesOrder.number).where(SalesOrder.id == order))
        br1_location = conn.scalar(select(Location.id).where(Location.site_code == "BR1"))

    with pytest.raises(OtherSiteRecordError) as refused:
        orders.cancel_order(hq.uow(), hq.f.admin, order, "typed at the wrong desk")
    assert refused.value.params == {"number": number, "site": "BR1"}
    stock.receive_stock(hq.uow(), hq.f.admin, sites.products[0], Decimal(5))
    with pytest.raises(OtherSiteRecordError):  # head office's stock for the branch's order
        allocation.allocate_order(hq.uow(), hq.f.admin, order)
    with pytest.raises(OtherSiteRecordError) as refused:
        stock.adjust_stock(hq.uow(), hq.f.admin, sites.products[0], Decimal(-1), "count",
                           location_id=br1_location)
    assert refused.value.params["site"] == "BR1"

    # Nothing changed at head office; the branch still can, and its change arrives.
    assert check_database(hq.engine) == []
    orders.cancel_order(br1.uow(), br1.f.admin, order, "customer changed their mind")
    sync_up(br1.uow, hq.uow)
    with hq.engine.connect() as conn:
        assert conn.scalar(select(SalesOrder.cancel_reason).where(SalesOrder.id == order)) \
            == "customer changed their mind"
    # Head office's own orders are untouched by the rule.
    own = hq.f.confirmed_order(sites.customer, [(sites.products[1], 1)])
    orders.cancel_order(hq.uow(), hq.f.admin, own, "test")
    assert check_database(hq.engine) == []


def test_head_office_cannot_settle_a_branch_s_invoice(sites: Sites) -> None:
    from datetime import date

    from app.models.enums import PaymentMethod
    from app.services import payments

    br1, hq = sites.branches["BR1"], sites.hq
    stock.receive_stock(br1.uow(), br1.f.admin, sites.products[0], Decimal(5))
    invoice = br1.f.posted_invoice(sites.customer, [(sites.products[0], 1)])
    sync_up(br1.uow, hq.uow)
    with pytest.raises(OtherSiteRecordError) as refused:
        payments.record_payment(hq.uow(), hq.f.admin, sites.customer, Decimal("10.00"),
                                PaymentMethod.CASH, date.today(),
                                allocations=[(invoice, Decimal("10.00"))])
    assert refused.value.params["site"] == "BR1"
    assert refused.value.params["number"].startswith("BR1-")
    assert check_database(hq.engine) == []


def test_head_office_cannot_resolve_a_branch_s_complaint(sites: Sites) -> None:
    from app.models.enums import ComplaintCategory, DamageResolution
    from app.services import complaints

    br1, hq = sites.branches["BR1"], sites.hq
    complaint = complaints.record_complaint(br1.uow(), br1.f.admin, sites.customer,
                                            ComplaintCategory.DELIVERY, "Late")
    sync_up(br1.uow, hq.uow)
    with pytest.raises(OtherSiteRecordError) as refused:
        complaints.resolve_complaint(hq.uow(), hq.f.admin, complaint, DamageResolution.NONE,
                                     "Apologised", "Carrier delay")
    assert refused.value.params["site"] == "BR1"
    assert refused.value.params["number"].startswith("BR1-")
    complaints.resolve_complaint(br1.uow(), br1.f.admin, complaint, DamageResolution.NONE,
                                 "Apologised", "Carrier delay")  # the branch itself may
