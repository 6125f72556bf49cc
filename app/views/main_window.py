"""The main window: the process steps with live counts, an orders table, and where we are."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import partial

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QIcon, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QSplitter,
    QTableView,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from app.resources import resource_path
from app.services import complaints, order_queries, production_queries
from app.services.complaints import ComplaintState
from app.services.order_queries import OrderRow, OrderState
from app.services.production_queries import ProductionState
from app.services.unit_of_work import UowFactory
from app.views.itemmodels.order_table import OrderTableModel, PageFetcher
from app.views.support.step_delegate import COUNT_ROLE, StepDelegate

PAGE_SIZE = 200
COUNT_CAP = 1000  # production orders and complaints are counted from a list this long at most
S = OrderState
OPEN_PRODUCTION = (ProductionState.PLANNED, ProductionState.STARTED, ProductionState.FINISHED)
OPEN_COMPLAINTS = (ComplaintState.OPEN, ComplaintState.ASSIGNED)


@dataclass(frozen=True)
class AppInfo:
    database: str  # "SQLite file /home/.../orderdesk.db" or "PostgreSQL user@host/db"
    site_code: str
    version: str


@dataclass(frozen=True)
class Step:
    key: str
    title: str
    hint: str
    # Orders waiting at this step (() = all); None: the table has nothing for this step yet.
    states: tuple[OrderState, ...] | None


STEPS: tuple[Step, ...] = (
    Step("entry", "Order entry", "All orders", ()),
    Step("confirmation", "Confirmation", "Drafts waiting to be confirmed", (S.DRAFT,)),
    Step("inventory", "Inventory", "Confirmed orders waiting for stock",
         (S.CONFIRMED, S.PARTIALLY_ALLOCATED)),
    Step("production", "Production", "Open production orders (their screen comes later)", None),
    Step("picking", "Picking", "Allocated orders waiting to be picked", (S.ALLOCATED,)),
    Step("packing", "Packing", "Picked orders waiting to be packed", (S.PICKED,)),
    Step("shipping", "Shipping", "Packed orders waiting to ship",
         (S.PACKED, S.PARTIALLY_SHIPPED)),
    Step("delivery", "Delivery", "Shipped orders waiting for delivery", (S.SHIPPED,)),
    Step("invoicing", "Invoices & payments", "Delivered orders waiting for an invoice",
         (S.DELIVERED,)),
    Step("complaints", "Complaints", "Open complaints (the register's screen comes later)", None),
    Step("reports", "Reports", "Reports come with their screen", None),
)


def _capped(count: int) -> str:
    return f"{COUNT_CAP}+" if count >= COUNT_CAP else str(count)


def _name(widget: QWidget, name: str, accessible: str) -> None:
    widget.setObjectName(name)
    widget.setAccessibleName(accessible)


class MainWindow(QMainWindow):
    """Placeholder shell: each step's screen replaces the orders table in later issues."""

    def __init__(self, uow: UowFactory, info: AppInfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._uow = uow
        self.info = info
        self.setObjectName("mainWindow")
        self.setWindowTitle("OrderDesk")
        self.setWindowIcon(QIcon(str(resource_path("icons", "orderdesk.svg"))))
        self.resize(1100, 680)
        self._build_toolbar()
        self._build_centre()
        self._build_status_bar()
        self.steps.currentRowChanged.connect(self._show_step)
        self.refresh()

    # -- building ------------------------------------------------------------------------
    def _build_toolbar(self) -> None:
        toolbar = QToolBar("Main", self)
        toolbar.setObjectName("mainToolbar")
        toolbar.setMovable(False)
        self.refresh_action = QAction("Refresh", self)
        self.refresh_action.setObjectName("refreshAction")
        self.refresh_action.setShortcut(QKeySequence.StandardKey.Refresh)
        self.refresh_action.setToolTip("Reload the counts and the orders (F5)")
        self.refresh_action.triggered.connect(self.refresh)
        toolbar.addAction(self.refresh_action)
        button = toolbar.widgetForAction(self.refresh_action)
        _name(button, "refreshButton", "Refresh")
        self.addToolBar(toolbar)

    def _build_centre(self) -> None:
        self.steps = QListWidget()
        _name(self.steps, "stepList", "Process steps")
        self.steps.setMinimumWidth(210)
        self.steps.setItemDelegate(StepDelegate(self.steps))
        self.steps.setStyleSheet("QListWidget::item { padding-left: 8px; }")
        for step in STEPS:
            item = QListWidgetItem(step.title)
            item.setData(Qt.ItemDataRole.UserRole, step.key)
            self.steps.addItem(item)

        self.heading = QLabel()
        self.heading.setObjectName("stepHeading")
        self.heading.setStyleSheet("font-size: 15px; font-weight: 600; padding: 6px 2px;")
        self.orders_model = OrderTableModel(self._fetcher(()), self)
        self.orders = QTableView()
        _name(self.orders, "ordersTable", "Orders")
        self.orders.setModel(self.orders_model)
        self.orders.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.orders.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.orders.setAlternatingRowColors(True)
        self.orders.verticalHeader().setVisible(False)
        self.orders.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        # Fixed rows: Qt never measures every row, so long lists open at once.
        self.orders.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        self.orders.horizontalHeader().setStretchLastSection(True)
        self.orders.setStyleSheet("QHeaderView::section { padding: 3px 10px 3px 4px; }")

        right = QWidget()
        layout = QVBoxLayout(right)
        layout.setContentsMargins(6, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.orders)
        splitter = QSplitter()
        splitter.setObjectName("mainSplitter")
        splitter.addWidget(self.steps)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([220, 880])
        self.setCentralWidget(splitter)

    def _build_status_bar(self) -> None:
        bar = self.statusBar()
        bar.setObjectName("statusBar")
        self.database_label = QLabel(f"Database: {self.info.database}")
        self.database_label.setObjectName("databaseLabel")
        self.site_label = QLabel(f"Site {self.info.site_code}")
        self.site_label.setObjectName("siteLabel")
        self.version_label = QLabel(f"OrderDesk {self.info.version}")
        self.version_label.setObjectName("versionLabel")
        for label in (self.database_label, self.site_label, self.version_label):
            label.setContentsMargins(6, 0, 6, 0)
        bar.addWidget(self.database_label, 1)
        bar.addPermanentWidget(self.site_label)
        bar.addPermanentWidget(self.version_label)

    # -- data ----------------------------------------------------------------------------
    def _fetcher(self, states: tuple[OrderState, ...] | None) -> PageFetcher:
        if states is None:
            return lambda _after: []
        return partial(self._page, states)

    def _page(self, states: tuple[OrderState, ...], after: str | None) -> Sequence[OrderRow]:
        return order_queries.list_orders(self._uow(write=False), states=states,
                                         after_number=after, limit=PAGE_SIZE)

    def step_counts(self) -> dict[str, str | None]:
        """What each step shows beside its title: how much work waits there, or None."""
        by_state = order_queries.count_orders_by_state(self._uow(write=False))
        counts: dict[str, str | None] = {}
        for step in STEPS:
            if step.states is None:
                counts[step.key] = None
                continue
            wanted = step.states or tuple(by_state)  # () means every state
            counts[step.key] = str(sum(by_state.get(state, 0) for state in wanted))
        production = production_queries.list_production_orders(
            self._uow(write=False), states=OPEN_PRODUCTION, limit=COUNT_CAP)
        counts["production"] = _capped(len(production))
        complaint_rows = [row for state in OPEN_COMPLAINTS for row in complaints.list_complaints(
            self._uow(write=False), state, limit=COUNT_CAP)]
        counts["complaints"] = _capped(len(complaint_rows))
        return counts

    def refresh(self) -> None:
        """Reloads the step counts and the orders of the current step."""
        counts = self.step_counts()
        for row, step in enumerate(STEPS):
            count = counts[step.key]
            item = self.steps.item(row)
            item.setData(COUNT_ROLE, count)
            item.setData(Qt.ItemDataRole.AccessibleTextRole,
                         step.title if count is None else f"{step.title}, {count} waiting")
        if self.steps.currentRow() < 0:
            self.steps.setCurrentRow(0)  # emits currentRowChanged -> _show_step
        else:
            self._show_step(self.steps.currentRow())

    def _show_step(self, row: int) -> None:
        step = STEPS[row]
        self.heading.setText(f"{step.title}: {step.hint}")
        self.orders.setEnabled(step.states is not None)
        self.orders_model.reload(self._fetcher(step.states))
        self.orders.resizeColumnsToContents()
