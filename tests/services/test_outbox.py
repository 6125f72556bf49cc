"""Outbox and sender: mails exist exactly when their action committed, reach a real SMTP server
on 127.0.0.1, wait while it is away, and arrive once when it returns."""

from __future__ import annotations

import email
import email.policy
import io
import socket
import ssl
import subprocess
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import replace
from datetime import timedelta
from email.message import EmailMessage
from pathlib import Path

import pytest
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult
from pypdf import PdfReader

from app.models import MailState
from app.models.base import utcnow
from app.services import confirmation, order_queries, outbox
from app.services.confirmation import CreditLimitError
from app.services.mail_sender import LEASE, SmtpSettings, _claim_next, backoff, send_due
from app.services.settings import set_setting
from tests.factories import Factory


class Inbox:
    """aiosmtpd handler keeping every message; refuses recipients on the blocklist."""

    def __init__(self) -> None:
        self.messages: list[EmailMessage] = []
        self.refused: set[str] = set()

    async def handle_RCPT(self, server, session, envelope, address, options):  # type: ignore[no-untyped-def]
        if address in self.refused:
            return "550 5.1.1 no such mailbox"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):  # type: ignore[no-untyped-def]
        self.messages.append(email.message_from_bytes(envelope.content,
                                                      policy=email.policy.default))
        return "250 Message accepted"


class Server:
    """A loopback SMTP server on a fixed port that the test can stop and start again."""

    def __init__(self) -> None:
        with socket.socket() as probe:
            probe.bind(("127.0.0.1", 0))
            self.port = probe.getsockname()[1]
        self.inbox = Inbox()
        self._controller: Controller | None = None

    def start(self, **tls: object) -> None:
        self._controller = Controller(self.inbox, hostname="127.0.0.1", port=self.port,
                                      **tls)  # type: ignore[arg-type]
        self._controller.start()

    def stop(self) -> None:
        if self._controller is not None:
            self._controller.stop()
            self._controller = None


@pytest.fixture
def server() -> Iterator[Server]:
    smtp = Server()
    smtp.start()
    yield smtp
    smtp.stop()


def settings_for(server: Server) -> SmtpSettings:
    return SmtpSettings("127.0.0.1", server.port, security="none",
                        sender="orders@orderdesk.example", timeout=5)


def test_confirming_an_order_queues_its_mail_in_the_same_transaction(f: Factory) -> None:
    order_id = f.confirmed_order()
    number = order_queries.get_order(f.uow(), order_id).number

    [mail] = outbox.list_outbox(f.uow())

    assert mail.subject == f"Order confirmation #{number}"
    assert mail.state is MailState.QUEUED and mail.attempts == 0


def test_a_confirmation_that_is_refused_queues_no_mail(f: Factory) -> None:
    order_id = f.order(f.customer(credit_limit="1"))

    with pytest.raises(CreditLimitError):
        confirmation.confirm_order(f.uow(), f.admin, order_id)

    assert outbox.list_outbox(f.uow()) == []


def test_the_smtp_server_receives_subject_text_html_and_the_pdf(f: Factory,
                                                                 server: Server) -> None:
    order_id = f.confirmed_order(f.customer(name="陳氏貿易"))
    order = order_queries.get_order(f.uow(), order_id)

    report = send_due(f.uow, settings_for(server), utcnow())

    [message] = server.inbox.messages
    assert len(report.sent) == 1 and not report.retrying
    assert message["Subject"] == f"Order confirmation #{order.number}"
    assert message["To"] == order.contact_email
    text = message.get_body(("plain",)).get_content()
    html = message.get_body(("html",)).get_content()
    assert order.number in text and "陳氏貿易" in text
    assert order.number in html and html.lstrip().startswith("<!DOCTYPE html>")
    [attachment] = list(message.iter_attachments())
    assert attachment.get_filename() == f"{order.number}.pdf"
    pdf = attachment.get_content()
    page = PdfReader(io.BytesIO(pdf)).pages[0].extract_text()
    assert order.number in page and "陳氏貿易" in page
    assert outbox.get_mail(f.uow(), report.sent[0]).state is MailState.SENT


def test_the_subject_is_in_the_customer_language(f: Factory, server: Server) -> None:
    customer = f.customer()
    with f.uow() as u:
        set_setting(u.session, f"language.customer.{customer}", "zh_TW")
        u.commit()
    number = order_queries.get_order(f.uow(), f.confirmed_order(customer)).number

    send_due(f.uow, settings_for(server), utcnow())

    [message] = server.inbox.messages
    assert message["Subject"] == f"訂單確認 #{number}"
    assert "感謝您的訂單" in message.get_body(("plain",)).get_content()


def test_a_server_away_mid_run_keeps_the_mail_queued_and_it_arrives_once(
        f: Factory, server: Server) -> None:
    settings = settings_for(server)
    f.confirmed_order()
    assert len(send_due(f.uow, settings, utcnow()).sent) == 1
    server.stop()
    second = order_queries.get_order(f.uow(), f.confirmed_order()).number
    now = utcnow()

    away = send_due(f.uow, settings, now)

    [waiting] = outbox.list_outbox(f.uow(), states=(MailState.QUEUED,))
    assert away.sent == [] and away.retrying == [waiting.id]
    assert waiting.attempts == 1 and waiting.next_attempt_at == now + backoff(1)
    assert waiting.last_error
    server.start()
    assert send_due(f.uow, settings, now).sent == []  # not due yet: back-off holds
    rounds = [send_due(f.uow, settings, now + backoff(1) + timedelta(seconds=n))
              for n in range(3)]
    assert [len(r.sent) for r in rounds] == [1, 0, 0]
    subjects = [m["Subject"] for m in server.inbox.messages]
    assert subjects.count(f"Order confirmation #{second}") == 1 and len(subjects) == 2
    assert {m.state for m in outbox.list_outbox(f.uow())} == {MailState.SENT}


