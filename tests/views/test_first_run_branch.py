"""The first-run wizard's branch choice: head office's server, the branch's site code (not
head office's), then the local file seeded from head office and the link saved; the person
logs in with their head-office account (no administrator is created)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QWizard
from pytestqt.qtbot import QtBot
from sqlalchemy.engine import make_url

from app.config import Config
from app.head_office_link import load_link
from app.services import users
from app.services.database import make_engine
from app.services.schema import upgrade
from app.services.unit_of_work import make_uow_factory
from app.views.first_run import BRANCH_PAGE, DATABASE_PAGE
from tests.conftest import PG_URL
from tests.factories import Factory
from tests.memory_keyring import MemoryKeyring, memory_keyring
from tests.sync.pg import new_pg_database
from tests.views.conftest import Problems
from tests.views.test_first_run import enter, local, make_wizard

__all__ = ["local", "memory_keyring"]
pytestmark = pytest.mark.skipif(not PG_URL, reason="ORDERDESK_TEST_PG_URL is not set")


@pytest.fixture
def head_office() -> Iterator[str]:
    with new_pg_database("hq") as url:
        engine = make_engine(url)
        upgrade(engine)
        f = Factory(make_uow_factory(engine))
        f.product()
        f.customer()
        f.admin  # noqa: B018  (head office's admin exists: the branch's users come from there)
        engine.dispose()
        yield url


def test_a_branch_is_seeded_from_head_office_and_linked(
        qtbot: QtBot, local: tuple[Config, object], head_office: str,
        memory_keyring: MemoryKeyring, problems: Problems) -> None:
    config, uow = local
    wizard = make_wizard(qtbot, config, uow)
    wizard.company.name.setText("Branch")
    wizard.next()
    wizard.next()
    assert wizard.currentId() == DATABASE_PAGE
    wizard.database_page.branch.setChecked(True)
    enter(qtbot, wizard.database_page.branch)
    assert wizard.currentId() == BRANCH_PAGE
    page = wizard.branch_page
    url = make_url(head_office)
    page.form.host.setText(url.host or "")
    page.form.port.setValue(url.port or 5432)
    page.form.database.setText(url.database or "")
    page.form.user.setText(url.username or "")
    page.site_code.setText("hq")  # head office's own code
    enter(qtbot, page.site_code)
    assert wizard.currentId() == BRANCH_PAGE
    assert "head office's own site code" in page.errors.message("site_code")
    assert load_link(config.data_dir) is None  # nothing saved yet
    page.site_code.setText("br1")
    enter(qtbot, page.site_code)
    assert wizard.result() == QWizard.DialogCode.Accepted and not problems

    link = load_link(config.data_dir)
    assert link is not None and link.database == url.database
    assert users.has_users(uow(write=False))  # type: ignore[operator]
    with uow() as branch:  # type: ignore[operator]
        assert branch.site_code == "BR1"
    assert wizard.admin_username == ""  # no administrator made: head office's users log in
