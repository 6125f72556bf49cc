"""Period close: the day up to which the books are closed; nothing dated on or before it can be
posted any more. Only roles with period.close see the button (the service refuses anyway)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDateEdit, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from app.services import periods
from app.views.context import AppContext
from app.views.screens import finance_common as fc
from app.views.support import formatting as fmt
from app.views.support.field_errors import FieldErrors, error_label
from app.views.support.runner import FAILED, run


class PeriodClosePanel(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.state = QLabel()
        self.state.setObjectName("closedUntil")
        self.state.setStyleSheet("font-size: 15px;")
        self.until = QDateEdit(QDate.currentDate().addDays(-QDate.currentDate().day()))
        self.until.setObjectName("closeUntil")
        self.until.setCalendarPopup(True)
        self.close = fc.strong(fc.button(self.tr("&Close the books up to this day"),
                                         "closePeriodButton"), fc.BAD)
        self.errors = FieldErrors()
        error = error_label("closeUntilError")
        self.errors.add("until", self.until, error)
        explain = QLabel(self.tr(
            "Closing a period stops anyone from posting or changing invoices, credit notes and "
            "payments dated on or before the closing day. Close a month once its figures are "
            "final."))
        explain.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Close up to")))
        row.addWidget(self.until)
        row.addWidget(self.close)
        row.addStretch(1)
        self.form = QWidget()
        self.form.setLayout(row)
        layout = QVBoxLayout(self)
        layout.addWidget(fc.subheading(self.tr("Period close")))
        layout.addWidget(self.state)
        layout.addWidget(explain)
        layout.addWidget(self.form)
        layout.addWidget(error)
        layout.addStretch(1)
        self.form.setVisible(ctx.may("period.close"))
        self.close.clicked.connect(self._close)

    def refresh(self) -> None:
        closed = run(self, periods.get_period_closed_until, self.ctx.uow(write=False))
        if closed is FAILED:
            return
        self.state.setText(
            self.tr("The books are closed up to and including {0}.").replace(
                "{0}", fmt.day(closed)) if closed else self.tr("No period is closed yet."))

    def _close(self) -> None:
        day = self.until.date()
        until = date(day.year(), day.month(), day.day())
        if not fc.ask(self, self.tr("Close the books up to {0}? Nothing dated on or before it "
                                    "can be posted afterwards.").replace("{0}", fmt.day(until))):
            return
        if run(self, periods.close_period, self.ctx.uow(), self.ctx.actor, until,
               fields=self.errors) is not FAILED:
            self.refresh()
