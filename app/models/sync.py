"""Branch/head-office sync: the change log, the batches a site has applied, and conflicts.

See docs/sync.md. The same tables exist on every site: a branch logs its changes for the
up-sync, head office logs its own for the down-sync and records the batches it applied.
"""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import BigInteger, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base, IdMixin, utcnow


class SyncChange(Base):
    """One changed aggregate (an order with its lines, a customer with contacts), written in
    the transaction that changed it; `seq` orders the changes of this site."""

    __tablename__ = "sync_changes"
    # AUTOINCREMENT on SQLite: a seq is never handed out twice, even after old rows are
    # pruned, since head office recognises batches by their seq range.
    __table_args__ = (Index("ix_sync_changes_entity", "entity", "entity_id"),
                      {"sqlite_autoincrement": True})

    # BIGINT on PostgreSQL, INTEGER (rowid) on SQLite, where only INTEGER PRIMARY KEY counts.
    seq: Mapped[int] = mapped_column(BigInteger().with_variant(Integer(), "sqlite"),
                                     primary_key=True, autoincrement=True)
    entity: Mapped[str] = mapped_column(String(40))
    entity_id: Mapped[uuid.UUID]
    # NULL: changed here. A site code: received from that site by a sync (not echoed back).
    origin: Mapped[str | None] = mapped_column(String(8))
    at: Mapped[datetime] = mapped_column(default=utcnow)


class SyncAppliedBatch(Base):
    """A batch this database has applied: applying the same batch again changes nothing."""

    __tablename__ = "sync_applied_batches"
    __table_args__ = (Index("ix_sync_applied_batches_site", "site_code", "last_seq"),)

    batch_id: Mapped[str] = mapped_column(String(60), primary_key=True)  # "BR1:101-150"
    site_code: Mapped[str] = mapped_column(String(8))
    first_seq: Mapped[int] = mapped_column(BigInteger)
    last_seq: Mapped[int] = mapped_column(BigInteger)
    aggregates: Mapped[int] = mapped_column(default=0)
    applied_at: Mapped[datetime] = mapped_column(default=utcnow)


class SyncConflict(IdMixin, Base):
    """Something a sync would not decide alone; a person resolves it on the review screen."""

    __tablename__ = "sync_conflicts"
    __table_args__ = (Index("ix_sync_conflicts_open", "resolved_at", "created_at"),)

    site_code: Mapped[str] = mapped_column(String(8))  # the site whose batch raised it
    batch_id: Mapped[str] = mapped_column(String(60))
    entity: Mapped[str] = mapped_column(String(40))
    entity_id: Mapped[uuid.UUID]
    reason: Mapped[str] = mapped_column(String(40))  # customer_edited, confirmed_during_hold...
    ours: Mapped[str | None] = mapped_column(Text)  # this database's version, JSON
    theirs: Mapped[str] = mapped_column(Text)  # the other site's version, JSON
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    resolved_at: Mapped[datetime | None]
    resolved_by: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("users.id"))
    resolution: Mapped[str] = mapped_column(String(40), default="")
