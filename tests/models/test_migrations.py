"""The Alembic migrations build exactly the schema the models describe, on every backend."""

from __future__ import annotations

from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import inspect, text
from sqlalchemy.engine import Engine

from app.models import Base
from app.services.database import make_engine
from app.services.schema import current_revision, head_revision, needs_upgrade, upgrade


def _fresh_engine(engine: Engine) -> Engine:
    """The db_url fixture already ran create_all; start from an empty database instead."""
    with engine.begin() as conn:
        if engine.dialect.name == "postgresql":
            conn.execute(text("DROP SCHEMA public CASCADE"))
            conn.execute(text("CREATE SCHEMA public"))
        else:
            Base.metadata.drop_all(conn)
    return engine


def test_migrations_match_the_models(engine: Engine) -> None:
    _fresh_engine(engine)
    assert needs_upgrade(engine)
    upgrade(engine)
    assert current_revision(engine) == head_revision()
    with engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn, opts={"compare_type": True}),
                                Base.metadata)
    assert diff == []
    assert "sales_orders" in inspect(engine).get_table_names()


def test_sqlite_file_is_upgraded_after_a_backup(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from app.services.schema import upgrade_local

    engine = make_engine(f"sqlite:///{tmp_path / 'fresh.db'}")
    assert upgrade_local(engine, tmp_path / "backups") is None  # new file: nothing to back up
    assert not needs_upgrade(engine)
    engine.dispose()


def test_a_populated_database_upgrades_from_the_baseline(engine: Engine, uow) -> None:  # type: ignore[no-untyped-def]
    """Later revisions rebuild tables on SQLite (copy, drop, rename); with orders pointing at
    them that needs foreign keys off during the upgrade and a foreign-key check before it
    commits (schema.upgrade). Filled at head, taken back to the baseline, upgraded again."""
    from alembic import command

    from app.services.demo import fill_demo
    from app.services.integrity import check_database
    from app.services.schema import alembic_config

    _fresh_engine(engine)
    upgrade(engine)
    fill_demo(uow, orders=12, seed=3)
    config = alembic_config(engine)
    with engine.connect() as conn:
        if engine.dialect.name == "sqlite":
            conn.connection.driver_connection.execute("PRAGMA foreign_keys=OFF")
        with conn.begin():
            config.attributes["connection"] = conn
            command.downgrade(config, "0001")
        if engine.dialect.name == "sqlite":
            conn.connection.driver_connection.execute("PRAGMA foreign_keys=ON")
    assert current_revision(engine) == "0001"
    upgrade(engine)
    assert current_revision(engine) == head_revision()
    assert check_database(engine) == []
