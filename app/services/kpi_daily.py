"""`kpi_daily_fulfilment` (app/models/kpi_facts.py): order_facts summed per UTC day and sales
channel, rewritten in the same transaction as the order facts it sums (docs/kpis.md, Speed).

When an order-facts refresh rewrites some orders, the days their rows named before and after
are the only days whose sums can change; those days are summed again from order_facts, all
channels at once. A full rebuild of the facts, or a refresh touching more than MAX_DAYS days
(an import of years of history), sums every day again.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from sqlalchemy import and_, delete, func, insert, literal, or_, select, union_all
from sqlalchemy.orm import Session

from app.models import DailyFulfilment, OrderFact
from app.services.kpi_measures import STAGES, measures
from app.services.kpi_sql import day_of

F = OrderFact
D = DailyFulfilment
MAX_DAYS = 60  # beyond this many days, summing everything again is the cheaper statement
# The table's columns after its key: each stage's count and the sums of its measures.
_MEASURES = tuple(c.name for c in D.__table__.columns if c.name not in ("day", "channel"))
_EVENTS = tuple(event for event, _ in STAGES.values())


def _days_of(session: Session, orders: Any) -> set[date]:
    """The UTC days on which the facts rows of `orders` place an event."""
    days: set[date] = set()
    for row in session.execute(select(*_EVENTS).where(F.order_id.in_(orders))):
        days.update(at.astimezone(UTC).date() for at in row if at is not None)
    return days


def _within(column: Any, days: set[date] | None) -> Any:
    if days is None:
        return column.is_not(None)
    return or_(*(and_(column >= datetime.combine(d, time(), UTC),
                      column < datetime.combine(d + timedelta(days=1), time(), UTC))
                 for d in sorted(days)))


def _sums(session: Session, days: set[date] | None) -> Any:
    """SELECT of the daily rows of `days` (None: every day), from order_facts: each stage's
    orders counted on its event day with its measures (kpi_measures.py), the rest 0."""
    zero = literal(0)

    def part(stage: str) -> Any:
        event, _ = STAGES[stage]
        values = {stage: literal(1), **measures(session, stage)}
        return select(day_of(session, event).label("day"), F.channel,
                      *(values.get(name, zero).label(name) for name in _MEASURES)
                      ).where(_within(event, days))

    parts = union_all(*(part(stage) for stage in STAGES)).subquery()
    return (select(parts.c.day, parts.c.channel,
                   *(func.coalesce(func.sum(parts.c[name]), 0) for name in _MEASURES))
            .group_by(parts.c.day, parts.c.channel))


def rewrite(session: Session, days: set[date] | None) -> None:
    """Sums `days` (None: every day) again from order_facts."""
    if days is not None and len(days) > MAX_DAYS:
        days = None
    if days == set():
        return
    table = D.__table__
    if days is None:
        session.execute(delete(table))
    else:
        session.execute(delete(table).where(table.c.day.in_(sorted(days))))
    session.execute(insert(table).from_select(["day", "channel", *_MEASURES],
                                              _sums(session, days)))


def around_facts_rewrite(session: Session, orders: Any | None) -> Callable[[], None]:
    """Called by the order-facts refresh before it rewrites `orders` (None: all of them);
    the function it returns, after: the days named before and after are summed again."""
    if orders is None:
        return lambda: rewrite(session, None)
    before = _days_of(session, orders)
    return lambda: rewrite(session, before | _days_of(session, orders))


__all__ = ["MAX_DAYS", "around_facts_rewrite", "rewrite"]
