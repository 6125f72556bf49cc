"""Schema upgrades through Alembic, and the backup of a local SQLite file before one."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine

MIGRATIONS = Path(__file__).resolve().parent.parent / "models" / "migrations"


def alembic_config(engine: Engine) -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.attributes["engine"] = engine
    return config


def head_revision() -> str:
    head = ScriptDirectory(str(MIGRATIONS)).get_current_head()
    assert head is not None
    return head


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def needs_upgrade(engine: Engine) -> bool:
    return current_revision(engine) != head_revision()


def upgrade(engine: Engine) -> None:
    """Brings the schema to the newest revision, in one transaction where the backend allows.

    SQLite alters a table by copying it and dropping the old one, which foreign keys forbid
    while rows point at it. As SQLite's own ALTER TABLE procedure says: switch them off
    (only possible outside a transaction), migrate, run PRAGMA foreign_key_check before the
    commit, and switch them on again. A violation rolls the whole upgrade back.
    """
    config = alembic_config(engine)
    sqlite = engine.dialect.name == "sqlite"
    with engine.connect() as conn:
        if sqlite:
            conn.connection.driver_connection.execute("PRAGMA foreign_keys=OFF")
        try:
            with conn.begin():
                config.attributes["connection"] = conn
                command.upgrade(config, "head")
                if sqlite:
                    broken = conn.exec_driver_sql("PRAGMA foreign_key_check").all()
                    if broken:
                        raise RuntimeError(f"the upgrade would break foreign keys: {broken[:5]}")
        finally:
            if sqlite:
                conn.connection.driver_connection.execute("PRAGMA foreign_keys=ON")


def backup_sqlite(db_path: Path, backup_dir: Path, label: str = "backup") -> Path:
    """Copies a live SQLite file with SQLite's online backup API (safe while it is open)."""
    backup_dir.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%f")
    target = backup_dir / f"{db_path.stem}-{label}-{stamp}.db"
    source = sqlite3.connect(db_path)
    try:
        dest = sqlite3.connect(target)
        with dest:
            source.backup(dest)
        dest.close()
    finally:
        source.close()
    return target


def upgrade_local(engine: Engine, backup_dir: Path) -> Path | None:
    """At start-up: an existing, older local file is backed up first, then upgraded."""
    db_file = engine.url.database
    backup = None
    if current_revision(engine) is not None and needs_upgrade(engine) and db_file:
        backup = backup_sqlite(Path(db_file), backup_dir, "pre-upgrade")
    if needs_upgrade(engine):
        upgrade(engine)
    return backup


__all__ = ["backup_sqlite", "current_revision", "head_revision", "needs_upgrade", "upgrade",
           "upgrade_local"]
