"""TO ALLOCATE: confirmed orders waiting for stock, highest customer tier first. Allocate the
selected order, or everything waiting (product by product, tier A first); then decide what
happens to each line still short: back-order, a new date, a substitute, or production.
"""

from __future__ import annotations

import uuid
from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app.services import allocation, allocation_queries, products
from app.services.allocation_queries import ShortDecision
from app.views.context import AppContext
from app.views.itemmodels.cells import WRONG, CellsModel, Row
from app.views.screens.base import Screen
from app.views.support.field_errors import FieldErrors, error_label
from app.views.support.formatting import number, short_day
from app.views.support.labels import order_state
from app.views.support.runner import FAILED, run
from app.views.support.station import (
    enlarge,
    heading,
    message_label,
    select_first,
    subheading,
    table,
)

DECISIONS = {
    ShortDecision.BACKORDER: QT_TRANSLATE_NOOP("ShortDecision", "Back-order"),
    ShortDecision.NEW_DATE: QT_TRANSLATE_NOOP("ShortDecision", "New promised date"),
    ShortDecision.SUBSTITUTE: QT_TRANSLATE_NOOP("ShortDecision", "Substitute product"),
    ShortDecision.PRODUCTION: QT_TRANSLATE_NOOP("ShortDecision", "Produce"),
}


def decision_label(decision: ShortDecision | None) -> str:
    return "" if decision is None else QCoreApplication.translate("ShortDecision",
                                                                  DECISIONS[decision])


