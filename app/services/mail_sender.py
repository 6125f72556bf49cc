"""Sends due outbox mails over SMTP: claimed one at a time, retried with back-off, sent once.

Delivery guarantee: a mail is marked 'sending' in its own committed transaction before the
SMTP conversation starts, and 'sent' right after the server accepts it. The one window left
is a crash (or lost database) between the server's acceptance and that mark: the claim's
lease then runs out and the mail goes again. That is at-least-once, never lost; the
Message-ID is derived from the idempotency key, so the receiving side can drop the copy.
"""

from __future__ import annotations

import hashlib
import smtplib
import ssl
import uuid
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from email.message import EmailMessage
from email.utils import format_datetime

from sqlalchemy import ColumnElement, or_, select, update

from app.models import MailState, OutboxMail
from app.services.documents.mails import RENDERERS
from app.services.settings import get_setting
from app.services.unit_of_work import UowFactory

LEASE = timedelta(minutes=10)  # a claim older than this belongs to a sender that died
FIRST_RETRY = timedelta(seconds=30)
LAST_RETRY = timedelta(hours=1)  # offline for a day still means a try every hour


@dataclass(frozen=True)
class SmtpSettings:
    host: str
    port: int = 587
    security: str = "starttls"  # starttls, ssl or none
    user: str = ""
    sender: str = ""
    timeout: float = 15.0
    cafile: str = ""  # extra CA for a self-signed company server; public CAs always trusted


@dataclass
class SendReport:
    sent: list[uuid.UUID] = field(default_factory=list)
    retrying: list[uuid.UUID] = field(default_factory=list)
    failed: list[uuid.UUID] = field(default_factory=list)  # refused for good: a person must look


def load_smtp_settings(uow_factory: UowFactory) -> SmtpSettings:
    with uow_factory(write=False) as uow:
        value = lambda key: get_setting(uow.session, key)  # noqa: E731
        return SmtpSettings(value("smtp_host"), int(value("smtp_port") or 587),
                            value("smtp_security"), value("smtp_user"),
                            value("smtp_from") or value("company_email"),
                            cafile=value("smtp_cafile"))


def backoff(attempts: int) -> timedelta:
    """30 s, 1 min, 2 min, ... capped at an hour (offline for days means many attempts, so
    the exponent is capped too, before timedelta overflows)."""
    return min(FIRST_RETRY * 2 ** min(max(attempts - 1, 0), 16), LAST_RETRY)


def send_due(uow_factory: UowFactory, smtp_settings: SmtpSettings, now: datetime, *,
             password: str = "", limit: int = 50) -> SendReport:
    """Sends up to `limit` due mails; stops at the first connection failure (server away)."""
    report = SendReport()
    with _Connection(smtp_settings, password) as connection:
        for _ in range(limit):
            mail_id = _claim_next(uow_factory, now)
            if mail_id is None:
                break
            try:
                message = _message(uow_factory, mail_id, smtp_settings.sender)
                connection.send(message)
            except (smtplib.SMTPRecipientsRefused, smtplib.SMTPSenderRefused,
                    smtplib.SMTPDataError) as exc:
                permanent = _code(exc) >= 500
                _mark_failed(uow_factory, mail_id, now, repr(exc), permanent=permanent)
                (report.failed if permanent else report.retrying).append(mail_id)
                continue
            except (OSError, smtplib.SMTPException) as exc:
                _mark_failed(uow_factory, mail_id, now, repr(exc), permanent=False)
                report.retrying.append(mail_id)
                break  # the server is unreachable: the others wait for the next round
            _mark_sent(uow_factory, mail_id, now)
            report.sent.append(mail_id)
    return report


def _due(now: datetime) -> ColumnElement[bool]:
    return or_(
        (OutboxMail.state == MailState.QUEUED) & (OutboxMail.next_attempt_at <= now),
        (OutboxMail.state == MailState.SENDING) & (OutboxMail.claimed_until < now))


def _claim_next(uow_factory: UowFactory, now: datetime) -> uuid.UUID | None:
    """Conditional UPDATE in its own transaction: of two senders, only one wins a mail."""
    with uow_factory() as uow:
        session = uow.session
        candidates = session.scalars(select(OutboxMail.id).where(_due(now))
                                     .order_by(OutboxMail.next_attempt_at).limit(5)).all()
        for mail_id in candidates:
            # On PostgreSQL the loser's UPDATE waits for the winner, then re-checks the
            # condition and matches nothing; SQLite serialises writers at BEGIN IMMEDIATE.
            claim = update(OutboxMail).where(OutboxMail.id == mail_id, _due(now)).values(
                state=MailState.SENDING, claimed_until=now + LEASE,
                attempts=OutboxMail.attempts + 1)
            if session.execute(claim).rowcount:  # type: ignore[attr-defined]
                uow.commit()
                return mail_id
    return None


