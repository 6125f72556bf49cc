"""Users and roles (administrators only): add a user, change a role, deactivate or activate,
reset a password. The services refuse what the rules forbid (e.g. the last admin)."""

from __future__ import annotations

import uuid

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.services import users
from app.services.users import ROLES, Role, UserRow
from app.views.context import AppContext
from app.views.support.field_errors import FieldErrors, error_label
from app.views.support.runner import FAILED, run

ID_ROLE = Qt.ItemDataRole.UserRole


def role_name(role: Role) -> str:
    return QCoreApplication.translate("Roles", role.value.capitalize())


def role_combo(name: str) -> QComboBox:
    combo = QComboBox()
    combo.setObjectName(name)
    for role in ROLES:
        combo.addItem(role_name(role), role.value)  # Qt keeps a StrEnum as a plain str
    return combo


def _field(layout: QFormLayout, label: str, widget: QWidget, errors: FieldErrors,
           field: str) -> None:
    column = QVBoxLayout()
    column.setSpacing(2)
    column.addWidget(widget)
    problem = error_label(f"{field}Error")
    column.addWidget(problem)
    caption = QLabel(label)
    caption.setBuddy(widget)
    layout.addRow(caption, column)
    errors.add(field, widget, problem)


class UsersTab(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.rows: list[UserRow] = []
        self.table = QTableWidget(0, 4)
        self.table.setObjectName("usersTable")
        self.table.setHorizontalHeaderLabels([
            self.tr("User name"), self.tr("Full name"), self.tr("Role"), self.tr("Status")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._selected)

        # The chosen user: role, status, password.
        self.chosen = QGroupBox()
        self.chosen.setObjectName("chosenUser")
        self.role = role_combo("userRole")
        self.apply_role = QPushButton(self.tr("Change &role"))
        self.apply_role.setObjectName("changeRoleButton")
        self.apply_role.clicked.connect(self.change_role)
        self.toggle_active = QPushButton()
        self.toggle_active.setObjectName("toggleActiveButton")
        self.toggle_active.clicked.connect(self.toggle)
        self.new_password = QLineEdit()
        self.new_password.setObjectName("resetPassword")
        self.new_password.setEchoMode(QLineEdit.EchoMode.Password)
        self.new_password.setPlaceholderText(self.tr("new password"))
        self.reset_button = QPushButton(self.tr("Reset pass&word"))
        self.reset_button.setObjectName("resetPasswordButton")
        self.reset_button.clicked.connect(self.reset_password)
        self.reset_errors = FieldErrors()
        chosen = QFormLayout(self.chosen)
        role_row = QHBoxLayout()
        role_row.addWidget(self.role, 1)
        role_row.addWidget(self.apply_role)
        chosen.addRow(self.tr("Role"), role_row)
        password_row = QHBoxLayout()
        password_row.addWidget(self.new_password, 1)
        password_row.addWidget(self.reset_button)
        column = QVBoxLayout()
        column.setSpacing(2)
        column.addLayout(password_row)
        reset_problem = error_label("resetPasswordError")
        column.addWidget(reset_problem)
        self.reset_errors.add("password", self.new_password, reset_problem)
        chosen.addRow(self.tr("Password"), column)
        chosen.addRow("", self.toggle_active)

        # A new user.
        self.add_box = QGroupBox(self.tr("Add a user (Ctrl+N)"))
        self.add_errors = FieldErrors()
        self.add_username = QLineEdit()
        self.add_username.setObjectName("newUsername")
        self.add_name = QLineEdit()
        self.add_name.setObjectName("newDisplayName")
        self.add_role = role_combo("newRole")
        self.add_password = QLineEdit()
        self.add_password.setObjectName("newPassword")
        self.add_password.setEchoMode(QLineEdit.EchoMode.Password)
        self.add_button = QPushButton(self.tr("&Add user"))
        self.add_button.setObjectName("addUserButton")
        self.add_button.clicked.connect(self.add_user)
        self.add_password.returnPressed.connect(self.add_user)
        form = QFormLayout(self.add_box)
        _field(form, self.tr("User &name"), self.add_username, self.add_errors, "username")
        _field(form, self.tr("&Full name"), self.add_name, self.add_errors, "display_name")
        form.addRow(self.tr("R&ole"), self.add_role)
        _field(form, self.tr("&Password"), self.add_password, self.add_errors, "password")
        form.addRow("", self.add_button)
        QShortcut(QKeySequence("Ctrl+N"), self, self.add_username.setFocus)

        right = QVBoxLayout()
        right.addWidget(self.chosen)
        right.addWidget(self.add_box)
        right.addStretch(1)
        layout = QHBoxLayout(self)
        layout.addWidget(self.table, 3)
        layout.addLayout(right, 2)
        self.refresh()

    # -- data ----------------------------------------------------------------------------
    def refresh(self, select: uuid.UUID | None = None) -> None:
        found = run(self, users.list_users, self.ctx.uow(write=False), self.ctx.actor)
        if found is FAILED:
            return
        self.rows = found
        self.table.setRowCount(len(found))
        for row, user in enumerate(found):
            status = self.tr("Active") if user.active else self.tr("Deactivated")
            for column, text in enumerate((user.username, user.display_name,
                                           role_name(user.role), status)):
                item = QTableWidgetItem(text)
                item.setData(ID_ROLE, user.id)
                if not user.active:
                    item.setForeground(Qt.GlobalColor.gray)
                self.table.setItem(row, column, item)
        self.table.resizeColumnToContents(0)
        self.table.resizeColumnToContents(2)
        ids = [u.id for u in found]
        self.table.selectRow(ids.index(select) if select in ids else 0)
        self._selected()

    def current(self) -> UserRow | None:
        row = self.table.currentRow()
        return self.rows[row] if 0 <= row < len(self.rows) else None

    def select_user(self, username: str) -> None:
        for row, user in enumerate(self.rows):
            if user.username == username:
                self.table.selectRow(row)

    def _selected(self) -> None:
        user = self.current()
        self.chosen.setEnabled(user is not None)
        if user is None:
            self.chosen.setTitle(self.tr("No user chosen"))
            return
        self.chosen.setTitle(user.display_name or user.username)
        index = self.role.findData(user.role.value)
        self.role.setCurrentIndex(index)
        self.toggle_active.setText(self.tr("&Deactivate") if user.active
                                   else self.tr("A&ctivate again"))
        self.reset_errors.clear()
        self.new_password.clear()

    # -- actions -------------------------------------------------------------------------
    def add_user(self) -> None:
        new_id = run(self, users.add_user, self.ctx.uow(), self.ctx.actor,
                     self.add_username.text(), self.add_name.text(), self.add_password.text(),
                     Role(self.add_role.currentData()), fields=self.add_errors)
        if new_id is FAILED:
            return
        for edit in (self.add_username, self.add_name, self.add_password):
            edit.clear()
        self.refresh(select=new_id)

    def change_role(self) -> None:
        user = self.current()
        if user is None:
            return
        if run(self, users.change_role, self.ctx.uow(), self.ctx.actor, user.id,
               Role(self.role.currentData())) is not FAILED:
            self.refresh(select=user.id)

    def toggle(self) -> None:
        user = self.current()
        if user is None:
            return
        if run(self, users.set_active, self.ctx.uow(), self.ctx.actor, user.id,
               not user.active) is not FAILED:
            self.refresh(select=user.id)

    def reset_password(self) -> None:
        user = self.current()
        if user is None:
            return
        if run(self, users.reset_password, self.ctx.uow(), self.ctx.actor, user.id,
               self.new_password.text(), fields=self.reset_errors) is FAILED:
            return
        self.new_password.clear()
        self.chosen.setTitle(self.tr("{0}: password reset").replace(
            "{0}", user.display_name or user.username))
