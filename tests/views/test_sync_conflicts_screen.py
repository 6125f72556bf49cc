"""The conflict review screen (issue 9): the same customer edited at both ends, a customer
put on credit hold while the branch was offline, and a product withdrawn, each produced by a
real branch sync into a PostgreSQL head office, land on the screen with both versions shown;
a decision (by keyboard) takes one off the list."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app.models.enums import Role
from app.services import customers
from app.services.sync_conflicts import RESOLVER
from app.views.context import AppContext
from app.views.main_window import MainWindow
from app.views.screens import by_key
from app.views.screens.sync_conflict_versions import DIFFERS_ROLE
from app.views.screens.sync_conflicts import SyncConflictsScreen
from app.views.support.step_delegate import COUNT_ROLE
from tests.conftest import PG_URL
from tests.sync.sites import Sites, three_sites
from tests.views.conftest import INFO, Problems
from tests.views.sync_helpers import BRANCH_PHONE, HQ_PHONE, ThreeConflicts, make_three_conflicts

pytestmark = pytest.mark.skipif(not PG_URL, reason="ORDERDESK_TEST_PG_URL is not set")


@pytest.fixture
def sites(tmp_path: Path) -> Iterator[Sites]:
    with three_sites(tmp_path) as s:
        yield s


def _hq_ctx(sites: Sites, role: Role = Role.MANAGER) -> AppContext:
    return AppContext(sites.hq.uow, sites.hq.f.actor(role), INFO, display_name="HQ manager")


def _screen(qtbot: QtBot, ctx: AppContext) -> SyncConflictsScreen:
    screen = SyncConflictsScreen(ctx)
    qtbot.addWidget(screen)
    screen.resize(1200, 700)
    screen.show()
    screen.refresh()
    QApplication.setActiveWindow(screen)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is screen)
    return screen


def _row_of(screen: SyncConflictsScreen, reason: str) -> int:
    return next(i for i, row in enumerate(screen.rows) if row.reason == reason)


def test_the_three_conflict_cases_show_both_versions_and_a_decision_removes_one(
        qtbot: QtBot, sites: Sites, problems: Problems) -> None:
    made: ThreeConflicts = make_three_conflicts(sites)
    screen = _screen(qtbot, _hq_ctx(sites))
    assert screen.list.rowCount() == 3 and "3" in screen.count.text()
    listed = {screen.list.item(r, 1).text(): screen.list.item(r, 2).text() for r in range(3)}
    assert listed == {"Customer edited at both ends": listed["Customer edited at both ends"],
                      "Confirmed during credit hold": made.held_order,
                      "Product withdrawn": made.withdrawn_order}
    assert listed["Customer edited at both ends"].startswith("C")  # the customer's code
    assert {screen.list.item(r, 0).text() for r in range(3)} == {"BR1"}

    # The same customer edited at both ends: the phone differs, highlighted.
    screen.select(_row_of(screen, "customer_edited"))
    versions = screen.versions
    assert screen.title.text().startswith("Customer edited at head office and at BR1")
    assert ("phone", HQ_PHONE, BRANCH_PHONE) in versions.differing
    phone_row = next(r for r in range(versions.rowCount())
                     if versions.item(r, 0) and versions.item(r, 0).text() == "Phone")
    assert all(versions.item(phone_row, c).data(DIFFERS_ROLE) for c in range(3))
    name_row = next(r for r in range(versions.rowCount())
                    if versions.item(r, 0) and versions.item(r, 0).text() == "Name")
    assert not versions.item(name_row, 1).data(DIFFERS_ROLE)  # the same at both ends
    assert versions.horizontalHeaderItem(2).text() == "Branch BR1"
    assert screen.buttons[screen_decision("take_branch")].isEnabled()

    # Credit hold at head office beside the order the branch confirmed offline.
    screen.select(_row_of(screen, "confirmed_during_hold"))
    hq_side, branch_side = versions.column_texts(1), versions.column_texts(2)
    hold_row = next(r for r in range(versions.rowCount())
                    if versions.item(r, 0) and versions.item(r, 0).text() == "Credit hold")
    assert versions.item(hold_row, 1).text() == "yes"
    assert made.held_order in branch_side and made.held_order not in hq_side
    assert "confirmed" in branch_side
    assert not screen.buttons[screen_decision("take_branch")].isEnabled()
    assert not screen.buttons[screen_decision("keep_head_office")].isEnabled()

    # The withdrawn product at head office beside the branch's order for it.
    screen.select(_row_of(screen, "product_withdrawn"))
    hq_side, branch_side = versions.column_texts(1), versions.column_texts(2)
    assert made.withdrawn_sku in hq_side and "no" in hq_side  # active: no
    assert made.withdrawn_order in branch_side

    # Decide the customer edit by keyboard: a note, then Alt+B takes the branch's.
    screen.select(_row_of(screen, "customer_edited"))
    screen.note.setText("branch has the new number")
    qtbot.keyClick(screen, Qt.Key.Key_B, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: screen.list.rowCount() == 2)
    assert "customer_edited" not in {row.reason for row in screen.rows}
    assert screen.note.text() == "" and "Customer edited" in screen.outcome.text()
    assert customers.get_customer(sites.hq.uow(write=False), made.customer).phone \
        == BRANCH_PHONE
    # Alt+A on the order confirmed during the hold: acknowledged, one left.
    screen.select(_row_of(screen, "confirmed_during_hold"))
    qtbot.keyClick(screen, Qt.Key.Key_A, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: screen.list.rowCount() == 1)
    assert [row.reason for row in screen.rows] == ["product_withdrawn"]
    assert problems == []


def screen_decision(value: str):  # type: ignore[no-untyped-def]
    from app.services.sync_conflicts import Decision

    return Decision(value)


def test_each_role_sees_the_conflicts_it_may_decide(qtbot: QtBot, sites: Sites,
                                                    problems: Problems) -> None:
    make_three_conflicts(sites)
    assert _screen(qtbot, _hq_ctx(sites, Role.WAREHOUSE)).list.rowCount() == 0
    assert "No open conflicts" in _screen(qtbot, _hq_ctx(sites, Role.WAREHOUSE)).count.text()
    finance = _hq_ctx(sites, Role.FINANCE)
    allowed = {reason for reason, action in RESOLVER.items() if finance.may(action)}
    assert "confirmed_during_hold" in allowed and "product_withdrawn" not in allowed
    assert {row.reason for row in _screen(qtbot, finance).rows} == allowed & {
        "customer_edited", "confirmed_during_hold", "product_withdrawn"}
    assert set(by_key("conflicts").permissions) == set(RESOLVER.values())


def test_head_office_lists_the_step_with_its_count_once_it_has_synced(
        qtbot: QtBot, sites: Sites, problems: Problems) -> None:
    ctx = _hq_ctx(sites)
    before = MainWindow(ctx)  # nothing synced yet: a single-site desk never sees the step
    qtbot.addWidget(before)
    assert "conflicts" not in [spec.key for spec in before.specs]
    make_three_conflicts(sites)
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    row = next(r for r, spec in enumerate(window.specs) if spec.key == "conflicts")
    assert window.steps.item(row).text() == "Sync conflicts"
    assert window.steps.item(row).data(COUNT_ROLE) == "3"
    screen = window.show_screen("conflicts")
    assert isinstance(screen, SyncConflictsScreen) and screen.list.rowCount() == 3
    # Open the record: the order kept during the hold opens in the Orders screen.
    screen.select(_row_of(screen, "confirmed_during_hold"))
    held = screen.detail.row.entity_id  # type: ignore[union-attr]
    assert screen.open_button.isEnabled()
    screen.open_button.click()
    orders = window.stack.currentWidget()
    assert orders is not screen and orders.detail.order is not None  # type: ignore[attr-defined]
    assert orders.detail.order.id == held  # type: ignore[attr-defined]
