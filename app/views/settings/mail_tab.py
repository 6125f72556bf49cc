"""Settings > Mail (managers): the server the outbox sends through, its password (kept in
this computer's keyring, never in the database) and a button that tries the connection."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.mail_password import (
    MailPasswordError,
    forget_mail_password,
    lookup_mail_password,
    store_mail_password,
)
from app.services import mail_settings
from app.services.mail_settings import MailServer
from app.views.context import AppContext
from app.views.settings.database_form import RIGHT, WRONG
from app.views.support.field_errors import FieldErrors, error_label
from app.views.support.runner import FAILED, run

# The port each security choice usually runs on: switching the choice moves a default port.
USUAL_PORTS = {"starttls": "587", "ssl": "465", "none": "25"}


class MailTab(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.errors = FieldErrors()
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.note.setStyleSheet("color: palette(placeholder-text);")
        self.host = self._edit("smtpHost", "mail.example.com")
        self.port = self._edit("smtpPort", "587")
        self.port.setMinimumWidth(0)
        self.port.setMaximumWidth(90)
        self.security = QComboBox()
        self.security.setObjectName("smtpSecurity")
        for value in mail_settings.SECURITY_CHOICES:
            self.security.addItem("", value)
        self.user = self._edit("smtpUser", "orders@example.com")
        self.password = self._edit("smtpPassword", "")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.sender = self._edit("smtpFrom", "orders@example.com")
        self.cafile = self._edit("smtpCafile", "")
        self.labels: dict[str, QLabel] = {}
        form = QFormLayout()
        form.setVerticalSpacing(4)
        for key, widget in (("smtp_host", self.host), ("smtp_port", self.port),
                            ("smtp_security", self.security), ("smtp_user", self.user),
                            ("smtp_password", self.password), ("smtp_from", self.sender),
                            ("smtp_cafile", self.cafile)):
            label = QLabel()
            label.setBuddy(widget)
            self.labels[key] = label
            error = error_label("error_" + key)
            box = QVBoxLayout()
            box.setSpacing(2)
            box.addWidget(widget, 0, Qt.AlignmentFlag.AlignLeft)
            box.addWidget(error)
            form.addRow(label, box)
            self.errors.add(key, widget, error)
        self.test_button = QPushButton()
        self.test_button.setObjectName("testMailButton")
        self.test_button.clicked.connect(self.test_connection)
        self.save_button = QPushButton()
        self.save_button.setObjectName("saveMailButton")
        self.save_button.clicked.connect(self.save)
        self.status = QLabel()
        self.status.setObjectName("mailStatus")
        self.status.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.status, 1)
        buttons.addWidget(self.test_button)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addSpacing(8)
        layout.addLayout(form)
        layout.addStretch(1)
        layout.addLayout(buttons)
        self.saved = MailServer()
        current = run(self, mail_settings.get_mail_server, ctx.uow(write=False))
        if current is not FAILED:
            self._show(current)
        self.security.currentIndexChanged.connect(self._security_chosen)
        self.retranslate()

    def showEvent(self, event: QShowEvent) -> None:
        # Enter in a field saves. Set here, not in __init__: only inside the dialog does the
        # button register as the dialog's default (the Close button would take Enter).
        self.save_button.setDefault(True)
        super().showEvent(event)

    def _edit(self, name: str, placeholder: str) -> QLineEdit:
        edit = QLineEdit()
        edit.setObjectName(name)
        edit.setPlaceholderText(placeholder)
        edit.setMinimumWidth(360)  # room for a long host or address, not a paragraph
        return edit

    def retranslate(self) -> None:
        self.note.setText(self.tr(
            "The server the outbox sends customer mails through. The password is kept in "
            "this computer's keyring, never in the database: enter it on each desk that "
            "sends mail."))
        texts = {"smtp_host": self.tr("Mail &server"), "smtp_port": self.tr("&Port"),
                 "smtp_security": self.tr("Se&curity"), "smtp_user": self.tr("&User name"),
                 "smtp_password": self.tr("Pass&word"), "smtp_from": self.tr("Send &from"),
                 "smtp_cafile": self.tr("CA f&ile (optional)")}
        for key, text in texts.items():
            self.labels[key].setText(text)
        names = {"starttls": self.tr("STARTTLS (usually port 587)"),
                 "ssl": self.tr("SSL/TLS (usually port 465)"),
                 "none": self.tr("None: unencrypted (only inside the office)")}
        for index in range(self.security.count()):
            self.security.setItemText(index, names[str(self.security.itemData(index))])
        self.user.setToolTip(self.tr("Leave empty for a server that needs no login."))
        self.cafile.setToolTip(self.tr(
            "Only for a company server with its own certificate; public ones are trusted."))
        self.test_button.setText(self.tr("&Test connection"))
        self.save_button.setText(self.tr("Sa&ve mail server"))

    def server(self) -> MailServer:
        return MailServer(self.host.text(), self.port.text(),
                          str(self.security.currentData()), self.user.text(),
                          self.sender.text(), self.cafile.text())

    def _show(self, server: MailServer) -> None:
        self.saved = server
        self.host.setText(server.smtp_host)
        self.port.setText(server.smtp_port)
        index = self.security.findData(server.smtp_security)
        self.security.setCurrentIndex(max(index, 0))
        self.user.setText(server.smtp_user)
        self.sender.setText(server.smtp_from)
        self.cafile.setText(server.smtp_cafile)
        if server.smtp_user:
            self.password.setText(lookup_mail_password(server.smtp_user, server.smtp_host))

    def _security_chosen(self) -> None:
        if self.port.text().strip() in USUAL_PORTS.values():
            self.port.setText(USUAL_PORTS[str(self.security.currentData())])

    def test_connection(self) -> bool:
        self._clear()
        # On this thread: a refused port answers at once, a silent host after TEST_TIMEOUT
        # (10 s) at most; the wait cursor says the desk is busy, not stuck.
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            result = run(self, mail_settings.test_mail_server, self.server(),
                         self.password.text(), fields=self.errors)
        finally:
            QApplication.restoreOverrideCursor()
        if result is FAILED:
            return False
        self._say(self.tr("The mail server answered and accepted the login."), RIGHT)
        return True

    def save(self) -> bool:
        self._clear()
        clean = run(self, mail_settings.save_mail_server, self.ctx.uow(), self.ctx.actor,
                    self.server(), fields=self.errors)
        if clean is FAILED:
            return False
        old = self.saved
        try:
            if clean.smtp_user:
                store_mail_password(clean.smtp_user, clean.smtp_host, self.password.text())
            if (old.smtp_user, old.smtp_host) != (clean.smtp_user, clean.smtp_host):
                forget_mail_password(old.smtp_user, old.smtp_host)
        except MailPasswordError as error:
            self._show(clean)
            self._say(str(error), WRONG)
            return False
        self._show(clean)
        self._say(self.tr("Saved: the outbox sends through this server from now on."), RIGHT)
        return True

    def _clear(self) -> None:
        self.errors.clear()
        self.status.clear()
        self.status.setStyleSheet("")

    def _say(self, text: str, style: str) -> None:
        self.status.setText(text)
        self.status.setStyleSheet(style)
