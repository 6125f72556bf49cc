"""`orderdesk copy`: a demo SQLite database into a new PostgreSQL database, all of it."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import Engine, func, select

from app.cli import main
from app.models import Invoice, NumberSeries, Payment, SalesOrder, StockMove
from app.services import order_queries
from app.services.database import make_engine
from app.services.db_copy import copy_database, count_rows
from app.services.demo import fill_demo
from app.services.errors import UserFacingError
from app.services.integrity import check_database
from app.services.numbering import next_number
from app.services.schema import upgrade
from app.services.unit_of_work import make_uow_factory
from tests.conftest import PG_URL
from tests.sync.pg import new_pg_database

needs_pg = pytest.mark.skipif(not PG_URL, reason="ORDERDESK_TEST_PG_URL is not set")


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> str:
    url = f"sqlite:///{tmp_path_factory.mktemp('copy') / 'demo.db'}"
    engine = make_engine(url)
    upgrade(engine)
    fill_demo(make_uow_factory(engine), orders=40, seed=3)
    assert check_database(engine) == []
    engine.dispose()
    return url


@pytest.fixture
def pg_url() -> Iterator[str]:
    with new_pg_database("copy") as url:
        yield url


def _totals(engine: Engine) -> dict[str, Decimal | int]:
    with engine.connect() as conn:
        return {
            "orders": conn.scalar(select(func.sum(SalesOrder.total))),
            "invoices": conn.scalar(select(func.sum(Invoice.total))),
            "payments": conn.scalar(select(func.sum(Payment.amount))),
            "stock": conn.scalar(select(func.sum(StockMove.quantity))),
            "series": conn.scalar(select(func.sum(NumberSeries.next_value))),
        }


@needs_pg
def test_the_copy_has_every_row_the_same_totals_and_passes_the_check(
        demo_file: str, pg_url: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["copy", "--from", demo_file, "--to", pg_url]) == 0
    assert "rows copied" in capsys.readouterr().out
    source, target = make_engine(demo_file), make_engine(pg_url)
    try:
        before = count_rows(source)
        assert before["sales_orders"] >= 40 and before["payments"] > 0
        assert count_rows(target) == before
        assert _totals(target) == _totals(source)
        assert all(v for v in _totals(source).values())  # the comparison compares something
        assert check_database(target) == []
        with source.connect() as conn:
            numbers = set(conn.scalars(select(SalesOrder.number)))
        uow = make_uow_factory(target)
        listed = {row.number for row in order_queries.list_orders(uow(write=False), limit=500)}
        assert listed == numbers  # the services read the copy like the original
        # The series go on from where the file left them: no number is drawn twice.
        with uow() as u:
            drawn = next_number(u.session, u.site_code, "SO")
            u.commit()
        assert drawn not in numbers
        assert int(drawn.rsplit("-", 1)[1]) == max(int(n.rsplit("-", 1)[1]) for n in numbers) + 1
    finally:
        source.dispose()
        target.dispose()


@needs_pg
def test_a_target_that_holds_rows_is_refused_and_left_alone(
        demo_file: str, pg_url: str) -> None:
    source, target = make_engine(demo_file), make_engine(pg_url)
    try:
        copy_database(source, target)
        rows = count_rows(target)
        with pytest.raises(UserFacingError, match="not empty"):
            copy_database(source, target)
        assert count_rows(target) == rows
    finally:
        source.dispose()
        target.dispose()


@needs_pg
def test_a_failed_copy_leaves_the_target_empty(
        demo_file: str, pg_url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    from app.services import db_copy

    real = db_copy._copy_table

    def failing(src, dst, table):  # type: ignore[no-untyped-def]
        if table.name == "sales_order_lines":
            raise RuntimeError("connection cut")
        return real(src, dst, table)

    monkeypatch.setattr(db_copy, "_copy_table", failing)
    source, target = make_engine(demo_file), make_engine(pg_url)
    try:
        with pytest.raises(RuntimeError):
            copy_database(source, target)
        assert sum(count_rows(target).values()) == 0
        monkeypatch.setattr(db_copy, "_copy_table", real)
        copy_database(source, target)  # so running it again is safe
        assert count_rows(target) == count_rows(source)
    finally:
        source.dispose()
        target.dispose()


@needs_pg
def test_copying_into_a_local_file_is_refused(demo_file: str, tmp_path: Path) -> None:
    assert main(["copy", "--from", demo_file, "--to", f"sqlite:///{tmp_path / 'x.db'}"]) == 1


def test_rows_that_refer_to_rows_of_their_own_table_come_after_them() -> None:
    from sqlalchemy import Column, ForeignKey, Integer, MetaData, Table, create_engine

    from app.services.db_copy import _batches

    meta = MetaData()
    table = Table("t", meta, Column("id", Integer, primary_key=True),
                  Column("parent_id", Integer, ForeignKey("t.id")))
    engine = create_engine("sqlite://")
    meta.create_all(engine)
    with engine.begin() as conn:
        conn.execute(table.insert(), [{"id": 1, "parent_id": 3}, {"id": 2, "parent_id": 1},
                                      {"id": 3, "parent_id": None}])
        order = [row["id"] for batch in _batches(conn, table) for row in batch]
    assert order == [3, 1, 2]
