"""One sync as the branch runs it, in the background or on demand: up, then down, and what
the status bar shows afterwards (online or not, the last error). No Qt: a worker thread in
the views calls `sync_now` and shows `sync_up.sync_status`."""

from __future__ import annotations

import json
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
    error: str  # "" when everything went through (English, for the command line)
    problem: UserFacingError | None = None  # the same, for a desk to show translated


def sync_now(branch: UowFactory, head_office: UowFactory) -> SyncReport:
    """Up first (the branch's work reaches head office), then down. A failure is recorded
    for the status bar, never raised: the next attempt completes whatever was cut."""
    up = down = None
    try:
        up = sync_up(branch, head_office)
        down = sync_down(branch, head_office)
    except (DatabaseUnavailableError, OperationalError):
        report = SyncReport(False, up, down, OFFLINE_MESSAGE, UserFacingError(OFFLINE_MESSAGE))
    except UserFacingError as exc:  # reached head office, but something needs a person
        report = SyncReport(True, up, down, exc.message, exc)
    else:
        report = SyncReport(True, up, down, "")
    _record(branch, report)
    return report


def _record(branch: UowFactory, report: SyncReport) -> None:
    # The template and its fields, not the English text: the status bar shows it in the
    # user's language (stored_error).
    error = "" if report.problem is None else json.dumps(
        {"template": report.problem.template,
         "params": {k: str(v) for k, v in report.problem.params.items()}})
    with branch() as uow:
        set_setting(uow.session, ONLINE, "1" if report.online else "0")
        set_setting(uow.session, LAST_ERROR, error)
        uow.commit()


def stored_error(text: str) -> UserFacingError | None:
    """The last attempt's problem as `_record` stored it (None: there was none)."""
    if not text:
        return None
    try:
        raw = json.loads(text)
        return UserFacingError(str(raw["template"]), **dict(raw["params"]))
    except (ValueError, KeyError, TypeError):  # written by an older version: plain text
        return UserFacingError(text.replace("{", "{{").replace("}", "}}"))


__all__ = ["OFFLINE_MESSAGE", "SyncReport", "stored_error", "sync_now"]
