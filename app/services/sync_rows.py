"""Rows as plain dicts between two databases: read, insert when absent, upsert, and JSON for
the conflict review. Core statements on `Base.metadata` tables, so column types (scaled
decimals on SQLite, NUMERIC on PostgreSQL, UUIDs, UTC times) convert on each side."""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterable, Sequence
from datetime import date, datetime
from decimal import Decimal
from enum import Enum
from typing import Any

from sqlalchemy import Connection, Table, select

from app.models import Base

Row = dict[str, Any]


def table(name: str) -> Table:
    return Base.metadata.tables[name]


def read_rows(conn: Connection, name: str, column: str, values: Iterable[Any]) -> list[Row]:
    """Rows of `name` whose `column` is one of `values`, in primary-key order."""
    wanted = list(values)
    if not wanted:
        return []
    t = table(name)
    query = select(t).where(t.c[column].in_(wanted)).order_by(*t.primary_key.columns)
    return [dict(row) for row in conn.execute(query).mappings()]


def in_reference_order(name: str, rows: Sequence[Row]) -> list[Row]:
    """Rows that refer to rows of their own table (a substitute line, a re-issued invoice)
    after the rows they refer to: PostgreSQL checks a foreign key at each statement's end."""
    t = table(name)
    refs = [fk.parent.name for fk in t.foreign_keys if fk.column.table is t]
    if not refs:
        return list(rows)
    key = next(iter(t.primary_key.columns)).name
    inside = {r[key] for r in rows}
    ordered: list[Row] = []
    placed: set[Any] = set()
    pending = list(rows)
    while pending:
        wave = [r for r in pending
                if all(r[c] is None or r[c] in placed or r[c] not in inside for c in refs)]
        if not wave:
            raise ValueError(f"rows of {name} refer to each other in a cycle")
        ordered.extend(wave)
        placed.update(r[key] for r in wave)
        done = {id(r) for r in wave}
        pending = [r for r in pending if id(r) not in done]
    return ordered


def insert_absent(conn: Connection, name: str, rows: Sequence[Row]) -> int:
    """Inserts the rows whose key this database does not have yet (append-only tables)."""
    if not rows:
        return 0
    t = table(name)
    key = next(iter(t.primary_key.columns)).name
    present = set(conn.scalars(select(t.c[key]).where(t.c[key].in_([r[key] for r in rows]))))
    new = [r for r in in_reference_order(name, rows) if r[key] not in present]
    if new:
        conn.execute(t.insert(), new)
    return len(new)


def upsert(conn: Connection, name: str, rows: Sequence[Row]) -> None:
    """Writes the rows as given: updated where the key exists, inserted where it does not."""
    if not rows:
        return
    t = table(name)
    key = next(iter(t.primary_key.columns)).name
    present = set(conn.scalars(select(t.c[key]).where(t.c[key].in_([r[key] for r in rows]))))
    for row in in_reference_order(name, rows):
        if row[key] in present:
            conn.execute(t.update().where(t.c[key] == row[key]).values(row))
        else:
            conn.execute(t.insert().values(row))


def _plain(value: Any) -> Any:
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, (Decimal, uuid.UUID)):
        return str(value)
    if isinstance(value, (datetime, date)):
        return value.isoformat()
    return value


def to_json(rows: dict[str, list[Row]]) -> str:
    """An aggregate's rows as JSON, keys sorted, for the conflict review screen."""
    plain = {name: [{k: _plain(v) for k, v in row.items()} for row in table_rows]
             for name, table_rows in rows.items()}
    return json.dumps(plain, ensure_ascii=False, sort_keys=True)


__all__ = ["Row", "in_reference_order", "insert_absent", "read_rows", "table", "to_json",
           "upsert"]
