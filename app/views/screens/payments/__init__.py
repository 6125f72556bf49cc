"""The payments step: find the customer, record money received and spread it over open
invoices; see earlier payments, apply leftover credit, send confirmations."""

from app.views.screens.payments.screen import PaymentsScreen

__all__ = ["PaymentsScreen"]
