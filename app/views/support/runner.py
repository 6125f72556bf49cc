"""Calling a service from a screen: one place decides how each kind of failure is told.

    result = run(self, orders.confirm_order, ctx.uow(), ctx.actor, order_id)
    if result is FAILED:
        return

- A `UserFacingError` (the user can fix it) becomes a warning box in the user's language.
- A `ValidationError` whose field the screen passed in `fields` is shown at that field
  instead (see FieldErrors), so the user sees the problem where they type.
- `DatabaseUnavailableError` says that nothing was saved and to try again.
- Anything else is a bug: logged with its traceback and shown once in ErrorDialog, with
  "Copy details" for the bug report. Services commit only at the end of a unit of work, so a
  failure part-way has saved nothing.
"""

from __future__ import annotations

import logging
import traceback
from collections.abc import Callable
from typing import Any, Final, TypeVar

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.services.errors import UserFacingError, ValidationError
from app.views.support.i18n import service_message

log = logging.getLogger("orderdesk.ui")
T = TypeVar("T")


class _Failed:
    """Returned by run() when the call failed and the user has been told."""

    def __repr__(self) -> str:
        return "FAILED"

    def __bool__(self) -> bool:
        return False


FAILED: Final = _Failed()


def run(parent: QWidget | None, fn: Callable[..., T], *args: Any,
        fields: FieldErrorsLike | None = None, quiet: bool = False, **kwargs: Any) -> T | _Failed:
    """Calls `fn(*args, **kwargs)`; on failure tells the user and returns FAILED.

    `quiet`: don't show a box for user-facing errors (the caller shows them inline).
    """
    if fields is not None:
        fields.clear()
    QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        return fn(*args, **kwargs)
    except ValidationError as error:
        QGuiApplication.restoreOverrideCursor()
        if fields is not None and fields.show(error.field, service_message(error)):
            return FAILED
        if not quiet:
            show_problem(parent, error)
        return FAILED
    except UserFacingError as error:
        QGuiApplication.restoreOverrideCursor()
        if not quiet:
            show_problem(parent, error)
        return FAILED
    except Exception as error:
        QGuiApplication.restoreOverrideCursor()
        show_unexpected(parent, error)
        return FAILED
    finally:
        if QGuiApplication.overrideCursor() is not None:
            QGuiApplication.restoreOverrideCursor()


class FieldErrorsLike:
    """What run() needs from a form's error display (see widgets.FieldErrors)."""

    def clear(self) -> None:  # pragma: no cover - interface
        raise NotImplementedError

    def show(self, field: str, message: str) -> bool:  # pragma: no cover - interface
        raise NotImplementedError


def show_problem(parent: QWidget | None, error: UserFacingError) -> None:
    title = QCoreApplication.translate("Runner", "OrderDesk")
    box = QMessageBox(QMessageBox.Icon.Warning, title, service_message(error),
                      QMessageBox.StandardButton.Ok, parent)
    box.setObjectName("problemBox")
    box.exec()


class ErrorDialog(QDialog):
    """The one dialog for a bug: what happened in plain words, details to copy."""

    def __init__(self, details: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("errorDialog")
        self.setWindowTitle(QCoreApplication.translate("Runner", "Something went wrong"))
        self.details = details
        text = QLabel(QCoreApplication.translate("Runner",
            "OrderDesk ran into an unexpected problem. What you were doing was not saved; "
            "everything saved before is safe. Please try again, and if it happens again send "
            "the details below to your administrator."))
        text.setWordWrap(True)
        box = QPlainTextEdit(details)
        box.setObjectName("errorDetails")
        box.setReadOnly(True)
        box.setMinimumSize(520, 160)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        copy = QPushButton(QCoreApplication.translate("Runner", "Copy details"))
        copy.setObjectName("copyDetailsButton")
        buttons.addButton(copy, QDialogButtonBox.ButtonRole.ActionRole)
        copy.clicked.connect(self.copy_details)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addWidget(box)
        layout.addWidget(buttons)

    def copy_details(self) -> None:
        QApplication.clipboard().setText(self.details)


def show_unexpected(parent: QWidget | None, error: BaseException) -> None:
    details = "".join(traceback.format_exception(type(error), error, error.__traceback__))
    log.error("Unexpected error\n%s", details)
    ErrorDialog(details, parent).exec()
