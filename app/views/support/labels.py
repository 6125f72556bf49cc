"""Domain words as the user reads them, translated: order states, roles, channels."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

ORDER_STATES: dict[str, str] = {
    "draft": QT_TRANSLATE_NOOP("OrderState", "Draft"),
    "confirmed": QT_TRANSLATE_NOOP("OrderState", "Confirmed"),
    "partially_allocated": QT_TRANSLATE_NOOP("OrderState", "Partly allocated"),
    "allocated": QT_TRANSLATE_NOOP("OrderState", "Allocated"),
    "picked": QT_TRANSLATE_NOOP("OrderState", "Picked"),
    "packed": QT_TRANSLATE_NOOP("OrderState", "Packed"),
    "partially_shipped": QT_TRANSLATE_NOOP("OrderState", "Partly shipped"),
    "shipped": QT_TRANSLATE_NOOP("OrderState", "Shipped"),
    "delivered": QT_TRANSLATE_NOOP("OrderState", "Delivered"),
    "invoiced": QT_TRANSLATE_NOOP("OrderState", "Invoiced"),
    "cancelled": QT_TRANSLATE_NOOP("OrderState", "Cancelled"),
}

ROLES: dict[str, str] = {
    "sales": QT_TRANSLATE_NOOP("Roles", "Sales"),
    "service": QT_TRANSLATE_NOOP("Roles", "Service"),
    "warehouse": QT_TRANSLATE_NOOP("Roles", "Warehouse"),
    "finance": QT_TRANSLATE_NOOP("Roles", "Finance"),
    "manager": QT_TRANSLATE_NOOP("Roles", "Manager"),
    "admin": QT_TRANSLATE_NOOP("Roles", "Admin"),
}


def order_state(value: str) -> str:
    return QCoreApplication.translate("OrderState", ORDER_STATES.get(value, value))


def role(value: str) -> str:
    return QCoreApplication.translate("Roles", ROLES.get(value, value))
