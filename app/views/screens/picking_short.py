"""The small dialog for a short pick: how many are missing and why (F2 in scan mode)."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from app.services.picking import PickLineRow
from app.views.support import formatting as fmt

# The usual reasons, offered first; the picker may type any other.
REASONS = (
    QT_TRANSLATE_NOOP("ShortPickDialog", "Bin empty"),
    QT_TRANSLATE_NOOP("ShortPickDialog", "Fewer in the bin than listed"),
    QT_TRANSLATE_NOOP("ShortPickDialog", "Damaged"),
    QT_TRANSLATE_NOOP("ShortPickDialog", "Wrong item in the bin"),
)


class ShortPickDialog(QDialog):
    def __init__(self, line: PickLineRow, missing: Decimal, parent: QWidget | None = None
                 ) -> None:
        super().__init__(parent)
        self.setObjectName("shortPickDialog")
        self.setWindowTitle(self.tr("Short pick"))
        self.line = line
        heading = QLabel(self.tr("{0} in bin {1}: {2} still to pick").format(
            line.sku, line.bin_location, fmt.number(missing)))
        heading.setWordWrap(True)
        self.quantity = QDoubleSpinBox()
        self.quantity.setObjectName("shortQty")
        self.quantity.setDecimals(0 if missing == missing.to_integral_value() else 3)
        self.quantity.setRange(0, float(missing))
        self.quantity.setValue(float(missing))
        self.reason = QComboBox()
        self.reason.setObjectName("shortReason")
        self.reason.setEditable(True)
        self.reason.addItems([QCoreApplication.translate("ShortPickDialog", r) for r in REASONS])
        self.reason.setCurrentIndex(0)
        self.cancel_rest = QCheckBox(self.tr("Cancel these units on the order "
                                             "(otherwise they are back-ordered)"))
        self.cancel_rest.setObjectName("shortCancelRest")
        form = QFormLayout()
        form.addRow(self.tr("&Missing"), self.quantity)
        form.addRow(self.tr("&Reason"), self.reason)
        form.addRow("", self.cancel_rest)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.setObjectName("shortButtons")
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Report short"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.quantity.setFocus()

    def missing(self) -> Decimal:
        return Decimal(str(round(self.quantity.value(), self.quantity.decimals())))

    def reason_text(self) -> str:
        return self.reason.currentText().strip()
