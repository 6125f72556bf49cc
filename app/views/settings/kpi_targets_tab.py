"""KPI targets (managers): one field per target, at least / at most as the KPI needs. Used
as a Settings tab and, from the dashboard, as the Targets… dialog."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.services import kpi_targets
from app.services.kpi_dashboard import UNITS
from app.views.context import AppContext
from app.views.screens.dashboard_tiles import kpi_name
from app.views.support import formatting
from app.views.support.field_errors import FieldErrors, error_label
from app.views.support.runner import FAILED, run

HIGHER = {"kpi_target_on_time_pct", "kpi_target_accuracy_pct", "kpi_target_fill_rate_pct"}


class KpiTargetsTab(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.errors = FieldErrors()
        self.fields: dict[str, QLineEdit] = {}
        form = QFormLayout()
        current = run(self, kpi_targets.targets, ctx.uow(write=False))
        units = {"pct": "%", "hours": self.tr("hours"), "days": self.tr("days"),
                 "count": self.tr("lines"), "money": ""}
        for key, unit in UNITS.items():
            edit = QLineEdit()
            edit.setObjectName("target_" + key.removeprefix("kpi_target_"))
            edit.setMaximumWidth(140)
            if current is not FAILED:
                edit.setText(formatting.number(current[key]))
            bound = self.tr("at least") if key in HIGHER else self.tr("at most")
            row = QHBoxLayout()
            row.addWidget(QLabel(bound))
            row.addWidget(edit)
            row.addWidget(QLabel(units[unit]))
            row.addStretch(1)
            label = error_label("error_" + key)
            box = QVBoxLayout()
            box.addLayout(row)
            box.addWidget(label)
            form.addRow(kpi_name(key), box)
            self.fields[key] = edit
            self.errors.add(key, edit, label)
        self.save_button = QPushButton(self.tr("&Save targets"))
        self.save_button.setObjectName("saveTargetsButton")
        self.save_button.clicked.connect(self.save)
        self.save_button.setEnabled(ctx.may("settings.manage"))
        self.status = QLabel()
        self.status.setObjectName("targetsStatus")
        bottom = QHBoxLayout()
        bottom.addWidget(self.status, 1)
        bottom.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addStretch(1)
        layout.addLayout(bottom)

    def save(self) -> bool:
        self.errors.clear()
        values: dict[str, Decimal] = {}
        for key, edit in self.fields.items():
            try:
                values[key] = formatting.parse_number(edit.text())
            except ValueError:
                self.errors.show(key, self.tr("Enter a number."))
                return False
        if run(self, kpi_targets.save_targets, self.ctx.uow(), self.ctx.actor, values,
               fields=self.errors) is FAILED:
            return False
        self.status.setText(self.tr("Targets saved."))
        return True


class TargetsDialog(QDialog):
    """The same page from the dashboard; Save closes it."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("targetsDialog")
        self.setWindowTitle(self.tr("KPI targets"))
        self.page = KpiTargetsTab(ctx)
        self.page.save_button.clicked.disconnect()
        self.page.save_button.clicked.connect(self._save)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.page)
        layout.addWidget(buttons)

    def _save(self) -> None:
        if self.page.save():
            self.accept()
