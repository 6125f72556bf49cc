"""What the manager's dashboard shows: the KPI tiles against their targets, the trend of the
rates over the chosen range and one bar series per breakdown key. Every figure comes from
the KPI services (SQL aggregates); the tiles are computed once and the alerts are derived
from them instead of computing everything a second time (docs/kpis.md, Speed)."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal
from typing import Any

from sqlalchemy import select

from app.models import Customer
from app.services import invoice_facts, kpi_billing, kpi_fulfilment, kpis, order_facts
from app.services.auth import Actor, require
from app.services.kpi_sql import PERIODS, Breakdown, DateRange
from app.services.kpi_targets import is_missed, overall_figures, targets
from app.services.unit_of_work import UnitOfWork

PERMISSION = "settings.manage"  # the dashboard is the manager's screen

# Unit of each tile's figure, by target key: pct, hours, days, count or money.
UNITS: dict[str, str] = {
    "kpi_target_on_time_pct": "pct",
    "kpi_target_accuracy_pct": "pct",
    "kpi_target_fill_rate_pct": "pct",
    "kpi_target_confirmation_hours": "hours",
    "kpi_target_first_shipment_hours": "hours",
    "kpi_target_delivery_hours": "hours",
    "kpi_target_back_order_lines": "count",
    "kpi_target_days_to_pay": "days",
    "kpi_target_overdue_amount": "money",
    "kpi_target_resolve_hours": "hours",
}


@dataclass(frozen=True)
class Tile:
    key: str  # the target's settings key, e.g. kpi_target_on_time_pct
    value: Decimal | None  # None: nothing to measure in the range
    target: Decimal
    higher_is_better: bool
    unit: str

    @property
    def missed(self) -> bool:
        return is_missed(self.value, self.target, self.higher_is_better)


@dataclass(frozen=True)
class TrendPoint:
    bucket: str  # period label: 2025-11-03 (day or week), 2025-11, 2025-Q4
    on_time_pct: Decimal | None
    accuracy_pct: Decimal | None
    fill_rate_pct: Decimal | None
    completed: int  # orders delivered whole in the bucket


@dataclass(frozen=True)
class BarRow:
    key: str  # breakdown key (channel, category, tier, customer id, period)
    label: str  # what to print: the customer's name for customer keys, else the key
    completed: int  # orders delivered whole
    promised: int  # of those, the ones with a promised date (the on-time rate's basis)
    on_time: int
    first_shipped: int
    complete_first: int  # first shipments that carried everything

    @property
    def on_time_pct(self) -> Decimal | None:
        return kpis.pct(self.on_time, self.promised)

    @property
    def fill_rate_pct(self) -> Decimal | None:
        return kpis.pct(self.complete_first, self.first_shipped)


@dataclass(frozen=True)
class Dashboard:
    period: DateRange
    breakdown: Breakdown
    trend_size: Breakdown
    tiles: tuple[Tile, ...]
    trend: tuple[TrendPoint, ...]
    bars: tuple[BarRow, ...]
    complaints: tuple[kpi_billing.Complaints, ...]
    back_order_orders: int
    overdue_invoices: int


def prepare_dashboard(uow: UnitOfWork, actor: Actor) -> int:
    """Brings the KPI facts up to date before a load (a write; see app/services/
    derived_facts.py), so the reads that follow find nothing to do. Returns the number of
    orders and invoices recomputed."""
    require(actor, PERMISSION)
    return order_facts.refresh(uow) + invoice_facts.refresh(uow)


def trend_size_for(period: DateRange, breakdown: Breakdown) -> Breakdown:
    """The breakdown itself when it is a period; else days for a month, weeks for a
    quarter, months beyond."""
    if breakdown in PERIODS:
        return breakdown
    days = (period.end - period.start).days + 1
    return Breakdown.DAY if days <= 31 else Breakdown.WEEK if days <= 92 else Breakdown.MONTH


def load_dashboard(uow: UnitOfWork, actor: Actor, period: DateRange,
                   breakdown: Breakdown = Breakdown.CHANNEL) -> Dashboard:
    require(actor, PERMISSION)
    goal = targets(uow)
    size = trend_size_for(period, breakdown)
    # Each order has one event date per KPI, so the figures by period add up to the range's:
    # the trend is queried once (kpi_fulfilment: three scans of order_facts) and the tiles
    # are its sums (the same orders, the same counts).
    trend_rows = kpi_fulfilment.fulfilment(uow, period, size)
    whole = kpi_fulfilment.total(trend_rows)
    back = kpis.back_orders(uow, period)
    overdue = kpi_billing.overdue_receivables(uow, period)
    complaints = kpi_billing.complaints(uow, period)
    figures = overall_figures(
        kpi_fulfilment.processing_times(whole), _only(whole.completed, whole.on_time_row()),
        _only(whole.completed, whole.accuracy_row()),
        _only(whole.first_shipped, whole.fill_row()), back,
        kpi_billing.days_to_pay(uow, period), overdue, complaints)
    tiles = tuple(Tile(key, value, goal[key], higher, UNITS[key])
                  for key, value, higher in figures)
    bar_rows = trend_rows if breakdown is size else kpi_fulfilment.fulfilment(
        uow, period, breakdown, confirmations=False)
    return Dashboard(period, breakdown, size, tiles, _trend(period, size, trend_rows),
                     _bars(uow, breakdown, bar_rows), complaints,
                     back[0].orders if back else 0, overdue[0].invoices if overdue else 0)


def _only(count: int, row: Any) -> tuple[Any, ...]:
    """A KPI row as the KPI services give it: none when nothing was measured."""
    return (row,) if count else ()


def _trend(period: DateRange, size: Breakdown,
           rows: tuple[kpi_fulfilment.FulfilmentRow, ...]) -> tuple[TrendPoint, ...]:
    by_key = {r.key: r for r in rows}
    out = []
    # Every period of the range, so the chart's x axis is even; empty ones are gaps.
    for bucket in sorted(set(buckets(period, size)) | set(by_key)):
        row = by_key.get(bucket)
        if row is None:
            out.append(TrendPoint(bucket, None, None, None, 0))
            continue
        out.append(TrendPoint(bucket, row.on_time_row().rate_pct if row.completed else None,
                              row.accuracy_row().rate_pct if row.completed else None,
                              row.fill_row().rate_pct if row.first_shipped else None,
                              row.completed))
    return tuple(out)


def buckets(period: DateRange, size: Breakdown) -> list[str]:
    """The period labels (as kpi_sql.bucket writes them) from the range's start to its end."""
    out: list[str] = []
    day = period.start
    while day <= period.end:
        if size is Breakdown.DAY:
            label = day.isoformat()
        elif size is Breakdown.WEEK:
            label = (day - timedelta(days=day.weekday())).isoformat()
        elif size is Breakdown.MONTH:
            label = f"{day:%Y-%m}"
        else:
            label = f"{day.year}-Q{(day.month - 1) // 3 + 1}"
        if not out or out[-1] != label:
            out.append(label)
        day += timedelta(days=1)
    return out


