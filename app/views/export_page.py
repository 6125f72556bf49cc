"""The Export page: customers, products, stock levels or orders to a CSV or XLSX file with
exactly the import's columns (so the file imports again elsewhere)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.services.exporting import FORMATS, ExportResult, export_file
from app.services.importing import import_columns
from app.views.context import AppContext
from app.views.import_export_common import PRESENT, kind_combo, kind_label, retranslate_kinds
from app.views.support.runner import FAILED, run


class ExportPage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.result: ExportResult | None = None
        self.kind = kind_combo("exportKind")
        self.kind.currentIndexChanged.connect(self._suggest_name)
        self.kind_label = QLabel()
        self.kind_label.setBuddy(self.kind)
        self.format = QComboBox()
        self.format.setObjectName("exportFormat")
        for fmt in FORMATS:
            self.format.addItem("", fmt)
        self.format.currentIndexChanged.connect(self._match_extension)
        self.format_label = QLabel()
        self.format_label.setBuddy(self.format)
        self.path = QLineEdit()
        self.path.setObjectName("exportPath")
        self.path.setClearButtonEnabled(True)
        self.path.returnPressed.connect(self.export)
        self.path_label = QLabel()
        self.path_label.setBuddy(self.path)
        self.browse_button = QPushButton()
        self.browse_button.setObjectName("exportBrowseButton")
        self.browse_button.clicked.connect(self.browse)
        self.export_button = QPushButton()
        self.export_button.setObjectName("exportButton")
        self.export_button.clicked.connect(self.export)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet(f"color: {PRESENT.name()};")
        self.outcome = QLabel()
        self.outcome.setObjectName("exportOutcome")
        self.outcome.setWordWrap(True)
        QShortcut(QKeySequence("Ctrl+S"), self, self.browse)
        # What the file will hold, column by column (what an import of it needs too).
        self.columns_title = QLabel()
        self.columns = QTableWidget(0, 3)
        self.columns.setObjectName("exportColumns")
        self.columns.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.columns.verticalHeader().setVisible(False)
        self.columns.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        self.columns.horizontalHeader().setStretchLastSection(True)
        self.columns.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # reading matter: Tab skips it
        self.kind.currentIndexChanged.connect(self._show_columns)
        form = QGridLayout()
        form.addWidget(self.kind_label, 0, 0)
        for row, combo in enumerate((self.kind, self.format)):
            combo.setMinimumWidth(260)
            form.addWidget(combo, row, 1, Qt.AlignmentFlag.AlignLeft)
        form.addWidget(self.format_label, 1, 0)
        form.addWidget(self.path_label, 2, 0)
        file_row = QHBoxLayout()
        file_row.addWidget(self.path, 1)
        file_row.addWidget(self.browse_button)
        form.addLayout(file_row, 2, 1)
        form.setColumnStretch(1, 1)
        actions = QHBoxLayout()
        actions.addWidget(self.outcome, 1)
        actions.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.hint)
        layout.addLayout(actions)
        layout.addWidget(self.columns_title)
        layout.addWidget(self.columns, 1)
        self._show_columns()
        self.retranslate()

    def retranslate(self) -> None:
        retranslate_kinds(self.kind)
        self.kind_label.setText(self.tr("&What to export:"))
        self.format_label.setText(self.tr("F&ormat:"))
        self.format.setItemText(0, self.tr("CSV (UTF-8, opens in Excel)"))
        self.format.setItemText(1, self.tr("Excel workbook (.xlsx)"))
        self.path_label.setText(self.tr("&File:"))
        self.path.setPlaceholderText(self.tr("Where to write it; Enter exports"))
        self.browse_button.setText(self.tr("&Browse…"))
        self.browse_button.setToolTip(self.tr("Choose where to save (Ctrl+S)"))
        self.export_button.setText(self.tr("&Export"))
        self.columns_title.setText(self.tr("Columns of the file"))
        self.columns.setHorizontalHeaderLabels(
            [self.tr("Column"), self.tr("Required"), self.tr("Example")])
        self._show_columns()
        self.hint.setText(self.tr(
            "The file has the same columns as an import file, so it can be imported again "
            "into another OrderDesk. Orders are written one row per line. Cells a spreadsheet "
            "would run as a formula are written as plain text."))

    def _show_columns(self) -> None:
        if not hasattr(self, "columns"):
            return  # retranslate() during construction, before the table exists
        columns = import_columns(self.chosen_kind())
        self.columns.setRowCount(len(columns))
        for row, column in enumerate(columns):
            required = self.tr("yes") if column.required else ""
            for at, text in enumerate((column.name, required, column.example)):
                self.columns.setItem(row, at, QTableWidgetItem(text))
        self.columns.resizeColumnsToContents()

    def focus_first(self) -> None:
        self.kind.setFocus()

    def chosen_kind(self) -> str:
        return str(self.kind.currentData())

    def chosen_format(self) -> str:
        return str(self.format.currentData())

    def _suggest_name(self) -> None:
        """A path already typed keeps its folder; only the file name follows the kind."""
        current = self.path.text().strip()
        if current:
            self.path.setText(str(Path(current).with_name(
                f"{self.chosen_kind()}.{self.chosen_format()}")))

    def _match_extension(self) -> None:
        current = self.path.text().strip()
        if current:
            self.path.setText(str(Path(current).with_suffix("." + self.chosen_format())))

    def choose_path(self) -> str:
        """The save-file dialog; tests type the path into the field instead."""
        fmt = self.chosen_format()
        start = self.path.text().strip() or str(Path.home() / f"{self.chosen_kind()}.{fmt}")
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export {0}").replace("{0}", kind_label(self.chosen_kind())), start,
            f"{fmt.upper()} (*.{fmt})")
        return path

    def browse(self) -> None:
        path = self.choose_path()
        if path:
            self.path.setText(path)
            self.export()

    def export(self) -> ExportResult | None:
        path = self.path.text().strip()
        if not path:
            path = self.choose_path()
            if not path:
                return None
        fmt = self.chosen_format()
        suffix = Path(path).suffix.lower()
        if suffix in {"." + f for f in FORMATS} and suffix != "." + fmt:
            path = str(Path(path).with_suffix("." + fmt))  # the format chosen wins
        elif suffix != "." + fmt:
            path += "." + fmt
        self.path.setText(path)
        result = run(self, export_file, self.ctx.uow(write=False), self.ctx.actor,
                     self.chosen_kind(), path, fmt)
        if result is FAILED:
            self.outcome.clear()
            return None
        self.result = result
        self.outcome.setText(self.tr("%Ln row(s) written to {0}", "", result.rows)
                             .replace("{0}", str(Path(result.path).resolve())))
        self.outcome.setStyleSheet("color: #1b6e20; font-weight: 600;")
        return result
