"""A record that belongs to another site which syncs into this database is that site's: only
its sync may change it (docs/sync.md, "Who owns what"). Head office sees a branch's orders
and stock, but changing them there would be overwritten, silently, by the branch's next
up-sync; so a flush that would change a branch's order (or a line of one), production order
or complaint, or the stock of a branch's location, or put a payment or a credit note against
a branch's invoice, is refused before any SQL is sent, whatever code attempts it.

Only sites that have sent this database a batch count as "another site": a single-site firm
whose site code was changed keeps full use of the orders numbered under the old code.
"""

from __future__ import annotations

import uuid
from typing import Any

from sqlalchemy import event, select
from sqlalchemy.orm import Session

from app.models import (
    Complaint,
    CreditNote,
    Invoice,
    Location,
    PaymentAllocation,
    ProductionOrder,
    SalesOrder,
    SalesOrderLine,
    StockLevel,
    StockMove,
    SyncAppliedBatch,
)
from app.services.change_log import APPLYING_SYNC
from app.services.errors import InvalidStateError, tr
from app.services.numbering import site_of_number
from app.services.settings import get_site_code

SITE_CACHE = "site_cache"  # session.info key: the unit of work's cached site code


class OtherSiteRecordError(InvalidStateError):
    """This database holds the record as a copy of another site's: change it there."""


def other_syncing_sites(session: Session, own_site: str) -> tuple[str, ...]:
    """The sites, other than this one, that have sent this database a batch: theirs are
    the records this database holds only as copies."""
    return tuple(sorted(session.scalars(
        select(SyncAppliedBatch.site_code).distinct()
        .where(SyncAppliedBatch.site_code != own_site))))


def _touched(session: Session
             ) -> tuple[dict[str, str], set[uuid.UUID], set[uuid.UUID], dict[str, str]]:
    """(site code -> an order number of it, location ids, invoice ids, site code -> the
    number of a production order or complaint of it) this flush would change or settle."""
    orders: dict[str, str] = {}
    documents: dict[str, str] = {}
    locations: set[uuid.UUID] = set()
    invoices: set[uuid.UUID] = set()
    dirty = (o for o in session.dirty if session.is_modified(o))
    for obj in (*session.new, *dirty, *session.deleted):
        if isinstance(obj, SalesOrder):
            orders.setdefault(obj.site_code, obj.number)
        elif isinstance(obj, SalesOrderLine):
            order: Any = obj.order if obj.order is not None else (
                session.get(SalesOrder, obj.order_id) if obj.order_id else None)
            if order is not None:
                orders.setdefault(order.site_code, order.number)
        elif isinstance(obj, StockLevel | StockMove) and obj.location_id is not None:
            locations.add(obj.location_id)
        elif isinstance(obj, ProductionOrder | Complaint) and (site := site_of_number(obj.number)):
            documents.setdefault(site, obj.number)
        elif isinstance(obj, PaymentAllocation | CreditNote) and obj.invoice_id is not None:
            # Money against a branch's invoice belongs at the branch: a payment recorded
            # here never goes down, so the branch would go on reminding a paid customer.
            invoices.add(obj.invoice_id)
    return orders, locations, invoices, documents


def _own_site(session: Session) -> str:
    cache = session.info.get(SITE_CACHE)
    if cache is not None and "site_code" in cache:
        return str(cache["site_code"])
    return get_site_code(session)


@event.listens_for(Session, "before_flush")
def _refuse_other_sites_records(session: Session, _context: Any, _instances: Any) -> None:
    if session.info.get(APPLYING_SYNC):
        return
    orders, locations, invoice_ids, documents = _touched(session)
    if not orders and not locations and not invoice_ids and not documents:
        return
    own = _own_site(session)
    sites = {site for site in (*orders, *documents) if site != own}
    stock_sites: dict[str, str] = {}
    if locations:
        stock_sites = dict(session.execute(
            select(Location.site_code, Location.code).where(Location.id.in_(locations))).all())
        sites |= {site for site in stock_sites if site != own}
    invoices: dict[str, str] = {}  # site -> an invoice number of it (numbers lead with it)
    if invoice_ids:
        for number in session.scalars(select(Invoice.number).where(Invoice.id.in_(invoice_ids))):
            if site := site_of_number(number):
                invoices.setdefault(site, number)
        sites |= {site for site in invoices if site != own}
    if not sites:
        return
    syncing = sites & set(other_syncing_sites(session, own))
    for site in sorted(syncing):
        if site in orders:
            raise OtherSiteRecordError(
                tr("Order {number} belongs to site {site}: change it there. Its changes "
                   "reach this database when {site} syncs."), number=orders[site], site=site)
        if site in documents:
            raise OtherSiteRecordError(
                tr("{number} belongs to site {site}: change it there. Its changes reach this "
                   "database when {site} syncs."), number=documents[site], site=site)
        if site in stock_sites:
            raise OtherSiteRecordError(
                tr("Location {location} belongs to site {site}: its stock changes only "
                   "there."), location=stock_sites[site], site=site)
        raise OtherSiteRecordError(
            tr("Invoice {number} belongs to site {site}: record payments and credit notes "
               "against it there."), number=invoices[site], site=site)


__all__ = ["SITE_CACHE", "OtherSiteRecordError", "other_syncing_sites"]
