"""Every order-level fulfilment KPI of a range at once, for the dashboard.

kpis.py answers one KPI at a time. The dashboard needs them all, per period for the trend
and summed for the tiles. Without a breakdown, by period or by channel the sums come from
the daily rows (kpi_daily.py); by tier, customer or category from one scan of order_facts
per stage (kpi_measures.py: completed, first shipped, confirmed). Raw sums come back, so
periods add up to the range exactly (every order has one event date per stage) and the
figures are the ones kpis.py computes (tests/services/test_kpi_fulfilment.py holds them
equal).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any

from sqlalchemy import func, select

from app.models import DailyFulfilment
from app.services import order_facts
from app.services.kpi_measures import STAGES, measures, stage_facts
from app.services.kpi_sql import (
    ALL,
    PERIODS,
    Breakdown,
    DateRange,
    grouped,
    key_text,
)
from app.services.kpis import Duration, OnTime, ProcessingTimes, Ratio, mean
from app.services.unit_of_work import UnitOfWork

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

    def merge(key: Any, **values: Any) -> None:  # the stages' sums, into one row per key
        text = key_text(key)
        rows[text] = replace(rows.get(text, FulfilmentRow(text)), **values)

    with uow:
        s = uow.session
        if breakdown is None or breakdown in PERIODS or breakdown is Breakdown.CHANNEL:
            return _from_daily(s, period, breakdown)
        for stage in STAGES:
            if stage == "confirmed" and not confirmations:
                continue
            facts = stage_facts(s, stage, period)
            names = list(measures(s, stage))
            for key, count, *sums in grouped(s, facts, breakdown, func.count(),
                                             *(func.sum(facts.c[n]) for n in names)):
                merge(key, **{stage: count}, **{n: _number(n, v) for n, v in zip(
                    names, sums, strict=True)})
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
        out = FulfilmentRow(ALL, *(getattr(out, f) + getattr(row, f) for f in MEASURES))
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
