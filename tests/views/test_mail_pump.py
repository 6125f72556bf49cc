"""The background mail pump: a real SMTP server on 127.0.0.1 receives a queued mail once;
with the server away the mail waits and arrives when it is back."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from datetime import timedelta
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from app.mail_password import store_mail_password
from app.models import MailState
from app.services import outbox
from app.services.settings import set_setting
from app.views.support import mail_pump
from app.views.support.mail_pump import MailPump
from tests.factories import Factory
from tests.memory_keyring import MemoryKeyring, memory_keyring
from tests.services.test_outbox import Server

__all__ = ["memory_keyring"]  # the fixture


def point_at(f: Factory, server: Server) -> None:
    with f.uow() as u:
        for key, value in (("smtp_host", "127.0.0.1"), ("smtp_port", str(server.port)),
                           ("smtp_security", "none"), ("smtp_from", "orders@orderdesk.example")):
            set_setting(u.session, key, value)
        u.commit()


@pytest.fixture
def server() -> Iterator[Server]:
    smtp = Server()
    smtp.start()
    yield smtp
    smtp.stop()


@pytest.fixture
def pump(f: Factory, qtbot: QtBot) -> Iterator[MailPump]:
    pump = MailPump(f.uow, interval_ms=60_000)  # rounds only when the test asks
    pump.start(first_round_ms=60_000)
    yield pump
    pump.stop()


def one_round(qtbot: QtBot, pump: MailPump) -> Any:
    with qtbot.waitSignal(pump.round_done, timeout=20_000) as blocker:
        pump.send_now()
    return blocker.args[0]


def test_a_queued_mail_is_delivered_once_by_the_pump(
        f: Factory, server: Server, pump: MailPump, qtbot: QtBot,
        monkeypatch: pytest.MonkeyPatch) -> None:
    point_at(f, server)
    f.confirmed_order()
    threads: list[threading.Thread] = []
    real = mail_pump.send_due_now

    def spy(*args: Any, **kwargs: Any) -> Any:
        threads.append(threading.current_thread())
        return real(*args, **kwargs)

    monkeypatch.setattr(mail_pump, "send_due_now", spy)

    first, second = one_round(qtbot, pump), one_round(qtbot, pump)

    assert len(first.sent) == 1 and second.sent == []
    assert len(server.inbox.messages) == 1
    assert [m.state for m in outbox.list_outbox(f.uow())] == [MailState.SENT]
    assert threads and threading.main_thread() not in threads  # off the GUI thread


def test_offline_the_mail_waits_and_arrives_once_when_the_server_is_back(
        f: Factory, server: Server, pump: MailPump, qtbot: QtBot,
        monkeypatch: pytest.MonkeyPatch) -> None:
    point_at(f, server)
    server.stop()
    f.confirmed_order()

    away = one_round(qtbot, pump)

    [mail] = outbox.list_outbox(f.uow())
    assert away.sent == [] and away.retrying == [mail.id]
    assert mail.state is MailState.QUEUED and mail.last_error and mail.attempts == 1
    server.start()
    assert one_round(qtbot, pump).sent == []  # back-off holds until the next try is due
    later = mail.next_attempt_at + timedelta(seconds=1)
    monkeypatch.setattr("app.services.outbox_actions.utcnow", lambda: later)
    rounds = [one_round(qtbot, pump) for _ in range(3)]
    assert [len(r.sent) for r in rounds] == [1, 0, 0]
    assert len(server.inbox.messages) == 1
    assert outbox.get_mail(f.uow(), mail.id).state is MailState.SENT


def test_without_a_mail_server_set_up_nothing_is_claimed(f: Factory, pump: MailPump,
                                                        qtbot: QtBot) -> None:
    f.confirmed_order()

    assert one_round(qtbot, pump) is None

    [mail] = outbox.list_outbox(f.uow())
    assert mail.state is MailState.QUEUED and mail.attempts == 0


def test_a_second_request_during_a_round_runs_one_more_round(f: Factory, pump: MailPump,
                                                            qtbot: QtBot) -> None:
    reports: list[object] = []
    pump.round_done.connect(reports.append)
    pump.send_now()
    pump.send_now()  # while the first is still running
    pump.send_now()  # folded into the same follow-up

    qtbot.waitUntil(lambda: len(reports) == 2, timeout=20_000)
    qtbot.wait(300)
    assert len(reports) == 2 and not pump.busy


def test_start_mail_pump_runs_rounds_on_its_timer(make_ctx: Any, f: Factory, server: Server,
                                                  qtbot: QtBot,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtWidgets import QWidget
    point_at(f, server)
    f.confirmed_order()
    monkeypatch.setattr(mail_pump, "FIRST_ROUND_MS", 10)
    owner = QWidget()
    pump = mail_pump.start_mail_pump(owner, make_ctx())

    qtbot.waitUntil(lambda: len(server.inbox.messages) == 1, timeout=20_000)
    owner.deleteLater()  # the thread ends with its owner, no "destroyed while running"
    qtbot.waitUntil(lambda: not pump._thread.isRunning(), timeout=20_000)


@pytest.mark.filterwarnings("ignore:Requiring AUTH while not requiring TLS")  # loopback only
def test_start_mail_pump_logs_in_with_the_keyring_password(
        make_ctx: Any, f: Factory, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch,
        memory_keyring: MemoryKeyring) -> None:
    from aiosmtpd.smtp import AuthResult
    from PySide6.QtWidgets import QWidget

    logins: list[tuple[bytes, bytes]] = []

    def authenticator(server, session, envelope, mechanism, auth_data):  # type: ignore[no-untyped-def]
        logins.append((auth_data.login, auth_data.password))
        return AuthResult(success=auth_data.password == b"from-keyring")

    smtp = Server()
    smtp.start(authenticator=authenticator, auth_require_tls=False, auth_required=True)
    try:
        point_at(f, smtp)
        with f.uow() as u:
            set_setting(u.session, "smtp_user", "orders")
            u.commit()
        store_mail_password("orders", "127.0.0.1", "from-keyring")
        f.confirmed_order()
        monkeypatch.setattr(mail_pump, "FIRST_ROUND_MS", 10)
        owner = QWidget()
        pump = mail_pump.start_mail_pump(owner, make_ctx())
        qtbot.waitUntil(lambda: len(smtp.inbox.messages) == 1, timeout=20_000)
        owner.deleteLater()
        qtbot.waitUntil(lambda: not pump._thread.isRunning(), timeout=20_000)
    finally:
        smtp.stop()
    assert logins and set(logins) == {(b"orders", b"from-keyring")}
