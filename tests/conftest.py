"""Test fixtures: every service test runs on SQLite and, when ORDERDESK_TEST_PG_URL is set,
again on PostgreSQL in the same run (a private database per run, emptied between tests)."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# QSettings (a desk's language, last user name), the workstation's devices.json and print
# spool, logs and backups must not touch the developer's own files: every XDG folder points
# into a scratch folder of this test process.
os.environ["ORDERDESK_TEST_HOME"] = os.path.join(os.environ.get("TMPDIR", "/tmp"),
                                                 f"orderdesk-test-home-{os.getpid()}")
os.environ["XDG_CONFIG_HOME"] = os.path.join(os.environ["ORDERDESK_TEST_HOME"], "config")
os.environ["XDG_DATA_HOME"] = os.path.join(os.environ["ORDERDESK_TEST_HOME"], "data")
os.environ["XDG_STATE_HOME"] = os.path.join(os.environ["ORDERDESK_TEST_HOME"], "state")
os.environ["XDG_CACHE_HOME"] = os.path.join(os.environ["ORDERDESK_TEST_HOME"], "cache")

from sqlalchemy import Engine, text
from sqlalchemy.engine import make_url

from app.models import Base
from app.services.database import make_engine
from app.services.unit_of_work import UowFactory, make_uow_factory
from tests.factories import Factory

PG_URL = os.environ.get("ORDERDESK_TEST_PG_URL", "")
BACKENDS = ["sqlite", "postgresql"] if PG_URL else ["sqlite"]


def pytest_report_header() -> str:
    return f"orderdesk backends: {', '.join(BACKENDS)}"


@pytest.fixture(scope="session")
def pg_test_url() -> Iterator[str]:
    """A fresh PostgreSQL database for this test run, dropped at the end."""
    if not PG_URL:
        pytest.skip("ORDERDESK_TEST_PG_URL is not set")
    name = f"orderdesk_test_{uuid.uuid4().hex[:10]}"
    admin = make_engine(PG_URL, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    url = make_url(PG_URL).set(database=name).render_as_string(hide_password=False)
    engine = make_engine(url)
    Base.metadata.create_all(engine)
    engine.dispose()
    yield url
    with admin.connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    admin.dispose()


@pytest.fixture(params=BACKENDS)
def db_url(request: pytest.FixtureRequest, tmp_path) -> Iterator[str]:  # type: ignore[no-untyped-def]
    if request.param == "sqlite":
        url = f"sqlite:///{tmp_path / 'orderdesk.db'}"
        engine = make_engine(url)
        Base.metadata.create_all(engine)
        engine.dispose()
        yield url
        return
    url = request.getfixturevalue("pg_test_url")
    engine = make_engine(url)
    tables = ", ".join(f'"{t.name}"' for t in Base.metadata.sorted_tables)
    with engine.begin() as conn:
        conn.execute(text(f"TRUNCATE {tables} RESTART IDENTITY CASCADE"))
    engine.dispose()
    yield url


@pytest.fixture
def engine(db_url: str) -> Iterator[Engine]:
    engine = make_engine(db_url)
    yield engine
    engine.dispose()


@pytest.fixture
def uow(engine: Engine) -> UowFactory:
    """A factory: call `uow()` for each service call, as the views do."""
    return make_uow_factory(engine)


@pytest.fixture
def f(uow: UowFactory) -> Factory:
    """Builds users, customers, products, stock and orders through the real services."""
    return Factory(uow)
