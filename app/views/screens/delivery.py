"""Delivery sign-off: shipments on the road on the left; on the right what the customer
checks (damaged or short per line, installation), their name and signature.

Works with touch (a tablet at the door) as well as mouse and keyboard: big rows, a signature
pad, Ctrl+Enter signs off. Damaged or short goods flow into the order through the delivery
service: written off and credited, returned to the returns location, or sent again.
"""

from __future__ import annotations

import uuid
from datetime import UTC

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.services import delivery, delivery_queries, documents
from app.services.delivery_queries import DeliverRow, DeliveryDetail
from app.views.context import AppContext
from app.views.screens.base import Screen
from app.views.screens.delivery_install import InstallationBox
from app.views.screens.delivery_lines import DeliveryLinesTable
from app.views.screens.scan_status import ScanStatus
from app.views.support import open_document
from app.views.support.field_errors import FieldErrors, error_label
from app.views.support.formatting import short_day
from app.views.support.runner import FAILED, run
from app.views.support.scan_field import ScanField
from app.views.support.signature_pad import SignaturePad
from app.views.support.wedge import attach_wedge

BIG_BUTTON = ("QPushButton { background: #1b6e20; color: white; font-weight: bold;"
              " padding: 8px 24px; border-radius: 4px; }"
              "QPushButton:disabled { background: #9aa0a6; }")


def _item(text: str) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
    return item


def _bold(label: QLabel, scale: float) -> QLabel:
    font = QFont(label.font())
    font.setPointSizeF(font.pointSizeF() * scale)
    font.setBold(True)
    label.setFont(font)
    return label


