"""Orders with their lines, open or past: one file row per order line, header repeated.

Rows with the same order_number form one order; its header columns must agree on every row.
How a past order is stored (and why `orderdesk check` stays clean) is in orders_history.py
and docs/import.md.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, time
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.models import Customer, Product, SalesOrder
from app.models.enums import Channel
from app.services.auth import Actor
from app.services.errors import tr
from app.services.importing import orders_history
from app.services.importing.common import ImportContext, dict_rows
from app.services.importing.fields import Column, RowError, RowReader
from app.services.importing.readers import Table
from app.services.orders import MAX_LINE_QTY

NUMBER_LENGTH = 26  # room for the "/PK", "/PG" and "/SH" of its history documents (30)
HEADER = ("customer_code", "order_date", "required_date", "shipped_date", "delivered_date",
          "channel", "delivery_address", "shipping_method", "carrier", "tracking_number",
          "freight", "special_instructions")
COLUMNS = (
    Column("order_number", True, f"text, up to {NUMBER_LENGTH} characters; rows with the same "
           "number are the lines of one order", "2024-000123"),
    Column("customer_code", True, "an existing customer's code", "C0001"),
    Column("order_date", True, "date (2025-03-01, 2025/3/1, Minguo 114/03/01) or date and "
           "UTC time (2025-03-01 14:30)", "2025-03-01"),
    Column("required_date", False, "date the customer needs it (becomes the promised date)",
           "2025-03-10"),
    Column("shipped_date", False, "date it left; empty = an open order still to be delivered",
           "2025-03-05"),
    Column("delivered_date", False, "date it was signed for (default: the shipped date)",
           "2025-03-06"),
    Column("channel", False, "phone, email, website, mobile_app or walk_in (default phone)",
           "email"),
    Column("delivery_address", False, "text (default: the customer's delivery address)",
           "新北市五股區五工路 12 號"),
    Column("shipping_method", False, "text (default courier)", "courier"),
    Column("carrier", False, "carrier of the shipment (past orders)", "黑貓宅急便"),
    Column("tracking_number", False, "text", "9001-2345-6789"),
    Column("freight", False, "amount, 2 decimals, >= 0 (default 0)", "150"),
    Column("special_instructions", False, "free text", "Call before delivery"),
    Column("line_no", False, "whole number, unique within the order (default: row order)", "1"),
    Column("sku", True, "an existing product's SKU", "SC-M6-20"),
    Column("quantity", True, "quantity > 0, 3 decimals", "100"),
    Column("unit_price", False, "amount, 2 decimals, >= 0 (default: the list price)", "118.00"),
    Column("discount_pct", False, "percent 0-100, 4 decimals (default 0)", "5"),
    Column("tax_rate", False, "fraction 0 to < 1 (default: the product's)", "0.05"),
)


@dataclass(frozen=True)
class LineRecord:
    row: int
    line_no: int
    sku: str
    quantity: Decimal
    unit_price: Decimal | None
    discount_pct: Decimal
    tax_rate: Decimal | None


@dataclass(frozen=True)
class OrderRecord:
    number: str
    customer_code: str
    ordered_at: datetime
    required_date: object  # date | None
    shipped_at: datetime | None
    delivered_at: datetime | None
    channel: Channel
    delivery_address: str
    shipping_method: str
    carrier: str
    tracking_number: str
    freight: Decimal
    special_instructions: str
    lines: tuple[LineRecord, ...]


def parse(table: Table, errors: list[RowError], ctx: ImportContext
          ) -> Iterator[tuple[str, tuple[int, ...], str, OrderRecord | None]]:
    groups: dict[str, list[tuple[int, dict[str, str]]]] = {}
    for row_no, values in dict_rows(table):
        number = values.get("order_number", "").strip()
        if not number:
            errors.append(RowError(row_no, "order_number",
                                   tr("{column} is empty; it is required."),
                                   {"column": "order_number"}))
            yield "", (row_no,), "", None
            continue
        groups.setdefault(number, []).append((row_no, values))
    # Dates after the end of today (the caller's `today`, UTC) are in the future.
    now = datetime.combine(ctx.today, time.max, UTC)
    for number, rows in groups.items():
        record = _order(number, rows, errors, now)
        summary = (f"{record.customer_code}, {len(record.lines)} line(s), "
                   f"{record.ordered_at.date()}" if record else "")
        yield number, tuple(r for r, _ in rows), summary, record


def _order(number: str, rows: list[tuple[int, dict[str, str]]], errors: list[RowError],
           now: datetime) -> OrderRecord | None:
    first_row, first = rows[0]
    r = RowReader(first_row, first, errors)
    if len(number) > NUMBER_LENGTH:
        r.error("order_number", tr("{column} is longer than {limit} characters."),
                column="order_number", limit=NUMBER_LENGTH)
    for row_no, values in rows[1:]:
        for column in HEADER:
            if values.get(column, "").strip() != first.get(column, "").strip():
                r.failed = True
                errors.append(RowError(row_no, column, tr(
                    "Order {number}: {column} differs from row {first}; the order's header "
                    "must be the same on each of its rows."),
                    {"number": number, "column": column, "first": str(first_row)}))
    ordered = r.datetime("order_date", required=True)
    shipped = r.datetime("shipped_date")
    delivered = r.datetime("delivered_date")
    _check_dates(r, ordered, shipped, delivered, now)
    header = dict(
        customer_code=r.text("customer_code", required=True, max_length=20),
        required_date=r.date("required_date"), channel=r.choice("channel", Channel,
                                                                Channel.PHONE),
        delivery_address=r.text("delivery_address", max_length=1000),
        shipping_method=r.text("shipping_method", max_length=40) or "courier",
        carrier=r.text("carrier", max_length=60),
        tracking_number=r.text("tracking_number", max_length=80),
        freight=r.decimal("freight", default=Decimal(0)) or Decimal(0),
        special_instructions=r.text("special_instructions", max_length=4000))
    lines = _lines(number, rows, errors)
    if r.failed or lines is None or ordered is None:
        return None
    return OrderRecord(number=number, ordered_at=ordered, shipped_at=shipped,
                       delivered_at=(delivered or shipped) if shipped else None,
                       lines=lines, **header)  # type: ignore[arg-type]


def _check_dates(r: RowReader, ordered: datetime | None, shipped: datetime | None,
                 delivered: datetime | None, now: datetime) -> None:
    if ordered and ordered > now:
        r.error("order_date", tr("The order date {value} is in the future."),
                value=ordered.date())
    if shipped and ordered and shipped < ordered:
        r.error("shipped_date", tr("The shipped date is before the order date."))
    if shipped and shipped > now:
        r.error("shipped_date", tr("The shipped date {value} is in the future."),
                value=shipped.date())
    if delivered and not shipped:
        r.error("delivered_date", tr("A delivered order needs its shipped date."))
    if delivered and shipped and delivered < shipped:
        r.error("delivered_date", tr("The delivered date is before the shipped date."))
    if delivered and delivered > now:
        r.error("delivered_date", tr("The delivered date {value} is in the future."),
                value=delivered.date())


def _lines(number: str, rows: list[tuple[int, dict[str, str]]], errors: list[RowError]
           ) -> tuple[LineRecord, ...] | None:
    lines, failed, seen = [], False, {}
    for index, (row_no, values) in enumerate(rows, start=1):
        r = RowReader(row_no, values, errors)
        line_no = r.integer("line_no", index, low=1, high=9999)
        if line_no in seen:
            r.error("line_no", tr("Order {number} has line {n} twice (rows {first} and "
                                  "{row})."), number=number, n=line_no, first=seen[line_no],
                    row=row_no)
        seen[line_no] = row_no
        line = LineRecord(
            row=row_no, line_no=line_no, sku=r.text("sku", required=True, max_length=40),
            quantity=r.decimal("quantity", required=True, places=3, positive=True,
                               maximum=MAX_LINE_QTY) or Decimal(0),
            unit_price=r.decimal("unit_price"),
            discount_pct=r.decimal("discount_pct", default=Decimal(0), places=4,
                                   maximum=Decimal(100)) or Decimal(0),
            tax_rate=r.decimal("tax_rate", places=4))
        if line.tax_rate is not None and line.tax_rate >= 1:
            r.error("tax_rate", tr("A tax rate is a fraction such as 0.05."))
        failed = failed or r.failed
        lines.append(line)
    return None if failed else tuple(sorted(lines, key=lambda x: x.line_no))


def check(session: Session, records: list[tuple[str, tuple[int, ...], OrderRecord]],
          errors: list[RowError], warnings: list[RowError], ctx: ImportContext) -> set[str]:
    """Order numbers already taken are present; customers and SKUs must exist."""
    numbers = [key for key, _, _ in records]
    present: set[str] = set()
    for start in range(0, len(numbers), 500):
        present.update(session.scalars(select(SalesOrder.number).where(
            SalesOrder.number.in_(numbers[start:start + 500]))))
    codes = {rec.customer_code for _, _, rec in records}
    skus = {line.sku for _, _, rec in records for line in rec.lines}
    known_customers = set(_existing(session, Customer.code, codes))
    known_skus = set(_existing(session, Product.sku, skus))
    for key, rows, rec in records:
        if key in present:
            continue
        if rec.customer_code not in known_customers:
            errors.append(RowError(rows[0], "customer_code", tr(
                "No customer has the code {code}."), {"code": rec.customer_code}))
        for line in rec.lines:
            if line.sku not in known_skus:
                errors.append(RowError(line.row, "sku", tr("No product has the SKU {sku}."),
                                       {"sku": line.sku}))
    return present


def _existing(session: Session, column: object, values: set[str]) -> Iterator[str]:
    items = sorted(values)
    for start in range(0, len(items), 500):
        yield from session.scalars(select(column).where(  # type: ignore[call-overload]
            column.in_(items[start:start + 500])))  # type: ignore[attr-defined]


def write(session: Session, actor: Actor, records: list[OrderRecord],
          ctx: ImportContext) -> int:
    return orders_history.insert_orders(session, actor, records, ctx)


export_rows = orders_history.export_rows
