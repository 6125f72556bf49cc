"""Integrity rules for sales order lines: the step counters agree with each other and with the
documents that moved them (holds, pick lists, packages, shipments, deliveries, invoices).

Counters are cumulative (a replacement is picked, packed and shipped again), so they are
compared with documents only where the model makes the rule certain; see each comparison.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Connection,
    Select,
    case,
    func,
    literal_column,
    not_,
    or_,
    select,
    union_all,
)
from sqlalchemy.sql import Subquery

from app.models import (
    Allocation,
    DeliveryLine,
    Invoice,
    InvoiceLine,
    PackageItem,
    PickListLine,
    SalesOrder,
    SalesOrderLine,
    Shipment,
    ShipmentLine,
)
from app.models.base import QTY
from app.models.enums import AllocationState, DocState, ShipmentState
from app.services.integrity_common import Violation, fmt, label

ALLOCATED_MATCHES_HOLDS = "order_line.allocated_matches_holds"
WITHIN_ORDERED = "order_line.within_ordered"
SHIPPED_MATCHES_SHIPMENTS = "order_line.shipped_matches_shipments"

L = SalesOrderLine
COUNTERS = ("qty_cancelled", "qty_allocated", "qty_picked", "qty_packed", "qty_shipped",
            "qty_delivered", "qty_invoiced", "qty_written_off", "qty_replaced")

# (what must hold, in words; the SQL condition). Mirrors the CHECK constraints on the table,
# which a database restored from elsewhere or edited by hand may not have enforced.
LINE_CONDITIONS: tuple[tuple[str, ColumnElement[bool]], ...] = (
    ("quantity > 0", L.quantity > 0),
    ("cancelled <= quantity", L.qty_cancelled <= L.quantity),
    ("allocated + shipped - replaced + cancelled <= quantity",
     L.qty_allocated + L.qty_shipped - L.qty_replaced + L.qty_cancelled <= L.quantity),
    ("picked >= packed", L.qty_picked >= L.qty_packed),
    ("packed >= shipped", L.qty_packed >= L.qty_shipped),
    ("picked - shipped <= allocated", L.qty_picked - L.qty_shipped <= L.qty_allocated),
    ("delivered + written off + replaced <= shipped",
     L.qty_delivered + L.qty_written_off + L.qty_replaced <= L.qty_shipped),
    ("delivered >= invoiced", L.qty_delivered >= L.qty_invoiced),
    *((f"{name.removeprefix('qty_').replace('_', ' ')} >= 0", getattr(L, name) >= 0)
      for name in COUNTERS),
)


def _line_query(*columns: Any) -> Select[Any]:
    return (select(L.id, SalesOrder.number, L.line_no, *columns)
            .join(SalesOrder, SalesOrder.id == L.order_id))


def check_allocated_matches_holds(conn: Connection) -> Iterator[Violation]:
    held = (select(Allocation.order_line_id, func.sum(Allocation.quantity).label("total"))
            .where(Allocation.state == AllocationState.HELD,
                   Allocation.order_line_id.is_not(None))
            .group_by(Allocation.order_line_id).subquery("held"))
    total = func.coalesce(held.c.total, 0)
    rows = conn.execute(
        _line_query(L.qty_allocated, total)
        .outerjoin(held, held.c.order_line_id == L.id)
        .where(L.qty_allocated != total)
        .order_by(SalesOrder.number, L.line_no))
    for line_id, number, line_no, allocated, held_qty in rows:
        yield Violation(ALLOCATED_MATCHES_HOLDS, "sales_order_line", str(line_id),
                        f"{label(number, line_no)}: allocated is {fmt(allocated)} but its "
                        f"held allocations add up to {fmt(held_qty)}")


def check_within_ordered(conn: Connection) -> Iterator[Violation]:
    """One violation per broken condition, so a line with two problems shows both."""
    flags = [case((not_(cond), 1), else_=0) for _, cond in LINE_CONDITIONS]
    rows = conn.execute(
        _line_query(L.quantity, *(getattr(L, n) for n in COUNTERS), *flags)
        .where(or_(*(not_(cond) for _, cond in LINE_CONDITIONS)))
        .order_by(SalesOrder.number, L.line_no))
    for row in rows:
        line_id, number, line_no, quantity = row[:4]
        values = dict(zip(COUNTERS, row[4:4 + len(COUNTERS)], strict=True))
        shown = ", ".join(f"{n.removeprefix('qty_')} {fmt(v)}" for n, v in values.items() if v)
        for (text, _), broken in zip(LINE_CONDITIONS, row[4 + len(COUNTERS):], strict=True):
            if broken:
                yield Violation(WITHIN_ORDERED, "sales_order_line", str(line_id),
                                f"{label(number, line_no)}: {text} does not hold "
                                f"(quantity {fmt(quantity)}; {shown or 'no counters'})")


@dataclass(frozen=True)
class _Comparison:
    counter: str  # SalesOrderLine column
    op: str  # "==", "<=" or ">=": how the counter must relate to the documents' sum
    documents: str  # in words, for the message


_COMPARISONS = (
    # Nothing is picked, packed, shipped or delivered without its document; the documents may
    # record more (cancelled picks go back to the bins, a future unpack may keep its items).
    _Comparison("qty_picked", "<=", "picked on pick lists"),
    _Comparison("qty_packed", "<=", "packed in packages"),
    _Comparison("qty_shipped", "<=", "on shipments"),
    # Shipped is never reduced (a replacement ships again and adds to it), so every shipment
    # that has left counts in full; a merely prepared one need not yet.
    _Comparison("qty_shipped", ">=", "on shipments that have left"),
    _Comparison("qty_delivered", "<=", "accepted on signed deliveries"),
    # Credit notes do not reduce what was invoiced; only posted invoices count.
    _Comparison("qty_invoiced", "==", "on posted invoices"),
)
_BROKEN = {  # works on SQL expressions and on Decimals alike
    "==": lambda a, b: a != b,
    "<=": lambda a, b: a > b,
    ">=": lambda a, b: a < b,
}
_WORDS = {"==": "must equal", "<=": "cannot exceed", ">=": "cannot be below"}


def _documented() -> Subquery:
    """Per order line, the quantity each kind of document records, one column per comparison:
    a single UNION ALL and GROUP BY, so the lines are joined once, not once per document."""
    zero = literal_column("0", QTY)
    names = [f"c{i}" for i in range(len(_COMPARISONS))]

    def part(owner: Any, values: dict[int, Any], *where: Any,
             join: tuple[Any, Any] | None = None) -> Select[Any]:
        query = select(owner.label("order_line_id"),
                       *(values.get(i, zero).label(name) for i, name in enumerate(names)))
        return (query.join(*join) if join else query).where(*where)

    left = case((Shipment.state.in_((ShipmentState.SHIPPED, ShipmentState.DELIVERED)),
                 ShipmentLine.quantity), else_=zero)
    documents = union_all(
        part(PickListLine.order_line_id, {0: PickListLine.qty_picked}),
        part(PackageItem.order_line_id, {1: PackageItem.quantity}),
        part(ShipmentLine.order_line_id, {2: ShipmentLine.quantity, 3: left},
             join=(Shipment, Shipment.id == ShipmentLine.shipment_id)),
        part(DeliveryLine.order_line_id, {4: DeliveryLine.qty_accepted}),
        part(InvoiceLine.order_line_id, {5: InvoiceLine.quantity},
             InvoiceLine.order_line_id.is_not(None), Invoice.state == DocState.POSTED,
             join=(Invoice, Invoice.id == InvoiceLine.invoice_id)),
    ).subquery("documents")
    return (select(documents.c.order_line_id,
                   *(func.sum(documents.c[name]).label(name) for name in names))
            .group_by(documents.c.order_line_id).subquery("documented"))


def check_shipped_matches_shipments(conn: Connection) -> Iterator[Violation]:
    docs = _documented()
    counters = [getattr(L, comp.counter) for comp in _COMPARISONS]
    sums = [func.coalesce(docs.c[f"c{i}"], 0) for i in range(len(_COMPARISONS))]
    rows = conn.execute(
        _line_query(*counters, *sums)
        .outerjoin(docs, docs.c.order_line_id == L.id)
        .where(or_(*(_BROKEN[comp.op](counter, total)
                     for comp, counter, total in zip(_COMPARISONS, counters, sums, strict=True))))
        .order_by(SalesOrder.number, L.line_no))
    size = len(_COMPARISONS)
    for row in rows:
        line_id, number, line_no = row[:3]
        pairs = zip(_COMPARISONS, row[3:3 + size], row[3 + size:], strict=True)
        for comp, value, documented in pairs:
            if _BROKEN[comp.op](value, documented):
                yield Violation(SHIPPED_MATCHES_SHIPMENTS, "sales_order_line", str(line_id),
                                f"{label(number, line_no)}: "
                                f"{comp.counter.removeprefix('qty_')} is {fmt(value)}, which "
                                f"{_WORDS[comp.op]} the {fmt(documented)} {comp.documents}")


CHECKS = (
    (ALLOCATED_MATCHES_HOLDS, "order lines' allocated equals their held allocations",
     check_allocated_matches_holds),
    (WITHIN_ORDERED, "order line counters stay within the ordered quantity and in step order",
     check_within_ordered),
    (SHIPPED_MATCHES_SHIPMENTS,
     "order line counters agree with pick lists, packages, shipments, deliveries, invoices",
     check_shipped_matches_shipments),
)
