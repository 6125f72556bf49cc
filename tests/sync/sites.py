"""Three sites for sync tests: head office on PostgreSQL, branches BR1 and BR2 on SQLite."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path

from sqlalchemy import Engine, func, select

from app.models import SalesOrder, SalesOrderLine
from app.models.enums import Role
from app.services.database import make_engine
from app.services.schema import upgrade
from app.services.sync_seed import seed_branch
from app.services.unit_of_work import UowFactory, make_uow_factory
from tests.factories import Factory
from tests.sync.pg import new_pg_database


@dataclass
class Site:
    code: str
    url: str
    engine: Engine
    uow: UowFactory
    f: Factory


@dataclass
class Sites:
    hq: Site
    branches: dict[str, Site]
    products: list[uuid.UUID] = field(default_factory=list)
    customer: uuid.UUID | None = None  # one of head office's, known to every branch


def _site(code: str, url: str) -> Site:
    engine = make_engine(url)
    upgrade(engine)
    uow = make_uow_factory(engine)
    return Site(code, url, engine, uow, Factory(uow))


@contextmanager
def three_sites(tmp_path: Path) -> Iterator[Sites]:
    with new_pg_database("sync") as hq_url, sites_on(hq_url, tmp_path) as sites:
        yield sites


@contextmanager
def sites_on(hq_url: str, tmp_path: Path,
             prices: tuple[str, ...] = ("12.50", "99.00", "1280.00")) -> Iterator[Sites]:
    """Head office on the (empty) database at `hq_url`, BR1 and BR2 seeded from it."""
    hq = _site("HQ", hq_url)
    sites = Sites(hq, {}, [hq.f.product(price=price) for price in prices], hq.f.customer())
    try:
        for code in ("BR1", "BR2"):
            branch = _site(code, f"sqlite:///{tmp_path / f'{code.lower()}.db'}")
            seed_branch(hq.uow, branch.uow, code)
            # The branch works as head office's users (they come down with the seed).
            branch.f._actors[Role.ADMIN] = hq.f.admin
            sites.branches[code] = branch
        yield sites
    finally:
        for site in (hq, *sites.branches.values()):
            site.engine.dispose()


def orders_of(engine: Engine) -> dict[str, Decimal]:
    """Order number -> total, and fails if any order id or number is stored twice."""
    with engine.connect() as conn:
        rows = conn.execute(select(SalesOrder.id, SalesOrder.number, SalesOrder.total)).all()
    assert len({r.id for r in rows}) == len({r.number for r in rows}) == len(rows)
    return {r.number: r.total for r in rows}


def line_count(engine: Engine) -> int:
    with engine.connect() as conn:
        return conn.scalar(select(func.count()).select_from(SalesOrderLine)) or 0
