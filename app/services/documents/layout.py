"""Shared page furniture for every PDF: letterhead, title block, line tables, page numbers."""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Paragraph, SimpleDocTemplate, Table, TableStyle
from reportlab.platypus.flowables import Image

from app.services.documents.data import Letterhead
from app.services.documents.fonts import font_name
from app.services.documents.labels import label

PAGE_W, PAGE_H = A4
MARGIN = 15 * mm
HEADER_H = 30 * mm  # letterhead band drawn on every page
GREY = colors.Color(0.93, 0.93, 0.93)


@dataclass(frozen=True)
class Column:
    label: str
    width_mm: float
    align: str = "LEFT"  # LEFT, RIGHT or CENTER


def amount(value: Decimal | None, places: int = 2) -> str:
    return "" if value is None else f"{value:,.{places}f}"


def quantity(value: Decimal) -> str:
    """3 -> '3', 2.500 -> '2.5': counted goods print without trailing zeros."""
    text = f"{value:f}"
    return text.rstrip("0").rstrip(".") if "." in text else text


def style(size: float = 9, leading: float | None = None, **extra: Any) -> ParagraphStyle:
    # wordWrap CJK breaks between any two Chinese characters; English still wraps at spaces.
    return ParagraphStyle("d", fontName=font_name(), fontSize=size,
                          leading=leading or size * 1.3, wordWrap="CJK", **extra)


def para(text: str, size: float = 9, **extra: Any) -> Paragraph:
    escaped = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return Paragraph(escaped.replace("\n", "<br/>"), style(size, **extra))


def line_table(columns: Sequence[Column], rows: Sequence[Sequence[Any]],
               row_height: float | None = None) -> Table:
    """The priced or counted lines; the header row repeats on every page."""
    font = font_name()
    header = [para(c.label, 8, textColor=colors.white,
                   alignment={"LEFT": 0, "CENTER": 1, "RIGHT": 2}[c.align]) for c in columns]
    table = Table([header, *rows], colWidths=[c.width_mm * mm for c in columns],
                  repeatRows=1, rowHeights=None if row_height is None
                  else [None] + [row_height] * len(rows))
    commands: list[tuple[Any, ...]] = [
        ("FONT", (0, 0), (-1, -1), font, 9),
        ("BACKGROUND", (0, 0), (-1, 0), colors.Color(0.25, 0.3, 0.4)),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("LINEBELOW", (0, 1), (-1, -1), 0.25, colors.lightgrey),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]
    for index, column in enumerate(columns):
        if column.align != "LEFT":
            commands.append(("ALIGN", (index, 1), (index, -1), column.align))
    table.setStyle(TableStyle(commands))
    return table


def facts_table(blocks: Sequence[tuple[str, str]], facts: Sequence[tuple[str, str]]) -> Table:
    """Addresses on the left (label over text), key facts on the right (label: value)."""
    cells_left = [item for title, text in blocks
                  for item in (para(title, 8, textColor=colors.grey), para(text, 10))]
    right = Table([[para(k, 8, textColor=colors.grey), para(v, 9)] for k, v in facts] or [[""]],
                  colWidths=[32 * mm, 53 * mm])
    right.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("TOPPADDING", (0, 0), (-1, -1), 1),
                               ("BOTTOMPADDING", (0, 0), (-1, -1), 1)]))
    if not blocks:
        right.hAlign = "LEFT"
        return right
    outer = Table([[cells_left, right]], colWidths=[95 * mm, 85 * mm])
    outer.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
    return outer


def totals_table(rows: Sequence[tuple[str, str, bool]]) -> Table:
    """Right-aligned totals block; the bold row gets a grey band."""
    data = [[para(text, 11 if strong else 9), para(value, 11 if strong else 9, alignment=2)]
            for text, value, strong in rows]
    table = Table(data, colWidths=[45 * mm, 40 * mm], hAlign="RIGHT")
    commands: list[tuple[Any, ...]] = [("VALIGN", (0, 0), (-1, -1), "MIDDLE")]
    for index, (_, _, strong) in enumerate(rows):
        if strong:
            commands.append(("BACKGROUND", (0, index), (-1, index), GREY))
            commands.append(("LINEABOVE", (0, index), (-1, index), 0.8, colors.black))
    table.setStyle(TableStyle(commands))
    return table


def render(letterhead: Letterhead, language: str, title: str, number: str,
           story: list[Flowable]) -> bytes:
    """Lays out `story` under the letterhead on A4 pages numbered 'Page x of y'."""
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(buffer, pagesize=A4, leftMargin=MARGIN, rightMargin=MARGIN,
                            topMargin=MARGIN + HEADER_H, bottomMargin=MARGIN + 8 * mm,
                            title=f"{title} {number}", author=letterhead.name,
                            creator="OrderDesk")

    def furniture(canvas: Canvas, _doc: object) -> None:
        _draw_letterhead(canvas, letterhead, language, title, number)

    doc.build(story, onFirstPage=furniture, onLaterPages=furniture,
              canvasmaker=_numbered_canvas(language))
    return buffer.getvalue()


def _draw_letterhead(canvas: Canvas, head: Letterhead, language: str, title: str,
                     number: str) -> None:
    font = font_name()
    top = PAGE_H - MARGIN
    text_x = MARGIN
    if head.logo_path:
        # The logo keeps its aspect ratio inside a 22 mm square at the top left.
        canvas.drawImage(head.logo_path, MARGIN, top - 22 * mm, 22 * mm, 22 * mm,
                         preserveAspectRatio=True, anchor="nw", mask="auto")
        text_x += 26 * mm
    canvas.setFont(font, 13)
    canvas.drawString(text_x, top - 5 * mm, head.name)
    canvas.setFont(font, 8)
    details = [*head.address.splitlines(), " · ".join(x for x in (head.phone, head.email) if x)]
    if head.tax_id:
        details.append(f"{label(language, 'tax_id')} {head.tax_id}")
    for index, text in enumerate(x for x in details if x):
        canvas.drawString(text_x, top - 10 * mm - index * 3.6 * mm, text)
    canvas.setFont(font, 16)
    canvas.drawRightString(PAGE_W - MARGIN, top - 6 * mm, title)
    canvas.setFont(font, 11)
    canvas.drawRightString(PAGE_W - MARGIN, top - 12 * mm, number)
    canvas.setStrokeColor(colors.Color(0.25, 0.3, 0.4))
    canvas.setLineWidth(1)
    canvas.line(MARGIN, top - HEADER_H + 4 * mm, PAGE_W - MARGIN, top - HEADER_H + 4 * mm)


def _numbered_canvas(language: str) -> type[Canvas]:
    """A canvas that holds pages back until the end so each can say 'Page x of y'."""

    class NumberedCanvas(Canvas):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._pages: list[dict[str, Any]] = []

        def showPage(self) -> None:
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            for state in self._pages:
                self.__dict__.update(state)
                self.setFont(font_name(), 8)
                self.setFillColor(colors.grey)
                self.drawRightString(PAGE_W - MARGIN, MARGIN, label(
                    language, "page", page=self._pageNumber, pages=len(self._pages)))
                super().showPage()
            super().save()

    return NumberedCanvas


def image(data: bytes, width_mm: float, height_mm: float) -> Image:
    """A PNG/JPEG from bytes (a captured signature), scaled to fit the box."""
    picture = Image(io.BytesIO(data), width=width_mm * mm, height=height_mm * mm,
                    kind="proportional")
    picture.hAlign = "LEFT"
    return picture
