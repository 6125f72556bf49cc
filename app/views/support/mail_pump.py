"""Sends the outbox in the background of the running desk: a round every few seconds on a
worker thread, so a slow or absent mail server never freezes the window.

Each round is `outbox_actions.send_due_now` (its own units of work, no Qt): due mails are
claimed one at a time, sent once, and a failure only sets the mail's next try (back-off).
Offline, nothing is lost: the mails wait and the next round after the server is back sends
them. The main window starts it with `start_mail_pump(self, ctx)`.
"""

from __future__ import annotations

import atexit
import logging
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, QThread, QTimer, Signal, Slot
from shiboken6 import isValid

from app.mail_password import lookup_mail_password
from app.services.errors import UserFacingError
from app.services.mail_settings import get_mail_server
from app.services.outbox_actions import NoMailServerError, SendReport, send_due_now
from app.services.unit_of_work import UowFactory
from app.views.context import AppContext

log = logging.getLogger("orderdesk.mail")
ROUND_INTERVAL_MS = 30_000  # each mail's own back-off decides when it is due again
FIRST_ROUND_MS = 3_000  # not during start-up, when the window is still being drawn


class _Sender(QObject):
    """Lives on the pump's thread; one round per `send_round` call, queued from the pump."""

    done = Signal(object, object)  # SendReport or None; the UserFacingError that stopped it

    def __init__(self, uow_factory: UowFactory, password: Callable[[], str]) -> None:
        super().__init__()
        self._uow_factory, self._password = uow_factory, password

    @Slot()
    def send_round(self) -> None:
        report: SendReport | None = None
        problem: UserFacingError | None = None
        try:
            report = send_due_now(self._uow_factory, password=self._password())
        except NoMailServerError as exc:
            problem = exc  # not set up yet: the mails wait, quietly
        except UserFacingError as exc:  # e.g. the database is unreachable: next round
            log.info("mail round skipped: %s", exc)
            problem = exc
        except Exception:  # a bug must not end the thread; it is logged for the report
            log.exception("mail round failed")
        self.done.emit(report, problem)


class MailPump(QObject):
    """Runs sender rounds off the GUI thread: on a timer, and at once on `send_now()`."""

    _request = Signal()
    round_done = Signal(object)  # SendReport (None: nothing could be tried this round)
    problem = Signal(object)  # the UserFacingError that kept a round from running

    def __init__(self, uow_factory: UowFactory, *, interval_ms: int = ROUND_INTERVAL_MS,
                 password: Callable[[], str] = lambda: "", parent: QObject | None = None
                 ) -> None:
        super().__init__(parent)
        self._busy = self._again = False
        self._thread = QThread()
        self._thread.setObjectName("mailPumpThread")
        self._sender = _Sender(uow_factory, password)
        self._sender.moveToThread(self._thread)
        self._request.connect(self._sender.send_round)  # queued: runs on the pump thread
        self._sender.done.connect(self._finished)  # queued back to the GUI thread
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self.send_now)
        # The thread must end before Qt deletes it: when the owner goes or the app quits.
        thread, sender = self._thread, self._sender
        halt = lambda *_: _halt(thread, sender)  # noqa: E731  (keeps both alive until then)
        if parent is not None:
            parent.destroyed.connect(halt)
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(halt)

    @property
    def busy(self) -> bool:
        return self._busy

    def start(self, first_round_ms: int | None = 0, *, timer: bool = True) -> None:
        """Starts the thread; rounds on the timer (`timer`) and a first one after
        `first_round_ms` (None: only when asked, as the Outbox dialog's Send now)."""
        self._thread.start()
        _RUNNING[self._thread] = self._sender
        if timer:
            self._timer.start()
        if first_round_ms is not None:
            QTimer.singleShot(first_round_ms, self, self.send_now)

    def stop(self) -> None:
        """Waits for a round in progress (at most the SMTP timeout) and ends the thread."""
        self._timer.stop()
        _halt(self._thread, self._sender)

    @Slot()
    def send_now(self) -> None:
        """A round now; while one runs, one more right after it (a mail queued meanwhile)."""
        if not self._thread.isRunning():
            return
        if self._busy:
            self._again = True
            return
        self._busy = True
        self._request.emit()

    @Slot(object, object)
    def _finished(self, report: SendReport | None, problem: UserFacingError | None) -> None:
        self._busy = False
        if problem is not None:
            self.problem.emit(problem)
        self.round_done.emit(report)
        if self._again:
            self._again = False
            self.send_now()


_RUNNING: dict[QThread, _Sender] = {}  # a pump's owner may outlive Python's own teardown


def _halt(thread: QThread, sender: _Sender) -> None:
    _RUNNING.pop(thread, None)
    # Called again by the owner's `destroyed` or aboutToQuit after Qt already deleted it.
    if isValid(thread) and thread.isRunning():
        thread.quit()
        thread.wait()


@atexit.register
def _halt_all() -> None:
    """Qt aborts on a QThread destroyed while running: end every pump before Python exits."""
    for thread, sender in list(_RUNNING.items()):
        _halt(thread, sender)


def start_mail_pump(owner: QObject, ctx: AppContext) -> MailPump:
    """The main window's line: `self.mail_pump = start_mail_pump(self, ctx)`."""
    pump = MailPump(ctx.uow, password=lambda: keyring_password(ctx), parent=owner)
    pump.start(FIRST_ROUND_MS)
    return pump


def keyring_password(ctx: AppContext) -> str:
    """Asked each round on the pump thread: a password changed in Settings applies at once."""
    server = get_mail_server(ctx.uow(write=False))
    return lookup_mail_password(server.smtp_user, server.smtp_host) if server.smtp_user else ""
