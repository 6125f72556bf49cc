"""To ship: packed orders on the left, the pre-shipment check of the chosen one on the right.

Scan-driven at a warehouse PC: scanning an order number opens it, scanning items and package
labels fills the check (green right, red wrong). Ctrl+Enter ships. The "On the road" tab lists
shipments not yet signed for; select the van's ones and print their loading list (waybill).
"""

from __future__ import annotations

import uuid

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.services import documents, shipping, shipping_queries
from app.services.shipping_queries import ShippedRow, ShipRow
from app.views.context import AppContext
from app.views.screens.base import Screen
from app.views.screens.scan_status import ScanStatus
from app.views.screens.shipping_check import ShipCheckPanel
from app.views.support import open_document
from app.views.support.formatting import moment, short_day
from app.views.support.runner import FAILED, run
from app.views.support.scan_field import ScanField
from app.views.support.wedge import attach_wedge


def _item(text: str) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
    return item


def _list_table(name: str, headers: list[str], multi: bool = False) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setObjectName(name)
    table.setHorizontalHeaderLabels(headers)
    table.verticalHeader().hide()
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection if multi
                           else QAbstractItemView.SelectionMode.SingleSelection)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
    table.setWordWrap(False)
    table.verticalHeader().setDefaultSectionSize(34)
    return table


