"""The pre-shipment check of one order: scan what is in the packages, tick the checklist,
choose the carrier and enter the tracking number; a second person signs off when the firm
wants four eyes. The screen (shipping.py) turns what this panel holds into a ShipmentInput."""

from __future__ import annotations

from decimal import Decimal, InvalidOperation

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.services.shipping_queries import ShipDetail
from app.views.support.field_errors import FieldErrors, error_label
from app.views.support.formatting import number

RIGHT = QColor("#1b6e20")
WRONG = QColor("#b3261e")
ZERO = Decimal(0)
# Typed suggestions only: the carrier is free text, the firm's own vans first.
_C = "ShipCheckPanel"
CARRIERS = (
    QT_TRANSLATE_NOOP("ShipCheckPanel", "Own van"),
    QT_TRANSLATE_NOOP("ShipCheckPanel", "Black Cat (T-cat)"),
    QT_TRANSLATE_NOOP("ShipCheckPanel", "HCT Logistics"),
    QT_TRANSLATE_NOOP("ShipCheckPanel", "Kerry TJ"),
    QT_TRANSLATE_NOOP("ShipCheckPanel", "Chunghwa Post"),
    QT_TRANSLATE_NOOP("ShipCheckPanel", "Customer pick-up"),
)
METHODS = (
    QT_TRANSLATE_NOOP("ShipCheckPanel", "Standard"),
    QT_TRANSLATE_NOOP("ShipCheckPanel", "Next day"),
    QT_TRANSLATE_NOOP("ShipCheckPanel", "Same day"),
    QT_TRANSLATE_NOOP("ShipCheckPanel", "Pallet"),
    QT_TRANSLATE_NOOP("ShipCheckPanel", "Pick-up"),
)


def _item(text: str, right: bool = False) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
    if right:
        item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    return item


