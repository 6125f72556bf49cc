"""One order under review: header facts, the credit check, each line against stock with the
decision for a shortage, then Confirm; afterwards the mail that goes out and, after an
amendment, what changed."""

from __future__ import annotations

import uuid

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.services import confirmation, order_queries
from app.services.credit_standing import CreditStanding, credit_standing
from app.services.order_queries import OrderDetail, OrderState
from app.services.order_review import ReviewLine, confirmation_mail, review_lines
from app.services.order_revisions import last_amendment
from app.views.context import AppContext
from app.views.screens.confirmation.diff_view import DiffView
from app.views.screens.confirmation.labels import (
    DECISIONS,
    STATUS,
    header_label,
    state_text,
    translate,
)
from app.views.screens.confirmation.mail_box import MailBox
from app.views.screens.confirmation.shortage_dialog import ShortageDialog
from app.views.screens.order_entry.banner import CreditBanner
from app.views.screens.order_entry.header_form import CONDITIONS, METHODS
from app.views.screens.order_entry.lines_model import STATUS_COLOUR
from app.views.support.formatting import day, money, number, short_day
from app.views.support.runner import FAILED, run

CTX = "OrderReview"
COLUMNS = (QT_TRANSLATE_NOOP("OrderReview", "#"), QT_TRANSLATE_NOOP("OrderReview", "SKU"),
           QT_TRANSLATE_NOOP("OrderReview", "Product"), QT_TRANSLATE_NOOP("OrderReview", "Qty"),
           QT_TRANSLATE_NOOP("OrderReview", "Available"), QT_TRANSLATE_NOOP("OrderReview", "Stock"),
           QT_TRANSLATE_NOOP("OrderReview", "Expected"),
           QT_TRANSLATE_NOOP("OrderReview", "Decision"))
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
AMENDABLE = (OrderState.DRAFT, OrderState.CONFIRMED, OrderState.PARTIALLY_ALLOCATED,
             OrderState.ALLOCATED, OrderState.PICKED, OrderState.PACKED,
             OrderState.PARTIALLY_SHIPPED)


