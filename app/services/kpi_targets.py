"""KPI targets from settings and the alerts listing the figures that miss them."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal

from app.services import audit, kpi_billing, kpis
from app.services.auth import Actor, require
from app.services.company import AUDIT_ID
from app.services.errors import ValidationError, tr
from app.services.kpi_sql import DateRange
from app.services.settings import DEFAULTS, get_setting, set_setting
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
    return overall_figures(
        kpis.processing_times(uow, period), kpis.on_time_delivery(uow, period),
        kpis.order_accuracy(uow, period), kpis.fill_rate(uow, period),
        kpis.back_orders(uow, period), kpi_billing.days_to_pay(uow, period),
        kpi_billing.overdue_receivables(uow, period), kpi_billing.complaints(uow, period))


def overall_figures(times: kpis.ProcessingTimes, on_time: tuple, accuracy: tuple,  # type: ignore[type-arg]
                    fill: tuple, back: tuple, days: tuple, overdue: tuple,  # type: ignore[type-arg]
                    complaints: tuple) -> list[tuple[str, Decimal | None, bool]]:  # type: ignore[type-arg]
    """The figures compared with the targets, from KPI rows already computed without a
    breakdown (the dashboard computes them once and shares them with its alerts)."""

    def first(rows: tuple, attr: str) -> Decimal | None:  # type: ignore[type-arg]
        return getattr(rows[0], attr) if rows else None

    resolved = [c for c in complaints if c.resolved]
    resolve_hours = (None if not resolved else
                     sum(c.mean_hours_to_resolve * c.resolved for c in resolved)
                     / sum(c.resolved for c in resolved))
    return [
        ("kpi_target_on_time_pct", first(on_time, "rate_pct"), True),
        ("kpi_target_accuracy_pct", first(accuracy, "rate_pct"), True),
        ("kpi_target_fill_rate_pct", first(fill, "rate_pct"), True),
        ("kpi_target_confirmation_hours", first(times.to_confirmation, "mean_hours"), False),
        ("kpi_target_first_shipment_hours", first(times.to_first_shipment, "mean_hours"), False),
        ("kpi_target_delivery_hours", first(times.to_delivery, "mean_hours"), False),
        ("kpi_target_back_order_lines", Decimal(back[0].lines if back else 0), False),
        ("kpi_target_days_to_pay", first(days, "mean_days"), False),
        ("kpi_target_overdue_amount", overdue[0].amount if overdue else Decimal(0), False),
        ("kpi_target_resolve_hours", resolve_hours, False),
    ]


def is_missed(value: Decimal | None, target: Decimal, higher_is_better: bool) -> bool:
    """Nothing measured never misses."""
    if value is None:
        return False
    return value < target if higher_is_better else value > target


def targets(uow: UnitOfWork) -> dict[str, Decimal]:
    with uow:
        return {k: Decimal(get_setting(uow.session, k)) for k in DEFAULTS
                if k.startswith("kpi_target_")}


def alerts(uow: UnitOfWork | Callable[[], UnitOfWork], period: DateRange) -> list[Alert]:
    """The KPIs that miss their target over the period (figures with no data never alert)."""
    goal = targets(uow)  # type: ignore[arg-type]
    out = []
    for key, value, higher in _figures(uow, period):  # type: ignore[arg-type]
        if is_missed(value, goal[key], higher):
            out.append(Alert(key, value, goal[key], higher))
    return out


def save_targets(uow: UnitOfWork, actor: Actor, values: dict[str, Decimal]) -> None:
    """Stores the targets the manager set (settings keys kpi_target_*); audited."""
    require(actor, "settings.manage")
    with uow:
        changed = {}
        for key, value in values.items():
            if key not in DEFAULTS or not key.startswith("kpi_target_"):
                raise ValidationError(key, tr("There is no KPI target called {key}.", key=key))
            if value < 0:
                raise ValidationError(key, tr("A target cannot be below zero."))
            if key.endswith("_pct") and value > 100:
                raise ValidationError(key, tr("A percentage target is at most 100."))
            text = str(value.normalize() if value == value.to_integral() else value)
            if text != get_setting(uow.session, key):
                set_setting(uow.session, key, text)
                changed[key] = text
        if changed:
            audit.record(uow.session, actor, "setting", AUDIT_ID, "kpi_targets", **changed)
        uow.commit()
