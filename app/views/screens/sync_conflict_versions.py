"""Head office's version and the branch's, side by side, one field a row, for the conflict
review. The versions are table -> rows as the sync recorded them; rows present on both sides
(matched by id) are shown field by field and the fields that differ are highlighted. A table
only one side has (head office's customer on hold beside the branch's order) is shown with
the other column empty, so both versions are always visible in full."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget, QTableWidgetItem

from app.services.sync_conflicts import ConflictDetail
from app.views.support import formatting as fmt

Rows = dict[str, list[dict[str, Any]]]
DIFFERS = QColor("#fff1c2")  # amber, readable with black text in light and dark themes
DIFFERS_ROLE = Qt.ItemDataRole.UserRole  # True on the cells of a differing field (tests)
HIDDEN_FIELDS = {"version"}  # bookkeeping the sync itself compares and ignores
# Field names people read, translated; any other column shows as its name.
FIELD_LABELS = {
    "code": QT_TRANSLATE_NOOP("ConflictVersions", "Code"),
    "name": QT_TRANSLATE_NOOP("ConflictVersions", "Name"),
    "phone": QT_TRANSLATE_NOOP("ConflictVersions", "Phone"),
    "email": QT_TRANSLATE_NOOP("ConflictVersions", "Email"),
    "tax_id": QT_TRANSLATE_NOOP("ConflictVersions", "Tax ID"),
    "preferences": QT_TRANSLATE_NOOP("ConflictVersions", "Preferences"),
    "tier": QT_TRANSLATE_NOOP("ConflictVersions", "Tier"),
    "credit_limit": QT_TRANSLATE_NOOP("ConflictVersions", "Credit limit"),
    "credit_hold": QT_TRANSLATE_NOOP("ConflictVersions", "Credit hold"),
    "credit_days": QT_TRANSLATE_NOOP("ConflictVersions", "Credit days"),
    "payment_condition": QT_TRANSLATE_NOOP("ConflictVersions", "Payment condition"),
    "payment_method": QT_TRANSLATE_NOOP("ConflictVersions", "Payment method"),
    "verified": QT_TRANSLATE_NOOP("ConflictVersions", "Verified"),
    "created_at": QT_TRANSLATE_NOOP("ConflictVersions", "Created"),
    "is_primary": QT_TRANSLATE_NOOP("ConflictVersions", "Primary contact"),
    "is_billing": QT_TRANSLATE_NOOP("ConflictVersions", "Billing address"),
    "is_default_delivery": QT_TRANSLATE_NOOP("ConflictVersions", "Default delivery"),
    "label": QT_TRANSLATE_NOOP("ConflictVersions", "Label"),
    "address": QT_TRANSLATE_NOOP("ConflictVersions", "Address"),
    "number": QT_TRANSLATE_NOOP("ConflictVersions", "Number"),
    "state": QT_TRANSLATE_NOOP("ConflictVersions", "State"),
    "promised_date": QT_TRANSLATE_NOOP("ConflictVersions", "Promised date"),
    "quantity": QT_TRANSLATE_NOOP("ConflictVersions", "Quantity"),
    "total": QT_TRANSLATE_NOOP("ConflictVersions", "Total"),
    "active": QT_TRANSLATE_NOOP("ConflictVersions", "Active"),
}


def _is_key(field: str) -> bool:
    """Ids that tie rows together: shown only when they differ (nothing to decide else)."""
    return field == "id" or (field.endswith("_id") and field != "tax_id")


def _label(field: str) -> str:
    if field in FIELD_LABELS:
        return QCoreApplication.translate("ConflictVersions", FIELD_LABELS[field])
    return field.replace("_", " ")
TABLE_TITLES = {
    "customers": QT_TRANSLATE_NOOP("ConflictVersions", "Customer"),
    "customer_contacts": QT_TRANSLATE_NOOP("ConflictVersions", "Contact"),
    "customer_addresses": QT_TRANSLATE_NOOP("ConflictVersions", "Address"),
    "sales_orders": QT_TRANSLATE_NOOP("ConflictVersions", "Order"),
    "sales_order_lines": QT_TRANSLATE_NOOP("ConflictVersions", "Order line"),
    "order_revisions": QT_TRANSLATE_NOOP("ConflictVersions", "Order revision"),
    "products": QT_TRANSLATE_NOOP("ConflictVersions", "Product"),
    "stock_levels": QT_TRANSLATE_NOOP("ConflictVersions", "Stock level"),
    "stock_moves": QT_TRANSLATE_NOOP("ConflictVersions", "Stock move"),
    "stock_allocations": QT_TRANSLATE_NOOP("ConflictVersions", "Allocation"),
    "locations": QT_TRANSLATE_NOOP("ConflictVersions", "Location"),
}


def _text(value: Any) -> str:
    if value is None or value == "":
        return "—"
    if isinstance(value, bool):
        return (QCoreApplication.translate("ConflictVersions", "yes") if value
                else QCoreApplication.translate("ConflictVersions", "no"))
    if isinstance(value, str) and len(value) >= 19 and value[10:11] == "T":
        try:  # a timestamp as the sync recorded it: in the user's locale, to the minute
            return fmt.moment(datetime.fromisoformat(value))
        except ValueError:
            pass
    return str(value)


class ConflictVersions(QTableWidget):
    """Field | Head office | Branch; a heading row per record."""

    def __init__(self) -> None:
        super().__init__(0, 3)
        self.setObjectName("conflictVersions")
        self.verticalHeader().setVisible(False)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setWordWrap(True)
        header = self.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.differing: list[tuple[str, str, str]] = []  # (field, head office, branch) shown
        self.retranslate("")

    def retranslate(self, site: str) -> None:
        self.setHorizontalHeaderLabels([
            self.tr("Field"), self.tr("Head office"),
            self.tr("Branch {0}").replace("{0}", site).strip()])

    def show_detail(self, detail: ConflictDetail | None) -> None:
        self.setRowCount(0)
        self.differing = []
        if detail is None:
            return
        self.retranslate(detail.row.site_code)
        ours, theirs = detail.head_office, detail.branch
        order = list(TABLE_TITLES)  # the record itself before its parts
        tables = sorted({*ours, *theirs}, key=lambda t: (
            order.index(t) if t in order else len(order), t))
        for table in tables:
            pairs = _pair(ours.get(table, []), theirs.get(table, []))
            for number, (hq_row, branch_row) in enumerate(pairs, 1):
                self._heading(table, number, len(pairs) > 1)
                self._fields(hq_row, branch_row)
        self.resizeRowsToContents()

    def _heading(self, table: str, number: int, numbered: bool) -> None:
        title = QCoreApplication.translate("ConflictVersions", TABLE_TITLES.get(table, table))
        if numbered:
            title = f"{title} {number}"
        row = self.rowCount()
        self.insertRow(row)
        item = QTableWidgetItem(title)
        font = QFont(item.font())
        font.setBold(True)
        item.setFont(font)
        item.setBackground(QBrush(self.palette().alternateBase()))
        self.setItem(row, 0, item)
        self.setSpan(row, 0, 1, 3)

    def _fields(self, hq_row: dict[str, Any] | None, branch_row: dict[str, Any] | None) -> None:
        both = hq_row is not None and branch_row is not None
        keys = [*(hq_row or {}), *(k for k in (branch_row or {}) if k not in (hq_row or {}))]
        # What people read first; the ids and stamps that tie rows together last.
        keys.sort(key=lambda k: _is_key(k) or k.endswith("_at"))
        for key in keys:
            if key in HIDDEN_FIELDS:
                continue
            hq_value = (hq_row or {}).get(key)
            branch_value = (branch_row or {}).get(key)
            hq_text = _text(hq_value) if hq_row is not None else ""
            branch_text = _text(branch_value) if branch_row is not None else ""
            differs = both and hq_value != branch_value
            if _is_key(key) and not differs:
                continue
            row = self.rowCount()
            self.insertRow(row)
            for column, text in enumerate((_label(key), hq_text, branch_text)):
                item = QTableWidgetItem(text)
                item.setData(DIFFERS_ROLE, differs)
                if differs:
                    item.setBackground(QBrush(DIFFERS))
                    item.setForeground(QBrush(QColor("black")))
                    font = QFont(item.font())
                    font.setBold(True)
                    item.setFont(font)
                self.setItem(row, column, item)
            if differs:
                self.differing.append((key, hq_text, branch_text))

    def column_texts(self, column: int) -> list[str]:
        """Every text of one column (tests, and the screen's copy)."""
        return [item.text() for row in range(self.rowCount())
                if (item := self.item(row, column)) is not None]


def _pair(ours: list[dict[str, Any]], theirs: list[dict[str, Any]]
          ) -> list[tuple[dict[str, Any] | None, dict[str, Any] | None]]:
    """Rows matched by id: head office's order first, then rows only the branch has."""
    branch_by_id = {row.get("id"): row for row in theirs}
    pairs: list[tuple[dict[str, Any] | None, dict[str, Any] | None]] = []
    for row in ours:
        pairs.append((row, branch_by_id.pop(row.get("id"), None)))
    pairs.extend((None, row) for row in theirs if row.get("id") in branch_by_id)
    return pairs
