"""The screens of the main window, one per process step, in the order the work flows.

Each entry names the module and class that build it, so a screen is imported only when the
user first opens it. `permissions`: the step is listed for a user whose role may perform
any of these service actions (app/services/auth.py); () lists it for everyone.
`waiting`: the key of the work count shown beside the title (app/views/step_counts.py).
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP


@dataclass(frozen=True)
class ScreenSpec:
    key: str
    title: str  # English; translated in the context "Steps"
    module: str
    class_name: str
    permissions: tuple[str, ...] = ()
    waiting: str | None = None
    group: str = "office"  # office, warehouse, finance, manager: for the separators


def _t(text: str) -> str:
    return QT_TRANSLATE_NOOP("Steps", text)  # type: ignore[no-any-return]


P = "app.views.screens"
SCREENS: tuple[ScreenSpec, ...] = (
    ScreenSpec("orders", _t("Orders"), f"{P}.orders", "OrdersScreen", (), "all_orders"),
    ScreenSpec("entry", _t("New order"), f"{P}.order_entry", "OrderEntryScreen",
               ("order.enter",)),
    ScreenSpec("confirmation", _t("To confirm"), f"{P}.confirmation", "ConfirmationScreen",
               ("order.confirm",), "to_confirm"),
    ScreenSpec("customers", _t("Customers"), f"{P}.customers", "CustomersScreen",
               ("customer.edit", "order.enter")),
    ScreenSpec("complaints", _t("Complaints"), f"{P}.complaints", "ComplaintsScreen",
               ("complaint.record", "complaint.resolve"), "open_complaints"),
    ScreenSpec("allocation", _t("To allocate"), f"{P}.allocation", "AllocationScreen",
               ("stock.allocate",), "to_allocate", "warehouse"),
    ScreenSpec("inventory", _t("Inventory"), f"{P}.inventory", "InventoryScreen",
               ("stock.adjust", "warehouse.pick"), "below_safety", "warehouse"),
    ScreenSpec("production", _t("Production"), f"{P}.production", "ProductionScreen",
               ("production.manage",), "open_production", "warehouse"),
    ScreenSpec("picking", _t("To pick"), f"{P}.picking", "PickingScreen",
               ("warehouse.pick",), "to_pick", "warehouse"),
    ScreenSpec("packing", _t("To pack"), f"{P}.packing", "PackingScreen",
               ("warehouse.pack",), "to_pack", "warehouse"),
    ScreenSpec("shipping", _t("To ship"), f"{P}.shipping", "ShippingScreen",
               ("warehouse.ship",), "to_ship", "warehouse"),
    ScreenSpec("delivery", _t("Delivery sign-off"), f"{P}.delivery", "DeliveryScreen",
               ("delivery.record",), "to_deliver", "warehouse"),
    ScreenSpec("invoicing", _t("To invoice"), f"{P}.invoicing", "InvoicingScreen",
               ("invoice.manage",), "to_invoice", "finance"),
    ScreenSpec("payments", _t("Payments"), f"{P}.payments", "PaymentsScreen",
               ("payment.record",), None, "finance"),
    ScreenSpec("receivables", _t("Receivables"), f"{P}.receivables", "ReceivablesScreen",
               ("invoice.manage", "payment.record"), "overdue", "finance"),
    ScreenSpec("reports", _t("Dashboard"), f"{P}.dashboard", "DashboardScreen",
               ("settings.manage",), None, "manager"),
)


def by_key(key: str) -> ScreenSpec:
    return next(spec for spec in SCREENS if spec.key == key)
