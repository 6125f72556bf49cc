"""The confirmation step (registered as app.views.screens.confirmation.ConfirmationScreen)."""

from app.views.screens.confirmation.screen import ConfirmationScreen

__all__ = ["ConfirmationScreen"]
