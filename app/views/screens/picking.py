"""To pick: the orders waiting for a pick list, the open pick lists, and the scan mode.

Lists page: choose one order (a pick list) or several (a wave) and create the list (Ctrl+N);
print it (Ctrl+P); start picking (Enter or F9). A scan on this page is read as a pick list's
number (the printed sheet carries it as a barcode): the list opens in scan mode at once, so a
picker with a printed list never needs the keyboard. An order's number makes that order's
pick list and opens it.
"""

from __future__ import annotations

import uuid
from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.services import documents, picking, picking_queries
from app.services.picking_queries import OrderToPick, PickListRow
from app.views.context import AppContext
from app.views.screens.base import Screen
from app.views.screens.picking_scan import PickScanView, open_qty
from app.views.screens.picking_short import ShortPickDialog
from app.views.screens.station_widgets import big, fill, table
from app.views.support import formatting as fmt
from app.views.support import open_document
from app.views.support.feedback import ScanFeedback
from app.views.support.runner import FAILED, run
from app.views.support.scanning import Refused, attempt
from app.views.support.wedge import attach_wedge


class PickingScreen(Screen):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.orders: list[OrderToPick] = []
        self.lists: list[PickListRow] = []
        self.short_dialog: ShortPickDialog | None = None
        self.scan_view = PickScanView(ctx)
        self.scan_view.back.connect(self.show_lists)
        self.scan_view.short_requested.connect(self.open_short_pick)
        self.scan = self.scan_view.scan  # one scan field; what a scan means depends on the page
        self.scan.scanned.connect(self._scanned)
        self.stack = QStackedWidget()
        self.stack.addWidget(self._lists_page())
        self.stack.addWidget(self.scan_view)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)
        self.wedge = attach_wedge(self, self.scan)

    def _lists_page(self) -> QWidget:
        page = QWidget()
        self.message = big(QLabel(self.tr("Scan a pick list's barcode to start picking it, "
                                          "or an order number to pick that order.")),
                            1.1, bold=False)
        self.message.setObjectName("pickListsMessage")
        self.message.setContentsMargins(8, 4, 8, 4)
        self.list_feedback = ScanFeedback(self.message)

        self.orders_table = table("ordersToPick", [
            self.tr("Order"), self.tr("Customer"), self.tr("Promised"), self.tr("Units"),
            self.tr("Lines")], multi=True)
        self.orders_table.itemSelectionChanged.connect(self._selection_changed)
        self.orders_table.activated.connect(lambda _index: self.create_list())
        self.create_button = QPushButton(self.tr("&Create pick list (Ctrl+N)"))
        self.create_button.setObjectName("createPickList")
        self.create_button.clicked.connect(self.create_list)

        self.lists_table = table("pickLists", [
            self.tr("Pick list"), self.tr("Kind"), self.tr("Orders"), self.tr("Done"),
            self.tr("Picker"), self.tr("Created")])
        self.lists_table.activated.connect(lambda _index: self.start_selected())
        self.start_button = QPushButton(self.tr("&Start picking (F9)"))
        self.start_button.setObjectName("startPicking")
        self.start_button.clicked.connect(self.start_selected)
        self.print_button = QPushButton(self.tr("&Print pick list (Ctrl+P)"))
        self.print_button.setObjectName("printPickList")
        self.print_button.clicked.connect(self.print_selected)
        # Button texts carry Alt mnemonics (setText would replace a shortcut set on them).
        for keys, slot in (("F9", self.start_selected), ("Ctrl+N", self.create_list),
                           ("Ctrl+P", self.print_selected)):
            shortcut = QShortcut(QKeySequence(keys), page)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.addWidget(big(QLabel(self.tr("Orders waiting for a pick list")), 1.1))
        left_layout.addWidget(self.orders_table)
        left_buttons = QHBoxLayout()
        left_buttons.addStretch(1)
        left_buttons.addWidget(self.create_button)
        left_layout.addLayout(left_buttons)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.addWidget(big(QLabel(self.tr("Open pick lists")), 1.1))
        right_layout.addWidget(self.lists_table)
        right_buttons = QHBoxLayout()
        right_buttons.addStretch(1)
        right_buttons.addWidget(self.print_button)
        right_buttons.addWidget(self.start_button)
        right_layout.addLayout(right_buttons)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setSizes([500, 600])

        layout = QVBoxLayout(page)
        layout.addWidget(self.message)
        layout.addWidget(splitter, 1)
        return page

    # -- Screen ------------------------------------------------------------------------------

    def refresh(self) -> None:
        if self.stack.currentIndex() == 1:
            return  # mid-pick: the scan view keeps its own state
        orders = run(self, picking_queries.list_orders_to_pick, self.ctx.uow(write=False))
        lists = run(self, picking_queries.list_open_pick_lists, self.ctx.uow(write=False))
        if orders is FAILED or lists is FAILED:
            return
        self.orders, self.lists = orders, lists
        fill(self.orders_table, [
            (o.number, o.customer_name, fmt.short_day(o.promised_date), fmt.number(o.units),
             fmt.number(o.lines)) for o in orders], [o.id for o in orders], right_from=3)
        fill(self.lists_table, [
            (x.number, self.tr("Wave") if x.is_wave else self.tr("Order"), x.orders,
             f"{fmt.number(x.units_done)} / {fmt.number(x.units_to_pick)}", x.picker_name,
             fmt.moment(x.created_at)) for x in lists], [x.id for x in lists], right_from=3)
        self.orders_table.horizontalHeader().setSectionResizeMode(
            1, QHeaderView.ResizeMode.Stretch)
        self.lists_table.horizontalHeader().setSectionResizeMode(
            2, QHeaderView.ResizeMode.Stretch)
        self._selection_changed()

    def focus_first(self) -> None:
        if self.stack.currentIndex() == 1:
            self.scan.setFocus()
        elif self.lists_table.rowCount():
            self.lists_table.setFocus()
            if not self.lists_table.selectedItems():
                self.lists_table.selectRow(0)
        else:
            self.orders_table.setFocus()

    # -- lists page --------------------------------------------------------------------------

    def selected_orders(self) -> list[uuid.UUID]:
        rows = sorted({index.row() for index in self.orders_table.selectedIndexes()})
        return [self.orders[row].id for row in rows]

    def _selection_changed(self) -> None:
        count = len(self.selected_orders())
        self.create_button.setEnabled(count > 0)
        self.create_button.setText(self.tr("&Create wave of {0} orders (Ctrl+N)").format(count)
                                   if count > 1 else self.tr("&Create pick list (Ctrl+N)"))

    def _selected_list(self) -> PickListRow | None:
        rows = self.lists_table.selectionModel().selectedRows()
        return self.lists[rows[0].row()] if rows else None

    def create_list(self) -> None:
        order_ids = self.selected_orders()
        if not order_ids:
            return
        new_id = run(self, picking.create_pick_list, self.ctx.uow(), self.ctx.actor, order_ids)
        if new_id is FAILED:
            return
        self.refresh()
        for row, pick_list in enumerate(self.lists):
            if pick_list.id == new_id:
                self.lists_table.selectRow(row)
                self.lists_table.setFocus()
                self._say(True, self.tr("Pick list {0} created: Ctrl+P prints it, Enter "
                                        "starts picking.").format(pick_list.number))

    def start_selected(self) -> None:
        pick_list = self._selected_list()
        if pick_list is not None:
            self.start(pick_list.id)

    def print_selected(self) -> None:
        pick_list = self._selected_list()
        if pick_list is None:
            return
        data = run(self, documents.pick_list_pdf, self.ctx.uow(write=False), pick_list.id)
        if data is FAILED:
            return
        path = open_document.open_pdf(data, pick_list.number)
        self._say(True, self.tr("Saved and opened {0}").format(str(path)))

    def _say(self, right: bool, text: str) -> None:
        self.message.setText(text)
        if right:
            self.list_feedback.right()
        else:
            self.list_feedback.wrong()

    def start(self, pick_list_id: uuid.UUID) -> bool:
        """Claims the list for this picker and switches to scan mode."""
        claimed = attempt(self, picking.claim_pick_list, self.ctx.uow(), self.ctx.actor,
                          pick_list_id)
        if isinstance(claimed, Refused):
            self._say(False, claimed.message)
            return False
        if claimed is FAILED:
            return False
        detail = run(self, picking.get_pick_list, self.ctx.uow(write=False), pick_list_id)
        if detail is FAILED:
            return False
        self.scan_view.load(detail)
        self.stack.setCurrentIndex(1)
        self.scan.setFocus()
        return True

    def show_lists(self) -> None:
        self.stack.setCurrentIndex(0)
        self.refresh()
        self.focus_first()

    def _scanned(self, code: str) -> None:
        if self.stack.currentIndex() == 1:
            self.scan_view.on_scan(code)
            return
        for pick_list in self.lists:
            if pick_list.number.casefold() == code.casefold():
                self.start(pick_list.id)
                return
        for order in self.orders:  # an order's number: its own pick list, at once
            if order.number.casefold() == code.casefold():
                new_id = attempt(self, picking.create_pick_list, self.ctx.uow(),
                                 self.ctx.actor, [order.id])
                if isinstance(new_id, Refused):
                    self._say(False, new_id.message)
                elif new_id is not FAILED:
                    self.refresh()
                    self.start(new_id)  # type: ignore[arg-type]
                return
        self._say(False, self.tr("{0} is neither an open pick list nor an order to pick.")
                  .format(code))

    # -- short pick --------------------------------------------------------------------------

    def open_short_pick(self) -> None:
        line = self.scan_view.current()
        if line is None or self.stack.currentIndex() != 1:
            return
        dialog = ShortPickDialog(line, open_qty(line), self)
        dialog.accepted.connect(lambda: self._report_short(dialog))
        dialog.finished.connect(lambda _r: self.scan.setFocus())
        self.short_dialog = dialog
        dialog.open()  # window-modal but not blocking: tests and the event loop go on

    def _report_short(self, dialog: ShortPickDialog) -> None:
        quantity = dialog.missing()
        if quantity <= Decimal(0):
            return
        done = run(self, picking.record_short_pick, self.ctx.uow(), self.ctx.actor,
                   dialog.line.id, quantity, dialog.reason_text(),
                   cancel_rest=dialog.cancel_rest.isChecked())
        if done is FAILED:
            return
        self.scan_view.line_shorted(dialog.line.id, quantity)
