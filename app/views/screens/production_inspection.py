"""The QC inspection form of the production screen: stage, sample size, each check passed or
failed, notes. A failed final inspection blocks acceptance until a later one passes
(app/services/production_qc.py); the form only records what the inspector saw.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.views.support.field_errors import FieldErrors, error_label

CTX = "Inspection"
STANDARD_CHECKS = (
    QT_TRANSLATE_NOOP("Inspection", "Dimensions"),
    QT_TRANSLATE_NOOP("Inspection", "Appearance"),
    QT_TRANSLATE_NOOP("Inspection", "Function test"),
    QT_TRANSLATE_NOOP("Inspection", "Labelling and packing"),
)
IN_PROCESS, FINAL = "in_process", "final"  # production_qc.STAGES


class InspectionForm(QGroupBox):
    """Emits `submitted(stage, sample_size, checks, notes)`; the screen calls the service."""

    submitted = Signal(str, int, list, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("inspectionForm")
        self.setTitle(self.tr("Quality inspection — tick each check that passed"))
        self.errors = FieldErrors()
        self.stage = QComboBox()
        self.stage.setObjectName("inspectionStage")
        self.stage.addItem(self.tr("In-process"), IN_PROCESS)
        self.stage.addItem(self.tr("Final"), FINAL)
        self.sample = QSpinBox()
        self.sample.setObjectName("sampleSize")
        self.sample.setRange(0, 1_000_000)
        self.sample.setValue(1)
        self.checks: list[QCheckBox] = []
        self.checks_box = QVBoxLayout()
        self.new_check = QLineEdit()
        self.new_check.setObjectName("newCheckName")
        self.new_check.setPlaceholderText(self.tr("Another check: type its name, Enter"))
        self.new_check.returnPressed.connect(self._add_typed)
        self.notes = QLineEdit()
        self.notes.setObjectName("inspectionNotes")
        self.notes.setPlaceholderText(self.tr("Notes (what failed, what was reworked)"))
        self.record = QPushButton(self.tr("Record &inspection (Ctrl+I)"))
        self.record.setObjectName("recordInspectionButton")
        self.record.clicked.connect(self.submit)
        sample_error, checks_error = error_label("sampleError"), error_label("checksError")
        self.errors.add("sample_size", self.sample, sample_error)
        self.errors.add("checks", self.new_check, checks_error)

        grid = QGridLayout()
        grid.addWidget(QLabel(self.tr("Stage:")), 0, 0)
        grid.addWidget(self.stage, 0, 1)
        grid.addWidget(QLabel(self.tr("Sample size:")), 0, 2)
        grid.addWidget(self.sample, 0, 3)
        grid.addWidget(sample_error, 1, 3)
        grid.setColumnStretch(1, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.notes, 1)
        bottom.addWidget(self.record)
        layout = QVBoxLayout(self)
        layout.addLayout(grid)
        layout.addLayout(self.checks_box)
        layout.addWidget(self.new_check)
        layout.addWidget(checks_error)
        layout.addLayout(bottom)
        self.reset()

    def reset(self, stage: str = FINAL) -> None:
        for box in self.checks:
            self.checks_box.removeWidget(box)
            box.hide()  # deleteLater waits for the event loop; until then it must not show
            box.deleteLater()
        self.checks = []
        for name in STANDARD_CHECKS:
            self.add_check(QCoreApplication.translate(CTX, name))
        self.stage.setCurrentIndex(self.stage.findData(stage))
        self.notes.clear()
        self.errors.clear()

    def add_check(self, name: str, passed: bool = True) -> QCheckBox:
        box = QCheckBox(name)
        box.setObjectName(f"check{len(self.checks)}")
        box.setChecked(passed)
        self.checks.append(box)
        self.checks_box.addWidget(box)
        return box

    def _add_typed(self) -> None:
        name = self.new_check.text().strip()
        if name:
            self.add_check(name)
            self.new_check.clear()

    def set_passed(self, name: str, passed: bool) -> None:
        """For tests and scripted stations: mark the named check."""
        next(b for b in self.checks if b.text() == name).setChecked(passed)

    def submit(self) -> None:
        checks = [(box.text().replace("&", ""), box.isChecked()) for box in self.checks]
        self.submitted.emit(str(self.stage.currentData()), self.sample.value(), checks,
                            self.notes.text())
