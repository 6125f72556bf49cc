"""What the import and the export pages share: the four kinds of data, their names in the
user's language, and the colours that say new / already present / invalid."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QComboBox

from app.services.errors import UserFacingError
from app.services.importing import KINDS, RecordStatus, RowError
from app.views.support.i18n import service_message

CONTEXT = "ImportExport"
# In the order a firm should import them (stock and orders refer to the ones before).
KIND_LABELS: dict[str, str] = {
    "customers": QT_TRANSLATE_NOOP("ImportExport", "Customers"),
    "products": QT_TRANSLATE_NOOP("ImportExport", "Products"),
    "stock": QT_TRANSLATE_NOOP("ImportExport", "Initial stock"),
    "orders": QT_TRANSLATE_NOOP("ImportExport", "Orders"),
}
assert set(KIND_LABELS) == set(KINDS), "a new import kind needs a name on the screen"

STATUS_LABELS: dict[RecordStatus, str] = {
    RecordStatus.NEW: QT_TRANSLATE_NOOP("ImportExport", "New"),
    RecordStatus.PRESENT: QT_TRANSLATE_NOOP("ImportExport", "Already present"),
    RecordStatus.INVALID: QT_TRANSLATE_NOOP("ImportExport", "Invalid"),
}
RIGHT = QColor("#1b6e20")
WRONG = QColor("#b3261e")
PRESENT = QColor("#5f6368")  # grey: skipped and left as it is, neither right nor wrong
WRONG_CELL = QColor("#f9dedc")  # a cell with an error...
WRONG_TEXT = QColor("#410e0b")  # ...and its text


def kind_label(kind: str) -> str:
    return QCoreApplication.translate(CONTEXT, KIND_LABELS[kind])


def status_label(status: RecordStatus) -> str:
    return QCoreApplication.translate(CONTEXT, STATUS_LABELS[status])


def kind_combo(name: str) -> QComboBox:
    """The kinds in import order; each item's data is the service's kind key."""
    combo = QComboBox()
    combo.setObjectName(name)
    for kind in KIND_LABELS:
        combo.addItem(kind_label(kind), kind)
    return combo


def retranslate_kinds(combo: QComboBox) -> None:
    for index in range(combo.count()):
        combo.setItemText(index, kind_label(combo.itemData(index)))


def row_message(error: RowError) -> str:
    """A file problem in the user's language: its tr() template translated, then filled in
    (the same path as any service message, so the translators' "services" context holds it)."""
    return service_message(UserFacingError(error.template, **dict(error.params)))


def encoding_name(code: str) -> str:
    return {"utf-8": "UTF-8", "utf-8-sig": "UTF-8", "big5": "Big5", "gb18030": "GB18030",
            "xlsx": "Excel", "utf-16": "UTF-16"}.get(code, code)


def html_text(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def coloured(text: str, colour: QColor, count: int = 1) -> str:
    """`text` in `colour`, unless it counts nothing (a red "0 invalid" would alarm)."""
    return f'<span style="color: {colour.name()}">{html_text(text)}</span>' if count else \
        html_text(text)
