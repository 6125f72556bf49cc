"""Customer and complaint words as the user reads them, translated (tiers, terms, states)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

_WORDS: dict[str, dict[str, str]] = {
    "PaymentCondition": {
        "prepayment": QT_TRANSLATE_NOOP("PaymentCondition", "Prepayment"),
        "cod": QT_TRANSLATE_NOOP("PaymentCondition", "Cash on delivery"),
        "credit": QT_TRANSLATE_NOOP("PaymentCondition", "On credit"),
    },
    "PaymentMethod": {
        "bank_transfer": QT_TRANSLATE_NOOP("PaymentMethod", "Bank transfer"),
        "card": QT_TRANSLATE_NOOP("PaymentMethod", "Card"),
        "cheque": QT_TRANSLATE_NOOP("PaymentMethod", "Cheque"),
        "cash": QT_TRANSLATE_NOOP("PaymentMethod", "Cash"),
    },
    "CustomerTier": {
        "A": QT_TRANSLATE_NOOP("CustomerTier", "A – key account"),
        "B": QT_TRANSLATE_NOOP("CustomerTier", "B – regular"),
        "C": QT_TRANSLATE_NOOP("CustomerTier", "C – occasional"),
    },
    "ComplaintState": {
        "open": QT_TRANSLATE_NOOP("ComplaintState", "Open"),
        "assigned": QT_TRANSLATE_NOOP("ComplaintState", "Assigned"),
        "resolved": QT_TRANSLATE_NOOP("ComplaintState", "Resolved"),
        "closed": QT_TRANSLATE_NOOP("ComplaintState", "Closed"),
    },
    "ComplaintCategory": {
        "quality": QT_TRANSLATE_NOOP("ComplaintCategory", "Quality"),
        "delivery": QT_TRANSLATE_NOOP("ComplaintCategory", "Delivery"),
        "service": QT_TRANSLATE_NOOP("ComplaintCategory", "Service"),
        "information": QT_TRANSLATE_NOOP("ComplaintCategory", "Information"),
    },
    "DamageResolution": {
        "none": QT_TRANSLATE_NOOP("DamageResolution", "No compensation"),
        "return": QT_TRANSLATE_NOOP("DamageResolution", "Return"),
        "replacement": QT_TRANSLATE_NOOP("DamageResolution", "Replacement"),
        "credit": QT_TRANSLATE_NOOP("DamageResolution", "Credit note"),
    },
    "ComplaintAction": {
        "record": QT_TRANSLATE_NOOP("ComplaintAction", "Registered"),
        "assign": QT_TRANSLATE_NOOP("ComplaintAction", "Assigned"),
        "resolve": QT_TRANSLATE_NOOP("ComplaintAction", "Resolved"),
        "close": QT_TRANSLATE_NOOP("ComplaintAction", "Closed"),
        "reopen": QT_TRANSLATE_NOOP("ComplaintAction", "Reopened"),
    },
}


def word(kind: str, value: str) -> str:
    """word("ComplaintState", "open") -> "Open" in the user's language."""
    return QCoreApplication.translate(kind, _WORDS[kind].get(value, value))
