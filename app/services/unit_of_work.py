"""One unit of work per user action: commit whole, or roll back and tell the user."""

from __future__ import annotations

from collections.abc import Callable
from types import TracebackType

from sqlalchemy import Engine
from sqlalchemy.exc import DBAPIError, IntegrityError, OperationalError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.orm.exc import StaleDataError

from app.services import (
    change_log,  # noqa: F401  (installs the sync change log)
    immutability,  # noqa: F401  (installs the posted-document guard)
    site_ownership,  # (installs the guard on records another site owns)
)
from app.services.errors import (
    ConflictError,
    DatabaseRuleError,
    DatabaseUnavailableError,
    tr,
)


def _lost_connection(exc: OperationalError) -> bool:
    """A dropped or refused connection; on a server every OperationalError is one (psycopg
    raises it for a refused connect too), on SQLite only an invalidated connection."""
    if exc.connection_invalidated:
        return True
    module = type(exc.orig).__module__ if exc.orig is not None else ""
    return module.startswith("psycopg")


class UnitOfWork:
    """`with uow:` opens a transaction; `uow.commit()` ends it; anything else rolls back.

    `write=True` takes the SQLite write lock at BEGIN; PostgreSQL services lock rows with
    SELECT ... FOR UPDATE where they must.
    """

    session: Session

    def __init__(self, session_factory: sessionmaker[Session], *, write: bool = True,
                 site_cache: dict[str, str] | None = None) -> None:
        self._session_factory = session_factory
        self._write = write
        # The site code is fixed per installation; reading it once per process saves a query
        # in nearly every action.
        self._site_cache = {} if site_cache is None else site_cache

    def __enter__(self) -> UnitOfWork:
        self.session = self._session_factory()
        self.session.info[site_ownership.SITE_CACHE] = self._site_cache
        if self._write:
            try:
                self.session.connection(execution_options={"sqlite_begin": "IMMEDIATE"})
            except OperationalError as exc:
                # __exit__ does not run when __enter__ fails: close and translate here.
                self.session.close()
                if _lost_connection(exc):
                    raise DatabaseUnavailableError() from exc
                raise
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        try:
            self.session.rollback()
        finally:
            self.session.close()
        if isinstance(exc, OperationalError) and _lost_connection(exc):
            raise DatabaseUnavailableError() from exc

    def commit(self) -> None:
        try:
            self.session.commit()
        except StaleDataError as exc:
            raise ConflictError(
                tr("Someone else changed this record while you were working on it. "
                   "Reload it and make your change again.")
            ) from exc
        except IntegrityError as exc:
            raise DatabaseRuleError(
                tr("The change was refused by a database rule ({rule}); nothing was saved."),
                rule=_constraint_name(exc),
            ) from exc
        except OperationalError as exc:
            raise DatabaseUnavailableError() from exc

    def writing(self) -> UnitOfWork:
        """A unit of work on the same database that takes SQLite's write lock at BEGIN: for
        maintenance a read path must do (derived_facts), since a read transaction upgraded
        to a write can fail at once when another desk wrote meanwhile."""
        return UnitOfWork(self._session_factory, write=True, site_cache=self._site_cache)

    @property
    def site_code(self) -> str:
        if "site_code" not in self._site_cache:
            from app.services.settings import get_site_code

            self._site_cache["site_code"] = get_site_code(self.session)
        return self._site_cache["site_code"]


def _constraint_name(exc: DBAPIError) -> str:
    diag = getattr(exc.orig, "diag", None)
    name = getattr(diag, "constraint_name", None)
    return name or str(exc.orig).splitlines()[0][:120]


UowFactory = Callable[..., UnitOfWork]


def make_uow_factory(engine: Engine) -> UowFactory:
    factory = sessionmaker(engine, expire_on_commit=False)
    site_cache: dict[str, str] = {}

    def new_uow(*, write: bool = True) -> UnitOfWork:
        return UnitOfWork(factory, write=write, site_cache=site_cache)

    return new_uow
