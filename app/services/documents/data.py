"""What each document shows, as frozen values: renderers draw these and read nothing else."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from enum import StrEnum


class CommercialKind(StrEnum):
    ORDER_CONFIRMATION = "order_confirmation"
    INVOICE = "invoice"
    CREDIT_NOTE = "credit_note"


@dataclass(frozen=True)
class Letterhead:
    name: str
    address: str
    phone: str = ""
    email: str = ""
    tax_id: str = ""
    logo_path: str = ""  # PNG or JPEG; empty for none


@dataclass(frozen=True)
class PricedLine:
    pos: int
    sku: str
    description: str
    quantity: Decimal
    unit_price: Decimal | None  # credit notes carry amounts only
    discount_pct: Decimal
    tax_rate: Decimal | None
    amount: Decimal  # net of the line


@dataclass(frozen=True)
class CommercialDocument:
    """Order confirmation, invoice or credit note: priced lines and totals."""

    kind: CommercialKind
    language: str
    letterhead: Letterhead
    number: str
    doc_date: date
    currency: str
    customer_name: str
    bill_to: str
    deliver_to: str
    # (label key, value) pairs printed beside the addresses: due date, order numbers, ...
    facts: tuple[tuple[str, str], ...]
    lines: tuple[PricedLine, ...]
    subtotal: Decimal
    tax_total: Decimal
    freight: Decimal
    total: Decimal
    note: str = ""


@dataclass(frozen=True)
class PickLine:
    bin_location: str
    sku: str
    name: str
    barcode: str | None  # the product's EAN-13 when it has one
    order_number: str
    qty_to_pick: Decimal
    qty_picked: Decimal


@dataclass(frozen=True)
class PickListDocument:
    language: str
    letterhead: Letterhead
    number: str
    printed_on: date
    is_wave: bool
    lines: tuple[PickLine, ...]  # already in walking (bin) order


@dataclass(frozen=True)
class PackedItem:
    sku: str
    name: str
    quantity: Decimal
    lot: str


@dataclass(frozen=True)
class PackedBox:
    number: str
    weight_kg: Decimal | None
    size_cm: str  # "40 × 30 × 20", empty when not measured
    items: tuple[PackedItem, ...]


@dataclass(frozen=True)
class PackingListDocument:
    language: str
    letterhead: Letterhead
    order_number: str
    customer_name: str
    deliver_to: str
    printed_on: date
    boxes: tuple[PackedBox, ...]


@dataclass(frozen=True)
class DeliveredLine:
    sku: str
    name: str
    shipped: Decimal
    accepted: Decimal | None  # None: not signed for yet, the driver fills it in by hand
    damaged: Decimal
    short: Decimal
    note: str


@dataclass(frozen=True)
class DeliveryNoteDocument:
    language: str
    letterhead: Letterhead
    shipment_number: str
    order_number: str
    customer_name: str
    deliver_to: str
    shipped_on: date
    carrier: str
    tracking: str
    lines: tuple[DeliveredLine, ...]
    signer_name: str = ""
    signed_at: str = ""
    signature_png: bytes | None = None
    checklist: tuple[tuple[str, bool], ...] = ()
    test_passed: bool | None = None
    customer_trained: bool = False
    notes: str = ""


@dataclass(frozen=True)
class Addressee:
    language: str
    letterhead: Letterhead
    customer_name: str
    address: str
    currency: str


@dataclass(frozen=True)
class PaymentConfirmationDocument:
    to: Addressee
    number: str
    received_on: date
    method: str  # PaymentMethod value
    reference: str
    amount: Decimal
    applied: tuple[tuple[str, Decimal], ...]  # (invoice number, amount)
    unallocated: Decimal


@dataclass(frozen=True)
class OpenItem:
    number: str
    issue_date: date
    due_date: date
    total: Decimal
    credited: Decimal
    paid: Decimal
    open_amount: Decimal
    days_overdue: int


@dataclass(frozen=True)
class AccountDocument:
    """Customer statement (level 0) or reminder letter (levels 1 to 3)."""

    to: Addressee
    level: int
    as_of: date
    items: tuple[OpenItem, ...]
    balance: Decimal  # the whole account, unallocated payments deducted
    unallocated: Decimal


@dataclass(frozen=True)
class LoadingRow:
    shipment_number: str
    order_number: str
    customer_name: str
    deliver_to: str
    packages: int
    weight_kg: Decimal | None  # None when a package was not weighed
    tracking: str


@dataclass(frozen=True)
class LoadingListDocument:
    language: str
    letterhead: Letterhead
    carrier: str
    loading_date: date
    rows: tuple[LoadingRow, ...]
