"""Copies of the local SQLite file: taken with SQLite's online backup API (consistent even
while the program writes), kept N deep, restored safely.

The policy (folder, how many copies) lives in a small JSON file in the data folder, not in
the database: it must be readable before the database is opened (the pre-upgrade backup) and
it belongs to this computer, like the file it protects. A shared PostgreSQL server is backed up
by its administrator (pg_dump), not here.
"""

from __future__ import annotations

import json
import os
import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from app.services.errors import UserFacingError, ValidationError, tr
from app.services.schema import backup_sqlite

POLICY_FILE = "backups.json"
DEFAULT_KEEP = 14
DAILY = timedelta(days=1)
# backup_sqlite names copies "<stem>-<label>-<UTC stamp>.db".
STAMP_FORMAT = "%Y%m%dT%H%M%S%f"


@dataclass(frozen=True)
class BackupPolicy:
    folder: Path
    keep: int = DEFAULT_KEEP


@dataclass(frozen=True)
class BackupCopy:
    path: Path
    taken_at: datetime  # UTC
    label: str  # daily, manual, pre-upgrade, before-restore
    size: int


def load_policy(data_dir: Path, default_folder: Path) -> BackupPolicy:
    """The saved policy, or the defaults when there is none (or it cannot be read)."""
    try:
        raw = json.loads((data_dir / POLICY_FILE).read_text(encoding="utf-8"))
        folder = Path(raw.get("folder") or default_folder)
        keep = int(raw.get("keep", DEFAULT_KEEP))
    except (OSError, ValueError, TypeError, AttributeError):
        return BackupPolicy(default_folder)
    return BackupPolicy(folder, keep if keep >= 1 else DEFAULT_KEEP)


def save_policy(data_dir: Path, policy: BackupPolicy) -> None:
    if not 1 <= policy.keep <= 365:
        raise ValidationError("keep", tr("Keep between 1 and 365 copies."))
    if not str(policy.folder).strip():
        raise ValidationError("folder", tr("Choose a folder for the backups."))
    data_dir.mkdir(parents=True, exist_ok=True)
    _write_atomically(data_dir / POLICY_FILE, json.dumps(
        {"folder": str(policy.folder), "keep": policy.keep}, indent=2))


def list_backups(folder: Path, stem: str) -> list[BackupCopy]:
    """The copies of the database file named `stem`, newest first."""
    if not folder.is_dir():
        return []
    found = []
    for path in folder.glob(f"{stem}-*.db"):
        label, _, stamp = path.stem[len(stem) + 1:].rpartition("-")
        try:
            taken = datetime.strptime(stamp, STAMP_FORMAT).replace(tzinfo=UTC)
        except ValueError:
            continue  # not one of ours
        found.append(BackupCopy(path, taken, label, path.stat().st_size))
    return sorted(found, key=lambda c: c.taken_at, reverse=True)


def last_backup_at(folder: Path, stem: str) -> datetime | None:
    copies = list_backups(folder, stem)
    return copies[0].taken_at if copies else None


def backup_due(policy: BackupPolicy, db_path: Path, now: datetime | None = None) -> bool:
    """True when the newest copy is older than a day (or there is none)."""
    last = last_backup_at(policy.folder, db_path.stem)
    return last is None or (now or datetime.now(UTC)) - last >= DAILY


def back_up(db_path: Path, policy: BackupPolicy, label: str = "manual") -> Path:
    """A consistent copy of the live file, then only the newest `keep` copies are kept."""
    copy = _copy(db_path, policy, label)
    rotate(policy.folder, db_path.stem, policy.keep)
    return copy


def _copy(db_path: Path, policy: BackupPolicy, label: str) -> Path:
    if not db_path.is_file():
        raise UserFacingError(tr("There is no database file at {path} to back up."),
                              path=str(db_path))
    try:
        return backup_sqlite(db_path, policy.folder, label)
    except (OSError, sqlite3.Error) as exc:
        raise UserFacingError(tr("The backup could not be written to {folder}: {reason}"),
                              folder=str(policy.folder), reason=str(exc)) from exc


def back_up_if_due(db_path: Path, policy: BackupPolicy,
                   now: datetime | None = None) -> Path | None:
    """The daily copy: at start-up and from a timer while the program runs."""
    if not db_path.is_file() or not backup_due(policy, db_path, now):
        return None
    return back_up(db_path, policy, "daily")


def rotate(folder: Path, stem: str, keep: int) -> list[Path]:
    """Deletes all but the newest `keep` copies; returns what it deleted."""
    removed = []
    for old in list_backups(folder, stem)[keep:]:
        old.path.unlink(missing_ok=True)
        removed.append(old.path)
    return removed


def integrity_problems(path: Path) -> list[str]:
    """SQLite's own integrity check of a file; empty when it is sound."""
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            rows = [str(r[0]) for r in conn.execute("PRAGMA integrity_check")]
        finally:
            conn.close()
    except sqlite3.Error as exc:
        return [str(exc)]
    return [] if rows == ["ok"] else rows


def restore(copy: Path, db_path: Path, policy: BackupPolicy) -> Path:
    """Puts a copy back in place of the database file; returns the safety copy of the file as
    it was. The copy is checked first; the program must be restarted afterwards."""
    problems = integrity_problems(copy)
    if problems:
        raise UserFacingError(tr("{copy} is damaged and was not restored: {problem}"),
                              copy=copy.name, problem=problems[0])
    # Rotation waits until the copy is back: it may be the oldest one kept.
    safety = _copy(db_path, policy, "before-restore") if db_path.is_file() else None
    # Written through SQLite's backup API into the database itself (not a file copy), so
    # the WAL and any open connection see a whole database, never half of one.
    source = sqlite3.connect(f"file:{copy}?mode=ro", uri=True)
    try:
        target = sqlite3.connect(db_path, timeout=30)
        try:
            source.backup(target)
        finally:
            target.close()
    except sqlite3.Error as exc:
        raise UserFacingError(tr("The copy could not be put back: {reason}. Nothing was "
                                 "changed; close other OrderDesk windows and try again."),
                              reason=str(exc)) from exc
    finally:
        source.close()
    rotate(policy.folder, db_path.stem, policy.keep)
    return safety if safety is not None else copy


def _write_atomically(path: Path, text: str) -> None:
    temporary = path.with_suffix(path.suffix + ".tmp")
    temporary.write_text(text, encoding="utf-8")
    os.replace(temporary, path)
