"""Installation at delivery: the fitter's checklist, the test result and whether the customer
was shown how to use it. Tick "Installation at delivery" to fill it in."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from app.views.support.field_errors import error_label

# Stored with the delivery as the English text of each step; printed on the delivery note.
STEPS = (
    QT_TRANSLATE_NOOP("Installation", "Placed and fixed in position"),
    QT_TRANSLATE_NOOP("Installation", "Connected (power, water, network)"),
    QT_TRANSLATE_NOOP("Installation", "Packaging removed and taken away"),
    QT_TRANSLATE_NOOP("Installation", "Site left clean"),
)


class InstallationBox(QGroupBox):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("installation")
        self.setTitle(self.tr("&Installation at delivery"))
        self.setCheckable(True)
        self.setChecked(False)
        self.steps: list[QCheckBox] = []
        # Unticked, the box folds to its title: most deliveries need no installation.
        self.body = QWidget()
        outer = QVBoxLayout(self)
        outer.setContentsMargins(8, 4, 8, 4)
        outer.addWidget(self.body)
        self.toggled.connect(self.body.setVisible)
        layout = QVBoxLayout(self.body)
        layout.setContentsMargins(0, 0, 0, 0)
        for index, step in enumerate(STEPS):
            box = QCheckBox(QCoreApplication.translate("Installation", step))
            box.setObjectName(f"installStep_{index}")
            self.steps.append(box)
            layout.addWidget(box)
        test_row = QHBoxLayout()
        test_row.addWidget(QLabel(self.tr("Function test:")))
        self.test_passed = QRadioButton(self.tr("Passed"))
        self.test_passed.setObjectName("testPassed")
        self.test_failed = QRadioButton(self.tr("Failed"))
        self.test_failed.setObjectName("testFailed")
        self.test_group = QButtonGroup(self)
        for button in (self.test_passed, self.test_failed):
            self.test_group.addButton(button)
            test_row.addWidget(button)
        test_row.addStretch(1)
        layout.addLayout(test_row)
        self.test_error = error_label("installationTestError")
        layout.addWidget(self.test_error)
        self.trained = QCheckBox(self.tr("Customer shown how to use it"))
        self.trained.setObjectName("customerTrained")
        layout.addWidget(self.trained)
        for widget in [*self.steps, self.test_passed, self.test_failed, self.trained]:
            widget.setMinimumHeight(32)  # a finger, not a mouse pointer
        self.body.setVisible(False)

    def reset(self) -> None:
        self.setChecked(False)
        for box in self.steps:
            box.setChecked(False)
        self.test_group.setExclusive(False)
        self.test_passed.setChecked(False)
        self.test_failed.setChecked(False)
        self.test_group.setExclusive(True)
        self.trained.setChecked(False)

    def checklist(self) -> tuple[tuple[str, bool], ...]:
        return tuple((step, box.isChecked()) for step, box in zip(STEPS, self.steps, strict=True))

    def test_result(self) -> bool | None:
        if self.test_passed.isChecked():
            return True
        if self.test_failed.isChecked():
            return False
        return None
