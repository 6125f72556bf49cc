"""The tables behind the dashboard's figures (one row per breakdown key) and their export
to CSV or XLSX. Values stay raw (Decimal, int, text); screens format them for the locale,
files carry them plainly so a spreadsheet can compute with them."""

from __future__ import annotations

import io
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any

from app.services import kpi_billing, kpis
from app.services.auth import Actor, require
from app.services.errors import UserFacingError, tr
from app.services.exporting import guard_formula, to_csv
from app.services.kpi_dashboard import PERMISSION, customer_names
from app.services.kpi_sql import PERIODS, Breakdown, DateRange
from app.services.unit_of_work import UnitOfWork

Value = Decimal | int | str | None

# Column ids (also the exported header) in order; the screen translates them for display.
COLUMNS: tuple[str, ...] = (
    "key", "name", "completed", "on_time_pct", "no_promised_date", "accuracy_pct",
    "first_shipped", "fill_rate_pct", "hours_to_confirm", "hours_to_first_shipment",
    "hours_to_delivery", "back_order_lines", "back_order_orders", "back_order_age_days",
    "invoices_paid", "days_to_pay", "overdue_invoices", "overdue_amount",
    "complaints_received", "complaints_resolved", "hours_to_resolve",
)
# Invoices and complaints belong to customers, not to channels or product categories.
MONEY_COLUMNS = COLUMNS[14:]
COMPLAINT_COLUMNS: tuple[str, ...] = ("key", "name", "category", "received", "resolved",
                                      "hours_to_resolve")


@dataclass(frozen=True)
class KpiReport:
    period: DateRange
    breakdown: Breakdown | None
    rows: tuple[tuple[Value, ...], ...]  # in COLUMNS order
    complaints: tuple[tuple[Value, ...], ...]  # in COMPLAINT_COLUMNS order
    money_by_key: bool  # False: invoice and complaint columns are only in the total row


def kpi_report(uow: UnitOfWork, actor: Actor, period: DateRange,
               breakdown: Breakdown | None) -> KpiReport:
    """One row per breakdown key plus a total row keyed "all" (when broken down)."""
    require(actor, PERMISSION)
    rows = _rows(uow, period, breakdown)
    money = breakdown is None or breakdown in PERIODS or breakdown in (
        Breakdown.TIER, Breakdown.CUSTOMER)
    if breakdown is not None:
        rows += _rows(uow, period, None)
    names = customer_names(uow, {str(r[0]) for r in rows}) \
        if breakdown is Breakdown.CUSTOMER else {}
    rows = [(r[0], names.get(str(r[0]), ""), *r[2:]) for r in rows]
    complaints = [(c.key, names.get(c.key, ""), c.category, c.received, c.resolved,
                   c.mean_hours_to_resolve)
                  for c in kpi_billing.complaints(uow, period,
                                                  breakdown=breakdown if money else None)]
    return KpiReport(period, breakdown, tuple(rows), tuple(complaints), money)


def _rows(uow: UnitOfWork, period: DateRange, breakdown: Breakdown | None
          ) -> list[tuple[Value, ...]]:
    def by_key(rows: Any) -> dict[str, Any]:
        return {r.key: r for r in rows}

    times = kpis.processing_times(uow, period, breakdown=breakdown)
    confirm, ship, deliver = (by_key(times.to_confirmation), by_key(times.to_first_shipment),
                              by_key(times.to_delivery))
    on_time = by_key(kpis.on_time_delivery(uow, period, breakdown=breakdown))
    accuracy = by_key(kpis.order_accuracy(uow, period, breakdown=breakdown))
    fill = by_key(kpis.fill_rate(uow, period, breakdown=breakdown))
    back = by_key(kpis.back_orders(uow, period, breakdown=breakdown))
    money = breakdown is None or breakdown in PERIODS or breakdown in (
        Breakdown.TIER, Breakdown.CUSTOMER)
    pay = by_key(kpi_billing.days_to_pay(uow, period, breakdown=breakdown)) if money else {}
    overdue = (by_key(kpi_billing.overdue_receivables(uow, period, breakdown=breakdown))
               if money else {})
    resolved: dict[str, list[Decimal]] = {}
    received: dict[str, int] = {}
    if money:
        for c in kpi_billing.complaints(uow, period, breakdown=breakdown):
            received[c.key] = received.get(c.key, 0) + c.received
            if c.resolved:
                hours, count = resolved.get(c.key, [Decimal(0), Decimal(0)])
                resolved[c.key] = [hours + c.mean_hours_to_resolve * c.resolved,
                                   count + c.resolved]
    keys = sorted(set(confirm) | set(ship) | set(deliver) | set(back) | set(pay)
                  | set(overdue) | set(received) | set(resolved))
    out = []
    for k in keys:
        o, a, f, b = on_time.get(k), accuracy.get(k), fill.get(k), back.get(k)
        p, d, r = pay.get(k), overdue.get(k), resolved.get(k)
        out.append((
            k, "", deliver[k].count if k in deliver else 0,
            o.rate_pct if o else None, o.no_promised_date if o else 0,
            a.rate_pct if a else None, f.orders if f else 0, f.rate_pct if f else None,
            _mean(confirm, k), _mean(ship, k), _mean(deliver, k),
            b.lines if b else 0, b.orders if b else 0, b.mean_age_days if b else None,
            *((p.invoices if p else 0, p.mean_days if p else None,
               d.invoices if d else 0, d.amount if d else Decimal("0.00"),
               received.get(k, 0), int(r[1]) if r else 0,
               (r[0] / r[1]).quantize(Decimal("0.01")) if r else None)
              if money else (None,) * len(MONEY_COLUMNS)),
        ))
    return out


def _mean(rows: dict[str, kpis.Duration], key: str) -> Decimal | None:
    return rows[key].mean_hours if key in rows else None


def _text(value: Value) -> str:
    return "" if value is None else str(value)


def report_csv(report: KpiReport) -> bytes:
    return to_csv(COLUMNS, [tuple(_text(v) for v in row) for row in report.rows])


def report_xlsx(report: KpiReport) -> bytes:
    """Numbers as numbers (a spreadsheet sums them); text as text cells, never formulas."""
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell

    book = Workbook(write_only=True)
    for title, header, rows in (("KPIs", COLUMNS, report.rows),
                                ("Complaints", COMPLAINT_COLUMNS, report.complaints)):
        sheet = book.create_sheet(title)
        sheet.append(list(header))
        for row in rows:
            cells = []
            for value in row:
                if isinstance(value, (int, Decimal)):
                    cells.append(WriteOnlyCell(sheet, value=value))
                else:
                    cell = WriteOnlyCell(sheet, value=guard_formula(_text(value)))
                    cell.data_type = "s"
                    cells.append(cell)
            sheet.append(cells)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def export_report(uow: UnitOfWork, actor: Actor, period: DateRange,
                  breakdown: Breakdown | None, path: str | Path) -> int:
    """Writes the report as .csv or .xlsx (by the file's extension); returns the row count."""
    require(actor, "data.export")
    target = Path(path)
    fmt = target.suffix.lower().lstrip(".")
    if fmt not in ("csv", "xlsx"):
        raise UserFacingError(tr("Export as csv or xlsx, not {format}."), format=fmt)
    report = kpi_report(uow, actor, period, breakdown)
    data = report_csv(report) if fmt == "csv" else report_xlsx(report)
    try:
        target.write_bytes(data)
    except OSError as exc:
        raise UserFacingError(tr("The file {name} cannot be written ({reason})."),
                              name=str(target), reason=exc.strerror or str(exc)) from None
    return len(report.rows)
