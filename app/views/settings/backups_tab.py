"""Backups of the local file (folder, how many copies, back up now, restore) and where the log
file is. A shared server is backed up by its administrator, so the tab only says so."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QProcess, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.bootstrap import backup_policy, local_file_path
from app.config import Config
from app.services import backups
from app.services.backups import BackupCopy, BackupPolicy
from app.views.context import AppContext
from app.views.support.field_errors import FieldErrors, error_label
from app.views.support.formatting import moment, number
from app.views.support.runner import FAILED, run

PATH_ROLE = Qt.ItemDataRole.UserRole


class BackupsTab(QWidget):
    def __init__(self, ctx: AppContext, config: Config, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.config = config
        self.db_path = local_file_path(config.db_url)
        self.copies: list[BackupCopy] = []
        self.errors = FieldErrors()
        layout = QVBoxLayout(self)
        backup_box = QGroupBox(self.tr("Backups of this computer's database"))
        layout.addWidget(backup_box, 1)
        box = QVBoxLayout(backup_box)
        if self.db_path is None:
            note = QLabel(self.tr(
                "The data is on a shared PostgreSQL server: its administrator backs it up "
                "there (for example every night with pg_dump). Nothing to set here."))
            note.setObjectName("serverBackupNote")
            note.setWordWrap(True)
            box.addWidget(note)
        else:
            self._build_local(box)
        log_box = QGroupBox(self.tr("Log file"))
        logs = QHBoxLayout(log_box)
        self.log_path = QLabel(str(config.log_dir))
        self.log_path.setObjectName("logFolder")
        self.log_path.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.open_logs = QPushButton(self.tr("Open &log folder"))
        self.open_logs.setObjectName("openLogFolderButton")
        self.open_logs.clicked.connect(self.open_log_folder)
        logs.addWidget(self.log_path, 1)
        logs.addWidget(self.open_logs)
        layout.addWidget(log_box)

    def _build_local(self, box: QVBoxLayout) -> None:
        assert self.db_path is not None
        policy = backup_policy(self.config)
        may = self.ctx.may("settings.manage")
        self.folder = QLineEdit(str(policy.folder))
        self.folder.setObjectName("backupFolder")
        self.browse = QPushButton(self.tr("&Browse…"))
        self.browse.setObjectName("browseBackupFolder")
        self.browse.clicked.connect(self.choose_folder)
        self.keep = QSpinBox()
        self.keep.setObjectName("backupKeep")
        self.keep.setRange(1, 365)
        self.keep.setValue(policy.keep)
        self.keep.setFixedWidth(90)
        self.save_policy_button = QPushButton(self.tr("&Save"))
        self.save_policy_button.setObjectName("saveBackupPolicy")
        self.save_policy_button.clicked.connect(self.save_policy)
        for widget in (self.folder, self.browse, self.keep, self.save_policy_button):
            widget.setEnabled(may)
        form = QFormLayout()
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder, 1)
        folder_row.addWidget(self.browse)
        folder_column = QVBoxLayout()
        folder_column.addLayout(folder_row)
        folder_problem = error_label("backupFolderError")
        folder_column.addWidget(folder_problem)
        self.errors.add("folder", self.folder, folder_problem)
        folder_label = QLabel(self.tr("&Folder"))
        folder_label.setBuddy(self.folder)
        form.addRow(folder_label, folder_column)
        keep_row = QHBoxLayout()
        keep_row.addWidget(self.keep)
        keep_row.addWidget(QLabel(self.tr("copies, the oldest are deleted")))
        keep_row.addStretch(1)
        keep_row.addWidget(self.save_policy_button)
        keep_label = QLabel(self.tr("&Keep"))
        keep_label.setBuddy(self.keep)
        form.addRow(keep_label, keep_row)
        box.addLayout(form)
        explain = QLabel(self.tr("A copy is taken automatically once a day and before every "
                                 "upgrade, while OrderDesk runs."))
        explain.setWordWrap(True)
        explain.setStyleSheet("color: palette(placeholder-text);")
        box.addWidget(explain)
        self.table = QTableWidget(0, 3)
        self.table.setObjectName("backupTable")
        self.table.setHorizontalHeaderLabels([self.tr("Taken"), self.tr("Kind"),
                                              self.tr("Size (KB)")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        box.addWidget(self.table, 1)
        self.back_up_button = QPushButton(self.tr("Back &up now"))
        self.back_up_button.setObjectName("backUpNowButton")
        self.back_up_button.setToolTip("Ctrl+B")
        self.back_up_button.clicked.connect(self.back_up_now)
        QShortcut(QKeySequence("Ctrl+B"), self, self.back_up_now)
        self.restore_button = QPushButton(self.tr("&Restore…"))
        self.restore_button.setObjectName("restoreButton")
        self.restore_button.clicked.connect(self.restore_chosen)
        self.restore_button.setEnabled(may)
        self.status = QLabel()
        self.status.setObjectName("backupStatus")
        self.status.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.back_up_button)
        buttons.addWidget(self.restore_button)
        buttons.addWidget(self.status, 1)
        box.addLayout(buttons)
        self.refresh()

    # -- data ----------------------------------------------------------------------------
    def policy(self) -> BackupPolicy:
        return BackupPolicy(Path(self.folder.text().strip()), self.keep.value())

    def refresh(self) -> None:
        assert self.db_path is not None
        self.copies = backups.list_backups(self.policy().folder, self.db_path.stem)
        kinds = {"daily": self.tr("Daily"), "manual": self.tr("By hand"),
                 "pre-upgrade": self.tr("Before an upgrade"),
                 "before-restore": self.tr("Before a restore")}
        self.table.setRowCount(len(self.copies))
        for row, copy in enumerate(self.copies):
            cells = (moment(copy.taken_at), kinds.get(copy.label, copy.label),
                     number(round(copy.size / 1024)))
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(PATH_ROLE, str(copy.path))
                if column == 2:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight
                                          | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(row, column, item)
        if self.copies:
            self.table.selectRow(0)

    # -- actions -------------------------------------------------------------------------
    def choose_folder(self) -> None:
        chosen = QFileDialog.getExistingDirectory(self, self.tr("Folder for backups"),
                                                  self.folder.text())
        if chosen:
            self.folder.setText(chosen)

    def save_policy(self) -> None:
        if run(self, backups.save_policy, self.config.data_dir, self.policy(),
               fields=self.errors) is FAILED:
            return
        backups.rotate(self.policy().folder, self._stem(), self.policy().keep)
        self.status.setText(self.tr("Saved."))
        self.refresh()

    def back_up_now(self) -> None:
        assert self.db_path is not None
        copy = run(self, backups.back_up, self.db_path, self.policy(), "manual")
        if copy is FAILED:
            return
        self.status.setText(self.tr("Copy written: {0}").replace("{0}", copy.name))
        self.refresh()

    def chosen_copy(self) -> BackupCopy | None:
        row = self.table.currentRow()
        return self.copies[row] if 0 <= row < len(self.copies) else None

    def restore_chosen(self) -> None:
        assert self.db_path is not None
        copy = self.chosen_copy()
        if copy is None:
            self.status.setText(self.tr("Choose a copy in the list first."))
            return
        if not self.confirm(self.tr(
                "Put the copy of {0} back? Everything entered since then is replaced. A copy "
                "of the database as it is now is taken first.").replace(
                    "{0}", moment(copy.taken_at))):
            return
        safety = run(self, backups.restore, copy.path, self.db_path, self.policy())
        if safety is FAILED:
            return
        self.refresh()
        self.status.setText(self.tr("Restored. The database as it was is kept as {0}.").replace(
            "{0}", safety.name))
        if self.ask_restart():
            restart()

    def confirm(self, question: str) -> bool:
        """Tests replace this (a modal box cannot be answered from a test)."""
        return QMessageBox.question(self, self.tr("Restore"), question) == (
            QMessageBox.StandardButton.Yes)

    def ask_restart(self) -> bool:
        return QMessageBox.question(self, self.tr("Restore"), self.tr(
            "OrderDesk must start again to work with the restored data. Restart now?")) == (
            QMessageBox.StandardButton.Yes)

    def open_log_folder(self) -> None:
        self.config.log_dir.mkdir(parents=True, exist_ok=True)
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.config.log_dir)))

    def _stem(self) -> str:
        assert self.db_path is not None
        return self.db_path.stem


def restart() -> None:
    """Starts a new OrderDesk with the same arguments, then ends this one."""
    # A frozen bundle is its own executable; from source, Python runs the same script again.
    arguments = sys.argv[1:] if getattr(sys, "frozen", False) else sys.argv
    QProcess.startDetached(sys.executable, arguments)
    QApplication.quit()
