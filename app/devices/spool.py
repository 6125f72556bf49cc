"""A folder of pending print jobs: written before sending, removed only once the printer took it."""

from __future__ import annotations

import json
import os
import threading
import uuid
from dataclasses import asdict, dataclass, replace
from datetime import UTC, datetime
from pathlib import Path


@dataclass(frozen=True)
class SpooledJob:
    id: str
    title: str
    language: str
    created: str  # ISO 8601, UTC
    size: int
    attempts: int = 0
    last_error: str = ""
    media_mm: tuple[float, float] | None = None


def _write_atomically(path: Path, data: bytes) -> None:
    temporary = path.with_suffix(path.suffix + ".tmp")
    with open(temporary, "wb") as file:
        file.write(data)
        file.flush()
        os.fsync(file.fileno())  # a crash or power cut must not leave half a job
    os.replace(temporary, path)


class Spool:
    """Each job is `<id>.job` (the bytes) plus `<id>.json` (what it is, why it failed)."""

    def __init__(self, folder: Path) -> None:
        self.folder = Path(folder)
        self.folder.mkdir(parents=True, exist_ok=True)
        self._lock = threading.Lock()

    def add(self, data: bytes, title: str, language: str,
            media_mm: tuple[float, float] | None = None) -> SpooledJob:
        created = datetime.now(UTC)
        job = SpooledJob(f"{created:%Y%m%dT%H%M%S%f}-{uuid.uuid4().hex[:8]}", title, language,
                         created.isoformat(), len(data), media_mm=media_mm)
        with self._lock:
            _write_atomically(self.folder / f"{job.id}.job", data)
            self._save(job)
        return job

    def _save(self, job: SpooledJob) -> None:
        _write_atomically(self.folder / f"{job.id}.json", json.dumps(asdict(job)).encode())

    def pending(self) -> list[SpooledJob]:
        """Jobs not yet delivered, oldest first (also those left by an earlier session)."""
        jobs = []
        for meta in sorted(self.folder.glob("*.json")):
            if not meta.with_suffix(".job").exists():
                continue
            fields = json.loads(meta.read_text(encoding="utf-8"))
            media = fields.pop("media_mm", None)
            jobs.append(SpooledJob(**fields, media_mm=tuple(media) if media else None))
        return jobs

    def get(self, job_id: str) -> SpooledJob:
        for job in self.pending():
            if job.id == job_id:
                return job
        raise KeyError(job_id)

    def data(self, job_id: str) -> bytes:
        return (self.folder / f"{job_id}.job").read_bytes()

    def mark_failed(self, job: SpooledJob, error: str) -> SpooledJob:
        failed = replace(job, attempts=job.attempts + 1, last_error=error)
        with self._lock:
            self._save(failed)
        return failed

    def remove(self, job_id: str) -> None:
        with self._lock:
            (self.folder / f"{job_id}.job").unlink(missing_ok=True)
            (self.folder / f"{job_id}.json").unlink(missing_ok=True)
