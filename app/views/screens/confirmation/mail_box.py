"""What the customer will be sent: the queued confirmation mail and its PDF."""

from __future__ import annotations

import tempfile
import uuid
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFormLayout, QGroupBox, QLabel, QPushButton, QWidget

from app.services import documents
from app.services.order_review import ConfirmationMail
from app.views.context import AppContext
from app.views.support.formatting import moment
from app.views.support.runner import FAILED, run

STATES = {"queued": QT_TRANSLATE_NOOP("MailBox", "Waiting to be sent"),
          "sending": QT_TRANSLATE_NOOP("MailBox", "Being sent"),
          "sent": QT_TRANSLATE_NOOP("MailBox", "Sent"),
          "failed": QT_TRANSLATE_NOOP("MailBox", "Failed: see the outbox")}


class MailBox(QGroupBox):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("mailBox")
        self.setTitle(self.tr("Confirmation sent to the customer"))
        self.order_id: uuid.UUID | None = None
        self.to_label, self.subject_label = QLabel(), QLabel()
        self.attachment_label, self.state_label = QLabel(), QLabel()
        for label, name in ((self.to_label, "mailTo"), (self.subject_label, "mailSubject"),
                            (self.attachment_label, "mailAttachment"),
                            (self.state_label, "mailState")):
            label.setObjectName(name)
        self.preview_button = QPushButton(self.tr("Open the &PDF (Ctrl+P)"))
        self.preview_button.setObjectName("previewButton")
        self.preview_button.clicked.connect(self.preview)
        # How a file is shown: the desktop's PDF viewer (tests replace it).
        self.opener: Callable[[QUrl], object] = QDesktopServices.openUrl
        self.last_pdf: Path | None = None
        form = QFormLayout(self)
        form.addRow(self.tr("To"), self.to_label)
        form.addRow(self.tr("Subject"), self.subject_label)
        form.addRow(self.tr("Attached"), self.attachment_label)
        form.addRow(self.tr("Outbox"), self.state_label)
        form.addRow("", self.preview_button)
        self.hide()

    def show_mail(self, order_id: uuid.UUID, mail: ConfirmationMail | None,
                  confirmed: bool) -> None:
        self.order_id = order_id
        if not confirmed:
            self.hide()
            return
        if mail is None:
            self.to_label.setText(self.tr("No email address on the order: nothing is sent. "
                                          "Print the PDF or call the customer."))
            self.subject_label.clear()
            self.attachment_label.clear()
            self.state_label.clear()
        else:
            self.to_label.setText(mail.to_address)
            self.subject_label.setText(mail.subject)
            self.attachment_label.setText(mail.attachment_name)
            state = QCoreApplication.translate("MailBox", STATES[mail.state.value])
            self.state_label.setText(self.tr("{0} (queued {1})").replace(
                "{0}", state).replace("{1}", moment(mail.created_at)))
        self.show()

    def preview(self) -> None:
        if self.order_id is None or not self.isVisible():
            return
        pdf = run(self, documents.order_confirmation_pdf, self.ctx.uow(write=False),
                  self.order_id)
        if pdf is FAILED:
            return
        assert isinstance(pdf, bytes)
        name = self.attachment_label.text() or f"{self.order_id}.pdf"
        path = Path(tempfile.mkdtemp(prefix="orderdesk-")) / name
        path.write_bytes(pdf)
        self.last_pdf = path
        self.opener(QUrl.fromLocalFile(str(path)))
