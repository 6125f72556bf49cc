"""Warehouse sheets: the pick list in walking order with a scannable barcode on every line."""

from __future__ import annotations

from reportlab.graphics.barcode import createBarcodeDrawing
from reportlab.graphics.shapes import Drawing
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer, Table, TableStyle

from app.services.documents.data import PickListDocument
from app.services.documents.labels import label
from app.services.documents.layout import Column, facts_table, line_table, para, quantity, render

# Module widths chosen for a 203 dpi label printer and a cheap scanner: 0.375 mm is three
# printer dots for Code 128 (minimum 0.25 mm); EAN-13 at 0.33 mm is its nominal 100 % size.
CODE128_MODULE = 0.375 * mm
EAN13_MODULE = 0.33 * mm


def code128(value: str, height_mm: float = 9) -> Drawing:
    """A vector Code 128 symbol (quiet zones included), as a platypus-ready drawing."""
    return createBarcodeDrawing("Code128", value=value, barWidth=CODE128_MODULE,
                                barHeight=height_mm * mm, humanReadable=False, quiet=True)


def ean13(value: str, height_mm: float = 9) -> Drawing:
    """A vector EAN-13 symbol from the full 13 digits (ReportLab recomputes the check digit)."""
    return createBarcodeDrawing("EAN13", value=value[:12], barWidth=EAN13_MODULE,
                                barHeight=height_mm * mm, humanReadable=True,
                                fontName="Helvetica", fontSize=7)


def item_barcode(barcode: str | None, sku: str) -> Drawing:
    """What the picker scans: the product's EAN-13 when it has one, else its SKU in Code 128."""
    if barcode and len(barcode) == 13 and barcode.isdigit():
        return ean13(barcode)
    return code128(sku)


def render_pick_list(doc: PickListDocument) -> bytes:
    lang = doc.language
    title = label(lang, "pick_list")
    facts = [(label(lang, "number"), doc.number), (label(lang, "date"), doc.printed_on.isoformat())]
    if doc.is_wave:
        facts.append((label(lang, "wave"), "✓"))
    columns = [Column(label(lang, "bin"), 18), Column(label(lang, "sku"), 48),
               Column(label(lang, "barcode"), 52, "CENTER"),
               Column(label(lang, "order_number"), 30),
               Column(label(lang, "to_pick"), 16, "RIGHT"),
               Column(label(lang, "picked"), 16, "RIGHT")]
    rows = [[para(line.bin_location, 11), para(f"{line.sku}\n{line.name}", 8),
             item_barcode(line.barcode, line.sku), para(line.order_number, 8),
             para(quantity(line.qty_to_pick), 11, alignment=2),
             "" if not line.qty_picked else quantity(line.qty_picked)]
            for line in doc.lines]
    # The list's own number as a barcode, so the picker claims the list with one scan.
    top = Table([[code128(doc.number, 12), facts_table([], facts)]],
                colWidths=[95 * mm, 85 * mm])
    top.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                             ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
    story: list[Flowable] = [top, Spacer(1, 5 * mm),
                             line_table(columns, rows, row_height=16 * mm)]
    return render(doc.letterhead, lang, title, doc.number, story)
