"""The one embedded font for every document: WenQuanYi Micro Hei, subset into each PDF."""

from __future__ import annotations

import threading

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from app.resources import resource_path

FONT = "WQYMicroHei"
_lock = threading.Lock()


def font_name() -> str:
    """Registers the font on first use (about 150 ms for the 5 MB file), then returns its name.

    A TrueType-outline font is embedded as a subset, so Chinese renders even in a viewer without
    CJK fonts; ReportLab's CID fonts (STSong-Light, MSung-Light) are not embedded and the
    Traditional one comes out blank in poppler (docs/documents.md).
    """
    if FONT not in pdfmetrics.getRegisteredFontNames():
        with _lock:  # the batch printer and the mail sender may render at the same time
            if FONT not in pdfmetrics.getRegisteredFontNames():
                path = resource_path("fonts", "wqy-microhei.ttc")
                pdfmetrics.registerFont(TTFont(FONT, str(path), subfontIndex=0))
    return FONT
