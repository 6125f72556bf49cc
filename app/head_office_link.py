"""A branch office's link to head office: the shared PostgreSQL server it syncs with
(docs/sync.md). Host, port, database and user in `head_office.json` in the data folder, the
password in the operating system's keyring (never in a file), under a key of its own so it
never mixes with a desk's own server profile (app/connection_profile.py).

A link only makes sense for a desk whose own database is a local SQLite file: the branch
works on its file while head office is out of reach. A desk on a shared server *is* a head
office desk (or one of its colleagues) and has nothing to sync.
"""

from __future__ import annotations

import contextlib
import json
import os
from dataclasses import asdict, dataclass
from pathlib import Path

from sqlalchemy import Engine

from app.connection_profile import (
    DEFAULT_PORT,
    ProfileError,
    ServerProfile,
    forget_password,
    lookup_password,
    store_password,
)
from app.services.database import make_engine
from app.services.unit_of_work import UowFactory, make_uow_factory

LINK_FILE = "head_office.json"
# Short: the background sync asks every minute, and an unreachable head office must turn
# into "offline" quickly (a desk's own server waits 10 s in app/bootstrap.py).
HEAD_OFFICE_CONNECT_TIMEOUT_S = 5


class LinkError(ProfileError):
    """The link cannot be read, stored or used as asked; the message says why."""


@dataclass(frozen=True)
class HeadOfficeLink(ServerProfile):
    """Head office's server as this branch reaches it (same fields as a server profile)."""

    @property
    def keyring_name(self) -> str:
        # "head-office:" keeps it apart from a desk profile of the same user and server.
        return f"head-office:{self.user}@{self.host}:{self.port}/{self.database}"

    @property
    def label(self) -> str:
        return f"{self.user}@{self.host}:{self.port}/{self.database}"


@dataclass
class HeadOffice:
    """An opened link: the engine (connects lazily, so an offline start costs nothing) and
    the unit-of-work factory the sync services take. Dispose of it when done."""

    link: HeadOfficeLink
    engine: Engine
    uow: UowFactory

    def dispose(self) -> None:
        self.engine.dispose()


def link_path(data_dir: Path) -> Path:
    return data_dir / LINK_FILE


def require_local_desk(desk_url: str) -> None:
    """Refuses a link for a desk that does not work on a local file."""
    from app.bootstrap import is_local_file

    if not is_local_file(desk_url):
        raise LinkError(
            "A head-office link is only for a branch that works on its own local file; "
            "this desk opens a shared server, which is head office itself. Start the branch "
            "on its local file (orderdesk --db sqlite:///path) and link it there.")


def load_link(data_dir: Path) -> HeadOfficeLink | None:
    path = link_path(data_dir)
    if not path.is_file():
        return None
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
        return HeadOfficeLink(host=str(raw["host"]), database=str(raw["database"]),
                              user=str(raw["user"]), port=int(raw.get("port", DEFAULT_PORT)))
    except (OSError, ValueError, KeyError, TypeError, AttributeError) as exc:
        raise LinkError(f"The saved head-office link {path} cannot be read ({exc}); delete "
                        "it or link the branch again in Settings.") from None


def save_link(data_dir: Path, link: HeadOfficeLink, password: str, *, desk_url: str) -> None:
    """Password to the keyring first: a link without its password could never sync. A link
    saved over another one forgets the old password."""
    require_local_desk(desk_url)
    if not link.host or not link.database or not link.user:
        raise LinkError("Head office's server, database and user are all needed.")
    with contextlib.suppress(LinkError):
        old = load_link(data_dir)
        if old is not None and old.keyring_name != link.keyring_name:
            forget_password(old)
    try:
        store_password(link, password)
    except ProfileError as exc:
        raise LinkError(str(exc)) from None
    path = link_path(data_dir)
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_suffix(".tmp")
    temporary.write_text(json.dumps(asdict(link), indent=2), encoding="utf-8")
    os.replace(temporary, path)  # never a half-written link


def remove_link(data_dir: Path) -> None:
    """The branch stops syncing; its work stays in its file. The password leaves the keyring."""
    with contextlib.suppress(LinkError):
        if (old := load_link(data_dir)) is not None:
            forget_password(old)
    link_path(data_dir).unlink(missing_ok=True)


def link_password(link: HeadOfficeLink) -> str:
    return lookup_password(link) or ""


def link_url(link: HeadOfficeLink, password: str | None = None) -> str:
    """The SQLAlchemy URL (password from the keyring unless given), kept in memory only."""
    return link.url(link_password(link) if password is None else password)


def open_head_office(url: str, link: HeadOfficeLink | None = None) -> HeadOffice:
    """Head office's unit-of-work factory with a short connect timeout. Nothing connects
    here: the first sync does, and an unreachable server is then reported as offline."""
    from sqlalchemy.engine import make_url

    parsed = make_url(url)
    if parsed.get_backend_name() != "postgresql":
        raise LinkError(f"Head office is a PostgreSQL server, not {parsed.get_backend_name()}.")
    engine = make_engine(url, connect_args={"connect_timeout": HEAD_OFFICE_CONNECT_TIMEOUT_S})
    if link is None:
        link = HeadOfficeLink(host=parsed.host or "localhost", database=parsed.database or "",
                              user=parsed.username or "", port=parsed.port or DEFAULT_PORT)
    return HeadOffice(link, engine, make_uow_factory(engine))


def open_saved_link(data_dir: Path, desk_url: str) -> HeadOffice | None:
    """The saved link, opened; None when this desk has none (or is not on a local file)."""
    from app.bootstrap import is_local_file

    if not is_local_file(desk_url):
        return None
    link = load_link(data_dir)
    return None if link is None else open_head_office(link_url(link), link)


__all__ = ["HEAD_OFFICE_CONNECT_TIMEOUT_S", "LINK_FILE", "HeadOffice", "HeadOfficeLink",
           "LinkError", "link_path", "link_url", "load_link", "open_head_office",
           "open_saved_link", "remove_link", "require_local_desk", "save_link"]
