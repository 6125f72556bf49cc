"""What every screen is given: how to reach the services, who is working, and where."""

from __future__ import annotations

from dataclasses import dataclass

from app.services.auth import Actor, may
from app.services.unit_of_work import UowFactory


@dataclass(frozen=True)
class AppInfo:
    database: str  # "SQLite file /home/.../orderdesk.db" or "PostgreSQL user@host/db"
    site_code: str
    version: str
    shared: bool = False  # a PostgreSQL server several desks share (its reachability is shown)


@dataclass(frozen=True)
class AppContext:
    """Passed to each screen; screens call `ctx.uow()` once per service call."""

    uow: UowFactory
    actor: Actor
    info: AppInfo
    display_name: str = ""

    def may(self, action: str) -> bool:
        """Whether the user's role may perform a service action (auth.PERMISSIONS key)."""
        return may(self.actor, action)
