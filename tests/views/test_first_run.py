"""The first-run wizard, driven by keys: local file end to end, a refused server, and the real
PostgreSQL server when ORDERDESK_TEST_PG_URL is set."""

from __future__ import annotations

import json
import os
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWizard
from pytestqt.qtbot import QtBot
from sqlalchemy import text
from sqlalchemy.engine import make_url

from app.bootstrap import prepare_database
from app.config import Config
from app.connection_profile import PROFILE_FILE
from app.services import company, users
from app.services.database import make_engine
from app.services.unit_of_work import make_uow_factory
from app.views.first_run import ADMIN_PAGE, DATABASE_PAGE, REGION_PAGE, FirstRunWizard
from app.views.support import preferences
from tests.memory_keyring import MemoryKeyring, memory_keyring
from tests.views.conftest import Problems

__all__ = ["memory_keyring"]


@pytest.fixture
def local(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[tuple[Config, object]]:
    """A brand-new local file with the schema, as `orderdesk` prepares it before the wizard."""
    monkeypatch.setenv("ORDERDESK_DATA_DIR", str(tmp_path / "data"))
    config = Config(f"sqlite:///{tmp_path / 'data' / 'orderdesk.db'}", tmp_path / "data")
    engine = prepare_database(config)
    yield config, make_uow_factory(engine)
    engine.dispose()


def enter(qtbot: QtBot, widget: object) -> None:
    qtbot.keyClick(widget, Qt.Key.Key_Return)


def make_wizard(qtbot: QtBot, config: Config, uow: object) -> FirstRunWizard:
    wizard = FirstRunWizard(uow, config)  # type: ignore[arg-type]
    qtbot.addWidget(wizard)

    def unexpected(question: str) -> bool:  # a modal box offscreen would hang the run
        pytest.fail(f"the wizard asked unexpectedly: {question}")

    wizard.confirm = unexpected  # type: ignore[method-assign]
    wizard.show()
    return wizard


def test_local_file_end_to_end(qtbot: QtBot, local: tuple[Config, object],
                               problems: Problems) -> None:
    config, uow = local
    wizard = make_wizard(qtbot, config, uow)
    qtbot.keyClicks(wizard.company.name, "Lin Trading")
    wizard.company.name.insert(" 林氏貿易")  # QTest cannot type CJK (it aborts)
    qtbot.keyClicks(wizard.company.tax_id, "12345678")
    enter(qtbot, wizard.company.tax_id)
    assert wizard.currentId() == REGION_PAGE
    currency = wizard.company.currency.lineEdit()
    currency.selectAll()
    qtbot.keyClicks(currency, "usd")
    enter(qtbot, currency)
    assert wizard.currentId() == DATABASE_PAGE
    assert wizard.database_page.form.local.isChecked()  # the default
    enter(qtbot, wizard.database_page.form.local)
    assert wizard.currentId() == ADMIN_PAGE
    page = wizard.admin_page
    qtbot.keyClicks(page.display_name, "Mr Lin")
    qtbot.keyClicks(page.password, "first-pass")
    qtbot.keyClicks(page.repeat, "first-pazz")
    enter(qtbot, page.repeat)
    assert wizard.isVisible() and page.errors.message("repeat") == "The two passwords differ."
    page.repeat.clear()
    qtbot.keyClicks(page.repeat, "first-pass")
    enter(qtbot, page.repeat)
    assert wizard.result() == QWizard.DialogCode.Accepted and not problems
    assert wizard.opened is None  # the file the program started with
    who = users.log_in(uow(write=False), "admin", "first-pass")
    assert who.display_name == "Mr Lin"
    saved = company.get_company(uow(write=False))
    assert (saved.company_name, saved.company_tax_id, saved.currency) == (
        "Lin Trading 林氏貿易", "12345678", "USD")
    assert preferences.last_username() == "admin"


def test_language_applies_at_once(qtbot: QtBot, local: tuple[Config, object]) -> None:
    config, uow = local
    wizard = make_wizard(qtbot, config, uow)
    qtbot.keyClicks(wizard.company.name, "Lin")
    enter(qtbot, wizard.company.name)
    next_button = wizard.button(QWizard.WizardButton.NextButton)
    english = next_button.text()
    combo = wizard.region_page.language
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Down)  # English -> 繁體中文
    assert combo.currentData() == "zh_TW" and preferences.language() == "zh_TW"
    qtbot.waitUntil(lambda: next_button.text() != english)  # LanguageChange is posted
    assert "下一" in next_button.text()


