"""Order confirmation, invoice and credit note: priced lines and totals in one shared layout."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from app.services.documents.data import CommercialDocument, CommercialKind
from app.services.documents.labels import label
from app.services.documents.layout import (
    Column,
    amount,
    facts_table,
    line_table,
    para,
    quantity,
    render,
    totals_table,
)


def render_commercial(doc: CommercialDocument) -> bytes:
    """PDF bytes of an order confirmation, invoice or credit note in the customer's language."""
    lang = doc.language
    title = label(lang, doc.kind.value)
    blocks = [(label(lang, "bill_to" if doc.kind is not CommercialKind.ORDER_CONFIRMATION
                     else "customer"), doc.bill_to)]
    if doc.deliver_to:
        blocks.append((label(lang, "deliver_to"), doc.deliver_to))
    facts = [(label(lang, "number"), doc.number), *((label(lang, k), v) for k, v in doc.facts)]
    story: list[Flowable] = [facts_table(blocks, facts), Spacer(1, 6 * mm),
                             _lines(doc), Spacer(1, 4 * mm), _totals(doc)]
    if doc.note:
        key = "reason" if doc.kind is CommercialKind.CREDIT_NOTE else "instructions"
        story += [Spacer(1, 5 * mm), para(f"{label(lang, key)}: {doc.note}", 9)]
    if doc.kind is CommercialKind.ORDER_CONFIRMATION:
        story += [Spacer(1, 8 * mm), para(label(lang, "thanks"), 10)]
    return render(doc.letterhead, lang, title, doc.number, story)


def _lines(doc: CommercialDocument) -> Flowable:
    lang = doc.language
    priced = doc.kind is not CommercialKind.CREDIT_NOTE
    with_sku = any(x.sku for x in doc.lines)
    columns = [Column(label(lang, "pos"), 10, "RIGHT")]
    if with_sku:
        columns.append(Column(label(lang, "sku"), 24))
    # The description takes whatever width the other columns leave on A4 (180 mm usable).
    fixed = 10 + (24 if with_sku else 0) + 16 + 26 + (42 if priced else 0)
    columns += [Column(label(lang, "description"), 180 - fixed),
                Column(label(lang, "quantity"), 16, "RIGHT")]
    if priced:
        columns += [Column(label(lang, "unit_price"), 24, "RIGHT"),
                    Column(label(lang, "tax_rate"), 18, "RIGHT")]
    columns.append(Column(f"{label(lang, 'amount')} ({doc.currency})", 26, "RIGHT"))
    rows = []
    for line in doc.lines:
        row: list[object] = [str(line.pos)]
        if with_sku:
            row.append(line.sku)
        row += [para(line.description, 9), quantity(line.quantity)]
        if priced:
            price = amount(line.unit_price)
            if line.discount_pct:
                price += f"\n-{quantity(line.discount_pct)}%"
            row += [price, quantity((line.tax_rate or 0) * 100)]
        row.append(amount(line.amount))
        rows.append(row)
    return line_table(columns, rows)


def _totals(doc: CommercialDocument) -> Flowable:
    lang = doc.language
    rows = [(label(lang, "subtotal"), amount(doc.subtotal), False),
            (label(lang, "tax"), amount(doc.tax_total), False)]
    if doc.freight:
        rows.append((label(lang, "freight"), amount(doc.freight), False))
    key = "credit_total" if doc.kind is CommercialKind.CREDIT_NOTE else "total"
    rows.append((f"{label(lang, key)} {doc.currency}", amount(doc.total), True))
    return totals_table(rows)
