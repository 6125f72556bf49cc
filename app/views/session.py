"""A desk's session: language, first run, log in, the main window, log out and in again."""

from __future__ import annotations

import dataclasses
import importlib
import logging

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

from app.bootstrap import OpenedDatabase, daily_backup, is_local_file, site_code
from app.config import Config
from app.services import users
from app.services.errors import UserFacingError
from app.services.unit_of_work import UowFactory
from app.views.context import AppContext, AppInfo
from app.views.login import LoginDialog
from app.views.main_window import MainWindow
from app.views.support import preferences
from app.views.support.i18n import install_language

FIRST_RUN_MODULE = "app.views.first_run"
BACKUP_CHECK_MS = 60 * 60 * 1000  # hourly: the copy itself is taken once a day


class DesktopSession:
    def __init__(self, uow: UowFactory, info: AppInfo, config: Config, *,
                 demo: bool = False) -> None:
        self.uow = uow
        self.info = info
        self.config = config
        self.demo = demo
        self.window: MainWindow | None = None
        self.login: LoginDialog | None = None
        # A database the first-run wizard opened (disposed at close).
        self.opened: OpenedDatabase | None = None
        self.backup_timer = QTimer()
        self.backup_timer.timeout.connect(self.back_up_if_due)

    def start(self) -> QWidget | None:
        """Shows the login (after the first-run wizard on an empty database); returns the
        first window shown, or None if the user cancelled."""
        install_language(preferences.language())
        if not users.has_users(self.uow(write=False)) and not self._first_run():
            return None
        if is_local_file(self.config.db_url):
            self.backup_timer.start(BACKUP_CHECK_MS)
        return self._ask_login()

    def back_up_if_due(self) -> None:
        """While the program runs for days, the daily copy is still taken."""
        try:
            if copy := daily_backup(self.config):
                logging.getLogger("orderdesk").info("Daily backup written to %s", copy)
        except UserFacingError as exc:
            logging.getLogger("orderdesk").warning("Daily backup failed: %s", exc)

    def _first_run(self) -> bool:
        try:
            module = importlib.import_module(FIRST_RUN_MODULE)
        except ModuleNotFoundError:
            QMessageBox.critical(None, "OrderDesk", (
                "This database has no users yet. Create them with: orderdesk demo --db URL"))
            return False
        wizard = module.FirstRunWizard(self.uow, self.config)
        if wizard.exec() != QDialog.DialogCode.Accepted:
            return False
        if (opened := getattr(wizard, "opened", None)) is not None:
            self._continue_with(opened)
        return True

    def _continue_with(self, opened: OpenedDatabase) -> None:
        """The wizard chose another database (a server, or the local file): work there."""
        self.opened = opened
        self.uow = opened.uow
        url = opened.engine.url.render_as_string(hide_password=False)
        self.config = dataclasses.replace(self.config, db_url=url, source="wizard")
        self.info = dataclasses.replace(self.info, database=opened.label,
                                        site_code=site_code(opened.uow), shared=opened.shared)

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
        self.window = MainWindow(ctx, config=self.config)
        self.window.logout_requested.connect(self._logout)
        self.window.show()

    def _logout(self) -> None:
        # The login first: closing the last visible window first would quit the application.
        window, self.window = self.window, None
        self._ask_login()
        if window is not None:
            window.close()
            window.deleteLater()

    def close(self) -> None:
        self.backup_timer.stop()
        if self.window is not None:
            self.window.close()
        if self.opened is not None:
            self.opened.engine.dispose()
