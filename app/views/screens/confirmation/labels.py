"""Words the review shows for states, stock status and shortage decisions (translatable)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from app.services.availability import StockStatus
from app.services.order_queries import OrderState
from app.views.screens.order_entry.header_form import CTX as HEADER_CTX

CTX = "OrderReview"
STATUS = {StockStatus.IN_STOCK: QT_TRANSLATE_NOOP("OrderReview", "In stock"),
          StockStatus.PARTLY: QT_TRANSLATE_NOOP("OrderReview", "Partly"),
          StockStatus.OUT: QT_TRANSLATE_NOOP("OrderReview", "Out")}
DECISIONS = {"backorder": QT_TRANSLATE_NOOP("OrderReview", "Back-order"),
             "new_date": QT_TRANSLATE_NOOP("OrderReview", "New date"),
             "substitute": QT_TRANSLATE_NOOP("OrderReview", "Substituted"),
             "production": QT_TRANSLATE_NOOP("OrderReview", "Production")}
STATES = {"draft": QT_TRANSLATE_NOOP("OrderReview", "draft"),
          "confirmed": QT_TRANSLATE_NOOP("OrderReview", "confirmed"),
          "partially_allocated": QT_TRANSLATE_NOOP("OrderReview", "partly allocated"),
          "allocated": QT_TRANSLATE_NOOP("OrderReview", "allocated"),
          "picked": QT_TRANSLATE_NOOP("OrderReview", "picked"),
          "packed": QT_TRANSLATE_NOOP("OrderReview", "packed"),
          "partially_shipped": QT_TRANSLATE_NOOP("OrderReview", "partly shipped")}


def translate(text: str) -> str:
    return QCoreApplication.translate(CTX, text)


def header_label(labels: dict, value: object) -> str:  # type: ignore[type-arg]
    """A payment condition or method in words (the entry form's labels)."""
    for key, text in labels.items():
        if str(key) == str(value):
            return QCoreApplication.translate(HEADER_CTX, text)
    return str(value)


def state_text(state: OrderState) -> str:
    text = STATES.get(state.value)
    return translate(text) if text else state.value.replace("_", " ")