class DeliveryScreen(Screen):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.rows: list[DeliverRow] = []
        self.detail: DeliveryDetail | None = None
        self.last_shipment: uuid.UUID | None = None
        self.last_number = ""
        self.errors = FieldErrors()

        self.scan = ScanField()
        self.scan.setPlaceholderText(self.tr("Scan the delivery note"))
        self.scan.scanned.connect(self.handle_scan)
        self.status = ScanStatus()
        self.status.hide()  # until the first scan: the worklist starts right under the field
        # A scanner burst lands in the scan field wherever the focus is (support/wedge.py).
        self.wedge = attach_wedge(self, self.scan)
        self.worklist = QTableWidget(0, 3)
        self.worklist.setObjectName("deliverWorklist")
        self.worklist.setHorizontalHeaderLabels([
            self.tr("Shipment"), self.tr("Customer"), self.tr("Shipped")])
        self.worklist.setWordWrap(False)
        self.worklist.verticalHeader().hide()
        self.worklist.verticalHeader().setDefaultSectionSize(40)
        self.worklist.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.worklist.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.worklist.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.worklist.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.worklist.itemSelectionChanged.connect(self._selected)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 6, 0)
        left_layout.addWidget(self.scan)
        left_layout.addWidget(self.status)
        left_layout.addWidget(self.worklist, 1)

        self.title = _bold(QLabel(), 1.5)
        self.title.setObjectName("deliveryTitle")
        self.address = QLabel()
        self.address.setWordWrap(True)
        self.special = _bold(QLabel(), 1.15)
        self.special.setWordWrap(True)
        self.special.setStyleSheet("background: #fff4ce; color: #5c3c00; padding: 6px 10px;"
                                   "border: 2px solid #c77700; border-radius: 4px;")
        self.lines = DeliveryLinesTable()
        self.lines_error = error_label("linesError")
        self.errors.add("problems", self.lines, self.lines_error)
        self.errors.add("resolution", self.lines, self.lines_error)
        self.installation = InstallationBox()
        self.errors.add("installation_test", self.installation.test_passed,
                        self.installation.test_error)
        self.notes = QPlainTextEdit()
        self.notes.setObjectName("deliveryNotes")
        self.notes.setPlaceholderText(self.tr("Anything else the customer or driver said"))
        self.notes.setFixedHeight(48)
        self.notes.setTabChangesFocus(True)

        self.signer = QLineEdit()
        self.signer.setObjectName("signerName")
        self.signer.setMinimumHeight(40)
        font = QFont(self.signer.font())
        font.setPointSizeF(font.pointSizeF() * 1.3)
        self.signer.setFont(font)
        signer_error = error_label("signerError")
        self.errors.add("signer_name", self.signer, signer_error)
        self.pad = SignaturePad()
        self.pad.placeholder = self.tr("Sign here with a finger, pen or mouse")
        self.pad.changed.connect(self._pad_changed)
        self.signature_error = error_label("signatureError")
        self.clear_button = QPushButton(self.tr("C&lear signature"))
        self.clear_button.setObjectName("clearSignature")
        self.clear_button.setMinimumHeight(40)
        self.clear_button.clicked.connect(self.pad.clear)
        self.sign_button = QPushButton(self.tr("&Sign off delivery  (Ctrl+Enter)"))
        self.sign_button.setObjectName("signButton")
        self.sign_button.setMinimumHeight(48)
        self.sign_button.setStyleSheet(BIG_BUTTON)
        self.sign_button.clicked.connect(self.sign_off)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, activated=self.sign_off)
        self.note_button = QPushButton(self.tr("&Delivery note (PDF)"))
        self.note_button.setObjectName("deliveryNoteButton")
        self.note_button.setMinimumHeight(40)
        self.note_button.clicked.connect(self.print_delivery_note)

        sign_form = QFormLayout()
        sign_form.addRow(self.tr("Signed by (&name)"), self.signer)
        sign_form.addRow("", signer_error)
        pad_row = QHBoxLayout()
        pad_row.addWidget(self.pad, 1)
        pad_buttons = QVBoxLayout()
        pad_buttons.addWidget(self.clear_button)
        pad_buttons.addStretch(1)
        pad_row.addLayout(pad_buttons)
        actions = QHBoxLayout()
        actions.addWidget(self.note_button)
        actions.addStretch(1)
        actions.addWidget(self.sign_button)

        self.form = QWidget()
        form_layout = QVBoxLayout(self.form)
        form_layout.setContentsMargins(0, 0, 0, 0)
        form_layout.addWidget(self.title)
        form_layout.addWidget(self.address)
        form_layout.addWidget(self.special)
        form_layout.addWidget(_bold(QLabel(self.tr("What arrived")), 1.1))
        form_layout.addWidget(self.lines)
        form_layout.addWidget(self.lines_error)
        form_layout.addWidget(self.installation)
        form_layout.addWidget(self.notes)
        form_layout.addLayout(sign_form)
        form_layout.addLayout(pad_row)
        form_layout.addWidget(self.signature_error)
        self.empty = QLabel(self.tr("Choose a shipment on the left, or scan its delivery note."))
        self.empty.setObjectName("deliveryEmpty")
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(6, 0, 6, 0)
        right_layout.addWidget(self.empty)
        right_layout.addWidget(self.form)
        right_layout.addStretch(1)
        right_layout.addLayout(actions)
        scroll = QScrollArea()
        scroll.setWidget(right)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        self.scroll = scroll

        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(scroll)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([340, 860])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        self._show_form(False)
        self.refresh()

    # ---- Screen ----------------------------------------------------------------------------
    def refresh(self) -> None:
        rows = run(self, delivery_queries.list_to_deliver, self.ctx.uow(write=False))
        self.rows = rows if rows is not FAILED else []
        keep = self.detail.shipment_id if self.detail else None
        self.worklist.blockSignals(True)
        self.worklist.setRowCount(len(self.rows))
        for row, shipment in enumerate(self.rows):
            shipped = shipment.shipped_at.replace(tzinfo=UTC).astimezone()  # stored in UTC
            cells = (shipment.number, shipment.customer_name, short_day(shipped.date()))
            for column, text in enumerate(cells):
                self.worklist.setItem(row, column, _item(text))
        self.worklist.clearSelection()
        self.worklist.blockSignals(False)
        if keep is not None and any(r.shipment_id == keep for r in self.rows):
            self.select_shipment(keep)
        else:
            self.detail = None
            self._show_form(False)

    def focus_first(self) -> None:
        self.scan.setFocus()

    def open_record(self, kind: str, record_id: object) -> bool:
        if kind == "shipment" and isinstance(record_id, uuid.UUID):
            return self.select_shipment(record_id)
        return False

    # ---- choosing a shipment ---------------------------------------------------------------
    def handle_scan(self, code: str) -> None:
        found = run(self, delivery_queries.find_shipment, self.ctx.uow(write=False), code)
        if found is FAILED:
            return
        if self.detail is not None and found == self.detail.shipment_id:
            # The same delivery note again: keep what has been entered, do not reload.
            self.status.right(self.tr("Shipment {0}").replace("{0}", self.detail.number))
            return
        if found is None or not self.select_shipment(found):
            self.status.wrong(self.tr("{0} is not a shipment waiting for a signature")
                              .replace("{0}", code))
            return
        self.status.right(self.tr("Shipment {0}").replace("{0}", self.detail.number
                                                          if self.detail else code))

    def select_shipment(self, shipment_id: uuid.UUID) -> bool:
        index = next((i for i, r in enumerate(self.rows) if r.shipment_id == shipment_id), None)
        if index is None:
            return False
        self.worklist.blockSignals(True)
        self.worklist.selectRow(index)
        self.worklist.blockSignals(False)
        self._load(shipment_id)
        return True

    def _selected(self) -> None:
        rows = self.worklist.selectionModel().selectedRows()
        if rows:
            self._load(self.rows[rows[0].row()].shipment_id)

    def _load(self, shipment_id: uuid.UUID) -> None:
        detail = run(self, delivery_queries.get_delivery_detail, self.ctx.uow(write=False),
                     shipment_id)
        if detail is FAILED:
            return
        self.detail = detail
        self.errors.clear()
        self.signature_error.hide()
        self.title.setText(f"{detail.number} · {detail.order_number} · {detail.customer_name}")
        contact = " · ".join(x for x in (detail.contact_name, detail.contact_phone) if x)
        carrier = " ".join(x for x in (detail.carrier, detail.tracking_number) if x)
        self.address.setText("\n".join(x for x in (
            detail.delivery_address.replace("\n", ", "), contact, carrier) if x))
        special = detail.special_instructions.strip()
        self.special.setText(self.tr("Special requirements: {0}").replace("{0}", special))
        self.special.setVisible(bool(special))
        self.lines.load(detail.lines)
        self.installation.reset()
        self.notes.clear()
        self.signer.clear()
        self.pad.clear()
        self._show_form(True)

    def _show_form(self, shown: bool) -> None:
        self.form.setVisible(shown)
        self.sign_button.setVisible(shown)
        self.empty.setVisible(not shown)

    def _pad_changed(self) -> None:
        if not self.pad.is_empty():
            self.signature_error.hide()

    # ---- signing off -----------------------------------------------------------------------
    def sign_off(self) -> None:
        if self.detail is None:
            return
        self.signature_error.hide()
        if self.pad.is_empty():
            # The service accepts a delivery without a drawing (a driver's paper slip); at
            # this screen the customer is present, so the screen asks for it.
            self.signature_error.setText(self.tr("Ask the customer to sign in the box."))
            self.signature_error.show()
            self.pad.setFocus()
            return
        installing = self.installation.isChecked()
        data = delivery.DeliveryInput(
            shipment_id=self.detail.shipment_id, signer_name=self.signer.text(),
            signature_png=self.pad.png(), problems=self.lines.problems(),
            installation_required=installing,
            installation_checklist=self.installation.checklist() if installing else (),
            installation_test_passed=self.installation.test_result() if installing else None,
            customer_trained=installing and self.installation.trained.isChecked(),
            notes=self.notes.toPlainText().strip())
        result = run(self, delivery.record_delivery, self.ctx.uow(), self.ctx.actor, data,
                     fields=self.errors)
        if result is FAILED:
            return
        number = self.detail.number
        self.last_shipment, self.last_number = self.detail.shipment_id, number
        self.detail = None
        self.refresh()
        self.status.right(self.tr("{0} signed for").replace("{0}", number))
        self.empty.setText(self.tr("{0} is signed for. Print its delivery note, or choose the "
                                   "next shipment.").replace("{0}", number))
        self.scan.setFocus()

    def print_delivery_note(self) -> None:
        """For the shipment on screen (the driver's copy), else the one just signed for."""
        if self.detail is not None:
            shipment_id, number = self.detail.shipment_id, self.detail.number
        elif self.last_shipment is not None:
            shipment_id, number = self.last_shipment, self.last_number
        else:
            return
        data = run(self, documents.delivery_note_pdf, self.ctx.uow(write=False), shipment_id)
        if data is FAILED:
            return
        open_document.open_pdf(data, f"delivery-note-{number}")
