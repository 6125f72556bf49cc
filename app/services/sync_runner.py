"""One sync as the branch runs it, in the background or on demand: up, then down, and what
the status bar shows afterwards (online or not, the last error). No Qt: a worker thread in
the views calls `sync_now` and shows `sync_up.sync_status`."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.exc import OperationalError

from app.services.errors import DatabaseUnavailableError, UserFacingError, tr
from app.services.settings import set_setting
from app.services.sync_down import DownResult, sync_down
from app.services.sync_up import LAST_ERROR, ONLINE, SyncResult, sync_up
from app.services.unit_of_work import UowFactory

OFFLINE_MESSAGE = tr("Head office cannot be reached; work goes on here and syncs later.")


@dataclass(frozen=True)
class SyncReport:
    online: bool
    up: SyncResult | None
    down: DownResult | None
    error: str  # "" when everything went through


def sync_now(branch: UowFactory, head_office: UowFactory) -> SyncReport:
    """Up first (the branch's work reaches head office), then down. A failure is recorded
    for the status bar, never raised: the next attempt completes whatever was cut."""
    up = down = None
    try:
        up = sync_up(branch, head_office)
        down = sync_down(branch, head_office)
    except (DatabaseUnavailableError, OperationalError):
        report = SyncReport(False, up, down, OFFLINE_MESSAGE)
    except UserFacingError as exc:  # reached head office, but something needs a person
        report = SyncReport(True, up, down, exc.message)
    else:
        report = SyncReport(True, up, down, "")
    _record(branch, report)
    return report


def _record(branch: UowFactory, report: SyncReport) -> None:
    with branch() as uow:
        set_setting(uow.session, ONLINE, "1" if report.online else "0")
        set_setting(uow.session, LAST_ERROR, report.error)
        uow.commit()


__all__ = ["OFFLINE_MESSAGE", "SyncReport", "sync_now"]
