"""What each order KPI counts, per order, from `order_facts`: one definition shared by the
single KPIs (kpis.py), the dashboard's combined scans (kpi_fulfilment.py) and the daily sums
(kpi_daily.py), so the three can never disagree (docs/kpis.md).

An order enters three stages, each on its own event date: completed (its last delivery
signed, once delivered whole), first shipped, confirmed. A stage's measures are 0/1 flags and
durations in hours, named as `kpi_fulfilment.FulfilmentRow` names their sums; the stage's own
name is the count of orders that reached it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from sqlalchemy import and_, case, select
from sqlalchemy.orm import Session

from app.models import OrderFact
from app.services.kpi_sql import DateRange, day_of, hours_between

F = OrderFact


def _completed(session: Session) -> dict[str, Any]:
    promised = F.promised_date.isnot(None)
    return {
        "promised": case((promised, 1), else_=0),
        # On time: the last delivery signed on or before the promised day (UTC).
        "on_time": case((and_(promised, day_of(session, F.completed_at) <= F.promised_date),
                         1), else_=0),
        "accurate": case((F.accurate, 1), else_=0),
        "delivery_hours": hours_between(session, F.created_at, F.completed_at),
    }


def _first_shipped(session: Session) -> dict[str, Any]:
    return {"complete_first": case((F.first_complete, 1), else_=0),
            "shipment_hours": hours_between(session, F.confirmed_at, F.first_shipped_at)}


def _confirmed(session: Session) -> dict[str, Any]:
    return {"confirmation_hours": hours_between(session, F.created_at, F.confirmed_at)}


# stage -> (its event date, its measures)
STAGES: dict[str, tuple[Any, Callable[[Session], dict[str, Any]]]] = {
    "completed": (F.completed_at, _completed),
    "first_shipped": (F.first_shipped_at, _first_shipped),
    "confirmed": (F.confirmed_at, _confirmed),
}


def measures(session: Session, stage: str) -> dict[str, Any]:
    return STAGES[stage][1](session)


def in_period(column: Any, period: DateRange) -> Any:
    return and_(column >= period.since, column < period.until)


def stage_facts(session: Session, stage: str, period: DateRange) -> Any:
    """The order_facts rows that reached `stage` in the period: the breakdown columns, the
    event date as event_at and the stage's measures (app/services/order_facts.py keeps the
    rows current)."""
    event, _ = STAGES[stage]
    return (select(F.order_id, F.channel, F.customer_id, event.label("event_at"),
                   *(column.label(name) for name, column in measures(session, stage).items()))
            .where(in_period(event, period)).subquery())


__all__ = ["STAGES", "in_period", "measures", "stage_facts"]
