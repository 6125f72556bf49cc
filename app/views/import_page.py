"""The Import page: choose what the file holds and the file, look at the preview (every row
with what will happen to it, every problem with its row and column), then import it all in
one transaction or nothing.

The services refuse a file with any error as a whole (docs/import.md, "All or nothing"), so
Import stays disabled until the file is clean; records already in the database are skipped,
which is why importing the same file twice creates nothing the second time.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.services.auth import Actor
from app.services.importing import (
    ImportPreview,
    ImportRefusedError,
    ImportResult,
    apply_import,
    import_columns,
    preview_import,
)
from app.services.unit_of_work import UnitOfWork
from app.views.context import AppContext
from app.views.import_export_common import (
    PRESENT,
    RIGHT,
    WRONG,
    coloured,
    encoding_name,
    html_text,
    kind_combo,
    kind_label,
    retranslate_kinds,
)
from app.views.import_preview_models import PreviewRowsModel, ProblemsModel
from app.views.support.i18n import service_message
from app.views.support.runner import FAILED, run


def apply_or_refusal(uow: UnitOfWork, actor: Actor, preview: ImportPreview
                     ) -> ImportResult | ImportRefusedError:
    """apply_import, but a refusal comes back as a value: its row errors belong in the
    preview's problem list (the database changed since the preview), not in a message box."""
    try:
        return apply_import(uow, actor, preview)
    except ImportRefusedError as refusal:
        return refusal


def _table(name: str) -> QTableView:
    view = QTableView()
    view.setObjectName(name)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.setTabKeyNavigation(False)  # Tab goes on to the next control; arrows move in it
    view.verticalHeader().setVisible(False)
    view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 10)
    return view


