"""Where OrderDesk keeps its data and which database it opens (command line > env > default)."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import platformdirs

APP_NAME = "OrderDesk"
DB_FILE_NAME = "orderdesk.db"
ENV_DB_URL = "ORDERDESK_DB_URL"
ENV_DATA_DIR = "ORDERDESK_DATA_DIR"  # tests and portable installs point this elsewhere


@dataclass(frozen=True)
class Config:
    db_url: str
    data_dir: Path

    @property
    def backup_dir(self) -> Path:
        return self.data_dir / "backups"


def data_dir() -> Path:
    override = os.environ.get(ENV_DATA_DIR)
    if override:
        return Path(override).expanduser()
    # appauthor=False: one plain "OrderDesk" folder on Windows too, not "OrderDesk/OrderDesk".
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def default_db_url(directory: Path | None = None) -> str:
    return f"sqlite:///{(directory or data_dir()) / DB_FILE_NAME}"


def load_config(db_url: str | None = None) -> Config:
    """`db_url` from --db wins, then $ORDERDESK_DB_URL, then the local file in the data dir."""
    directory = data_dir()
    url = db_url or os.environ.get(ENV_DB_URL) or default_db_url(directory)
    return Config(db_url=url, data_dir=directory)
