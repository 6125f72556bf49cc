"""The work queues list only the work of this desk (app/services/site_scope.py), on every
backend: at head office a branch's orders and documents are seen (Orders list) but not
offered as work; a single-site firm that renamed its site keeps its older orders as work."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal

from sqlalchemy import Engine, update

from app.models import SalesOrder, SyncAppliedBatch
from app.models.enums import ProductionKind
from app.services import (
    allocation_queries,
    delivery_queries,
    invoice_queries,
    order_queries,
    packing_queries,
    picking,
    picking_queries,
    production,
    production_queries,
    receivables,
    reminders,
    shipping_queries,
    worklists,
)
from app.services.order_queries import OrderFilter
from app.services.settings import set_setting
from app.services.unit_of_work import make_uow_factory
from tests.conftest import UowFactory
from tests.factories import Factory

TODAY = date.today()
STEP_COUNTS = ("to_confirm", "to_allocate", "to_pick", "to_pack", "to_ship", "to_deliver",
               "to_invoice", "open_production", "overdue", "late_orders")


@dataclass
class Work:
    """One order waiting at each step, and the documents that make it work."""

    orders: list[uuid.UUID]
    pick_lists: list[uuid.UUID]
    shipments: list[uuid.UUID]
    invoices: list[uuid.UUID]
    production: list[uuid.UUID]
    customer: uuid.UUID


def _work(f: Factory) -> Work:
    customer = f.customer()
    product = f.product(stock_qty=40)
    lines = [(product, 1)]
    draft = f.order(customer, lines)
    confirmed = f.confirmed_order(customer, [(f.product(), 1)])  # no stock: waits
    allocated = f.allocated_order(customer, lines)
    listed = f.allocated_order(customer, lines)
    open_list = picking.create_pick_list(f.uow(), f.admin, [listed])
    picked = f.allocated_order(customer, lines)
    done_list = f.pick_all(picked)
    packed = f.allocated_order(customer, lines)
    packed_list = f.pick_all(packed)
    f.pack_all(packed)
    shipped, shipment = f.shipped_order(customer, lines)
    delivered = f.delivered_order(customer, lines)
    # Issued 60 days ago on 30-day terms: overdue.
    invoice = f.posted_invoice(customer, lines, today=TODAY - timedelta(days=60))
    made = production.create_production_order(f.uow(), f.admin, f.product(), Decimal(2),
                                              kind=ProductionKind.OUTSOURCED, supplier="Wu")
    late = f.confirmed_order(customer, [(f.product(), 1)])
    with f.uow() as uow:  # promised yesterday, still not allocated: late
        uow.session.execute(update(SalesOrder).where(SalesOrder.id == late)
                            .values(promised_date=TODAY - timedelta(days=1)))
        uow.commit()
    orders = [draft, confirmed, allocated, listed, picked, packed, shipped, delivered, late]
    return Work(orders, [open_list, done_list, packed_list], [shipment], [invoice], [made],
                customer)


def _work_as(engine: Engine, site: str) -> Work:
    """`site`'s work in this database, as its up-sync writes it (the orders' site code, the
    documents numbered in the site's series), made by setting this database's site code to
    `site` for a while: no sync has been applied yet, so nothing refuses it."""
    uow = make_uow_factory(engine)  # its own cache of the site code
    _set_site(uow, site)
    work = _work(Factory(uow))
    _set_site(uow, "HQ")
    return work


def _set_site(uow: UowFactory, site: str) -> None:
    with uow() as u:
        set_setting(u.session, "site_code", site)
        u.commit()


def _synced_from(uow: UowFactory, site: str) -> None:
    with uow() as u:
        u.session.add(SyncAppliedBatch(batch_id=f"{site}:1-5", site_code=site, first_seq=1,
                                       last_seq=5, aggregates=5))
        u.commit()


def _queues(uow: UowFactory) -> dict[str, set[uuid.UUID]]:
    """The ids each worklist offers."""
    return {
        "to_confirm": {r.id for r in order_queries.list_orders(
            uow(), states=worklists.ORDER_STEPS["to_confirm"], only_worked_here=True)},
        "to_allocate": {r.id for r in allocation_queries.list_waiting_orders(uow())},
        "to_pick": {r.id for r in picking_queries.list_orders_to_pick(uow())},
        "pick_lists": {r.id for r in picking_queries.list_open_pick_lists(uow())},
        "to_pack": {r.id for r in packing_queries.list_orders_to_pack(uow())},
        "to_ship": {r.order_id for r in shipping_queries.list_ready_to_ship(uow())},
        "on_the_road": {r.shipment_id for r in shipping_queries.list_on_the_road(uow())},
        "to_deliver": {r.shipment_id for r in delivery_queries.list_to_deliver(uow())},
        "to_invoice": {r.order_id for r in invoice_queries.to_invoice(uow())},
        "production": {r.id for r in production_queries.list_production_orders(
            uow(), states=worklists.OPEN_PRODUCTION, only_worked_here=True)},
        "overdue": {r.id for r in receivables.overdue_list(uow(), TODAY)},
    }


def test_head_office_queues_leave_out_a_syncing_branch_s_work(engine: Engine, uow: UowFactory,
                                                               f: Factory) -> None:
    branch, own = _work_as(engine, "BR1"), _work(f)
    before, queues_before = worklists.count_waiting(uow()), _queues(uow)
    _synced_from(uow, "BR1")
    after, queues = worklists.count_waiting(uow()), _queues(uow)

    # The branch's work and head office's own are alike, step by step: half is left.
    for key in STEP_COUNTS:
        assert after[key] >= 1, key
        assert before[key] == 2 * after[key], key
    assert after["all_orders"] == before["all_orders"]  # browsing still shows every order
    theirs = {*branch.orders, *branch.pick_lists, *branch.shipments, *branch.invoices,
              *branch.production}
    mine = {*own.orders, *own.pick_lists, *own.shipments, *own.invoices, *own.production}
    for name, ids in queues.items():
        assert ids, name
        assert not ids & theirs, name
        assert ids <= mine, name
        assert queues_before[name] - ids <= theirs, name  # nothing of its own was lost
    # The reminders are about head office's own invoices only.
    dunning = {r.customer_id: r.invoices for r in reminders.dunning_list(uow(), TODAY)}
    assert dunning == {own.customer: 1}
    # A payment is allocated to head office's invoices only; the balance stays whole.
    payable = {r.id for r in receivables.open_invoices(uow(), payable_here=True)}
    everything = {r.id for r in receivables.open_invoices(uow())}
    assert payable == set(own.invoices) and everything == {*own.invoices, *branch.invoices}
    # The Orders list and the search find the branch's orders.
    numbers = {r.id for r in order_queries.order_window(uow(), OrderFilter(), 0, 100)}
    assert set(branch.orders) <= numbers
    # (and the invoiced order posted_invoice made)
    assert order_queries.count_orders(uow(), OrderFilter(text="BR1-SO")) \
        == len(branch.orders) + 1


def test_a_renamed_single_site_keeps_its_older_orders_as_work(engine: Engine, uow: UowFactory,
                                                              f: Factory) -> None:
    old = _work_as(engine, "OLD")  # numbered under the firm's former site code
    f.confirmed_order(lines=[(f.product(), 1)])
    counts, queues = worklists.count_waiting(uow()), _queues(uow)
    assert counts["to_allocate"] == 3 and old.orders[1] in queues["to_allocate"]
    assert set(old.orders) & queues["to_confirm"] == {old.orders[0]}
    assert set(old.pick_lists) & queues["pick_lists"] == {old.pick_lists[0]}
    assert set(old.invoices) <= queues["overdue"]
    assert set(old.production) <= queues["production"]
    # Another site syncing in does not make the old code's orders someone else's.
    _synced_from(uow, "BR2")
    assert worklists.count_waiting(uow()) == counts
    assert _queues(uow) == queues
