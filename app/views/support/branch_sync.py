"""A branch desk's background sync with head office (docs/sync.md) and its status-bar
indicator: "Online · synced 10:42 · 3 changes waiting", "Offline · last synced 10:40 · 57
changes waiting", "2 conflicts".

`sync_runner.sync_now` runs on a worker thread, never on the GUI thread (an unreachable head
office takes up to its connect timeout), every SYNC_INTERVAL_MS and on demand (File > Sync
now, Shift+F9: F9 starts picking on the picking screen). A request while one runs is
ignored, not queued: the running one sends everything waiting anyway. After every attempt
the indicator is read again from `sync_up.sync_status`; after one that brought changes down
the window refreshes its counts and the current screen, as F5 does.

The main window installs it with `install_branch_sync(window, ctx, config)`: nothing happens
on a desk without a head-office link.
"""

from __future__ import annotations

import contextlib
import logging
import threading
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QLabel, QMainWindow, QMenu

from app.bootstrap import is_local_file
from app.config import Config
from app.head_office_link import HeadOffice, LinkError, link_path, open_saved_link
from app.services import sync_conflicts
from app.services.errors import UserFacingError
from app.services.sync_runner import SyncReport, stored_error, sync_now
from app.services.sync_up import SyncStatus, sync_status
from app.services.unit_of_work import UowFactory
from app.views.context import AppContext
from app.views.support import formatting as fmt
from app.views.support.i18n import service_message

log = logging.getLogger("orderdesk.sync")
SYNC_INTERVAL_MS = 60_000  # a minute: a branch's work reaches head office soon after
FIRST_SYNC_MS = 3_000  # not while the window is still being drawn
SYNC_SHORTCUT = "Shift+F9"
ONLINE_STYLE, OFFLINE_STYLE, CONFLICT_STYLE = ("color: #1b6e20;", "color: #b3261e;",
                                               "color: #b3261e; font-weight: 600;")


