"""The order entry step (registered as app.views.screens.order_entry.OrderEntryScreen)."""

from app.views.screens.order_entry.screen import OrderEntryScreen

__all__ = ["OrderEntryScreen"]
