"""File > Import / export…: bring customers, products, opening stock and orders in from CSV or
XLSX files (with a preview first), and take them out again.

The main window adds the menu entry with one line (see `add_menu_action`); the pages follow
the services' permissions: `data.import` (manager, admin) for the Import page,
`data.export` (manager, finance, admin) for the Export page.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMenu,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.views.context import AppContext
from app.views.export_page import ExportPage
from app.views.import_page import ImportPage
from app.views.support.i18n import translate
from app.views.support.menu_text import RetranslatedText

IMPORT = "data.import"
EXPORT = "data.export"


def may_open(ctx: AppContext) -> bool:
    return ctx.may(IMPORT) or ctx.may(EXPORT)


class ImportExportDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("importExportDialog")
        self.ctx = ctx
        self.heading = QLabel()
        self.heading.setObjectName("importExportHeading")
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.35)
        font.setBold(True)
        self.heading.setFont(font)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("importExportTabs")
        self.import_page = ImportPage(ctx) if ctx.may(IMPORT) else None
        self.export_page = ExportPage(ctx) if ctx.may(EXPORT) else None
        if self.import_page is not None:
            self.tabs.addTab(self.import_page, "")
        if self.export_page is not None:
            self.tabs.addTab(self.export_page, "")
        self.tabs.currentChanged.connect(self._focus_page)
        # Close is the Cancel: a preview writes nothing, so leaving imports nothing.
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.setObjectName("importExportButtons")
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.buttons)
        # Enter belongs to the field it is pressed in (the path: preview / export), never to
        # a default button: by Qt's rule it would press Browse or Close instead.
        for button in self.findChildren(QPushButton):
            button.setAutoDefault(False)
            button.setDefault(False)
        self.resize(1100, 720)
        self.retranslate()
        self._focus_page()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Import and export"))
        self.heading.setText(self.tr("Import and export data"))
        if self.import_page is not None:
            self.import_page.retranslate()
            self.tabs.setTabText(self.tabs.indexOf(self.import_page), self.tr("Import"))
        if self.export_page is not None:
            self.export_page.retranslate()
            self.tabs.setTabText(self.tabs.indexOf(self.export_page), self.tr("Export"))

    def show_export(self) -> None:
        if self.export_page is not None:
            self.tabs.setCurrentWidget(self.export_page)

    def _focus_page(self) -> None:
        page = self.tabs.currentWidget()
        if isinstance(page, ImportPage | ExportPage):
            page.focus_first()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


def open_import_export(parent: QWidget | None, ctx: AppContext) -> ImportExportDialog | None:
    """Opens the dialog (modal) for a user who may import or export; None for others."""
    if not may_open(ctx):
        return None
    dialog = ImportExportDialog(ctx, parent)
    dialog.exec()
    return dialog



def add_menu_action(window: QWidget, menu: QMenu, ctx: AppContext) -> QAction | None:
    """Adds File > Import / export… (Ctrl+Shift+I) for users who may use it.

    In MainWindow._build_menus, after `self.file_menu.addAction(self.settings_action)`:
        import_export.add_menu_action(self, self.file_menu, self.ctx)
    """
    if not may_open(ctx):
        return None
    action = QAction(window)
    action.setObjectName("importExportAction")
    action.setShortcut(QKeySequence("Ctrl+Shift+I"))
    action.triggered.connect(lambda _checked=False: open_import_export(window, ctx))
    window.addAction(action)  # the shortcut works wherever the focus is
    menu.addAction(action)
    RetranslatedText(window, action, lambda: translate("ImportExport", "&Import / export…"))
    return action