class ShippingScreen(Screen):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.rows: list[ShipRow] = []
        self.road: list[ShippedRow] = []
        self.current: uuid.UUID | None = None
        self.last_shipment: uuid.UUID | None = None
        self.four_eyes = False

        self.worklist = _list_table("shipWorklist", [
            self.tr("Order"), self.tr("Customer"), self.tr("Pkgs"), self.tr("Promised"),
            self.tr("!")])
        self.worklist.itemSelectionChanged.connect(self._selected)
        self.on_road = _list_table("onRoadList", [
            self.tr("Shipment"), self.tr("Customer"), self.tr("Carrier"), self.tr("Tracking"),
            self.tr("Shipped")], multi=True)
        self.loading_button = QPushButton(self.tr("&Loading list (PDF)"))
        self.loading_button.setObjectName("loadingListButton")
        self.loading_button.clicked.connect(self.print_loading_list)
        road_page = QWidget()
        road_layout = QVBoxLayout(road_page)
        road_layout.setContentsMargins(0, 4, 0, 0)
        road_hint = QLabel(self.tr("Select the shipments one van or carrier takes away."))
        road_hint.setWordWrap(True)
        road_layout.addWidget(road_hint)
        road_layout.addWidget(self.on_road, 1)
        road_layout.addWidget(self.loading_button, 0, Qt.AlignmentFlag.AlignRight)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("shipTabs")
        self.tabs.addTab(self.worklist, self.tr("Ready to ship"))
        self.tabs.addTab(road_page, self.tr("On the road"))

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 6, 0)
        left_layout.addWidget(self.tabs, 1)

        self.check = ShipCheckPanel()
        self.scan = ScanField()
        self.scan.setPlaceholderText(self.tr("Scan an order number, each item, a package label"))
        self.scan.scanned.connect(self.handle_scan)
        self.check.tracking.returnPressed.connect(self._tracking_done)
        self.status = ScanStatus()
        # A scanner burst lands in the scan field wherever the focus is (support/wedge.py).
        self.wedge = attach_wedge(self, self.scan)
        self.ship_button = QPushButton(self.tr("&Ship  (Ctrl+Enter)"))
        self.ship_button.setObjectName("shipButton")
        self.ship_button.setMinimumHeight(44)
        self.ship_button.setStyleSheet(
            "QPushButton { background: #1b6e20; color: white; font-weight: bold;"
            " padding: 6px 22px; border-radius: 4px; }"
            "QPushButton:disabled { background: #9aa0a6; }")
        self.ship_button.clicked.connect(self.ship)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, activated=self.ship)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.ship_button)

        self.empty = QLabel(self.tr("Choose an order on the left, or scan its order number."))
        self.empty.setObjectName("shipEmpty")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(6, 0, 0, 0)
        right_layout.addWidget(self.scan)
        right_layout.addWidget(self.status)
        right_layout.addWidget(self.empty)
        right_layout.addWidget(self.check, 1)
        right_layout.addLayout(buttons)
        scroll = QScrollArea()
        scroll.setWidget(right)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)

        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(scroll)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([400, 800])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        self._show_detail(False)
        self.refresh()

    # ---- Screen ----------------------------------------------------------------------------
    def refresh(self) -> None:
        four_eyes = run(self, shipping_queries.four_eyes_required, self.ctx.uow(write=False))
        self.four_eyes = bool(four_eyes) if four_eyes is not FAILED else False
        rows = run(self, shipping_queries.list_ready_to_ship, self.ctx.uow(write=False))
        road = run(self, shipping_queries.list_on_the_road, self.ctx.uow(write=False))
        keep = self.current
        self.rows = rows if rows is not FAILED else []
        self.road = road if road is not FAILED else []
        self._fill_worklist()
        self._fill_road()
        if keep is not None and any(r.order_id == keep for r in self.rows):
            self.select_order(keep)
        else:
            self.current = None
            self._show_detail(False)

    def focus_first(self) -> None:
        self.scan.setFocus()

    def open_record(self, kind: str, record_id: object) -> bool:
        if kind == "order" and isinstance(record_id, uuid.UUID):
            return self.select_order(record_id)
        return False

    # ---- worklists -------------------------------------------------------------------------
    def _fill_worklist(self) -> None:
        self.worklist.blockSignals(True)
        self.worklist.setRowCount(len(self.rows))
        for row, order in enumerate(self.rows):
            note = "⚠" if order.has_special_instructions else ""
            cells = (order.number, order.customer_name, str(order.packages),
                     short_day(order.promised_date), note)
            for column, text in enumerate(cells):
                self.worklist.setItem(row, column, _item(text))
            if note:
                self.worklist.item(row, 4).setToolTip(self.tr("Special requirements"))
        self.worklist.clearSelection()
        self.worklist.blockSignals(False)
        self.tabs.setTabText(0, self.tr("Ready to ship ({0})").replace("{0}",
                                                                       str(len(self.rows))))

    def _fill_road(self) -> None:
        self.on_road.setRowCount(len(self.road))
        for row, shipment in enumerate(self.road):
            cells = (shipment.number, shipment.customer_name, shipment.carrier,
                     shipment.tracking_number, moment(shipment.shipped_at))
            for column, text in enumerate(cells):
                self.on_road.setItem(row, column, _item(text))
        self.tabs.setTabText(1, self.tr("On the road ({0})").replace("{0}", str(len(self.road))))

    def select_order(self, order_id: uuid.UUID) -> bool:
        index = next((i for i, r in enumerate(self.rows) if r.order_id == order_id), None)
        if index is None:
            return False
        self.tabs.setCurrentIndex(0)
        self.worklist.selectRow(index)  # -> _selected loads it
        if self.current != order_id:
            self._load(order_id)
        return True

    def _selected(self) -> None:
        rows = self.worklist.selectionModel().selectedRows()
        if rows:
            order_id = self.rows[rows[0].row()].order_id
            if order_id != self.current:
                self._load(order_id)

    def _load(self, order_id: uuid.UUID) -> None:
        detail = run(self, shipping_queries.get_ship_detail, self.ctx.uow(write=False), order_id)
        if detail is FAILED:
            return
        self.current = order_id
        self.check.load(detail, self.four_eyes)
        self.status.info(self.tr("Scan every item and each package label."))
        self._show_detail(True)
        self.empty.setStyleSheet("")
        self.empty.setText(self.tr("Choose an order on the left, or scan its order number."))
        self.ship_button.setEnabled(not detail.blocked_by)
        self.scan.setFocus()

    def _show_detail(self, shown: bool) -> None:
        self.check.setVisible(shown)
        self.ship_button.setVisible(shown)
        self.empty.setVisible(not shown)

    # ---- scanning --------------------------------------------------------------------------
    def handle_scan(self, code: str) -> None:
        if self.check.tracking.hasFocus():  # a wedge scan while the tracking field is focused
            self.check.tracking.setText(code)
            self._tracking_done()
            return
        order = next((r for r in self.rows if r.number.casefold() == code.casefold()), None)
        if order is not None:  # the order number from the packing list: open that order
            self.select_order(order.order_id)
            self.status.right(self.tr("Order {0}").replace("{0}", order.number))
            return
        if self.current is None or self.check.detail is None:
            self.status.wrong(self.tr("{0} is not an order waiting to ship").replace("{0}", code))
            return
        right, message = self.check.count_scan(code)
        if right:
            self.status.right(message)
            if self.check.items_complete():
                self.status.right(message + "  ·  " + self.tr("All items verified"))
        else:
            self.status.wrong(message)

    def _tracking_done(self) -> None:
        self.ship_button.setFocus()

    # ---- actions ---------------------------------------------------------------------------
    def ship(self) -> None:
        if self.current is None or self.check.detail is None or not self.ship_button.isEnabled():
            return
        missing = self.check.checklist_missing()
        self.check.show_checklist_problem(missing)
        if missing:
            return
        signer: uuid.UUID | None = None
        if self.four_eyes and self.check.second_user.text().strip():
            person = run(self, shipping_queries.confirm_second_person, self.ctx.uow(),
                         self.ctx.actor, self.check.second_user.text(),
                         self.check.second_password.text(), fields=self.check.errors)
            if person is FAILED:
                self.check.second_password.clear()
                return
            signer = person.user_id
        # Without a signer the service decides: it refuses when the firm wants four eyes.
        data = shipping.ShipmentInput(
            order_id=self.current, carrier=self.check.carrier.currentText(),
            method=self.check.method.currentText().strip(),
            tracking_number=self.check.tracking.text(), scanned=dict(self.check.scanned),
            signed_off_by=signer)
        shipment_id = run(self, shipping.ship_order, self.ctx.uow(), self.ctx.actor, data,
                          fields=self.check.errors)
        if shipment_id is FAILED:
            self.check.second_password.clear()
            return
        number = self.check.detail.number
        self.last_shipment = shipment_id
        self.current = None
        self.refresh()
        # The check panel hides after shipping: the verdict goes where the hint was.
        self.empty.setText(self.tr("{0} shipped. Choose the next order, or scan its number.")
                           .replace("{0}", number))
        self.empty.setStyleSheet("color: #1b6e20; font-weight: bold;")
        self.scan.setFocus()

    def print_loading_list(self) -> None:
        chosen = sorted({i.row() for i in self.on_road.selectionModel().selectedRows()})
        if not chosen:
            self.status.wrong(self.tr("Select the shipments for the loading list first."))
            return
        ids = [self.road[i].shipment_id for i in chosen]
        data = run(self, documents.loading_list_pdf, self.ctx.uow(write=False), ids)
        if data is FAILED:
            return
        carriers = "-".join(sorted({self.road[i].carrier for i in chosen}))
        open_document.open_pdf(data, f"loading-list-{carriers}")
