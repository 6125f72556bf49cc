"""Scan mode of the picking screen: one task at a time, big enough to read from the shelf.

It shows the next bin and item; the picker scans the bin (optional, confirms the place), the
item (and the lot where the product is lot-tracked). Every scan answers at once: green and a
tone for right, red and a buzz for wrong (unknown code, wrong item, surplus; the service
refuses them and nothing changes). F2 reports a short pick, Esc goes back to the lists.
"""

from __future__ import annotations

import uuid
from dataclasses import replace
from decimal import Decimal

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.services import picking
from app.services.picking import PickLineRow, PickListDetail, PickResult
from app.views.context import AppContext
from app.views.screens.station_widgets import big
from app.views.support import formatting as fmt
from app.views.support.feedback import ScanFeedback
from app.views.support.scan_field import ScanField
from app.views.support.scanning import Refused, attempt

DONE_COLOUR = QColor("#1b6e20")
SHORT_COLOUR = QColor("#8a5300")
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


def open_qty(line: PickLineRow) -> Decimal:
    return line.qty_to_pick - line.qty_picked - line.qty_short


class PickScanView(QWidget):
    back = Signal()
    short_requested = Signal()
    finished = Signal()  # the whole list is picked or reported short

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.detail: PickListDetail | None = None
        self.lines: list[PickLineRow] = []
        self._rows: dict[uuid.UUID, int] = {}
        self.bin_confirmed = False
        self.awaiting_lot: str = ""  # the item code waiting for its lot scan
        self._build()

    # -- layout ------------------------------------------------------------------------------

    def _build(self) -> None:
        self.title = big(QLabel(), 1.3)
        self.title.setObjectName("pickTitle")
        self.progress = big(QLabel(), 1.3)
        self.progress.setObjectName("pickProgress")
        self.progress.setAlignment(RIGHT)
        keys = QLabel(self.tr("F2 short pick · F3 quantity · Esc back to the lists"))
        keys.setObjectName("pickKeys")
        top = QHBoxLayout()
        top.addWidget(self.title)
        top.addStretch(1)
        top.addWidget(keys)
        top.addSpacing(24)
        top.addWidget(self.progress)

        self.panel = QFrame()
        self.panel.setObjectName("pickPanel")
        self.panel.setFrameShape(QFrame.Shape.StyledPanel)
        self.bin_caption = big(QLabel(self.tr("Bin")), 1.2, bold=False)
        self.bin = big(QLabel(), 5.0)
        self.bin.setObjectName("pickBin")
        self.item = big(QLabel(), 2.4)
        self.item.setObjectName("pickItem")
        self.item.setWordWrap(True)
        self.quantity = big(QLabel(), 3.0)
        self.quantity.setObjectName("pickQuantity")
        self.order = big(QLabel(), 1.4, bold=False)
        self.order.setObjectName("pickOrder")
        self.prompt = big(QLabel(), 1.5)
        self.prompt.setObjectName("pickPrompt")
        self.message = big(QLabel(), 1.5)
        self.message.setObjectName("pickMessage")
        self.message.setWordWrap(True)
        panel = QVBoxLayout(self.panel)
        panel.setContentsMargins(24, 16, 24, 16)
        where = QHBoxLayout()
        column = QVBoxLayout()
        column.addWidget(self.bin_caption)
        column.addWidget(self.bin)
        where.addLayout(column)
        where.addSpacing(32)
        what = QVBoxLayout()
        what.addWidget(self.item)
        what.addWidget(self.quantity)
        what.addWidget(self.order)
        where.addLayout(what, 1)
        panel.addLayout(where)
        panel.addSpacing(12)
        panel.addWidget(self.prompt)
        panel.addWidget(self.message)
        panel.addStretch(1)
        self.feedback = ScanFeedback(self.panel)

        self.scan = ScanField()
        self.scan.setObjectName("pickScan")
        self.scan.setPlaceholderText(self.tr("Scan the bin, the item or the lot"))
        self.count = QSpinBox()
        self.count.setObjectName("pickCount")
        self.count.setRange(1, 9999)
        self.count.setPrefix(self.tr("× "))
        self.count.setToolTip(self.tr("Units per scan (F3); back to 1 after each pick"))
        scan_row = QHBoxLayout()
        scan_row.addWidget(self.scan, 1)
        scan_row.addWidget(self.count)

        self.table = QTableWidget(0, 7)
        self.table.setObjectName("pickLines")
        self.table.setHorizontalHeaderLabels(
            [self.tr("Bin"), self.tr("SKU"), self.tr("Item"), self.tr("Order"),
             self.tr("To pick"), self.tr("Picked"), self.tr("Short")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        # The selected row is the line shown above (moved by the screen, never by clicks).
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the scan field keeps the keys
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.panel, 3)
        layout.addLayout(scan_row)
        layout.addWidget(self.table, 2)

        for key, slot in ((Qt.Key.Key_F2, self.short_requested.emit),
                          (Qt.Key.Key_F3, self._focus_count),
                          (Qt.Key.Key_Escape, self.back.emit)):
            shortcut = QShortcut(QKeySequence(key), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)

    def _focus_count(self) -> None:
        self.count.setFocus()
        self.count.selectAll()

    # -- loading -----------------------------------------------------------------------------

    def load(self, detail: PickListDetail) -> None:
        self.detail = detail
        self.lines = list(detail.lines)
        self.awaiting_lot = ""
        self.bin_confirmed = False
        self.feedback.clear()
        self.message.clear()
        kind = self.tr("Wave") if detail.is_wave else self.tr("Pick list")
        self.title.setText(f"{kind} {detail.number}")
        self.table.setRowCount(len(self.lines))
        self._rows = {line.id: row for row, line in enumerate(self.lines)}
        for row, line in enumerate(self.lines):
            self._fill_row(row, line)
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self._show_current()
        self.scan.setFocus()

    def _fill_row(self, row: int, line: PickLineRow) -> None:
        values = (line.bin_location, line.sku, line.name, line.order_number,
                  fmt.number(line.qty_to_pick), fmt.number(line.qty_picked),
                  fmt.number(line.qty_short) if line.qty_short else "")
        done = open_qty(line) <= 0
        colour = (SHORT_COLOUR if line.qty_short else DONE_COLOUR) if done else None
        for column, text in enumerate(values):
            item = self.table.item(row, column)
            if item is None:
                item = QTableWidgetItem()
                if column >= 4:
                    item.setTextAlignment(RIGHT)
                self.table.setItem(row, column, item)
            item.setText(text)
            item.setForeground(QBrush(colour) if colour else QBrush())

    def current(self) -> PickLineRow | None:
        """The next line to pick along the walk."""
        return next((line for line in self.lines if open_qty(line) > 0), None)

    def _show_current(self) -> None:
        line = self.current()
        total = sum((x.qty_to_pick for x in self.lines), Decimal(0))
        done = sum((x.qty_picked + x.qty_short for x in self.lines), Decimal(0))
        self.progress.setText(self.tr("{0} of {1} units").format(fmt.number(done),
                                                                  fmt.number(total)))
        if line is None:
            self.table.clearSelection()
            self.bin.setText("✓")
            self.item.setText(self.tr("Everything on this list is picked."))
            self.quantity.clear()
            self.order.clear()
            self.prompt.setText(self.tr("Esc: back to the lists"))
            return
        row = self._rows[line.id]
        if self.table.currentRow() != row:
            self.table.selectRow(row)
            self.table.scrollToItem(self.table.item(row, 0))
        self.bin.setText(line.bin_location or "—")
        self.item.setText(f"{line.sku}  {line.name}")
        self.quantity.setText(self.tr("Pick {0}").format(fmt.number(open_qty(line)))
                              + (self.tr("  (lot-tracked)") if line.lot_tracked else ""))
        self.order.setText(self.tr("For order {0}").format(line.order_number))
        if self.awaiting_lot:
            self.prompt.setText(self.tr("Scan the lot number"))
        elif self.bin_confirmed:
            self.prompt.setText(self.tr("Bin confirmed: scan the item"))
        else:
            self.prompt.setText(self.tr("Scan the bin or the item"))

    # -- scanning ----------------------------------------------------------------------------

    def on_scan(self, code: str) -> None:
        if self.detail is None:
            return
        if self.awaiting_lot:
            item, self.awaiting_lot = self.awaiting_lot, ""
            self._confirm(item, code)
            return
        line = self.current()
        known = self._line_for_code(code)
        if known is None and line is not None and code.casefold() == line.bin_location.casefold():
            self.bin_confirmed = True
            self._right(self.tr("Bin {0} ✓").format(line.bin_location))
            return
        if known is None and any(code.casefold() == x.bin_location.casefold()
                                 for x in self.lines if x.bin_location):
            where = line.bin_location if line else ""
            self._wrong(self.tr("Wrong bin {0}: go to {1}.").format(code, where))
            return
        if known is not None and known.lot_tracked and open_qty(known) > 0:
            self.awaiting_lot = code
            self.feedback.right()
            self.message.setText(self.tr("{0}: now scan its lot").format(known.sku))
            self._show_current()
            return
        self._confirm(code, "")

    def _line_for_code(self, code: str) -> PickLineRow | None:
        found = None
        for line in self.lines:
            if code in (line.barcode, line.sku):
                if open_qty(line) > 0:
                    return line
                found = line
        return found

    def _confirm(self, code: str, lot: str) -> None:
        assert self.detail is not None
        result = attempt(self, picking.confirm_pick, self.ctx.uow(), self.ctx.actor,
                         self.detail.id, code, Decimal(self.count.value()), lot)
        self.count.setValue(1)
        if isinstance(result, Refused):
            self._wrong(result.message)
            return
        if isinstance(result, PickResult):
            self._picked(result)

    def _picked(self, result: PickResult) -> None:
        row = self._rows[result.pick_list_line_id]
        line = replace(self.lines[row], qty_picked=self.lines[row].qty_picked + result.picked)
        self.lines[row] = line
        self._fill_row(row, line)
        self.bin_confirmed = False
        text = self.tr("{0} ✓ picked {1}").format(result.sku, fmt.number(result.picked))
        if result.remaining > 0:
            text += self.tr(", {0} more here").format(fmt.number(result.remaining))
        self._right(text)
        if result.list_done:
            self.message.setText(self.tr("Pick list {0} is complete.").format(
                self.detail.number if self.detail else ""))
            self.finished.emit()

    def line_shorted(self, line_id: uuid.UUID, quantity: Decimal) -> None:
        """After the short-pick dialog: the line's missing units are reported."""
        row = self._rows[line_id]
        line = replace(self.lines[row], qty_short=self.lines[row].qty_short + quantity)
        self.lines[row] = line
        self._fill_row(row, line)
        self.awaiting_lot = ""
        self._right(self.tr("{0}: {1} reported short").format(line.sku, fmt.number(quantity)))
        if self.current() is None:
            self.finished.emit()

    def _right(self, text: str) -> None:
        self.feedback.right()
        self.message.setText(text)
        self._show_current()

    def _wrong(self, text: str) -> None:
        self.feedback.wrong()
        self.message.setText(text)
        self._show_current()
        self.scan.setFocus()
