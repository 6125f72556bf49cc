"""Where OrderDesk keeps its data and which database it opens: --db, then $ORDERDESK_DB_URL,
then the saved server profile (app/connection_profile.py), then the local file."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import platformdirs

APP_NAME = "OrderDesk"
DB_FILE_NAME = "orderdesk.db"
ENV_DB_URL = "ORDERDESK_DB_URL"
ENV_DATA_DIR = "ORDERDESK_DATA_DIR"  # tests and portable installs point this elsewhere


class StartupError(Exception):
    """The program cannot start as asked; the message is one line that says what to do."""


@dataclass(frozen=True)
class Config:
    db_url: str
    data_dir: Path
    source: str = "default"  # where db_url came from: argument, environment, profile, default

    @property
    def backup_dir(self) -> Path:
        """The default backup folder; the user may choose another (app/services/backups.py)."""
        return self.data_dir / "backups"

    @property
    def log_dir(self) -> Path:
        return log_dir()


def data_dir() -> Path:
    override = os.environ.get(ENV_DATA_DIR)
    if override:
        return Path(override).expanduser()
    # appauthor=False: one plain "OrderDesk" folder on Windows too, not "OrderDesk/OrderDesk".
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def log_dir() -> Path:
    """The platform's user log folder; beside the data when ORDERDESK_DATA_DIR moves it."""
    override = os.environ.get(ENV_DATA_DIR)
    if override:
        return Path(override).expanduser() / "logs"
    return Path(platformdirs.user_log_dir(APP_NAME, appauthor=False))


def default_db_url(directory: Path | None = None) -> str:
    return f"sqlite:///{(directory or data_dir()) / DB_FILE_NAME}"


def load_config(db_url: str | None = None) -> Config:
    """`db_url` from --db wins, then $ORDERDESK_DB_URL, then the saved server (its password
    from the keyring), then the local file in the data dir."""
    from app.connection_profile import saved_url

    directory = data_dir()
    if db_url:
        return Config(db_url, directory, "argument")
    if env := os.environ.get(ENV_DB_URL):
        return Config(env, directory, "environment")
    if saved := saved_url(directory):
        return Config(saved, directory, "profile")
    return Config(default_db_url(directory), directory, "default")
