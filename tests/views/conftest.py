"""Helpers for screen tests: a context for a role, and the messages the user was shown."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from app.models import Base
from app.models.enums import Role
from app.services.database import make_engine
from app.services.errors import UserFacingError
from app.services.unit_of_work import UowFactory
from app.views import main_window
from app.views.context import AppContext, AppInfo
from app.views.support import runner
from app.views.support.i18n import install_language, service_message
from tests.factories import Factory

INFO = AppInfo(database="SQLite file /tmp/test.db", site_code="HQ", version="test")


@pytest.fixture
def db_url(tmp_path: Path) -> Iterator[str]:
    """Screens run on SQLite only. What the two-backend rule protects is the services, and
    tests/services runs every one of them on PostgreSQL too; a screen only calls them, so
    running the 300 screen tests twice cost CI minutes and caught nothing the service tests
    did not (docs/development.md). Tests that need a server ask for it themselves."""
    url = f"sqlite:///{tmp_path / 'orderdesk.db'}"
    engine = make_engine(url)
    Base.metadata.create_all(engine)
    engine.dispose()
    yield url


@pytest.fixture
def make_ctx(uow: UowFactory, f: Factory) -> Callable[..., AppContext]:
    """make_ctx(Role.WAREHOUSE) -> an AppContext for a user of that role."""

    def make(role: Role = Role.MANAGER, *, shared: bool = False) -> AppContext:
        actor = f.actor(role)
        info = AppInfo(INFO.database, INFO.site_code, INFO.version, shared=shared)
        return AppContext(uow, actor, info, display_name=f"Test {role.value}")

    return make


@pytest.fixture
def ctx(make_ctx: Callable[..., AppContext]) -> AppContext:
    """A manager: sees every screen."""
    return make_ctx(Role.MANAGER)


class Problems(list[str]):
    """The messages run() showed in a box (translated text), in order."""

    def last(self) -> str:
        return self[-1] if self else ""


@pytest.fixture
def problems(monkeypatch: pytest.MonkeyPatch) -> Problems:
    """Captures user-facing problems instead of opening a modal box; an unexpected error
    (a bug) fails the test at once."""
    shown = Problems()

    def show_problem(_parent: Any, error: UserFacingError) -> None:
        shown.append(service_message(error))

    def show_unexpected(_parent: Any, error: BaseException) -> None:
        raise error

    monkeypatch.setattr(runner, "show_problem", show_problem)
    monkeypatch.setattr(runner, "show_unexpected", show_unexpected)
    monkeypatch.setattr(main_window, "show_unexpected", show_unexpected)
    return shown


@pytest.fixture(autouse=True)
def english_afterwards() -> Any:
    """A test that switches language must not leave the next test in Chinese."""
    yield
    install_language("en")
