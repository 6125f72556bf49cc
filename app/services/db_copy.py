"""`orderdesk copy`: a local SQLite database into a new shared PostgreSQL database.

A single-seat firm that grows becomes a multi-user one in one command. Every row is copied
as it is (UUID keys, site-coded document numbers, number series counters, audit trail), so
numbers go on from where they were and `orderdesk check` holds on the copy as it did on the
original.

The whole copy is one transaction on the target: rows are read and written in batches of
`BATCH_ROWS` (memory stays flat on a large file), but nothing is committed until the last
table is in. A copy that fails half-way therefore leaves the target empty, and running the
command again is always safe. A target that already holds any row is refused.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, Engine, Table, func, select, text

from app.models import Base
from app.services.errors import UserFacingError, tr
from app.services.schema import current_revision, head_revision, upgrade

BATCH_ROWS = 1000


@dataclass(frozen=True)
class CopyResult:
    rows: dict[str, int]  # table name -> rows copied, in the order they were copied

    @property
    def total(self) -> int:
        return sum(self.rows.values())


def copy_database(source: Engine, target: Engine) -> CopyResult:
    """Copies every table of `source` (SQLite) into `target` (an empty PostgreSQL database).

    An empty target without a schema gets one first (Alembic, to the newest revision); both
    sides must then be at the revision this program knows, so every column matches.
    """
    if source.dialect.name != "sqlite":
        raise UserFacingError(tr("The database to copy from must be a local SQLite file."))
    if target.dialect.name != "postgresql":
        raise UserFacingError(tr("The database to copy to must be a PostgreSQL database."))
    head = head_revision()
    if current_revision(source) != head:
        raise UserFacingError(
            tr("The local file is not at this version's schema; open it with OrderDesk "
               "(or run `orderdesk migrate`) first."))
    if current_revision(target) is None:
        _refuse_if_not_empty(target, check_tables_exist=True)
        upgrade(target)
    elif current_revision(target) != head:
        raise UserFacingError(
            tr("The target database has another schema version; copy into a new, empty "
               "database."))
    rows: dict[str, int] = {}
    with source.connect() as src, target.begin() as dst:
        _refuse_if_not_empty_conn(dst)
        for table in Base.metadata.sorted_tables:
            rows[table.name] = _copy_table(src, dst, table)
        _reset_sequences(dst)
    return CopyResult(rows)


def count_rows(engine: Engine) -> dict[str, int]:
    """Rows per table, for comparing a copy with its original."""
    with engine.connect() as conn:
        return {t.name: conn.scalar(select(func.count()).select_from(t)) or 0
                for t in Base.metadata.sorted_tables}


def _refuse_if_not_empty(target: Engine, *, check_tables_exist: bool) -> None:
    with target.connect() as conn:
        if check_tables_exist:
            existing = set(conn.execute(text(
                "SELECT tablename FROM pg_tables WHERE schemaname = current_schema()")).scalars())
            if existing & set(Base.metadata.tables):
                raise UserFacingError(
                    tr("The target database already has OrderDesk tables but no schema "
                       "version; copy into a new, empty database."))
            return
        _refuse_if_not_empty_conn(conn)


def _refuse_if_not_empty_conn(conn: Connection) -> None:
    for table in Base.metadata.sorted_tables:
        if conn.execute(select(1).select_from(table).limit(1)).first() is not None:
            raise UserFacingError(
                tr("The target database is not empty (table {table} has rows); copy into a "
                   "new, empty database."), table=table.name)


def _copy_table(src: Connection, dst: Connection, table: Table) -> int:
    copied = 0
    for batch in _batches(src, table):
        dst.execute(table.insert(), batch)
        copied += len(batch)
    return copied


def _batches(src: Connection, table: Table) -> Iterator[list[dict[str, Any]]]:
    """Rows in batches; a table that refers to itself (a re-issued invoice, a substitute
    line) yields the rows it refers to before the rows that refer to them, since PostgreSQL
    checks each foreign key at the end of every statement."""
    self_refs = [fk.parent.name for fk in table.foreign_keys if fk.column.table is table]
    pk = list(table.primary_key.columns)
    result = src.execute(select(table).order_by(*pk)).mappings()
    if not self_refs:
        while chunk := result.fetchmany(BATCH_ROWS):
            yield [dict(row) for row in chunk]
        return
    # Self-referring tables are small next to the rest (only lines and invoices, whose
    # references are rare), so they are ordered in memory: waves of rows whose references
    # are already written.
    pending = [dict(row) for row in result]
    written: set[Any] = set()
    key = pk[0].name
    while pending:
        wave = [r for r in pending if all(r[c] is None or r[c] in written for c in self_refs)]
        if not wave:
            raise UserFacingError(tr("Table {table} refers to rows in a cycle; it cannot be "
                                     "copied."), table=table.name)
        for start in range(0, len(wave), BATCH_ROWS):
            yield wave[start:start + BATCH_ROWS]
        written.update(r[key] for r in wave)
        done = {id(r) for r in wave}
        pending = [r for r in pending if id(r) not in done]


def _reset_sequences(dst: Connection) -> None:
    """Integer keys drawn from a PostgreSQL sequence go on after the copied ones."""
    for table in Base.metadata.sorted_tables:
        for column in table.primary_key.columns:
            if column.autoincrement is not True:
                continue
            dst.execute(text(
                f"SELECT setval(pg_get_serial_sequence('{table.name}', '{column.name}'), "
                f"COALESCE((SELECT MAX({column.name}) FROM {table.name}), 0) + 1, false)"))


__all__ = ["BATCH_ROWS", "CopyResult", "copy_database", "count_rows"]
