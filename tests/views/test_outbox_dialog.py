"""File > Outbox…: real mails from confirmed orders, a real SMTP server on 127.0.0.1."""

from __future__ import annotations

import io
from collections.abc import Iterator
from typing import Any

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QMenu, QWidget
from pytestqt.qtbot import QtBot

from app.models import MailState
from app.models.enums import Role
from app.services import order_queries, outbox
from app.views import outbox_dialog
from app.views.context import AppContext
from app.views.outbox_dialog import OutboxDialog
from app.views.support import open_document
from tests.factories import Factory
from tests.services.test_outbox import Server
from tests.views.conftest import Problems
from tests.views.test_mail_pump import point_at


@pytest.fixture
def server() -> Iterator[Server]:
    smtp = Server()
    smtp.start()
    yield smtp
    smtp.stop()


def open_dialog(qtbot: QtBot, ctx: AppContext) -> OutboxDialog:
    dialog = OutboxDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()  # shortcuts (Ctrl+Enter, Ctrl+R, Ctrl+P) work in the active window
    qtbot.waitUntil(dialog.isActiveWindow)
    return dialog


def cells(dialog: OutboxDialog, row: int) -> list[str]:
    model = dialog.model
    return [model.index(row, c).data() for c in range(model.columnCount())]


def send_now(qtbot: QtBot, dialog: OutboxDialog) -> None:
    with qtbot.waitSignal(dialog.pump.round_done, timeout=20_000):
        qtbot.keyClick(dialog.table, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)


def test_send_now_delivers_the_queued_mail_and_the_row_says_sent(
        f: Factory, ctx: AppContext, server: Server, qtbot: QtBot, problems: Problems) -> None:
    point_at(f, server)
    order = order_queries.get_order(f.uow(), f.confirmed_order(f.customer(name="陳氏貿易")))
    dialog = open_dialog(qtbot, ctx)
    to, subject, state, attempts = cells(dialog, 0)[1:5]
    assert (to, state, attempts) == (order.contact_email, "Queued", "0")
    assert subject == f"Order confirmation #{order.number}"
    assert dialog.summary.text() == "1 waiting, 0 failed, 0 sent"

    send_now(qtbot, dialog)

    assert len(server.inbox.messages) == 1
    row = cells(dialog, 0)
    assert row[3:5] == ["Sent", "1"] and row[5] == "" and row[6]
    assert dialog.model.index(0, 3).data(Qt.ItemDataRole.ForegroundRole).color().name() \
        == "#1b6e20"
    assert "1 sent, 0 waiting" in dialog.status.text()
    assert not dialog.retry_button.isEnabled() and problems == []
    dialog.grab().save("/tmp/outbox_sent.png")


def test_a_server_away_shows_the_error_and_the_next_try(
        f: Factory, ctx: AppContext, server: Server, qtbot: QtBot, problems: Problems) -> None:
    point_at(f, server)
    server.stop()
    f.confirmed_order()
    dialog = open_dialog(qtbot, ctx)

    send_now(qtbot, dialog)

    row = cells(dialog, 0)
    [mail] = outbox.list_outbox(f.uow())
    assert mail.state is MailState.QUEUED and server.inbox.messages == []
    assert row[3:5] == ["Waiting to retry", "1"] and row[5]
    assert "Connection refused" in dialog.detail.text() or "Errno" in dialog.detail.text()
    assert "next try" in dialog.detail.text()


def test_a_refused_mail_fails_and_retry_sends_it_after_the_address_is_fixed(
        f: Factory, ctx: AppContext, server: Server, qtbot: QtBot, problems: Problems) -> None:
    point_at(f, server)
    order = order_queries.get_order(f.uow(), f.confirmed_order())
    server.inbox.refused.add(order.contact_email)
    dialog = open_dialog(qtbot, ctx)
    send_now(qtbot, dialog)
    assert cells(dialog, 0)[3] == "Failed" and "550" in dialog.detail.text()
    assert dialog.retry_button.isEnabled()
    dialog.grab().save("/tmp/outbox_failed.png")
    server.inbox.refused.clear()

    with qtbot.waitSignal(dialog.pump.round_done, timeout=20_000):
        qtbot.keyClick(dialog.table, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)

    assert cells(dialog, 0)[3:5] == ["Sent", "2"] and len(server.inbox.messages) == 1
    assert problems == []


def test_retry_is_not_offered_to_a_role_that_may_not_requeue(
        f: Factory, make_ctx: Any, server: Server, qtbot: QtBot) -> None:
    point_at(f, server)
    order = order_queries.get_order(f.uow(), f.confirmed_order())
    server.inbox.refused.add(order.contact_email)
    dialog = open_dialog(qtbot, make_ctx(Role.WAREHOUSE))
    send_now(qtbot, dialog)

    assert cells(dialog, 0)[3] == "Failed" and not dialog.retry_button.isEnabled()


def test_open_pdf_shows_the_attachment_even_before_it_is_sent(
        f: Factory, ctx: AppContext, qtbot: QtBot, problems: Problems,
        monkeypatch: pytest.MonkeyPatch) -> None:
    order = order_queries.get_order(f.uow(), f.confirmed_order())
    opened: list[tuple[bytes, str]] = []
    monkeypatch.setattr(open_document, "open_pdf", lambda data, name: opened.append((data, name)))
    dialog = open_dialog(qtbot, ctx)

    qtbot.keyClick(dialog.table, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)

    [(data, name)] = opened
    assert data.startswith(b"%PDF") and name == order.number
    assert order.number in PdfReader(io.BytesIO(data)).pages[0].extract_text()


def test_send_now_without_a_mail_server_says_so_and_claims_nothing(
        f: Factory, ctx: AppContext, qtbot: QtBot, problems: Problems) -> None:
    f.confirmed_order()
    dialog = open_dialog(qtbot, ctx)

    send_now(qtbot, dialog)

    assert "No mail server is set up" in dialog.status.text()
    assert cells(dialog, 0)[3:5] == ["Queued", "0"]


def test_the_file_menu_entry_opens_the_outbox(ctx: AppContext, qtbot: QtBot,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    shown: list[QDialog] = []
    monkeypatch.setattr(OutboxDialog, "exec", lambda self: shown.append(self) or 0)
    window = QWidget()
    qtbot.addWidget(window)
    menu = QMenu(window)
    action = outbox_dialog.add_menu_action(window, menu, ctx)

    action.trigger()

    assert action.text() == "&Outbox…" and action.shortcut().toString() == "Ctrl+Shift+O"
    assert len(shown) == 1 and shown[0].isWindow()
    shown[0].reject()  # finished: its sending thread ends
    assert not shown[0].pump._thread.isRunning()
