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
    sync_only: bool = False  # listed only where the desk takes part in sync (docs/sync.md)


P = "app.views.screens"
SCREENS: tuple[ScreenSpec, ...] = (
    ScreenSpec("orders", QT_TRANSLATE_NOOP("Steps", "Orders"),
               f"{P}.orders", "OrdersScreen", (), "all_orders"),
    ScreenSpec("entry", QT_TRANSLATE_NOOP("Steps", "New order"),
               f"{P}.order_entry", "OrderEntryScreen",
               ("order.enter",)),
    ScreenSpec("confirmation", QT_TRANSLATE_NOOP("Steps", "To confirm"),
               f"{P}.confirmation", "ConfirmationScreen",
               ("order.confirm",), "to_confirm"),
    ScreenSpec("customers", QT_TRANSLATE_NOOP("Steps", "Customers"),
               f"{P}.customers", "CustomersScreen",
               ("customer.edit", "order.enter")),
    ScreenSpec("complaints", QT_TRANSLATE_NOOP("Steps", "Complaints"),
               f"{P}.complaints", "ComplaintsScreen",
               ("complaint.record", "complaint.resolve"), "open_complaints"),
    ScreenSpec("allocation", QT_TRANSLATE_NOOP("Steps", "To allocate"),
               f"{P}.allocation", "AllocationScreen",
               ("stock.allocate",), "to_allocate", "warehouse"),
    ScreenSpec("inventory", QT_TRANSLATE_NOOP("Steps", "Inventory"),
               f"{P}.inventory", "InventoryScreen",
               ("stock.adjust", "warehouse.pick"), "below_safety", "warehouse"),
    ScreenSpec("production", QT_TRANSLATE_NOOP("Steps", "Production"),
               f"{P}.production", "ProductionScreen",
               ("production.manage",), "open_production", "warehouse"),
    ScreenSpec("picking", QT_TRANSLATE_NOOP("Steps", "To pick"),
               f"{P}.picking", "PickingScreen",
               ("warehouse.pick",), "to_pick", "warehouse"),
    ScreenSpec("packing", QT_TRANSLATE_NOOP("Steps", "To pack"),
               f"{P}.packing", "PackingScreen",
               ("warehouse.pack",), "to_pack", "warehouse"),
    ScreenSpec("shipping", QT_TRANSLATE_NOOP("Steps", "To ship"),
               f"{P}.shipping", "ShippingScreen",
               ("warehouse.ship",), "to_ship", "warehouse"),
    ScreenSpec("delivery", QT_TRANSLATE_NOOP("Steps", "Delivery sign-off"),
               f"{P}.delivery", "DeliveryScreen",
               ("delivery.record",), "to_deliver", "warehouse"),
    ScreenSpec("invoicing", QT_TRANSLATE_NOOP("Steps", "To invoice"),
               f"{P}.invoicing", "InvoicingScreen",
               ("invoice.manage",), "to_invoice", "finance"),
    ScreenSpec("payments", QT_TRANSLATE_NOOP("Steps", "Payments"),
               f"{P}.payments", "PaymentsScreen",
               ("payment.record",), None, "finance"),
    ScreenSpec("receivables", QT_TRANSLATE_NOOP("Steps", "Receivables"),
               f"{P}.receivables", "ReceivablesScreen",
               ("invoice.manage", "payment.record"), "overdue", "finance"),
    ScreenSpec("reports", QT_TRANSLATE_NOOP("Steps", "Dashboard"),
               f"{P}.dashboard", "DashboardScreen",
               ("settings.manage",), None, "manager"),
    # Whoever may decide some kind of conflict (sync_conflicts.RESOLVER), on a branch with a
    # head-office link or on a database that has synced: a single-site desk never sees it.
    ScreenSpec("conflicts", QT_TRANSLATE_NOOP("Steps", "Sync conflicts"),
               f"{P}.sync_conflicts", "SyncConflictsScreen",
               ("customer.edit", "credit.override", "order.amend", "stock.adjust"),
               "open_conflicts", "manager", sync_only=True),
)


def by_key(key: str) -> ScreenSpec:
    return next(spec for spec in SCREENS if spec.key == key)
