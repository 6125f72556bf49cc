"""Declarative base, shared column types and naming convention for every mapped class."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import BigInteger, DateTime, Dialect, MetaData, Numeric, TypeDecorator, Uuid
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column
from sqlalchemy.types import TypeEngine

# Constraint names must be identical on SQLite and PostgreSQL so Alembic diffs stay clean
# and `orderdesk check` can name a violated constraint the same way on both.
NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

class ScaledDecimal(TypeDecorator[Decimal]):
    """Exact decimals on every backend: NUMERIC on PostgreSQL, scaled integers on SQLite.

    SQLite has no decimal type; NUMERIC columns there hold binary floats, so 13790.60 + 689.53
    would not equal 14480.13 inside a CHECK constraint or a SUM. Stored as whole cents (or
    thousandths), sums and comparisons in SQL stay exact. Values with more decimals than the
    column allows are refused rather than silently rounded, on both backends alike.
    """

    impl = Numeric
    cache_ok = True

    def __init__(self, precision: int, scale: int, asdecimal: bool = True) -> None:
        super().__init__(precision, scale, asdecimal=True)
        self.precision, self.scale = precision, scale

    def load_dialect_impl(self, dialect: Dialect) -> TypeEngine[Any]:
        if dialect.name == "sqlite":
            return dialect.type_descriptor(BigInteger())
        return dialect.type_descriptor(Numeric(self.precision, self.scale, asdecimal=True))

    def process_bind_param(self, value: Any, dialect: Dialect) -> Any:
        if value is None:
            return None
        scaled = Decimal(value).scaleb(self.scale)
        if scaled != scaled.to_integral_value():
            raise ValueError(f"{value} has more than {self.scale} decimal places")
        return int(scaled) if dialect.name == "sqlite" else Decimal(value)

    def process_result_value(self, value: Any, dialect: Dialect) -> Decimal | None:
        if value is None:
            return None
        if dialect.name == "sqlite":
            return Decimal(int(value)).scaleb(-self.scale)
        return Decimal(value)


MONEY = ScaledDecimal(14, 2)
QTY = ScaledDecimal(14, 3)
# Rates are only ever multiplied in Python and range-checked in SQL (tax_rate < 1), which a
# scaled integer would break; SQLAlchemy reads them back quantised to 4 places.
RATE = Numeric(7, 4, asdecimal=True)  # 0.0500 = 5 %


def utcnow() -> datetime:
    return datetime.now(UTC)


class UTCDateTime(TypeDecorator[datetime]):
    """Stores naive UTC, returns aware UTC: SQLite has no time zones, PostgreSQL would convert."""

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: object) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given to a UTC column")
        return value.astimezone(UTC).replace(tzinfo=None)

    def process_result_value(self, value: datetime | None, dialect: object) -> datetime | None:
        return None if value is None else value.replace(tzinfo=UTC)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    type_annotation_map = {Decimal: MONEY, datetime: UTCDateTime(), uuid.UUID: Uuid()}

    def __init__(self, **kwargs: Any) -> None:
        # Column defaults normally appear only at flush; services compute with new objects
        # before that (totals, counters), so fill scalar and callable defaults right away.
        for column in self.__table__.columns:  # type: ignore[attr-defined]
            key = column.key
            if key in kwargs or column.default is None:
                continue
            default = column.default
            if default.is_scalar:  # type: ignore[attr-defined]
                kwargs[key] = default.arg  # type: ignore[attr-defined]
            elif default.is_callable:  # type: ignore[attr-defined]
                kwargs[key] = default.arg(None)  # type: ignore[attr-defined]
        for key, value in kwargs.items():
            if not hasattr(type(self), key):
                raise TypeError(f"{key!r} is not an attribute of {type(self).__name__}")
            setattr(self, key, value)


class IdMixin:
    """UUID keys let an offline branch create rows that never collide with head office."""

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=uuid.uuid4)


ZERO = Decimal("0")
