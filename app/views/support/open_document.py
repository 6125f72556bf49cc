"""Showing a PDF the services made: write it to the user's document folder, open the viewer.

Screens call `open_pdf(data, name)`; tests replace it (monkeypatch) to keep the bytes."""

from __future__ import annotations

import re
import tempfile
from pathlib import Path

from PySide6.QtCore import QStandardPaths, QUrl
from PySide6.QtGui import QDesktopServices


def document_folder() -> Path:
    base = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    folder = Path(base or tempfile.gettempdir()) / "OrderDesk"
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def open_pdf(data: bytes, name: str) -> Path:
    """Saves `data` as <name>.pdf (a safe file name) and opens it with the system viewer."""
    safe = re.sub(r"[^\w.-]+", "_", name).strip("_") or "document"
    path = document_folder() / f"{safe}.pdf"
    path.write_bytes(data)
    QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
    return path
