"""One complaint: what it is about, the next step it can take, and its history.

Only the steps the complaint's state allows and the user's role may do are offered; the
service checks both again."""

from __future__ import annotations

import uuid

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.services import complaint_queries, complaints
from app.services.complaints import ComplaintDetail, ComplaintState, DamageResolution
from app.views.context import AppContext
from app.views.support import formatting as fmt
from app.views.support.customer_words import word
from app.views.support.field_errors import FieldErrors, error_label
from app.views.support.form_tables import fill, find_data, table, with_error
from app.views.support.runner import FAILED, run

S = ComplaintState


def _line(name: str, placeholder: str) -> QLineEdit:
    line = QLineEdit()
    line.setObjectName(name)
    line.setPlaceholderText(placeholder)
    return line


class ComplaintDetailView(QWidget):
    changed = Signal(object)  # the complaint moved on: the list reloads

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("complaintDetail")
        self.detail: ComplaintDetail | None = None
        self.title = QLabel()
        self.title.setObjectName("complaintTitle")
        self.title.setStyleSheet("font-size: 17px; font-weight: 600;")
        self.facts = QLabel()
        self.facts.setObjectName("complaintFacts")
        self.facts.setWordWrap(True)
        self.description = QLabel()
        self.description.setObjectName("complaintText")
        self.description.setWordWrap(True)
        self.description.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.description.setStyleSheet(
            "background: palette(alternate-base); padding: 8px; border-radius: 4px;")
        self.outcome = QLabel()
        self.outcome.setObjectName("complaintOutcome")
        self.outcome.setWordWrap(True)
        self.errors = FieldErrors()

        self.assignee = QComboBox()
        self.assignee.setObjectName("assignee")
        self.assign_button = QPushButton(self.tr("&Assign"))
        self.assign_button.setObjectName("assignComplaint")
        self.assign_button.clicked.connect(self.assign)
        self.resolution = QComboBox()
        self.resolution.setObjectName("resolution")
        for resolution in DamageResolution:
            self.resolution.addItem(word("DamageResolution", resolution.value), resolution)
        self.note = _line("resolutionNote", self.tr("What was done for the customer"))
        self.root_cause = _line("rootCause", self.tr("Why it happened"))
        self.resolve_button = QPushButton(self.tr("Re&solve"))
        self.resolve_button.setObjectName("resolveComplaint")
        self.resolve_button.clicked.connect(self.resolve)
        self.close_button = QPushButton(self.tr("C&lose complaint"))
        self.close_button.setObjectName("closeComplaint")
        self.close_button.clicked.connect(self.close_complaint)
        self.reason = _line("reopenReason", self.tr("Why the customer is not satisfied"))
        self.reopen_button = QPushButton(self.tr("Re&open"))
        self.reopen_button.setObjectName("reopenComplaint")
        self.reopen_button.clicked.connect(self.reopen)
        for line, action in ((self.note, self.resolve), (self.root_cause, self.resolve),
                             (self.reason, self.reopen)):
            line.returnPressed.connect(action)

        self.assign_row = self._row(self.assignee, "assigned_to", self.assign_button,
                                    self.tr("Assign to"))
        self.resolve_box = QWidget()
        resolve_form = QFormLayout(self.resolve_box)
        resolve_form.setContentsMargins(0, 0, 0, 0)
        resolve_form.addRow(self.tr("Resolution"), self.resolution)
        for label, field, widget in ((self.tr("What was done"), "note", self.note),
                                     (self.tr("Root cause"), "root_cause", self.root_cause)):
            error = error_label(f"{field}Error")
            self.errors.add(field, widget, error)
            resolve_form.addRow(label, with_error(widget, error))
        resolve_form.addRow("", self.resolve_button)
        self.close_row = self._row(None, None, self.close_button)
        self.reopen_row = self._row(self.reason, "reason", self.reopen_button,
                                    self.tr("Not satisfied?"))
        self.actions = QGroupBox(self.tr("Next step"))
        self.actions.setObjectName("complaintActions")
        actions = QVBoxLayout(self.actions)
        for widget in (self.assign_row, self.resolve_box, self.close_row, self.reopen_row):
            actions.addWidget(widget)

        self.history = table("complaintHistory", [
            self.tr("When"), self.tr("Who"), self.tr("What"), self.tr("State"),
            self.tr("Details")])
        history_heading = QLabel(self.tr("History"))
        history_heading.setStyleSheet("font-weight: 600;")

        left = QVBoxLayout()
        left.addWidget(self.title)
        left.addWidget(self.facts)
        left.addWidget(self.description)
        left.addWidget(self.outcome)
        left.addWidget(self.actions)
        left.addStretch(1)
        right = QVBoxLayout()
        right.addWidget(history_heading)
        right.addWidget(self.history, 1)
        layout = QHBoxLayout(self)
        layout.addLayout(left, 1)
        layout.addLayout(right, 1)
        self.show_complaint(None)

    def _row(self, widget: QWidget | None, field: str | None, button: QPushButton,
             label: str = "") -> QWidget:
        row = QWidget()
        box = QHBoxLayout(row)
        box.setContentsMargins(0, 0, 0, 0)
        if label:
            caption = QLabel(label)
            caption.setBuddy(widget)
            box.addWidget(caption, 0, Qt.AlignmentFlag.AlignTop)
        if widget is not None and field is not None:
            error = error_label(f"{field}Error")
            self.errors.add(field, widget, error)
            box.addWidget(with_error(widget, error), 1)
        else:
            box.addStretch(1)
        box.addWidget(button, 0, Qt.AlignmentFlag.AlignTop)
        return row

    def open_complaint(self, complaint_id: uuid.UUID) -> bool:
        detail = run(self, complaints.get_complaint, self.ctx.uow(write=False), complaint_id)
        if detail is FAILED:
            return False
        self.show_complaint(detail)
        return True

    def show_complaint(self, detail: ComplaintDetail | None) -> None:
        self.detail = detail
        self.errors.clear()
        if detail is None:
            self.title.setText(self.tr("No complaint chosen"))
            for label in (self.facts, self.description, self.outcome):
                label.clear()
            self.description.hide()
            self.actions.hide()
            self.history.setRowCount(0)
            return
        row = detail.row
        self.title.setText(f"{row.number}  ·  {row.customer_name}  ·  "
                           f"{word('ComplaintState', row.state.value)}")
        facts = [self.tr("Category: {0}").replace(
                     "{0}", word("ComplaintCategory", row.category.value)),
                 self.tr("Registered {0}").replace("{0}", fmt.moment(row.created_at))]
        if row.order_number:
            facts.append(self.tr("Order {0}").replace("{0}", row.order_number))
        if row.assigned_to_name:
            facts.append(self.tr("Assigned to {0}").replace("{0}", row.assigned_to_name))
        self.facts.setText("   ·   ".join(facts))
        self.description.setText(detail.description)
        self.description.show()
        if row.state in (S.RESOLVED, S.CLOSED):
            self.outcome.setText(
                self.tr("<b>Resolution:</b> {0}<br><b>What was done:</b> {1}<br>"
                        "<b>Root cause:</b> {2}")
                .replace("{0}", word("DamageResolution", detail.resolution.value))
                .replace("{1}", detail.resolution_note.replace("<", "&lt;"))
                .replace("{2}", detail.root_cause.replace("<", "&lt;")))
        else:
            self.outcome.clear()
        self._offer_steps(detail)
        self._history(detail.row.id)

    def _offer_steps(self, detail: ComplaintDetail) -> None:
        state, may = detail.row.state, self.ctx.may
        working = state in (S.OPEN, S.ASSIGNED) and may("complaint.resolve")
        self.assign_row.setVisible(working)
        self.resolve_box.setVisible(working)
        self.close_row.setVisible(state is S.RESOLVED and may("complaint.resolve"))
        self.reopen_row.setVisible(state in (S.RESOLVED, S.CLOSED) and may("complaint.record"))
        self.actions.setVisible(any(w.isVisibleTo(self.actions) for w in (
            self.assign_row, self.resolve_box, self.close_row, self.reopen_row)))
        self.note.clear()
        self.root_cause.clear()
        self.reason.clear()
        self.resolution.setCurrentIndex(0)
        if working:
            people = run(self, complaint_queries.complaint_assignees,
                         self.ctx.uow(write=False), self.ctx.actor)
            self.assignee.clear()
            for person in [] if people is FAILED else people:
                self.assignee.addItem(person.display_name, person.id)
            current = find_data(self.assignee, detail.assigned_to or self.ctx.actor.user_id)
            self.assignee.setCurrentIndex(max(current, 0))

    def _history(self, complaint_id: uuid.UUID) -> None:
        entries = run(self, complaint_queries.complaint_history, self.ctx.uow(write=False),
                      complaint_id)
        fill(self.history, [] if entries is FAILED else [
            (fmt.moment(e.at), e.user_name, word("ComplaintAction", e.action),
             word("ComplaintState", e.to_state or ""),
             "; ".join(f"{key}: {value}" for key, value in e.detail
                       if key not in ("number", "category", "previous")))
            for e in entries])

    def _done(self, result: object) -> None:
        if result is FAILED or self.detail is None:
            return
        complaint_id = self.detail.row.id
        self.open_complaint(complaint_id)
        self.changed.emit(complaint_id)

    def assign(self) -> None:
        if self.assignee.currentData() is None:
            self.errors.clear()
            self.errors.show("assigned_to", self.tr("Choose who resolves it."))
            return
        if self.detail is not None:
            self._done(run(self, complaints.assign_complaint, self.ctx.uow(), self.ctx.actor,
                           self.detail.row.id, self.assignee.currentData(),
                           fields=self.errors))

    def resolve(self) -> None:
        if self.detail is not None:
            self._done(run(self, complaints.resolve_complaint, self.ctx.uow(), self.ctx.actor,
                           self.detail.row.id, DamageResolution(self.resolution.currentData()),
                           self.note.text(),
                           self.root_cause.text(), fields=self.errors))

    def close_complaint(self) -> None:
        if self.detail is not None:
            self._done(run(self, complaints.close_complaint, self.ctx.uow(), self.ctx.actor,
                           self.detail.row.id))

    def reopen(self) -> None:
        if self.detail is not None:
            self._done(run(self, complaints.reopen_complaint, self.ctx.uow(), self.ctx.actor,
                           self.detail.row.id, self.reason.text(), fields=self.errors))