class ImportPage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.preview: ImportPreview | None = None
        self.result: ImportResult | None = None
        self.kind = kind_combo("importKind")
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.kind_label = QLabel()
        self.kind_label.setBuddy(self.kind)
        self.path = QLineEdit()
        self.path.setObjectName("importPath")
        self.path.setClearButtonEnabled(True)
        self.path.returnPressed.connect(self.show_preview)
        self.path_label = QLabel()
        self.path_label.setBuddy(self.path)
        self.browse_button = QPushButton()
        self.browse_button.setObjectName("importBrowseButton")
        self.browse_button.clicked.connect(self.browse)
        self.preview_button = QPushButton()
        self.preview_button.setObjectName("previewButton")
        self.preview_button.clicked.connect(self.show_preview)
        self.columns = QLabel()
        self.columns.setObjectName("importColumns")
        self.columns.setWordWrap(True)
        self.columns.setStyleSheet(f"color: {PRESENT.name()};")  # help text, not news
        self.columns.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.summary = QLabel()
        self.summary.setObjectName("importSummary")
        self.summary.setWordWrap(True)
        self.outcome = QLabel()
        self.outcome.setObjectName("importOutcome")
        self.outcome.setWordWrap(True)
        self.rows_model = PreviewRowsModel(self)
        self.rows = _table("previewRows")
        self.rows.setModel(self.rows_model)
        self.rows.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.problems_model = ProblemsModel(self)
        self.problems = _table("previewProblems")
        self.problems.setModel(self.problems_model)
        self.problems.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.problems.activated.connect(self._show_problem_cell)
        self.problems.selectionModel().currentRowChanged.connect(self._show_problem_cell)
        self.problems_title = QLabel()
        self.problems_title.setObjectName("problemsTitle")
        self.import_button = QPushButton()
        self.import_button.setObjectName("importButton")
        self.import_button.setEnabled(False)
        self.import_button.clicked.connect(self.apply)
        QShortcut(QKeySequence("Ctrl+O"), self, self.browse)
        self._layout()
        self.retranslate()
        self._kind_changed()

    def _layout(self) -> None:
        chooser = QGridLayout()
        chooser.addWidget(self.kind_label, 0, 0)
        self.kind.setMinimumWidth(260)
        chooser.addWidget(self.kind, 0, 1, Qt.AlignmentFlag.AlignLeft)
        chooser.addWidget(self.path_label, 1, 0)
        file_row = QHBoxLayout()
        file_row.addWidget(self.path, 1)
        file_row.addWidget(self.browse_button)
        file_row.addWidget(self.preview_button)
        chooser.addLayout(file_row, 1, 1)
        chooser.addWidget(self.columns, 2, 1)
        chooser.setColumnStretch(1, 1)
        self.problems_box = problems = QWidget()
        below = QVBoxLayout(problems)
        below.setContentsMargins(0, 6, 0, 0)
        below.addWidget(self.problems_title)
        below.addWidget(self.problems)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.rows)
        splitter.addWidget(problems)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([300, 220])  # room for several problems, not just two
        actions = QHBoxLayout()
        actions.addWidget(self.outcome, 1)
        actions.addWidget(self.import_button)
        layout = QVBoxLayout(self)
        layout.addLayout(chooser)
        layout.addWidget(self.summary)
        layout.addWidget(splitter, 1)
        layout.addLayout(actions)

    def retranslate(self) -> None:
        retranslate_kinds(self.kind)
        self.kind_label.setText(self.tr("&What the file holds:"))
        self.path_label.setText(self.tr("&File:"))
        self.path.setPlaceholderText(self.tr("A .csv or .xlsx file; Enter shows the preview"))
        self.browse_button.setText(self.tr("&Browse…"))
        self.browse_button.setToolTip(self.tr("Choose the file (Ctrl+O)"))
        self.preview_button.setText(self.tr("&Preview"))
        self.import_button.setText(self.tr("&Import"))
        self.problems_title.setText(self.tr("Problems in the file"))
        self._show_columns()
        self._show_summary()
        self.rows_model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0,
                                               max(self.rows_model.columnCount() - 1, 0))

    def focus_first(self) -> None:
        self.kind.setFocus()

    def chosen_kind(self) -> str:
        return str(self.kind.currentData())

    def _kind_changed(self) -> None:
        self._clear_preview()
        self._show_columns()

    def _show_columns(self) -> None:
        columns = import_columns(self.chosen_kind())
        required = ", ".join(c.name for c in columns if c.required)
        optional = ", ".join(c.name for c in columns if not c.required)
        self.columns.setText(
            self.tr("Required columns: {0}. Optional: {1}. Import customers and products "
                    "before stock and orders.").replace("{0}", required).replace("{1}", optional))

    # -- choosing the file and previewing it -------------------------------------------

    def choose_file(self) -> str:
        """The open-file dialog; tests type the path into the field instead."""
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Import {0}").replace("{0}", kind_label(self.chosen_kind())),
            self.path.text(), self.tr("Spreadsheets (*.csv *.xlsx);;All files (*)"))
        return path

    def browse(self) -> None:
        path = self.choose_file()
        if path:
            self.preview_file(path)

    def preview_file(self, path: str | Path) -> ImportPreview | None:
        """Shows what importing `path` would do; writes nothing."""
        self.path.setText(str(path))
        return self.show_preview()

    def show_preview(self) -> ImportPreview | None:
        path = self.path.text().strip()
        self._clear_preview()
        if not path:
            self.path.setFocus()
            return None
        preview = run(self, preview_import, self.ctx.uow(write=False), self.ctx.actor,
                      self.chosen_kind(), Path(path))
        if preview is FAILED:
            return None
        self._set_preview(preview)
        return preview

    def _set_preview(self, preview: ImportPreview) -> None:
        self.preview = preview
        self.rows_model.set_preview(preview)
        self.problems_model.set_problems(preview.errors, preview.warnings)
        self.rows.resizeColumnsToContents()
        for column in range(self.rows_model.columnCount()):
            if self.rows.columnWidth(column) > 260:
                self.rows.setColumnWidth(column, 260)  # a long address must not hide the rest
        self.problems.resizeColumnToContents(0)
        self.problems.resizeColumnToContents(1)
        self.import_button.setEnabled(preview.ok)
        self._show_summary()
        if preview.errors:
            self.problems.setFocus()
            self.problems.setCurrentIndex(self.problems_model.index(0, 2))
        else:
            self.import_button.setFocus()

    def _clear_preview(self) -> None:
        self.preview = None
        self.result = None
        self.rows_model.set_preview(None)
        self.problems_model.set_problems((), ())
        self.import_button.setEnabled(False)
        self.outcome.clear()
        self._show_summary()

    def _show_summary(self) -> None:
        preview = self.preview
        # The problem list takes room only when there is something in it.
        self.problems_box.setVisible(self.problems_model.rowCount() > 0)
        if preview is None:
            self.summary.setText(self.tr("Choose the file to see what would be imported. "
                                         "Nothing is written before you press Import."))
            return
        counts = ", ".join((
            coloured(self.tr("%Ln new", "", preview.new), RIGHT, preview.new),
            coloured(self.tr("%Ln already present", "", preview.present), PRESENT,
                      preview.present),
            coloured(self.tr("%Ln invalid", "", preview.invalid), WRONG, preview.invalid)))
        read = self.tr("%Ln row(s) read from {0} ({1})", "", len(preview.rows)).replace(
            "{0}", preview.source_name).replace("{1}", encoding_name(preview.encoding))
        kind = kind_label(preview.kind)
        text = f"<b>{html_text(kind)}: {counts}</b> · {html_text(read)}<br>"
        if preview.errors:
            text += coloured(self.tr(
                "%Ln problem(s) must be fixed in the file before it can be imported; nothing "
                "will be imported until then.", "", len(preview.errors)), WRONG)
        elif preview.new == 0:
            text += html_text(self.tr("Everything in this file is already in OrderDesk: "
                                  "importing it creates nothing."))
        else:
            text += coloured(self.tr("No problems found. Import creates the new ones and "
                                      "leaves those already present as they are."), RIGHT)
        self.summary.setText(text)

    def _show_problem_cell(self, index: QModelIndex) -> None:
        """Enter or a click on a problem selects its cell in the file's rows above."""
        problem, _is_error = self.problems_model.items[index.row()]
        row = self.rows_model.table_row(problem.row)
        if row is None:
            return
        cell = self.rows_model.index(row, self.rows_model.column_of(problem))
        self.rows.setCurrentIndex(cell)
        self.rows.scrollTo(cell, QAbstractItemView.ScrollHint.PositionAtCenter)

    # -- importing -------------------------------------------------------------------

    def apply(self) -> ImportResult | None:
        """Imports the previewed file in one transaction; shows what was created."""
        preview = self.preview
        if preview is None or not preview.ok:
            return None
        outcome = run(self, apply_or_refusal, self.ctx.uow(), self.ctx.actor, preview)
        if outcome is FAILED:
            return None
        if isinstance(outcome, ImportRefusedError):
            # The database changed since the preview (someone added a customer): show why.
            self.problems_model.set_problems(outcome.errors, ())
            self.problems_box.setVisible(True)
            self.import_button.setEnabled(False)
            self.outcome.setText(service_message(outcome))
            self.outcome.setStyleSheet("color: #b3261e;")
            return None
        assert isinstance(outcome, ImportResult)
        self.result = outcome
        self.import_button.setEnabled(False)  # done; preview again to import another file
        self.outcome.setText(
            self.tr("Imported: %Ln created", "", outcome.created) + ", "
            + self.tr("%Ln already present and left as they were", "", outcome.skipped) + ". "
            + self.tr("%Ln row(s) read.", "", outcome.rows))
        self.outcome.setStyleSheet("color: #1b6e20; font-weight: 600;")
        self.kind.setFocus()
        return outcome

