"""Every order-level fulfilment KPI of a range in three queries, for the dashboard.

kpis.py answers one KPI at a time. The dashboard needs them all, per period for the trend
and summed for the tiles, and the KPIs sharing an event date can share a scan of
`order_facts`: on time, accuracy and time to delivery all count the orders completed in the
range; fill rate and time to first shipment the orders first shipped in it; time to
confirmation the orders confirmed in it. Raw sums come back, so periods add up to the
range exactly (every order has one event date per KPI) and the figures are the ones kpis.py
computes (tests/services/test_kpi_fulfilment.py holds them equal).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any

from sqlalchemy import and_, case, func, select

from app.models import DailyFulfilment, OrderFact
from app.services import order_facts
from app.services.kpi_sql import (
    ALL,
    PERIODS,
    Breakdown,
    DateRange,
    day_of,
    grouped,
    hours_between,
    key_text,
)
from app.services.kpis import Duration, OnTime, ProcessingTimes, Ratio, event_facts, mean
from app.services.unit_of_work import UnitOfWork

F = OrderFact
D = DailyFulfilment


@dataclass(frozen=True)
class FulfilmentRow:
    key: str
    completed: int = 0  # delivered whole in the range (last delivery signed in it)
    promised: int = 0  # of those, with a promised date
    on_time: int = 0
    accurate: int = 0
    delivery_hours: float = 0.0  # sum, entry to last delivery
    first_shipped: int = 0  # first shipment left in the range
    complete_first: int = 0
    shipment_hours: float = 0.0  # sum, confirmation to first shipment
    confirmed: int = 0
    confirmation_hours: float = 0.0  # sum, entry to confirmation

    def on_time_row(self) -> OnTime:
        return OnTime(self.key, self.promised, self.on_time, self.completed - self.promised)

    def accuracy_row(self) -> Ratio:
        return Ratio(self.key, self.completed, self.accurate)

    def fill_row(self) -> Ratio:
        return Ratio(self.key, self.first_shipped, self.complete_first)


MEASURES = tuple(f for f in FulfilmentRow.__dataclass_fields__ if f != "key")


def fulfilment(uow: UnitOfWork, period: DateRange, breakdown: Breakdown | None, *,
               confirmations: bool = True) -> tuple[FulfilmentRow, ...]:
    """One row per breakdown key (sorted); `confirmations=False` skips that third query."""
    order_facts.refresh(uow)
    rows: dict[str, FulfilmentRow] = {}

    def merge(key: Any, **values: Any) -> None:
        text = key_text(key)
        rows[text] = replace(rows.get(text, FulfilmentRow(text)), **values)

    with uow:
        s = uow.session
        if breakdown is None or breakdown in PERIODS or breakdown is Breakdown.CHANNEL:
            return _from_daily(s, period, breakdown)
        promised = F.promised_date.isnot(None)
        done = event_facts(F.completed_at, period,
                      case((promised, 1), else_=0).label("promised"),
                      case((and_(promised, day_of(s, F.completed_at) <= F.promised_date), 1),
                           else_=0).label("on_time"),
                      case((F.accurate, 1), else_=0).label("good"),
                      hours_between(s, F.created_at, F.completed_at).label("hours"))
        for k, n, p, o, g, h in grouped(s, done, breakdown, func.count(),
                                        func.sum(done.c.promised), func.sum(done.c.on_time),
                                        func.sum(done.c.good), func.sum(done.c.hours)):
            merge(k, completed=n, promised=int(p), on_time=int(o), accurate=int(g),
                  delivery_hours=float(h or 0))
        first = event_facts(F.first_shipped_at, period,
                       case((F.first_complete, 1), else_=0).label("good"),
                       hours_between(s, F.confirmed_at, F.first_shipped_at).label("hours"))
        for k, n, g, h in grouped(s, first, breakdown, func.count(), func.sum(first.c.good),
                                  func.sum(first.c.hours)):
            merge(k, first_shipped=n, complete_first=int(g), shipment_hours=float(h or 0))
        if confirmations:
            conf = event_facts(F.confirmed_at, period,
                          hours_between(s, F.created_at, F.confirmed_at).label("hours"))
            for k, n, h in grouped(s, conf, breakdown, func.count(), func.sum(conf.c.hours)):
                merge(k, confirmed=n, confirmation_hours=float(h or 0))
    return tuple(rows[k] for k in sorted(rows))


def _from_daily(session: Any, period: DateRange, breakdown: Breakdown | None
                ) -> tuple[FulfilmentRow, ...]:
    """The same sums from the daily rows (kpi_daily keeps them with the order facts): each
    order has one event day per measure, so days add up to periods, channels to the whole."""
    days = (select(D.day.label("event_at"), D.channel, *(D.__table__.c[f] for f in MEASURES))
            .where(D.day >= period.start, D.day <= period.end).subquery())
    rows = grouped(session, days, breakdown, *(func.sum(days.c[f]) for f in MEASURES))
    return tuple(FulfilmentRow(key_text(key), *(_number(f, v) for f, v in zip(
        MEASURES, values, strict=True))) for key, *values in rows)


def _number(field: str, value: Any) -> Any:
    return float(value or 0) if field.endswith("_hours") else int(value or 0)


def total(rows: tuple[FulfilmentRow, ...]) -> FulfilmentRow:
    """The rows summed into one keyed `all` (the range without a breakdown)."""
    out = FulfilmentRow(ALL)
    for row in rows:
        out = FulfilmentRow(ALL, *(getattr(out, f) + getattr(row, f)
                                   for f in FulfilmentRow.__dataclass_fields__ if f != "key"))
    return out


def processing_times(row: FulfilmentRow) -> ProcessingTimes:
    """The three durations of one row, as kpis.processing_times gives them (no row when
    nothing reached the stage)."""

    def duration(count: int, hours: float) -> tuple[Duration, ...]:
        return (Duration(row.key, count, mean(hours, count)),) if count else ()

    return ProcessingTimes(duration(row.confirmed, row.confirmation_hours),
                           duration(row.first_shipped, row.shipment_hours),
                           duration(row.completed, row.delivery_hours))


__all__ = ["FulfilmentRow", "fulfilment", "processing_times", "total"]