def test_a_refused_server_is_told_plainly(qtbot: QtBot, local: tuple[Config, object]) -> None:
    config, uow = local
    wizard = make_wizard(qtbot, config, uow)
    qtbot.keyClicks(wizard.company.name, "Lin")
    enter(qtbot, wizard.company.name)
    enter(qtbot, wizard.region_page.language)
    form = wizard.database_page.form
    qtbot.keyClick(form.server, Qt.Key.Key_Space)  # Tab to it, Space chooses it
    assert form.is_server()
    qtbot.keyClicks(form.host, "127.0.0.1")
    form.port.setValue(1)  # nothing listens on port 1
    qtbot.keyClicks(form.user, "desk")
    qtbot.mouseClick(form.test_button, Qt.MouseButton.LeftButton)
    assert "refuses connections on port 1" in form.result.text()
    assert "Connection refused" in form.detail.text()
    enter(qtbot, form.user)  # Next tests again and stays
    assert wizard.currentId() == DATABASE_PAGE
    assert not (config.data_dir / PROFILE_FILE).exists()


PG_URL = os.environ.get("ORDERDESK_TEST_PG_URL", "")


@pytest.fixture
def empty_server() -> Iterator[str]:
    """A brand-new empty database on the test server."""
    if not PG_URL:
        pytest.skip("ORDERDESK_TEST_PG_URL is not set")
    name = f"orderdesk_wizard_{uuid.uuid4().hex[:8]}"
    admin = make_engine(PG_URL, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    yield make_url(PG_URL).set(database=name).render_as_string(hide_password=False)
    with admin.connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    admin.dispose()


def test_real_server_is_set_up_and_remembered(
        qtbot: QtBot, local: tuple[Config, object], empty_server: str,
        memory_keyring: MemoryKeyring, problems: Problems) -> None:
    config, uow = local
    server = make_url(empty_server)
    wizard = make_wizard(qtbot, config, uow)
    asked: list[str] = []
    wizard.confirm = lambda question: asked.append(question) or True  # type: ignore[method-assign]
    qtbot.keyClicks(wizard.company.name, "Shared Co.")
    enter(qtbot, wizard.company.name)
    enter(qtbot, wizard.region_page.language)
    form = wizard.database_page.form
    form.server.setChecked(True)
    qtbot.keyClicks(form.host, server.host or "127.0.0.1")
    form.port.setValue(server.port or 5432)
    form.database.clear()
    qtbot.keyClicks(form.database, str(server.database))
    qtbot.keyClicks(form.user, server.username or "postgres")
    qtbot.keyClicks(form.password, server.password or "kept-in-keyring")
    qtbot.mouseClick(form.test_button, Qt.MouseButton.LeftButton)
    assert "This database is empty" in form.result.text(), form.detail.text()
    enter(qtbot, form.password)
    assert wizard.currentId() == ADMIN_PAGE and asked and "Create them" in asked[0]
    qtbot.keyClicks(wizard.admin_page.password, "server-pass")
    qtbot.keyClicks(wizard.admin_page.repeat, "server-pass")
    enter(qtbot, wizard.admin_page.repeat)
    assert wizard.result() == QWizard.DialogCode.Accepted and not problems
    assert wizard.opened is not None and wizard.opened.shared
    try:
        assert users.log_in(wizard.opened.uow(write=False), "admin", "server-pass")
        assert company.get_company(wizard.opened.uow(write=False)).company_name == "Shared Co."
        assert not users.has_users(uow(write=False))  # the local file was left alone
    finally:
        wizard.opened.engine.dispose()
    saved = json.loads((config.data_dir / PROFILE_FILE).read_text(encoding="utf-8"))
    assert saved["database"] == server.database and "password" not in saved
    assert list(memory_keyring.store.values()) == [server.password or "kept-in-keyring"]


def test_session_runs_the_wizard_then_the_admin_logs_in(
        qtbot: QtBot, local: tuple[Config, object], monkeypatch: pytest.MonkeyPatch,
        problems: Problems) -> None:
    """orderdesk on an empty database: wizard, then the login, then the main window."""
    from app.views import first_run
    from app.views.context import AppInfo
    from app.views.session import DesktopSession

    config, uow = local

    def fill_and_finish(wizard: FirstRunWizard) -> int:
        qtbot.addWidget(wizard)
        wizard.company.name.setText("Session Co.")
        wizard.admin_page.password.setText("admin-pass")
        wizard.admin_page.repeat.setText("admin-pass")
        return int(wizard.finish_setup())  # 1 == QDialog.Accepted

    monkeypatch.setattr(first_run.FirstRunWizard, "exec", fill_and_finish)
    session = DesktopSession(uow, AppInfo("test", "HQ", "test"), config)  # type: ignore[arg-type]
    login = session.start()
    assert login is not None and session.login is not None
    qtbot.addWidget(login)
    assert session.login.username.text() == "admin"
    qtbot.keyClicks(session.login.password, "admin-pass")
    qtbot.keyClick(session.login.password, Qt.Key.Key_Return)
    assert session.window is not None and session.window.config == config
    assert session.backup_timer.isActive()  # a local file: the daily copy is checked hourly
    first_window = session.window
    qtbot.addWidget(first_window)
    first_window.logout_requested.emit()  # File > Log out
    assert session.window is None and session.login is not None
    assert session.login.isVisible() and not first_window.isVisible()
    qtbot.addWidget(session.login)
    qtbot.keyClicks(session.login.password, "admin-pass")
    qtbot.keyClick(session.login.password, Qt.Key.Key_Return)
    assert session.window is not None and session.window is not first_window
    qtbot.addWidget(session.window)
    session.close()


def test_a_server_in_use_is_joined_not_changed(
        qtbot: QtBot, local: tuple[Config, object], empty_server: str,
        memory_keyring: MemoryKeyring, problems: Problems) -> None:
    from app.bootstrap import open_database

    config, uow = local
    existing = open_database(empty_server, config, upgrade=True)
    users.create_first_admin(existing.uow(), "boss", "Boss", "boss-pass")
    server = make_url(empty_server)
    wizard = make_wizard(qtbot, config, uow)
    qtbot.keyClicks(wizard.company.name, "Should Not Be Written")
    enter(qtbot, wizard.company.name)
    enter(qtbot, wizard.region_page.language)
    form = wizard.database_page.form
    qtbot.keyClick(form.server, Qt.Key.Key_Space)
    qtbot.keyClicks(form.host, server.host or "127.0.0.1")
    form.port.setValue(server.port or 5432)
    form.database.clear()
    qtbot.keyClicks(form.database, str(server.database))
    qtbot.keyClicks(form.user, server.username or "postgres")
    enter(qtbot, form.user)  # Next tests the connection itself
    assert wizard.currentId() == ADMIN_PAGE, form.detail.text()
    assert wizard.admin_page.joining_note.isVisibleTo(wizard)
    assert not wizard.admin_page.fields.isVisibleTo(wizard)
    enter(qtbot, wizard.admin_page)
    assert wizard.result() == QWizard.DialogCode.Accepted and not problems
    assert wizard.opened is not None
    try:
        names = [u.username for u in users.list_users(
            existing.uow(write=False), users.log_in(existing.uow(write=False), "boss",
                                                    "boss-pass").actor)]
        assert names == ["boss"]
        assert company.get_company(existing.uow(write=False)).company_name != (
            "Should Not Be Written")
    finally:
        wizard.opened.engine.dispose()
        existing.engine.dispose()
    assert (config.data_dir / PROFILE_FILE).exists()
