"""The manager's dashboard and reports over the crafted KPI data (tests/services/test_kpis.py
works every figure out by hand), on every backend: tiles show the service figures, a missed
target is red with its alert, a new breakdown reloads, exports and the monthly PDF."""

from __future__ import annotations

import csv
import io
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader
from PySide6.QtCore import QDate, Qt
from pytestqt.qtbot import QtBot

from app.services import kpi_targets
from app.services.kpi_reports import COLUMNS
from app.views.context import AppContext
from app.views.screens import dashboard_reports
from app.views.screens.dashboard import DashboardScreen
from app.views.settings.kpi_targets_tab import KpiTargetsTab
from tests.services.test_kpis import data  # noqa: F401  (the crafted data fixture)
from tests.views.conftest import Problems

pytestmark = pytest.mark.usefixtures("data")


def november(qtbot: QtBot, ctx: AppContext) -> DashboardScreen:
    """The dashboard on the crafted month: Custom dates, Nov 1-30 2025, typed by keys."""
    screen = DashboardScreen(ctx)
    qtbot.addWidget(screen)
    screen.resize(1280, 780)
    screen.show()
    screen.range_choice.setFocus()
    qtbot.keyClick(screen.range_choice, Qt.Key.Key_End)  # Custom dates is the last choice
    assert screen.start.isEnabled()
    screen.start.setDate(QDate(2025, 11, 1))
    screen.end.setDate(QDate(2025, 11, 30))
    return screen


def test_tiles_show_the_figures_and_a_missed_target_is_red_with_its_alert(
    qtbot: QtBot, ctx: AppContext, problems: Problems,
) -> None:
    screen = november(qtbot, ctx)
    on_time = screen.tiles["kpi_target_on_time_pct"]
    assert on_time.value.text() == "33.3 %"
    assert on_time.target.text() == "Target ≥ 95 %"
    assert on_time.missed
    assert on_time.status.text() == "On-time delivery 33.3 % is below its target of 95 %"
    assert "#b3261e" in on_time.styleSheet()
    confirm = screen.tiles["kpi_target_confirmation_hours"]
    assert (confirm.value.text(), confirm.missed) == ("12.8 h", False)  # 64 h / 5
    assert "#1b6e20" in confirm.styleSheet()
    assert screen.tiles["kpi_target_overdue_amount"].value.text() == "NT$105.00"
    banner = screen.alerts.text()
    for name in ("On-time delivery", "Order accuracy", "Fill rate", "Entry to delivery"):
        assert name in banner
    assert "Back-order lines" not in banner
    # Every day of the month on the axis; on time only where an order was completed.
    trend = screen.trend_chart
    assert len(trend.categories) == 30 and trend.categories[3] == "2025-11-04"
    on_time = dict(zip(trend.categories, trend.series[0].values, strict=True))
    assert {k: v for k, v in on_time.items() if v is not None} == {
        "2025-11-04": 100.0, "2025-11-20": 0.0}  # C (Nov 7) had no promised date
    assert problems == []


def test_a_new_breakdown_reloads_the_bars_and_the_report(
    qtbot: QtBot, ctx: AppContext, problems: Problems,
) -> None:
    screen = november(qtbot, ctx)
    assert screen.bar_chart.categories == ("phone",)
    screen.breakdown.setFocus()
    qtbot.keyClick(screen.breakdown, Qt.Key.Key_Down)  # product category
    qtbot.keyClick(screen.breakdown, Qt.Key.Key_Down)  # customer tier
    assert screen.bar_chart.categories == ("A", "B")
    on_time = dict(zip(screen.bar_chart.categories, screen.bar_chart.series[0].values,
                       strict=True))
    assert on_time == {"A": 50.0, "B": 0.0}
    bar = screen.tabs.tabBar()
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(1).center())
    table = screen.reports.table
    keys = [table.item(r, 0).text() for r in range(table.rowCount())]
    assert keys == ["A", "B", "All"]
    headers = [table.horizontalHeaderItem(c).text() for c in range(table.columnCount())]
    assert table.item(2, headers.index("On time %")).text() == "33.30"
    assert table.item(1, headers.index("Overdue amount")).text() == "105.00"
    assert problems == []


