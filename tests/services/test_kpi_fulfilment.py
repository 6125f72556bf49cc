"""The dashboard's combined scans (kpi_fulfilment) give exactly what the KPI services give one
by one, for every breakdown, over the crafted KPI data (tests/services/test_kpis.py)."""

from __future__ import annotations

import pytest

from app.services import kpi_fulfilment, kpis
from app.services.kpi_sql import Breakdown
from tests.services.test_kpis import NOV, data  # noqa: F401  (the crafted data fixture)


@pytest.mark.parametrize("by", [None, *Breakdown])
def test_combined_scans_equal_the_kpis_one_by_one(uow, data, by) -> None:  # type: ignore[no-untyped-def]  # noqa: F811
    rows = kpi_fulfilment.fulfilment(uow(), NOV, by)
    assert tuple(r.on_time_row() for r in rows if r.completed) == \
        kpis.on_time_delivery(uow(), NOV, breakdown=by)
    assert tuple(r.accuracy_row() for r in rows if r.completed) == \
        kpis.order_accuracy(uow(), NOV, breakdown=by)
    assert tuple(r.fill_row() for r in rows if r.first_shipped) == \
        kpis.fill_rate(uow(), NOV, breakdown=by)
    times = kpis.processing_times(uow(), NOV, breakdown=by)
    for stage, count, hours in (("to_confirmation", "confirmed", "confirmation_hours"),
                                ("to_first_shipment", "first_shipped", "shipment_hours"),
                                ("to_delivery", "completed", "delivery_hours")):
        assert getattr(times, stage) == tuple(
            kpis.Duration(r.key, getattr(r, count), kpis.mean(getattr(r, hours),
                                                              getattr(r, count)))
            for r in rows if getattr(r, count))


def test_the_total_row_is_the_range_without_a_breakdown(uow, data) -> None:  # type: ignore[no-untyped-def]  # noqa: F811
    by_week = kpi_fulfilment.total(kpi_fulfilment.fulfilment(uow(), NOV, Breakdown.WEEK))
    (whole,) = kpi_fulfilment.fulfilment(uow(), NOV, None)
    for field in kpi_fulfilment.MEASURES:  # hours are float sums, added in another order
        assert getattr(by_week, field) == pytest.approx(getattr(whole, field)), field
    assert kpi_fulfilment.processing_times(whole) == kpis.processing_times(uow(), NOV)
