"""Lines of the order: scan or type a code (or search by name) and Enter adds the line; the
table is edited in place, Delete removes a line, totals follow every keystroke."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QApplication,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.services import products
from app.services.availability import check_availability
from app.services.errors import NotFoundError
from app.services.products import ProductRow
from app.views.context import AppContext
from app.views.screens.order_entry.lines_model import DISCOUNT, PRICE, QTY, EntryLine, LinesModel
from app.views.screens.order_entry.live_delegate import LiveDelegate
from app.views.screens.order_entry.search_box import SearchBox
from app.views.support.field_errors import FieldErrors, error_label
from app.views.support.formatting import money, parse_number
from app.views.support.i18n import service_message
from app.views.support.runner import FAILED, run

ZERO = Decimal(0)


class LineEditor(QWidget):
    totals_changed = Signal()

    def __init__(self, ctx: AppContext, currency: str, errors: FieldErrors,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.currency = currency
        self.product_field = SearchBox(self._search, preselect=False, min_chars=2)
        self.product_field.setObjectName("productField")
        self.product_field.setPlaceholderText(
            self.tr("Scan or type a SKU or barcode, or search by name or specification…"))
        self.product_field.picked.connect(self.add_product)
        self.product_field.entered.connect(self._code_entered)
        self.qty_field = QLineEdit("1")
        self.qty_field.setObjectName("entryQtyField")
        self.qty_field.setFixedWidth(70)
        self.qty_field.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.qty_field.returnPressed.connect(self._code_entered_from_qty)
        self.product_error = error_label("productError")
        self.model = LinesModel(currency, self)
        self.model.edited.connect(self._line_edited)
        self.model.typing.connect(lambda _row: self._update_totals())
        self.model.refused.connect(self._show_line_problem)
        self.table = QTableView()
        self.table.setObjectName("linesTable")
        self.table.setModel(self.model)
        self.table.setItemDelegate(LiveDelegate(self.model, self.table))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.AnyKeyPressed
                                   | QAbstractItemView.EditTrigger.DoubleClicked
                                   | QAbstractItemView.EditTrigger.EditKeyPressed)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setDefaultSectionSize(26)
        self.table.installEventFilter(self)
        self.lines_error = error_label("linesError")
        self.freight = QLineEdit()
        self.freight.setObjectName("freightField")
        self.freight.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.freight.setPlaceholderText("0")
        self.freight.setFixedWidth(110)
        self.freight.textEdited.connect(lambda _t: self._update_totals())
        freight_error = error_label("freightError")
        self.subtotal_label, self.tax_label, self.total_label = QLabel(), QLabel(), QLabel()
        for label, name in ((self.subtotal_label, "subtotalLabel"), (self.tax_label, "taxLabel"),
                            (self.total_label, "totalLabel")):
            label.setObjectName(name)
            label.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.total_label.setStyleSheet("font-size: 15pt; font-weight: bold;")
        for field in ("lines", "quantity", "unit_price", "discount_pct", "product"):
            errors.add(field, self.table, self.lines_error)
        errors.add("sku", self.product_field, self.product_error)
        errors.add("freight", self.freight, freight_error)
        self.errors = errors
        self._layout(freight_error)
        self._update_totals()

    def _layout(self, freight_error: QLabel) -> None:
        add = QPushButton(self.tr("Add"))
        add.setObjectName("addLineButton")
        add.clicked.connect(self._code_entered_from_qty)
        entry = QHBoxLayout()
        entry.addWidget(self.product_field, 1)
        entry.addWidget(QLabel(self.tr("Qty")))
        entry.addWidget(self.qty_field)
        entry.addWidget(add)
        totals = QGridLayout()
        totals.setColumnMinimumWidth(1, 120)
        rows = ((self.tr("Subtotal"), self.subtotal_label), (self.tr("Tax"), self.tax_label),
                (self.tr("Freight"), self.freight), (self.tr("Total"), self.total_label))
        for row, (text, widget) in enumerate(rows):
            label = QLabel(text)
            label.setAlignment(Qt.AlignmentFlag.AlignRight)
            totals.addWidget(label, row, 0)
            totals.addWidget(widget, row, 1, Qt.AlignmentFlag.AlignRight)
        totals.addWidget(freight_error, len(rows), 0, 1, 2)
        below = QHBoxLayout()
        hint = QLabel(self.tr("Enter adds · ↓ chooses a match · Delete removes the line · "
                              "type in Qty, Unit price or Disc. % to change them"))
        hint.setStyleSheet("color: palette(placeholder-text);")
        hint.setWordWrap(True)
        problems = QVBoxLayout()
        problems.addWidget(self.lines_error)
        problems.addWidget(hint)
        problems.addStretch(1)
        below.addLayout(problems, 1)
        below.addLayout(totals)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(entry)
        layout.addWidget(self.product_error)
        layout.addWidget(self.table, 1)
        layout.addLayout(below)

    # -- adding ---------------------------------------------------------------------------
    def _search(self, text: str) -> list[tuple[str, ProductRow]]:
        found = run(self, products.search_products, self.ctx.uow(write=False), text, 12)
        if found is FAILED:
            return []
        return [(f"{row.sku}  ·  {row.name}  ·  {row.specification}  ·  "
                 f"{money(row.list_price, self.currency)}", row) for row in found]

    def _code_entered_from_qty(self) -> None:
        self._code_entered(self.product_field.text().strip())

    def _code_entered(self, code: str) -> None:
        self._product_problem("")
        if not code:
            return
        found = run(self, self._by_code_or_name, code)
        if found is FAILED:
            return
        assert isinstance(found, (ProductRow, str))
        if isinstance(found, ProductRow):
            self.add_product(found)
        else:
            self._product_problem(found)
            self.product_field.selectAll()  # the next scan or key replaces the wrong code

    def _by_code_or_name(self, code: str) -> ProductRow | str:
        """The product, or the message to show at the field (nothing is added then)."""
        try:
            return products.find_product_by_code(self.ctx.uow(write=False), code)
        except NotFoundError as error:
            unknown = service_message(error)
        matches = products.search_products(self.ctx.uow(write=False), code, 2)
        if len(matches) == 1:
            return matches[0]
        if matches:
            self.product_field.search_now()
            return self.tr("Several products match “{0}”: choose one with ↓ and Enter.") \
                .replace("{0}", code)
        return unknown

    def _product_problem(self, message: str) -> None:
        self.product_error.setText(message)
        self.product_error.setVisible(bool(message))
        self.product_field.setStyleSheet("border: 1px solid #b3261e;" if message else "")

    def add_product(self, product: ProductRow) -> None:
        try:
            quantity = parse_number(self.qty_field.text() or "1")
        except ValueError:
            quantity = ZERO
        if quantity <= 0:
            self._product_problem(self.tr("The quantity must be above zero."))
            self.qty_field.setFocus()
            self.qty_field.selectAll()
            return
        self._product_problem("")
        existing = next((row for row, line in enumerate(self.model.lines)
                         if line.product.id == product.id and line.line_id is None), None)
        if existing is not None:  # scanning the same item again counts it up
            self.model.lines[existing].quantity += quantity
            row = existing
        else:
            row = self.model.add(EntryLine(product, quantity, product.list_price))
        self._refresh_availability([row])
        self.product_field.clear()
        self.product_field.close_matches()
        self.qty_field.setText("1")
        self.product_field.setFocus()
        self.table.scrollTo(self.model.index(row, 0))

    # -- editing --------------------------------------------------------------------------
    def _line_edited(self, row: int) -> None:
        self._refresh_availability([row])

    def _refresh_availability(self, rows: list[int]) -> None:
        lines = [self.model.lines[row] for row in rows]
        answers = run(self, check_availability, self.ctx.uow(write=False),
                      [(line.product.id, line.quantity) for line in lines])
        if answers is not FAILED:
            assert isinstance(answers, list)
            for line, answer in zip(lines, answers, strict=True):
                line.availability = answer
        for row in rows:
            self.model.changed(row)
        self._update_totals()

    def _show_line_problem(self, message: str) -> None:
        self.lines_error.setText(message)
        self.lines_error.show()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (watched is self.table and event.type() == QEvent.Type.KeyPress
                and isinstance(event, QKeyEvent) and event.key() == Qt.Key.Key_Delete
                and self.table.state() != QAbstractItemView.State.EditingState):
            self.remove_current()
            return True
        return super().eventFilter(watched, event)

    def finish_editing(self) -> None:
        """Commits a cell still open (Ctrl+S pressed while typing in it) before the checks."""
        editor = QApplication.focusWidget()
        if isinstance(editor, QLineEdit) and editor.objectName() == "cellEditor":
            self.table.commitData(editor)
            self.table.closeEditor(editor, QAbstractItemDelegate.EndEditHint.NoHint)

    def remove_current(self) -> None:
        index = self.table.currentIndex()
        if index.isValid():
            self.model.remove(index.row())
            self._update_totals()

    def freight_value(self) -> Decimal | None:
        """None when what is typed is not a number."""
        try:
            return parse_number(self.freight.text()) if self.freight.text().strip() else ZERO
        except ValueError:
            return None

    def totals(self) -> tuple[Decimal, Decimal, Decimal, Decimal]:
        net, tax = self.model.totals()
        freight = self.freight_value() or ZERO
        return net, tax, freight, net + tax + freight

    def _update_totals(self) -> None:
        net, tax, _freight, total = self.totals()
        self.subtotal_label.setText(money(net, self.currency))
        self.tax_label.setText(money(tax, self.currency))
        self.total_label.setText(money(total, self.currency))
        self.totals_changed.emit()

    def set_lines(self, lines: list[EntryLine], freight: Decimal = ZERO) -> None:
        self.model.set_lines(lines)
        self.freight.setText("" if freight == 0 else str(freight))
        if lines:
            self._refresh_availability(list(range(len(lines))))
        else:
            self._update_totals()

    def problems(self) -> list[str]:
        """What is wrong with the lines, one message each, before anything is saved."""
        messages = []
        if not self.model.lines:
            messages.append(self.tr("Add at least one line to the order."))
        for n, line in enumerate(self.model.lines, start=1):
            line.wrong.clear()
            if line.quantity <= 0:
                line.wrong.add(QTY)
                messages.append(self.tr("Line {0}: the quantity must be above zero.")
                                .replace("{0}", str(n)))
            if line.unit_price < 0:
                line.wrong.add(PRICE)
                messages.append(self.tr("Line {0}: a price cannot be negative.")
                                .replace("{0}", str(n)))
            if not ZERO <= line.discount_pct <= 100:
                line.wrong.add(DISCOUNT)
                messages.append(self.tr("Line {0}: a discount is between 0 and 100 %.")
                                .replace("{0}", str(n)))
            self.model.changed(n - 1)
        return messages

