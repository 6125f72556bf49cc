"""Backups of the local file: rotation, restore round trip, a consistent copy while writing."""

from __future__ import annotations

import sqlite3
import threading
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from app.services import backups
from app.services.backups import BackupPolicy
from app.services.errors import UserFacingError


def make_db(path: Path, rows: int = 3) -> Path:
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("CREATE TABLE t (id INTEGER PRIMARY KEY, v TEXT)")
    conn.executemany("INSERT INTO t (v) VALUES (?)", [(f"row {i}",) for i in range(rows)])
    conn.commit()
    conn.close()
    return path


def count(path: Path) -> int:
    conn = sqlite3.connect(path)
    try:
        return int(conn.execute("SELECT count(*) FROM t").fetchone()[0])
    finally:
        conn.close()


def test_rotation_keeps_the_newest_n(tmp_path: Path) -> None:
    db = make_db(tmp_path / "orderdesk.db")
    policy = BackupPolicy(tmp_path / "copies", keep=3)
    made = [backups.back_up(db, policy) for _ in range(5)]
    left = backups.list_backups(policy.folder, "orderdesk")
    assert [c.path for c in left] == list(reversed(made[-3:]))
    assert all(c.label == "manual" for c in left)
    assert not made[0].exists() and not made[1].exists()


def test_daily_backup_only_when_the_last_is_a_day_old(tmp_path: Path) -> None:
    db = make_db(tmp_path / "orderdesk.db")
    policy = BackupPolicy(tmp_path / "copies")
    first = backups.back_up_if_due(db, policy)
    assert first is not None and "-daily-" in first.name
    assert backups.back_up_if_due(db, policy) is None  # taken moments ago
    tomorrow = datetime.now(UTC) + timedelta(days=1, minutes=1)
    assert backups.back_up_if_due(db, policy, now=tomorrow) is not None


def test_restore_round_trip_keeps_a_safety_copy(tmp_path: Path) -> None:
    db = make_db(tmp_path / "orderdesk.db", rows=3)
    policy = BackupPolicy(tmp_path / "copies")
    copy = backups.back_up(db, policy)
    conn = sqlite3.connect(db)
    conn.execute("INSERT INTO t (v) VALUES ('after the backup')")
    conn.commit()
    assert count(db) == 4
    safety = backups.restore(copy, db, policy)
    assert count(db) == 3  # back to the copy, read through a fresh connection
    conn.close()
    assert "before-restore" in safety.name and count(safety) == 4
    assert backups.integrity_problems(db) == []


def test_a_damaged_copy_is_refused_and_nothing_changes(tmp_path: Path) -> None:
    db = make_db(tmp_path / "orderdesk.db", rows=3)
    policy = BackupPolicy(tmp_path / "copies")
    bad = policy.folder / "orderdesk-manual-20260101T000000000000.db"
    policy.folder.mkdir()
    bad.write_bytes(b"SQLite format 3\x00" + b"\x00" * 200)
    with pytest.raises(UserFacingError, match="damaged"):
        backups.restore(bad, db, policy)
    assert count(db) == 3


def test_backup_of_a_database_being_written_is_consistent(tmp_path: Path) -> None:
    """A writer inserts two rows and bumps a counter per transaction, as fast as it can; every
    copy taken meanwhile passes the integrity check and holds whole transactions only."""
    db = tmp_path / "orderdesk.db"
    conn = sqlite3.connect(db)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("CREATE TABLE t (id INTEGER PRIMARY KEY, v TEXT)")
    conn.execute("CREATE TABLE n (total INTEGER)")
    conn.execute("INSERT INTO n VALUES (0)")
    conn.commit()
    conn.close()
    stop = threading.Event()
    written = [0]

    def writer() -> None:
        w = sqlite3.connect(db, timeout=30)
        while not stop.is_set():
            with w:
                w.execute("INSERT INTO t (v) VALUES (?)", ("x" * 500,))
                w.execute("INSERT INTO t (v) VALUES (?)", ("y" * 500,))
                w.execute("UPDATE n SET total = total + 2")
            written[0] += 1
        w.close()

    thread = threading.Thread(target=writer)
    thread.start()
    policy = BackupPolicy(tmp_path / "copies", keep=50)
    while written[0] < 3:
        stop.wait(0.01)
    before = written[0]
    try:
        copies = [backups.back_up(db, policy) for _ in range(8)]
        during = written[0] - before
    finally:
        stop.set()
        thread.join()
    assert during > 0, "the writer must really have been writing during the backups"
    totals = []
    for copy in copies:
        assert backups.integrity_problems(copy) == []
        c = sqlite3.connect(copy)
        rows = c.execute("SELECT count(*) FROM t").fetchone()[0]
        total = c.execute("SELECT total FROM n").fetchone()[0]
        c.close()
        assert rows == total and rows % 2 == 0
        totals.append(total)
    assert totals == sorted(totals) and totals[-1] > 0


def test_policy_saved_and_loaded(tmp_path: Path) -> None:
    default = tmp_path / "backups"
    assert backups.load_policy(tmp_path, default) == BackupPolicy(default, 14)
    backups.save_policy(tmp_path, BackupPolicy(tmp_path / "elsewhere", 5))
    assert backups.load_policy(tmp_path, default) == BackupPolicy(tmp_path / "elsewhere", 5)
    with pytest.raises(UserFacingError):
        backups.save_policy(tmp_path, BackupPolicy(tmp_path, 0))


def test_start_up_backup_follows_the_saved_policy(tmp_path: Path) -> None:
    from app.bootstrap import daily_backup
    from app.config import Config

    db = make_db(tmp_path / "orderdesk.db")
    data = tmp_path / "data"
    backups.save_policy(data, BackupPolicy(tmp_path / "chosen", keep=3))
    config = Config(f"sqlite:///{db}", data)
    first = daily_backup(config)
    assert first is not None and first.parent == tmp_path / "chosen"
    assert daily_backup(config) is None  # one a day
    assert daily_backup(Config("postgresql+psycopg://u@h/db", data)) is None  # server: not ours


def test_restoring_the_oldest_kept_copy_when_the_folder_is_full(tmp_path: Path) -> None:
    db = make_db(tmp_path / "orderdesk.db", rows=1)
    policy = BackupPolicy(tmp_path / "copies", keep=2)
    oldest = backups.back_up(db, policy)
    conn = sqlite3.connect(db)
    conn.execute("INSERT INTO t (v) VALUES ('later')")
    conn.commit()
    conn.close()
    backups.back_up(db, policy)
    backups.restore(oldest, db, policy)  # the safety copy must not rotate `oldest` away first
    assert count(db) == 1
    assert len(backups.list_backups(policy.folder, "orderdesk")) == 2
