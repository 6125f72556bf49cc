"""The count panel of the inventory screen: scan a location, scan a product, type the
counted quantity (or a signed adjustment) and a reason, Enter. Each difference becomes a
ledger move with that reason (app/services/inventory_counts.py), never an overwrite.
"""

from __future__ import annotations

import uuid
from decimal import Decimal

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.services import inventory, inventory_counts, products
from app.views.context import AppContext
from app.views.support.feedback import ScanFeedback
from app.views.support.field_errors import FieldErrors, error_label
from app.views.support.formatting import number, parse_number
from app.views.support.runner import FAILED, run
from app.views.support.scan_field import ScanField
from app.views.support.station import enlarge, message_label, subheading

CTX = "InventoryCount"
REASONS = (
    QT_TRANSLATE_NOOP("InventoryCount", "Cycle count"),
    QT_TRANSLATE_NOOP("InventoryCount", "Damaged"),
    QT_TRANSLATE_NOOP("InventoryCount", "Found"),
    QT_TRANSLATE_NOOP("InventoryCount", "Lost"),
    QT_TRANSLATE_NOOP("InventoryCount", "Entry error"),
)
COUNT, ADJUST = 0, 1


class CountPanel(QFrame):
    """Emits `recorded(product_id)` after each recorded count or adjustment."""

    recorded = Signal(object)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("countPanel")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.location: inventory.LocationRow | None = None
        self.product: products.ProductRow | None = None
        self._locations: list[inventory.LocationRow] = []
        self.feedback = ScanFeedback(self)
        self.errors = FieldErrors()
        self._build()
        self.reset()

    def _build(self) -> None:
        self.step = subheading("", "countStep")
        enlarge(self.step, 1.2)
        self.scan = ScanField()
        self.scan.setPlaceholderText(self.tr("Scan a location label or a product barcode"))
        self.scan.scanned.connect(self.on_scan)
        self.where = QLabel()
        self.where.setObjectName("countLocation")
        self.what = QLabel()
        self.what.setObjectName("countProduct")
        self.mode = QComboBox()
        self.mode.setObjectName("countMode")
        self.mode.addItems([self.tr("Counted quantity"), self.tr("Adjust by (+/-)")])
        self.quantity = QLineEdit()
        self.quantity.setObjectName("countQuantity")
        self.quantity.returnPressed.connect(self.record)
        enlarge(self.quantity, 1.4)
        self.reason = QComboBox()
        self.reason.setObjectName("countReason")
        self.reason.setEditable(True)
        self.reason.addItems([QCoreApplication.translate(CTX, r) for r in REASONS])
        self.record_button = QPushButton(self.tr("&Record"))
        self.record_button.setObjectName("recordCountButton")
        self.record_button.clicked.connect(self.record)
        self.message = message_label("countMessage")
        quantity_error = error_label("countQuantityError")
        reason_error = error_label("countReasonError")
        self.errors.add("quantity", self.quantity, quantity_error)
        self.errors.add("reason", self.reason, reason_error)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, self.reset,
                  context=Qt.ShortcutContext.WidgetWithChildrenShortcut)

        self.what.setWordWrap(True)
        grid = QGridLayout()
        grid.addWidget(QLabel(self.tr("Location:")), 0, 0)
        grid.addWidget(self.where, 0, 1)
        grid.addWidget(QLabel(self.tr("Product:")), 1, 0)
        grid.addWidget(self.what, 1, 1)
        grid.addWidget(self.mode, 2, 0)
        grid.addWidget(self.quantity, 2, 1)
        grid.addWidget(quantity_error, 3, 1)
        grid.addWidget(QLabel(self.tr("Reason:")), 4, 0)
        grid.addWidget(self.reason, 4, 1)
        grid.addWidget(reason_error, 5, 1)
        grid.setColumnStretch(1, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.message, 1)
        buttons.addWidget(self.record_button)
        layout = QVBoxLayout(self)
        layout.addWidget(subheading(self.tr("Count or adjust by scanning")))
        layout.addWidget(self.step)
        layout.addWidget(self.scan)
        layout.addLayout(grid)
        layout.addStretch(1)
        layout.addLayout(buttons)

    # ---- state -----------------------------------------------------------------------------

    def load_locations(self) -> None:
        result = run(self, inventory.list_locations, self.ctx.uow(write=False))
        if result is not FAILED:
            self._locations = result

    def reset(self) -> None:
        """Esc: start again from the location."""
        self.location = None
        self._clear_product()
        self.where.setText("—")
        self.step.setText(self.tr("1 · Scan the location"))
        self.scan.setFocus()

    def _clear_product(self) -> None:
        self.product = None
        self.what.setText("—")
        self.quantity.clear()
        self.quantity.setEnabled(False)
        self.record_button.setEnabled(False)
        self.errors.clear()

    def _say(self, text: str, ok: bool) -> None:
        self.message.setText(text)
        # On a light card: readable while the panel flashes green or red behind it.
        self.message.setStyleSheet(
            f"color: {'#1b6e20' if ok else '#b3261e'}; background: white; padding: 4px 8px;"
            " border-radius: 4px; font-weight: bold;")
        (self.feedback.right if ok else self.feedback.wrong)()

    def on_scan(self, code: str) -> None:
        match = next((loc for loc in self._locations if loc.code.upper() == code.upper()), None)
        if match is not None:
            self.location = match
            self._clear_product()
            self.where.setText(f"{match.code}  {match.name}")
            self.step.setText(self.tr("2 · Scan the product"))
            self._say(self.tr("Location {0}: scan a product.").replace("{0}", match.code), True)
            return
        if self.location is None:
            self._say(self.tr("Scan a location label first (like {0}).").replace(
                "{0}", self._locations[0].code if self._locations else "HQ-MAIN"), False)
            return
        found = run(self, products.find_product_by_code, self.ctx.uow(write=False), code,
                    quiet=True)
        if found is FAILED:
            self._say(self.tr("No product has the code {0}.").replace("{0}", code), False)
            return
        self.product = found
        booked = self._booked(found.id, self.location.id)
        self.what.setText(self.tr("{0}  {1} — booked here: {2}").replace("{0}", found.sku)
                          .replace("{1}", found.name).replace("{2}", number(booked)))
        self.step.setText(self.tr("3 · Type the quantity, Enter"))
        self.quantity.setEnabled(True)
        self.record_button.setEnabled(True)
        self.quantity.setFocus()
        self._say(self.tr("{0}: type the counted quantity.").replace("{0}", found.sku), True)

    def _booked(self, product_id: uuid.UUID, location_id: uuid.UUID) -> Decimal:
        detail = run(self, inventory.get_product_stock, self.ctx.uow(write=False), product_id)
        if detail is FAILED:
            return Decimal(0)
        return next((lv.on_hand for lv in detail.levels if lv.location_id == location_id),
                    Decimal(0))

    def record(self) -> None:
        if self.location is None or self.product is None:
            return
        self.errors.clear()
        try:
            quantity = parse_number(self.quantity.text())
        except ValueError:
            self.errors.show("quantity", self.tr("Type a number."))
            return
        adjust = self.mode.currentIndex() == ADJUST
        service = inventory_counts.adjust_at if adjust else inventory_counts.count_stock
        result = run(self, service, self.ctx.uow(), self.ctx.actor, self.location.id,
                     self.product.id, quantity, self.reason.currentText(), fields=self.errors)
        if result is FAILED:
            self.feedback.wrong()
            return
        if result.difference == 0:
            text = self.tr("{0}: count matches the books ({1}); nothing to record.")
        else:
            text = self.tr("{0}: {1} recorded; now {2} on hand.")
        diff = result.difference
        shown = ("+" if diff > 0 else "") + number(diff) if diff else number(result.counted)
        self._say(text.replace("{0}", self.product.sku).replace("{1}", shown)
                  .replace("{2}", number(result.counted)), True)
        product_id = self.product.id
        self._clear_product()
        self.step.setText(self.tr("2 · Scan the next product"))
        self.scan.setFocus()
        self.recorded.emit(product_id)
