"""The manager's dashboard: KPI tiles against their targets, the trend of the rates and the
figures by the chosen breakdown; a Reports tab holds the tables behind them, the exports and
the monthly PDF. Everything comes from app.services.kpi_dashboard / kpi_reports."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.services import company, kpi_dashboard
from app.services.kpi_dashboard import Dashboard
from app.services.kpi_sql import Breakdown, DateRange
from app.views.context import AppContext
from app.views.screens.base import Screen
from app.views.screens.dashboard_reports import ReportsTab
from app.views.screens.dashboard_tiles import RED, KpiTile, kpi_name
from app.views.settings.kpi_targets_tab import TargetsDialog
from app.views.support import formatting
from app.views.support.runner import FAILED, run
from app.views.widgets.charts import BarChart, LineChart, Series

RANGES = (
    ("month", QT_TRANSLATE_NOOP("Dashboard", "This month")),
    ("30days", QT_TRANSLATE_NOOP("Dashboard", "Last 30 days")),
    ("quarter", QT_TRANSLATE_NOOP("Dashboard", "This quarter")),
    ("year", QT_TRANSLATE_NOOP("Dashboard", "Last 12 months")),
    ("custom", QT_TRANSLATE_NOOP("Dashboard", "Custom dates")),
)
BREAKDOWNS = (
    (Breakdown.CHANNEL, QT_TRANSLATE_NOOP("Dashboard", "Sales channel")),
    (Breakdown.CATEGORY, QT_TRANSLATE_NOOP("Dashboard", "Product category")),
    (Breakdown.TIER, QT_TRANSLATE_NOOP("Dashboard", "Customer tier")),
    (Breakdown.CUSTOMER, QT_TRANSLATE_NOOP("Dashboard", "Customer")),
    (Breakdown.DAY, QT_TRANSLATE_NOOP("Dashboard", "Day")),
    (Breakdown.WEEK, QT_TRANSLATE_NOOP("Dashboard", "Week")),
    (Breakdown.MONTH, QT_TRANSLATE_NOOP("Dashboard", "Month")),
    (Breakdown.QUARTER, QT_TRANSLATE_NOOP("Dashboard", "Quarter")),
)
TILE_COLUMNS = 5
MAX_BARS = 12


def _t(text: str) -> str:
    return QCoreApplication.translate("Dashboard", text)


class DashboardScreen(Screen):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.today = date.today()  # tests move it to the crafted data's month
        self.board: Dashboard | None = None
        details = run(self, company.get_company, ctx.uow(write=False))
        self.currency = "TWD" if details is FAILED else details.currency

        self.range_choice = QComboBox()
        self.range_choice.setObjectName("rangeChoice")
        for key, text in RANGES:
            self.range_choice.addItem(_t(text), key)
        self.start, self.end = QDateEdit(), QDateEdit()
        for edit, name in ((self.start, "rangeStart"), (self.end, "rangeEnd")):
            edit.setObjectName(name)
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
        self.breakdown = QComboBox()
        self.breakdown.setObjectName("breakdownChoice")
        for value, text in BREAKDOWNS:
            self.breakdown.addItem(_t(text), value)
        range_label, by_label = QLabel(self.tr("&Range")), QLabel(self.tr("&Break down by"))
        range_label.setBuddy(self.range_choice)
        by_label.setBuddy(self.breakdown)
        self.targets_button = QPushButton(self.tr("&Targets…"))
        self.targets_button.setObjectName("targetsButton")
        self.targets_button.setVisible(ctx.may("settings.manage"))
        self.targets_button.clicked.connect(self.edit_targets)
        bar = QHBoxLayout()
        for widget in (range_label, self.range_choice, self.start, QLabel("–"), self.end,
                       by_label, self.breakdown):
            bar.addWidget(widget)
        bar.addStretch(1)
        bar.addWidget(self.targets_button)

        self.alerts = QLabel()
        self.alerts.setObjectName("alertsBanner")
        self.alerts.setWordWrap(True)
        self.alerts.setStyleSheet(f"color: {RED}; font-weight: bold;")
        self.tiles: dict[str, KpiTile] = {}
        grid = QGridLayout()
        grid.setSpacing(8)
        for index, key in enumerate(kpi_dashboard.UNITS):
            tile = KpiTile(key)
            self.tiles[key] = tile
            grid.addWidget(tile, index // TILE_COLUMNS, index % TILE_COLUMNS)
        for column in range(TILE_COLUMNS):  # equal tiles, whatever their text
            grid.setColumnStretch(column, 1)
        self.trend_chart = LineChart()
        self.trend_chart.setObjectName("trendChart")
        self.bar_chart = BarChart()
        self.bar_chart.setObjectName("barChart")
        for chart in (self.trend_chart, self.bar_chart):
            chart.floor_zero, chart.ceiling = True, 100.0
        charts = QHBoxLayout()
        charts.addWidget(self.trend_chart, 3)
        charts.addWidget(self.bar_chart, 2)
        overview = QWidget()
        layout = QVBoxLayout(overview)
        layout.addWidget(self.alerts)
        layout.addLayout(grid)
        layout.addLayout(charts, 1)

        self.reports = ReportsTab(ctx, self.period, self.chosen_breakdown)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("dashboardTabs")
        self.tabs.addTab(overview, self.tr("&Overview"))
        self.tabs.addTab(self.reports, self.tr("R&eports"))
        self.tabs.currentChanged.connect(self._tab_changed)
        main = QVBoxLayout(self)
        main.addLayout(bar)
        main.addWidget(self.tabs, 1)
        QShortcut(QKeySequence("Ctrl+1"), self, lambda: self.tabs.setCurrentIndex(0))
        QShortcut(QKeySequence("Ctrl+2"), self, lambda: self.tabs.setCurrentIndex(1))

        self._set_range_dates()
        self.range_choice.currentIndexChanged.connect(self._range_chosen)
        self.start.dateChanged.connect(self._dates_edited)
        self.end.dateChanged.connect(self._dates_edited)
        self.breakdown.currentIndexChanged.connect(lambda _i: self.refresh())
        self.refresh()

    # The chosen range and breakdown -------------------------------------------------
    def period(self) -> DateRange:
        start, end = self.start.date().toPython(), self.end.date().toPython()
        return DateRange(min(start, end), max(start, end))  # type: ignore[type-var]

    def chosen_breakdown(self) -> Breakdown:
        # Qt hands a StrEnum back as plain text; the services compare by identity.
        return Breakdown(self.breakdown.currentData())

    def set_today(self, today: date) -> None:
        self.today = today
        self._range_chosen()

    def _set_range_dates(self) -> None:
        key = self.range_choice.currentData()
        custom = key == "custom"
        self.start.setEnabled(custom)
        self.end.setEnabled(custom)
        if custom:
            return
        period = kpi_dashboard.range_for(key, self.today)
        for edit, value in ((self.start, period.start), (self.end, period.end)):
            edit.blockSignals(True)
            edit.setDate(QDate(value.year, value.month, value.day))
            edit.blockSignals(False)

    def _range_chosen(self) -> None:
        self._set_range_dates()
        if self.range_choice.currentData() == "custom":
            self.start.setFocus()
        self.refresh()

    def _dates_edited(self) -> None:
        if self.range_choice.currentData() == "custom":
            self.refresh()

    # Loading ---------------------------------------------------------------------------
    def refresh(self) -> None:
        if run(self, kpi_dashboard.prepare_dashboard, self.ctx.uow(), self.ctx.actor) is FAILED:
            return
        board = run(self, kpi_dashboard.load_dashboard, self.ctx.uow(write=False),
                    self.ctx.actor, self.period(), self.chosen_breakdown())
        if board is FAILED:
            return
        self.board = board
        for tile in board.tiles:
            self.tiles[tile.key].show_tile(tile, self.currency)
        missed = [kpi_name(t.key) for t in board.tiles if t.missed]
        self.alerts.setText(self.tr("⚠ %n KPI(s) miss their target: ", "", len(missed))
                            + self.tr(", ").join(missed) if missed else "")
        self.alerts.setVisible(bool(missed))
        self._draw_charts(board)
        self.reports.stale = True
        if self.tabs.currentWidget() is self.reports:
            self.reports.load()

    def _draw_charts(self, board: Dashboard) -> None:
        def f(values: list) -> tuple:  # type: ignore[type-arg]
            return tuple(None if v is None else float(v) for v in values)

        def pct_axis(v: float) -> str:
            return formatting.number(round(v)) + "%"

        trend = board.trend
        size = dict(BREAKDOWNS)[board.trend_size]
        self.trend_chart.set_data(
            self.tr("Rates by %1").replace("%1", _t(size).lower()),
            [p.bucket for p in trend],
            [Series(self.tr("On time"), f([p.on_time_pct for p in trend])),
             Series(self.tr("Accuracy"), f([p.accuracy_pct for p in trend])),
             Series(self.tr("Fill rate"), f([p.fill_rate_pct for p in trend]))], pct_axis)
        on_time = next(t for t in board.tiles if t.key == "kpi_target_on_time_pct")
        self.trend_chart.set_target(float(on_time.target), self.tr("On-time target"))
        by = _t(dict(BREAKDOWNS)[board.breakdown]).lower()
        title = self.tr("On time and fill rate by %1").replace("%1", by)
        bars = list(board.bars)
        if len(bars) > MAX_BARS:  # e.g. customers: the busiest ones; the Reports tab has all
            bars = sorted(bars, key=lambda b: -b.completed)[:MAX_BARS]
            bars.sort(key=lambda b: b.label.casefold())
            title += self.tr(" (the %1 with most deliveries)").replace("%1", str(MAX_BARS))
        self.bar_chart.set_data(
            title, [b.label for b in bars],
            [Series(self.tr("On time"), f([b.on_time_pct for b in bars])),
             Series(self.tr("Fill rate"), f([b.fill_rate_pct for b in bars]), "#009e73")],
            pct_axis)

    def _tab_changed(self, _index: int) -> None:
        if self.tabs.currentWidget() is self.reports and self.reports.stale:
            self.reports.load()

    def edit_targets(self) -> None:
        dialog = TargetsDialog(self.ctx, self)
        if dialog.exec():
            self.refresh()

    def focus_first(self) -> None:
        self.range_choice.setFocus()
