"""Sample sync conflicts in a demo database, for rendering the review screen without a
PostgreSQL head office: recorded in the shape sync_apply records them (head office's version
as it is, a branch's version of the same aggregate), for a customer edited at both ends and
an order confirmed at BR1 while head office held the customer. The real cases are produced by
a real sync in tests/views/test_sync_conflicts_screen.py."""

from __future__ import annotations

import copy
import uuid

from sqlalchemy import Engine, select

from app.models import SalesOrder, SyncConflict
from app.models.enums import OrderState
from app.services.change_log import CUSTOMERS, ORDERS
from app.services.sync_batches import read_aggregate
from app.services.sync_rows import to_json


def add_sample_conflicts(engine: Engine) -> None:
    with engine.begin() as conn:
        order = conn.execute(select(SalesOrder.id, SalesOrder.customer_id).where(
            SalesOrder.state == OrderState.CONFIRMED).limit(1)).one()
        customer = read_aggregate(conn, CUSTOMERS, order.customer_id)
        customer.pop("audit_log", None)  # sync_apply leaves the trail out of what it shows
        branch = copy.deepcopy(customer)
        branch["customers"][0]["phone"] = "+886 2 2222 0000"
        branch["customers"][0]["email"] = "orders@branch-view.example"
        held = copy.deepcopy(customer["customers"])
        held[0]["credit_hold"] = True
        placed = read_aggregate(conn, ORDERS, order.id)
        placed.pop("audit_log", None)
        for entity, entity_id, reason, ours, theirs in (
                (CUSTOMERS, order.customer_id, "customer_edited", customer, branch),
                (ORDERS, order.id, "confirmed_during_hold", {"customers": held}, placed)):
            conn.execute(SyncConflict.__table__.insert().values(
                id=uuid.uuid4(), site_code="BR1", batch_id="BR1:1-40",
                entity=entity, entity_id=entity_id, reason=reason, ours=to_json(ours),
                theirs=to_json(theirs)))
