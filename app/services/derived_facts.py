"""Keeping a table of derived KPI facts (order_facts, invoice_facts) in step with the tables
it is computed from, driven by the sync change log (docs/kpis.md, Speed).

Why it is exact: every change to an order, a shipment, a delivery, a pick list, a complaint,
an invoice, a payment or a credit note writes a `sync_changes` row in the same transaction
(app/services/change_log.py). A facts table remembers the last change-log entry it has taken
in (a site-local setting, "<site>:<seq>"), and `refresh` recomputes, from the source tables,
the rows of every record named after it. The KPI services call `refresh` before they read,
so a figure never lags behind a committed change; the dashboard calls it first, after which
each check is one indexed lookup. Rows are always recomputed whole, never patched.

On PostgreSQL sequence values can commit out of order, so the horizon up to which the log is
read is fixed the way the down-sync fixes it (change_log.horizon): an instant's SHARE lock
on `sync_changes` waits for every transaction still writing to it, a bounded time.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Select, Table, delete, func, insert, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from app.models import Setting, SyncChange
from app.services import change_log
from app.services.errors import DatabaseRuleError
from app.services.settings import get_setting, set_setting
from app.services.unit_of_work import UnitOfWork


@dataclass(frozen=True)
class FactsTable:
    table: Table
    watermark: str  # settings key; must be in settings.SITE_LOCAL_SETTINGS
    all_ids: Callable[[], Select[Any]]  # every record that has a row
    changed_ids: Callable[[int, int], Any]  # records named by log entries since < seq <= until
    rows_of: Callable[[Any], Select[Any]]  # the rows of the records a SELECT of ids names
    # Called before the rows of the ids (None: all rows) are rewritten; what it returns is
    # called after, in the same transaction (kpi_daily re-sums the days they touched).
    around: Callable[[Session, Any | None], Callable[[], None]] | None = None

    @property
    def key(self) -> Any:
        return next(iter(self.table.primary_key.columns))

    @property
    def columns(self) -> list[str]:
        return [c.name for c in self.table.columns]


def _taken_in(session: Session, facts: FactsTable, site: str) -> int | None:
    """The last change-log seq the rows reflect, or None when they must be built from scratch
    (never built, or built on another site's database: a copied file starts again)."""
    mark_site, _, seq = get_setting(session, facts.watermark).partition(":")
    return int(seq) if mark_site == site and seq.isdigit() else None


def _newest(session: Session) -> int:
    return int(session.scalar(select(func.max(SyncChange.seq))) or 0)


def is_current(uow: UnitOfWork, facts: FactsTable) -> bool:
    with uow:
        return _taken_in(uow.session, facts, uow.site_code) == _newest(uow.session)


def refresh(uow: UnitOfWork, facts: FactsTable) -> int:
    """Brings the rows up to date; returns how many records were recomputed. Maintenance of
    derived facts, not a user's change: no permission and no audit entry."""
    with uow:
        if _taken_in(uow.session, facts, uow.site_code) == _newest(uow.session):
            return 0  # the usual case: one indexed lookup and a settings read
    uow = uow.writing()  # the caller's may be a read (a KPI read on a write=False desk)
    with uow:
        horizon = change_log.horizon(uow.session.connection())
        uow.commit()  # releases the lock at once; writers wait only for that instant
    try:
        with uow:
            s = uow.session
            # One refresh at a time: the second waits here, then finds the work done.
            s.scalar(select(Setting.key).where(Setting.key == facts.watermark)
                     .with_for_update())
            since = _taken_in(s, facts, uow.site_code)
            if since is not None and since >= horizon:
                return 0
            ids = facts.all_ids() if since is None else facts.changed_ids(since, horizon)
            after = facts.around(s, None if since is None else ids) if facts.around else None
            if since is None:
                s.execute(delete(facts.table))
            else:
                s.execute(delete(facts.table).where(facts.key.in_(ids)))
            s.execute(insert(facts.table).from_select(facts.columns, facts.rows_of(ids)))
            if after is not None:
                after()
            count = int(s.scalar(select(func.count()).select_from(ids.subquery())) or 0)
            set_setting(s, facts.watermark, f"{uow.site_code}:{horizon}")
            uow.commit()
            return count
    except (IntegrityError, DatabaseRuleError):  # a duplicate key, at a statement or commit
        return 0  # another desk built the rows at the same moment: theirs are as good


__all__ = ["FactsTable", "is_current", "refresh"]
