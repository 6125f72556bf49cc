"""Packing list (what is in each box) and delivery note (what the customer signed for)."""

from __future__ import annotations

from typing import Any

from reportlab.graphics.shapes import Drawing, PolyLine, Rect
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer, Table, TableStyle

from app.services.documents.data import (
    DeliveryNoteDocument,
    LoadingListDocument,
    PackingListDocument,
)
from app.services.documents.labels import label
from app.services.documents.layout import (
    Column,
    facts_table,
    image,
    line_table,
    para,
    quantity,
    render,
    totals_table,
)
from app.services.documents.warehouse import code128


def render_packing_list(doc: PackingListDocument) -> bytes:
    lang = doc.language
    weights = [box.weight_kg for box in doc.boxes if box.weight_kg is not None]
    facts = [(label(lang, "order_number"), doc.order_number),
             (label(lang, "date"), doc.printed_on.isoformat()),
             (label(lang, "packages"), str(len(doc.boxes)))]
    if weights:
        facts.append((label(lang, "weight"), quantity(sum(weights))))
    story: list[Flowable] = [
        facts_table([(label(lang, "customer"), doc.customer_name),
                     (label(lang, "deliver_to"), doc.deliver_to)], facts),
        Spacer(1, 6 * mm)]
    columns = [Column(label(lang, "sku"), 35), Column(label(lang, "description"), 100),
               Column(label(lang, "lot"), 25), Column(label(lang, "quantity"), 20, "RIGHT")]
    for box in doc.boxes:
        heading = f"{label(lang, 'package')} {box.number}"
        if box.weight_kg is not None:
            heading += f"   {label(lang, 'weight')} {quantity(box.weight_kg)}"
        if box.size_cm:
            heading += f"   {label(lang, 'size')} {box.size_cm}"
        rows = [[x.sku, para(x.name), x.lot, quantity(x.quantity)] for x in box.items]
        story.append(KeepTogether([_side_by_side(code128(box.number, 8), para(heading, 10)),
                                   Spacer(1, 1 * mm), line_table(columns, rows),
                                   Spacer(1, 6 * mm)]))
    return render(doc.letterhead, lang, label(lang, "packing_list"), doc.order_number, story)


def render_delivery_note(doc: DeliveryNoteDocument) -> bytes:
    lang = doc.language
    facts = [(label(lang, "shipment"), doc.shipment_number),
             (label(lang, "order_number"), doc.order_number),
             (label(lang, "shipped_on"), doc.shipped_on.isoformat()),
             (label(lang, "carrier"), doc.carrier)]
    if doc.tracking:
        facts.append((label(lang, "tracking"), doc.tracking))
    columns = [Column(label(lang, "sku"), 26), Column(label(lang, "description"), 56),
               Column(label(lang, "shipped"), 17, "RIGHT"),
               Column(label(lang, "accepted"), 17, "RIGHT"),
               Column(label(lang, "damaged"), 17, "RIGHT"),
               Column(label(lang, "short"), 17, "RIGHT"), Column(label(lang, "note"), 30)]
    rows = [[x.sku, para(x.name), quantity(x.shipped),
             "" if x.accepted is None else quantity(x.accepted),
             _blank_zero(x.damaged, x.accepted), _blank_zero(x.short, x.accepted), para(x.note)]
            for x in doc.lines]
    top = _side_by_side(code128(doc.shipment_number, 10),
                        facts_table([], facts), widths=(95, 85))
    story: list[Flowable] = [
        top, Spacer(1, 3 * mm),
        facts_table([(label(lang, "customer"), doc.customer_name),
                     (label(lang, "deliver_to"), doc.deliver_to)], []),
        Spacer(1, 5 * mm), line_table(columns, rows), Spacer(1, 6 * mm),
        *_installation(doc), *_signature(doc)]
    return render(doc.letterhead, lang, label(lang, "delivery_note"), doc.shipment_number, story)


