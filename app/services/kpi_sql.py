"""Shared pieces of the KPI queries: date ranges, breakdowns and dialect-specific SQL."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from enum import StrEnum
from typing import Any

from sqlalchemy import ColumnElement, Integer, String, cast, func, literal
from sqlalchemy import select as sa_select
from sqlalchemy.orm import Session

from app.services.errors import ValidationError, tr


@dataclass(frozen=True)
class DateRange:
    """Whole days, both ends included."""

    start: date
    end: date

    @property
    def since(self) -> datetime:
        return datetime.combine(self.start, time(), UTC)

    @property
    def until(self) -> datetime:
        """The first instant after the range (exclusive bound)."""
        return datetime.combine(self.end + timedelta(days=1), time(), UTC)


class Breakdown(StrEnum):
    CHANNEL = "channel"
    CATEGORY = "category"
    TIER = "tier"
    CUSTOMER = "customer"
    DAY = "day"
    WEEK = "week"
    MONTH = "month"
    QUARTER = "quarter"


PERIODS = (Breakdown.DAY, Breakdown.WEEK, Breakdown.MONTH, Breakdown.QUARTER)
ALL = "all"  # the key of the single row when no breakdown is asked for


def refuse(breakdown: Breakdown, kpi: str) -> None:
    raise ValidationError("breakdown", tr("{kpi} cannot be broken down by {breakdown}.",
                                          kpi=kpi, breakdown=breakdown.value))


def bucket(session: Session, column: Any, size: Breakdown) -> ColumnElement[str]:
    """The period a date or timestamp falls in, as text that sorts in time order:
    day 2026-11-27, week 2026-11-23 (its Monday), month 2026-11, quarter 2026-Q4."""
    if session.get_bind().dialect.name == "sqlite":
        if size is Breakdown.DAY:
            return func.strftime("%Y-%m-%d", column)
        if size is Breakdown.WEEK:  # 'weekday 0' moves to the next Sunday (or stays)
            return func.date(column, "weekday 0", "-6 days")
        if size is Breakdown.MONTH:
            return func.strftime("%Y-%m", column)
        month = cast(func.strftime("%m", column), Integer)
        return func.strftime("%Y", column).concat("-Q").concat(
            cast((month + 2) // 3, String))
    formats = {Breakdown.DAY: "YYYY-MM-DD", Breakdown.MONTH: "YYYY-MM",
               Breakdown.QUARTER: 'YYYY-"Q"Q'}
    if size is Breakdown.WEEK:
        return func.to_char(func.date_trunc("week", column), "YYYY-MM-DD")
    return func.to_char(column, formats[size])


def hours_between(session: Session, start: Any, end: Any) -> ColumnElement[float]:
    """Elapsed hours between two timestamps, as a float (a duration, not money)."""
    if session.get_bind().dialect.name == "sqlite":
        return (func.julianday(end) - func.julianday(start)) * 24.0
    return func.extract("epoch", end - start) / 3600.0


def days_between_dates(session: Session, start: Any, end: Any) -> ColumnElement[int]:
    """Whole days between two DATE values."""
    if session.get_bind().dialect.name == "sqlite":
        return cast(func.julianday(end) - func.julianday(start), Integer)
    return end - start


def day_of(session: Session, column: Any) -> ColumnElement[Any]:
    """The calendar date (UTC) of a timestamp, comparable with a DATE column."""
    return func.date(column)


def all_key() -> ColumnElement[str]:
    return literal(ALL)


def grouped(session: Session, facts: Any, breakdown: Breakdown | None, *aggregates: Any,
            customer_level: bool = False, also_by: str | None = None) -> list[Any]:
    """Runs `aggregates` over the `facts` subquery grouped by the breakdown's key.

    `facts` has `event_at` (places a row in a period bucket) and either `order_id` or, when
    `customer_level`, `customer_id`. `channel`, `customer_id` and `category` columns, when
    present, are used directly instead of joining the order.
    `also_by` names a facts column to group by as well (complaints by category).
    """
    from app.models import Customer, OrderCategoryFact, SalesOrder

    c = facts.c
    query = None
    if breakdown is None:
        key: Any = all_key()
    elif breakdown in PERIODS:
        key = bucket(session, c.event_at, breakdown)
    elif breakdown is Breakdown.CUSTOMER and "customer_id" in c:
        key = c.customer_id
    elif breakdown is Breakdown.TIER and "customer_id" in c:
        key = Customer.tier
        query = select_from(facts).join(Customer, Customer.id == c.customer_id)
    elif breakdown is Breakdown.CHANNEL and "channel" in c:
        key = c.channel
    elif customer_level:
        refuse(breakdown, "This figure")
    elif breakdown is Breakdown.CATEGORY:
        if "category" in c:
            key = c.category
        else:  # kept current with order_facts (app/services/order_facts.py)
            key = OrderCategoryFact.category
            query = select_from(facts).join(OrderCategoryFact,
                                            OrderCategoryFact.order_id == c.order_id)
    else:
        query = select_from(facts).join(SalesOrder, SalesOrder.id == c.order_id)
        if breakdown is Breakdown.CHANNEL:
            key = SalesOrder.channel
        elif breakdown is Breakdown.CUSTOMER:
            key = SalesOrder.customer_id
        else:
            key = Customer.tier
            query = query.join(Customer, Customer.id == SalesOrder.customer_id)
    keys = [key.label("key")] + ([c[also_by]] if also_by else [])
    stmt = sa_select(*keys, *aggregates).select_from(query if query is not None else facts)
    return list(session.execute(stmt.group_by(*keys).order_by(*keys)).all())


def select_from(facts: Any) -> Any:
    """A join chain starting at the facts subquery."""
    return facts


def key_text(value: Any) -> str:
    """Breakdown keys as plain text: enum values, ids and period labels alike."""
    return str(getattr(value, "value", value))
