"""The invoicing step: delivered orders to invoice, drafts to post, posted invoices to print,
mail, credit or re-issue."""

from app.views.screens.invoicing.screen import InvoicingScreen

__all__ = ["InvoicingScreen"]
