"""The conflict review (docs/sync.md): what a sync would not decide alone, both versions side
by side, and a person's decision. The screen is app/views/screens/sync_conflicts.py."""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from typing import Any

from sqlalchemy import exists, select

from app.models import Customer, SyncAppliedBatch, SyncChange, SyncConflict
from app.models.base import utcnow
from app.services import audit
from app.services.auth import Actor, may, require
from app.services.change_log import CUSTOMERS
from app.services.errors import InvalidStateError, NotFoundError, tr
from app.services.sync_apply import (
    CONFIRMED_DURING_HOLD,
    CUSTOMER_CODE_TAKEN,
    CUSTOMER_EDITED,
    NOT_BRANCH_OWNED,
    PRODUCT_WITHDRAWN,
)
from app.services.unit_of_work import UnitOfWork

# Who may decide each kind: the people who own that decision anyway.
RESOLVER = {
    CUSTOMER_EDITED: "customer.edit",
    CUSTOMER_CODE_TAKEN: "customer.edit",
    CONFIRMED_DURING_HOLD: "credit.override",
    PRODUCT_WITHDRAWN: "order.amend",
    NOT_BRANCH_OWNED: "stock.adjust",
}
# Fields of a customer a branch may propose; credit terms stay head office's decision.
_CUSTOMER_FIELDS = ("name", "phone", "email", "tax_id", "preferences", "tier")


class Decision(StrEnum):
    KEEP_HEAD_OFFICE = "keep_head_office"  # head office's version stands; the branch's noted
    TAKE_BRANCH = "take_branch"  # the branch's proposal is applied (customer edits only)
    ACKNOWLEDGED = "acknowledged"  # seen and dealt with outside (an order kept or cancelled)


@dataclass(frozen=True)
class ConflictRow:
    id: uuid.UUID
    site_code: str
    reason: str
    entity: str
    entity_id: uuid.UUID
    created_at: datetime
    record: str = ""  # what people call the record: an order's number, a customer's code


@dataclass(frozen=True)
class FieldDifference:
    table: str
    field: str
    head_office: str
    branch: str


@dataclass(frozen=True)
class ConflictDetail:
    row: ConflictRow
    head_office: dict[str, list[dict[str, Any]]]  # table -> rows, values as text
    branch: dict[str, list[dict[str, Any]]]
    differences: tuple[FieldDifference, ...]  # rows present in both versions, field by field


def _row(c: SyncConflict) -> ConflictRow:
    return ConflictRow(c.id, c.site_code, c.reason, c.entity, c.entity_id, c.created_at,
                       _record_name(c.theirs))


def _record_name(version: str) -> str:
    """The branch's version names the record as people know it; "" when it does not."""
    try:
        rows = json.loads(version) if version else {}
    except ValueError:
        return ""
    for table, fields in (("sales_orders", ("number",)), ("customers", ("code", "name"))):
        if rows.get(table):
            return " ".join(str(rows[table][0].get(f) or "") for f in fields).strip()
    return ""


def list_open_conflicts(uow: UnitOfWork, actor: Actor) -> list[ConflictRow]:
    """Open conflicts this actor may decide, oldest first."""
    reasons = [reason for reason, action in RESOLVER.items() if may(actor, action)]
    with uow:
        found = uow.session.scalars(
            select(SyncConflict).where(SyncConflict.resolved_at.is_(None),
                                       SyncConflict.reason.in_(reasons))
            .order_by(SyncConflict.created_at))
        return [_row(c) for c in found]


def sync_in_use(uow: UnitOfWork) -> bool:
    """Whether this database takes part in sync: it has applied a batch (head office from a
    branch, a branch from head office) or holds a conflict. The review step is listed then."""
    with uow:
        return bool(uow.session.scalar(select(
            exists().where(SyncAppliedBatch.batch_id.isnot(None))
            | exists().where(SyncConflict.id.isnot(None)))))


def get_conflict(uow: UnitOfWork, actor: Actor, conflict_id: uuid.UUID) -> ConflictDetail:
    with uow:
        conflict = _load(uow, conflict_id)
        require(actor, RESOLVER.get(conflict.reason, "settings.manage"))
        ours = json.loads(conflict.ours) if conflict.ours else {}
        theirs = json.loads(conflict.theirs)
        return ConflictDetail(_row(conflict), ours, theirs, _differences(ours, theirs))


def _differences(ours: dict[str, list[dict[str, Any]]],
                 theirs: dict[str, list[dict[str, Any]]]) -> tuple[FieldDifference, ...]:
    found = []
    for table in sorted(set(ours) & set(theirs)):
        mine = {row.get("id"): row for row in ours[table]}
        for row in theirs[table]:
            other = mine.get(row.get("id"))
            if other is None:
                continue
            found.extend(FieldDifference(table, key, str(other.get(key)), str(value))
                         for key, value in sorted(row.items())
                         if key != "version" and other.get(key) != value)
    return tuple(found)


def resolve_conflict(uow: UnitOfWork, actor: Actor, conflict_id: uuid.UUID,
                     decision: Decision, note: str = "") -> None:
    with uow:
        conflict = _load(uow, conflict_id, lock=True)
        require(actor, RESOLVER.get(conflict.reason, "settings.manage"))
        if conflict.resolved_at is not None:
            raise InvalidStateError(tr("This conflict was already resolved ({resolution})."),
                                    resolution=conflict.resolution)
        if decision is Decision.TAKE_BRANCH:
            if conflict.reason != CUSTOMER_EDITED:
                raise InvalidStateError(
                    tr("Only a customer's details can be taken from the branch; decide this "
                       "one on the order or product itself."))
            _take_customer(uow, actor, conflict)
        if conflict.entity == CUSTOMERS:  # the decided version goes down to every branch
            uow.session.add(SyncChange(entity=CUSTOMERS, entity_id=conflict.entity_id))
        conflict.resolved_at = utcnow()
        conflict.resolved_by = actor.user_id
        conflict.resolution = decision.value
        audit.record(uow.session, actor, "sync_conflict", conflict.id, "resolve", None,
                     decision.value, reason=conflict.reason, note=note)
        uow.commit()


def _take_customer(uow: UnitOfWork, actor: Actor, conflict: SyncConflict) -> None:
    proposal = json.loads(conflict.theirs)["customers"][0]
    customer = uow.session.get(Customer, conflict.entity_id, with_for_update=True)
    if customer is None:
        raise NotFoundError(tr("The customer no longer exists."))
    changed = {}
    for field in _CUSTOMER_FIELDS:
        old = getattr(customer, field)
        new = type(old)(proposal[field]) if not isinstance(old, str) else proposal[field]
        if old != new:
            setattr(customer, field, new)
            changed[field] = f"{old} -> {new}"
    audit.record(uow.session, actor, "customer", customer.id, "edit", None, None,
                 source=f"sync from {conflict.site_code}", **changed)


def _load(uow: UnitOfWork, conflict_id: uuid.UUID, *, lock: bool = False) -> SyncConflict:
    conflict = uow.session.get(SyncConflict, conflict_id, with_for_update=lock)
    if conflict is None:
        raise NotFoundError(tr("This conflict no longer exists."))
    return conflict


__all__ = ["RESOLVER", "ConflictDetail", "ConflictRow", "Decision", "FieldDifference",
           "get_conflict", "list_open_conflicts", "resolve_conflict", "sync_in_use"]
