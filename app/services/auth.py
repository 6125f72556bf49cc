"""Who is acting and what their role may do; password hashing with scrypt (stdlib)."""

from __future__ import annotations

import hashlib
import hmac
import secrets
import uuid
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.models import User
from app.models.enums import Role
from app.services.errors import PermissionDeniedError, UserFacingError, tr

R = Role
# Which roles may perform each action. Admin may do everything; the manager sees and
# overrides but posting money stays with finance.
PERMISSIONS: dict[str, frozenset[Role]] = {
    "order.enter": frozenset({R.SALES, R.SERVICE, R.MANAGER}),
    "order.confirm": frozenset({R.SERVICE, R.SALES, R.MANAGER}),
    "order.amend": frozenset({R.SALES, R.SERVICE, R.MANAGER}),
    "order.cancel": frozenset({R.SALES, R.SERVICE, R.MANAGER}),
    "credit.override": frozenset({R.FINANCE, R.MANAGER}),
    "customer.edit": frozenset({R.SALES, R.SERVICE, R.FINANCE, R.MANAGER}),
    "customer.credit": frozenset({R.FINANCE, R.MANAGER}),
    "product.edit": frozenset({R.MANAGER, R.WAREHOUSE}),
    "stock.allocate": frozenset({R.SERVICE, R.WAREHOUSE, R.MANAGER, R.SALES}),
    "stock.adjust": frozenset({R.WAREHOUSE, R.MANAGER}),
    "production.manage": frozenset({R.WAREHOUSE, R.MANAGER}),
    "warehouse.pick": frozenset({R.WAREHOUSE, R.MANAGER}),
    "warehouse.pack": frozenset({R.WAREHOUSE, R.MANAGER}),
    "warehouse.ship": frozenset({R.WAREHOUSE, R.MANAGER}),
    "delivery.record": frozenset({R.WAREHOUSE, R.SERVICE, R.MANAGER}),
    "invoice.manage": frozenset({R.FINANCE, R.MANAGER}),
    "invoice.post": frozenset({R.FINANCE}),
    "payment.record": frozenset({R.FINANCE}),
    "period.close": frozenset({R.FINANCE, R.MANAGER}),
    "complaint.record": frozenset({R.SERVICE, R.SALES, R.MANAGER}),
    "complaint.resolve": frozenset({R.SERVICE, R.MANAGER}),
    "settings.manage": frozenset({R.MANAGER}),
    "data.import": frozenset({R.MANAGER}),  # bulk import of customers, products, stock, orders
    "data.export": frozenset({R.MANAGER, R.FINANCE}),
    "users.manage": frozenset(),
}


@dataclass(frozen=True)
class Actor:
    user_id: uuid.UUID
    username: str
    role: Role


def may(actor: Actor, action: str) -> bool:
    return actor.role is Role.ADMIN or actor.role in PERMISSIONS[action]


def require(actor: Actor, action: str) -> None:
    """Raises unless the actor's role may perform `action`; services call it first."""
    if not may(actor, action):
        raise PermissionDeniedError(
            tr("Your role ({role}) may not do this ({action}). Ask a manager."),
            role=actor.role.value, action=action,
        )


_SCRYPT_N, _SCRYPT_R, _SCRYPT_P = 2**14, 8, 1


def hash_password(password: str) -> str:
    salt = secrets.token_bytes(16)
    digest = hashlib.scrypt(password.encode(), salt=salt, n=_SCRYPT_N, r=_SCRYPT_R, p=_SCRYPT_P)
    return f"scrypt${_SCRYPT_N}${_SCRYPT_R}${_SCRYPT_P}${salt.hex()}${digest.hex()}"


def verify_password(password: str, stored: str) -> bool:
    try:
        scheme, n, r, p, salt_hex, digest_hex = stored.split("$")
    except ValueError:
        return False
    if scheme != "scrypt":
        return False
    digest = hashlib.scrypt(
        password.encode(), salt=bytes.fromhex(salt_hex), n=int(n), r=int(r), p=int(p)
    )
    return hmac.compare_digest(digest.hex(), digest_hex)


def create_user(
    session: Session, username: str, display_name: str, password: str, role: Role
) -> uuid.UUID:
    if len(password) < 8:
        raise UserFacingError(tr("A password needs at least 8 characters."))
    user = User(
        username=username, display_name=display_name,
        password_hash=hash_password(password), role=role,
    )
    session.add(user)
    session.flush()
    return user.id


def authenticate(session: Session, username: str, password: str) -> Actor:
    user = session.scalar(select(User).where(User.username == username, User.active))
    if user is None or not verify_password(password, user.password_hash):
        raise UserFacingError(tr("Unknown user name or wrong password."))
    return Actor(user.id, user.username, user.role)
