"""PDF labels: vector barcodes, rasterised by pdftoppm at 203 dpi 1-bit and decoded by zxing-cpp."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from app.devices.labels import Layout
from app.devices.pdf import to_pdf
from tests.devices.labeldata import CASES

zxingcpp = pytest.importorskip("zxingcpp")
Image = pytest.importorskip("PIL.Image")


def rasterise(pdf: bytes, folder: Path, dpi: int = 203) -> list[Path]:
    if shutil.which("pdftoppm") is None:
        pytest.skip("pdftoppm is not installed (apt-get install poppler-utils)")
    source = folder / "labels.pdf"
    source.write_bytes(pdf)
    subprocess.run(["pdftoppm", "-r", str(dpi), "-mono", str(source), str(folder / "page")],
                   check=True, timeout=60)
    return sorted(folder.glob("page*.pbm"))


def decode(path: Path) -> dict[str, str]:
    image = Image.open(path).convert("L")
    return {code.format.name: code.text for code in zxingcpp.read_barcodes(image)}


def test_every_label_decodes_after_rasterising_at_203_dpi(tmp_path: Path) -> None:
    kinds = sorted(CASES)
    pages = rasterise(to_pdf([CASES[kind][0] for kind in kinds]), tmp_path)
    assert len(pages) == len(kinds)
    for kind, page in zip(kinds, pages, strict=True):
        assert decode(page) == CASES[kind][1], kind


def test_each_page_has_the_labels_exact_size(tmp_path: Path) -> None:
    layout: Layout = CASES["shipping"][0]
    (page,) = rasterise(to_pdf(layout), tmp_path)
    assert Image.open(page).size == (4 * 203, 6 * 203)


def test_barcodes_are_vectors_not_images() -> None:
    pdf = to_pdf(CASES["test"][0])
    assert b"/Subtype /Image" not in pdf and b"/XObject" not in pdf
