"""Complaints: the list by state (open work first) and category on top, the chosen complaint
below; Ctrl+N registers a new one in place of the detail."""

from __future__ import annotations

import uuid

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.services import complaints
from app.services.complaints import ComplaintCategory, ComplaintRow, ComplaintState
from app.views.context import AppContext
from app.views.screens.base import Screen
from app.views.screens.complaints.detail import ComplaintDetailView
from app.views.screens.complaints.register import ComplaintForm
from app.views.support import formatting as fmt
from app.views.support.customer_words import word
from app.views.support.form_tables import fill, shortcut, table
from app.views.support.runner import FAILED, run

S = ComplaintState
OPEN_WORK = "open_work"  # the filter "open or assigned": what still needs someone


class ComplaintsScreen(Screen):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.rows: list[ComplaintRow] = []
        self.state = QComboBox()
        self.state.setObjectName("complaintStateFilter")
        self.state.addItem(self.tr("Open and assigned"), OPEN_WORK)
        for state in ComplaintState:
            self.state.addItem(word("ComplaintState", state.value), state)
        self.state.addItem(self.tr("All"), None)
        self.category = QComboBox()
        self.category.setObjectName("complaintCategoryFilter")
        self.category.addItem(self.tr("All categories"), None)
        for category in ComplaintCategory:
            self.category.addItem(word("ComplaintCategory", category.value), category)
        self.found = QLabel()
        self.found.setObjectName("complaintsFound")
        self.new_button = QPushButton(self.tr("&Register complaint"))
        self.new_button.setObjectName("newComplaint")
        self.new_button.setToolTip(self.tr("Register a complaint (Ctrl+N)"))
        self.new_button.setVisible(ctx.may("complaint.record"))
        self.new_button.clicked.connect(self.new_complaint)
        if ctx.may("complaint.record"):
            shortcut(self, QKeySequence.StandardKey.New, self.new_complaint)
        self.table = table("complaintsTable", [
            self.tr("Number"), self.tr("Customer"), self.tr("Order"), self.tr("Category"),
            self.tr("State"), self.tr("Assigned to"), self.tr("Registered")])
        self.table.setSelectionMode(self.table.SelectionMode.SingleSelection)
        self.table.currentCellChanged.connect(lambda row, *_: self._row_changed(row))
        self.detail = ComplaintDetailView(ctx)
        self.detail.changed.connect(self._changed)
        self.form = ComplaintForm(ctx)
        self.form.registered.connect(self._registered)
        self.form.cancelled.connect(lambda: self.stack.setCurrentWidget(self.detail))
        self.stack = QStackedWidget()
        self.stack.addWidget(self.detail)
        self.stack.addWidget(self.form)
        self.state.currentIndexChanged.connect(lambda _i: self._refilter())
        self.category.currentIndexChanged.connect(lambda _i: self._refilter())

        filters = QHBoxLayout()
        filters.addWidget(QLabel(self.tr("State")))
        filters.addWidget(self.state)
        filters.addWidget(QLabel(self.tr("Category")))
        filters.addWidget(self.category)
        filters.addWidget(self.found)
        filters.addStretch(1)
        filters.addWidget(self.new_button)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(self.stack)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(filters)
        layout.addWidget(splitter, 1)

    def _load(self) -> list[ComplaintRow] | None:
        # Qt hands enum members back as plain strings: turn them into enums again.
        wanted, category = self.state.currentData(), self.category.currentData()
        if wanted not in (None, OPEN_WORK):
            wanted = ComplaintState(wanted)
        if category is not None:
            category = ComplaintCategory(category)
        uow = self.ctx.uow
        if wanted == OPEN_WORK:
            found = []
            for state in (S.OPEN, S.ASSIGNED):
                rows = run(self, complaints.list_complaints, uow(write=False), state, category)
                if rows is FAILED:
                    return None
                found.extend(rows)
            return sorted(found, key=lambda r: (r.created_at, r.number), reverse=True)
        rows = run(self, complaints.list_complaints, uow(write=False), wanted, category)
        return None if rows is FAILED else rows

    def refresh(self, keep: uuid.UUID | None = None) -> None:
        rows = self._load()
        if rows is None:
            return
        current = keep or (self.detail.detail.row.id if self.detail.detail else None)
        self.rows = rows
        self.table.blockSignals(True)
        fill(self.table, [(r.number, r.customer_name, r.order_number or "",
                           word("ComplaintCategory", r.category.value),
                           word("ComplaintState", r.state.value), r.assigned_to_name or "",
                           fmt.moment(r.created_at)) for r in rows])
        self.table.blockSignals(False)
        self.found.setText(self.tr("{0} complaints").replace("{0}", fmt.number(len(rows))))
        if self.stack.currentWidget() is self.form:
            return
        index = next((i for i, r in enumerate(rows) if r.id == current), -1)
        if index < 0 and current is not None:
            # The shown complaint left the filtered list (e.g. resolved): keep it in view.
            self.table.clearSelection()
            self.detail.open_complaint(current)
            return
        if index < 0 and rows:
            index = 0
        if index >= 0:
            self.table.setCurrentCell(index, 0)
            self._row_changed(index)
        else:
            self.detail.show_complaint(None)

    def _refilter(self) -> None:
        """Another filter: start at the top of the new list."""
        self.detail.show_complaint(None)
        self.refresh()

    def _row_changed(self, row: int) -> None:
        if 0 <= row < len(self.rows):
            self.stack.setCurrentWidget(self.detail)
            self.detail.open_complaint(self.rows[row].id)

    def _changed(self, complaint_id: object) -> None:
        """After a step the complaint may leave the filtered list; it stays shown below."""
        self.refresh(keep=complaint_id if isinstance(complaint_id, uuid.UUID) else None)

    def open_record(self, kind: str, record_id: object) -> bool:
        if kind != "complaint" or not isinstance(record_id, uuid.UUID):
            return False
        self.stack.setCurrentWidget(self.detail)
        return self.detail.open_complaint(record_id)

    def new_complaint(self) -> None:
        self.form.start(None, "")
        self.stack.setCurrentWidget(self.form)
        self.form.customer_search.setFocus()

    def _registered(self, complaint_id: object) -> None:
        self.stack.setCurrentWidget(self.detail)
        self.state.setCurrentIndex(0)  # refreshes: the new complaint is open work
        if isinstance(complaint_id, uuid.UUID):
            self.refresh(keep=complaint_id)

    def focus_first(self) -> None:
        self.table.setFocus()