class AllocationScreen(Screen):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.setObjectName("allocationScreen")
        enlarge(self)
        self.errors = FieldErrors()
        self.order_id: uuid.UUID | None = None
        self._build()
        self.refresh()

    def _build(self) -> None:
        self.allocate_button = QPushButton(self.tr("&Allocate order (Ctrl+Enter)"))
        self.allocate_button.setObjectName("allocateButton")
        self.allocate_button.clicked.connect(self.allocate_selected)
        self.all_button = QPushButton(self.tr("Allocate all &waiting by tier (Ctrl+Shift+A)"))
        self.all_button.setObjectName("allocateAllButton")
        self.all_button.clicked.connect(self.allocate_all)
        QShortcut(QKeySequence("Ctrl+Return"), self, self.allocate_selected)
        QShortcut(QKeySequence("Ctrl+Shift+A"), self, self.allocate_all)

        self.waiting = CellsModel([self.tr("Order"), self.tr("Customer"), self.tr("Tier"),
                                   self.tr("Promised"), self.tr("State"),
                                   self.tr("Short lines"), self.tr("Short units")],
                                  numeric=(5, 6), parent=self)
        self.waiting_view = table(self.waiting, "waitingTable")
        self.waiting_view.selectionModel().currentRowChanged.connect(self._order_chosen)
        self.waiting_view.activated.connect(lambda _index: self.allocate_selected())

        self.lines = CellsModel([self.tr("Line"), self.tr("SKU"), self.tr("Product"),
                                 self.tr("Short"), self.tr("Free now"), self.tr("Decision"),
                                 self.tr("Production order")], numeric=(0, 3, 4), parent=self)
        self.lines_view = table(self.lines, "shortLinesTable", stretch=2)
        self.lines_title = subheading("", "shortLinesTitle")
        self.message = message_label("allocationMessage")

        self.decision = QComboBox()
        self.decision.setObjectName("decisionCombo")
        for value, text in DECISIONS.items():
            # Stored as the plain value: Qt hands a str subclass back as a plain str.
            self.decision.addItem(QCoreApplication.translate("ShortDecision", text), value.value)
        self.decision.currentIndexChanged.connect(self._decision_changed)
        self.new_date = QDateEdit()
        self.new_date.setObjectName("newDate")
        self.new_date.setCalendarPopup(True)
        self.new_date.setDisplayFormat("yyyy-MM-dd")
        self.new_date.setDate(QDate.currentDate().addDays(7))
        self.substitute = QLineEdit()
        self.substitute.setObjectName("substituteCode")
        self.substitute.setPlaceholderText(self.tr("Scan or type the substitute's SKU"))
        self.resolve_button = QPushButton(self.tr("&Resolve line (Ctrl+R)"))
        self.resolve_button.setObjectName("resolveButton")
        self.resolve_button.clicked.connect(self.resolve)
        QShortcut(QKeySequence("Ctrl+R"), self, self.resolve)
        date_error, sub_error = error_label("newDateError"), error_label("substituteError")
        self.errors.add("new_date", self.new_date, date_error)
        self.errors.add("substitute", self.substitute, sub_error)

        box = QGroupBox(self.tr("What happens to the selected short line"))
        grid = QGridLayout(box)
        grid.addWidget(QLabel(self.tr("Decision:")), 0, 0)
        grid.addWidget(self.decision, 0, 1)
        self.date_label = QLabel(self.tr("Date:"))
        grid.addWidget(self.date_label, 0, 2)
        grid.addWidget(self.new_date, 0, 3)
        grid.addWidget(date_error, 1, 3)
        grid.addWidget(QLabel(self.tr("Substitute:")), 2, 0)
        grid.addWidget(self.substitute, 2, 1, 1, 3)
        grid.addWidget(sub_error, 3, 1, 1, 3)
        grid.addWidget(self.resolve_button, 4, 3)
        grid.setColumnStretch(1, 1)
        grid.setRowStretch(5, 1)
        self._decision_changed()

        top = QHBoxLayout()
        top.addWidget(heading(self.tr("To allocate")))
        top.addStretch(1)
        top.addWidget(self.allocate_button)
        top.addWidget(self.all_button)
        lower = QWidget()
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.addWidget(self.lines_title)
        row = QHBoxLayout()
        row.addWidget(self.lines_view, 3)
        row.addWidget(box, 2)
        lower_layout.addLayout(row)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.waiting_view)
        split.addWidget(lower)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.message)
        layout.addWidget(split, 1)

    def _decision(self) -> ShortDecision:
        return ShortDecision(self.decision.currentData())

    def _decision_changed(self) -> None:
        value = self._decision()
        self.new_date.setEnabled(value in (ShortDecision.NEW_DATE, ShortDecision.PRODUCTION))
        self.substitute.setEnabled(value is ShortDecision.SUBSTITUTE)
        self.date_label.setText(self.tr("Due:") if value is ShortDecision.PRODUCTION
                                else self.tr("Date:"))

    # ---- loading -----------------------------------------------------------------------------

    def refresh(self) -> None:
        rows = run(self, allocation_queries.list_waiting_orders, self.ctx.uow(write=False))
        if rows is FAILED:
            return
        self.waiting.set_rows([
            Row((o.number, o.customer_name, o.tier.value, short_day(o.promised_date),
                 order_state(o.state.value), str(o.short_lines), number(o.short_units)),
                payload=o, bold=o.tier.value == "A") for o in rows])
        ids = [o.id for o in rows]
        if self.order_id in ids:
            self.waiting_view.selectRow(ids.index(self.order_id))
        else:
            self.order_id = None
            select_first(self.waiting_view)
        self.load_lines()

    def focus_first(self) -> None:
        self.waiting_view.setFocus()

    def _order_chosen(self, *_args: object) -> None:
        index = self.waiting_view.currentIndex()
        self.order_id = self.waiting.row_at(index.row()).payload.id if index.isValid() else None
        self.load_lines()

    def load_lines(self) -> None:
        if self.order_id is None:
            self.lines.set_rows([])
            self.lines_title.setText(self.tr("No order waiting for stock."))
            return
        lines = run(self, allocation_queries.list_short_lines, self.ctx.uow(write=False),
                    self.order_id)
        if lines is FAILED:
            return
        number_ = next((o.number for o in self.waiting.payloads() if o.id == self.order_id), "")
        self.lines_title.setText(self.tr("Short lines of {0}").replace("{0}", number_))
        self.lines.set_rows([
            Row((str(s.line_no), s.sku, s.name, number(s.short), number(s.available),
                 decision_label(s.decision), s.production_number or ""), payload=s,
                colour=None if s.decision else WRONG) for s in lines])
        select_first(self.lines_view)

    def _selected_line(self) -> allocation_queries.ShortLine | None:
        index = self.lines_view.currentIndex()
        return self.lines.row_at(index.row()).payload if index.isValid() else None

    # ---- actions -----------------------------------------------------------------------------

    def allocate_selected(self) -> None:
        if self.order_id is None:
            return
        result = run(self, allocation.allocate_order, self.ctx.uow(), self.ctx.actor,
                     self.order_id)
        if result is FAILED:
            return
        short = sum(line.short for line in result.lines)
        if result.complete:
            text = self.tr("{0} is fully allocated.").replace("{0}", result.number)
        else:
            text = self.tr("{0}: {1} units still short; decide below what happens to them.") \
                .replace("{0}", result.number).replace("{1}", number(short))
        self.message.setText(text)
        self.refresh()

    def allocate_all(self) -> None:
        result = run(self, allocation_queries.allocate_all_waiting, self.ctx.uow(),
                     self.ctx.actor)
        if result is FAILED:
            return
        self.message.setText(self.tr("{0} orders received stock ({1} products shared out, "
                                     "tier A first).").replace("{0}", str(result.orders_served))
                             .replace("{1}", str(result.products)))
        self.refresh()

    def resolve(self) -> None:
        line = self._selected_line()
        if line is None:
            return
        decision = self._decision()
        picked = self.new_date.date()
        when = date(picked.year(), picked.month(), picked.day())
        substitute_id = None
        self.errors.clear()
        if decision is ShortDecision.SUBSTITUTE:
            found = run(self, products.find_product_by_code, self.ctx.uow(write=False),
                        self.substitute.text(), quiet=True)
            if found is FAILED:
                self.errors.show("substitute", self.tr("No product has the code {0}.")
                                 .replace("{0}", self.substitute.text()))
                return
            substitute_id = found.id
        result = run(self, allocation.resolve_short_line, self.ctx.uow(), self.ctx.actor,
                     line.line_id, decision, fields=self.errors,
                     new_date=when if decision in (ShortDecision.NEW_DATE,
                                                   ShortDecision.PRODUCTION) else None,
                     substitute_product_id=substitute_id)
        if result is FAILED:
            return
        self.message.setText(self.tr("Line {0} of {1}: {2}.").replace("{0}", str(line.line_no))
                             .replace("{1}", line.sku)
                             .replace("{2}", decision_label(decision)))
        self.substitute.clear()
        self.refresh()
