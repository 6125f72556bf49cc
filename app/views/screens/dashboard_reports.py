"""The dashboard's Reports tab: the table behind the figures (one row per breakdown key and
a total), complaints by category, export to CSV/XLSX and the monthly report PDF."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from decimal import Decimal
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDateEdit,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.services import kpi_reports
from app.services.documents.kpi_report import monthly_report_pdf
from app.services.kpi_reports import COLUMNS, COMPLAINT_COLUMNS, KpiReport
from app.services.kpi_sql import ALL, Breakdown, DateRange
from app.views.context import AppContext
from app.views.support import formatting
from app.views.support.open_document import open_pdf
from app.views.support.runner import FAILED, run

HEADERS: dict[str, str] = {
    "key": QT_TRANSLATE_NOOP("KpiReport", "Key"),
    "name": QT_TRANSLATE_NOOP("KpiReport", "Name"),
    "completed": QT_TRANSLATE_NOOP("KpiReport", "Delivered"),
    "on_time_pct": QT_TRANSLATE_NOOP("KpiReport", "On time %"),
    "no_promised_date": QT_TRANSLATE_NOOP("KpiReport", "No promised date"),
    "accuracy_pct": QT_TRANSLATE_NOOP("KpiReport", "Accuracy %"),
    "first_shipped": QT_TRANSLATE_NOOP("KpiReport", "First shipped"),
    "fill_rate_pct": QT_TRANSLATE_NOOP("KpiReport", "Fill rate %"),
    "hours_to_confirm": QT_TRANSLATE_NOOP("KpiReport", "Hours to confirm"),
    "hours_to_first_shipment": QT_TRANSLATE_NOOP("KpiReport", "Hours to ship"),
    "hours_to_delivery": QT_TRANSLATE_NOOP("KpiReport", "Hours to deliver"),
    "back_order_lines": QT_TRANSLATE_NOOP("KpiReport", "Back-order lines"),
    "back_order_orders": QT_TRANSLATE_NOOP("KpiReport", "Back-order orders"),
    "back_order_age_days": QT_TRANSLATE_NOOP("KpiReport", "Back-order age (d)"),
    "invoices_paid": QT_TRANSLATE_NOOP("KpiReport", "Invoices paid"),
    "days_to_pay": QT_TRANSLATE_NOOP("KpiReport", "Days to pay"),
    "overdue_invoices": QT_TRANSLATE_NOOP("KpiReport", "Overdue invoices"),
    "overdue_amount": QT_TRANSLATE_NOOP("KpiReport", "Overdue amount"),
    "complaints_received": QT_TRANSLATE_NOOP("KpiReport", "Complaints"),
    "complaints_resolved": QT_TRANSLATE_NOOP("KpiReport", "Resolved"),
    "hours_to_resolve": QT_TRANSLATE_NOOP("KpiReport", "Hours to resolve"),
    "category": QT_TRANSLATE_NOOP("KpiReport", "Category"),
    "received": QT_TRANSLATE_NOOP("KpiReport", "Received"),
    "resolved": QT_TRANSLATE_NOOP("KpiReport", "Resolved"),
}


def _t(text: str) -> str:
    return QCoreApplication.translate("KpiReport", text)


def cell_text(column: str, value: object) -> str:
    if value is None:
        return ""
    if column == "key" and value == ALL:
        return QCoreApplication.translate("KpiReport", "All")
    if isinstance(value, Decimal):  # rates, hours, days, money: two places, aligned
        return formatting.amount(value)
    if isinstance(value, (int, Decimal)):
        return formatting.number(value)
    return str(value)


class ReportsTab(QWidget):
    def __init__(self, ctx: AppContext, period: Callable[[], DateRange],
                 breakdown: Callable[[], Breakdown], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.period, self.breakdown = ctx, period, breakdown
        self.stale = True
        self.report: KpiReport | None = None
        self.table = self._table("reportTable")
        self.complaints = self._table("complaintsTable")
        self.csv_button = QPushButton(self.tr("Export &CSV…"))
        self.csv_button.setObjectName("exportCsvButton")
        self.csv_button.clicked.connect(lambda: self.export("csv"))
        self.xlsx_button = QPushButton(self.tr("Export &XLSX…"))
        self.xlsx_button.setObjectName("exportXlsxButton")
        self.xlsx_button.clicked.connect(lambda: self.export("xlsx"))
        for button in (self.csv_button, self.xlsx_button):
            button.setVisible(ctx.may("data.export"))
        self.month = QDateEdit()
        self.month.setObjectName("reportMonth")
        self.month.setDisplayFormat("yyyy-MM")
        today = date.today()
        self.month.setDate(QDate(today.year, today.month, 1))
        month_label = QLabel(self.tr("&Month"))
        month_label.setBuddy(self.month)
        self.pdf_button = QPushButton(self.tr("Monthly &PDF"))
        self.pdf_button.setObjectName("monthlyPdfButton")
        self.pdf_button.clicked.connect(self.monthly_pdf)
        self.status = QLabel()
        self.status.setObjectName("reportStatus")
        buttons = QHBoxLayout()
        for widget in (self.csv_button, self.xlsx_button):
            buttons.addWidget(widget)
        buttons.addSpacing(24)
        for widget in (month_label, self.month, self.pdf_button):
            buttons.addWidget(widget)
        buttons.addWidget(self.status, 1)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.table)
        lower = QWidget()
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 4, 0, 0)
        lower_layout.addWidget(QLabel(self.tr("Complaints by category")))
        lower_layout.addWidget(self.complaints)
        split.addWidget(lower)
        split.setSizes([400, 160])
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(split, 1)

    def _table(self, name: str) -> QTableWidget:
        table = QTableWidget()
        table.setObjectName(name)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setAlternatingRowColors(True)
        table.verticalHeader().setVisible(False)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        return table

    def load(self) -> None:
        report = run(self, kpi_reports.kpi_report, self.ctx.uow(write=False), self.ctx.actor,
                     self.period(), self.breakdown())
        if report is FAILED:
            return
        self.report, self.stale = report, False
        columns = [c for c in COLUMNS
                   if c != "name" or self.breakdown() is Breakdown.CUSTOMER]
        if not report.money_by_key:  # invoices and complaints have no channel or category
            columns = [c for c in columns if c not in kpi_reports.MONEY_COLUMNS]
        self._fill(self.table, columns, COLUMNS, report.rows)
        complaint_columns = [c for c in COMPLAINT_COLUMNS
                             if c != "name" or self.breakdown() is Breakdown.CUSTOMER]
        self._fill(self.complaints, complaint_columns, COMPLAINT_COLUMNS, report.complaints)

    def _fill(self, table: QTableWidget, shown: list[str], columns: tuple[str, ...],
              rows: tuple) -> None:  # type: ignore[type-arg]
        table.clear()
        table.setColumnCount(len(shown))
        table.setRowCount(len(rows))
        table.setHorizontalHeaderLabels([_t(HEADERS[c]) for c in shown])
        for r, row in enumerate(rows):
            values = dict(zip(columns, row, strict=True))
            for c, column in enumerate(shown):
                item = QTableWidgetItem(cell_text(column, values[column]))
                if isinstance(values[column], (int, Decimal)):
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight
                                          | Qt.AlignmentFlag.AlignVCenter)
                if values["key"] == ALL:
                    font = item.font()
                    font.setBold(True)
                    item.setFont(font)
                table.setItem(r, c, item)

    def choose_path(self, fmt: str) -> str:
        """Where to save the export; tests replace this to skip the file dialog."""
        name = f"kpis-{self.period().start.isoformat()}-{self.period().end.isoformat()}.{fmt}"
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export the report"), name,
                                              f"{fmt.upper()} (*.{fmt})")
        return path

    def export(self, fmt: str) -> None:
        path = self.choose_path(fmt)
        if not path:
            return
        if not path.lower().endswith("." + fmt):
            path += "." + fmt
        rows = run(self, kpi_reports.export_report, self.ctx.uow(write=False), self.ctx.actor,
                   self.period(), self.breakdown(), path)
        if rows is not FAILED:
            self.status.setText(self.tr("%n row(s) written to %1", "", rows)
                                .replace("%1", Path(path).name))

    def monthly_pdf(self) -> None:
        month = self.month.date().toPython()
        data = run(self, monthly_report_pdf, self.ctx.uow(write=False), self.ctx.actor, month)
        if data is FAILED:
            return
        where = open_pdf(data, f"kpi-report-{month:%Y-%m}")  # type: ignore[str-format]
        self.status.setText(self.tr("Saved %1").replace("%1", str(where)))
