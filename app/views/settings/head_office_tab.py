"""Settings > Head office (administrators, on a desk that works on its local file): the link
this branch syncs over (docs/sync.md). Shows, tests, changes or removes it, the last sync,
and Sync now (the main window's background sync, never on this thread).

A changed or new link is used from the next start; removing it stops syncing then too (the
branch's work stays in its file, and what is waiting is sent if it is linked again).
"""

from __future__ import annotations

from dataclasses import asdict

from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from app.config import Config
from app.head_office_link import (
    HeadOfficeLink,
    LinkError,
    link_password,
    load_link,
    remove_link,
    save_link,
)
from app.services.sync_up import sync_status
from app.views.context import AppContext
from app.views.settings.database_form import RIGHT, WRONG, DatabaseForm
from app.views.support import formatting as fmt
from app.views.support.branch_sync import BranchSync
from app.views.support.runner import FAILED, run


class HeadOfficeTab(QWidget):
    def __init__(self, ctx: AppContext, config: Config, sync: BranchSync | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.config, self.sync = ctx, config, sync
        self.current = QLabel()
        self.current.setObjectName("headOfficeLink")
        self.current.setStyleSheet("font-weight: 600;")
        self.last_sync = QLabel()
        self.last_sync.setObjectName("lastSync")
        self.form = DatabaseForm("").server_only()
        try:
            self.link = load_link(config.data_dir)
        except LinkError as error:
            self.link = None
            self.current.setText(str(error))
        if self.link is not None:
            self.form.set_profile(self.link, link_password(self.link))
        self.status = QLabel()
        self.status.setObjectName("headOfficeStatus")
        self.status.setWordWrap(True)
        self.save_button = QPushButton()
        self.save_button.setObjectName("saveLinkButton")
        self.save_button.clicked.connect(self.save)
        self.remove_button = QPushButton()
        self.remove_button.setObjectName("removeLinkButton")
        self.remove_button.clicked.connect(self.remove)
        self.sync_button = QPushButton()
        self.sync_button.setObjectName("syncNowButton")
        self.sync_button.clicked.connect(self.sync_now)
        self.sync_button.setEnabled(sync is not None)
        if sync is not None:
            sync.attempted.connect(lambda _report: self.show_link())
        buttons = QHBoxLayout()
        buttons.addWidget(self.status, 1)
        for button in (self.sync_button, self.remove_button, self.save_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.current)
        layout.addWidget(self.last_sync)
        layout.addSpacing(8)
        layout.addWidget(self.form, 1)
        layout.addLayout(buttons)
        self.retranslate()

    def retranslate(self) -> None:
        self.save_button.setText(self.tr("&Save link"))
        self.remove_button.setText(self.tr("&Remove link"))
        self.sync_button.setText(self.tr("S&ync now"))
        self.form.retranslate()
        self.show_link()

    def show_link(self) -> None:
        self.remove_button.setEnabled(self.link is not None)
        if self.link is None:
            self.current.setText(self.tr("Not linked: this desk works alone on its file."))
            self.last_sync.clear()
            return
        self.current.setText(self.tr("Linked to head office {0}").replace(
            "{0}", self.link.label))
        status = run(self, sync_status, self.ctx.uow, quiet=True)
        if status is FAILED:
            return
        when = fmt.moment(status.last_synced_at) or self.tr("never")
        self.last_sync.setText(self.tr("Last sync: {0} · {1} changes waiting").replace(
            "{0}", when).replace("{1}", fmt.number(status.waiting)))

    def save(self) -> None:
        if (self.form.check or self.form.test_connection()) is None:
            return
        link = HeadOfficeLink(**asdict(self.form.profile()))
        try:
            save_link(self.config.data_dir, link, self.form.password.text(),
                      desk_url=self.config.db_url)
        except LinkError as error:
            self._say(str(error), ok=False)
            return
        self.link = link
        self.show_link()
        self._say(self.tr("Saved. The new link is used from the next start."), ok=True)

    def remove(self) -> None:
        remove_link(self.config.data_dir)
        self.link = None
        self.show_link()
        self._say(self.tr("Removed. From the next start this desk no longer syncs; its work "
                          "stays in its file."), ok=True)

    def sync_now(self) -> None:
        if self.sync is not None and self.sync.sync_now():
            self._say(self.tr("Syncing in the background…"), ok=True)

    def _say(self, text: str, *, ok: bool) -> None:
        self.status.setText(text)
        self.status.setStyleSheet(RIGHT if ok else WRONG)
