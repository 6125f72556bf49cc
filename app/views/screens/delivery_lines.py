"""The lines of a shipment at the customer's door: how many arrived damaged or short, what
follows (credit, return or replacement), a note and a photo of the damage.

Widgets are large enough for a finger on a tablet; quantities are whole units unless the
line was shipped in fractions (metres, kilograms)."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDoubleSpinBox,
    QFileDialog,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from app.services.delivery import DeliveryProblem
from app.services.delivery_queries import DamageResolution, DeliverLineRow
from app.views.support.formatting import number

ZERO = Decimal(0)
ROW_HEIGHT = 44  # a fingertip
RESOLUTIONS = (
    (DamageResolution.CREDIT, QT_TRANSLATE_NOOP("DeliveryLines", "Credit")),
    (DamageResolution.RETURN, QT_TRANSLATE_NOOP("DeliveryLines", "Return to us")),
    (DamageResolution.REPLACEMENT, QT_TRANSLATE_NOOP("DeliveryLines", "Send replacement")),
)
SKU, ITEM, SHIPPED, DAMAGED, SHORT, RESOLUTION, NOTE, PHOTO = range(8)


def choose_photo(parent: QWidget) -> str:
    """Asks for a photo file; "" when the user cancels (tests replace this)."""
    path, _ = QFileDialog.getOpenFileName(
        parent, QCoreApplication.translate("DeliveryLines", "Photo of the damage"), "",
        QCoreApplication.translate("DeliveryLines", "Images (*.jpg *.jpeg *.png *.heic)"))
    return path


def _fixed(text: str, right: bool = False) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    item.setFlags(Qt.ItemFlag.ItemIsEnabled)
    if right:
        item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    return item


class DeliveryLinesTable(QTableWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, 8, parent)
        self.setObjectName("deliveryLines")
        self.setHorizontalHeaderLabels([
            self.tr("SKU"), self.tr("Item"), self.tr("Shipped"), self.tr("Damaged"),
            self.tr("Short"), self.tr("What follows"), self.tr("Note"), self.tr("Photo")])
        self.verticalHeader().hide()
        self.verticalHeader().setDefaultSectionSize(ROW_HEIGHT)
        self.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(ITEM, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(NOTE, QHeaderView.ResizeMode.Stretch)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.lines: tuple[DeliverLineRow, ...] = ()
        self.photos: list[str] = []

    def load(self, lines: tuple[DeliverLineRow, ...]) -> None:
        self.lines = lines
        self.photos = ["" for _ in lines]
        self.setRowCount(len(lines))
        for row, line in enumerate(lines):
            self.setItem(row, SKU, _fixed(line.sku))
            self.setItem(row, ITEM, _fixed(line.name))
            self.setItem(row, SHIPPED, _fixed(number(line.quantity), True))
            for column in (DAMAGED, SHORT):
                spin = QDoubleSpinBox()
                spin.setObjectName(f"{'damaged' if column == DAMAGED else 'short'}_{row}")
                whole = line.quantity == line.quantity.to_integral_value()
                spin.setDecimals(0 if whole else 3)
                spin.setRange(0, float(line.quantity))
                spin.setMinimumWidth(72)
                spin.setAlignment(Qt.AlignmentFlag.AlignRight)
                # Arrow buttons a finger can hit on a tablet.
                spin.setStyleSheet("QDoubleSpinBox { padding-right: 24px; }"
                                   "QDoubleSpinBox::up-button, QDoubleSpinBox::down-button"
                                   " { width: 22px; }")
                spin.valueChanged.connect(lambda _v, r=row: self._problem_changed(r))
                self.setCellWidget(row, column, spin)
            resolution = QComboBox()
            resolution.setObjectName(f"resolution_{row}")
            for value, label in RESOLUTIONS:
                resolution.addItem(QCoreApplication.translate("DeliveryLines", label), value)
            resolution.setEnabled(False)
            self.setCellWidget(row, RESOLUTION, resolution)
            note = QLineEdit()
            note.setObjectName(f"note_{row}")
            note.setPlaceholderText(self.tr("What is wrong"))
            self.setCellWidget(row, NOTE, note)
            photo = QPushButton(self.tr("Photo…"))
            photo.setObjectName(f"photo_{row}")
            photo.clicked.connect(lambda _c=False, r=row: self._photo(r))
            self.setCellWidget(row, PHOTO, photo)
        for column in (SKU, SHIPPED, DAMAGED, SHORT, RESOLUTION, PHOTO):
            self.resizeColumnToContents(column)
        shown = max(1, min(len(lines), 6))  # then it scrolls; the signature stays in reach
        self.setFixedHeight(self.horizontalHeader().sizeHint().height() + shown * ROW_HEIGHT
                            + 2 * self.frameWidth() + 2)

    def spin(self, row: int, column: int) -> QDoubleSpinBox:
        widget = self.cellWidget(row, column)
        assert isinstance(widget, QDoubleSpinBox)
        return widget

    def resolution(self, row: int) -> QComboBox:
        widget = self.cellWidget(row, RESOLUTION)
        assert isinstance(widget, QComboBox)
        return widget

    def note(self, row: int) -> QLineEdit:
        widget = self.cellWidget(row, NOTE)
        assert isinstance(widget, QLineEdit)
        return widget

    def _problem_changed(self, row: int) -> None:
        problem = self.spin(row, DAMAGED).value() + self.spin(row, SHORT).value() > 0
        self.resolution(row).setEnabled(problem)

    def _photo(self, row: int) -> None:
        path = choose_photo(self)
        if not path:
            return
        self.photos[row] = path
        button = self.cellWidget(row, PHOTO)
        assert isinstance(button, QPushButton)
        button.setText(self.tr("✓ Photo"))
        button.setToolTip(Path(path).name + "\n" + path)

    def problems(self) -> tuple[DeliveryProblem, ...]:
        """Only the lines with something wrong; the rest arrived whole."""
        found = []
        for row, line in enumerate(self.lines):
            damaged = Decimal(str(self.spin(row, DAMAGED).value()))
            short = Decimal(str(self.spin(row, SHORT).value()))
            note = self.note(row).text().strip()
            if damaged == 0 and short == 0:
                continue
            found.append(DeliveryProblem(
                order_line_id=line.order_line_id, damaged=damaged,
                short=short,
                resolution=DamageResolution(self.resolution(row).currentData()), note=note,
                photo_path=self.photos[row]))
        return tuple(found)
