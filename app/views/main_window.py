"""The main window: the process steps the user's role may act on, each with the work waiting
there, the step's screen beside them, a global search, menus, and a status bar that says
where the data lives and whether it can be reached."""

from __future__ import annotations

import importlib
import threading
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QIcon, QKeySequence
from PySide6.QtWidgets import (
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMenu,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from app.config import Config
from app.services import users, worklists
from app.services.errors import UserFacingError
from app.views import import_export, outbox_dialog, print_invoices_dialog
from app.views.context import AppContext, AppInfo
from app.views.global_search import GlobalSearch
from app.views.screens import SCREENS, ScreenSpec
from app.views.screens.base import Screen
from app.views.support import branch_sync, labels, preferences
from app.views.support.i18n import LANGUAGES, current_language, install_language
from app.views.support.mail_pump import start_mail_pump
from app.views.support.runner import show_unexpected
from app.views.support.scanner_bridge import install_scanner
from app.views.support.step_delegate import COUNT_ROLE, StepDelegate

__all__ = ["AppInfo", "MainWindow"]
PING_INTERVAL_MS = 15_000
SPEC_ROLE = Qt.ItemDataRole.UserRole


def visible_screens(ctx: AppContext, *, syncing: bool = False) -> list[ScreenSpec]:
    """The steps this user's role may act on (all of them for a manager or admin); the sync
    conflicts only where the desk takes part in sync."""
    return [spec for spec in SCREENS
            if (not spec.permissions or any(ctx.may(action) for action in spec.permissions))
            and (syncing or not spec.sync_only)]


class MainWindow(QMainWindow):
    logout_requested = Signal()
    ping_answered = Signal(bool)  # from the ping thread; queued to the GUI thread

    def __init__(self, ctx: AppContext, parent: QWidget | None = None, *,
                 config: Config | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.config = config  # for Settings (database, backups); None: loaded when opened
        self.info = ctx.info
        self.specs = visible_screens(ctx, syncing=branch_sync.desk_syncs(ctx, config))
        self._screens: dict[str, QWidget] = {}
        self.setObjectName("mainWindow")
        self.setWindowIcon(QIcon(str(_icon())))
        self.resize(1200, 740)
        self._build_centre()
        self._build_menus()
        self._build_status_bar()
        # A branch with a head-office link syncs in the background; its state shows here.
        self.sync = branch_sync.install_branch_sync(self, ctx, config, self.file_menu,
                                                    self.refresh_action, self.refresh)
        self._retranslate()
        self.steps.currentRowChanged.connect(self._show_row)
        self._ping_running = False
        self.ping_answered.connect(self._ping_done)
        self._ping_timer = QTimer(self)
        self._ping_timer.timeout.connect(self.check_connection)
        if self.info.shared:
            self._ping_timer.start(PING_INTERVAL_MS)
        self.refresh()
        # Customer mails queued by any action go out in the background while the desk runs.
        self.mail_pump = start_mail_pump(self, ctx)

    # -- building ------------------------------------------------------------------------
    def _build_centre(self) -> None:
        self.steps = QListWidget()
        self.steps.setObjectName("stepList")
        self.steps.setMinimumWidth(210)
        self.steps.setItemDelegate(StepDelegate(self.steps))
        self.steps.setStyleSheet("QListWidget::item { padding-left: 8px; }")
        for spec in self.specs:
            item = QListWidgetItem()
            item.setData(SPEC_ROLE, spec.key)
            self.steps.addItem(item)
        self.search = GlobalSearch(self.ctx, self)
        self.search.chosen.connect(self.open_record)
        self.heading = QLabel()
        self.heading.setObjectName("stepHeading")
        self.heading.setStyleSheet("font-size: 16px; font-weight: 600; padding: 6px 2px;")
        self.stack = QStackedWidget()
        self.stack.setObjectName("screenStack")
        right = QWidget()
        layout = QVBoxLayout(right)
        layout.setContentsMargins(6, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.stack, 1)
        splitter = QSplitter()
        splitter.setObjectName("mainSplitter")
        splitter.addWidget(self.steps)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([230, 970])
        self.setCentralWidget(splitter)
        toolbar = QToolBar(self)
        toolbar.setObjectName("mainToolbar")
        toolbar.setMovable(False)
        toolbar.addWidget(self.search)
        self.addToolBar(toolbar)

    def _action(self, name: str, slot: Callable[[], object],
                shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None) -> QAction:
        action = QAction(self)
        action.setObjectName(name)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        self.addAction(action)  # shortcuts work wherever the focus is
        return action

    def _build_menus(self) -> None:
        self.refresh_action = self._action("refreshAction", self.refresh,
                                           QKeySequence.StandardKey.Refresh)
        self.search_action = self._action("searchAction", self.search.focus_search, "Ctrl+F")
        self.settings_action = self._action("settingsAction", self.open_settings, "Ctrl+,")
        self.logout_action = self._action("logoutAction", self.logout_requested.emit,
                                          "Ctrl+Shift+L")
        self.quit_action = self._action("quitAction", self.close, QKeySequence.StandardKey.Quit)
        self.about_action = self._action("aboutAction", self.show_about)
        self.step_actions: list[QAction] = []
        for number, spec in enumerate(self.specs[:9], start=1):
            self.step_actions.append(self._action(
                f"goto_{spec.key}", lambda _checked=False, key=spec.key: self.show_screen(key),
                f"Ctrl+{number}"))
        bar = self.menuBar()
        self.file_menu = QMenu(bar)
        self.file_menu.addActions([self.refresh_action, self.search_action])
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.settings_action)
        import_export.add_menu_action(self, self.file_menu, self.ctx)  # data.import/export
        outbox_dialog.add_menu_action(self, self.file_menu, self.ctx)  # every role
        print_invoices_dialog.add_menu_action(self, self.file_menu, self.ctx)  # invoice.manage
        self.file_menu.addSeparator()
        self.file_menu.addActions([self.logout_action, self.quit_action])
        self.go_menu = QMenu(bar)
        self.go_menu.addActions(self.step_actions)
        self.language_menu = QMenu(bar)
        self.language_menu.setObjectName("languageMenu")
        self.language_actions: dict[str, QAction] = {}
        for code, name in LANGUAGES.items():
            action = QAction(name, self)  # each language in its own words, never translated
            action.setObjectName(f"language_{code}")
            action.setCheckable(True)
            action.triggered.connect(lambda _checked=False, c=code: self.switch_language(c))
            self.language_menu.addAction(action)
            self.language_actions[code] = action
        self.help_menu = QMenu(bar)
        self.help_menu.addAction(self.about_action)
        for menu in (self.file_menu, self.go_menu, self.language_menu, self.help_menu):
            bar.addMenu(menu)

    def _build_status_bar(self) -> None:
        bar = self.statusBar()
        bar.setObjectName("statusBar")
        self.database_label = QLabel()
        self.database_label.setObjectName("databaseLabel")
        self.connection_label = QLabel()
        self.connection_label.setObjectName("connectionLabel")
        self.site_label = QLabel()
        self.site_label.setObjectName("siteLabel")
        self.user_label = QLabel()
        self.user_label.setObjectName("userLabel")
        self.version_label = QLabel()
        self.version_label.setObjectName("versionLabel")
        for label in (self.database_label, self.connection_label, self.site_label,
                      self.user_label, self.version_label):
            label.setContentsMargins(6, 0, 6, 0)
        bar.addWidget(self.database_label, 1)
        for label in (self.connection_label, self.site_label, self.user_label,
                      self.version_label):
            bar.addPermanentWidget(label)
        self._reachable = True
        # A serial scanner's codes reach the open station screen; its state shows here.
        self.scanner = install_scanner(self)

    def _retranslate(self) -> None:
        """Every text of the window itself; screens are rebuilt in the new language."""
        self.setWindowTitle(self.tr("OrderDesk"))
        for row, spec in enumerate(self.specs):
            self.steps.item(row).setText(QCoreApplication.translate("Steps", spec.title))
        self.refresh_action.setText(self.tr("&Refresh"))
        self.search_action.setText(self.tr("&Find order, customer or product"))
        self.settings_action.setText(self.tr("&Settings…"))
        self.logout_action.setText(self.tr("Log &out"))
        self.quit_action.setText(self.tr("&Quit"))
        self.about_action.setText(self.tr("&About OrderDesk"))
        for action, spec in zip(self.step_actions, self.specs, strict=False):
            action.setText(QCoreApplication.translate("Steps", spec.title))
        self.file_menu.setTitle(self.tr("&File"))
        self.go_menu.setTitle(self.tr("&Go"))
        self.language_menu.setTitle(self.tr("&Language"))
        self.help_menu.setTitle(self.tr("&Help"))
        for code, action in self.language_actions.items():
            action.setChecked(code == current_language())
        self.search.retranslate()
        if self.sync is not None:
            self.sync.retranslate()
        self.database_label.setText(self.tr("Database: {0}").replace("{0}", self.info.database))
        self.site_label.setText(self.tr("Site {0}").replace("{0}", self.info.site_code))
        name = self.ctx.display_name or self.ctx.actor.username
        role = labels.role(self.ctx.actor.role.value)
        self.user_label.setText(f"{name} ({role})")
        self.version_label.setText(f"OrderDesk {self.info.version}")
        self._show_connection()
        if self.steps.currentRow() >= 0:
            self._set_heading(self.specs[self.steps.currentRow()])

    # -- behaviour -----------------------------------------------------------------------
    def refresh(self) -> None:
        """Reloads the counts and the current screen (F5)."""
        self.update_counts()
        if self.steps.currentRow() < 0 and self.specs:
            self.steps.setCurrentRow(0)  # emits currentRowChanged -> _show_row
        else:
            screen = self.current_screen()
            if isinstance(screen, Screen):
                screen.refresh()

    def update_counts(self) -> None:
        try:
            counts = worklists.count_waiting(self.ctx.uow(write=False))
        except UserFacingError:
            self._set_reachable(False)
            return
        self._set_reachable(True)
        for row, spec in enumerate(self.specs):
            count = counts.get(spec.waiting) if spec.waiting else None
            item = self.steps.item(row)
            item.setData(COUNT_ROLE, None if count is None else str(count))
            title = QCoreApplication.translate("Steps", spec.title)
            accessible = title if count is None else self.tr("{0}, {1} waiting").replace(
                "{0}", title).replace("{1}", str(count))
            item.setData(Qt.ItemDataRole.AccessibleTextRole, accessible)

    def show_screen(self, key: str) -> QWidget | None:
        for row, spec in enumerate(self.specs):
            if spec.key == key:
                self.steps.setCurrentRow(row)
                return self.current_screen()
        return None

    def current_screen(self) -> QWidget | None:
        row = self.steps.currentRow()
        return self._screens.get(self.specs[row].key) if row >= 0 else None

    def _set_heading(self, spec: ScreenSpec) -> None:
        self.heading.setText(QCoreApplication.translate("Steps", spec.title))

    def _show_row(self, row: int) -> None:
        if row < 0:
            return
        spec = self.specs[row]
        self._set_heading(spec)
        screen = self._screens.get(spec.key)
        if screen is None:
            screen = self._create(spec)
            self._screens[spec.key] = screen
            self.stack.addWidget(screen)
        elif isinstance(screen, Screen):
            screen.refresh()
        self.stack.setCurrentWidget(screen)
        if isinstance(screen, Screen):
            screen.focus_first()

    def _create(self, spec: ScreenSpec) -> QWidget:
        try:
            module = importlib.import_module(spec.module)
        except ModuleNotFoundError as missing:
            if missing.name != spec.module:
                raise
            return self._note(self.tr("This screen is not part of this version yet."))
        try:
            screen: QWidget = getattr(module, spec.class_name)(self.ctx)
            if isinstance(screen, Screen):
                screen.refresh()
        except Exception as error:  # a broken screen must not take the window
            show_unexpected(self, error)
            return self._note(self.tr("This screen could not be opened."))
        screen.setObjectName(f"{spec.key}Screen")
        return screen

    @staticmethod
    def _note(text: str) -> QLabel:
        label = QLabel(text)
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        return label

    def open_record(self, kind: str, record_id: object) -> None:
        """From the global search: the first screen that can show this kind of record."""
        wanted = {"order": ("orders",), "customer": ("customers",),
                  "product": ("inventory",)}.get(kind, ())
        for key in wanted:
            screen = self.show_screen(key)
            if isinstance(screen, Screen) and screen.open_record(kind, record_id):
                return
        self.statusBar().showMessage(self.tr("No screen of yours shows this record."), 5000)

    def switch_language(self, code: str) -> None:
        install_language(code)
        preferences.set_language(code)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._rebuild_screens()
            self._retranslate()
        super().changeEvent(event)

    def _rebuild_screens(self) -> None:
        # Screens set their texts once; the cheapest correct retranslation is a fresh screen.
        row = self.steps.currentRow()
        for screen in self._screens.values():
            self.stack.removeWidget(screen)
            screen.deleteLater()
        self._screens.clear()
        if row >= 0:
            self._show_row(row)

    def check_connection(self) -> None:
        """Pings the shared server off the GUI thread: a server that does not answer takes
        up to the connect timeout (10 s), which must not freeze the desk every 15 s."""
        if self._ping_running:
            return
        self._ping_running = True
        threading.Thread(target=self._ping, name="orderdesk-ping", daemon=True).start()

    def _ping(self) -> None:  # on the ping thread: no widgets here, only the signal
        try:
            users.ping(self.ctx.uow(write=False))
        except Exception:  # any failure means "not reachable" to the user
            self.ping_answered.emit(False)
            return
        self.ping_answered.emit(True)

    def _ping_done(self, reachable: bool) -> None:
        self._ping_running = False
        self._set_reachable(reachable)

    def _set_reachable(self, reachable: bool) -> None:
        self._reachable = reachable
        self._show_connection()

    def _show_connection(self) -> None:
        if not self.info.shared:
            self.connection_label.setText(self.tr("Local file"))
            self.connection_label.setStyleSheet("")
        elif self._reachable:
            self.connection_label.setText(self.tr("Server reachable"))
            self.connection_label.setStyleSheet("color: #1b6e20;")
        else:
            self.connection_label.setText(self.tr("Server unreachable: nothing can be saved"))
            self.connection_label.setStyleSheet("color: #b3261e; font-weight: 600;")

    def open_settings(self) -> None:
        """File > Settings… (Ctrl+,): company, language, database, users, backups."""
        from app.config import load_config
        from app.views.settings import SettingsDialog

        dialog = SettingsDialog(self.ctx, self.config or load_config(), self)
        dialog.exec()

    def show_about(self) -> None:
        QMessageBox.about(self, self.tr("About OrderDesk"), self.tr(
            "OrderDesk {0}\nOrder to cash for small firms.").replace("{0}", self.info.version))


def _icon() -> object:
    from app.resources import resource_path

    return resource_path("icons", "orderdesk.svg")
