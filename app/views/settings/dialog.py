"""File > Settings…: the company and languages, the database this desk opens, users and roles
(administrators), backups and the log file."""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtCore import QEvent, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.bootstrap import is_local_file
from app.config import Config, default_db_url
from app.connection_profile import (
    ProfileError,
    load_profile,
    lookup_password,
    save_local_profile,
    save_server_profile,
)
from app.services import company
from app.views.context import AppContext
from app.views.settings.backups_tab import BackupsTab
from app.views.settings.company_form import CompanyForm, language_combo, select_data
from app.views.settings.database_form import RIGHT, WRONG, DatabaseForm
from app.views.settings.devices_tab import DevicesTab
from app.views.settings.head_office_tab import HeadOfficeTab
from app.views.settings.kpi_targets_tab import KpiTargetsTab
from app.views.settings.mail_tab import MailTab
from app.views.settings.users_tab import UsersTab
from app.views.support import preferences
from app.views.support.i18n import current_language, install_language
from app.views.support.runner import FAILED, run


class GeneralTab(QWidget):
    """The desk's language (applies at once, for this person at this computer) and the
    company details (for everyone; managers and admins may change them)."""

    def __init__(self, ctx: AppContext, config: Config, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.language = language_combo("deskLanguage")
        select_data(self.language, current_language())
        self.language.setMinimumWidth(260)
        self.language.currentIndexChanged.connect(self._language_chosen)
        self.form = CompanyForm(config.data_dir)
        money = self.form.money.layout()
        assert isinstance(money, QFormLayout)
        self.language_label = QLabel()
        self.language_label.setBuddy(self.language)
        money.insertRow(0, self.language_label, self.language)
        self.form.add_label(self.language_label)
        self.save_button = QPushButton()
        self.save_button.setObjectName("saveCompanyButton")
        self.save_button.clicked.connect(self.save)
        self.status = QLabel()
        self.status.setObjectName("companyStatus")
        may = ctx.may("settings.manage")
        self.form.set_read_only(not may)
        self.language.setEnabled(True)  # everyone chooses their own language
        self.save_button.setVisible(may)
        details = run(self, company.get_company, ctx.uow(write=False))
        if details is not FAILED:
            self.form.set_details(details)
        buttons = QHBoxLayout()
        buttons.addWidget(self.status, 1)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.form)
        layout.addStretch(1)
        layout.addLayout(buttons)
        self.retranslate()

    def retranslate(self) -> None:
        self.language_label.setText(self.tr("This &desk's language"))
        self.save_button.setText(self.tr("&Save company details"))
        self.form.retranslate()

    def save(self) -> None:
        self.status.clear()
        details = run(self, self.form.details, fields=self.form.errors)
        if details is FAILED:
            return
        if run(self, company.save_company, self.ctx.uow(), self.ctx.actor, details,
               fields=self.form.errors) is FAILED:
            return
        self.status.setText(self.tr("Saved: documents use these details from now on."))
        self.status.setStyleSheet(RIGHT)

    def _language_chosen(self) -> None:
        code = str(self.language.currentData())
        install_language(code)
        preferences.set_language(code)


class DatabaseTab(QWidget):
    """Which database this desk opens next time (a saved profile; password in the keyring)."""

    def __init__(self, ctx: AppContext, config: Config, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.config = config
        local = config.db_url if is_local_file(config.db_url) else default_db_url(
            config.data_dir)
        self.current = QLabel()
        self.current.setObjectName("currentDatabase")
        self.current.setWordWrap(True)
        self.current.setStyleSheet("font-weight: 600;")
        self.form = DatabaseForm(local.removeprefix("sqlite:///"))
        try:
            profile = load_profile(config.data_dir)
        except ProfileError:
            profile = None
        if profile is not None:
            self.form.set_profile(profile, lookup_password(profile) or "")
        self.save_button = QPushButton()
        self.save_button.setObjectName("saveConnectionButton")
        self.save_button.clicked.connect(self.save)
        self.status = QLabel()
        self.status.setObjectName("connectionStatus")
        self.status.setWordWrap(True)
        may = ctx.may("settings.manage")
        self.form.setEnabled(may)
        self.save_button.setVisible(may)
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.note.setStyleSheet("color: palette(placeholder-text);")
        buttons = QHBoxLayout()
        buttons.addWidget(self.status, 1)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.current)
        layout.addWidget(self.note)
        layout.addSpacing(8)
        layout.addWidget(self.form, 1)
        layout.addLayout(buttons)
        self.info = ctx.info
        self.retranslate()

    def retranslate(self) -> None:
        self.current.setText(self.tr("Now open: {0}").replace("{0}", self.info.database))
        self.note.setText(self.tr(
            "A change applies when OrderDesk starts next time. The server's password is kept "
            "in this computer's keyring, never in a file. --db and ORDERDESK_DB_URL still "
            "win over this choice."))
        self.save_button.setText(self.tr("Use &next time"))
        self.form.retranslate()

    def save(self) -> None:
        self.status.setStyleSheet("")
        if self.form.is_server():
            if (self.form.check or self.form.test_connection()) is None:
                return
            if self.form.check is not None and self.form.check.needs_schema:
                self.status.setText(self.tr(
                    "That database has no current OrderDesk schema: run orderdesk migrate "
                    "--db URL on it first."))
                self.status.setStyleSheet(WRONG)
                return
            try:
                save_server_profile(self.config.data_dir, self.form.profile(),
                                    self.form.password.text())
            except ProfileError as error:
                self.status.setText(str(error))
                self.status.setStyleSheet(WRONG)
                return
        else:
            save_local_profile(self.config.data_dir)
        self.status.setText(self.tr("Saved. Restart OrderDesk to open it."))
        self.status.setStyleSheet(RIGHT)


