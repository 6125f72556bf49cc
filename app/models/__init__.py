"""SQLAlchemy mapped classes for the whole order-to-cash process (no sessions, no I/O)."""

from app.models.base import Base
from app.models.billing import (
    CreditNote,
    CreditNoteLine,
    Invoice,
    InvoiceLine,
    Payment,
    PaymentAllocation,
)
from app.models.complaint import Complaint
from app.models.customer import Customer, CustomerAddress, CustomerContact
from app.models.fulfilment import (
    Delivery,
    DeliveryLine,
    Package,
    PackageItem,
    PickList,
    PickListLine,
    Shipment,
    ShipmentLine,
)
from app.models.kpi_facts import DailyFulfilment, InvoiceFact, OrderCategoryFact, OrderFact
from app.models.outbox import MailState, OutboxMail
from app.models.product import BomLine, Location, Product
from app.models.production import ProductionComponent, ProductionOrder, QcInspection
from app.models.sales import OrderRevision, SalesOrder, SalesOrderLine
from app.models.stock import Allocation, RemoteStock, StockLevel, StockMove
from app.models.sync import SyncAppliedBatch, SyncChange, SyncConflict
from app.models.system import AuditEntry, NumberSeries, Setting, User

__all__ = [
    "Allocation", "AuditEntry", "Base", "BomLine", "Complaint", "CreditNote", "CreditNoteLine",
    "Customer", "CustomerAddress", "CustomerContact", "DailyFulfilment", "Delivery",
    "DeliveryLine", "Invoice",
    "InvoiceFact", "InvoiceLine", "Location", "MailState", "NumberSeries", "OrderCategoryFact",
    "OrderFact",
    "OrderRevision",
    "OutboxMail",
    "Package", "PackageItem",
    "Payment", "PaymentAllocation", "PickList", "PickListLine", "Product", "ProductionComponent",
    "ProductionOrder", "QcInspection", "RemoteStock", "SalesOrder", "SalesOrderLine", "Setting",
    "Shipment",
    "ShipmentLine", "StockLevel", "StockMove", "SyncAppliedBatch", "SyncChange", "SyncConflict",
    "User",
]
