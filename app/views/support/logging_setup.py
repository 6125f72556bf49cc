"""A rotating log file in the user's log folder, and unexpected errors shown once."""

from __future__ import annotations

import logging
import sys
from logging.handlers import RotatingFileHandler
from pathlib import Path
from types import TracebackType

from app.views.support.runner import show_unexpected

LOG_BYTES = 2_000_000
LOG_COPIES = 5


def install_logging(folder: Path) -> Path:
    """Logs to folder/orderdesk.log (5 x 2 MB) and routes uncaught exceptions in Qt slots to
    the friendly error dialog instead of a silent stderr line."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "orderdesk.log"
    handler = RotatingFileHandler(path, maxBytes=LOG_BYTES, backupCount=LOG_COPIES,
                                  encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    root.addHandler(handler)
    root.setLevel(logging.INFO)
    sys.excepthook = _show_and_log
    logging.getLogger("orderdesk").info("OrderDesk started")
    return path


def _show_and_log(kind: type[BaseException], error: BaseException,
                  tb: TracebackType | None) -> None:
    if issubclass(kind, KeyboardInterrupt):
        sys.__excepthook__(kind, error, tb)
        return
    show_unexpected(None, error.with_traceback(tb))
