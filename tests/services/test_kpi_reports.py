"""Dashboard figures, report tables, exports and the monthly PDF over the crafted KPI data
(tests/services/test_kpis.py works every figure out by hand)."""

from __future__ import annotations

import csv
import io
from datetime import date
from decimal import Decimal

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from app.models.enums import Role
from app.services import kpi_targets
from app.services.documents.kpi_report import monthly_report_pdf
from app.services.errors import PermissionDeniedError, ValidationError
from app.services.kpi_dashboard import load_dashboard, range_for
from app.services.kpi_reports import COLUMNS, export_report, kpi_report
from app.services.kpi_sql import Breakdown, DateRange
from tests.services.test_kpis import NOV, data  # noqa: F401  (the crafted data fixture)


def test_tiles_share_the_kpi_figures_and_flag_the_missed_targets(uow, f, data):  # type: ignore[no-untyped-def]  # noqa: F811
    board = load_dashboard(uow(), f.actor(Role.MANAGER), NOV, Breakdown.TIER)
    tiles = {t.key: t for t in board.tiles}
    assert tiles["kpi_target_on_time_pct"].value == Decimal("33.3")
    assert tiles["kpi_target_delivery_hours"].value == Decimal("198.00")
    assert {t.key for t in board.tiles if t.missed} == {
        a.kpi for a in kpi_targets.alerts(uow(), NOV)}
    assert board.trend_size is Breakdown.DAY
    assert [(b.key, b.completed, b.promised, b.on_time) for b in board.bars] == [
        ("A", 2, 2, 1), ("B", 2, 1, 0)]


def test_dashboard_is_for_managers(uow, f):  # type: ignore[no-untyped-def]
    with pytest.raises(PermissionDeniedError):
        load_dashboard(uow(), f.actor(Role.WAREHOUSE), NOV)


def test_report_rows_by_tier_with_a_total_row(uow, f, data):  # type: ignore[no-untyped-def]  # noqa: F811
    report = kpi_report(uow(), f.actor(Role.MANAGER), NOV, Breakdown.TIER)
    rows = {r[0]: dict(zip(COLUMNS, r, strict=True)) for r in report.rows}
    assert set(rows) == {"A", "B", "all"}
    assert rows["all"]["on_time_pct"] == Decimal("33.3")
    assert rows["all"]["completed"] == 4
    assert rows["B"]["overdue_amount"] == Decimal("105.00")
    assert rows["B"]["complaints_received"] == 1
    assert rows["A"]["back_order_lines"] == 1


def test_channel_breakdown_leaves_money_columns_to_the_total(uow, f, data):  # type: ignore[no-untyped-def]  # noqa: F811
    report = kpi_report(uow(), f.actor(Role.MANAGER), NOV, Breakdown.CHANNEL)
    rows = {r[0]: dict(zip(COLUMNS, r, strict=True)) for r in report.rows}
    assert rows["phone"]["overdue_amount"] is None
    assert rows["all"]["overdue_amount"] == Decimal("105.00")


def test_export_csv_and_xlsx(uow, f, data, tmp_path):  # type: ignore[no-untyped-def]  # noqa: F811
    manager = f.actor(Role.MANAGER)
    assert export_report(uow(), manager, NOV, Breakdown.TIER, tmp_path / "k.csv") == 3
    lines = list(csv.reader(io.StringIO((tmp_path / "k.csv").read_text("utf-8-sig"))))
    assert lines[0] == list(COLUMNS)
    assert [x[0] for x in lines[1:]] == ["A", "B", "all"]
    export_report(uow(), manager, NOV, Breakdown.TIER, tmp_path / "k.xlsx")
    sheet = load_workbook(tmp_path / "k.xlsx")["KPIs"]
    values = list(sheet.values)
    assert values[3][COLUMNS.index("overdue_amount")] == 105
    assert values[3][0] == "all"


def test_csv_guards_customer_names_against_formulas(uow, f, tmp_path):  # type: ignore[no-untyped-def]
    customer = f.customer(name="=HYPERLINK(\"x\")")
    product = f.product(stock_qty=5)
    f.posted_invoice(customer, [(product, 1)], today=date(2025, 10, 1))
    export_report(uow(), f.actor(Role.MANAGER), NOV, Breakdown.CUSTOMER, tmp_path / "c.csv")
    text = (tmp_path / "c.csv").read_text("utf-8-sig")
    assert "'=HYPERLINK" in text and "\n=HYPERLINK" not in text.replace(",=", "\n=")


def test_monthly_pdf_holds_the_months_figures(uow, f, data):  # type: ignore[no-untyped-def]  # noqa: F811
    pdf = monthly_report_pdf(uow(), f.actor(Role.MANAGER), date(2025, 11, 15))
    assert pdf.startswith(b"%PDF")
    content = "".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)
    assert "2025-11" in content and "33.3" in content and "198.00" in content
    assert "MISSED" in content and "delivery" in content


