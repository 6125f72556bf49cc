"""Sync conflicts produced the way they happen: a branch works offline while head office
edits the same customer, puts it on credit hold and withdraws a product; then the branch's
real up-sync reaches head office."""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from sqlalchemy import update

from app.models import Product
from app.services import customers, order_queries
from app.services.sync_up import sync_up
from tests.sync.sites import Sites
from tests.sync.test_sync_up import _edit_phone

HQ_PHONE, BRANCH_PHONE = "+886 2 1111 1111", "+886 2 2222 2222"


@dataclass(frozen=True)
class ThreeConflicts:
    customer: uuid.UUID
    held_order: str  # its number
    withdrawn_order: str
    withdrawn_sku: str


def make_three_conflicts(sites: Sites) -> ThreeConflicts:
    br1, hq = sites.branches["BR1"], sites.hq
    shared = sites.customer
    assert shared is not None
    _edit_phone(hq, shared, HQ_PHONE)
    _edit_phone(br1, shared, BRANCH_PHONE)
    c = customers.get_customer(hq.uow(write=False), shared)
    customers.set_credit(hq.uow(), hq.f.admin, shared, credit_limit=c.credit_limit,
                         credit_hold=True, expected_version=c.version)
    with hq.engine.begin() as conn:  # withdrawn: what the product screen's "inactive" does
        sku = conn.scalar(update(Product).where(Product.id == sites.products[0])
                          .values(active=False).returning(Product.sku))
    held = br1.f.confirmed_order(shared, [(sites.products[1], 1)])
    withdrawn = br1.f.order(None, [(sites.products[0], 2)])
    assert sync_up(br1.uow, hq.uow).conflicts == 3

    def number(order_id: uuid.UUID) -> str:
        return order_queries.get_order(br1.uow(write=False), order_id).number

    return ThreeConflicts(shared, number(held), number(withdrawn), str(sku))
