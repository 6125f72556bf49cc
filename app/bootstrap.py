"""The one place that builds real objects: config, engine, schema, unit of work, Qt app, window."""

from __future__ import annotations

import os
import sys
import time
from dataclasses import dataclass
from pathlib import Path

from alembic.util import CommandError
from sqlalchemy import Engine
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError, DBAPIError, NoSuchModuleError

from app import __version__
from app.config import Config, StartupError, default_db_url
from app.services import schema
from app.services.backups import BackupPolicy, back_up_if_due, load_policy
from app.services.database import make_engine
from app.services.unit_of_work import UowFactory, make_uow_factory

PG_CONNECT_TIMEOUT_S = 10
DEMO_ORDERS = 60

__all__ = ["StartupError"]  # defined in app.config (the saved profile raises it too)


@dataclass(frozen=True)
class UpgradeResult:
    before: str | None
    after: str
    backup: Path | None


def describe_url(url: str) -> str:
    """A label for people: the SQLite file path or the server, never the password."""
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        if parsed.database in (None, "", ":memory:"):
            return "SQLite in memory"
        return f"SQLite file {Path(parsed.database).resolve()}"
    user = f"{parsed.username}@" if parsed.username else ""
    port = f":{parsed.port}" if parsed.port else ""
    return f"PostgreSQL {user}{parsed.host or 'localhost'}{port}/{parsed.database or ''}"


def _parse(url: str) -> URL:
    try:
        parsed = make_url(url)
    except ArgumentError:
        raise StartupError(
            f"{url!r} is not a database URL; use sqlite:///path/to/orderdesk.db "
            "or postgresql+psycopg://user@host/dbname") from None
    if parsed.get_backend_name() not in ("sqlite", "postgresql"):
        raise StartupError(
            f"OrderDesk works with SQLite and PostgreSQL, not {parsed.get_backend_name()!r}.")
    return parsed


def is_local_file(url: str) -> bool:
    try:
        parsed = make_url(url)
    except ArgumentError:
        return False
    return parsed.get_backend_name() == "sqlite" and parsed.database not in (None, "", ":memory:")


def local_file_path(url: str) -> Path | None:
    """The SQLite file behind a URL (None for a server or memory)."""
    return Path(str(make_url(url).database)).expanduser().resolve() if is_local_file(url) else None


def open_engine(url: str, *, create_folder: bool = False, must_exist: bool = False) -> Engine:
    """An engine whose first connection has already succeeded, or a StartupError saying why.

    `must_exist`: a missing SQLite file is an error instead of a new empty database.
    """
    parsed = _parse(url)
    label = describe_url(url)
    if is_local_file(url):
        path = Path(str(parsed.database)).expanduser().resolve()
        if create_folder:
            path.parent.mkdir(parents=True, exist_ok=True)
        elif not path.parent.is_dir():
            raise StartupError(f"Cannot open {label}: the folder {path.parent} does not exist.")
        if must_exist and not path.is_file():
            raise StartupError(f"Cannot open {label}: there is no such file.")
    options = {} if parsed.get_backend_name() == "sqlite" else {
        "connect_args": {"connect_timeout": PG_CONNECT_TIMEOUT_S}}
    try:
        engine = make_engine(url, **options)
    except (NoSuchModuleError, ImportError) as exc:
        raise StartupError(f"Cannot open {label}: no driver for it ({exc}).") from None
    try:
        with engine.connect():
            pass
    except DBAPIError as exc:
        engine.dispose()
        reason = str(exc.orig).strip().splitlines()[0] if exc.orig else type(exc).__name__
        raise StartupError(f"Cannot open {label}: {reason}") from None
    return engine


def require_current_schema(engine: Engine) -> None:
    """A shared database is upgraded on purpose (orderdesk migrate), never as a side effect."""
    current, head = schema.current_revision(engine), schema.head_revision()
    if current != head:
        found = f"schema {current}" if current else "no OrderDesk schema"
        raise StartupError(
            f"{describe_url(engine.url.render_as_string(hide_password=False))} has {found}, "
            f"this OrderDesk needs {head}: run orderdesk migrate --db URL first.")


def upgrade_database(engine: Engine, config: Config) -> UpgradeResult:
    """Brings the schema to head; a local file that already holds data is backed up first."""
    before = schema.current_revision(engine)
    backup = None
    try:
        if is_local_file(engine.url.render_as_string(hide_password=False)):
            backup = schema.upgrade_local(engine, backup_policy(config).folder)
        else:
            schema.upgrade(engine)
    except CommandError as exc:
        # Typically a revision this version does not know: a newer OrderDesk wrote the file.
        raise StartupError(
            f"Cannot upgrade the schema: {exc}. Is this OrderDesk older than the database?"
        ) from None
    return UpgradeResult(before, schema.head_revision(), backup)


def prepare_database(config: Config) -> Engine:
    """For the GUI: local files are upgraded (after a backup); servers must already be current."""
    local = is_local_file(config.db_url)
    try:
        engine = open_engine(config.db_url, create_folder=local and is_default(config))
    except StartupError as exc:
        if config.source != "profile":
            raise
        raise StartupError(f"{exc} (the saved connection; start with --db URL to open "
                           "another database and change it in Settings)") from None
    if local or engine.dialect.name == "sqlite":
        upgrade_database(engine, config)
    else:
        require_current_schema(engine)
    return engine


