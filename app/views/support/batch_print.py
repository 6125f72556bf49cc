"""Printing many documents at once: each rendered to its own PDF in a chosen folder, with a
progress dialog that can be cancelled.

Cancelling keeps what was written and writes nothing more; a file is written under a
temporary name and renamed when complete, so the folder never holds half a PDF (a crash or a
full disk leaves at most a hidden '.part' file, removed when the write fails).
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import QProgressDialog, QWidget

from app.services.errors import UserFacingError
from app.views.support.i18n import translate
from app.views.support.runner import FAILED, run


@dataclass(frozen=True)
class PrintJob:
    name: str  # the file name without '.pdf', e.g. the invoice number
    render: Callable[[], bytes]  # the PDF bytes (a service call)


@dataclass
class BatchResult:
    written: list[Path] = field(default_factory=list)
    cancelled: bool = False
    failed: bool = False  # a render failed; the user was told, the rest was not tried


def file_name(name: str) -> str:
    return (re.sub(r"[^\w.-]+", "_", name).strip("_.") or "document") + ".pdf"


def write_whole(path: Path, data: bytes) -> None:
    """Write to a hidden temporary name in the same folder, then rename: the final name
    appears only with the whole file behind it (a rename is atomic on one file system)."""
    part = path.with_name(f".{path.name}.part")
    try:
        with open(part, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        os.replace(part, path)
    except BaseException as exc:
        part.unlink(missing_ok=True)
        if isinstance(exc, OSError):  # a full disk or a folder without rights: say so
            # In the "services" context, where service_message() looks the template up.
            template = QT_TRANSLATE_NOOP("services", "{path} could not be written: {error}")
            raise UserFacingError(template, path=str(path),
                                  error=exc.strerror or str(exc)) from exc
        raise


class BatchPrinter:
    """`BatchPrinter(parent, jobs, folder).run()`; `progress` is the dialog while it runs."""

    def __init__(self, parent: QWidget | None, jobs: Sequence[PrintJob], folder: Path) -> None:
        self.parent, self.jobs, self.folder = parent, list(jobs), folder
        self.progress = QProgressDialog(parent)
        self.progress.setObjectName("batchPrintProgress")
        self.progress.setWindowTitle(translate("BatchPrint", "Printing"))
        self.progress.setCancelButtonText(translate("BatchPrint", "&Cancel"))
        self.progress.setRange(0, len(self.jobs))
        self.progress.setMinimumDuration(0)  # a long batch shows at once
        self.progress.setAutoClose(False)
        self.progress.setAutoReset(False)
        self.progress.setWindowModality(Qt.WindowModality.WindowModal)
        self.progress.setMinimumWidth(460)

    def run(self) -> BatchResult:
        result = BatchResult()
        self.folder.mkdir(parents=True, exist_ok=True)
        total = len(self.jobs)
        self.progress.show()
        for done, job in enumerate(self.jobs):
            self.progress.setLabelText(translate("BatchPrint", "{0} of {1}: {2}").format(
                done + 1, total, job.name))
            self.progress.setValue(done)  # also lets the Cancel click through
            if self.progress.wasCanceled():
                result.cancelled = True
                break
            data = run(self.progress, job.render)
            if data is FAILED:
                result.failed = True
                break
            if self.progress.wasCanceled():  # clicked while this one was drawn: not written
                result.cancelled = True
                break
            path = self.folder / file_name(job.name)
            if run(self.progress, write_whole, path, data) is FAILED:
                result.failed = True
                break
            result.written.append(path)
        self.progress.setValue(len(result.written))
        self.progress.close()
        return result


def print_batch(parent: QWidget | None, jobs: Sequence[PrintJob], folder: Path) -> BatchResult:
    """Renders every job into `folder` as <name>.pdf with a cancellable progress dialog."""
    return BatchPrinter(parent, jobs, folder).run()
