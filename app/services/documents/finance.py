"""Payment confirmation, customer statement and reminder letters (three levels)."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from app.services.documents.data import AccountDocument, PaymentConfirmationDocument
from app.services.documents.labels import label
from app.services.documents.layout import (
    Column,
    amount,
    facts_table,
    line_table,
    para,
    render,
    totals_table,
)


def render_payment_confirmation(doc: PaymentConfirmationDocument) -> bytes:
    to, lang = doc.to, doc.to.language
    facts = [(label(lang, "number"), doc.number),
             (label(lang, "received_on"), doc.received_on.isoformat()),
             (label(lang, "method"), label(lang, f"pm_{doc.method}"))]
    if doc.reference:
        facts.append((label(lang, "reference"), doc.reference))
    story: list[Flowable] = [
        facts_table([(label(lang, "customer"), f"{to.customer_name}\n{to.address}".strip())],
                    facts), Spacer(1, 6 * mm)]
    if doc.applied:
        columns = [Column(label(lang, "applied_to"), 120),
                   Column(f"{label(lang, 'amount')} ({to.currency})", 60, "RIGHT")]
        story += [line_table(columns, [[n, amount(a)] for n, a in doc.applied]),
                  Spacer(1, 4 * mm)]
    totals = [(f"{label(lang, 'amount_received')} {to.currency}", amount(doc.amount), True)]
    if doc.unallocated:
        totals.insert(0, (label(lang, "unallocated"), amount(doc.unallocated), False))
    story += [totals_table(totals), Spacer(1, 8 * mm), para(label(lang, "thanks_payment"), 10)]
    return render(to.letterhead, lang, label(lang, "payment_confirmation"), doc.number, story)


def render_account(doc: AccountDocument) -> bytes:
    """The statement lists every open invoice; a reminder only the overdue ones, with its text."""
    to, lang = doc.to, doc.to.language
    title = label(lang, "statement" if doc.level == 0 else f"reminder_{doc.level}")
    story: list[Flowable] = [
        facts_table([(label(lang, "customer"), f"{to.customer_name}\n{to.address}".strip())],
                    [(label(lang, "as_of"), doc.as_of.isoformat())]), Spacer(1, 6 * mm)]
    if doc.level:
        story += [para(label(lang, f"reminder_text_{doc.level}"), 10), Spacer(1, 5 * mm)]
    columns = [Column(label(lang, "invoice_number"), 32), Column(label(lang, "issue_date"), 22),
               Column(label(lang, "due_date"), 22), Column(label(lang, "total"), 24, "RIGHT"),
               Column(label(lang, "credited"), 20, "RIGHT"),
               Column(label(lang, "paid"), 20, "RIGHT"), Column(label(lang, "open"), 24, "RIGHT"),
               Column(label(lang, "days_overdue"), 16, "RIGHT")]
    rows = [[x.number, x.issue_date.isoformat(), x.due_date.isoformat(), amount(x.total),
             amount(x.credited), amount(x.paid), amount(x.open_amount),
             str(x.days_overdue) if x.days_overdue else ""] for x in doc.items]
    story += [line_table(columns, rows), Spacer(1, 4 * mm)]
    if doc.level:
        overdue = sum((x.open_amount for x in doc.items), start=doc.balance * 0)
        totals = [(f"{label(lang, 'overdue_total')} {to.currency}", amount(overdue), True)]
    else:
        totals = [(label(lang, "unallocated"), amount(-doc.unallocated), False)] \
            if doc.unallocated else []
        totals.append((f"{label(lang, 'balance')} {to.currency}", amount(doc.balance), True))
    story.append(totals_table(totals))
    return render(to.letterhead, lang, title, doc.as_of.isoformat(), story)
