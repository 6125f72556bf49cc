"""Shows the user exactly what a customer mail will say before it is queued in the outbox."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.services.finance_mail import MailPreview


class MailPreviewPanel(QFrame):
    """Hidden until `preview()`; "Queue mail" calls the given action, "Cancel" hides it."""

    queued = Signal()

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.to = QLabel()
        self.to.setObjectName(f"{name}To")
        self.subject = QLabel()
        self.subject.setObjectName(f"{name}Subject")
        self.attachment = QLabel()
        self.body = QPlainTextEdit()
        self.body.setObjectName(f"{name}Body")
        self.body.setReadOnly(True)
        self.body.setMaximumHeight(110)
        self.send = QPushButton(self.tr("&Queue mail"))
        self.send.setObjectName(f"{name}Send")
        self.cancel = QPushButton(self.tr("Cancel"))
        self.cancel.setObjectName(f"{name}Cancel")
        form = QFormLayout()
        form.addRow(self.tr("To"), self.to)
        form.addRow(self.tr("Subject"), self.subject)
        form.addRow(self.tr("Attached"), self.attachment)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.cancel)
        buttons.addWidget(self.send)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.addLayout(form)
        layout.addWidget(self.body)
        layout.addLayout(buttons)
        self._action: Callable[[], bool] | None = None
        self.send.clicked.connect(self._send)
        self.cancel.clicked.connect(self.hide)
        self.hide()

    def preview(self, mail: MailPreview, action: Callable[[], bool]) -> None:
        """`action` queues the mail and says whether it worked."""
        self.to.setText(mail.to)
        self.subject.setText(mail.subject)
        self.attachment.setText(mail.attachment_name)
        self.body.setPlainText(mail.text)
        self._action = action
        self.show()
        self.send.setFocus()

    def _send(self) -> None:
        if self._action is not None and self._action():
            self.hide()
            self.queued.emit()
