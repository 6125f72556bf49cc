"""Reads PDFs back the way a customer's viewer and a warehouse scanner would."""

from __future__ import annotations

import io
import os
import subprocess
import tempfile
from pathlib import Path

import zxingcpp
from PIL import Image
from pypdf import PdfReader


def pages(pdf: bytes) -> list[str]:
    """The text of each page, as pypdf extracts it."""
    assert pdf.startswith(b"%PDF-") and pdf.rstrip().endswith(b"%%EOF")
    return [page.extract_text() or "" for page in PdfReader(io.BytesIO(pdf)).pages]


def text(pdf: bytes) -> str:
    return "\n".join(pages(pdf))


def fonts(pdf: bytes) -> dict[str, bool]:
    """Every font the pages use, and whether it carries its own TrueType glyphs (FontFile2)."""
    found: dict[str, bool] = {}
    for page in PdfReader(io.BytesIO(pdf)).pages:
        for font in (page["/Resources"].get_object().get("/Font") or {}).values():
            font = font.get_object()
            for descendant in font.get("/DescendantFonts") or [font]:
                descendant = descendant.get_object()
                descriptor = descendant.get("/FontDescriptor")
                found[str(descendant["/BaseFont"])] = (
                    descriptor is not None and "/FontFile2" in descriptor.get_object())
    return found


def barcodes(pdf: bytes, dpi: int = 203) -> list[tuple[str, str]]:
    """(format, text) of every barcode zxing-cpp finds after pdftoppm rasterises each page."""
    found: list[tuple[str, str]] = []
    with tempfile.TemporaryDirectory() as tmp:
        source = Path(tmp) / "doc.pdf"
        source.write_bytes(pdf)
        subprocess.run(["pdftoppm", "-r", str(dpi), "-gray", "-png", str(source),
                        str(Path(tmp) / "page")], check=True, timeout=60)
        for png in sorted(Path(tmp).glob("page*.png")):
            with Image.open(png) as image:
                found += [(r.format.name, r.text) for r in zxingcpp.read_barcodes(image)]
    return found


def raster(pdf: bytes, *, fontconfig_file: str | None = None, dpi: int = 70) -> bytes:
    """Page 1 as PNG bytes; with `fontconfig_file` the rasteriser sees only those fonts."""
    env = dict(os.environ)
    if fontconfig_file:
        env["FONTCONFIG_FILE"] = fontconfig_file
    with tempfile.TemporaryDirectory() as tmp:
        source = Path(tmp) / "doc.pdf"
        source.write_bytes(pdf)
        subprocess.run(["pdftoppm", "-r", str(dpi), "-f", "1", "-l", "1", "-png",
                        "-singlefile", str(source), str(Path(tmp) / "page")],
                       check=True, timeout=60, env=env, capture_output=True)
        return (Path(tmp) / "page.png").read_bytes()


def ink(pdf: bytes, fontconfig_file: str | None = None) -> int:
    """How many dark pixels page 1 has at 70 dpi."""
    with Image.open(io.BytesIO(raster(pdf, fontconfig_file=fontconfig_file))) as image:
        return int(sum(image.convert("L").point(lambda v: 255 if v < 128 else 0)
                       .histogram()[255:]))