def _bars(uow: UnitOfWork, breakdown: Breakdown,
          rows: tuple[kpi_fulfilment.FulfilmentRow, ...]) -> tuple[BarRow, ...]:
    measured = [r for r in rows if r.completed or r.first_shipped]
    names = customer_names(uow, {r.key for r in measured}) \
        if breakdown is Breakdown.CUSTOMER else {}
    out = [BarRow(r.key, names.get(r.key, r.key), r.completed, r.promised, r.on_time,
                  r.first_shipped, r.complete_first) for r in measured]
    if breakdown is Breakdown.CUSTOMER:
        out.sort(key=lambda r: r.label.casefold())
    return tuple(out)


def customer_names(uow: UnitOfWork, keys: set[str]) -> dict[str, str]:
    """Customer ids (breakdown keys) to names, for tables and charts."""
    ids = [uuid.UUID(k) for k in keys if k and k != "all"]
    if not ids:
        return {}
    with uow:
        rows = uow.session.execute(select(Customer.id, Customer.name)
                                   .where(Customer.id.in_(ids))).all()
    return {str(i): name for i, name in rows}


def range_for(choice: str, today: date) -> DateRange:
    """The date range picker's presets: month (this month so far), 30days, quarter (this
    quarter so far), year (the last twelve months, from the first of a month)."""
    if choice == "month":
        return DateRange(today.replace(day=1), today)
    if choice == "30days":
        return DateRange(today - timedelta(days=29), today)
    if choice == "quarter":
        first_month = (today.month - 1) // 3 * 3 + 1
        return DateRange(today.replace(month=first_month, day=1), today)
    if choice == "year":
        first = today.replace(day=1)
        start = (first.replace(month=1) if first.month == 12
                 else first.replace(year=first.year - 1, month=first.month + 1))
        return DateRange(start, today)
    raise ValueError(choice)
