"""Document numbers: site code + kind + gapless counter, taken inside the caller's transaction.

The counter row is locked (FOR UPDATE on PostgreSQL; SQLite's write lock is already held by
the unit of work), so two stations never get the same number, and because the increment
commits or rolls back with the document, a crash never leaves a gap.
"""

from __future__ import annotations

from sqlalchemy import update
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session

from app.models import NumberSeries

KINDS = {
    "SO": "sales order",
    "PO": "production order",
    "PK": "pick list",
    "PKG": "package",
    "SH": "shipment",
    "INV": "invoice",
    "CN": "credit note",
    "PAY": "payment",
    "CMP": "complaint",
}
GAPLESS_KINDS = ("INV", "CN", "PAY")
WIDTH = 6


def format_number(site_code: str, kind: str, value: int) -> str:
    return f"{site_code}-{kind}-{value:0{WIDTH}d}"


def site_of_number(number: str | None) -> str | None:
    """The site whose series a document number is from (the part before the first "-")."""
    return number.split("-", 1)[0] if number and "-" in number else None


def next_number(session: Session, site_code: str, kind: str) -> str:
    if kind not in KINDS:
        raise ValueError(f"unknown document kind {kind!r}")
    # UPDATE ... RETURNING takes the row lock and the number in one statement.
    bump = (
        update(NumberSeries)
        .where(NumberSeries.site_code == site_code, NumberSeries.kind == kind)
        .values(next_value=NumberSeries.next_value + 1)
        .returning(NumberSeries.next_value)
    )
    taken = session.scalar(bump)
    if taken is None:
        _ensure_series(session, site_code, kind)
        taken = session.scalar(bump)
    assert taken is not None
    return format_number(site_code, kind, taken - 1)


def _ensure_series(session: Session, site_code: str, kind: str) -> None:
    insert = pg_insert if session.get_bind().dialect.name == "postgresql" else sqlite_insert
    session.execute(
        insert(NumberSeries)
        .values(site_code=site_code, kind=kind, next_value=1)
        .on_conflict_do_nothing(index_elements=["site_code", "kind"])
    )
