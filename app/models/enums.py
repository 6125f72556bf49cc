"""State and kind vocabularies shared by models and services (stored as short strings)."""

from __future__ import annotations

from enum import StrEnum

from sqlalchemy import Enum


def enum_type(enum: type[StrEnum]) -> Enum:
    """A portable string column limited to the enum's values by a named CHECK constraint."""
    return Enum(
        enum,
        native_enum=False,
        create_constraint=True,
        length=24,
        name=enum.__name__.lower(),
        values_callable=lambda e: [m.value for m in e],
        validate_strings=True,
    )


class Role(StrEnum):
    SALES = "sales"
    SERVICE = "service"
    WAREHOUSE = "warehouse"
    FINANCE = "finance"
    MANAGER = "manager"
    ADMIN = "admin"


class CustomerTier(StrEnum):
    A = "A"  # key account: served first when stock is short
    B = "B"
    C = "C"


class PaymentCondition(StrEnum):
    PREPAYMENT = "prepayment"
    CASH_ON_DELIVERY = "cod"
    CREDIT = "credit"


class PaymentMethod(StrEnum):
    BANK_TRANSFER = "bank_transfer"
    CARD = "card"
    CHEQUE = "cheque"
    CASH = "cash"


class Channel(StrEnum):
    PHONE = "phone"
    EMAIL = "email"
    WEBSITE = "website"
    MOBILE_APP = "mobile_app"
    WALK_IN = "walk_in"


class MakeOrBuy(StrEnum):
    MAKE = "make"
    BUY = "buy"


class OrderState(StrEnum):
    DRAFT = "draft"
    CONFIRMED = "confirmed"
    PARTIALLY_ALLOCATED = "partially_allocated"
    ALLOCATED = "allocated"
    PICKED = "picked"
    PACKED = "packed"
    PARTIALLY_SHIPPED = "partially_shipped"
    SHIPPED = "shipped"
    DELIVERED = "delivered"
    INVOICED = "invoiced"
    CANCELLED = "cancelled"


class ShortDecision(StrEnum):
    BACKORDER = "backorder"
    NEW_DATE = "new_date"
    SUBSTITUTE = "substitute"
    PRODUCTION = "production"


class MoveKind(StrEnum):
    RECEIPT = "receipt"
    ADJUSTMENT = "adjustment"
    COUNT = "count"
    SHIPMENT = "shipment"
    RETURN = "return"
    PRODUCTION_IN = "production_in"
    PRODUCTION_USE = "production_use"


class AllocationState(StrEnum):
    HELD = "held"
    CONSUMED = "consumed"
    RELEASED = "released"


class ProductionState(StrEnum):
    PLANNED = "planned"
    STARTED = "started"
    FINISHED = "finished"
    ACCEPTED = "accepted"
    CANCELLED = "cancelled"


class ProductionKind(StrEnum):
    IN_HOUSE = "in_house"
    OUTSOURCED = "outsourced"


class PickListState(StrEnum):
    OPEN = "open"
    DONE = "done"


class ShipmentState(StrEnum):
    PREPARED = "prepared"
    SHIPPED = "shipped"
    DELIVERED = "delivered"


class DamageResolution(StrEnum):
    NONE = "none"
    RETURN = "return"
    REPLACEMENT = "replacement"
    CREDIT = "credit"


class DocState(StrEnum):
    DRAFT = "draft"
    POSTED = "posted"


class ComplaintCategory(StrEnum):
    QUALITY = "quality"
    DELIVERY = "delivery"
    SERVICE = "service"
    INFORMATION = "information"


class ComplaintState(StrEnum):
    OPEN = "open"
    ASSIGNED = "assigned"
    RESOLVED = "resolved"
    CLOSED = "closed"
