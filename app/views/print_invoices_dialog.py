"""File > Print invoices…: every posted invoice issued in a date range as PDFs in a folder
(one file per invoice, named by its number), with a progress bar that can be cancelled."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate, QEvent
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.services import documents
from app.services.invoice_batches import InvoiceToPrint, posted_invoices_between
from app.views.context import AppContext
from app.views.support.batch_print import BatchResult, PrintJob, print_batch
from app.views.support.formatting import number
from app.views.support.i18n import translate
from app.views.support.menu_text import RetranslatedText
from app.views.support.open_document import document_folder
from app.views.support.runner import FAILED, run

PERMISSION = "invoice.manage"  # finance and managers work with posted invoices


class PrintInvoicesDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("printInvoicesDialog")
        self.ctx = ctx
        self.invoices: list[InvoiceToPrint] = []
        self.result_of_last: BatchResult | None = None
        today = QDate.currentDate()
        self.first = self._date_edit("firstDate", QDate(today.year(), today.month(), 1))
        self.last = self._date_edit("lastDate", today)
        self.folder = QLineEdit(str(document_folder() / "Invoices"))
        self.folder.setObjectName("folderEdit")
        self.browse = QPushButton()
        self.browse.setObjectName("browseButton")
        self.browse.setAutoDefault(False)
        self.browse.clicked.connect(self.choose_folder)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder, 1)
        folder_row.addWidget(self.browse)
        self.count = QLabel()
        self.count.setObjectName("invoiceCount")
        self.status = QLabel()
        self.status.setObjectName("printStatus")
        self.status.setWordWrap(True)
        self.form_labels = [QLabel(), QLabel(), QLabel()]
        for label, buddy in zip(self.form_labels, (self.first, self.last, self.folder),
                                strict=True):
            label.setBuddy(buddy)  # Alt+F, Alt+T, Alt+L reach the fields
        self.form = QFormLayout()
        self.form.addRow(self.form_labels[0], self.first)
        self.form.addRow(self.form_labels[1], self.last)
        self.form.addRow(self.form_labels[2], folder_row)
        self.buttons = QDialogButtonBox()
        self.print_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.print_button.setObjectName("printButton")
        self.print_button.setDefault(True)  # Enter in a date or the folder prints
        self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.buttons.accepted.connect(self.print_invoices)
        self.buttons.rejected.connect(self.reject)
        self.heading = QLabel()
        self.heading.setStyleSheet("font-size: 16px; font-weight: 600; padding: 4px 0;")
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(self.form)
        layout.addWidget(self.count)
        layout.addWidget(self.status)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.first.dateChanged.connect(self.refresh)
        self.last.dateChanged.connect(self.refresh)
        self.resize(560, 230)
        self.retranslate()
        self.refresh()
        self.first.setFocus()

    def _date_edit(self, name: str, value: QDate) -> QDateEdit:
        edit = QDateEdit(value)
        edit.setObjectName(name)
        edit.setCalendarPopup(True)
        return edit

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Print invoices"))
        self.heading.setText(self.tr("Print posted invoices"))
        labels = (self.tr("Issued &from"), self.tr("&To"), self.tr("Fo&lder"))
        for label, text in zip(self.form_labels, labels, strict=True):
            label.setText(text)
        self.browse.setText(self.tr("&Browse…"))
        self.print_button.setText(self.tr("&Print"))
        self._show_count()

    def range(self) -> tuple[date, date]:
        return self.first.date().toPython(), self.last.date().toPython()  # type: ignore[return-value]

    def refresh(self) -> None:
        first, last = self.range()
        found = run(self, posted_invoices_between, self.ctx.uow(write=False), first, last)
        self.invoices = [] if found is FAILED else found
        self._show_count()

    def _show_count(self) -> None:
        self.count.setText(self.tr("{0} posted invoices in this range").format(
            number(len(self.invoices))))
        self.print_button.setEnabled(bool(self.invoices))

    def choose_folder(self) -> None:
        chosen = QFileDialog.getExistingDirectory(self, self.tr("Folder for the PDFs"),
                                                  self.folder.text())
        if chosen:
            self.folder.setText(chosen)

    def print_invoices(self) -> BatchResult | None:
        if not self.invoices:
            return None
        folder = Path(self.folder.text().strip() or document_folder() / "Invoices")
        jobs = [PrintJob(invoice.number, self._renderer(invoice)) for invoice in self.invoices]
        result = print_batch(self, jobs, folder)
        self.result_of_last = result
        written = number(len(result.written))
        if result.cancelled:
            text = self.tr("Cancelled: {0} of {1} PDFs written to {2}.")
        elif result.failed:
            text = self.tr("Stopped: {0} of {1} PDFs written to {2}.")
        else:
            text = self.tr("{0} of {1} PDFs written to {2}.")
        self.status.setText(text.format(written, number(len(jobs)), folder))
        return result

    def _renderer(self, invoice: InvoiceToPrint):  # type: ignore[no-untyped-def]
        return lambda: documents.invoice_pdf(self.ctx.uow(write=False), invoice.id)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


def open_print_invoices(parent: QWidget | None, ctx: AppContext) -> PrintInvoicesDialog | None:
    if not ctx.may(PERMISSION):
        return None
    dialog = PrintInvoicesDialog(ctx, parent)
    dialog.exec()
    return dialog



def add_menu_action(window: QWidget, menu: QMenu, ctx: AppContext) -> QAction | None:
    """File > Print invoices… (Ctrl+Shift+P) for finance and managers. In _build_menus:
        print_invoices_dialog.add_menu_action(self, self.file_menu, self.ctx)
    """
    if not ctx.may(PERMISSION):
        return None
    action = QAction(window)
    action.setObjectName("printInvoicesAction")
    action.setShortcut(QKeySequence("Ctrl+Shift+P"))
    action.triggered.connect(lambda _checked=False: open_print_invoices(window, ctx))
    window.addAction(action)
    menu.addAction(action)
    RetranslatedText(window, action, lambda: translate("PrintInvoices", "&Print invoices…"))
    return action
