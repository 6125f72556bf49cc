"""File > Settings…: users and roles (admin only), company details, backups, the log folder."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy.engine import make_url

from app.config import Config
from app.connection_profile import PROFILE_FILE
from app.models.enums import Role
from app.services import company, customers, users
from app.views.context import AppContext
from app.views.main_window import MainWindow
from app.views.settings import SettingsDialog
from tests.factories import Factory
from tests.memory_keyring import MemoryKeyring, memory_keyring
from tests.views.conftest import Problems
from tests.views.test_first_run import empty_server

__all__ = ["empty_server", "memory_keyring"]
PG_URL = os.environ.get("ORDERDESK_TEST_PG_URL", "")


@pytest.fixture
def config(db_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Config:
    monkeypatch.setenv("ORDERDESK_DATA_DIR", str(tmp_path / "data"))
    return Config(db_url, tmp_path / "data")


def open_settings(qtbot: QtBot, ctx: AppContext, config: Config) -> SettingsDialog:
    dialog = SettingsDialog(ctx, config)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_admin_manages_users_by_keys(qtbot: QtBot, make_ctx: Callable[..., AppContext],
                                     config: Config, problems: Problems) -> None:
    ctx = make_ctx(Role.ADMIN)
    tab = open_settings(qtbot, ctx, config).show_tab("users")
    qtbot.keyClicks(tab.add_username, "lin")
    qtbot.keyClicks(tab.add_name, "Ms Lin")
    qtbot.keyClicks(tab.add_password, "short")
    qtbot.keyClick(tab.add_password, Qt.Key.Key_Return)
    assert tab.add_errors.message("password") == "A password needs at least 8 characters."
    tab.add_password.clear()
    qtbot.keyClicks(tab.add_password, "secret-pass")
    qtbot.keyClick(tab.add_password, Qt.Key.Key_Return)
    assert not problems
    assert tab.current() is not None and tab.current().username == "lin"
    assert users.log_in(ctx.uow(write=False), "lin", "secret-pass").actor.role is Role.SALES

    tab.role.setCurrentIndex(tab.role.findData(Role.FINANCE.value))
    qtbot.mouseClick(tab.apply_role, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(tab.new_password, "fresh-password")
    qtbot.mouseClick(tab.reset_button, Qt.MouseButton.LeftButton)
    assert users.log_in(ctx.uow(write=False), "lin", "fresh-password").actor.role is Role.FINANCE
    qtbot.mouseClick(tab.toggle_active, Qt.MouseButton.LeftButton)
    row = tab.table.currentRow()
    assert tab.table.item(row, 3).text() == "Deactivated"
    assert tab.toggle_active.text() == "A&ctivate again"
    with pytest.raises(Exception, match="wrong password"):
        users.log_in(ctx.uow(write=False), "lin", "fresh-password")

    tab.select_user(ctx.actor.username)  # the last admin may not leave
    qtbot.mouseClick(tab.toggle_active, Qt.MouseButton.LeftButton)
    assert problems.last() == "You cannot deactivate yourself."


def test_only_admins_see_users_and_only_managers_edit_the_company(
        qtbot: QtBot, make_ctx: Callable[..., AppContext], config: Config,
        problems: Problems) -> None:
    manager = open_settings(qtbot, make_ctx(Role.MANAGER), config)
    titles = [manager.tabs.tabText(i) for i in range(manager.tabs.count())]
    assert manager.users is None and "Users and roles" not in titles
    general = manager.general
    general.form.tax_id.clear()
    qtbot.keyClicks(general.form.tax_id, "87654321")
    general.form.currency.setCurrentText("eur")
    qtbot.mouseClick(general.save_button, Qt.MouseButton.LeftButton)
    assert not problems and general.status.text().startswith("Saved")
    saved = company.get_company(make_ctx(Role.MANAGER).uow(write=False))
    assert (saved.company_tax_id, saved.currency) == ("87654321", "EUR")

    sales = open_settings(qtbot, make_ctx(Role.SALES), config)
    assert sales.general.form.name.isReadOnly() and not sales.general.save_button.isVisible()
    assert not sales.database.save_button.isVisible()


def test_company_name_is_required_at_the_field(qtbot: QtBot, ctx: AppContext, config: Config,
                                               problems: Problems) -> None:
    general = open_settings(qtbot, ctx, config).general
    general.form.name.clear()
    qtbot.mouseClick(general.save_button, Qt.MouseButton.LeftButton)
    assert general.form.errors.message("company_name") == "Enter the company's name."
    assert not problems


def test_back_up_now_and_restore(qtbot: QtBot, ctx: AppContext, config: Config, f: Factory,
                                 problems: Problems, monkeypatch: pytest.MonkeyPatch) -> None:
    tab = open_settings(qtbot, ctx, config).show_tab("backups")
    if not config.db_url.startswith("sqlite"):
        assert tab.findChild(object, "serverBackupNote") is not None
        assert tab.log_path.text() == str(config.log_dir)
        return
    f.customer(name="Kept")
    qtbot.mouseClick(tab.back_up_button, Qt.MouseButton.LeftButton)
    assert tab.table.rowCount() == 1 and "Copy written" in tab.status.text()
    f.customer(name="Entered after the backup")
    monkeypatch.setattr(tab, "confirm", lambda _question: True)
    restarts: list[bool] = []
    monkeypatch.setattr(tab, "ask_restart", lambda: restarts.append(True) or False)
    tab.table.selectRow(0)
    qtbot.mouseClick(tab.restore_button, Qt.MouseButton.LeftButton)
    assert not problems and restarts == [True]
    names = {c.name for c in customers.find_customers(ctx.uow(write=False), "")}
    assert "Kept" in names and "Entered after the backup" not in names
    assert tab.table.rowCount() == 2  # the copy, and the safety copy taken before restoring
    assert tab.table.item(0, 1).text() == "Before a restore"


def test_backup_policy_keeps_n(qtbot: QtBot, ctx: AppContext, config: Config,
                               problems: Problems) -> None:
    if not config.db_url.startswith("sqlite"):
        pytest.skip("backups are of the local file")
    tab = open_settings(qtbot, ctx, config).show_tab("backups")
    for _ in range(3):
        qtbot.mouseClick(tab.back_up_button, Qt.MouseButton.LeftButton)
    tab.keep.setValue(2)
    qtbot.mouseClick(tab.save_policy_button, Qt.MouseButton.LeftButton)
    assert tab.table.rowCount() == 2 and not problems
    qtbot.mouseClick(tab.back_up_button, Qt.MouseButton.LeftButton)
    assert tab.table.rowCount() == 2


def test_settings_from_the_file_menu(qtbot: QtBot, ctx: AppContext, config: Config,
                                     monkeypatch: pytest.MonkeyPatch) -> None:
    opened: list[SettingsDialog] = []
    monkeypatch.setattr(SettingsDialog, "exec", lambda self: opened.append(self) or 0)
    window = MainWindow(ctx, config=config)
    qtbot.addWidget(window)
    assert window.settings_action.shortcut().toString() == "Ctrl+,"
    assert window.settings_action in window.file_menu.actions()
    window.settings_action.trigger()
    assert opened and opened[0].general.form.name.text() == company.get_company(
        ctx.uow(write=False)).company_name


def test_database_tab_saves_the_server_for_next_time(
        qtbot: QtBot, ctx: AppContext, config: Config, memory_keyring: MemoryKeyring,
        problems: Problems, request: pytest.FixtureRequest) -> None:
    tab = open_settings(qtbot, ctx, config).show_tab("database")
    form = tab.form
    assert form.local.isChecked()  # no profile yet
    qtbot.keyClick(form.server, Qt.Key.Key_Space)
    qtbot.keyClicks(form.host, "127.0.0.1")
    form.port.setValue(1)
    qtbot.keyClicks(form.user, "desk")
    qtbot.keyClicks(form.password, "never-in-a-file")
    qtbot.mouseClick(tab.save_button, Qt.MouseButton.LeftButton)
    assert "refuses connections" in form.result.text()
    assert not (config.data_dir / PROFILE_FILE).exists()  # a server that fails is not saved
    if not PG_URL:
        return
    from app.bootstrap import open_database

    url = request.getfixturevalue("empty_server")
    open_database(url, config, upgrade=True).engine.dispose()  # a server set up already
    server = make_url(url)
    form.host.setText(server.host or "127.0.0.1")
    form.port.setValue(server.port or 5432)
    form.database.setText(str(server.database))
    form.user.setText(server.username or "postgres")
    qtbot.mouseClick(tab.save_button, Qt.MouseButton.LeftButton)
    assert tab.status.text().startswith("Saved"), form.detail.text()
    text = (config.data_dir / PROFILE_FILE).read_text(encoding="utf-8")
    assert "never-in-a-file" not in text
    assert "never-in-a-file" in memory_keyring.store.values()
    qtbot.keyClick(form.local, Qt.Key.Key_Space)
    qtbot.mouseClick(tab.save_button, Qt.MouseButton.LeftButton)
    assert memory_keyring.store == {}  # back to the local file: the password is forgotten


def test_no_keyring_means_no_saved_server(tmp_path: Path) -> None:
    import keyring
    from keyring.backends import fail

    from app.connection_profile import ProfileError, ServerProfile, save_server_profile

    before = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    try:
        with pytest.raises(ProfileError, match="keyring"):
            save_server_profile(tmp_path, ServerProfile("h", "d", "u"), "pw")
    finally:
        keyring.set_keyring(before)
    assert not (tmp_path / PROFILE_FILE).exists()


def test_language_switch_in_settings_applies_at_once(
        qtbot: QtBot, make_ctx: Callable[..., AppContext], config: Config) -> None:
    from app.views.support import preferences

    dialog = open_settings(qtbot, make_ctx(Role.ADMIN), config)
    users_before, tabs_before = dialog.users, dialog.tabs.count()
    combo = dialog.general.language
    combo.setCurrentIndex(combo.findData("zh_TW"))
    assert preferences.language() == "zh_TW"
    qtbot.waitUntil(lambda: dialog.users is not users_before)  # rebuilt in the new language
    assert dialog.tabs.indexOf(dialog.users) == 2 and dialog.tabs.indexOf(dialog.backups) == 3
    assert dialog.tabs.count() == tabs_before
