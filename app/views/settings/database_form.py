"""Where the data lives: this computer's file, or a PostgreSQL server several desks share.

Used by the first-run wizard and by Settings. "Test connection" connects once and says in
one line what went wrong (unknown host, refused, wrong password) or what it found there.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QButtonGroup,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.bootstrap import DatabaseCheck, StartupError, check_database
from app.connection_profile import DEFAULT_PORT, ServerProfile

RIGHT, WRONG = "color: #1b6e20;", "color: #b3261e;"


class DatabaseForm(QWidget):
    changed = Signal()

    def __init__(self, local_path: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.check: DatabaseCheck | None = None  # the last successful test of these values
        self.local = QRadioButton()
        self.local.setObjectName("localDatabase")
        self.local.setChecked(True)
        self.server = QRadioButton()
        self.server.setObjectName("serverDatabase")
        group = QButtonGroup(self)
        group.addButton(self.local)
        group.addButton(self.server)
        self.local_path = QLabel(local_path)
        self.local_path.setObjectName("localPath")
        self.local_path.setWordWrap(True)
        self.local_path.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.local_path.setStyleSheet("color: palette(placeholder-text); margin-left: 24px;")
        self.host = QLineEdit()
        self.host.setObjectName("serverHost")
        self.port = QSpinBox()
        self.port.setObjectName("serverPort")
        self.port.setRange(1, 65535)
        self.port.setValue(DEFAULT_PORT)
        self.database = QLineEdit("orderdesk")
        self.database.setObjectName("serverDatabaseName")
        self.user = QLineEdit()
        self.user.setObjectName("serverUser")
        self.password = QLineEdit()
        self.password.setObjectName("serverPassword")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.test_button = QPushButton()
        self.test_button.setObjectName("testConnectionButton")
        self.test_button.clicked.connect(self.test_connection)
        self.result = QLabel()
        self.result.setObjectName("connectionResult")
        self.result.setWordWrap(True)
        self.result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.port.setFixedWidth(110)
        self.detail = QLabel()
        self.detail.setObjectName("connectionDetail")
        self.detail.setWordWrap(True)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.detail.setStyleSheet("color: palette(placeholder-text); font-size: 11px;")
        self.server_box = QWidget()
        self.form = QFormLayout(self.server_box)
        self.form.setContentsMargins(24, 0, 0, 0)
        self.labels = [QLabel() for _ in range(5)]
        for label, widget in zip(self.labels, (self.host, self.port, self.database, self.user,
                                               self.password), strict=True):
            label.setBuddy(widget)
            self.form.addRow(label, widget)
        test_row = QHBoxLayout()
        test_row.addWidget(self.test_button)
        test_row.addStretch(1)
        self.form.addRow("", test_row)
        box = QVBoxLayout()
        box.setContentsMargins(24, 4, 0, 0)
        box.addWidget(self.result)
        box.addWidget(self.detail)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.local)
        layout.addWidget(self.local_path)
        layout.addSpacing(8)
        layout.addWidget(self.server)
        layout.addWidget(self.server_box)
        layout.addLayout(box)
        layout.addStretch(1)
        self.local.toggled.connect(self._kind_changed)
        for edit in (self.host, self.database, self.user, self.password):
            edit.textChanged.connect(self._values_changed)
        self.port.valueChanged.connect(self._values_changed)
        self._kind_changed()
        self.retranslate()

    def retranslate(self) -> None:
        self.local.setText(self.tr("&This computer only (a local file, the simplest)"))
        self.server.setText(self.tr("A &shared PostgreSQL server (several desks work together)"))
        labels = (self.tr("&Host"), self.tr("P&ort"), self.tr("&Database"), self.tr("&User"),
                  self.tr("Pass&word"))
        for label, text in zip(self.labels, labels, strict=True):
            label.setText(text)
        self.host.setPlaceholderText(self.tr("server name or address, e.g. db.office.lan"))
        self.test_button.setText(self.tr("T&est connection"))

    def server_only(self) -> DatabaseForm:
        """Only the server's fields (a branch's head office is always a server)."""
        self.server.setChecked(True)
        for widget in (self.local, self.local_path, self.server):
            widget.hide()
        return self

    # -- values --------------------------------------------------------------------------
    def is_server(self) -> bool:
        return self.server.isChecked()

    def profile(self) -> ServerProfile:
        return ServerProfile(host=self.host.text().strip(), port=self.port.value(),
                             database=self.database.text().strip(),
                             user=self.user.text().strip())

    def server_url(self) -> str:
        return self.profile().url(self.password.text())

    def set_profile(self, profile: ServerProfile | None, password: str = "") -> None:
        if profile is None:
            self.local.setChecked(True)
            return
        self.server.setChecked(True)
        self.host.setText(profile.host)
        self.port.setValue(profile.port)
        self.database.setText(profile.database)
        self.user.setText(profile.user)
        self.password.setText(password)

    # -- testing -------------------------------------------------------------------------
    def missing(self) -> str:
        """What must be filled in before a server can be tried ("" when nothing)."""
        profile = self.profile()
        if not profile.host:
            self.host.setFocus()
            return self.tr("Enter the server's name or address.")
        if not profile.database or not profile.user:
            (self.database if not profile.database else self.user).setFocus()
            return self.tr("Enter the database and the user name.")
        return ""

    def test_connection(self) -> DatabaseCheck | None:
        """Connects once; the result (or the reason it failed) is shown under the button."""
        self.check = None
        if problem := self.missing():
            self._show(problem, ok=False)
            return None
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            check = check_database(self.server_url())
        except StartupError as error:
            self._show(self.explain(str(error)), ok=False, detail=str(error))
            return None
        finally:
            QGuiApplication.restoreOverrideCursor()
        self.check = check
        if check.revision is None:
            found = self.tr("Connected. This database is empty: OrderDesk will create its "
                            "tables.")
        elif check.needs_schema:
            found = self.tr("Connected. This database has an older OrderDesk schema; it can "
                            "be upgraded.")
        elif check.has_users:
            found = self.tr("Connected. OrderDesk is set up there already: you will log in "
                            "with your account.")
        else:
            found = self.tr("Connected. OrderDesk's tables are there, without users yet.")
        self._show(found, ok=True)
        return check

    def explain(self, reason: str) -> str:
        """The driver's reason in words a clerk can act on (the reason itself stays below)."""
        profile = self.profile()
        lowered = reason.lower()
        if "refused" in lowered:
            text = self.tr("The server {0} refuses connections on port {1}. Is PostgreSQL "
                           "running there, and is the port right?")
        elif "password authentication failed" in lowered or "no password supplied" in lowered:
            text = self.tr("The server does not accept user {2} with this password.")
        elif "does not exist" in lowered and "database" in lowered:
            text = self.tr("There is no database {3} on {0}. Ask the server's administrator "
                           "to create it (empty), then test again.")
        elif ("translate host name" in lowered or "name or service not known" in lowered
              or "nodename nor servname" in lowered or "no such host" in lowered):
            text = self.tr("No computer named {0} was found. Check the server's name.")
        elif "timeout" in lowered or "timed out" in lowered:
            text = self.tr("{0} did not answer in time. Is it switched on and reachable from "
                           "this computer?")
        elif "no pg_hba.conf entry" in lowered:
            text = self.tr("The server {0} does not let this computer connect (pg_hba.conf); "
                           "ask its administrator.")
        else:
            text = self.tr("The connection to {0} failed.")
        return (text.replace("{0}", profile.host).replace("{1}", str(profile.port))
                .replace("{2}", profile.user).replace("{3}", profile.database))

    def _show(self, text: str, *, ok: bool, detail: str = "") -> None:
        self.result.setText(text)
        self.result.setStyleSheet(RIGHT if ok else WRONG + " font-weight: 600;")
        self.detail.setText(detail)
        self.detail.setVisible(bool(detail))

    def _kind_changed(self) -> None:
        self.server_box.setEnabled(self.server.isChecked())
        self._values_changed()

    def _values_changed(self) -> None:
        self.check = None  # a test of other values proves nothing
        self.result.clear()
        self.detail.clear()
        self.changed.emit()
