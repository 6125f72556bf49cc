"""Which customer details a role may see, and how the others are masked.

Masking happens here, in the service layer, so a DTO handed to a warehouse actor never carries
the full phone number: a view (or an export, or a future API) cannot leak what it never got.
The rules are written down in docs/roles.md.
"""

from __future__ import annotations

from app.services.auth import Actor, may

MASK = "••••"


def sees_contact_details(actor: Actor) -> bool:
    """Phone numbers, email addresses, tax id and the billing addresses: roles that talk to
    the customer or bill them (sales, service, finance, manager, admin)."""
    return may(actor, "customer.edit") or may(actor, "order.enter")


def sees_credit(actor: Actor) -> bool:
    """Credit limit, exposure, balance and invoice history: roles that sell on credit or
    manage it."""
    return may(actor, "customer.edit") or may(actor, "credit.override")


def mask_phone(phone: str) -> str:
    """"+886 2 2345 5678" -> "••••5678": enough to confirm a caller, not to call them."""
    digits = [c for c in phone if c.isdigit()]
    if not digits:
        return ""
    return MASK + "".join(digits[-4:]) if len(digits) > 4 else MASK


def mask_text(text: str) -> str:
    """Emails, tax ids, billing addresses: nothing of them is shown."""
    return MASK if text.strip() else ""