def test_export_writes_csv_and_xlsx_with_the_rows_shown(
    qtbot: QtBot, ctx: AppContext, problems: Problems, tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    screen = november(qtbot, ctx)
    screen.breakdown.setCurrentIndex(2)  # customer tier
    monkeypatch.setattr(screen.reports, "choose_path",
                        lambda fmt: str(tmp_path / f"kpis.{fmt}"))
    screen.tabs.setCurrentIndex(1)
    qtbot.mouseClick(screen.reports.csv_button, Qt.MouseButton.LeftButton)
    rows = list(csv.reader(io.StringIO((tmp_path / "kpis.csv").read_text("utf-8-sig"))))
    assert rows[0] == list(COLUMNS)
    assert [r[0] for r in rows[1:]] == ["A", "B", "all"]
    assert rows[3][COLUMNS.index("on_time_pct")] == "33.3"
    assert "3 row(s) written to kpis.csv" in screen.reports.status.text()
    qtbot.mouseClick(screen.reports.xlsx_button, Qt.MouseButton.LeftButton)
    sheet = list(load_workbook(tmp_path / "kpis.xlsx")["KPIs"].values)
    assert [r[0] for r in sheet[1:]] == ["A", "B", "all"]
    assert sheet[3][COLUMNS.index("completed")] == 4
    assert problems == []


def test_monthly_pdf_carries_the_months_figures(
    qtbot: QtBot, ctx: AppContext, problems: Problems, monkeypatch: pytest.MonkeyPatch,
) -> None:
    kept: list[tuple[bytes, str]] = []
    monkeypatch.setattr(dashboard_reports, "open_pdf",
                        lambda pdf, name: kept.append((pdf, name)) or Path(name))
    screen = november(qtbot, ctx)
    screen.tabs.setCurrentIndex(1)
    screen.reports.month.setDate(QDate(2025, 11, 1))
    qtbot.mouseClick(screen.reports.pdf_button, Qt.MouseButton.LeftButton)
    (pdf, name), = kept
    assert name == "kpi-report-2025-11" and pdf.startswith(b"%PDF")
    text = "".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages)
    assert "2025-11-01 – 2025-11-30" in text
    assert "33.3" in text and "12.80" in text and "198.00" in text and "105.00" in text
    assert problems == []


def test_a_looser_target_turns_the_tile_green(
    qtbot: QtBot, ctx: AppContext, problems: Problems, uow: object,
) -> None:
    page = KpiTargetsTab(ctx)
    qtbot.addWidget(page)
    field = page.fields["kpi_target_on_time_pct"]
    field.selectAll()
    qtbot.keyClicks(field, "150")
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert "at most 100" in page.errors.message("kpi_target_on_time_pct")
    field.selectAll()
    qtbot.keyClicks(field, "30")
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert page.status.text() == "Targets saved."
    assert kpi_targets.targets(uow())["kpi_target_on_time_pct"] == Decimal(30)  # type: ignore[operator]
    screen = november(qtbot, ctx)
    tile = screen.tiles["kpi_target_on_time_pct"]
    assert not tile.missed and tile.status.text() == "On target"
    assert "On-time delivery" not in screen.alerts.text()
    assert problems == []


def test_chinese_renders(qtbot: QtBot, ctx: AppContext, problems: Problems) -> None:
    from app.views.support.i18n import install_language

    install_language("zh_TW")
    screen = november(qtbot, ctx)
    image = screen.grab().toImage()
    assert not image.isNull() and image.width() >= 1200
    assert date.today().year >= 2025
    assert problems == []
