"""One order at the packing table: scan the picked items into packages, weigh and close them,
print the labels once everything is packed, print the packing list.

A scan with no open package opens one (so scanning alone packs a one-box order); F6 opens
another package for the next items. The label button stays disabled until every picked
unit is in a closed package, and the service refuses the label as well.
"""

from __future__ import annotations

import uuid
from decimal import Decimal

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.devices.labels import PackageLabel, package_layout
from app.services import documents, packing, packing_queries
from app.services.errors import UserFacingError
from app.services.packing_queries import PackingView
from app.views.context import AppContext
from app.views.screens.station_widgets import big, fill, table
from app.views.support import formatting as fmt
from app.views.support import label_printing, open_document
from app.views.support.feedback import ScanFeedback
from app.views.support.runner import FAILED, run
from app.views.support.scan_field import ScanField
from app.views.support.scanning import Refused, attempt


class PackOrderView(QWidget):
    changed = Signal()  # packages opened/closed or labels printed: the worklist may change
    packed = Signal(uuid.UUID, Decimal)  # order id, units still to pack (after a scan)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.view: PackingView | None = None
        self.package_id: uuid.UUID | None = None  # the open package scans go into
        self._build()
        self.setEnabled(False)

    def _build(self) -> None:
        self.title = big(QLabel(self.tr("Choose or scan an order")), 1.5)
        self.title.setObjectName("packTitle")
        self.panel = QFrame()
        self.panel.setObjectName("packPanel")
        self.panel.setFrameShape(QFrame.Shape.StyledPanel)
        self.box = big(QLabel(), 2.2)
        self.box.setObjectName("packBox")
        self.message = big(QLabel(), 1.5)
        self.message.setObjectName("packMessage")
        self.message.setWordWrap(True)
        self.prompt = big(QLabel(), 1.2, bold=False)
        self.prompt.setObjectName("packPrompt")
        panel = QVBoxLayout(self.panel)
        panel.addWidget(self.box)
        panel.addWidget(self.message)
        panel.addWidget(self.prompt)
        self.feedback = ScanFeedback(self.panel)
        self.scan = ScanField()
        self.scan.setObjectName("packScan")
        self.scan.setPlaceholderText(self.tr("Scan an item to pack it"))

        self.lines = table("packLines", [self.tr("SKU"), self.tr("Item"), self.tr("Picked"),
                                          self.tr("Packed"), self.tr("To pack")])
        self.packages = table("packages", [self.tr("Package"), self.tr("Units"),
                                            self.tr("Weight kg"), self.tr("Size cm"),
                                            self.tr("State")])
        self.weight = QLineEdit()
        self.weight.setObjectName("packWeight")
        self.weight.setPlaceholderText(self.tr("kg"))
        self.sides = []
        for name, hint in (("packLength", self.tr("L")), ("packWidth", self.tr("W")),
                           ("packHeight", self.tr("H"))):
            side = QLineEdit()
            side.setObjectName(name)
            side.setPlaceholderText(hint)
            side.setMaximumWidth(70)
            side.setToolTip({"packLength": self.tr("Length cm"), "packWidth": self.tr("Width cm"),
                             "packHeight": self.tr("Height cm")}[name])
            self.sides.append(side)
        self.weight.setMaximumWidth(100)
        self.new_button = QPushButton(self.tr("&New package (F6)"))
        self.new_button.setObjectName("newPackage")
        self.new_button.clicked.connect(self.new_package)
        self.close_button = QPushButton(self.tr("&Close package (F8)"))
        self.close_button.setObjectName("closePackage")
        self.close_button.clicked.connect(self.close_package)
        self.label_button = QPushButton(self.tr("Print &labels (F7)"))
        self.label_button.setObjectName("printLabel")
        self.label_button.clicked.connect(self.print_labels)
        self.list_button = QPushButton(self.tr("&Packing list (Ctrl+P)"))
        self.list_button.setObjectName("packingListPdf")
        self.list_button.clicked.connect(self.packing_list)
        for keys, slot in (("F6", self.new_package), ("F8", self.close_package),
                           ("F7", self.print_labels), ("Ctrl+P", self.packing_list)):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)

        measures = QHBoxLayout()
        measures.addWidget(QLabel(self.tr("&Weight")))
        measures.itemAt(0).widget().setBuddy(self.weight)  # type: ignore[union-attr]
        measures.addWidget(self.weight)
        measures.addSpacing(12)
        measures.addWidget(QLabel(self.tr("Size cm")))
        for side in self.sides:
            measures.addWidget(side)
        measures.addStretch(1)
        measures.addWidget(self.new_button)
        measures.addWidget(self.close_button)
        documents_row = QHBoxLayout()
        documents_row.addStretch(1)
        documents_row.addWidget(self.list_button)
        documents_row.addWidget(self.label_button)

        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.panel)
        layout.addWidget(self.scan)
        layout.addWidget(self.lines, 2)
        layout.addWidget(self.packages, 1)
        layout.addLayout(measures)
        layout.addLayout(documents_row)

    # -- loading -----------------------------------------------------------------------------

    def load(self, order_id: uuid.UUID) -> bool:
        view = run(self, packing_queries.get_packing_view, self.ctx.uow(write=False), order_id)
        if view is FAILED:
            return False
        self.view = view
        self.setEnabled(True)
        self.title.setText(f"{view.order_number}  {view.customer_name}")
        fill(self.lines, [(x.sku, x.name, fmt.number(x.picked), fmt.number(x.packed),
                            fmt.number(x.waiting) if x.waiting else "✓") for x in view.lines],
              [x.order_line_id for x in view.lines], right_from=2)
        fill(self.packages, [
            (p.number, fmt.number(p.units), fmt.number(p.weight_kg) if p.weight_kg else "",
             " × ".join(fmt.number(d) for d in p.dimensions_cm) if p.dimensions_cm else "",
             self.tr("closed") if p.sealed else self.tr("open")) for p in view.packages],
              [p.id for p in view.packages], right_from=1)
        self.lines.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.packages.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        open_ids = [p.id for p in view.packages if not p.sealed]
        self.package_id = open_ids[-1] if open_ids else None
        current = next((p for p in view.packages if p.id == self.package_id), None)
        self.box.setText(self.tr("Package {0}").format(current.number) if current
                         else self.tr("No open package"))
        waiting = sum((x.waiting for x in view.lines), Decimal(0))
        self.close_button.setEnabled(current is not None and current.units > 0)
        self.label_button.setEnabled(view.complete)
        if waiting:
            self.prompt.setText(self.tr("Still to pack: {0}. Scan them (F6 opens another "
                                        "package)").format(fmt.number(waiting)))
        elif current is not None:
            self.prompt.setText(self.tr("Everything is packed: enter the weight and close "
                                        "the package (F8)"))
        else:
            self.prompt.setText(self.tr("Everything is packed and closed: print the labels "
                                        "(F7)"))
        return True

    def clear(self) -> None:
        self.view = None
        self.package_id = None
        self.setEnabled(False)

    # -- actions -----------------------------------------------------------------------------

    def on_scan(self, code: str) -> None:
        if self.view is None:
            return
        if self.package_id is None:
            created = attempt(self, packing.create_package, self.ctx.uow(), self.ctx.actor,
                              self.view.order_id)
            if isinstance(created, Refused):
                self._wrong(created.message)
                return
            if created is FAILED:
                return
            self.package_id = created  # type: ignore[assignment]
            self.changed.emit()
        sku = attempt(self, packing.pack_item, self.ctx.uow(), self.ctx.actor,
                      self.package_id, code)
        if isinstance(sku, Refused):
            self._wrong(sku.message)
            return
        if sku is FAILED:
            return
        self.load(self.view.order_id)
        self.feedback.right()
        self.message.setText(self.tr("{0} ✓ packed").format(sku))
        self.packed.emit(self.view.order_id, sum((x.waiting for x in self.view.lines),
                                                 Decimal(0)))

    def _wrong(self, text: str) -> None:
        self.feedback.wrong()
        self.message.setText(text)
        self.scan.setFocus()

    def new_package(self) -> None:
        if self.view is None:
            return
        created = run(self, packing.create_package, self.ctx.uow(), self.ctx.actor,
                      self.view.order_id)
        if created is FAILED:
            return
        self.load(self.view.order_id)
        self.message.setText(self.tr("New package open: scan the items for it"))
        self.changed.emit()
        self.scan.setFocus()

    def close_package(self) -> None:
        if self.view is None or self.package_id is None:
            return
        try:
            weight = fmt.parse_number(self.weight.text())
            sides = [fmt.parse_number(x.text()) for x in self.sides if x.text().strip()]
        except (ValueError, ArithmeticError, UserFacingError):
            self._wrong(self.tr("Enter the weight (and size) as numbers."))
            self.weight.setFocus()
            return
        dimensions = (sides[0], sides[1], sides[2]) if len(sides) == 3 else None
        done = run(self, packing.seal_package, self.ctx.uow(), self.ctx.actor,
                   self.package_id, weight, dimensions)
        if done is FAILED:
            self.weight.setFocus()
            return
        for field in (self.weight, *self.sides):
            field.clear()
        self.load(self.view.order_id)
        self.feedback.right()
        self.message.setText(self.tr("Package closed"))
        self.changed.emit()
        self.scan.setFocus()

    def print_labels(self) -> None:
        if self.view is None or not self.label_button.isEnabled():
            return
        printer = label_printing.station_printer()
        for package in self.view.packages:
            data = run(self, packing_queries.package_label, self.ctx.uow(write=False),
                       self.ctx.actor, package.id)
            if data is FAILED:
                return
            result = printer.print_label(package_layout(PackageLabel(
                data.package_number, data.order_number, data.customer, data.package_index,
                data.package_count, fmt.number(data.weight_kg) if data.weight_kg else "")))
            if not result.sent:
                self._wrong(result.error)
                return
        self.feedback.right()
        self.message.setText(self.tr("{0} labels printed").format(len(self.view.packages)))
        self.changed.emit()

    def packing_list(self) -> None:
        if self.view is None:
            return
        data = run(self, documents.packing_list_pdf, self.ctx.uow(write=False),
                   self.view.order_id)
        if data is FAILED:
            return
        path = open_document.open_pdf(data, f"packing-list-{self.view.order_number}")
        self.message.setText(self.tr("Saved and opened {0}").format(str(path)))
