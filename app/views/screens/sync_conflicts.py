"""Sync conflicts: what a branch's sync would not decide alone (docs/sync.md), one at a time.

The list (site, what happened, record, when) beside both versions, head office's and the
branch's, with the differing fields highlighted; then a decision with an optional note:
Keep head office's (Alt+H), Take the branch's (Alt+B, a customer's details only) or
Acknowledged (Alt+A, an order kept or cancelled on the order itself). Up/Down move through
the list; a decided conflict leaves it. Each user sees the kinds their role may decide
(sync_conflicts.RESOLVER).
"""

from __future__ import annotations

import uuid

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.services import sync_conflicts
from app.services.sync_conflicts import ConflictDetail, ConflictRow, Decision
from app.views.context import AppContext
from app.views.screens.base import Screen
from app.views.screens.sync_conflict_versions import ConflictVersions
from app.views.support import formatting as fmt
from app.views.support.runner import FAILED, run

ID_ROLE = Qt.ItemDataRole.UserRole
REASONS = {  # the sync's reason codes (sync_apply) in words; {site} is the branch
    "customer_edited": QT_TRANSLATE_NOOP(
        "SyncReasons", "Customer edited at head office and at {site}"),
    "confirmed_during_hold": QT_TRANSLATE_NOOP(
        "SyncReasons", "Order confirmed at {site} while the customer was on credit hold"),
    "product_withdrawn": QT_TRANSLATE_NOOP(
        "SyncReasons", "Order of {site} with a product head office withdrew"),
    "customer_code_taken": QT_TRANSLATE_NOOP(
        "SyncReasons", "New customer of {site} with a code head office already uses"),
    "not_branch_owned": QT_TRANSLATE_NOOP(
        "SyncReasons", "{site} changed stock at a location that is not its own"),
}
SHORT = {  # the same, short, for the list
    "customer_edited": QT_TRANSLATE_NOOP("SyncReasons", "Customer edited at both ends"),
    "confirmed_during_hold": QT_TRANSLATE_NOOP("SyncReasons", "Confirmed during credit hold"),
    "product_withdrawn": QT_TRANSLATE_NOOP("SyncReasons", "Product withdrawn"),
    "customer_code_taken": QT_TRANSLATE_NOOP("SyncReasons", "Customer code taken"),
    "not_branch_owned": QT_TRANSLATE_NOOP("SyncReasons", "Another site's stock"),
}
ADVICE = {  # what the person deciding should do
    "customer_edited": QT_TRANSLATE_NOOP(
        "SyncReasons", "Keep head office's details, or take the branch's name, contact data, "
        "tax id, preferences and tier (credit terms and hold always stay head office's)."),
    "confirmed_during_hold": QT_TRANSLATE_NOOP(
        "SyncReasons", "The order is stored: it happened. Keep it or cancel it on the order "
        "itself (Orders), then mark this conflict acknowledged."),
    "product_withdrawn": QT_TRANSLATE_NOOP(
        "SyncReasons", "The order is stored with the withdrawn product. Amend or cancel the "
        "order if the product cannot be supplied, then mark this acknowledged."),
    "customer_code_taken": QT_TRANSLATE_NOOP(
        "SyncReasons", "The branch's customer was stored under {site}-code. Keep it so, or "
        "merge them by hand, then decide."),
    "not_branch_owned": QT_TRANSLATE_NOOP(
        "SyncReasons", "Head office's stock was kept. Check the count at that location."),
}
# The conflict's record as the main window's open_record names it (global search kinds).
RECORD_KINDS = {"sales_orders": "order", "customers": "customer", "products": "product"}
# Which decisions each reason allows; the service refuses the others anyway.
_CHOICES = {
    "customer_edited": {Decision.KEEP_HEAD_OFFICE, Decision.TAKE_BRANCH, Decision.ACKNOWLEDGED},
    "customer_code_taken": {Decision.KEEP_HEAD_OFFICE, Decision.ACKNOWLEDGED},
    "not_branch_owned": {Decision.KEEP_HEAD_OFFICE, Decision.ACKNOWLEDGED},
}


def reason_text(reason: str, site: str, *, short: bool = False) -> str:
    words = QCoreApplication.translate(
        "SyncReasons", (SHORT if short else REASONS).get(reason, reason))
    return words.replace("{site}", site)


