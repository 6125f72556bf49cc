"""The shared server this desk opens: host, port, database and user in a JSON file in the data
folder, the password in the operating system's keyring (never in a file).

At start-up the order is: --db, then $ORDERDESK_DB_URL, then this saved profile, then the
local file (app/config.py).
"""

from __future__ import annotations

import contextlib
import json
import os
from dataclasses import asdict, dataclass
from pathlib import Path

from app.config import StartupError

PROFILE_FILE = "connection.json"
KEYRING_SERVICE = "OrderDesk"
DEFAULT_PORT = 5432


class ProfileError(StartupError):
    """The profile or its password cannot be read or stored; the message says why."""


@dataclass(frozen=True)
class ServerProfile:
    host: str
    database: str
    user: str
    port: int = DEFAULT_PORT

    @property
    def keyring_name(self) -> str:
        """One keyring entry per user and server, so two profiles never share a password."""
        return f"{self.user}@{self.host}:{self.port}/{self.database}"

    def url(self, password: str | None) -> str:
        """The SQLAlchemy URL, password included (kept in memory only)."""
        from sqlalchemy.engine import URL

        return URL.create("postgresql+psycopg", username=self.user, password=password or None,
                          host=self.host, port=self.port, database=self.database,
                          ).render_as_string(hide_password=False)


def profile_path(data_dir: Path) -> Path:
    return data_dir / PROFILE_FILE


def load_profile(data_dir: Path) -> ServerProfile | None:
    """The saved server, or None for the local file (no profile, or one that says local)."""
    path = profile_path(data_dir)
    if not path.is_file():
        return None
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
        if raw.get("kind") != "server":
            return None
        return ServerProfile(host=str(raw["host"]), database=str(raw["database"]),
                             user=str(raw["user"]), port=int(raw.get("port", DEFAULT_PORT)))
    except (OSError, ValueError, KeyError, TypeError, AttributeError) as exc:
        raise ProfileError(f"The saved connection {path} cannot be read ({exc}); delete it "
                           "or start with --db URL.") from None


def save_server_profile(data_dir: Path, profile: ServerProfile, password: str) -> None:
    """Password to the keyring first: a profile without its password would fail to start."""
    store_password(profile, password)
    _write(profile_path(data_dir), {"kind": "server", **asdict(profile)})


def save_local_profile(data_dir: Path) -> None:
    """Back to the local file; the old server's password leaves the keyring."""
    try:
        old = load_profile(data_dir)
    except ProfileError:
        old = None
    if old is not None:
        forget_password(old)
    _write(profile_path(data_dir), {"kind": "local"})


def store_password(profile: ServerProfile, password: str) -> None:
    import keyring
    from keyring.errors import KeyringError

    try:
        keyring.set_password(KEYRING_SERVICE, profile.keyring_name, password)
    except (KeyringError, RuntimeError) as exc:
        raise ProfileError(
            f"The password cannot be stored in this computer's keyring ({exc}). Install or "
            "unlock a keyring (e.g. GNOME Keyring, KWallet), or set ORDERDESK_DB_URL.") from None


def lookup_password(profile: ServerProfile) -> str | None:
    import keyring
    from keyring.errors import KeyringError

    try:
        return keyring.get_password(KEYRING_SERVICE, profile.keyring_name)
    except (KeyringError, RuntimeError):
        return None


def forget_password(profile: ServerProfile) -> None:
    import keyring
    from keyring.errors import KeyringError, PasswordDeleteError

    # Nothing stored, or no keyring: nothing to forget.
    with contextlib.suppress(PasswordDeleteError, KeyringError, RuntimeError):
        keyring.delete_password(KEYRING_SERVICE, profile.keyring_name)


def saved_url(data_dir: Path) -> str | None:
    """The saved server's URL with its password from the keyring; None for the local file."""
    profile = load_profile(data_dir)
    if profile is None:
        return None
    return profile.url(lookup_password(profile))


def _write(path: Path, data: dict[str, object]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_suffix(".tmp")
    temporary.write_text(json.dumps(data, indent=2), encoding="utf-8")
    os.replace(temporary, path)
