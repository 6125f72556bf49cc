"""The one error hierarchy services raise; the UI maps each kind to one way of telling the user.

Messages are English templates with `{name}` fields, marked with `tr()` so the translation
tools find them; the view layer translates the template and then fills in `params`.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any


def tr(text: str) -> str:
    """Marks a message template for translation; the view translates it when shown."""
    return text


class AppError(Exception):
    """Base of every error a service raises on purpose."""


class UserFacingError(AppError):
    """Something the user can fix; the message says what to do next."""

    def __init__(self, template: str, **params: Any) -> None:
        self.template = template
        self.params = params
        super().__init__(self.message)

    @property
    def message(self) -> str:
        return self.template.format(**self.params)


class ValidationError(UserFacingError):
    """One input is wrong; `field` names it so the screen can highlight it."""

    def __init__(self, field: str, template: str, **params: Any) -> None:
        self.field = field
        super().__init__(template, **params)


class NotFoundError(UserFacingError):
    pass


class ConflictError(UserFacingError):
    """Someone else changed the same record first; reload and try again."""


class PermissionDeniedError(UserFacingError):
    pass


class InsufficientStockError(UserFacingError):
    def __init__(self, sku: str, wanted: Decimal, available: Decimal) -> None:
        self.sku, self.wanted, self.available = sku, wanted, available
        super().__init__(
            tr("Only {available} of {sku} are available, {wanted} were asked for. "
               "Allocate what is there and back-order the rest, or choose another option."),
            sku=sku, wanted=wanted, available=available,
        )


class InvalidStateError(UserFacingError):
    """The action does not fit the document's current state."""


class DatabaseRuleError(UserFacingError):
    """A constraint in the database refused the commit: the last guard, after the services'
    own checks (which should have caught it with a better message) or after a race."""


class DatabaseUnavailableError(UserFacingError):
    def __init__(self) -> None:
        super().__init__(
            tr("The database cannot be reached. Nothing was saved; check the connection "
               "and try again.")
        )
