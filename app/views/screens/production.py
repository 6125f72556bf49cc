"""PRODUCTION: production orders (from a short sales line, via the allocation screen, or by
hand here), component availability from the bill of materials, start / progress / finish,
QC inspections, and acceptance into stock (made-to-order goods go to their waiting order).
"""

from __future__ import annotations

import uuid
from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app.services import allocation, production, production_qc, production_queries, products
from app.services.worklists import OPEN_PRODUCTION
from app.views.context import AppContext
from app.views.itemmodels.cells import CellsModel, Row
from app.views.screens.base import Screen
from app.views.screens.production_detail import fill_detail, state_label
from app.views.screens.production_inspection import InspectionForm
from app.views.support.field_errors import FieldErrors, error_label
from app.views.support.formatting import number, parse_number, short_day
from app.views.support.runner import FAILED, run
from app.views.support.scan_field import ScanField
from app.views.support.station import enlarge, message_label, subheading, table


class ProductionScreen(Screen):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.setObjectName("productionScreen")
        enlarge(self)
        self.production_id: uuid.UUID | None = None
        self.detail: production_queries.ProductionDetail | None = None
        self.errors = FieldErrors()
        self.new_product: products.ProductRow | None = None
        self._build()
        self.refresh()

    # ---- layout ----------------------------------------------------------------------------

    def _build(self) -> None:
        self.show_all = QComboBox()
        self.show_all.setObjectName("productionFilter")
        self.show_all.addItems([self.tr("Open orders"), self.tr("All orders")])
        self.show_all.currentIndexChanged.connect(self.refresh)
        self.orders = CellsModel([self.tr("Number"), self.tr("Product"), self.tr("Quantity"),
                                  self.tr("State"), self.tr("Progress"), self.tr("Due"),
                                  self.tr("For order")], numeric=(2, 4), parent=self)
        self.orders_view = table(self.orders, "productionTable", stretch=1)
        self.orders_view.selectionModel().currentRowChanged.connect(self._chosen)

        top = QHBoxLayout()
        top.addStretch(1)
        top.addWidget(self.show_all)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.orders_view, 1)
        left_layout.addWidget(self._new_order_box())
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(left)
        split.addWidget(self._detail_box())
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 1)
        split.setSizes([700, 580])  # the worklist's product names need the room more
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        self.message = message_label("productionMessage")
        layout.addWidget(self.message)
        layout.addWidget(split, 1)

    def _new_order_box(self) -> QWidget:
        box = QWidget()
        box.setObjectName("newProductionBox")
        self.new_code = ScanField()
        self.new_code.setObjectName("newProductCode")
        self.new_code.setPlaceholderText(self.tr("Scan or type the product to make (Ctrl+N)"))
        self.new_code.scanned.connect(self._new_code_scanned)
        self.new_what = QLabel("—")
        self.new_what.setObjectName("newProductName")
        self.new_quantity = QLineEdit()
        self.new_quantity.setObjectName("newQuantity")
        self.new_quantity.setPlaceholderText(self.tr("Quantity"))
        self.new_quantity.returnPressed.connect(self.create)
        self.new_due = QDateEdit(QDate.currentDate().addDays(7))
        self.new_due.setObjectName("newDue")
        self.new_due.setDisplayFormat("yyyy-MM-dd")
        self.new_due.setCalendarPopup(True)
        self.create_button = QPushButton(self.tr("&Create"))
        self.create_button.setObjectName("createProductionButton")
        self.create_button.clicked.connect(self.create)
        QShortcut(QKeySequence("Ctrl+N"), self, self.new_code.setFocus)
        quantity_error = error_label("newQuantityError")
        self.errors.add("quantity", self.new_quantity, quantity_error)
        self.errors.add("product", self.new_code, error_label("newProductError"))
        grid = QGridLayout(box)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.addWidget(subheading(self.tr("New production order")), 0, 0, 1, 4)
        grid.addWidget(self.new_code, 1, 0, 1, 4)
        grid.addWidget(self.new_what, 2, 0, 1, 4)
        grid.addWidget(self.new_quantity, 3, 0)
        grid.addWidget(QLabel(self.tr("Due:")), 3, 1)
        grid.addWidget(self.new_due, 3, 2)
        grid.addWidget(self.create_button, 3, 3)
        grid.addWidget(quantity_error, 4, 0, 1, 4)
        grid.setColumnStretch(0, 1)
        return box

    def _detail_box(self) -> QWidget:
        box = QWidget()
        self.title = subheading("", "productionTitle")
        enlarge(self.title, 1.2)
        self.info = QLabel()
        self.info.setObjectName("productionInfo")
        self.components = CellsModel([self.tr("Component"), self.tr("Still needed"),
                                      self.tr("Held"), self.tr("Free"), self.tr("Short")],
                                     numeric=(1, 2, 3, 4), parent=self)
        self.components_view = table(self.components, "componentsTable", stretch=0)
        self.start_button = self._button(self.tr("&Start"), "startButton", self.start)
        self.progress = QSpinBox()
        self.progress.setObjectName("progressSpin")
        self.progress.setRange(0, 100)
        self.progress.setSuffix(" %")
        self.progress_button = self._button(self.tr("Record &progress"), "progressButton",
                                            self.record_progress)
        # Mnemonics avoid Alt+F/G/L/H: the main window's menus use them.
        self.finish_button = self._button(self.tr("Fi&nish"), "finishButton", self.finish)
        self.accept_quantity = QLineEdit()
        self.accept_quantity.setObjectName("acceptQuantity")
        self.accept_button = self._button(self.tr("&Accept into stock"), "acceptButton",
                                          self.accept)
        self.cancel_reason = QLineEdit()
        self.cancel_reason.setObjectName("cancelReason")
        self.cancel_reason.setPlaceholderText(self.tr("Reason for cancelling"))
        self.cancel_button = self._button(self.tr("Cancel or&der"), "cancelProductionButton",
                                          self.cancel)
        self.blocked = QLabel()
        self.blocked.setObjectName("acceptanceBlocked")
        self.blocked.setWordWrap(True)
        self.blocked.setStyleSheet("color: #b3261e; font-weight: bold;")
        self.inspection = InspectionForm()
        self.inspection.submitted.connect(self.inspect)
        QShortcut(QKeySequence("Ctrl+I"), self, self.inspection.submit)
        self.inspections = CellsModel([self.tr("When"), self.tr("Stage"), self.tr("Sample"),
                                       self.tr("Result"), self.tr("Failed checks"),
                                       self.tr("Notes")], numeric=(2,), parent=self)
        self.inspections_view = table(self.inspections, "inspectionsTable", stretch=5)

        actions = QGridLayout()
        actions.addWidget(self.start_button, 0, 0)
        actions.addWidget(self.progress, 0, 1)
        actions.addWidget(self.progress_button, 0, 2)
        actions.addWidget(self.finish_button, 0, 3)
        actions.addWidget(QLabel(self.tr("Accept quantity:")), 1, 0)
        actions.addWidget(self.accept_quantity, 1, 1)
        actions.addWidget(self.accept_button, 1, 2, 1, 2)
        actions.addWidget(self.cancel_reason, 2, 0, 1, 3)
        actions.addWidget(self.cancel_button, 2, 3)
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.info)
        layout.addWidget(self.components_view, 1)
        layout.addLayout(actions)
        layout.addWidget(self.blocked)
        layout.addWidget(self.inspection)
        layout.addWidget(self.inspections_view, 1)
        return box

    def _button(self, text: str, name: str, slot: object) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        button.clicked.connect(slot)
        return button

    # ---- loading -----------------------------------------------------------------------------

    def refresh(self) -> None:
        worklist = self.show_all.currentIndex() == 0
        # The open ones are this desk's work (a branch's are the branch's); "all" browses.
        rows = run(self, production_queries.list_production_orders, self.ctx.uow(write=False),
                   states=OPEN_PRODUCTION if worklist else (), only_worked_here=worklist)
        if rows is FAILED:
            return
        self.orders.set_rows([
            Row((r.number, f"{r.sku} {r.name}", number(r.quantity), state_label(r.state),
                 f"{r.progress_pct} %", short_day(r.due_date), r.order_number or ""),
                payload=r) for r in rows])
        ids = [r.id for r in rows]
        if self.production_id in ids:
            self.orders_view.selectRow(ids.index(self.production_id))
        elif ids:
            self.orders_view.selectRow(0)
        else:
            self.show_order(None)
        if self.production_id in ids:
            self.show_order(self.production_id)

    def focus_first(self) -> None:
        self.orders_view.setFocus()

    def _chosen(self, *_args: object) -> None:
        index = self.orders_view.currentIndex()
        if index.isValid():
            self.show_order(self.orders.row_at(index.row()).payload.id)

    def select(self, production_id: uuid.UUID) -> None:
        """Show one production order (after creating it, or for a test)."""
        if self.show_all.currentIndex() != 1 and production_id not in [
                r.id for r in self.orders.payloads()]:
            self.show_all.setCurrentIndex(1)
        self.production_id = production_id
        self.refresh()

    def show_order(self, production_id: uuid.UUID | None) -> None:
        self.production_id = production_id
        self.detail = None
        if production_id is not None:
            detail = run(self, production_queries.get_production_order,
                         self.ctx.uow(write=False), production_id)
            if detail is not FAILED:
                self.detail = detail
        fill_detail(self, self.detail)

    # ---- actions -----------------------------------------------------------------------------

    def _act(self, fn: object, *args: object, done: str, **kwargs: object) -> bool:
        if self.production_id is None:
            return False
        result = run(self, fn, self.ctx.uow(), self.ctx.actor, self.production_id,  # type: ignore[arg-type]
                     *args, **kwargs)
        if result is FAILED:
            return False
        self.message.setText(done)
        self.refresh()
        return True

    def start(self) -> None:
        self._act(production.start_production, done=self.tr("Started; components are held."))

    def record_progress(self) -> None:
        self._act(production.record_progress, self.progress.value(),
                  done=self.tr("Progress recorded."))

    def finish(self) -> None:
        self._act(production.finish_production,
                  done=self.tr("Finished; components used. Record the final inspection."))

    def cancel(self) -> None:
        self._act(production.cancel_production, self.cancel_reason.text(),
                  done=self.tr("Production order cancelled; held components released."))
        self.cancel_reason.clear()

    def inspect(self, stage: str, sample: int, checks: list[tuple[str, bool]],
                notes: str) -> None:
        passed = all(ok for _, ok in checks)
        done = (self.tr("Inspection passed.") if passed else
                self.tr("Inspection failed and recorded; rework, then inspect again."))
        if self.production_id is None:
            return
        result = run(self, production_qc.record_inspection, self.ctx.uow(), self.ctx.actor,
                     self.production_id, stage, sample, checks, notes,
                     fields=self.inspection.errors)
        if result is FAILED:
            return
        self.message.setText(done)
        self.refresh()

    def accept(self) -> None:
        try:
            quantity = parse_number(self.accept_quantity.text())
        except ValueError:
            self.message.setText(self.tr("Type the quantity to accept."))
            return
        if self.production_id is None or self.detail is None:
            return
        product_id = self.detail.row.product_id
        result = run(self, production_qc.accept_production, self.ctx.uow(), self.ctx.actor,
                     self.production_id, quantity)
        if result is FAILED:
            return
        text = self.tr("{0} accepted into stock.").replace("{0}", number(result.accepted))
        if result.allocated_to_order:
            text += " " + self.tr("{0} held at once for the waiting order.").replace(
                "{0}", number(result.allocated_to_order))
        if result.accepted > result.allocated_to_order and self.ctx.may("stock.allocate"):
            # Goods beyond the order they were made for (or made for stock) go to the other
            # orders waiting for this product, tier A first. A separate action: should it
            # fail, the goods are in stock and "Allocate all waiting" shares them later.
            served = run(self, allocation.allocate_waiting, self.ctx.uow(), self.ctx.actor,
                         product_id)
            if served is not FAILED and served:
                text += " " + self.tr("{0} waiting orders received the rest.").replace(
                    "{0}", str(len(served)))
        self.message.setText(text)
        self.refresh()

    def _new_code_scanned(self, code: str) -> None:
        found = run(self, products.find_product_by_code, self.ctx.uow(write=False), code)
        if found is FAILED:
            self.new_product = None
            self.new_what.setText("—")
            return
        self.new_product = found
        self.new_what.setText(f"{found.sku}  {found.name}")
        self.new_quantity.setFocus()

    def create(self) -> None:
        if self.new_product is None:
            self.errors.show("product", self.tr("Scan or type the product first."))
            return
        try:
            quantity = parse_number(self.new_quantity.text())
        except ValueError:
            self.errors.show("quantity", self.tr("Type a number."))
            return
        due = self.new_due.date()
        created = run(self, production.create_production_order, self.ctx.uow(), self.ctx.actor,
                      self.new_product.id, quantity, fields=self.errors,
                      due_date=date(due.year(), due.month(), due.day()))
        if created is FAILED:
            return
        self.new_product = None
        self.new_what.setText("—")
        self.new_quantity.clear()
        self.message.setText(self.tr("Production order created."))
        self.select(created)