def _table(name: str, headers: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setObjectName(name)
    table.setHorizontalHeaderLabels(headers)
    table.verticalHeader().hide()
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
    table.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes from scan field to the checklist
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setStretchLastSection(False)
    return table


def _fit(table: QTableWidget, max_rows: int) -> None:
    """As tall as its rows (at most max_rows, then it scrolls): the checklist stays in view."""
    shown = min(table.rowCount(), max_rows)
    rows = (sum(table.rowHeight(r) for r in range(shown))
            or table.verticalHeader().defaultSectionSize())
    table.setFixedHeight(table.horizontalHeader().sizeHint().height() + rows + 4)


def parse_scan(code: str) -> tuple[Decimal, str]:
    """"5*4710000000012" counts five units with one scan (a full carton); else one."""
    count, star, rest = code.partition("*")
    if star and rest.strip():
        try:
            quantity = Decimal(count.strip())
        except InvalidOperation:
            return Decimal(1), code
        if quantity > 0 and quantity == quantity.to_integral_value():
            return quantity, rest.strip()
    return Decimal(1), code


class ShipCheckPanel(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.detail: ShipDetail | None = None
        self.scanned: dict[str, Decimal] = {}  # SKU -> units scanned
        self.packages_seen: set[str] = set()
        self.errors = FieldErrors()

        self.title = QLabel()
        self.title.setObjectName("shipTitle")
        font = QFont(self.title.font())
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        self.title.setFont(font)
        self.address = QLabel()
        self.address.setObjectName("shipAddress")
        self.address.setWordWrap(True)
        self.address.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.special = QLabel()
        self.special.setObjectName("specialRequirements")
        self.special.setWordWrap(True)
        big = QFont(self.special.font())
        big.setPointSizeF(big.pointSizeF() * 1.3)
        big.setBold(True)
        self.special.setFont(big)
        self.special.setStyleSheet("background: #fff4ce; color: #5c3c00; padding: 8px 10px;"
                                   "border: 2px solid #c77700; border-radius: 4px;")
        self.blocked = QLabel()
        self.blocked.setObjectName("shipBlocked")
        self.blocked.setWordWrap(True)
        self.blocked.setStyleSheet("color: #b3261e; font-weight: bold;")

        self.items = _table("itemsTable", [self.tr("SKU"), self.tr("Item"), self.tr("Packed"),
                                           self.tr("Scanned")])
        self.items.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.packages = _table("packagesTable", [self.tr("Package"), self.tr("Weight kg"),
                                                 self.tr("Units"), self.tr("Checked")])
        self.packages.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)

        self.check_items = QCheckBox(self.tr("Items and quantities verified by scan"))
        self.check_items.setObjectName("checkItems")
        # Ticked by the scans, not by hand; it stays enabled so it does not look greyed out.
        self.check_items.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents, True)
        self.check_items.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.check_intact = QCheckBox(self.tr("Packages &intact, sealed and dry"))
        self.check_intact.setObjectName("checkIntact")
        self.check_labels = QCheckBox(self.tr("&Labels and documents attached"))
        self.check_labels.setObjectName("checkLabels")
        self.check_special = QCheckBox(self.tr("Special &requirements met"))
        self.check_special.setObjectName("checkSpecial")
        self.checklist_error = error_label("checklistError")
        checklist = QGroupBox(self.tr("Checklist"))
        box = QVBoxLayout(checklist)
        for widget in (self.check_items, self.check_intact, self.check_labels,
                       self.check_special, self.checklist_error):
            box.addWidget(widget)

        self.carrier = QComboBox()
        self.carrier.setObjectName("carrier")
        self.carrier.setEditable(True)
        self.carrier.addItems([QCoreApplication.translate(_C, c) for c in CARRIERS])
        self.method = QComboBox()
        self.method.setObjectName("method")
        self.method.setEditable(True)
        self.method.addItems([QCoreApplication.translate(_C, m) for m in METHODS])
        self.tracking = QLineEdit()
        self.tracking.setObjectName("tracking")
        self.tracking.setPlaceholderText(self.tr("Type or scan the carrier's label"))
        carrier_error = error_label("carrierError")
        self.errors.add("carrier", self.carrier, carrier_error)
        transport = QGroupBox(self.tr("Carrier"))
        form = QFormLayout(transport)
        form.addRow(self.tr("&Carrier"), self.carrier)
        form.addRow("", carrier_error)
        form.addRow(self.tr("&Method"), self.method)
        form.addRow(self.tr("&Tracking no."), self.tracking)
        for field in (self.carrier, self.method, self.tracking):
            field.setMinimumWidth(170)

        self.second_user = QLineEdit()
        self.second_user.setObjectName("secondUser")
        self.second_password = QLineEdit()
        self.second_password.setObjectName("secondPassword")
        self.second_password.setEchoMode(QLineEdit.EchoMode.Password)
        second_error = error_label("secondError")
        self.errors.add("signed_off_by", self.second_user, second_error)
        self.second = QGroupBox(self.tr("Second person signs off"))
        self.second.setObjectName("secondPerson")
        second_form = QFormLayout(self.second)
        hint = QLabel(self.tr("A colleague checks the shipment and enters their own user name "
                              "and password."))
        hint.setWordWrap(True)
        second_form.addRow(hint)
        second_form.addRow(self.tr("&User name"), self.second_user)
        second_form.addRow(self.tr("&Password"), self.second_password)
        second_form.addRow("", second_error)

        grid = QGridLayout()
        grid.addWidget(checklist, 0, 0)
        grid.addWidget(transport, 0, 1)
        grid.addWidget(self.second, 1, 0, 1, 2)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)

        tables = QVBoxLayout()  # stacked: the panel must fit beside the worklist at 1280 px
        tables.addWidget(self.items)
        tables.addWidget(self.packages)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.address)
        layout.addWidget(self.special)
        layout.addWidget(self.blocked)
        layout.addLayout(tables)
        layout.addLayout(grid)
        layout.addStretch(1)
        self.setTabOrder(self.check_intact, self.check_labels)
        self.setTabOrder(self.check_labels, self.check_special)
        self.setTabOrder(self.check_special, self.carrier)
        self.setTabOrder(self.carrier, self.method)
        self.setTabOrder(self.method, self.tracking)
        self.setTabOrder(self.tracking, self.second_user)
        self.setTabOrder(self.second_user, self.second_password)

    # ---- loading ---------------------------------------------------------------------------
    def load(self, detail: ShipDetail, four_eyes: bool) -> None:
        self.detail = detail
        self.scanned = {x.sku: ZERO for x in detail.items}
        self.packages_seen = set()
        self.errors.clear()
        self.checklist_error.hide()
        self.title.setText(f"{detail.number} · {detail.customer_name}")
        contact = " · ".join(x for x in (detail.contact_name, detail.contact_phone) if x)
        address = detail.delivery_address.replace("\n", ", ")
        self.address.setText("\n".join(x for x in (address, contact) if x))
        self.special.setText(self.tr("Special requirements: {0}")
                             .replace("{0}", detail.special_instructions.strip()))
        self.special.setVisible(bool(detail.special_instructions.strip()))
        self.check_special.setVisible(bool(detail.special_instructions.strip()))
        self.blocked.setText(self.tr("Not ready to ship, still to pack or seal: {0}")
                             .replace("{0}", detail.blocked_by))
        self.blocked.setVisible(bool(detail.blocked_by))
        for box in (self.check_intact, self.check_labels, self.check_special):
            box.setChecked(False)
        if detail.shipping_method:
            self.method.setCurrentText(detail.shipping_method)
        self.tracking.clear()
        self.second_user.clear()
        self.second_password.clear()
        self.second.setVisible(four_eyes)
        self._fill_items()
        self._fill_packages()

    def _fill_items(self) -> None:
        assert self.detail is not None
        self.items.setRowCount(len(self.detail.items))
        for row, item in enumerate(self.detail.items):
            seen = self.scanned.get(item.sku, ZERO)
            cells = (_item(item.sku), _item(item.name), _item(number(item.quantity), True),
                     _item(number(seen), True))
            colour = RIGHT if seen == item.quantity else WRONG if seen > item.quantity else None
            for column, cell in enumerate(cells):
                if colour is not None and column in (0, 3):
                    cell.setForeground(colour)
                    font = cell.font()
                    font.setBold(True)
                    cell.setFont(font)
                self.items.setItem(row, column, cell)
        done = self.items_complete()
        self.check_items.setChecked(done)
        _fit(self.items, 8)
        self.check_items.setStyleSheet(f"color: {RIGHT.name() if done else WRONG.name()};"
                                       "font-weight: bold;")

    def _fill_packages(self) -> None:
        assert self.detail is not None
        self.packages.setRowCount(len(self.detail.packages))
        for row, package in enumerate(self.detail.packages):
            seen = package.number in self.packages_seen
            mark = _item("✔" if seen else "", False)
            if seen:
                mark.setForeground(RIGHT)
            weight = "" if package.weight_kg is None else number(package.weight_kg)
            for column, cell in enumerate((_item(package.number), _item(weight, True),
                                           _item(number(package.items), True), mark)):
                self.packages.setItem(row, column, cell)
        _fit(self.packages, 4)

    # ---- scanning --------------------------------------------------------------------------
    def count_scan(self, code: str) -> tuple[bool, str]:
        """Applies one scan; (right?, what to tell the person)."""
        assert self.detail is not None
        quantity, code = parse_scan(code)
        package = next((p for p in self.detail.packages if p.number == code), None)
        if package is not None:
            self.packages_seen.add(package.number)
            self._fill_packages()
            return True, self.tr("Package {0} checked").replace("{0}", package.number)
        wanted = code.casefold()
        item = next((x for x in self.detail.items
                     if (x.barcode or "").casefold() == wanted or x.sku.casefold() == wanted),
                    None)
        if item is None:
            return False, self.tr("{0} is not in this shipment").replace("{0}", code)
        seen = self.scanned[item.sku] + quantity
        if seen > item.quantity:
            return False, (self.tr("Too many {0}: only {1} packed")
                           .replace("{0}", item.sku).replace("{1}", number(item.quantity)))
        self.scanned[item.sku] = seen
        self._fill_items()
        return True, (self.tr("{0}: {1} of {2}").replace("{0}", item.sku)
                      .replace("{1}", number(seen)).replace("{2}", number(item.quantity)))

    def items_complete(self) -> bool:
        assert self.detail is not None
        return bool(self.detail.items) and all(
            self.scanned.get(x.sku, ZERO) == x.quantity for x in self.detail.items)

    def checklist_missing(self) -> str:
        """What is still to do before shipping ("" when the checklist is complete)."""
        assert self.detail is not None
        if not self.items_complete():
            left = sum((x.quantity - self.scanned.get(x.sku, ZERO) for x in self.detail.items),
                       ZERO)
            return self.tr("Scan every item first: {0} still to scan.").replace(
                "{0}", number(left))
        if not self.check_intact.isChecked():
            return self.tr("Confirm that the packages are intact.")
        if not self.check_labels.isChecked():
            return self.tr("Confirm that the labels and documents are attached.")
        if not self.check_special.isHidden() and not self.check_special.isChecked():
            return self.tr("Confirm that the special requirements are met.")
        return ""

    def show_checklist_problem(self, text: str) -> None:
        self.checklist_error.setText(text)
        self.checklist_error.setVisible(bool(text))
