"""The credit-hold banner: why this customer should not get more goods on credit now."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget

from app.services.credit_standing import CreditStanding
from app.views.support.formatting import money, number

STYLE = ("QLabel { background: #b3261e; color: white; font-weight: bold; padding: 6px 10px;"
         " border-radius: 4px; }")


class CreditBanner(QLabel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("creditBanner")
        self.setStyleSheet(STYLE)
        self.setWordWrap(True)
        self.hide()

    def show_standing(self, standing: CreditStanding | None, currency: str) -> None:
        if standing is None or not standing.held:
            self.clear()
            self.hide()
            return
        reasons = []
        if standing.on_hold:
            reasons.append(self.tr("finance has put the customer on hold"))
        if standing.over_limit:
            reasons.append(self.tr("{0} owed with this order, over the limit of {1}")
                           .replace("{0}", money(standing.exposure, currency))
                           .replace("{1}", money(standing.credit_limit, currency)))
        if standing.overdue_count:
            reasons.append(self.tr("{0} invoice(s) overdue more than {1} days ({2} open, "
                                   "the oldest {3} days)")
                           .replace("{0}", number(standing.overdue_count))
                           .replace("{1}", number(standing.overdue_days_allowed))
                           .replace("{2}", money(standing.overdue_amount, currency))
                           .replace("{3}", number(standing.oldest_overdue_days)))
        # Hold and limit are enforced at confirmation; overdue invoices are a warning to act on.
        text = (self.tr("CREDIT HOLD: {0}. Finance must approve before this order is "
                        "confirmed.") if standing.on_hold or standing.over_limit else
                self.tr("CREDIT HOLD: {0}. Check with finance before confirming."))
        self.setText(text.replace("{0}", "; ".join(reasons)))
        self.show()