def _installation(doc: DeliveryNoteDocument) -> list[Flowable]:
    lang = doc.language
    if not doc.checklist and doc.test_passed is None:
        return [para(doc.notes)] if doc.notes else []
    yes_no = lambda value: label(lang, "yes" if value else "no")  # noqa: E731
    rows = [[_box(done), para(item)] for item, done in doc.checklist]
    if doc.test_passed is not None:
        rows.append([_box(doc.test_passed), para(label(lang, "test_passed"))])
    rows.append([_box(doc.customer_trained), para(
        f"{label(lang, 'customer_trained')}: {yes_no(doc.customer_trained)}")])
    table = Table(rows, colWidths=[8 * mm, 172 * mm], hAlign="LEFT")
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "MIDDLE")]))
    flowables: list[Flowable] = [para(label(lang, "installation"), 11), table]
    if doc.notes:
        flowables += [Spacer(1, 2 * mm), para(doc.notes)]
    return [KeepTogether(flowables), Spacer(1, 6 * mm)]


def _signature(doc: DeliveryNoteDocument) -> list[Flowable]:
    lang = doc.language
    picture: Any = image(doc.signature_png, 60, 22) if doc.signature_png else Spacer(1, 22 * mm)
    rows = [[para(label(lang, "received_by"), 8, textColor=colors.grey), picture],
            [para(doc.signer_name, 10), para(doc.signed_at, 9)]]
    table = Table(rows, colWidths=[60 * mm, 70 * mm], hAlign="LEFT")
    table.setStyle(TableStyle([("LINEBELOW", (1, 0), (1, 0), 0.6, colors.black),
                               ("VALIGN", (0, 0), (-1, -1), "BOTTOM")]))
    return [KeepTogether([table])]


def _box(done: bool) -> Flowable:
    # Drawn, not a font glyph: a ticked or empty box reads the same in every viewer.
    drawing = Drawing(4 * mm, 4 * mm)
    drawing.add(Rect(0, 0, 4 * mm, 4 * mm, fillColor=None, strokeWidth=0.6))
    if done:
        drawing.add(PolyLine([0.8 * mm, 2 * mm, 1.7 * mm, 0.8 * mm, 3.4 * mm, 3.3 * mm],
                             strokeWidth=0.9))
    return drawing


def _blank_zero(value: Any, accepted: Any) -> str:
    return "" if accepted is None or not value else quantity(value)


def _side_by_side(left: Flowable, right: Flowable, widths: tuple[float, float] = (70, 110)
                  ) -> Table:
    table = Table([[left, right]], colWidths=[w * mm for w in widths], hAlign="LEFT")
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                               ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
    return table


def render_loading_list(doc: LoadingListDocument) -> bytes:
    """Waybill / loading list: one row per shipment, scanned at the dock as it is loaded."""
    lang = doc.language
    weights = [r.weight_kg for r in doc.rows]
    facts = [(label(lang, "carrier"), doc.carrier), (label(lang, "date"),
                                                     doc.loading_date.isoformat())]
    columns = [Column(label(lang, "shipment"), 72), Column(label(lang, "customer"), 56),
               Column(label(lang, "packages"), 18, "RIGHT"),
               Column(label(lang, "weight"), 16, "RIGHT"), Column(label(lang, "tracking"), 18)]
    rows = [[[code128(r.shipment_number, 8), para(r.shipment_number, 8)],
             para(f"{r.customer_name}\n{r.deliver_to}\n{r.order_number}", 8), str(r.packages),
             "" if r.weight_kg is None else quantity(r.weight_kg), para(r.tracking, 8)]
            for r in doc.rows]
    totals = [(label(lang, "total_packages"), str(sum(r.packages for r in doc.rows)), False)]
    if weights and all(w is not None for w in weights):
        totals.append((label(lang, "total_weight"), quantity(sum(weights)), True))  # type: ignore[arg-type]
    signatures = Table([[para(label(lang, "driver_signature"), 8, textColor=colors.grey), "",
                         para(label(lang, "received_by"), 8, textColor=colors.grey), ""]],
                       colWidths=[20 * mm, 60 * mm, 45 * mm, 55 * mm], rowHeights=[16 * mm])
    signatures.setStyle(TableStyle([("LINEBELOW", (1, 0), (1, 0), 0.6, colors.black),
                                    ("LINEBELOW", (3, 0), (3, 0), 0.6, colors.black),
                                    ("VALIGN", (0, 0), (-1, -1), "BOTTOM")]))
    story: list[Flowable] = [facts_table([], facts), Spacer(1, 5 * mm),
                             line_table(columns, rows), Spacer(1, 4 * mm), totals_table(totals),
                             Spacer(1, 10 * mm), KeepTogether([signatures])]
    title = label(lang, "loading_list")
    return render(doc.letterhead, lang, title, f"{doc.carrier} {doc.loading_date}", story)
