"""The mail outbox: mails are written inside the caller's transaction and sent later."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from app.models import MailState, OutboxMail
from app.models.base import utcnow
from app.services import audit
from app.services.auth import Actor, require
from app.services.errors import InvalidStateError, NotFoundError, tr
from app.services.unit_of_work import UnitOfWork


def enqueue_mail(
    session: Session, *, key: str, to: str, subject: str, text: str, html: str = "",
    attachment_name: str = "", attachment: bytes | None = None, render_kind: str = "",
    render_ref: uuid.UUID | None = None,
) -> uuid.UUID:
    """Adds a mail to the caller's open transaction, so it exists exactly when the action
    commits. The same `key` twice returns the mail already queued (a retried action)."""
    existing = session.scalar(select(OutboxMail.id).where(OutboxMail.idempotency_key == key))
    if existing is not None:
        return existing
    mail = OutboxMail(
        idempotency_key=key, to_address=to, subject=subject, text_body=text, html_body=html,
        attachment_name=attachment_name, attachment=attachment, render_kind=render_kind,
        render_ref=render_ref)
    session.add(mail)
    return mail.id


@dataclass(frozen=True)
class OutboxRow:
    id: uuid.UUID
    created_at: datetime
    to_address: str
    subject: str
    state: MailState
    attempts: int
    next_attempt_at: datetime
    last_error: str
    sent_at: datetime | None


_ROW = (OutboxMail.id, OutboxMail.created_at, OutboxMail.to_address, OutboxMail.subject,
        OutboxMail.state, OutboxMail.attempts, OutboxMail.next_attempt_at,
        OutboxMail.last_error, OutboxMail.sent_at)


def list_outbox(uow: UnitOfWork, *, states: tuple[MailState, ...] = (), limit: int = 200
                ) -> list[OutboxRow]:
    """Newest first: what the outbox screen shows, each mail with its state."""
    query = select(*_ROW).order_by(OutboxMail.created_at.desc()).limit(limit)
    if states:
        query = query.where(OutboxMail.state.in_(states))
    with uow:
        return [OutboxRow(*row) for row in uow.session.execute(query).all()]


def get_mail(uow: UnitOfWork, mail_id: uuid.UUID) -> OutboxRow:
    with uow:
        row = uow.session.execute(select(*_ROW).where(OutboxMail.id == mail_id)).first()
    if row is None:
        raise NotFoundError(tr("That mail is no longer in the outbox."))
    return OutboxRow(*row)


def requeue_mail(uow: UnitOfWork, actor: Actor, mail_id: uuid.UUID) -> None:
    """After someone fixed the address: a failed mail is tried again at the next round."""
    require(actor, "order.confirm")
    with uow:
        changed = uow.session.execute(
            update(OutboxMail).where(OutboxMail.id == mail_id,
                                     OutboxMail.state == MailState.FAILED)
            .values(state=MailState.QUEUED, next_attempt_at=utcnow(), last_error="")
        ).rowcount  # type: ignore[attr-defined]
        if not changed:
            raise InvalidStateError(tr("Only a failed mail can be sent again."))
        audit.record(uow.session, actor, "outbox_mail", mail_id, "requeue",
                     MailState.FAILED.value, MailState.QUEUED.value)
        uow.commit()
