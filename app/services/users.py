"""Logging in, and who the people at the desks are."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select

from app.models import User
from app.services.auth import Actor, authenticate
from app.services.unit_of_work import UnitOfWork


@dataclass(frozen=True)
class LoggedIn:
    actor: Actor
    display_name: str


def log_in(uow: UnitOfWork, username: str, password: str) -> LoggedIn:
    """The actor for a user name and password; UserFacingError if either is wrong."""
    with uow:
        actor = authenticate(uow.session, username.strip(), password)
        name = uow.session.scalar(select(User.display_name).where(User.id == actor.user_id))
    return LoggedIn(actor, name or actor.username)


def has_users(uow: UnitOfWork) -> bool:
    """False on a brand-new database: the first-run wizard creates the first admin."""
    with uow:
        return uow.session.scalar(select(User.id).limit(1)) is not None


def ping(uow: UnitOfWork) -> None:
    """A trivial read: raises DatabaseUnavailableError when the server cannot be reached."""
    with uow:
        uow.session.scalar(select(1))
