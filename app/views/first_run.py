"""The first start on an empty database: the company, currency and language, where the data
lives (this computer or a shared server), and the first administrator.

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
from app.views.settings.company_form import CompanyForm, language_combo, select_data
from app.views.settings.database_form import DatabaseForm
from app.views.support import preferences
from app.views.support.field_errors import ERROR_STYLE, FieldErrors, error_label
from app.views.support.i18n import current_language, install_language
from app.views.support.runner import FAILED, run

COMPANY_PAGE, REGION_PAGE, DATABASE_PAGE, ADMIN_PAGE = range(4)
_B = QWizard.WizardButton
QT_BUTTON_TEXTS = ((_B.BackButton, "< &Back"), (_B.NextButton, "&Next >"),
                   (_B.FinishButton, "&Finish"), (_B.CancelButton, "Cancel"))


class CompanyPage(QWizardPage):
    def __init__(self, form: CompanyForm) -> None:
        super().__init__()
        self.setObjectName("companyPage")
        self.form = form
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addSpacing(6)
        layout.addWidget(form.letterhead)
        layout.addStretch(1)
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Welcome to OrderDesk"))
        self.setSubTitle(self.tr("Your company, as it appears on quotations, invoices and "
                                 "delivery notes."))
        self.intro.setText(self.tr("Only the name is needed now; everything here can be "
                                   "changed later under File > Settings."))

    def initializePage(self) -> None:
        self.form.name.setFocus()

    def validatePage(self) -> bool:
        self.form.errors.clear()
        if not self.form.name.text().strip():
            self.form.errors.show("company_name", self.tr("Enter the company's name."))
            return False
        return run(self, self.form.details, fields=self.form.errors) is not FAILED


class RegionPage(QWizardPage):
    """Currency and languages; the desk's language applies at once."""

    def __init__(self, form: CompanyForm) -> None:
        super().__init__()
        self.setObjectName("regionPage")
        self.form = form
        self.language = language_combo("deskLanguage")
        select_data(self.language, current_language())
        self.language.setMinimumWidth(260)
        self.language.currentIndexChanged.connect(self._language_chosen)
        self.language_label = QLabel()
        self.language_label.setBuddy(self.language)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet("color: palette(placeholder-text);")
        money = form.money.layout()
        assert isinstance(money, QFormLayout)
        money.insertRow(0, self.language_label, self.language)
        form.add_label(self.language_label)
        layout = QVBoxLayout(self)
        layout.addWidget(form.money)
        layout.addWidget(self.hint)
        layout.addStretch(1)
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Currency and language"))
        self.setSubTitle(self.tr("The currency of your prices and invoices, the language of "
                                 "this desk and of the documents you send."))
        self.language_label.setText(self.tr("This &desk's language"))
        self.hint.setText(self.tr("Each person can switch the desk's language later in the "
                                  "Language menu; a customer can get documents in their own "
                                  "language."))
        self.form.align_labels()

    def initializePage(self) -> None:
        self.language.setFocus()

    def validatePage(self) -> bool:
        return run(self, self.form.details, fields=self.form.errors) is not FAILED

    def _language_chosen(self) -> None:
        code = str(self.language.currentData())
        install_language(code)  # the wizard retranslates on QEvent.LanguageChange
        preferences.set_language(code)


class DatabasePage(QWizardPage):
    def __init__(self, local_path: str) -> None:
        super().__init__()
        self.setObjectName("databasePage")
        self.form = DatabaseForm(local_path)
        self.create_schema = False
        layout = QVBoxLayout(self)
        layout.addWidget(self.form)
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Where your data lives"))
        self.setSubTitle(self.tr("One computer: a local file. Several desks at once: a "
                                 "PostgreSQL server on your network."))
        self.form.retranslate()

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
        for page_id, page in ((COMPANY_PAGE, self.company_page),
                              (REGION_PAGE, self.region_page),
                              (DATABASE_PAGE, self.database_page),
                              (ADMIN_PAGE, self.admin_page)):
            self.setPage(page_id, page)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Set up OrderDesk"))
        # QWizard retranslates its buttons only when the page changes; the desk's language
        # must show at once, so they are set here from Qt's own translations.
        for button, source in QT_BUTTON_TEXTS:
            self.setButtonText(button, QCoreApplication.translate("QWizard", source))
        self.company.retranslate()
        for page in (self.company_page, self.region_page, self.database_page, self.admin_page):
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

