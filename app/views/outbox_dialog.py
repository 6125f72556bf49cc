"""File > Outbox…: every customer mail with its state (queued, sent, failed with the error and
the next try), how often it was tried, and when; Send now, Retry a failed one, Open its PDF.

Sending runs on a MailPump thread of the dialog's own, so a mail server that does not answer
never freezes the window; the background pump of the main window keeps sending meanwhile
(the sender's claims make sure the two never send the same mail).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QEvent,
    QItemSelection,
    Qt,
    QTimer,
)
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.services import outbox
from app.services.outbox import OutboxRow
from app.services.outbox_actions import MailState, SendReport, mail_attachment
from app.views.context import AppContext
from app.views.itemmodels.cells import RIGHT_COLOUR, WRONG, CellsModel, Row
from app.views.support import open_document
from app.views.support.formatting import moment, number
from app.views.support.i18n import service_message, translate
from app.views.support.list_view import record_list
from app.views.support.mail_pump import MailPump, keyring_password
from app.views.support.menu_text import RetranslatedText
from app.views.support.runner import FAILED, run

RETRY_PERMISSION = "order.confirm"  # outbox.requeue_mail's
AUTO_REFRESH_MS = 10_000  # the background pump changes states while the dialog is open
STATES = {
    MailState.QUEUED: QT_TRANSLATE_NOOP("Outbox", "Queued"),
    MailState.SENDING: QT_TRANSLATE_NOOP("Outbox", "Sending"),
    MailState.SENT: QT_TRANSLATE_NOOP("Outbox", "Sent"),
    MailState.FAILED: QT_TRANSLATE_NOOP("Outbox", "Failed"),
}
HEADERS = (
    QT_TRANSLATE_NOOP("Outbox", "Created"),
    QT_TRANSLATE_NOOP("Outbox", "To"),
    QT_TRANSLATE_NOOP("Outbox", "Subject"),
    QT_TRANSLATE_NOOP("Outbox", "State"),
    QT_TRANSLATE_NOOP("Outbox", "Attempts"),
    QT_TRANSLATE_NOOP("Outbox", "Next try"),
    QT_TRANSLATE_NOOP("Outbox", "Sent"),
)


def state_text(mail: OutboxRow) -> str:
    if mail.state is MailState.QUEUED and mail.last_error:
        return translate("Outbox", "Waiting to retry")
    return translate("Outbox", STATES[mail.state])


class OutboxDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("outboxDialog")
        self.ctx = ctx
        self.mails: list[OutboxRow] = []
        self.heading = QLabel()
        self.heading.setObjectName("outboxHeading")
        self.heading.setStyleSheet("font-size: 16px; font-weight: 600; padding: 4px 0;")
        self.summary = QLabel()
        self.summary.setObjectName("outboxSummary")
        self.model = CellsModel([translate("Outbox", h) for h in HEADERS], numeric=(4,),
                                parent=self)
        self.table = record_list("outboxTable", self.model, self)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.selectionModel().selectionChanged.connect(self._selected)
        self.detail = QLabel()
        self.detail.setObjectName("mailDetail")
        self.detail.setWordWrap(True)
        self.detail.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.detail.setMinimumHeight(5 * self.detail.fontMetrics().lineSpacing() + 12)
        self.detail.setStyleSheet("padding: 6px; border: 1px solid palette(mid);")
        self.status = QLabel()
        self.status.setObjectName("outboxStatus")
        self.send_button = self._button("sendNowButton", self.send_now, "Ctrl+Return")
        self.retry_button = self._button("retryButton", self.retry, "Ctrl+R")
        self.pdf_button = self._button("openPdfButton", self.open_pdf, "Ctrl+P")
        self.close_button = self._button("closeButton", self.reject, None)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Refresh), self, self.refresh)
        buttons = QHBoxLayout()
        for button in (self.send_button, self.retry_button, self.pdf_button):
            buttons.addWidget(button)
        buttons.addWidget(self.status, 1)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.detail)
        layout.addLayout(buttons)
        self.pump = MailPump(ctx.uow, password=lambda: keyring_password(ctx), parent=self)
        self.pump.start(first_round_ms=None, timer=False)
        self.pump.round_done.connect(self._sent)
        self.pump.problem.connect(lambda e: self.status.setText(service_message(e)))
        self._timer = QTimer(self)
        self._timer.timeout.connect(self.refresh)
        self._timer.start(AUTO_REFRESH_MS)
        self.finished.connect(lambda _result: self._close_down())
        self.resize(1100, 560)
        self.retranslate()
        self.refresh()
        self.table.setFocus()

    def _button(self, name: str, slot: object, shortcut: str | None) -> QPushButton:
        button = QPushButton()
        button.setObjectName(name)
        button.setAutoDefault(False)
        button.clicked.connect(slot)
        if shortcut:  # a QShortcut of its own: setText("&…") replaces a button's shortcut
            QShortcut(QKeySequence(shortcut), self, button.click)
        return button

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Outbox"))
        self.heading.setText(self.tr("Outbox: mails to customers"))
        self.send_button.setText(self.tr("&Send now"))
        self.retry_button.setText(self.tr("&Retry"))
        self.pdf_button.setText(self.tr("Open &PDF"))
        self.close_button.setText(self.tr("&Close"))
        self.model.set_headers([translate("Outbox", h) for h in HEADERS])
        self._fill()

    # -- data -----------------------------------------------------------------------------
    def refresh(self) -> None:
        mails = run(self, outbox.list_outbox, self.ctx.uow(write=False), quiet=True)
        if mails is FAILED:
            return
        self.mails = mails
        self._fill()

    def _fill(self) -> None:
        chosen = self.current()
        rows = []
        for mail in self.mails:
            colour = {MailState.FAILED: WRONG, MailState.SENT: RIGHT_COLOUR}.get(mail.state)
            waiting = mail.state in (MailState.QUEUED, MailState.SENDING)
            rows.append(Row((moment(mail.created_at), mail.to_address, mail.subject,
                             state_text(mail), number(mail.attempts),
                             moment(mail.next_attempt_at) if waiting else "",
                             moment(mail.sent_at)), mail.id, colour))
        self.model.set_rows(rows)
        ids = [mail.id for mail in self.mails]
        if ids:
            self.table.selectRow(ids.index(chosen.id) if chosen and chosen.id in ids else 0)
        counts = {state: sum(m.state is state for m in self.mails) for state in MailState}
        self.summary.setText(self.tr("{0} waiting, {1} failed, {2} sent").format(
            number(counts[MailState.QUEUED] + counts[MailState.SENDING]),
            number(counts[MailState.FAILED]), number(counts[MailState.SENT])))
        self._selected()

    def current(self) -> OutboxRow | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        return self.mails[rows[0].row()] if rows and rows[0].row() < len(self.mails) else None

    def _selected(self, *_: QItemSelection) -> None:
        mail = self.current()
        self.retry_button.setEnabled(mail is not None and mail.state is MailState.FAILED
                                     and self.ctx.may(RETRY_PERMISSION))
        self.pdf_button.setEnabled(mail is not None)
        if mail is None:
            self.detail.setText(self.tr("No mail chosen."))
            return
        lines = [f"<b>{_escape(mail.subject)}</b> → {_escape(mail.to_address)}"]
        if mail.state is MailState.SENT:
            lines.append(self.tr("Sent {0}.").format(moment(mail.sent_at)))
        elif mail.state is MailState.FAILED:
            lines.append(self.tr("Refused by the mail server; correct the address, then "
                                 "Retry.") + "<br>" + _error(mail.last_error))
        elif mail.last_error:
            lines.append(self.tr("Not sent yet; next try {0}.").format(
                moment(mail.next_attempt_at)) + "<br>" + _error(mail.last_error))
        else:
            lines.append(self.tr("Waiting to be sent."))
        self.detail.setText("<br>".join(lines))

    # -- actions --------------------------------------------------------------------------
    def send_now(self) -> None:
        self.status.setText(self.tr("Sending…"))
        self.send_button.setEnabled(False)
        self.pump.send_now()

    def _sent(self, report: SendReport | None) -> None:
        self.send_button.setEnabled(True)
        if report is not None:
            self.status.setText(self.tr("{0} sent, {1} waiting for the server, {2} refused")
                                .format(number(len(report.sent)), number(len(report.retrying)),
                                        number(len(report.failed))))
        self.refresh()

    def retry(self) -> None:
        mail = self.current()
        if mail is None or mail.state is not MailState.FAILED:
            return
        if run(self, outbox.requeue_mail, self.ctx.uow(), self.ctx.actor, mail.id) is FAILED:
            return
        self.refresh()
        self.send_now()

    def open_pdf(self) -> Path | None:
        mail = self.current()
        if mail is None:
            return None
        pdf = run(self, mail_attachment, self.ctx.uow(write=False), mail.id)
        if pdf is FAILED:
            return None
        if pdf is None:
            self.status.setText(self.tr("This mail has no PDF."))
            return None
        return open_document.open_pdf(pdf.data, Path(pdf.name).stem)

    def _close_down(self) -> None:
        self._timer.stop()
        self.pump.stop()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _error(text: str) -> str:
    return f"<span style='color: {WRONG.name()}'>{_escape(text)}</span>"


def open_outbox(parent: QWidget | None, ctx: AppContext) -> OutboxDialog:
    """Opens the Outbox (modal) and returns it when it is closed."""
    dialog = OutboxDialog(ctx, parent)
    dialog.exec()
    return dialog



def add_menu_action(window: QWidget, menu: QMenu, ctx: AppContext) -> QAction:
    """File > Outbox… (Ctrl+Shift+O). In MainWindow._build_menus, after the import line:
        outbox_dialog.add_menu_action(self, self.file_menu, self.ctx)
    """
    action = QAction(window)
    action.setObjectName("outboxAction")
    action.setShortcut(QKeySequence("Ctrl+Shift+O"))
    action.triggered.connect(lambda _checked=False: open_outbox(window, ctx))
    window.addAction(action)  # the shortcut works wherever the focus is
    menu.addAction(action)
    RetranslatedText(window, action, lambda: QCoreApplication.translate("Outbox", "&Outbox…"))
    return action
