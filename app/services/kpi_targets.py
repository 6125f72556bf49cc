"""KPI targets from settings and the alerts listing the figures that miss them."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal

from app.services import kpi_billing, kpis
from app.services.kpi_sql import DateRange
from app.services.settings import get_setting
from app.services.unit_of_work import UnitOfWork


@dataclass(frozen=True)
class Alert:
    kpi: str  # the settings key of the target, e.g. kpi_target_on_time_pct
    value: Decimal
    target: Decimal
    higher_is_better: bool


def _figures(uow: UnitOfWork, period: DateRange) -> list[tuple[str, Decimal | None, bool]]:
    """(target key, this period's overall figure or None when nothing was measured,
    whether a higher figure is better)."""
    times = kpis.processing_times(uow, period)

    def first(rows: tuple, attr: str) -> Decimal | None:  # type: ignore[type-arg]
        return getattr(rows[0], attr) if rows else None

    resolved = [c for c in kpi_billing.complaints(uow, period) if c.resolved]
    resolve_hours = (None if not resolved else
                     sum(c.mean_hours_to_resolve * c.resolved for c in resolved)  # type: ignore[operator]
                     / sum(c.resolved for c in resolved))
    back = kpis.back_orders(uow, period)
    overdue = kpi_billing.overdue_receivables(uow, period)
    return [
        ("kpi_target_on_time_pct", first(kpis.on_time_delivery(uow, period), "rate_pct"), True),
        ("kpi_target_accuracy_pct", first(kpis.order_accuracy(uow, period), "rate_pct"), True),
        ("kpi_target_fill_rate_pct", first(kpis.fill_rate(uow, period), "rate_pct"), True),
        ("kpi_target_confirmation_hours", first(times.to_confirmation, "mean_hours"), False),
        ("kpi_target_first_shipment_hours", first(times.to_first_shipment, "mean_hours"), False),
        ("kpi_target_delivery_hours", first(times.to_delivery, "mean_hours"), False),
        ("kpi_target_back_order_lines", Decimal(back[0].lines if back else 0), False),
        ("kpi_target_days_to_pay", first(kpi_billing.days_to_pay(uow, period), "mean_days"),
         False),
        ("kpi_target_overdue_amount", overdue[0].amount if overdue else Decimal(0), False),
        ("kpi_target_resolve_hours", resolve_hours, False),
    ]


def targets(uow: UnitOfWork) -> dict[str, Decimal]:
    from app.services.settings import DEFAULTS

    with uow:
        return {k: Decimal(get_setting(uow.session, k)) for k in DEFAULTS
                if k.startswith("kpi_target_")}


def alerts(uow: UnitOfWork | Callable[[], UnitOfWork], period: DateRange) -> list[Alert]:
    """The KPIs that miss their target over the period (figures with no data never alert)."""
    goal = targets(uow)  # type: ignore[arg-type]
    out = []
    for key, value, higher in _figures(uow, period):  # type: ignore[arg-type]
        if value is None:
            continue
        missed = value < goal[key] if higher else value > goal[key]
        if missed:
            out.append(Alert(key, value, goal[key], higher))
    return out
