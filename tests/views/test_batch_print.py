"""Batch printing: posted invoices rendered one PDF each into a folder, with a progress
dialog whose Cancel keeps what was written and never leaves half a file."""

from __future__ import annotations

import io
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication, QProgressDialog, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from app.models.enums import Role
from app.services import documents, invoice_queries
from app.services.invoice_batches import posted_invoices_between
from app.views.print_invoices_dialog import PrintInvoicesDialog, open_print_invoices
from app.views.support.batch_print import PrintJob, print_batch
from tests.factories import Factory
from tests.views.conftest import Problems


def invoices(f: Factory, days: list[date]) -> list[tuple[str, Any]]:
    made = []
    for day in days:
        invoice_id = f.posted_invoice(today=day)
        made.append((invoice_queries.get_invoice(f.uow(), invoice_id).row.number, invoice_id))
    return made


def jobs_for(f: Factory, made: list[tuple[str, Any]], after: Any = None) -> list[PrintJob]:
    def render(invoice_id: Any, n: int) -> Any:
        def draw() -> bytes:
            if after is not None:
                after(n)
            return documents.invoice_pdf(f.uow(write=False), invoice_id)
        return draw
    return [PrintJob(number, render(invoice_id, n)) for n, (number, invoice_id) in enumerate(made)]


def progress_dialog(parent: QWidget) -> QProgressDialog:
    dialog = parent.findChild(QProgressDialog, "batchPrintProgress")
    assert dialog is not None and dialog.isVisible()
    return dialog


def test_five_invoices_make_five_valid_pdfs(f: Factory, qtbot: QtBot, tmp_path: Path,
                                             problems: Problems) -> None:
    made = invoices(f, [date.today()] * 5)
    parent = QWidget()
    qtbot.addWidget(parent)
    seen: list[tuple[int, int]] = []

    def watch(n: int) -> None:
        progress = progress_dialog(parent)
        seen.append((progress.value(), progress.maximum()))
        if n == 2:
            progress.grab().save("/tmp/batch_progress.png")

    result = print_batch(parent, jobs_for(f, made, watch), tmp_path / "out")

    files = sorted((tmp_path / "out").iterdir())
    assert [p.name for p in files] == sorted(f"{number}.pdf" for number, _ in made)
    assert result.written == [tmp_path / "out" / f"{number}.pdf" for number, _ in made]
    for path, (number, _) in zip(result.written, made, strict=True):
        data = path.read_bytes()
        assert data.startswith(b"%PDF")
        assert number in PdfReader(io.BytesIO(data)).pages[0].extract_text()
    assert seen == [(n, 5) for n in range(5)] and not result.cancelled and problems == []


def test_cancel_after_two_leaves_exactly_two_whole_files(f: Factory, qtbot: QtBot,
                                                         tmp_path: Path) -> None:
    made = invoices(f, [date.today()] * 5)
    parent = QWidget()
    qtbot.addWidget(parent)

    def cancel_during_the_third(n: int) -> None:
        if n == 2:  # two files are written; the user clicks Cancel while the third is drawn
            cancel = progress_dialog(parent).findChild(QPushButton)
            qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)

    result = print_batch(parent, jobs_for(f, made, cancel_during_the_third), tmp_path / "out")

    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == [f"{n}.pdf" for n, _ in made[:2]]
    assert result.cancelled and len(result.written) == 2
    assert all(p.read_bytes().startswith(b"%PDF") for p in result.written)


def test_a_failed_write_leaves_no_part_file_and_tells_the_user(
        f: Factory, qtbot: QtBot, tmp_path: Path, problems: Problems,
        monkeypatch: pytest.MonkeyPatch) -> None:
    made = invoices(f, [date.today()] * 2)
    parent = QWidget()
    qtbot.addWidget(parent)
    real_replace = __import__("os").replace
    calls: list[int] = []

    def disk_full_on_second(src: Any, dst: Any) -> None:
        calls.append(1)
        if len(calls) == 2:
            raise OSError(28, "No space left on device")
        real_replace(src, dst)

    monkeypatch.setattr("app.views.support.batch_print.os.replace", disk_full_on_second)
    result = print_batch(parent, jobs_for(f, made), tmp_path / "out")

    assert [p.name for p in (tmp_path / "out").iterdir()] == [f"{made[0][0]}.pdf"]
    assert result.failed and "No space left on device" in problems.last()


def test_the_dialog_prints_the_posted_invoices_of_the_chosen_days(
        f: Factory, make_ctx: Any, qtbot: QtBot, tmp_path: Path, problems: Problems) -> None:
    today = date.today()
    made = invoices(f, [today - timedelta(days=n) for n in (0, 1, 2, 8)])
    f.order()  # a draft or an order is never printed
    assert [i.number for i in posted_invoices_between(f.uow(), today, today)] == [made[0][0]]
    dialog = PrintInvoicesDialog(make_ctx(Role.FINANCE))
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.first.setDate(QDate(today - timedelta(days=2)))
    dialog.folder.clear()
    qtbot.keyClicks(dialog.folder, str(tmp_path / "march"))
    assert dialog.count.text() == "3 posted invoices in this range"
    dialog.grab().save("/tmp/print_invoices.png")

    qtbot.keyClick(dialog.folder, Qt.Key.Key_Return)

    assert sorted(p.name for p in (tmp_path / "march").iterdir()) == sorted(
        f"{number}.pdf" for number, _ in made[:3])
    assert dialog.status.text().startswith("3 of 3 PDFs written to") and problems == []
    assert dialog.isVisible()  # Enter printed; the dialog stays for another range


def test_only_finance_and_managers_may_open_it(make_ctx: Any) -> None:
    assert open_print_invoices(None, make_ctx(Role.WAREHOUSE)) is None
    assert QApplication.instance() is not None
