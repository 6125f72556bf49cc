"""Log in: a user name and a password, checked by the services; Enter from either field."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from app.services import users
from app.services.errors import UserFacingError
from app.services.unit_of_work import UowFactory
from app.services.users import LoggedIn
from app.views.support import preferences
from app.views.support.field_errors import ERROR_STYLE
from app.views.support.i18n import service_message
from app.views.support.runner import show_unexpected


class LoginDialog(QDialog):
    def __init__(self, uow: UowFactory, *, subtitle: str = "", username: str = "",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._uow = uow
        self.logged_in: LoggedIn | None = None
        self.setObjectName("loginDialog")
        self.setWindowTitle(self.tr("Log in to OrderDesk"))
        self.setMinimumWidth(380)
        title = QLabel(self.tr("OrderDesk"))
        title.setStyleSheet("font-size: 20px; font-weight: 600;")
        where = QLabel(subtitle)
        where.setObjectName("loginSubtitle")
        where.setWordWrap(True)
        where.setStyleSheet("color: palette(placeholder-text);")
        self.username = QLineEdit(username or preferences.last_username())
        self.username.setObjectName("usernameEdit")
        self.password = QLineEdit()
        self.password.setObjectName("passwordEdit")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.problem = QLabel()
        self.problem.setObjectName("loginProblem")
        self.problem.setStyleSheet(ERROR_STYLE)
        self.problem.setWordWrap(True)
        self.problem.hide()
        form = QFormLayout()
        form.addRow(self.tr("&User name"), self.username)
        form.addRow(self.tr("&Password"), self.password)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Log in"))
        buttons.button(QDialogButtonBox.StandardButton.Ok).setObjectName("loginButton")
        buttons.accepted.connect(self.try_login)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(where)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)
        (self.password if self.username.text() else self.username).setFocus(
            Qt.FocusReason.OtherFocusReason)

    def try_login(self) -> None:
        try:
            self.logged_in = users.log_in(self._uow(write=False), self.username.text(),
                                          self.password.text())
        except UserFacingError as error:
            self.problem.setText(service_message(error))
            self.problem.show()
            self.password.selectAll()
            self.password.setFocus()
            return
        except Exception as error:
            show_unexpected(self, error)
            return
        preferences.set_last_username(self.logged_in.actor.username)
        self.accept()
