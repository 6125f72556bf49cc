"""A desk's session: language, first run, log in, the main window, log out and in again."""

from __future__ import annotations

import importlib

from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

from app.config import Config
from app.services import users
from app.services.unit_of_work import UowFactory
from app.views.context import AppContext, AppInfo
from app.views.login import LoginDialog
from app.views.main_window import MainWindow
from app.views.support import preferences
from app.views.support.i18n import install_language

FIRST_RUN_MODULE = "app.views.first_run"


class DesktopSession:
    def __init__(self, uow: UowFactory, info: AppInfo, config: Config, *,
                 demo: bool = False) -> None:
        self.uow = uow
        self.info = info
        self.config = config
        self.demo = demo
        self.window: MainWindow | None = None
        self.login: LoginDialog | None = None

    def start(self) -> QWidget | None:
        """Shows the login (after the first-run wizard on an empty database); returns the
        first window shown, or None if the user cancelled."""
        install_language(preferences.language())
        if not users.has_users(self.uow(write=False)) and not self._first_run():
            return None
        return self._ask_login()

    def _first_run(self) -> bool:
        try:
            module = importlib.import_module(FIRST_RUN_MODULE)
        except ModuleNotFoundError:
            QMessageBox.critical(None, "OrderDesk", (
                "This database has no users yet. Create them with: orderdesk demo --db URL"))
            return False
        wizard = module.FirstRunWizard(self.uow, self.config)
        return bool(wizard.exec() == QDialog.DialogCode.Accepted)

    def _ask_login(self) -> QWidget:
        subtitle = self.info.database
        username = "manager" if self.demo and not preferences.last_username() else ""
        self.login = LoginDialog(self.uow, subtitle=subtitle, username=username)
        self.login.accepted.connect(self._open_window)
        self.login.show()
        return self.login

    def _open_window(self) -> None:
        assert self.login is not None and self.login.logged_in is not None
        who = self.login.logged_in
        ctx = AppContext(self.uow, who.actor, self.info, who.display_name)
        self.window = MainWindow(ctx)
        self.window.logout_requested.connect(self._logout)
        self.window.show()

    def _logout(self) -> None:
        if self.window is not None:
            self.window.close()
            self.window.deleteLater()
            self.window = None
        self._ask_login()

    def close(self) -> None:
        if self.window is not None:
            self.window.close()
