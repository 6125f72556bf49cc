"""Layout -> PDF with ReportLab; barcodes are vector drawings so they stay sharp at any dpi."""

from __future__ import annotations

import io

from reportlab.graphics import renderPDF
from reportlab.graphics.barcode import createBarcodeDrawing, qr
from reportlab.graphics.shapes import Drawing
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from app.devices.barcodes import gs1_encoded
from app.devices.labels import Barcode, Box, Layout, Text


def _barcode_drawing(element: Barcode) -> Drawing:
    if element.symbology == "qr":
        widget = qr.QrCodeWidget(element.data, barLevel="M", barBorder=0)
        widget.draw()  # builds the matrix, so the module count is known
        modules = widget.qr.getModuleCount()
        side = modules * element.module * mm
        widget.barWidth = widget.barHeight = side
        drawing = Drawing(side, side)
        drawing.add(widget)
        return drawing
    name = "EAN13" if element.symbology == "ean13" else "Code128"
    value = element.data[:12] if name == "EAN13" else element.data
    if element.symbology == "gs1_128":  # ReportLab's Code 128 takes \xf1 as FNC1
        value = gs1_encoded(element.data, "\xf1")
    return createBarcodeDrawing(name, value=value, barWidth=element.module * mm,
                                barHeight=element.height * mm, humanReadable=False,
                                quiet=False)


def _draw(canvas: Canvas, element: Text | Barcode | Box, page_height: float) -> None:
    if isinstance(element, Text):
        canvas.setFont("Helvetica-Bold" if element.bold else "Helvetica", element.height * mm)
        # Cap height is ~0.72 em: put the top of the capitals at element.y like ZPL does.
        canvas.drawString(element.x * mm, page_height - (element.y + element.height * 0.72) * mm,
                          element.text)
    elif isinstance(element, Box):
        canvas.setLineWidth(element.line * mm)
        canvas.rect(element.x * mm, page_height - (element.y + element.height) * mm,
                    element.width * mm, element.height * mm)
    else:
        drawing = _barcode_drawing(element)
        renderPDF.draw(drawing, canvas, element.x * mm,
                       page_height - element.y * mm - drawing.height)


def to_pdf(layouts: list[Layout] | Layout) -> bytes:
    """One page per label, each page exactly the label's size (so a driver does not rescale)."""
    pages = [layouts] if isinstance(layouts, Layout) else layouts
    buffer = io.BytesIO()
    canvas = Canvas(buffer)
    canvas.setTitle("OrderDesk labels")
    for layout in pages:
        canvas.setPageSize((layout.width * mm, layout.height * mm))
        for element in layout.elements:
            _draw(canvas, element, layout.height * mm)
        canvas.showPage()
    canvas.save()
    return buffer.getvalue()