class SyncConflictsScreen(Screen):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.rows: list[ConflictRow] = []
        self.detail: ConflictDetail | None = None
        self.count = QLabel()
        self.count.setObjectName("conflictCount")
        self.list = QTableWidget(0, 4)
        self.list.setObjectName("conflictList")
        self.list.setHorizontalHeaderLabels([
            self.tr("Site"), self.tr("What happened"), self.tr("Record"), self.tr("When")])
        self.list.verticalHeader().setVisible(False)
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.list.currentCellChanged.connect(lambda row, *_: self._show(row))
        self.title = QLabel()
        self.title.setObjectName("conflictTitle")
        self.title.setStyleSheet("font-size: 15px; font-weight: 600;")
        self.title.setWordWrap(True)
        self.advice = QLabel()
        self.advice.setObjectName("conflictAdvice")
        self.advice.setWordWrap(True)
        self.versions = ConflictVersions()
        self.note = QLineEdit()
        self.note.setObjectName("conflictNote")
        self.note.setPlaceholderText(self.tr("Why (optional; kept in the audit trail)"))
        note_label = QLabel(self.tr("&Note"))
        note_label.setBuddy(self.note)
        self.buttons: dict[Decision, QPushButton] = {}
        for decision, text, name in (
                (Decision.KEEP_HEAD_OFFICE, self.tr("Keep &head office's"), "keepHeadOffice"),
                (Decision.TAKE_BRANCH, self.tr("Take the &branch's"), "takeBranch"),
                (Decision.ACKNOWLEDGED, self.tr("&Acknowledged"), "acknowledge")):
            button = QPushButton(text)
            button.setObjectName(name)
            button.clicked.connect(lambda _c=False, d=decision: self.decide(d))
            self.buttons[decision] = button
        self.open_button = QPushButton(self.tr("&Open the record"))
        self.open_button.setObjectName("openConflictRecord")
        self.open_button.clicked.connect(self.open_conflict_record)
        self.outcome = QLabel()
        self.outcome.setObjectName("conflictOutcome")
        self.outcome.setStyleSheet("color: #1b6e20;")

        decide = QHBoxLayout()
        decide.addWidget(note_label)
        decide.addWidget(self.note, 1)
        decide.addWidget(self.buttons[Decision.KEEP_HEAD_OFFICE])
        decide.addWidget(self.buttons[Decision.TAKE_BRANCH])
        decide.addWidget(self.buttons[Decision.ACKNOWLEDGED])
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(6, 0, 0, 0)
        right_layout.addWidget(self.title)
        advice_row = QHBoxLayout()
        advice_row.addWidget(self.advice, 1)
        advice_row.addWidget(self.open_button, 0, Qt.AlignmentFlag.AlignTop)
        right_layout.addLayout(advice_row)
        right_layout.addWidget(self.versions, 1)
        right_layout.addLayout(decide)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.count)
        left_layout.addWidget(self.list, 1)
        left_layout.addWidget(self.outcome)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([460, 640])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)

    # -- loading ---------------------------------------------------------------------------
    def refresh(self) -> None:
        current = self.detail.row.id if self.detail is not None else None
        rows = run(self, sync_conflicts.list_open_conflicts, self.ctx.uow(write=False),
                   self.ctx.actor)
        if rows is FAILED:
            return
        self.rows = rows
        self.count.setText(self.tr("{0} open conflicts").replace("{0}", str(len(rows))) if rows
                           else self.tr("No open conflicts: every sync went through."))
        self.list.blockSignals(True)
        self.list.setRowCount(len(rows))
        for index, row in enumerate(rows):
            cells = (row.site_code, reason_text(row.reason, row.site_code, short=True),
                     row.record or str(row.entity_id)[:8], fmt.moment(row.created_at))
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(ID_ROLE, row.id)
                self.list.setItem(index, column, item)
        for column in (0, 2, 3):
            self.list.resizeColumnToContents(column)
        self.list.blockSignals(False)
        ids = [row.id for row in rows]
        self.select(ids.index(current) if current in ids else 0)

    def select(self, index: int) -> None:
        if not self.rows:
            self._show(-1)
            return
        index = max(0, min(index, len(self.rows) - 1))
        self.list.setCurrentCell(index, 0)
        self._show(index)

    def _show(self, index: int) -> None:
        self.detail = None
        if 0 <= index < len(self.rows):
            detail = run(self, sync_conflicts.get_conflict, self.ctx.uow(write=False),
                         self.ctx.actor, self.rows[index].id)
            self.detail = None if detail is FAILED else detail
        self.versions.show_detail(self.detail)
        row = self.detail.row if self.detail is not None else None
        if row is None:
            self.title.setText(self.tr("No conflict chosen"))
            self.advice.clear()
        else:
            self.title.setText(f"{reason_text(row.reason, row.site_code)} · {row.record}"
                               .rstrip(" ·"))
            self.advice.setText(QCoreApplication.translate(
                "SyncReasons", ADVICE.get(row.reason, "")).replace("{site}", row.site_code))
        allowed = _CHOICES.get(row.reason, {Decision.ACKNOWLEDGED}) if row else set()
        for decision, button in self.buttons.items():
            button.setEnabled(decision in allowed)
        self.open_button.setEnabled(row is not None and row.entity in RECORD_KINDS)

    def open_conflict_record(self) -> None:
        """Shows the order, customer or product in its own screen (the main window finds
        the screen): an order kept during a hold is cancelled or amended there."""
        if self.detail is None or self.detail.row.entity not in RECORD_KINDS:
            return
        window = self.window()
        opener = getattr(window, "open_record", None)
        if callable(opener):
            opener(RECORD_KINDS[self.detail.row.entity], self.detail.row.entity_id)

    # -- deciding --------------------------------------------------------------------------
    def decide(self, decision: Decision) -> None:
        if self.detail is None or not self.buttons[decision].isEnabled():
            return
        row = self.detail.row
        index = self.list.currentRow()
        if run(self, sync_conflicts.resolve_conflict, self.ctx.uow(), self.ctx.actor, row.id,
               decision, self.note.text().strip()) is FAILED:
            self.refresh()  # someone else may have decided it meanwhile
            return
        self.note.clear()
        self.outcome.setText(self.tr("Decided: {0}").replace(
            "{0}", reason_text(row.reason, row.site_code)))
        self.detail = None
        self.refresh()
        self.select(index)  # the next one, where the decided one was
        self.list.setFocus()

    def open_record(self, kind: str, record_id: object) -> bool:
        if kind != "sync_conflict" or not isinstance(record_id, uuid.UUID):
            return False
        ids = [row.id for row in self.rows]
        if record_id not in ids:
            return False
        self.select(ids.index(record_id))
        return True

    def focus_first(self) -> None:
        self.list.setFocus()
