"""Append-only audit trail: every state change says who, when, from and to."""

from __future__ import annotations

import json
import uuid
from typing import Any

from sqlalchemy.orm import Session

from app.models import AuditEntry
from app.services.auth import Actor


def record(
    session: Session,
    actor: Actor | None,
    entity: str,
    entity_id: uuid.UUID,
    action: str,
    from_state: str | None = None,
    to_state: str | None = None,
    **detail: Any,
) -> None:
    session.add(
        AuditEntry(
            user_id=actor.user_id if actor else None,
            entity=entity,
            entity_id=entity_id,
            action=action,
            from_state=from_state,
            to_state=to_state,
            detail=json.dumps(detail, default=str, ensure_ascii=False) if detail else None,
        )
    )
