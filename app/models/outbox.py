"""Outgoing customer mail, written in the same transaction as the action that caused it."""

from __future__ import annotations

import uuid
from datetime import datetime
from enum import StrEnum

from sqlalchemy import CheckConstraint, Index, LargeBinary, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base, IdMixin, utcnow
from app.models.enums import enum_type


class MailState(StrEnum):
    QUEUED = "queued"
    SENDING = "sending"  # claimed by a sender; reclaimed when its lease runs out
    SENT = "sent"
    FAILED = "failed"  # gave up after the last attempt; a person must look at it


class OutboxMail(IdMixin, Base):
    __tablename__ = "outbox_mails"
    __table_args__ = (
        Index("ix_outbox_mails_due", "state", "next_attempt_at"),
        CheckConstraint("attempts >= 0", name="attempts_not_negative"),
        CheckConstraint("state <> 'sent' OR sent_at IS NOT NULL", name="sent_has_time"),
    )

    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    # Unique: the same action retried (or a double click) can never queue the mail twice, and
    # the Message-ID derived from it lets receivers drop a duplicate from the one
    # at-least-once window (a crash between SMTP accepting the mail and us marking it sent).
    idempotency_key: Mapped[str] = mapped_column(String(120), unique=True)
    to_address: Mapped[str] = mapped_column(String(300))
    subject: Mapped[str] = mapped_column(String(300))
    text_body: Mapped[str] = mapped_column(Text)
    html_body: Mapped[str] = mapped_column(Text, default="")
    attachment_name: Mapped[str] = mapped_column(String(200), default="")
    attachment: Mapped[bytes | None] = mapped_column(LargeBinary)
    # 'Render then send': the PDF is drawn by the sender, not inside the caller's transaction.
    render_kind: Mapped[str] = mapped_column(String(40), default="")
    render_ref: Mapped[uuid.UUID | None]
    state: Mapped[MailState] = mapped_column(enum_type(MailState), default=MailState.QUEUED)
    attempts: Mapped[int] = mapped_column(default=0)
    next_attempt_at: Mapped[datetime] = mapped_column(default=utcnow)
    claimed_until: Mapped[datetime | None]
    last_error: Mapped[str] = mapped_column(Text, default="")
    sent_at: Mapped[datetime | None]
