"""Finance mails to customers: the invoice, a payment confirmation and reminders, each with its
PDF, queued in the outbox. A preview says exactly what will be sent before anything is queued."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.models import Customer
from app.models.enums import DocState
from app.services import audit, documents, invoice_queries, payments
from app.services.auth import Actor, require
from app.services.documents.builders import customer_language
from app.services.documents.labels import LANGUAGES
from app.services.documents.mails import text_to_html
from app.services.errors import InvalidStateError, tr
from app.services.outbox import enqueue_mail
from app.services.settings import get_setting
from app.services.unit_of_work import UnitOfWork

# English, Traditional, Simplified: these go to the customer, not into the Qt interface.
_TEXTS: dict[str, tuple[str, str, str]] = {
    "invoice_subject": ("Invoice {number}", "發票 {number}", "发票 {number}"),
    "invoice_body": (
        "Dear {customer},\n\nplease find attached invoice {number} of {total} {currency}, "
        "due on {due}.\n\n{company}",
        "{customer} 您好：\n\n附件為發票 {number}，金額 {total} {currency}，付款期限 {due}。"
        "\n\n{company}",
        "{customer} 您好：\n\n附件为发票 {number}，金额 {total} {currency}，付款期限 {due}。"
        "\n\n{company}"),
    "payment_subject": ("Payment received {number}", "付款確認 {number}", "付款确认 {number}"),
    "payment_body": (
        "Dear {customer},\n\nthank you: we received {amount} {currency} on {day}. The "
        "confirmation attached shows the invoices it paid.\n\n{company}",
        "{customer} 您好：\n\n感謝您：我們已於 {day} 收到 {amount} {currency}。"
        "附件列出此筆付款所沖銷的發票。\n\n{company}",
        "{customer} 您好：\n\n感谢您：我们已于 {day} 收到 {amount} {currency}。"
        "附件列出此笔付款所冲销的发票。\n\n{company}"),
}


def _text(language: str, key: str, **params: object) -> str:
    return _TEXTS[key][LANGUAGES.index(language)].format(**params)


@dataclass(frozen=True)
class MailPreview:
    """What the customer will receive: shown to the user before it is queued."""

    to: str
    subject: str
    text: str
    attachment_name: str


def customer_email(session: Session, customer_id: uuid.UUID) -> str:
    name, email = session.execute(select(Customer.name, Customer.email)
                                  .where(Customer.id == customer_id)).one()
    if not email:
        raise InvalidStateError(tr("{customer} has no e-mail address; add one on the Customers "
                                   "screen, or print the document instead."), customer=name)
    return str(email)


def invoice_mail(uow: UnitOfWork, invoice_id: uuid.UUID) -> MailPreview:
    detail = invoice_queries.get_invoice(uow, invoice_id)
    row = detail.row
    if row.state is not DocState.POSTED or row.number is None:
        raise InvalidStateError(tr("Post the invoice before sending it: a draft has no number "
                                   "yet."))
    with uow:
        session = uow.session
        to = customer_email(session, row.customer_id)
        language = customer_language(session, row.customer_id)
        company = get_setting(session, "company_name")
    params = {"customer": row.customer_name, "number": row.number, "total": row.total,
              "currency": detail.currency, "due": row.due_date.isoformat() if row.due_date
              else "", "company": company}
    return MailPreview(to, _text(language, "invoice_subject", **params),
                       _text(language, "invoice_body", **params), f"{row.number}.pdf")


def payment_mail(uow: UnitOfWork, payment_id: uuid.UUID) -> MailPreview:
    row = payments.get_payment(uow, payment_id).row
    with uow:
        session = uow.session
        to = customer_email(session, row.customer_id)
        language = customer_language(session, row.customer_id)
        company = get_setting(session, "company_name")
        customer = session.scalar(select(Customer.name).where(Customer.id == row.customer_id))
        currency = get_setting(session, "currency")
    params = {"customer": customer, "number": row.number, "amount": row.amount,
              "currency": currency, "day": row.received_on.isoformat(), "company": company}
    return MailPreview(to, _text(language, "payment_subject", **params),
                       _text(language, "payment_body", **params), f"{row.number}.pdf")


def _queue(uow: UnitOfWork, actor: Actor, key: str, preview: MailPreview,
           render: Callable[[], bytes], entity: str, entity_id: uuid.UUID) -> uuid.UUID:
    # Drawn before the write transaction opens, so the lock is held only for the insert.
    pdf = render()
    with uow:
        mail_id = enqueue_mail(uow.session, key=key, to=preview.to, subject=preview.subject,
                               text=preview.text, html=text_to_html(preview.text),
                               attachment_name=preview.attachment_name, attachment=pdf)
        audit.record(uow.session, actor, entity, entity_id, "mail", None, None, to=preview.to,
                     subject=preview.subject)
        uow.commit()
    return mail_id


def queue_invoice_mail(uow: UnitOfWork, actor: Actor, invoice_id: uuid.UUID) -> uuid.UUID:
    """Queues the posted invoice with its PDF; asking twice queues it once."""
    require(actor, "invoice.manage")
    preview = invoice_mail(uow, invoice_id)
    return _queue(uow, actor, f"invoice-mail:{invoice_id}", preview,
                  lambda: documents.invoice_pdf(uow, invoice_id), "invoice", invoice_id)


def queue_payment_confirmation(uow: UnitOfWork, actor: Actor, payment_id: uuid.UUID
                               ) -> uuid.UUID:
    """Queues the payment confirmation PDF to the customer; asking twice queues it once."""
    require(actor, "payment.record")
    preview = payment_mail(uow, payment_id)
    return _queue(uow, actor, f"payment-confirmation:{payment_id}", preview,
                  lambda: documents.payment_confirmation_pdf(uow, payment_id), "payment",
                  payment_id)