class ReviewPanel(QWidget):
    changed = Signal()  # the order's state or lines changed: the worklist reloads
    amend_requested = Signal(object)  # OrderDetail

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.order: OrderDetail | None = None
        self.lines: list[ReviewLine] = []
        self.shortage_dialog: ShortageDialog | None = None
        self.title = QLabel()
        self.title.setObjectName("reviewTitle")
        self.title.setStyleSheet("font-size: 16pt; font-weight: bold;")
        self.facts = QLabel()
        self.facts.setObjectName("reviewFacts")
        self.facts.setWordWrap(True)
        self.facts.setTextFormat(Qt.TextFormat.PlainText)
        self.credit_ok = QLabel()
        self.credit_ok.setObjectName("creditOk")
        self.credit_ok.setStyleSheet("color: #1b6e20; font-weight: bold;")
        self.banner = CreditBanner()
        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setObjectName("reviewLines")
        self.table.setHorizontalHeaderLabels([translate(c) for c in COLUMNS])
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._enable)
        self.table.itemActivated.connect(lambda _item: self.resolve_shortage())
        self.confirm_button = QPushButton(self.tr("&Confirm (Ctrl+Enter)"))
        self.confirm_button.setObjectName("confirmButton")
        self.confirm_button.clicked.connect(self.confirm)
        self.shortage_button = QPushButton(self.tr("&Shortage… (Ctrl+D)"))
        self.shortage_button.setObjectName("shortageButton")
        self.shortage_button.clicked.connect(self.resolve_shortage)
        self.approve_button = QPushButton(self.tr("Approve &credit"))
        self.approve_button.setObjectName("approveCreditButton")
        self.approve_button.clicked.connect(self.approve_credit)
        self.amend_button = QPushButton(self.tr("&Amend (Ctrl+E)"))
        self.amend_button.setObjectName("amendButton")
        self.amend_button.clicked.connect(self.amend)
        self.mail = MailBox(ctx)
        self.diff = DiffView()
        self.empty = QLabel(self.tr("Choose an order on the left (↑ ↓, Enter)."))
        self.empty.setObjectName("reviewEmpty")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._layout()
        self.show_order(None)

    def _layout(self) -> None:
        buttons = QHBoxLayout()
        buttons.addWidget(self.shortage_button)
        buttons.addWidget(self.approve_button)
        buttons.addWidget(self.amend_button)
        buttons.addStretch(1)
        buttons.addWidget(self.confirm_button)
        self.body = QWidget()
        body = QVBoxLayout(self.body)
        body.setContentsMargins(0, 0, 0, 0)
        body.addWidget(self.title)
        body.addWidget(self.facts)
        body.addWidget(self.credit_ok)
        body.addWidget(self.banner)
        body.addWidget(self.table, 1)
        body.addLayout(buttons)
        below = QGridLayout()
        below.addWidget(self.mail, 0, 0)
        below.addWidget(self.diff, 0, 1)
        below.setColumnStretch(0, 2)
        below.setColumnStretch(1, 3)
        body.addLayout(below)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.empty)
        layout.addWidget(self.body)

    # -- loading --------------------------------------------------------------------------
    def show_order(self, order_id: uuid.UUID | None) -> None:
        self.order = None
        if order_id is not None:
            detail = run(self, order_queries.get_order, self.ctx.uow(write=False), order_id)
            lines = run(self, review_lines, self.ctx.uow(write=False), order_id)
            if detail is not FAILED and lines is not FAILED:
                assert isinstance(detail, OrderDetail) and isinstance(lines, list)
                self.order, self.lines = detail, lines
        self.empty.setVisible(self.order is None)
        self.body.setVisible(self.order is not None)
        if self.order is None:
            return
        order = self.order
        self.title.setText(self.tr("Order {0} · {1}").replace("{0}", order.number)
                           .replace("{1}", order.customer_name))
        self._show_facts(order)
        self._show_credit(order)
        self._fill_lines()
        mail = run(self, confirmation_mail, self.ctx.uow(write=False), order.id)
        self.mail.show_mail(order.id, None if mail is FAILED else mail,  # type: ignore[arg-type]
                            order.confirmed_at is not None)
        diff = run(self, last_amendment, self.ctx.uow(write=False), order.id)
        self.diff.show_diff(None if diff is FAILED else diff)  # type: ignore[arg-type]
        self._enable()

    def _show_facts(self, order: OrderDetail) -> None:
        condition = header_label(CONDITIONS, order.payment_condition)
        method = header_label(METHODS, order.payment_method)
        terms = (self.tr("{0}, {1}, {2} days").replace("{2}", str(order.credit_days))
                 if order.credit_days else self.tr("{0}, {1}"))
        first = [self.tr("State: {0}").replace("{0}", state_text(order.state)),
                 self.tr("Total {0}").replace("{0}", money(order.total, order.currency)),
                 self.tr("Requested {0}").replace("{0}", day(order.requested_date) or "—")]
        if order.promised_date:
            first.append(self.tr("Promised {0}").replace("{0}", day(order.promised_date)))
        contact = " · ".join(
            x for x in (order.contact_name, order.contact_phone, order.contact_email) if x)
        self.facts.setText("\n".join((
            "   ·   ".join(first),
            self.tr("Deliver to {0} by {1}").replace("{0}", order.delivery_address or "—")
            .replace("{1}", order.shipping_method or "—"),
            self.tr("Payment: {0}").replace("{0}", terms.replace("{0}", condition)
                                             .replace("{1}", method))
            + "   ·   " + self.tr("Contact: {0}").replace("{0}", contact or "—"))))

    def _show_credit(self, order: OrderDetail) -> None:
        standing = run(self, credit_standing, self.ctx.uow(write=False), order.customer_id,
                       adding=order.total, exclude_order_id=order.id)
        if standing is FAILED:
            return
        assert isinstance(standing, CreditStanding)
        self.banner.show_standing(standing, order.currency)
        self.credit_ok.setVisible(not standing.held)
        self.credit_ok.setText(self.tr("Credit check passed: {0} owed with this order, "
                                       "limit {1}.")
                               .replace("{0}", money(standing.exposure, order.currency))
                               .replace("{1}", money(standing.credit_limit, order.currency))
                               if standing.on_credit else
                               self.tr("Credit check passed: no credit terms, nothing "
                                       "overdue."))

    def _fill_lines(self) -> None:
        self.table.setRowCount(len(self.lines))
        for row, line in enumerate(self.lines):
            expected = short_day(line.expected_date) if line.expected_date else (
                number(line.expected_qty) if line.expected_qty > 0 else "")
            confirmed = self.order is not None and self.order.confirmed_at is not None
            decision = translate(DECISIONS[line.short_decision.value]) if line.short_decision else (
                "" if line.short <= 0 else self.tr("Decide (Enter)") if confirmed
                else self.tr("Decide after confirming"))
            cells = (str(line.line_no), line.sku, line.name, number(line.quantity),
                     number(line.available), translate(STATUS[line.status]), expected, decision)
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column in (3, 4):
                    item.setTextAlignment(RIGHT)
                if column == 5:
                    item.setForeground(QBrush(STATUS_COLOUR[line.status]))
                if column == 7 and line.short > 0 and not line.short_decision:
                    item.setForeground(QBrush(QColor("#b3261e")))
                self.table.setItem(row, column, item)
        first_short = next((r for r, x in enumerate(self.lines) if x.short > 0), 0)
        if self.lines:
            self.table.selectRow(first_short)

    def current_line(self) -> ReviewLine | None:
        row = self.table.currentRow()
        return self.lines[row] if 0 <= row < len(self.lines) else None

    def _enable(self) -> None:
        order, line = self.order, self.current_line()
        draft = order is not None and order.state is OrderState.DRAFT
        self.confirm_button.setEnabled(draft and self.ctx.may("order.confirm"))
        self.approve_button.setVisible(draft and self.ctx.may("credit.override")
                                       and self.banner.isVisibleTo(self))
        # Decided once the order is binding: confirming sets every line's promised date.
        self.shortage_button.setEnabled(line is not None and line.short > 0 and order is not None
                                        and order.confirmed_at is not None
                                        and self.ctx.may("stock.allocate"))
        self.amend_button.setEnabled(order is not None and order.state in AMENDABLE
                                     and self.ctx.may("order.amend"))

    # -- actions --------------------------------------------------------------------------
    def reload(self) -> None:
        self.show_order(self.order.id if self.order else None)

    def confirm(self) -> None:
        if self.order is None or not self.confirm_button.isEnabled():
            return
        result = run(self, confirmation.confirm_order, self.ctx.uow(), self.ctx.actor,
                     self.order.id)
        if result is FAILED:
            return
        self.reload()
        self.changed.emit()

    def approve_credit(self) -> None:
        if self.order is None:
            return
        if run(self, confirmation.approve_credit, self.ctx.uow(), self.ctx.actor,
               self.order.id) is FAILED:
            return
        self.credit_ok.setText(self.tr("Credit approved by you: the order may be confirmed."))
        self.credit_ok.show()
        self.approve_button.hide()

    def resolve_shortage(self) -> None:
        line = self.current_line()
        if line is None or not self.shortage_button.isEnabled():
            return
        self.shortage_dialog = ShortageDialog(self.ctx, line, self)
        self.shortage_dialog.resolved.connect(self._resolved)
        self.shortage_dialog.open()

    def _resolved(self) -> None:
        self.reload()
        self.changed.emit()

    def amend(self) -> None:
        if self.order is not None and self.amend_button.isEnabled():
            self.amend_requested.emit(self.order)
