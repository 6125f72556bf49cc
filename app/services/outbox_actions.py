"""What the desk does with the outbox besides listing it: send what is due now (the
background pump and the Outbox dialog's "Send now" share this), and fetch a mail's PDF."""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from app.models import MailState, OutboxMail
from app.models.base import utcnow
from app.services.documents.mails import RENDERERS
from app.services.errors import NotFoundError, UserFacingError, tr
from app.services.mail_sender import SendReport, load_smtp_settings, send_due
from app.services.unit_of_work import UnitOfWork, UowFactory

__all__ = ["MailAttachment", "MailState", "NoMailServerError", "SendReport", "mail_attachment",
           "send_due_now"]


class NoMailServerError(UserFacingError):
    """Nothing can be sent before someone enters the mail server in the settings."""


def send_due_now(uow_factory: UowFactory, *, password: str = "") -> SendReport:
    """One round of the sender with the SMTP settings as they are now (they may have changed
    since the last round). Every step runs in its own unit of work from `uow_factory`, so a
    background thread may call it; it never touches Qt.

    Without a mail server set up nothing is claimed (a claim would count an attempt and push
    the mail's next try back for no reason): NoMailServerError, and the mails wait."""
    smtp = load_smtp_settings(uow_factory)
    if not smtp.host:
        raise NoMailServerError(tr(
            "No mail server is set up yet; the mails wait in the outbox until one is."))
    return send_due(uow_factory, smtp, utcnow(), password=password)


@dataclass(frozen=True)
class MailAttachment:
    name: str
    data: bytes


def mail_attachment(uow: UnitOfWork, mail_id: uuid.UUID) -> MailAttachment | None:
    """The PDF the mail carries (or will carry: a 'render then send' mail is drawn here
    without storing it, so the sender still draws the version it sends); None without one."""
    with uow:
        mail = uow.session.get(OutboxMail, mail_id)
        if mail is None:
            raise NotFoundError(tr("That mail is no longer in the outbox."))
        name = mail.attachment_name or "document.pdf"
        if mail.attachment:
            return MailAttachment(name, mail.attachment)
        if mail.render_kind and mail.render_ref is not None:
            return MailAttachment(name, RENDERERS[mail.render_kind](uow.session, mail.render_ref))
        return None
