"""The up-sync, run by a branch that reaches head office (docs/sync.md).

Each round: ask head office what it has of this site, read the next batch at the branch,
apply it at head office in one transaction, then acknowledge it at the branch. Head office's
record of applied batches is the truth and is read again every round, so a sync cut or killed
at any point is completed by the next one, without sending anything twice.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select

from app.models import SyncChange, SyncConflict
from app.models.base import utcnow
from app.services.change_log import UP_ENTITIES
from app.services.errors import UserFacingError, tr
from app.services.settings import get_setting, set_setting
from app.services.sync_apply import ApplyOutcome, BatchOutOfOrderError, apply_batch
from app.services.sync_batches import Batch, last_applied_seq, read_batch
from app.services.unit_of_work import UowFactory

ACKED_SEQ, LAST_SYNCED = "sync.acked_seq", "sync.last_synced_at"
ONLINE, LAST_ERROR = "sync.online", "sync.last_error"  # written by sync_runner
_RESTARTS = 3  # a concurrent sync of the same branch moved head office on: ask again


class BranchBehindError(UserFacingError):
    """The branch file knows fewer changes than head office has applied from it."""


@dataclass(frozen=True)
class SyncResult:
    batches_applied: int
    batches_already_applied: int
    aggregates: int
    conflicts: int
    acked_seq: int


@dataclass(frozen=True)
class SyncStatus:
    """For the status bar: what is waiting, and when the last sync finished."""

    waiting: int  # changes made here, to go up, that head office has not acknowledged
    acked_seq: int
    last_synced_at: datetime | None
    online: bool = True  # the last attempt reached head office (True before any attempt)
    last_error: str = ""  # why the last attempt failed, as the user should read it
    open_conflicts: int = 0  # recorded here, waiting for a person


def sync_up(branch: UowFactory, head_office: UowFactory, *,
            after_apply: Callable[[Batch, ApplyOutcome], None] | None = None) -> SyncResult:
    """Sends every waiting change of this branch to head office as one batch (a round
    starts again if another sync of this branch moved head office on meanwhile).

    `after_apply` runs after head office committed a batch and before the branch records it
    (fault-injection tests kill the process there).
    """
    with branch(write=False) as b:
        site = b.site_code
        newest = int(b.session.scalar(select(func.max(SyncChange.seq))) or 0)
    applied = already = aggregates = conflicts = restarts = 0
    while True:
        with head_office(write=False) as h:
            done = last_applied_seq(h.session.connection(), site)
        if done > newest:
            raise BranchBehindError(
                tr("Head office already has changes of {site} up to {done}, but this "
                   "database only knows {newest}: was it restored from an old backup? "
                   "Syncing stopped so that nothing is overwritten."),
                site=site, done=done, newest=newest)
        with branch(write=False) as b:
            batch = read_batch(b.session.connection(), site, done)
        if batch is None:
            _acknowledge(branch, done)
            return SyncResult(applied, already, aggregates, conflicts, done)
        try:
            outcome = apply_batch(head_office, batch)
        except BatchOutOfOrderError:
            restarts += 1
            if restarts > _RESTARTS:
                raise
            continue
        if after_apply is not None:
            after_apply(batch, outcome)
        _acknowledge(branch, batch.last_seq)
        if outcome.applied:
            applied += 1
            aggregates += len(batch.aggregates)
            conflicts += outcome.conflicts
        else:
            already += 1


def _acknowledge(branch: UowFactory, seq: int) -> None:
    with branch() as uow:
        set_setting(uow.session, ACKED_SEQ, str(seq))
        set_setting(uow.session, LAST_SYNCED, utcnow().isoformat())
        uow.commit()


def sync_status(branch: UowFactory) -> SyncStatus:
    with branch(write=False) as uow:
        acked = int(get_setting(uow.session, ACKED_SEQ) or 0)
        # Only what goes up: a branch's own settings change is logged but stays here.
        waiting = uow.session.scalar(select(func.count()).select_from(SyncChange).where(
            SyncChange.seq > acked, SyncChange.origin.is_(None),
            SyncChange.entity.in_(UP_ENTITIES))) or 0
        last = get_setting(uow.session, LAST_SYNCED)
        error = get_setting(uow.session, LAST_ERROR)
        online = get_setting(uow.session, ONLINE) != "0"
        conflicts = uow.session.scalar(select(func.count()).select_from(SyncConflict)
                                       .where(SyncConflict.resolved_at.is_(None))) or 0
    return SyncStatus(waiting, acked, datetime.fromisoformat(last) if last else None,
                      online, error, conflicts)


__all__ = ["ACKED_SEQ", "LAST_ERROR", "LAST_SYNCED", "ONLINE",
           "BranchBehindError", "SyncResult", "SyncStatus", "sync_status", "sync_up"]
