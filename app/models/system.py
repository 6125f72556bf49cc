"""Users, settings, the audit trail and document number series."""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import CheckConstraint, ForeignKey, Index, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base, IdMixin, utcnow
from app.models.enums import Role, enum_type


class User(IdMixin, Base):
    __tablename__ = "users"

    username: Mapped[str] = mapped_column(String(60), unique=True)
    display_name: Mapped[str] = mapped_column(String(120))
    # "scrypt$n$r$p$salt_hex$hash_hex": the clear password is never stored or logged.
    password_hash: Mapped[str] = mapped_column(String(300))
    role: Mapped[Role] = mapped_column(enum_type(Role))
    active: Mapped[bool] = mapped_column(default=True)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class Setting(Base):
    __tablename__ = "settings"

    key: Mapped[str] = mapped_column(String(80), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class AuditEntry(IdMixin, Base):
    """Who changed what, when, from which state to which: append-only."""

    __tablename__ = "audit_log"
    __table_args__ = (Index("ix_audit_log_entity", "entity", "entity_id"),)

    at: Mapped[datetime] = mapped_column(default=utcnow, index=True)
    user_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("users.id"))
    entity: Mapped[str] = mapped_column(String(40))
    entity_id: Mapped[uuid.UUID]
    action: Mapped[str] = mapped_column(String(40))
    from_state: Mapped[str | None] = mapped_column(String(40))
    to_state: Mapped[str | None] = mapped_column(String(40))
    detail: Mapped[str | None] = mapped_column(Text)


class NumberSeries(Base):
    """One counter row per (site, document kind); locked while a number is taken, so gapless."""

    __tablename__ = "number_series"
    __table_args__ = (
        UniqueConstraint("site_code", "kind"),
        CheckConstraint("next_value >= 1", name="positive"),
    )

    id: Mapped[int] = mapped_column(primary_key=True, autoincrement=True)
    site_code: Mapped[str] = mapped_column(String(8))
    kind: Mapped[str] = mapped_column(String(8))
    next_value: Mapped[int] = mapped_column(default=1)
