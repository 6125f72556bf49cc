"""Logging in, and who the people at the desks are."""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.models import User
from app.models.enums import Role
from app.services import audit
from app.services.auth import Actor, authenticate, create_user, hash_password, require
from app.services.errors import NotFoundError, UserFacingError, ValidationError, tr
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


# -- managing users (admin: users.manage) -------------------------------------------------
ROLES: tuple[Role, ...] = tuple(Role)
MIN_PASSWORD = 8


@dataclass(frozen=True)
class UserRow:
    id: uuid.UUID
    username: str
    display_name: str
    role: Role
    active: bool


def list_users(uow: UnitOfWork, actor: Actor) -> list[UserRow]:
    require(actor, "users.manage")
    with uow:
        found = uow.session.scalars(select(User).order_by(User.username)).all()
        return [UserRow(u.id, u.username, u.display_name, u.role, u.active) for u in found]


def add_user(uow: UnitOfWork, actor: Actor, username: str, display_name: str, password: str,
             role: Role) -> uuid.UUID:
    require(actor, "users.manage")
    with uow:
        user_id = _create(uow.session, username, display_name, password, role)
        audit.record(uow.session, actor, "user", user_id, "create", None, role.value,
                     username=username.strip())
        uow.commit()
    return user_id


def create_first_admin(uow: UnitOfWork, username: str, display_name: str,
                       password: str) -> uuid.UUID:
    """The first-run wizard's admin; refused once any user exists (no actor to check)."""
    with uow:
        if uow.session.scalar(select(User.id).limit(1)) is not None:
            raise UserFacingError(tr("This database already has users; log in instead."))
        user_id = _create(uow.session, username, display_name, password, Role.ADMIN)
        audit.record(uow.session, None, "user", user_id, "create", None, Role.ADMIN.value,
                     username=username.strip(), first_run=True)
        uow.commit()
    return user_id


def change_role(uow: UnitOfWork, actor: Actor, user_id: uuid.UUID, role: Role) -> None:
    require(actor, "users.manage")
    with uow:
        user = _load(uow.session, user_id)
        if user.role is role:
            return
        if user.role is Role.ADMIN:
            _keep_an_admin(uow.session, user)
        before = user.role.value
        user.role = role
        audit.record(uow.session, actor, "user", user.id, "change_role", before, role.value)
        uow.commit()


def set_active(uow: UnitOfWork, actor: Actor, user_id: uuid.UUID, active: bool) -> None:
    """Deactivating keeps the user's history (orders, audit) but refuses their log-in."""
    require(actor, "users.manage")
    with uow:
        user = _load(uow.session, user_id)
        if user.active == active:
            return
        if not active:
            if user.id == actor.user_id:
                raise UserFacingError(tr("You cannot deactivate yourself."))
            if user.role is Role.ADMIN:
                _keep_an_admin(uow.session, user)
        user.active = active
        audit.record(uow.session, actor, "user", user.id,
                     "activate" if active else "deactivate",
                     "inactive" if active else "active", "active" if active else "inactive")
        uow.commit()


def reset_password(uow: UnitOfWork, actor: Actor, user_id: uuid.UUID, password: str) -> None:
    require(actor, "users.manage")
    _check_password(password)
    with uow:
        user = _load(uow.session, user_id)
        user.password_hash = hash_password(password)
        audit.record(uow.session, actor, "user", user.id, "reset_password")  # never the password
        uow.commit()


def _create(session: Session, username: str, display_name: str, password: str,
            role: Role) -> uuid.UUID:
    name = username.strip()
    if not name or len(name) > 60 or any(c.isspace() for c in name):
        raise ValidationError("username", tr("A user name is 1 to 60 characters without spaces."))
    if session.scalar(select(User.id).where(func.lower(User.username) == name.lower())):
        raise ValidationError("username", tr("The user name {name} is taken."), name=name)
    _check_password(password)
    return create_user(session, name, display_name.strip() or name, password, role)


def _check_password(password: str) -> None:
    if len(password) < MIN_PASSWORD:
        raise ValidationError("password", tr("A password needs at least 8 characters."))


def _load(session: Session, user_id: uuid.UUID) -> User:
    user = session.get(User, user_id)
    if user is None:
        raise NotFoundError(tr("This user no longer exists."))
    return user


def _keep_an_admin(session: Session, leaving: User) -> None:
    """Someone must always be able to manage users."""
    others = session.scalar(select(func.count(User.id)).where(
        User.role == Role.ADMIN, User.active, User.id != leaving.id))
    if not others:
        raise UserFacingError(tr("{name} is the last active administrator; make someone else "
                                 "an administrator first."), name=leaving.username)
