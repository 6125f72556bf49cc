"""The first start on an empty database: the company, currency and language
(first_run_company.py), where the data lives (this computer, a shared server, or a branch
office linked to head office: first_run_branch.py), and the first administrator.

Nothing is written before Finish; then the server's password goes to the keyring first (a
desk that cannot remember its server must not set the server up), the schema is created if
the user agreed, and the company details and the admin are saved. A server that already has
users is simply joined: its data is left alone and the user logs in with their account.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import (
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QRadioButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from app.bootstrap import OpenedDatabase, StartupError, is_local_file, open_database
from app.config import Config, default_db_url
from app.connection_profile import (
    ProfileError,
    profile_path,
    save_local_profile,
    save_server_profile,
)
from app.services import company, users
from app.services.unit_of_work import UowFactory
from app.views.first_run_branch import BranchPage
from app.views.first_run_company import CompanyPage, RegionPage
from app.views.settings.company_form import CompanyForm
from app.views.settings.database_form import DatabaseForm
from app.views.support import preferences
from app.views.support.field_errors import ERROR_STYLE, FieldErrors, error_label
from app.views.support.runner import FAILED, run

COMPANY_PAGE, REGION_PAGE, DATABASE_PAGE, ADMIN_PAGE, BRANCH_PAGE = range(5)
_B = QWizard.WizardButton
QT_BUTTON_TEXTS = ((_B.BackButton, "< &Back"), (_B.NextButton, "&Next >"),
                   (_B.FinishButton, "&Finish"), (_B.CancelButton, "Cancel"))


class DatabasePage(QWizardPage):
    def __init__(self, local_path: str) -> None:
        super().__init__()
        self.setObjectName("databasePage")
        self.form = DatabaseForm(local_path)
        self.create_schema = False
        self.branch = QRadioButton()  # a third choice beside the file and the server
        self.branch.setObjectName("branchDatabase")
        group = self.form.local.group()
        assert group is not None
        group.addButton(self.branch)
        layout = QVBoxLayout(self)
        layout.addWidget(self.form, 1)
        layout.addWidget(self.branch)
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Where your data lives"))
        self.setSubTitle(self.tr("One computer: a local file. Several desks at once: a "
                                 "PostgreSQL server on your network."))
        self.branch.setText(self.tr("A b&ranch office linked to head office (a local file that "
                                    "syncs with head office's server)"))
        self.form.retranslate()

    def nextId(self) -> int:
        return BRANCH_PAGE if self.branch.isChecked() else ADMIN_PAGE

    def validatePage(self) -> bool:
        self.create_schema = False
        if not self.form.is_server():
            return True
        check = self.form.check or self.form.test_connection()
        if check is None:
            return False
        if check.needs_schema:
            wizard = self.wizard()
            assert isinstance(wizard, FirstRunWizard)
            question = (self.tr("The database {0} has no OrderDesk tables yet. Create them "
                                "now?") if check.revision is None else self.tr(
                "The database {0} has an older OrderDesk schema. Upgrade it now? Every desk "
                "must then run this version.")).replace("{0}", check.label)
            if not wizard.confirm(question):
                return False
            self.create_schema = True
        return True

    def joining(self) -> bool:
        """A server that already has users: nothing is created, the user logs in."""
        return bool(self.form.is_server() and self.form.check and self.form.check.has_users)


class AdminPage(QWizardPage):
    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("adminPage")
        self.errors = FieldErrors()
        self.username = QLineEdit("admin")
        self.username.setObjectName("adminUsername")
        self.display_name = QLineEdit()
        self.display_name.setObjectName("adminDisplayName")
        self.password = QLineEdit()
        self.password.setObjectName("adminPassword")
        self.repeat = QLineEdit()
        self.repeat.setObjectName("adminRepeat")
        for edit in (self.password, self.repeat):
            edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.fields = QWidget()
        form = QFormLayout(self.fields)
        form.setContentsMargins(0, 0, 0, 0)
        self.labels = [QLabel() for _ in range(4)]
        for label, widget, field in zip(self.labels, (
                self.username, self.display_name, self.password, self.repeat),
                ("username", "display_name", "password", "repeat"), strict=True):
            label.setBuddy(widget)
            column = QVBoxLayout()
            column.setSpacing(2)
            column.addWidget(widget)
            problem = error_label(f"{field}Error")
            column.addWidget(problem)
            self.errors.add(field, widget, problem)
            form.addRow(label, column)
        self.joining_note = QLabel()
        self.joining_note.setObjectName("joiningNote")
        self.joining_note.setWordWrap(True)
        self.problem = QLabel()
        self.problem.setObjectName("finishProblem")
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet(ERROR_STYLE)
        self.problem.hide()
        layout = QVBoxLayout(self)
        layout.addWidget(self.fields)
        layout.addWidget(self.joining_note)
        layout.addWidget(self.problem)
        layout.addStretch(1)
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("The first administrator"))
        self.setSubTitle(self.tr("The administrator adds the other users and gives them "
                                 "their roles (File > Settings > Users)."))
        for label, text in zip(self.labels, (
                self.tr("&User name"), self.tr("&Full name"), self.tr("&Password"),
                self.tr("&Repeat password")), strict=True):
            label.setText(text)
        self.password.setPlaceholderText(self.tr("at least 8 characters"))
        self.joining_note.setText(self.tr(
            "This server is in use already: OrderDesk will remember it on this computer and "
            "you log in with the account your administrator gave you. Nothing on the server "
            "is changed."))

    def nextId(self) -> int:
        return -1  # the last page (the branch page comes after the database page instead)

    def initializePage(self) -> None:
        wizard = self.wizard()
        assert isinstance(wizard, FirstRunWizard)
        joining = wizard.database_page.joining()
        self.fields.setVisible(not joining)
        self.joining_note.setVisible(joining)
        self.problem.hide()
        (self.password if self.username.text() else self.username).setFocus()

    def check(self) -> bool:
        self.errors.clear()
        if len(self.password.text()) < users.MIN_PASSWORD:
            self.errors.show("password", self.tr("A password needs at least 8 characters."))
            return False
        if self.password.text() != self.repeat.text():
            self.errors.show("repeat", self.tr("The two passwords differ."))
            return False
        return True

    def validatePage(self) -> bool:
        wizard = self.wizard()
        assert isinstance(wizard, FirstRunWizard)
        if not wizard.database_page.joining() and not self.check():
            return False
        return wizard.finish_setup()

    def show_problem(self, text: str) -> None:
        self.problem.setText(text)
        self.problem.show()


class FirstRunWizard(QWizard):
    """`opened` is the database chosen when it is not the one the program started with; the
    session continues with it (and disposes of it at the end)."""

    def __init__(self, uow: UowFactory, config: Config, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.uow = uow
        self.config = config
        self.opened: OpenedDatabase | None = None
        self.admin_username = ""
        self.setObjectName("firstRunWizard")
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage)
        self.setMinimumSize(720, 560)
        self.company = CompanyForm(config.data_dir, self)
        self.company.hide()  # its two parts live on the company and region pages
        self.local_url = (config.db_url if is_local_file(config.db_url)
                          else default_db_url(config.data_dir))
        self.company_page = CompanyPage(self.company)
        self.region_page = RegionPage(self.company)
        self.database_page = DatabasePage(self.local_url.removeprefix("sqlite:///"))
        self.admin_page = AdminPage()
        self.branch_page = BranchPage(self)  # the branch gets its users from head office
        for page_id, page in ((COMPANY_PAGE, self.company_page),
                              (REGION_PAGE, self.region_page),
                              (DATABASE_PAGE, self.database_page),
                              (ADMIN_PAGE, self.admin_page), (BRANCH_PAGE, self.branch_page)):
            self.setPage(page_id, page)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Set up OrderDesk"))
        # QWizard retranslates its buttons only when the page changes; the desk's language
        # must show at once, so they are set here from Qt's own translations.
        for button, source in QT_BUTTON_TEXTS:
            self.setButtonText(button, QCoreApplication.translate("QWizard", source))
        self.company.retranslate()
        for page in (self.company_page, self.region_page, self.database_page, self.admin_page,
                     self.branch_page):
            page.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def confirm(self, question: str) -> bool:
        """Asked before a server's schema is created; tests replace this method."""
        answer = QMessageBox.question(self, self.tr("Set up OrderDesk"), question)
        return answer == QMessageBox.StandardButton.Yes

    # -- Finish ----------------------------------------------------------------------------
    def finish_setup(self) -> bool:
        """Writes everything; False (and the reason on the last page) keeps the wizard open."""
        page = self.admin_page
        details = run(self, self.company.details, fields=self.company.errors)
        if details is FAILED:
            page.show_problem(self.tr("Check the company details (Back)."))
            return False
        try:
            uow = self._open_target()
        except StartupError as error:
            page.show_problem(str(error))
            return False
        if not self.database_page.joining():
            if run(self, company.setup_company, uow(), details) is FAILED:
                return False
            created = run(self, users.create_first_admin, uow(), page.username.text(),
                          page.display_name.text(), page.password.text(), fields=page.errors)
            if created is FAILED:
                return False
            self.admin_username = page.username.text().strip()
            preferences.set_last_username(self.admin_username)
        return True

    def _open_target(self) -> UowFactory:
        """The chosen database, opened (and given its schema when the user agreed); for a
        server, the profile is saved first so its password is safe in the keyring."""
        self._drop_opened()
        if self.database_page.form.is_server():
            form = self.database_page.form
            try:
                save_server_profile(self.config.data_dir, form.profile(), form.password.text())
            except ProfileError as error:
                raise StartupError(str(error)) from None
            self.opened = open_database(form.server_url(), self.config,
                                        upgrade=self.database_page.create_schema)
            return self.opened.uow
        if profile_path(self.config.data_dir).exists():
            save_local_profile(self.config.data_dir)  # and the old server's password goes
        if self.local_url == self.config.db_url:
            return self.uow
        self.opened = open_database(self.local_url, self.config, upgrade=True)
        return self.opened.uow

    def _drop_opened(self) -> None:
        if self.opened is not None:
            self.opened.engine.dispose()
            self.opened = None

    def reject(self) -> None:
        self._drop_opened()
        super().reject()

