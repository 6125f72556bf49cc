"""At head office, a branch's synced orders are counted under Orders but not as work waiting
at the steps, and the step's worklist leaves them out (app/services/site_scope.py)."""

from __future__ import annotations

from pytestqt.qtbot import QtBot
from sqlalchemy import Engine

from app.models import SyncAppliedBatch
from app.services.settings import set_setting
from app.services.unit_of_work import UowFactory, make_uow_factory
from app.views.context import AppContext
from app.views.screens.confirmation import ConfirmationScreen
from tests.factories import Factory
from tests.views.conftest import Problems
from tests.views.test_main_window import _choose, _counts, _window


def _set_site(uow: UowFactory, site: str) -> None:
    with uow() as u:
        set_setting(u.session, "site_code", site)
        u.commit()


def test_head_office_counts_and_lists_only_its_own_orders(
        qtbot: QtBot, ctx: AppContext, engine: Engine, uow: UowFactory, f: Factory,
        problems: Problems) -> None:
    # Two of BR1's drafts as its up-sync writes them (made here under its site code).
    branch = make_uow_factory(engine)
    _set_site(branch, "BR1")
    branch_f = Factory(branch)
    branch_f.order()
    branch_f.order()
    _set_site(branch, "HQ")
    own = f.order()
    with uow() as u:
        u.session.add(SyncAppliedBatch(batch_id="BR1:1-2", site_code="BR1", first_seq=1,
                                       last_seq=2, aggregates=2))
        u.commit()

    window = _window(qtbot, ctx)
    counts = _counts(window)
    assert (counts["orders"], counts["confirmation"]) == ("3", "1")
    _choose(qtbot, window, "confirmation")
    screen = window.current_screen()
    assert isinstance(screen, ConfirmationScreen)
    assert [row.id for row in screen.rows] == [own]
    assert problems == []
