"""Calling a service for a scan: a refusal is an answer shown on the station, not a box.

At a scanning station a wrong scan is routine; a modal warning would stop the picker with a
scanner in one hand. `attempt()` returns the service's result, or a `Refused` carrying the
translated message for the screen to show big and red. Bugs still go through run() (the
friendly error dialog).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, TypeVar

from PySide6.QtWidgets import QWidget

from app.services.errors import UserFacingError
from app.views.support.i18n import service_message
from app.views.support.runner import _Failed, run

T = TypeVar("T")


@dataclass(frozen=True)
class Refused:
    message: str


def attempt(parent: QWidget, fn: Callable[..., T], *args: Any, **kwargs: Any
            ) -> T | Refused | _Failed:
    """fn(*args) -> its result; Refused(message) for a user-facing error; FAILED for a bug
    (already shown by run())."""

    def call() -> T | Refused:
        try:
            return fn(*args, **kwargs)
        except UserFacingError as error:
            return Refused(service_message(error))

    return run(parent, call)
