"""A branch desk's background sync and status-bar indicator, against a real PostgreSQL head
office and an unreachable one: offline keeps the work waiting (nothing lost), the next sync
sends it, a second request while one runs is ignored, and the screen refreshes after changes
came down."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from app.config import Config
from app.head_office_link import HeadOfficeLink, open_head_office, save_link
from app.models import SalesOrder
from app.services.sync_down import sync_down
from app.services.sync_up import sync_status
from app.views.context import AppContext, AppInfo
from app.views.main_window import MainWindow
from app.views.support import branch_sync
from app.views.support.branch_sync import OFFLINE_STYLE, ONLINE_STYLE, BranchSync
from tests.conftest import PG_URL
from tests.memory_keyring import MemoryKeyring, memory_keyring
from tests.sync.sites import Site, Sites, three_sites
from tests.sync.test_sync_up import _edit_phone
from tests.views.conftest import Problems

__all__ = ["memory_keyring"]
pytestmark = pytest.mark.skipif(not PG_URL, reason="ORDERDESK_TEST_PG_URL is not set")
UNREACHABLE = HeadOfficeLink(host="127.0.0.1", database="orderdesk", user="nobody", port=1)


@pytest.fixture
def sites(tmp_path: Path) -> Iterator[Sites]:
    with three_sites(tmp_path) as s:
        yield s


def _link_of(hq: Site) -> HeadOfficeLink:
    from sqlalchemy.engine import make_url

    url = make_url(hq.url)
    return HeadOfficeLink(host=url.host or "", database=url.database or "",
                          user=url.username or "", port=url.port or 5432)


def _branch_window(qtbot: QtBot, branch: Site, data_dir: Path,
                   link: HeadOfficeLink) -> tuple[MainWindow, BranchSync]:
    save_link(data_dir, link, "", desk_url=branch.url)
    ctx = AppContext(branch.uow, branch.f.admin, AppInfo(f"SQLite file {branch.url}",
                                                         branch.code, "test"), "Branch admin")
    window = MainWindow(ctx, config=Config(branch.url, data_dir))
    qtbot.addWidget(window)
    assert window.sync is not None
    window.sync.timer.stop()  # the test decides when to sync
    return window, window.sync


def _sync(qtbot: QtBot, sync: BranchSync) -> None:
    with qtbot.waitSignal(sync.attempted, timeout=30_000):
        assert sync.sync_now()
        assert not sync.sync_now()  # a second request while one runs is ignored


def _orders_at(site: Site) -> int:
    with site.engine.connect() as conn:
        return conn.scalar(select(func.count()).select_from(SalesOrder)) or 0


def test_offline_the_work_waits_and_the_next_sync_sends_it(
        qtbot: QtBot, sites: Sites, tmp_path: Path, memory_keyring: MemoryKeyring,
        problems: Problems, monkeypatch: pytest.MonkeyPatch) -> None:
    br1, hq = sites.branches["BR1"], sites.hq
    threads: list[str] = []
    real_sync_now = branch_sync.sync_now

    def recorded(*args: object) -> object:
        threads.append(threading.current_thread().name)
        return real_sync_now(*args)  # type: ignore[arg-type]

    monkeypatch.setattr(branch_sync, "sync_now", recorded)
    window, sync = _branch_window(qtbot, br1, tmp_path, UNREACHABLE)
    assert "conflicts" in [spec.key for spec in window.specs]  # a linked branch reviews its own
    assert sync.action in window.file_menu.actions()
    assert sync.action.shortcut().toString() == "Shift+F9"
    br1.f.confirmed_order(sites.customer, [(sites.products[0], 2)])
    waiting = sync_status(br1.uow).waiting
    assert waiting > 0

    _sync(qtbot, sync)
    text = sync.label.text()
    assert text.startswith("Offline · never synced · ")
    assert (f"{waiting} changes waiting" if waiting > 1 else "1 change waiting") in text
    assert sync.label.styleSheet() == OFFLINE_STYLE
    assert "cannot be reached" in sync.label.toolTip()
    assert _orders_at(hq) == 0 and sync_status(br1.uow).waiting == waiting  # nothing lost

    # Head office is back (the link fixed): the same window's next attempt sends it all.
    sync.head_office.dispose()
    sync.head_office = open_head_office(hq.url, _link_of(hq))
    _sync(qtbot, sync)
    assert sync.label.text().startswith("Online · synced ")
    assert "waiting" not in sync.label.text()
    assert sync.label.styleSheet() == ONLINE_STYLE
    assert _orders_at(hq) == _orders_at(br1) == 1
    assert threads == ["orderdesk-sync", "orderdesk-sync"]  # never the GUI thread


def test_changes_from_head_office_refresh_the_screen_and_conflicts_show(
        qtbot: QtBot, sites: Sites, tmp_path: Path, memory_keyring: MemoryKeyring,
        problems: Problems) -> None:
    br1, hq = sites.branches["BR1"], sites.hq
    _window, sync = _branch_window(qtbot, br1, tmp_path, _link_of(hq))
    refreshed: list[bool] = []
    real_refresh = sync._refresh
    sync._refresh = lambda: (refreshed.append(True), real_refresh())  # type: ignore[method-assign]
    _sync(qtbot, sync)  # the first down-sync brings head office's log
    refreshed.clear()
    _sync(qtbot, sync)
    assert refreshed == []  # nothing new came down: the screen is left alone

    _edit_phone(hq, sites.customer, "+886 2 1111 1111")  # type: ignore[arg-type]
    _sync(qtbot, sync)
    assert refreshed == [True]

    # An edit at the branch not yet sent while head office changed the same customer: the
    # down-sync alone records a conflict at the branch, and the indicator says so.
    _edit_phone(hq, sites.customer, "+886 2 3333 3333")  # type: ignore[arg-type]
    _edit_phone(br1, sites.customer, "+886 2 4444 4444")  # type: ignore[arg-type]
    sync_down(br1.uow, hq.uow)
    sync.show_status()
    assert sync.label.text().endswith("1 conflict")
    assert "font-weight: 600" in sync.label.styleSheet()


def test_a_desk_without_a_link_has_no_sync(qtbot: QtBot, sites: Sites, tmp_path: Path,
                                           problems: Problems) -> None:
    br1 = sites.branches["BR1"]
    ctx = AppContext(br1.uow, br1.f.admin, AppInfo("SQLite", "BR1", "test"))
    window = MainWindow(ctx, config=Config(br1.url, tmp_path))
    qtbot.addWidget(window)
    assert window.sync is None
    assert "syncNowAction" not in [a.objectName() for a in window.file_menu.actions()]


def test_settings_head_office_tab_shows_syncs_and_removes_the_link(
        qtbot: QtBot, sites: Sites, tmp_path: Path, memory_keyring: MemoryKeyring,
        problems: Problems) -> None:
    from app.head_office_link import load_link
    from app.models.enums import Role
    from app.views.settings import SettingsDialog
    from app.views.settings.head_office_tab import HeadOfficeTab

    br1, hq = sites.branches["BR1"], sites.hq
    window, sync = _branch_window(qtbot, br1, tmp_path, _link_of(hq))
    config = Config(br1.url, tmp_path)
    dialog = SettingsDialog(window.ctx, config, window)
    qtbot.addWidget(dialog)
    tab = dialog.show_tab("head_office")
    assert isinstance(tab, HeadOfficeTab)
    assert tab.current.text() == f"Linked to head office {_link_of(hq).label}"
    assert tab.form.host.text() == _link_of(hq).host and tab.form.local.isHidden()
    assert "Last sync: never" in tab.last_sync.text()
    with qtbot.waitSignal(sync.attempted, timeout=30_000):
        tab.sync_button.click()
    assert "Last sync: never" not in tab.last_sync.text()
    assert "0 changes waiting" in tab.last_sync.text()
    tab.remove_button.click()
    assert load_link(tmp_path) is None and tab.current.text().startswith("Not linked")
    assert ("OrderDesk", _link_of(hq).keyring_name) not in memory_keyring.store

    sales = AppContext(br1.uow, br1.f.actor(Role.SALES), window.ctx.info)
    assert SettingsDialog(sales, config).head_office is None  # administrators only
