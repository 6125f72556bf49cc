"""The first-run wizard's branch page: this desk becomes a branch office on its own local
file, linked to head office's PostgreSQL server (docs/sync.md).

Head office's server (Test connection), and the branch's site code (BR1: letters and digits,
never head office's own). Finish saves the link (password to the keyring first), creates the
local file and copies head office's users, products, customers and settings into it
(branch_setup.set_up_branch). No administrator is created here: the users came down from head
office, and the person logs in with their head-office account.
"""

from __future__ import annotations

from dataclasses import asdict
from typing import Protocol

from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWizardPage

from app.bootstrap import StartupError
from app.config import Config
from app.head_office_link import HeadOfficeLink, LinkError, open_head_office, save_link
from app.services.branch_setup import check_branch_site_code, head_office_site, set_up_branch
from app.services.unit_of_work import UowFactory
from app.views.settings.database_form import DatabaseForm
from app.views.support.field_errors import ERROR_STYLE, FieldErrors, error_label
from app.views.support.runner import FAILED, run


class BranchWizard(Protocol):
    config: Config
    local_url: str

    def _open_target(self) -> UowFactory: ...


class BranchPage(QWizardPage):
    def __init__(self, wizard: BranchWizard) -> None:
        super().__init__()
        self.setObjectName("branchPage")
        self.owner = wizard
        self.form = DatabaseForm("").server_only()
        self.site_code = QLineEdit()
        self.site_code.setObjectName("branchSiteCode")
        self.site_code.setMaxLength(6)
        self.site_label = QLabel()
        self.site_label.setBuddy(self.site_code)
        self.errors = FieldErrors()
        site_error = error_label("siteCodeError")
        self.errors.add("site_code", self.site_code, site_error)
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.note.setStyleSheet("color: palette(placeholder-text);")
        self.problem = QLabel()
        self.problem.setObjectName("branchProblem")
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet(ERROR_STYLE)
        self.problem.hide()
        site = QFormLayout()
        site.setContentsMargins(24, 0, 0, 0)
        column = QVBoxLayout()
        column.addWidget(self.site_code)
        column.addWidget(site_error)
        site.addRow(self.site_label, column)
        layout = QVBoxLayout(self)
        layout.addWidget(self.form)
        layout.addLayout(site)
        layout.addWidget(self.note)
        layout.addWidget(self.problem)
        layout.addStretch(1)
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Branch office"))
        self.setSubTitle(self.tr("Head office's PostgreSQL server, and this branch's own site "
                                 "code: it starts every document number made here."))
        self.site_label.setText(self.tr("Branch's &site code"))
        self.site_code.setPlaceholderText(self.tr("e.g. BR1"))
        self.note.setText(self.tr(
            "This branch keeps its data in a local file and works on when head office cannot "
            "be reached; it syncs in the background. Users, products, customers and the "
            "company details come from head office: you log in with your head-office account."))
        self.form.retranslate()

    def initializePage(self) -> None:
        self.problem.hide()
        self.form.host.setFocus()

    def nextId(self) -> int:
        return -1  # the last page: Finish

    def show_problem(self, text: str) -> None:
        self.problem.setText(text)
        self.problem.show()

    def validatePage(self) -> bool:
        self.problem.hide()
        self.errors.clear()
        check = self.form.check or self.form.test_connection()
        if check is None:
            return False
        if check.needs_schema or not check.has_users:
            self.show_problem(self.tr(
                "Head office's database is not ready for branches: set head office up (its "
                "schema current, its users created) first."))
            return False
        link = HeadOfficeLink(**asdict(self.form.profile()))
        head_office = open_head_office(self.form.server_url(), link)
        try:
            return self._set_up(link, head_office.uow)
        finally:
            head_office.dispose()

    def _set_up(self, link: HeadOfficeLink, head_office: UowFactory) -> bool:
        hq_site = run(self, head_office_site, head_office)
        if hq_site is FAILED:
            return False
        code = run(self, check_branch_site_code, self.site_code.text(), hq_site,
                   fields=self.errors)
        if code is FAILED:
            return False
        try:  # the password to the keyring first: a branch that cannot sync must not start
            save_link(self.owner.config.data_dir, link, self.form.password.text(),
                      desk_url=self.owner.local_url)
            branch = self.owner._open_target()
        except (LinkError, StartupError) as error:
            self.show_problem(str(error))
            return False
        return run(self, set_up_branch, head_office, branch, code,
                   fields=self.errors) is not FAILED
