"""INVENTORY: stock per product and location, products below safety stock (flagged in the
list and listed on their own, with a mail to the replenishers), who holds each unit, the
ledger moves, the product's stock at the other sites (read-only, as head office last reported
it at a branch), and counts/adjustments entered by scanning (inventory_count.py).
"""

from __future__ import annotations

import uuid
from datetime import UTC, datetime

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.services import inventory, remote_stock, replenishment
from app.views.context import AppContext
from app.views.itemmodels.cells import WRONG, CellsModel, Row
from app.views.screens.base import Screen
from app.views.screens.inventory_count import CountPanel
from app.views.support.formatting import moment, number, short_day
from app.views.support.runner import FAILED, run
from app.views.support.station import enlarge, message_label, table
from app.views.support.wedge import attach_wedge

MOVE_KINDS = {
    "receipt": QT_TRANSLATE_NOOP("MoveKind", "Goods in"),
    "adjustment": QT_TRANSLATE_NOOP("MoveKind", "Adjustment"),
    "count": QT_TRANSLATE_NOOP("MoveKind", "Count"),
    "shipment": QT_TRANSLATE_NOOP("MoveKind", "Shipped"),
    "return": QT_TRANSLATE_NOOP("MoveKind", "Returned"),
    "production_in": QT_TRANSLATE_NOOP("MoveKind", "From production"),
    "production_use": QT_TRANSLATE_NOOP("MoveKind", "Used in production"),
}


BELOW_MARK = "⚠ "  # before the safety stock of a product below it


def _day(value: datetime) -> str:
    """The local day of a stored UTC timestamp (the time adds nothing to "held since")."""
    aware = value if value.tzinfo else value.replace(tzinfo=UTC)
    return short_day(aware.astimezone().date())


def _signed(value: object) -> str:
    text = number(value)  # type: ignore[arg-type]
    return "+" + text if not text.startswith("-") and text != "0" else text


