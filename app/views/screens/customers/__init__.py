"""The Customers step: a searchable list, the chosen customer's profile, the new/edit form."""

from app.views.screens.customers.screen import CustomersScreen

__all__ = ["CustomersScreen"]