def test_targets_are_saved_checked_and_audited(uow, f):  # type: ignore[no-untyped-def]
    manager = f.actor(Role.MANAGER)
    kpi_targets.save_targets(uow(), manager, {"kpi_target_on_time_pct": Decimal("90")})
    assert kpi_targets.targets(uow())["kpi_target_on_time_pct"] == Decimal(90)
    with pytest.raises(ValidationError):
        kpi_targets.save_targets(uow(), manager, {"kpi_target_fill_rate_pct": Decimal(101)})
    with pytest.raises(PermissionDeniedError):
        kpi_targets.save_targets(uow(), f.actor(Role.SALES), {})


def test_range_presets() -> None:
    today = date(2026, 11, 27)
    assert range_for("month", today) == DateRange(date(2026, 11, 1), today)
    assert range_for("30days", today).start == date(2026, 10, 29)
    assert range_for("quarter", today).start == date(2026, 10, 1)
    assert range_for("year", today).start == date(2025, 12, 1)
    assert range_for("year", date(2026, 12, 5)).start == date(2026, 1, 1)


@pytest.mark.parametrize("by", [Breakdown.DAY, Breakdown.WEEK, Breakdown.QUARTER,
                                Breakdown.CATEGORY])
def test_tiles_summed_from_the_trend_equal_the_direct_figures(uow, f, data, by):  # type: ignore[no-untyped-def]  # noqa: F811
    board = load_dashboard(uow(), f.actor(Role.MANAGER), NOV, by)
    direct = {key: value for key, value, _ in kpi_targets._figures(uow(), NOV)}
    assert {t.key: t.value for t in board.tiles} == direct


def _facts_equal_a_rebuild(uow) -> None:  # type: ignore[no-untyped-def]
    from sqlalchemy import select

    from app.models import Invoice, InvoiceFact
    from app.services.invoice_facts import facts_of

    with uow(write=False) as u:
        table = InvoiceFact.__table__
        stored = sorted(tuple(r) for r in u.session.execute(select(table)))
        rebuilt = sorted(tuple(r) for r in u.session.execute(facts_of(select(Invoice.id))))
    assert stored == rebuilt


def test_invoice_facts_keep_overdue_and_days_to_pay_exact(uow, f):  # type: ignore[no-untyped-def]
    from app.models.enums import PaymentMethod
    from app.services import invoice_facts, payments
    from app.services.kpi_billing import days_to_pay, overdue_receivables

    def overdue(last_day: int) -> tuple:  # type: ignore[type-arg]
        return tuple((r.invoices, r.amount) for r in overdue_receivables(
            uow(), DateRange(date(2025, 10, 1), date(2025, 10, last_day))))

    def paid_in_october() -> tuple:  # type: ignore[type-arg]
        return tuple((r.invoices, r.mean_days) for r in days_to_pay(
            uow(), DateRange(date(2025, 10, 1), date(2025, 10, 31))))

    customer, product = f.customer(), f.product(stock_qty=20)
    early = f.posted_invoice(customer, [(product, 1)], today=date(2025, 9, 1))  # due Oct 1
    late = f.posted_invoice(customer, [(product, 2)], today=date(2025, 9, 15))  # due Oct 15
    payments.record_payment(uow(), f.admin, customer, Decimal("105.00"),
                            PaymentMethod.BANK_TRANSFER, date(2025, 10, 20),
                            allocations=[(early, Decimal("105.00"))])
    assert invoice_facts.refresh(uow()) == 2
    assert invoice_facts.refresh(uow()) == 0 and invoice_facts.is_current(uow())
    _facts_equal_a_rebuild(uow)
    # Oct 10: early open (its payment came later: computed as of that day), late not due.
    assert overdue(10) == ((1, Decimal("105.00")),)
    assert overdue(31) == ((1, Decimal("210.00")),)
    assert paid_in_october() == ((1, Decimal("49.00")),)  # Sep 1 -> Oct 20
    # Paid after the rows were built, back-dated: the next read is exact at once.
    payments.record_payment(uow(), f.admin, customer, Decimal("210.00"), PaymentMethod.CASH,
                            date(2025, 10, 25), allocations=[(late, Decimal("210.00"))])
    assert overdue(31) == ()
    assert overdue(20) == ((1, Decimal("210.00")),)  # late was due Oct 15, paid Oct 25
    assert paid_in_october() == ((2, Decimal("44.50")),)  # 49 and 40 days
    # A new posted invoice counts as soon as it is posted.
    f.posted_invoice(customer, [(product, 3)], today=date(2025, 9, 20))  # due Oct 20
    assert overdue(31) == ((1, Decimal("315.00")),)
    _facts_equal_a_rebuild(uow)
    with uow(write=False) as u:
        from sqlalchemy import select

        from app.models import InvoiceFact
        settled = dict(u.session.execute(select(InvoiceFact.invoice_id,
                                                InvoiceFact.settled_on)).all())
    assert settled[early] == date(2025, 10, 20) and settled[late] == date(2025, 10, 25)
