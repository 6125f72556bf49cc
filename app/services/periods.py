"""Period close: once the books are closed up to a day, nothing dated on or before it posts."""

from __future__ import annotations

import uuid
from datetime import date

from sqlalchemy.orm import Session

from app.services import audit
from app.services.auth import Actor, require
from app.services.errors import InvalidStateError, ValidationError, tr
from app.services.settings import get_setting, set_setting
from app.services.unit_of_work import UnitOfWork

KEY = "period_closed_until"
# Settings have text keys; the audit trail wants an id, so the setting gets a fixed one.
AUDIT_ID = uuid.uuid5(uuid.NAMESPACE_URL, f"orderdesk:setting:{KEY}")


def closed_until(session: Session) -> date | None:
    value = get_setting(session, KEY)
    return date.fromisoformat(value) if value else None


def ensure_open(session: Session, day: date, document: str) -> None:
    """Refuses to post a `document` dated on or before the closing day."""
    closed = closed_until(session)
    if closed is not None and day <= closed:
        raise InvalidStateError(
            tr("The books are closed up to {closed}, so a {document} dated {day} cannot be "
               "posted. Date it after {closed}, or ask a manager to reopen the period."),
            closed=closed.isoformat(), document=document, day=day.isoformat())


def get_period_closed_until(uow: UnitOfWork) -> date | None:
    with uow:
        return closed_until(uow.session)


def close_period(uow: UnitOfWork, actor: Actor, until: date, *, today: date | None = None
                 ) -> None:
    """Closes the books up to and including `until`; a period is closed once it has ended."""
    require(actor, "period.close")
    today = today or date.today()
    if until >= today:
        raise ValidationError("until", tr("Only days before today can be closed; choose "
                                          "{yesterday} or earlier."),
                              yesterday=date.fromordinal(today.toordinal() - 1).isoformat())
    with uow:
        session = uow.session
        before = closed_until(session)
        if before is not None and until < before:
            raise InvalidStateError(tr("The books are already closed up to {closed}. Reopen "
                                       "the period first to move the date back."),
                                    closed=before.isoformat())
        set_setting(session, KEY, until.isoformat())
        audit.record(session, actor, "setting", AUDIT_ID, "close_period",
                     before.isoformat() if before else None, until.isoformat(), key=KEY)
        uow.commit()


def reopen_period(uow: UnitOfWork, actor: Actor, until: date | None, reason: str) -> None:
    """Moves the closing day back (or removes it); rare, so only with a recorded reason."""
    require(actor, "settings.manage")
    if not reason.strip():
        raise ValidationError("reason", tr("Say why the closed period is reopened."))
    with uow:
        session = uow.session
        before = closed_until(session)
        if before is None or (until is not None and until >= before):
            raise InvalidStateError(tr("That would not reopen anything; to close more days "
                                       "use period close."))
        set_setting(session, KEY, until.isoformat() if until else "")
        audit.record(session, actor, "setting", AUDIT_ID, "reopen_period", before.isoformat(),
                     until.isoformat() if until else None, key=KEY, reason=reason.strip())
        uow.commit()