QWidgetT = TypeVar("QWidgetT", bound=QWidget)


class SettingsDialog(QDialog):
    def __init__(self, ctx: AppContext, config: Config, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("settingsDialog")
        self.resize(900, 620)
        self.ctx, self.config = ctx, config
        self._rebuild_pending = False
        self.tabs = QTabWidget()
        self.tabs.setObjectName("settingsTabs")
        self.general = GeneralTab(ctx, config)
        self.database = DatabaseTab(ctx, config)
        self.backups = BackupsTab(ctx, config)
        self.users: UsersTab | None = UsersTab(ctx) if ctx.may("users.manage") else None
        self.tabs.addTab(self.general, "")
        self.tabs.addTab(self.database, "")
        if self.users is not None:
            self.tabs.addTab(self.users, "")
        self.tabs.addTab(self.backups, "")
        self.targets = KpiTargetsTab(ctx) if ctx.may("settings.manage") else None
        if self.targets is not None:
            self.tabs.addTab(self.targets, "")
        self.mail = MailTab(ctx) if ctx.may("settings.manage") else None
        if self.mail is not None:
            self.tabs.addTab(self.mail, "")
        self.devices = DevicesTab()  # this workstation's scanner and printer: everyone's own
        self.tabs.addTab(self.devices, "")
        # A branch's link to head office: administrators, on a desk that works on its file
        # (last, so the other tabs keep their Alt+number).
        self.head_office = HeadOfficeTab(ctx, config, getattr(parent, "sync", None)) if (
            ctx.may("users.manage") and is_local_file(config.db_url)) else None
        if self.head_office is not None:
            self.tabs.addTab(self.head_office, "")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(buttons)
        # Ctrl+PgDown/PgUp move between tabs (QTabWidget); Alt+1..4 jump straight there.
        for index in range(self.tabs.count()):
            QShortcut(QKeySequence(f"Alt+{index + 1}"), self,
                      lambda i=index: self.tabs.setCurrentIndex(i))
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Settings"))
        # No mnemonics on the tabs: Alt+1..4 switch, the letters belong to the fields.
        titles = [self.tr("Company and language"), self.tr("Database")]
        if self.users is not None:
            titles.append(self.tr("Users and roles"))
        titles.append(self.tr("Backups and log"))
        if self.targets is not None:
            titles.append(self.tr("KPI targets"))
        if self.mail is not None:
            titles.append(self.tr("Mail"))
        titles.append(self.tr("Devices"))
        if self.head_office is not None:
            titles.append(self.tr("Head office"))
            self.head_office.retranslate()
        for index, title in enumerate(titles):
            self.tabs.setTabText(index, title)
        self.general.retranslate()
        self.database.retranslate()
        if self.mail is not None:
            self.mail.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange and not self._rebuild_pending:
            # Qt sends one LanguageChange per translator swapped: rebuild once, afterwards.
            self._rebuild_pending = True
            QTimer.singleShot(0, self._rebuild_lists)
        super().changeEvent(event)

    def _rebuild_lists(self) -> None:
        """The users and backups tabs set their texts once; fresh ones come up translated,
        each in its old place."""
        self._rebuild_pending = False
        current = self.tabs.currentIndex()
        if self.users is not None:
            self.users = self._replace(self.users, UsersTab(self.ctx))
        self.backups = self._replace(self.backups, BackupsTab(self.ctx, self.config))
        if self.targets is not None:
            self.targets = self._replace(self.targets, KpiTargetsTab(self.ctx))
        self.tabs.setCurrentIndex(current)
        self.retranslate()

    def _replace(self, old: QWidget, new: QWidgetT) -> QWidgetT:
        index = self.tabs.indexOf(old)
        self.tabs.removeTab(index)
        old.deleteLater()
        self.tabs.insertTab(index, new, "")
        return new

    def show_tab(self, name: str) -> QWidget:
        widget = {"general": self.general, "database": self.database, "users": self.users,
                  "backups": self.backups, "targets": self.targets, "devices": self.devices,
                  "mail": self.mail, "head_office": self.head_office}[name]
        assert widget is not None
        self.tabs.setCurrentWidget(widget)
        return widget