class InventoryScreen(Screen):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.setObjectName("inventoryScreen")
        enlarge(self)
        self.product_id: uuid.UUID | None = None
        self._build()
        self.wedge = attach_wedge(self, self.count.scan)
        self.refresh()

    # ---- layout ----------------------------------------------------------------------------

    def _build(self) -> None:
        self.filter = QLineEdit()
        self.filter.setObjectName("stockFilter")
        self.filter.setPlaceholderText(self.tr("Filter by SKU, name or barcode (Ctrl+L)"))
        self.filter.setClearButtonEnabled(True)
        self.filter.returnPressed.connect(self.load_levels)
        self.filter.textChanged.connect(lambda text: None if text else self.load_levels())
        self.below_only = QCheckBox(self.tr("&Below safety stock only"))
        self.below_only.setObjectName("belowSafetyOnly")
        self.below_only.toggled.connect(self.load_levels)
        # Not Ctrl+F: the main window's global search has it.
        QShortcut(QKeySequence("Ctrl+L"), self, self.filter.setFocus)

        self.levels = CellsModel([self.tr("SKU"), self.tr("Product"), self.tr("Location"),
                                  self.tr("On hand"), self.tr("Allocated"),
                                  self.tr("Available"), self.tr("In transit"),
                                  self.tr("In production"), self.tr("Safety stock")],
                                 numeric=range(3, 9), parent=self)
        self.levels_view = table(self.levels, "levelsTable")
        self.levels_view.selectionModel().currentRowChanged.connect(self._level_chosen)

        self.below = CellsModel([self.tr("SKU"), self.tr("Product"), self.tr("On hand"),
                                 self.tr("Safety stock"), self.tr("Missing"),
                                 self.tr("In production")], numeric=(2, 3, 4, 5), parent=self)
        self.below_view = table(self.below, "belowSafetyTable")
        self.below_view.selectionModel().currentRowChanged.connect(self._below_chosen)
        self.mail_button = QPushButton(self.tr("&Mail the list to replenishment (Ctrl+M)"))
        self.mail_button.setObjectName("mailBelowSafetyButton")
        self.mail_button.clicked.connect(self.mail_list)
        self.mail_button.setEnabled(self.ctx.may("stock.adjust"))
        QShortcut(QKeySequence("Ctrl+M"), self, self.mail_list)
        self.mail_message = message_label("mailMessage")
        below_page = QWidget()
        below_layout = QVBoxLayout(below_page)
        below_layout.addWidget(self.below_view)
        below_layout.addWidget(self.mail_button)
        below_layout.addWidget(self.mail_message)

        self.holders = CellsModel([self.tr("Held for"), self.tr("Number"),
                                   self.tr("Customer / making"), self.tr("Location"),
                                   self.tr("Quantity"), self.tr("Since")],
                                  numeric=(4,), parent=self)
        self.holders_view = table(self.holders, "holdersTable", stretch=2)
        self.product_title = QLabel()
        self.product_title.setObjectName("productTitle")
        self.product_title.setWordWrap(True)
        holders_page = QWidget()
        holders_layout = QVBoxLayout(holders_page)
        holders_layout.addWidget(self.product_title)
        holders_layout.addWidget(self.holders_view)

        self.moves = CellsModel([self.tr("When"), self.tr("Kind"), self.tr("Location"),
                                 self.tr("Quantity"), self.tr("Reason")], numeric=(3,),
                                parent=self)
        self.moves_view = table(self.moves, "movesTable", stretch=4)

        # Read-only: what head office last reported (a branch cannot allocate from it).
        self.others = CellsModel([self.tr("Site"), self.tr("On hand"), self.tr("Allocated"),
                                  self.tr("Available"), self.tr("As of")], numeric=(1, 2, 3),
                                 parent=self)
        self.others_view = table(self.others, "otherSitesTable")

        self.tabs = QTabWidget()
        self.tabs.setObjectName("inventoryTabs")
        self.tabs.addTab(below_page, "")
        self.tabs.addTab(holders_page, self.tr("Who holds this stock"))
        self.tabs.addTab(self.moves_view, self.tr("Moves"))
        self.tabs.addTab(self.others_view, self.tr("Other sites"))

        self.count = CountPanel(self.ctx)
        self.count.recorded.connect(self._after_count)
        self.count.setEnabled(self.ctx.may("stock.adjust"))

        top = QHBoxLayout()
        top.addStretch(1)
        top.addWidget(self.filter, 2)
        top.addWidget(self.below_only)
        # The stock list gets the full width (long product names); below it, what the
        # selected product is held for beside the scan panel where counts are entered.
        lower = QSplitter(Qt.Orientation.Horizontal)
        lower.addWidget(self.tabs)
        lower.addWidget(self.count)
        lower.setStretchFactor(0, 3)
        lower.setStretchFactor(1, 2)
        lower.setSizes([720, 460])  # the holders' customer names need the width
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.levels_view)
        split.addWidget(lower)
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(split, 1)

    # ---- loading -----------------------------------------------------------------------------

    def refresh(self) -> None:
        self.count.load_locations()
        self.load_levels()
        self.load_below()
        if self.product_id is not None:
            self.show_product(self.product_id)

    def focus_first(self) -> None:
        self.count.scan.setFocus()

    def load_levels(self) -> None:
        rows = run(self, inventory.list_levels, self.ctx.uow(write=False), self.filter.text(),
                   below_safety_only=self.below_only.isChecked())
        if rows is FAILED:
            return
        # The flag sits in the safety-stock cell (no extra column: product names need the
        # width), and the whole row turns red and bold.
        self.levels.set_rows([
            Row((r.sku, r.name, r.location_code, number(r.on_hand), number(r.allocated),
                 number(r.available), number(r.in_transit), number(r.in_production),
                 (BELOW_MARK if r.below_safety else "")
                 + (number(r.safety_stock) if r.safety_stock else "")),
                payload=r, colour=WRONG if r.below_safety else None, bold=r.below_safety)
            for r in rows])
        self._reselect()

    def load_below(self) -> None:
        rows = run(self, inventory.list_below_safety, self.ctx.uow(write=False))
        if rows is FAILED:
            return
        self.below.set_rows([
            Row((r.sku, r.name, number(r.on_hand), number(r.safety_stock), number(r.missing),
                 number(r.in_production)), payload=r, colour=WRONG) for r in rows])
        self.tabs.setTabText(0, self.tr("Below safety stock ({0})").replace("{0}",
                                                                            str(len(rows))))

    def _reselect(self) -> None:
        for i, row in enumerate(self.levels.payloads()):
            if row.product_id == self.product_id:
                self.levels_view.selectRow(i)
                return

    def _level_chosen(self, current: object, _previous: object = None) -> None:
        index = self.levels_view.currentIndex()
        if index.isValid():
            self.show_product(self.levels.row_at(index.row()).payload.product_id)

    def _below_chosen(self, _current: object, _previous: object = None) -> None:
        index = self.below_view.currentIndex()
        if index.isValid():
            self.show_product(self.below.row_at(index.row()).payload.product_id, switch=False)

    def show_product(self, product_id: uuid.UUID, *, switch: bool = False) -> bool:
        detail = run(self, inventory.get_product_stock, self.ctx.uow(write=False), product_id)
        if detail is FAILED:
            return False
        self.product_id = product_id
        held = sum((h.quantity for h in detail.holders), start=0)
        self.product_title.setText(
            self.tr("{0}  {1}: {2} held (orders and production orders: {3})").replace(
                "{0}", detail.sku).replace("{1}", detail.name).replace("{2}", number(held))
            .replace("{3}", str(len({h.number for h in detail.holders}))))
        kinds = {"order": self.tr("Sales order"), "production": self.tr("Production")}
        self.holders.set_rows([
            Row((kinds[h.kind], h.number if h.line_no is None else f"{h.number} / {h.line_no}",
                 h.detail, h.location_code, number(h.quantity), _day(h.since)), payload=h)
            for h in detail.holders])
        self.moves.set_rows([
            Row((moment(m.at), QCoreApplication.translate("MoveKind", MOVE_KINDS.get(
                m.kind.value, m.kind.value)), m.location_code, _signed(m.quantity), m.reason),
                payload=m)
            for m in detail.moves])
        others = run(self, remote_stock.other_sites_stock, self.ctx.uow(write=False), product_id)
        if others is not FAILED:
            self.others.set_rows([
                Row((o.site_code, number(o.on_hand), number(o.allocated), number(o.available),
                     moment(o.as_of) if o.as_of else self.tr("now")), payload=o)
                for o in others])
        if switch:
            self.tabs.setCurrentIndex(1)
        return True

    # ---- actions -----------------------------------------------------------------------------

    def _after_count(self, product_id: uuid.UUID) -> None:
        self.product_id = product_id
        self.load_levels()
        self.load_below()
        self.show_product(product_id)

    def mail_list(self) -> None:
        if not self.ctx.may("stock.adjust"):
            return
        result = run(self, replenishment.mail_below_safety_list, self.ctx.uow(), self.ctx.actor)
        if result is not FAILED:
            self.mail_message.setText(self.tr("The list is in the outbox; it goes out with "
                                              "the next mail round."))

    def open_record(self, kind: str, record_id: object) -> bool:
        """Global search chose a product: show its stock and who holds it."""
        if kind != "product" or not isinstance(record_id, uuid.UUID):
            return False
        if not self.show_product(record_id, switch=True):
            return False
        self.filter.clear()
        self.below_only.setChecked(False)
        self.load_levels()
        return True
