"""Customer mails: compose them in the customer's language and say how to draw their PDF."""

from __future__ import annotations

import html
import uuid
from collections.abc import Callable

from sqlalchemy.orm import Session

from app.models import SalesOrder
from app.services.documents import builders
from app.services.documents.commercial import render_commercial
from app.services.documents.labels import label
from app.services.outbox import enqueue_mail
from app.services.settings import get_setting

# 'Render then send': the sender draws these PDFs when it picks the mail up, so the action
# that queued the mail never waits for ReportLab (the first render also loads the font).
RENDERERS: dict[str, Callable[[Session, uuid.UUID], bytes]] = {
    "order_confirmation": lambda session, ref: render_commercial(
        builders.order_confirmation_in(session, ref)),
}


def queue_order_confirmation(session: Session, order: SalesOrder) -> uuid.UUID | None:
    """Queues 'Order confirmation #HQ-SO-000123' with its PDF; None when there is no address."""
    if not order.contact_email:
        return None
    language = builders.customer_language(session, order.customer_id)
    company = get_setting(session, "company_name")
    promised = order.promised_date.isoformat() if order.promised_date else "—"
    text = label(language, "mail_confirmation_body", customer=order.customer_name,
                 number=order.number, promised=promised, company=company)
    return enqueue_mail(
        session, key=f"order-confirmation:{order.id}:{order.revision}",
        to=order.contact_email,
        subject=label(language, "mail_confirmation_subject", number=order.number),
        text=text, html=text_to_html(text),
        attachment_name=f"{order.number}.pdf", render_kind="order_confirmation",
        render_ref=order.id)


def text_to_html(text: str) -> str:
    """The HTML part says the same as the text part, paragraph for paragraph."""
    paragraphs = "".join(
        f"<p>{html.escape(block).replace(chr(10), '<br>')}</p>" for block in text.split("\n\n"))
    head = '<!DOCTYPE html><html><head><meta charset="utf-8"></head>'
    return f"{head}<body>{paragraphs}</body></html>"
