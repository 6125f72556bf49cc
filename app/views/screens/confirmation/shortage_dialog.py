"""What to do about a short line: back-order the rest, promise a new date, substitute another
product, or have it produced. The choice goes to allocation.resolve_short_line."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from app.services import allocation, products
from app.services.allocation import ShortDecision
from app.services.order_review import ReviewLine
from app.services.products import ProductRow
from app.views.context import AppContext
from app.views.screens.order_entry.search_box import SearchBox
from app.views.support.field_errors import FieldErrors, error_label
from app.views.support.formatting import number, short_day
from app.views.support.runner import FAILED, run


class ShortageDialog(QDialog):
    """Opened with open() (not exec) so the desk stays responsive; `resolved` when saved."""

    resolved = Signal()

    def __init__(self, ctx: AppContext, line: ReviewLine, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.line = line
        self.substitute: ProductRow | None = None
        self.setObjectName("shortageDialog")
        self.setWindowTitle(self.tr("Short line"))
        self.errors = FieldErrors()
        what = QLabel(self.tr("Line {0} · {1} {2}: {3} wanted, {4} available — {5} short.")
                      .replace("{0}", str(line.line_no)).replace("{1}", line.sku)
                      .replace("{2}", line.name).replace("{3}", number(line.wanted))
                      .replace("{4}", number(line.available)).replace("{5}", number(line.short)))
        what.setWordWrap(True)
        what.setStyleSheet("font-weight: bold;")
        coming = QLabel()
        if line.expected_qty > 0:
            coming.setText(self.tr("{0} coming from production{1}.")
                           .replace("{0}", number(line.expected_qty))
                           .replace("{1}", "" if line.expected_date is None else
                                    " " + self.tr("by {0}").replace(
                                        "{0}", short_day(line.expected_date))))
        self.backorder = QRadioButton(self.tr("&Back-order: ship what is there, the rest later"))
        self.new_date = QRadioButton(self.tr("&New promised date"))
        self.substitute_choice = QRadioButton(self.tr("&Substitute another product"))
        self.production = QRadioButton(self.tr("&Production order, due"))
        for button, name in ((self.backorder, "backorderChoice"), (self.new_date, "newDateChoice"),
                             (self.substitute_choice, "substituteChoice"),
                             (self.production, "productionChoice")):
            button.setObjectName(name)
        self.group = QButtonGroup(self)
        for button in (self.backorder, self.new_date, self.substitute_choice, self.production):
            self.group.addButton(button)
        self.backorder.setChecked(True)
        self.date_field = QDateEdit(QDate(line.expected_date or date.today() + timedelta(days=7)))
        self.date_field.setObjectName("newDateField")
        self.date_field.setCalendarPopup(True)
        self.date_field.setDisplayFormat("yyyy-MM-dd")
        self.date_field.dateChanged.connect(lambda _d: self._choose_with_date())
        self.substitute_field = SearchBox(self._search, preselect=True, min_chars=2)
        self.substitute_field.setObjectName("substituteField")
        self.substitute_field.setPlaceholderText(self.tr("SKU or name of the substitute…"))
        self.substitute_field.picked.connect(self._substitute_picked)
        self.substitute_field.textEdited.connect(
            lambda _t: self.substitute_choice.setChecked(True))
        date_error, substitute_error = error_label("newDateError"), error_label("substituteError")
        production_error = error_label("productionError")
        self.errors.add("new_date", self.date_field, date_error)
        self.errors.add("substitute", self.substitute_field, substitute_error)
        self.errors.add("product", self.production, production_error)
        self.errors.add("supplier", self.production, production_error)
        grid = QGridLayout()
        grid.addWidget(self.backorder, 0, 0, 1, 2)
        grid.addWidget(self.new_date, 1, 0)
        grid.addWidget(self.date_field, 1, 1)
        grid.addWidget(date_error, 2, 1)
        grid.addWidget(self.substitute_choice, 3, 0)
        grid.addWidget(self.substitute_field, 3, 1)
        grid.addWidget(substitute_error, 4, 1)
        grid.addWidget(self.production, 5, 0)
        grid.addWidget(production_error, 6, 0, 1, 2)
        hint = QLabel(self.tr("The production order is due on the date above."))
        hint.setStyleSheet("color: palette(placeholder-text);")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setObjectName("resolveButton")
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(what)
        layout.addWidget(coming)
        layout.addLayout(grid)
        layout.addWidget(hint)
        layout.addWidget(buttons)
        self.resize(560, self.sizeHint().height())

    def _choose_with_date(self) -> None:
        if not self.production.isChecked():
            self.new_date.setChecked(True)

    def _search(self, text: str) -> list[tuple[str, ProductRow]]:
        found = run(self, products.search_products, self.ctx.uow(write=False), text, 12)
        if found is FAILED:
            return []
        return [(f"{p.sku} · {p.name}", p) for p in found if p.id != self.line.product_id]

    def _substitute_picked(self, product: ProductRow) -> None:
        self.substitute = product
        self.substitute_field.setText(f"{product.sku} · {product.name}")
        self.substitute_choice.setChecked(True)

    def decision(self) -> ShortDecision:
        if self.new_date.isChecked():
            return ShortDecision.NEW_DATE
        if self.substitute_choice.isChecked():
            return ShortDecision.SUBSTITUTE
        if self.production.isChecked():
            return ShortDecision.PRODUCTION
        return ShortDecision.BACKORDER

    def save(self) -> None:
        decision = self.decision()
        when: date | None = self.date_field.date().toPython()  # type: ignore[assignment]
        result = run(self, allocation.resolve_short_line, self.ctx.uow(), self.ctx.actor,
                     self.line.line_id, decision,
                     new_date=when if decision in (ShortDecision.NEW_DATE,
                                                   ShortDecision.PRODUCTION) else None,
                     substitute_product_id=self.substitute.id if self.substitute else None,
                     fields=self.errors)
        if result is FAILED:
            return
        self.resolved.emit()
        self.accept()

    def keyPressEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        # Enter in the substitute search picks a product; it must not also close the dialog.
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and \
                self.substitute_field.hasFocus():
            return
        super().keyPressEvent(event)

