"""What the complaint screen shows besides the register: the history of one complaint and the
people it can be given to."""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select

from app.models import AuditEntry, User
from app.services.auth import PERMISSIONS, Actor
from app.services.complaints import ENTITY
from app.services.unit_of_work import UnitOfWork


@dataclass(frozen=True)
class HistoryEntry:
    at: datetime
    user_name: str  # "" when the system did it
    action: str  # record, assign, resolve, close, reopen
    from_state: str | None
    to_state: str | None
    detail: tuple[tuple[str, str], ...]  # e.g. (("reason", "Replacement cracked too"),)


def complaint_history(uow: UnitOfWork, complaint_id: uuid.UUID) -> list[HistoryEntry]:
    """The audit trail of one complaint, oldest first; assignees are named, not ids."""
    query = (select(AuditEntry.at, User.display_name, AuditEntry.action,
                    AuditEntry.from_state, AuditEntry.to_state, AuditEntry.detail)
             .outerjoin(User, User.id == AuditEntry.user_id)
             .where(AuditEntry.entity == ENTITY, AuditEntry.entity_id == complaint_id)
             .order_by(AuditEntry.at, AuditEntry.id))
    with uow:
        rows = uow.session.execute(query).all()
        names = dict(uow.session.execute(select(User.id, User.display_name)).all())
    entries = []
    for at, name, action, before, after, detail in rows:
        pairs = []
        for key, value in (json.loads(detail) if detail else {}).items():
            if key in ("previous", "to") and value:
                value = names.get(uuid.UUID(str(value)), value)
            if value not in (None, ""):
                pairs.append((key, str(value)))
        entries.append(HistoryEntry(at, name or "", action, before, after, tuple(pairs)))
    return entries


@dataclass(frozen=True)
class Assignee:
    id: uuid.UUID
    display_name: str
    role: str


def complaint_assignees(uow: UnitOfWork, actor: Actor) -> list[Assignee]:
    """Active users whose role may resolve complaints (assign_complaint accepts only them)."""
    roles = set(PERMISSIONS["complaint.resolve"])
    query = (select(User.id, User.display_name, User.role).where(User.active)
             .order_by(User.display_name))
    with uow:
        rows = uow.session.execute(query).all()
    return [Assignee(i, name, role.value) for i, name, role in rows
            if role in roles or role.value == "admin"]