def _message(uow_factory: UowFactory, mail_id: uuid.UUID, sender: str) -> EmailMessage:
    """Builds the MIME message; a 'render then send' PDF is drawn now and kept for retries."""
    with uow_factory() as uow:
        mail = uow.session.get(OutboxMail, mail_id)
        assert mail is not None
        if mail.attachment is None and mail.render_kind:
            assert mail.render_ref is not None
            mail.attachment = RENDERERS[mail.render_kind](uow.session, mail.render_ref)
            uow.commit()
        message = EmailMessage()
        message["From"] = sender
        message["To"] = mail.to_address
        message["Subject"] = mail.subject
        message["Date"] = format_datetime(mail.created_at)
        message["Message-ID"] = message_id(mail.idempotency_key, sender)
        message.set_content(mail.text_body)
        if mail.html_body:
            message.add_alternative(mail.html_body, subtype="html")
        if mail.attachment:
            message.add_attachment(mail.attachment, maintype="application", subtype="pdf",
                                   filename=mail.attachment_name or "document.pdf")
    return message


def message_id(key: str, sender: str) -> str:
    """The same mail always carries the same Message-ID, even when sent a second time."""
    domain = sender.rpartition("@")[2] or "orderdesk.invalid"
    return f"<{hashlib.sha256(key.encode()).hexdigest()[:32]}@{domain}>"


def _mark_sent(uow_factory: UowFactory, mail_id: uuid.UUID, now: datetime) -> None:
    with uow_factory() as uow:
        uow.session.execute(update(OutboxMail).where(OutboxMail.id == mail_id).values(
            state=MailState.SENT, sent_at=now, claimed_until=None, last_error=""))
        uow.commit()


def _mark_failed(uow_factory: UowFactory, mail_id: uuid.UUID, now: datetime, error: str, *,
                 permanent: bool) -> None:
    with uow_factory() as uow:
        attempts = uow.session.scalar(select(OutboxMail.attempts).where(OutboxMail.id == mail_id))
        uow.session.execute(update(OutboxMail).where(OutboxMail.id == mail_id).values(
            state=MailState.FAILED if permanent else MailState.QUEUED, claimed_until=None,
            next_attempt_at=now + backoff(attempts or 1), last_error=error[:2000]))
        uow.commit()


def _code(exc: smtplib.SMTPException) -> int:
    if isinstance(exc, smtplib.SMTPRecipientsRefused):
        return min((code for code, _ in exc.recipients.values()), default=550)
    return int(getattr(exc, "smtp_code", 450))


class _Connection:
    """One SMTP session per round, opened only when there is a mail to send."""

    def __init__(self, settings: SmtpSettings, password: str) -> None:
        self._settings, self._password = settings, password
        self._smtp: smtplib.SMTP | None = None

    def __enter__(self) -> _Connection:
        return self

    def __exit__(self, *exc: object) -> None:
        if self._smtp is not None:
            try:
                self._smtp.quit()
            except (OSError, smtplib.SMTPException):
                self._smtp.close()

    def open(self) -> None:
        """Connects and logs in now (Settings > Mail's test); send() does it on demand."""
        if self._smtp is None:
            self._smtp = self._open()

    def send(self, message: EmailMessage) -> None:
        self.open()
        assert self._smtp is not None
        self._smtp.send_message(message)

    def _open(self) -> smtplib.SMTP:
        s = self._settings
        if not s.host:
            raise OSError("no SMTP server is set up (settings: smtp_host)")
        # smtplib's own default context does not check the certificate; the password must
        # never go to a server that merely claims to be ours.
        context = ssl.create_default_context(cafile=s.cafile or None)
        if s.security == "ssl":
            smtp: smtplib.SMTP = smtplib.SMTP_SSL(s.host, s.port, timeout=s.timeout,
                                                   context=context)
        else:
            smtp = smtplib.SMTP(s.host, s.port, timeout=s.timeout)
            if s.security == "starttls":
                smtp.starttls(context=context)
        if s.user:
            smtp.login(s.user, self._password)
        return smtp

