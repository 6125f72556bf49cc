"""The receivables step: balances and aging per customer, overdue invoices with their reminder
levels, customer statements, and the period close."""

from app.views.screens.receivables.screen import ReceivablesScreen

__all__ = ["ReceivablesScreen"]