class BranchSync(QObject):
    attempted = Signal(object)  # SyncReport (None: the attempt failed unexpectedly)
    _finished = Signal(object)  # from the worker thread; queued to the GUI thread

    def __init__(self, branch: UowFactory, head_office: HeadOffice, *,
                 refresh: Callable[[], None] = lambda: None,
                 interval_ms: int = SYNC_INTERVAL_MS, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.branch, self.head_office, self._refresh = branch, head_office, refresh
        self.running = False
        self.status: SyncStatus | None = None
        self.label = QLabel()
        self.label.setObjectName("syncLabel")
        self.label.setContentsMargins(6, 0, 6, 0)
        self.action = QAction(self)
        self.action.setObjectName("syncNowAction")
        self.action.setShortcut(QKeySequence(SYNC_SHORTCUT))
        self.action.triggered.connect(self.sync_now)
        self._finished.connect(self._done)
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.sync_now)
        self.retranslate()

    def start(self, first_ms: int | None = FIRST_SYNC_MS) -> None:
        self.timer.start()
        if first_ms is not None:
            QTimer.singleShot(first_ms, self, self.sync_now)

    def stop(self) -> None:
        self.timer.stop()
        self.head_office.dispose()

    # -- syncing ---------------------------------------------------------------------------
    def sync_now(self) -> bool:
        """Starts an attempt off the GUI thread; False (and nothing done) while one runs."""
        if self.running:
            return False
        self.running = True
        self.label.setText(self.tr("Syncing…"))
        threading.Thread(target=self._work, name="orderdesk-sync", daemon=True).start()
        return True

    def _work(self) -> None:  # on the worker thread: no widgets here, only the signal
        report: SyncReport | None = None
        try:
            report = sync_now(self.branch, self.head_office.uow)
        except Exception:  # a bug must not end the desk; the next attempt tries again
            log.exception("sync attempt failed")
        with contextlib.suppress(RuntimeError):  # the window closed meanwhile
            self._finished.emit(report)

    def _done(self, report: SyncReport | None) -> None:
        self.running = False
        self.show_status()
        if report is not None and report.down is not None and report.down.applied:
            self._refresh()  # head office's changes are here: the screen shows them (F5)
        self.attempted.emit(report)

    # -- showing ---------------------------------------------------------------------------
    def show_status(self) -> None:
        try:
            self.status = sync_status(self.branch)
        except UserFacingError as exc:  # the branch's own file: shown, never a box every minute
            self.label.setText(str(exc))
            return
        self.label.setText(self.describe(self.status))
        self.label.setToolTip(self._error_text(self.status))
        style = ONLINE_STYLE if self.status.online and not self.status.last_error \
            else OFFLINE_STYLE
        self.label.setStyleSheet(CONFLICT_STYLE if self.status.open_conflicts else style)

    def describe(self, status: SyncStatus) -> str:
        when = fmt.clock(status.last_synced_at)
        if status.online and not status.last_error:
            parts = [self.tr("Online"), self.tr("synced {0}").replace("{0}", when) if when
                     else self.tr("not synced yet")]
        elif status.online:
            parts = [self.tr("Sync stopped: see the tooltip")]
        else:
            parts = [self.tr("Offline"), self.tr("last synced {0}").replace("{0}", when)
                     if when else self.tr("never synced")]
        if status.waiting:  # change-log entries: an order with its lines is one change
            parts.append(self.tr("1 change waiting") if status.waiting == 1 else self.tr(
                "{0} changes waiting").replace("{0}", fmt.number(status.waiting)))
        if status.open_conflicts:
            parts.append(self.tr("1 conflict") if status.open_conflicts == 1 else self.tr(
                "{0} conflicts").replace("{0}", fmt.number(status.open_conflicts)))
        return " · ".join(parts)

    def _error_text(self, status: SyncStatus) -> str:
        problem = stored_error(status.last_error)
        if problem is None:
            return self.tr("Head office: {0}").replace("{0}", self.head_office.link.label)
        return service_message(problem)

    def retranslate(self) -> None:
        self.action.setText(self.tr("S&ync with head office now"))
        if self.status is not None and not self.running:
            self.label.setText(self.describe(self.status))


def desk_syncs(ctx: AppContext, config: Config | None) -> bool:
    """Whether the conflict review is listed: a branch with a link, or a database that has
    synced (head office once a branch sent a batch)."""
    if config is not None and has_link(config):
        return True
    try:
        return sync_conflicts.sync_in_use(ctx.uow(write=False))
    except UserFacingError:
        return False


def has_link(config: Config) -> bool:
    """A desk on its local file with a saved link (a broken link file counts: it is a
    branch whose link needs fixing in Settings)."""
    return is_local_file(config.db_url) and link_path(config.data_dir).is_file()


def install_branch_sync(window: QMainWindow, ctx: AppContext, config: Config | None,
                        file_menu: QMenu, after: QAction, refresh: Callable[[], None],
                        ) -> BranchSync | None:
    """The indicator in the status bar, File > Sync now, and the timer; None without a
    link (or with one that cannot be read: logged, the desk works on alone)."""
    if config is None:
        return None
    try:
        head_office = open_saved_link(config.data_dir, config.db_url)
    except LinkError as exc:
        log.warning("head-office link not used: %s", exc)
        return None
    if head_office is None:
        return None
    sync = BranchSync(ctx.uow, head_office, refresh=refresh, parent=window)
    window.statusBar().addPermanentWidget(sync.label)
    window.addAction(sync.action)  # the shortcut works wherever the focus is
    actions = file_menu.actions()
    position = actions.index(after) + 1 if after in actions else len(actions)
    file_menu.insertAction(actions[position] if position < len(actions) else None,
                           sync.action)
    window.destroyed.connect(lambda *_: head_office.dispose())
    sync.show_status()
    sync.start()
    return sync