@dataclass(frozen=True)
class DatabaseCheck:
    """What "Test connection" found on a server (or in a file)."""

    label: str
    revision: str | None
    head: str
    has_users: bool

    @property
    def needs_schema(self) -> bool:
        return self.revision != self.head


@dataclass(frozen=True)
class OpenedDatabase:
    engine: Engine
    uow: UowFactory
    label: str
    shared: bool


def check_database(url: str) -> DatabaseCheck:
    """Connects once and reports the schema and whether anyone can log in; StartupError (its
    one-line reason: unknown host, refused, wrong password) when it cannot connect."""
    from app.services.users import has_users

    engine = open_engine(url)
    try:
        revision, head = schema.current_revision(engine), schema.head_revision()
        users = revision is not None and has_users(make_uow_factory(engine)(write=False))
    finally:
        engine.dispose()
    return DatabaseCheck(describe_url(url), revision, head, users)


def open_database(url: str, config: Config, *, upgrade: bool) -> OpenedDatabase:
    """The database the first-run wizard chose, schema brought to head when `upgrade`."""
    local = is_local_file(url)
    engine = open_engine(url, create_folder=local)
    try:
        if upgrade or local:
            upgrade_database(engine, config)
        else:
            require_current_schema(engine)
    except Exception:
        engine.dispose()
        raise
    return OpenedDatabase(engine, make_uow_factory(engine), describe_url(url), not local)


def backup_policy(config: Config) -> BackupPolicy:
    return load_policy(config.data_dir, config.backup_dir)


def daily_backup(config: Config) -> Path | None:
    """At start-up: a local file whose newest copy is older than a day is copied now."""
    path = local_file_path(config.db_url)
    return back_up_if_due(path, backup_policy(config)) if path else None


def is_default(config: Config) -> bool:
    """Only the default location's folder is created; a mistyped --db path is refused."""
    return config.db_url == default_db_url(config.data_dir)


def fill_demo_if_empty(uow_factory: UowFactory) -> object | None:
    """`orderdesk --demo`: a database without orders gets demo data; one with orders is kept."""
    from app.services.order_queries import list_orders

    if list_orders(uow_factory(write=False), limit=1):
        return None
    from app.services.demo import fill_demo

    return fill_demo(uow_factory, orders=DEMO_ORDERS, seed=1)


def format_demo_summary(summary: object) -> str:
    """One short paragraph about what `fill_demo` added, with the demo users' password."""
    from app.services.demo import DEMO_PASSWORD

    orders = getattr(summary, "orders", {})
    stages = ", ".join(f"{count} {stage}" for stage, count in orders.items())
    users = ", ".join(getattr(summary, "users", {}))
    return (f"Demo data added: {getattr(summary, 'customers', 0)} customers, "
            f"{getattr(summary, 'products', 0)} products, {sum(orders.values())} orders "
            f"({stages}).\nDemo users: {users} (password: {DEMO_PASSWORD}).")


def site_code(uow_factory: UowFactory) -> str:
    with uow_factory(write=False) as uow:
        return uow.site_code


def _daily_backup_logged(config: Config) -> None:
    import logging

    from app.services.errors import UserFacingError

    try:
        if copy := daily_backup(config):
            logging.getLogger("orderdesk").info("Daily backup written to %s", copy)
    except UserFacingError as exc:  # a full disk must not stop the day's work
        logging.getLogger("orderdesk").warning("Daily backup failed: %s", exc)


def _check_display() -> None:
    # Without a display Qt aborts the whole process from C++; say how to run headless instead.
    if sys.platform.startswith("linux") and not os.environ.get("QT_QPA_PLATFORM") and not (
            os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
        raise StartupError("No display found. To run without one, set QT_QPA_PLATFORM=offscreen.")


def run_gui(config: Config, *, demo: bool = False, smoke: bool = False) -> int:
    """Builds everything and runs the Qt event loop; `smoke` quits after the first paint."""
    started = time.perf_counter()
    _check_display()
    engine = prepare_database(config)
    uow_factory = make_uow_factory(engine)
    if demo and (summary := fill_demo_if_empty(uow_factory)) is not None:
        print(format_demo_summary(summary))
    from PySide6.QtWidgets import QApplication

    from app.views.context import AppInfo
    from app.views.session import DesktopSession
    from app.views.support.logging_setup import install_logging

    install_logging(config.log_dir)
    _daily_backup_logged(config)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("OrderDesk")
    app.setApplicationVersion(__version__)
    info = AppInfo(database=describe_url(config.db_url), site_code=site_code(uow_factory),
                   version=__version__, shared=not is_local_file(config.db_url))
    session = DesktopSession(uow_factory, info, config, demo=demo)
    first = session.start()
    if first is None:
        engine.dispose()
        return 0
    if smoke:
        from app.views.support.smoke import quit_after_first_paint

        quit_after_first_paint(first, started)
    try:
        return app.exec()
    finally:
        session.close()
        engine.dispose()