def test_two_senders_never_claim_the_same_mail(f: Factory) -> None:
    f.confirmed_order()
    now = utcnow()

    first, second = _claim_next(f.uow, now), _claim_next(f.uow, now)

    assert first is not None and second is None
    assert outbox.get_mail(f.uow(), first).state is MailState.SENDING


def test_two_senders_running_at_once_send_every_mail_exactly_once(
        f: Factory, server: Server) -> None:
    for _ in range(6):
        f.confirmed_order()
    now = utcnow()
    with ThreadPoolExecutor(2) as pool:
        reports = list(pool.map(lambda _: send_due(f.uow, settings_for(server), now), range(2)))

    sent = [mail_id for report in reports for mail_id in report.sent]
    assert len(sent) == len(set(sent)) == 6
    assert len({m["Message-ID"] for m in server.inbox.messages}) == 6
    assert len(server.inbox.messages) == 6


def test_a_claim_left_by_a_sender_that_died_is_taken_over_after_its_lease(
        f: Factory, server: Server) -> None:
    f.confirmed_order()
    now = utcnow()
    claimed = _claim_next(f.uow, now)  # ...and the sender dies before talking to SMTP

    assert send_due(f.uow, settings_for(server), now + LEASE / 2).sent == []
    report = send_due(f.uow, settings_for(server), now + LEASE + timedelta(seconds=1))

    assert report.sent == [claimed] and len(server.inbox.messages) == 1
    assert outbox.get_mail(f.uow(), claimed).attempts == 2


def test_a_refused_address_fails_for_good_until_someone_requeues_it(
        f: Factory, server: Server) -> None:
    order_id = f.confirmed_order()
    server.inbox.refused.add(order_queries.get_order(f.uow(), order_id).contact_email)
    settings, now = settings_for(server), utcnow()

    report = send_due(f.uow, settings, now)
    [mail] = outbox.list_outbox(f.uow())
    later = send_due(f.uow, settings, now + timedelta(days=1))

    assert report.failed == [mail.id] and mail.state is MailState.FAILED
    assert "550" in mail.last_error and later.sent == [] and server.inbox.messages == []
    server.inbox.refused.clear()
    outbox.requeue_mail(f.uow(), f.admin, mail.id)
    assert send_due(f.uow, settings, utcnow() + timedelta(seconds=1)).sent == [mail.id]


def test_the_message_id_is_the_same_for_the_same_mail(f: Factory, server: Server) -> None:
    f.confirmed_order()
    f.confirmed_order()

    send_due(f.uow, settings_for(server), utcnow())

    ids = [m["Message-ID"] for m in server.inbox.messages]
    assert len(set(ids)) == 2 and all(i.endswith("@orderdesk.example>") for i in ids)


def self_signed_certificate(folder: Path) -> tuple[Path, Path]:
    cert, key = folder / "cert.pem", folder / "key.pem"
    subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1",
                    "-keyout", str(key), "-out", str(cert), "-subj", "/CN=127.0.0.1",
                    "-addext", "subjectAltName=IP:127.0.0.1"],
                   check=True, capture_output=True, timeout=60)
    return cert, key


def test_starttls_checks_the_certificate_before_the_password_is_sent(f: Factory,
                                                                     tmp_path: Path) -> None:
    cert, key = self_signed_certificate(tmp_path)
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.load_cert_chain(cert, key)
    logins: list[tuple[bytes, bytes]] = []

    def authenticator(server, session, envelope, mechanism, auth_data):  # type: ignore[no-untyped-def]
        logins.append((auth_data.login, auth_data.password))
        return AuthResult(success=auth_data.password == b"s3cret")

    smtp = Server()
    smtp.start(tls_context=context, require_starttls=True, authenticator=authenticator,
               auth_require_tls=True)
    try:
        f.confirmed_order()
        settings = SmtpSettings("127.0.0.1", smtp.port, security="starttls", user="orders",
                                sender="orders@orderdesk.example", timeout=5)
        untrusted = send_due(f.uow, settings, utcnow(), password="s3cret")
        [mail] = outbox.list_outbox(f.uow())
        assert untrusted.retrying == [mail.id] and "CERTIFICATE_VERIFY_FAILED" in mail.last_error
        assert logins == []  # the password never left for an unverified server

        trusted = replace(settings, cafile=str(cert))
        sent = send_due(f.uow, trusted, utcnow() + timedelta(minutes=1), password="s3cret")
    finally:
        smtp.stop()
    assert sent.sent == [mail.id] and logins == [(b"orders", b"s3cret")]
    assert len(smtp.inbox.messages) == 1


def test_back_off_doubles_from_thirty_seconds_up_to_an_hour() -> None:
    assert [backoff(n).total_seconds() for n in (1, 2, 3, 4)] == [30, 60, 120, 240]
    assert backoff(50) == timedelta(hours=1)
