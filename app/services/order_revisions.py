"""What an amendment changed: the order as it stood before (OrderRevision) against now."""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal, InvalidOperation
from enum import StrEnum
from typing import Any

from sqlalchemy import select

from app.models import OrderRevision, User
from app.services.orders import load_order, snapshot
from app.services.unit_of_work import UnitOfWork

HEADER_FIELDS = ("delivery_address", "requested_date", "promised_date", "shipping_method",
                 "special_instructions", "payment_condition", "payment_method", "credit_days",
                 "total")
LINE_FIELDS = ("quantity", "unit_price", "discount_pct", "line_total", "qty_cancelled")


class ChangeKind(StrEnum):
    HEADER = "header"
    LINE_ADDED = "line_added"
    LINE_REMOVED = "line_removed"  # cancelled in full by the amendment
    LINE_CHANGED = "line_changed"


@dataclass(frozen=True)
class Change:
    kind: ChangeKind
    field: str  # a header or line field name; "" for a whole line added or removed
    before: str
    after: str
    line_no: int | None = None
    sku: str = ""


@dataclass(frozen=True)
class RevisionDiff:
    order_id: uuid.UUID
    number: str
    revision: int  # the version compared against (the one before the last amendment)
    reason: str
    changed_by: str
    at: datetime
    changes: tuple[Change, ...]


def _same(before: Any, after: Any) -> bool:
    if before == after:
        return True
    try:  # "2.000" and "2" are the same quantity
        return Decimal(str(before)) == Decimal(str(after))
    except (InvalidOperation, ValueError):
        return False


def _text(value: Any) -> str:
    return "" if value is None else str(value)


def compare(before: dict[str, Any], after: dict[str, Any]) -> list[Change]:
    """Differences between two order snapshots (orders.snapshot JSON, parsed)."""
    changes = [
        Change(ChangeKind.HEADER, name, _text(before["header"].get(name)),
               _text(after["header"].get(name)))
        for name in HEADER_FIELDS
        if not _same(before["header"].get(name), after["header"].get(name))
    ]
    old = {line["line_no"]: line for line in before["lines"]}
    for line in after["lines"]:
        was = old.get(line["line_no"])
        if was is None:
            changes.append(Change(ChangeKind.LINE_ADDED, "", "", _text(line["quantity"]),
                                  line["line_no"], line["sku"]))
            continue
        newly_cancelled = (not _same(was["qty_cancelled"], line["qty_cancelled"])
                           and _same(line["qty_cancelled"], line["quantity"]))
        if newly_cancelled:
            changes.append(Change(ChangeKind.LINE_REMOVED, "", _text(was["quantity"]), "",
                                  line["line_no"], line["sku"]))
            continue
        changes.extend(
            Change(ChangeKind.LINE_CHANGED, name, _text(was.get(name)), _text(line.get(name)),
                   line["line_no"], line["sku"])
            for name in LINE_FIELDS if not _same(was.get(name), line.get(name)))
    return changes


def last_amendment(uow: UnitOfWork, order_id: uuid.UUID) -> RevisionDiff | None:
    """The newest kept revision against the order now; None if it was never amended."""
    with uow:
        session = uow.session
        order = load_order(session, order_id)
        row = session.execute(
            select(OrderRevision, User.display_name)
            .outerjoin(User, User.id == OrderRevision.changed_by)
            .where(OrderRevision.order_id == order_id)
            .order_by(OrderRevision.revision.desc()).limit(1)).first()
        if row is None:
            return None
        revision, who = row
        changes = compare(json.loads(revision.snapshot), json.loads(snapshot(order)))
        return RevisionDiff(order.id, order.number, revision.revision, revision.reason,
                            who or "", revision.at, tuple(changes))
