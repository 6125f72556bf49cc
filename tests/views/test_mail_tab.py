"""Settings > Mail by keys: a real SMTP server on 127.0.0.1 answers Test connection; a closed
port is reported at the server field; Save stores the settings and puts the password in the
keyring, never in the database."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from app.config import Config
from app.mail_password import KEYRING_SERVICE, store_mail_password
from app.models import AuditEntry, Setting
from app.models.enums import Role
from app.services.mail_settings import MailServer, get_mail_server, save_mail_server
from app.views.context import AppContext
from app.views.settings import SettingsDialog
from app.views.settings.mail_tab import MailTab
from tests.factories import Factory
from tests.memory_keyring import MemoryKeyring, memory_keyring
from tests.services.test_mail_settings import free_port, smtp_port
from tests.views.conftest import Problems

__all__ = ["memory_keyring", "smtp_port"]  # fixtures


@pytest.fixture
def config(db_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Config:
    monkeypatch.setenv("ORDERDESK_DATA_DIR", str(tmp_path / "data"))
    return Config(db_url, tmp_path / "data")


@pytest.fixture
def tab(qtbot: QtBot, ctx: AppContext, config: Config,
        memory_keyring: MemoryKeyring) -> Iterator[MailTab]:
    dialog = SettingsDialog(ctx, config)
    qtbot.addWidget(dialog)
    dialog.show()
    page = dialog.show_tab("mail")
    assert isinstance(page, MailTab)
    yield page


def type_into(qtbot: QtBot, edit: QLineEdit, text: str) -> None:
    edit.setFocus()
    qtbot.keyClick(edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(edit, Qt.Key.Key_Delete)
    qtbot.keyClicks(edit, text)


def fill(qtbot: QtBot, tab: MailTab, port: int) -> None:
    type_into(qtbot, tab.host, "127.0.0.1")
    tab.security.setFocus()
    qtbot.keyClick(tab.security, Qt.Key.Key_End)  # None: unencrypted
    assert tab.security.currentData() == "none"
    assert tab.port.text() == "25"  # the usual port moved along with the choice
    type_into(qtbot, tab.port, str(port))
    type_into(qtbot, tab.sender, "orders@orderdesk.example")


def test_test_connection_reaches_a_real_server(qtbot: QtBot, tab: MailTab, smtp_port: int,
                                               problems: Problems) -> None:
    fill(qtbot, tab, smtp_port)
    # Tab from the last field (CA file) reaches Test connection; Space presses it.
    tab.cafile.setFocus()
    qtbot.keyClick(tab.cafile, Qt.Key.Key_Tab)
    assert tab.test_button.hasFocus(), tab.focusWidget()
    qtbot.keyClick(tab.test_button, Qt.Key.Key_Space)
    assert "answered" in tab.status.text()
    assert tab.errors.message("smtp_host") == "" and problems == []


def test_a_closed_port_is_reported_at_the_server_field(qtbot: QtBot, tab: MailTab,
                                                       problems: Problems) -> None:
    port = free_port()
    fill(qtbot, tab, port)
    qtbot.mouseClick(tab.test_button, Qt.MouseButton.LeftButton)
    message = tab.errors.message("smtp_host")
    assert message.startswith("Cannot reach the mail server at 127.0.0.1:")
    assert str(port) in message and tab.status.text() == "" and problems == []
    if os.environ.get("MAIL_TAB_PNG"):  # a picture to look at: MAIL_TAB_PNG=/tmp/x.png
        tab.window().grab().save(os.environ["MAIL_TAB_PNG"])


def test_save_by_keys_keeps_the_password_out_of_the_database(
        qtbot: QtBot, tab: MailTab, ctx: AppContext, memory_keyring: MemoryKeyring,
        problems: Problems) -> None:
    fill(qtbot, tab, 2525)
    type_into(qtbot, tab.user, "orders")
    type_into(qtbot, tab.password, "pa55-mail")
    qtbot.keyClick(tab.password, Qt.Key.Key_Return)  # Save is the default button
    assert problems == [] and "Saved" in tab.status.text()
    assert get_mail_server(ctx.uow(write=False)) == MailServer(
        "127.0.0.1", "2525", "none", "orders", "orders@orderdesk.example", "")
    assert memory_keyring.store == {(KEYRING_SERVICE, "orders@127.0.0.1"): "pa55-mail"}
    with ctx.uow(write=False) as u:
        stored = u.session.scalars(select(Setting.value)).all()
        details = u.session.scalars(select(AuditEntry.detail)).all()
    assert not any("pa55" in v for v in stored) and not any("pa55" in (d or "")
                                                            for d in details)


def test_a_wrong_port_is_shown_at_the_port_and_nothing_is_saved(
        qtbot: QtBot, tab: MailTab, ctx: AppContext, problems: Problems) -> None:
    fill(qtbot, tab, 70000)
    qtbot.mouseClick(tab.save_button, Qt.MouseButton.LeftButton)
    assert "1 to 65535" in tab.errors.message("smtp_port")
    assert tab.port.hasFocus() and problems == []
    assert get_mail_server(ctx.uow(write=False)) == MailServer()


def test_the_tab_shows_the_saved_server_and_its_keyring_password(
        qtbot: QtBot, ctx: AppContext, config: Config, f: Factory,
        memory_keyring: MemoryKeyring) -> None:
    save_mail_server(ctx.uow(), ctx.actor, MailServer("mail.example.com", "465", "ssl",
                                                      "orders", "orders@example.com"))
    store_mail_password("orders", "mail.example.com", "kept")
    dialog = SettingsDialog(ctx, config)
    qtbot.addWidget(dialog)
    page = dialog.show_tab("mail")
    assert isinstance(page, MailTab)
    assert (page.host.text(), page.port.text(), page.security.currentData(),
            page.password.text()) == ("mail.example.com", "465", "ssl", "kept")


def test_roles_without_settings_manage_have_no_mail_tab(
        qtbot: QtBot, make_ctx: Callable[..., AppContext], config: Config) -> None:
    dialog = SettingsDialog(make_ctx(Role.SALES), config)
    qtbot.addWidget(dialog)
    assert dialog.mail is None
    titles = [dialog.tabs.tabText(i) for i in range(dialog.tabs.count())]
    assert "Mail" not in titles
