"""The first-run wizard's first two pages: the company as it appears on documents, then the
currency and the desk's language (which applies at once)."""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QLabel, QVBoxLayout, QWizardPage

from app.views.settings.company_form import CompanyForm, language_combo, select_data
from app.views.support import preferences
from app.views.support.i18n import current_language, install_language
from app.views.support.runner import FAILED, run


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
