"""The outgoing mail server (File > Settings > Mail): host, port, security, user and sender
address, stored as settings. The password is not here: it lives in the OS keyring
(app/mail_password.py) and callers pass it in."""

from __future__ import annotations

import re
import smtplib
import ssl
import uuid
from dataclasses import dataclass, fields

from app.services.auth import Actor, require
from app.services.errors import ValidationError, tr
from app.services.mail_sender import SmtpSettings, _Connection
from app.services.settings import get_setting, set_settings_audited
from app.services.unit_of_work import UnitOfWork

AUDIT_ID = uuid.uuid5(uuid.NAMESPACE_URL, "orderdesk:setting:mail")
SECURITY_CHOICES = ("starttls", "ssl", "none")
# Deliberately loose: one @, something before it, a dotted domain after, no spaces.
_ADDRESS = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_HOST = re.compile(r"^[A-Za-z0-9._:\[\]-]+$")  # names, IPv4 and bracketed IPv6
TEST_TIMEOUT = 10.0  # a test from the dialog should not keep the person waiting long


@dataclass(frozen=True)
class MailServer:
    smtp_host: str = ""
    smtp_port: str = "587"  # text as typed; validated as 1-65535
    smtp_security: str = "starttls"
    smtp_user: str = ""
    smtp_from: str = ""
    smtp_cafile: str = ""

    def smtp_settings(self) -> SmtpSettings:
        """What the sender needs (call on validated settings: the port is a number)."""
        return SmtpSettings(self.smtp_host, int(self.smtp_port), self.smtp_security,
                            self.smtp_user, self.smtp_from, timeout=TEST_TIMEOUT,
                            cafile=self.smtp_cafile)


KEYS = tuple(f.name for f in fields(MailServer))


def get_mail_server(uow: UnitOfWork) -> MailServer:
    with uow:
        return MailServer(**{key: get_setting(uow.session, key) for key in KEYS})


def save_mail_server(uow: UnitOfWork, actor: Actor, server: MailServer) -> MailServer:
    """Validates, stores the changed keys and audits them; returns the cleaned settings."""
    require(actor, "settings.manage")
    clean = validated(server)
    with uow:
        set_settings_audited(uow.session, actor, "mail",
                             {key: getattr(clean, key) for key in KEYS})
        uow.commit()
    return clean


def validated(server: MailServer) -> MailServer:
    """The settings trimmed, or ValidationError naming the first wrong field."""
    values = {key: str(getattr(server, key)).strip() for key in KEYS}
    host = values["smtp_host"]
    if host and not _HOST.match(host):
        raise ValidationError("smtp_host", tr("Enter the mail server's name or address, "
                                              "like mail.example.com."))
    port = values["smtp_port"]
    if not (port.isascii() and port.isdigit() and 1 <= int(port) <= 65535):
        raise ValidationError("smtp_port", tr("The port is a number from 1 to 65535 "
                                              "(usually 587, 465 or 25)."))
    values["smtp_port"] = str(int(port))
    values["smtp_security"] = values["smtp_security"].lower()
    if values["smtp_security"] not in SECURITY_CHOICES:
        raise ValidationError("smtp_security", tr("Choose STARTTLS, SSL/TLS or none."))
    sender = values["smtp_from"]
    if sender and not _ADDRESS.match(sender):
        raise ValidationError("smtp_from", tr("{address} is not a mail address (like "
                                              "orders@example.com)."), address=sender)
    return MailServer(**values)


def test_mail_server(server: MailServer, password: str) -> None:
    """Connects (and logs in when a user is set) the way the sender does, then hangs up.
    A failure is a ValidationError (a UserFacingError) naming the field most likely wrong,
    so the dialog shows it there: the server, the security choice or the password."""
    clean = validated(server)
    if not clean.smtp_host:
        raise ValidationError("smtp_host", tr("Enter the mail server first."))
    connection = _Connection(clean.smtp_settings(), password)
    try:
        with connection:
            connection.open()
    except smtplib.SMTPAuthenticationError:
        raise ValidationError("smtp_password", tr("The mail server refused this user name "
                                                  "and password.")) from None
    except ssl.SSLError as exc:
        raise ValidationError("smtp_security", tr(
            "The encrypted connection failed ({reason}). Check the security choice, the port "
            "and the CA file."), reason=exc.reason or str(exc)) from None
    except smtplib.SMTPNotSupportedError:
        raise ValidationError("smtp_security", tr(
            "The mail server does not offer this security or a login; check the security "
            "choice.")) from None
    except (OSError, smtplib.SMTPException) as exc:
        raise ValidationError("smtp_host", tr(
            "Cannot reach the mail server at {host}:{port} ({reason})."),
            host=clean.smtp_host, port=clean.smtp_port, reason=_reason(exc)) from None


test_mail_server.__test__ = False  # type: ignore[attr-defined]  # not a pytest test


def _reason(exc: BaseException) -> str:
    return getattr(exc, "strerror", None) or str(exc) or type(exc).__name__
