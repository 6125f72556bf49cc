"""Integrity rule numbers.gapless: posted invoices, credit notes and payments are numbered
1..N per series (site + kind) with no gap and no duplicate, the series counter stands at N+1,
posted documents have a number and drafts have none.

Numbers look like HQ-INV-000042: the series is everything before the last '-'. The split is
done in SQL with rtrim(number, digits), which both SQLite and PostgreSQL have.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from sqlalchemy import BigInteger, Connection, cast, distinct, func, not_, or_, select, true
from sqlalchemy.sql import Subquery

from app.models import CreditNote, Invoice, NumberSeries, Payment
from app.models.enums import DocState
from app.services.integrity_common import Violation, fmt
from app.services.numbering import GAPLESS_KINDS

GAPLESS = "numbers.gapless"
MAX_DIGITS = 18  # fits a BIGINT
SHOWN = 5  # gaps or duplicates named per series; the count says the rest


@dataclass(frozen=True)
class _Numbered:
    entity: str
    model: Any
    kind: str
    has_drafts: bool  # payments are posted the moment they are recorded


_NUMBERED = (
    _Numbered("invoice", Invoice, "INV", True),
    _Numbered("credit_note", CreditNote, "CN", True),
    _Numbered("payment", Payment, "PAY", False),
)


def _posted(doc: _Numbered) -> Any:
    return doc.model.state == DocState.POSTED if doc.has_drafts else true()


def _numbers(doc: _Numbered) -> Subquery:
    """Each posted number split into its series head ('HQ-INV-') and numeric value."""
    m = doc.model
    head = func.rtrim(m.number, "0123456789")
    digits = func.length(m.number) - func.length(head)
    well_formed = head.like(f"_%-{doc.kind}-") & (digits >= 1) & (digits <= MAX_DIGITS)
    return (select(m.id, m.number, head.label("head"), well_formed.label("ok"))
            .where(_posted(doc), m.number.is_not(None))
            .subquery())


def _values(numbers: Subquery) -> Subquery:
    value = cast(func.substr(numbers.c.number, func.length(numbers.c.head) + 1), BigInteger)
    return (select(numbers.c.head, value.label("n"))
            .where(numbers.c.ok).subquery())


def check_gapless(conn: Connection) -> Iterator[Violation]:
    highest: dict[str, int] = {}
    for doc in _NUMBERED:
        yield from _number_presence(conn, doc)
        numbers = _numbers(doc)
        for doc_id, number in conn.execute(
                select(numbers.c.id, numbers.c.number).where(not_(numbers.c.ok))
                .order_by(numbers.c.number)):
            yield Violation(GAPLESS, doc.entity, str(doc_id),
                            f"{number} is not a {doc.kind} number like SITE-{doc.kind}-000001")
        values = _values(numbers)
        stats = conn.execute(
            select(values.c.head, func.count(), func.count(distinct(values.c.n)),
                   func.min(values.c.n), func.max(values.c.n))
            .group_by(values.c.head).order_by(values.c.head)).all()
        for head, count, unique, low, high in stats:
            series = head[:-1]
            highest[series] = high
            if not (low == 1 and high == count == unique):
                yield Violation(GAPLESS, "number_series", series,
                                f"{series}: {count} posted numbers should run 1..{count} but "
                                f"run {low}..{high}{_irregular(conn, values, head)}")
    yield from _counters(conn, highest)


def _number_presence(conn: Connection, doc: _Numbered) -> Iterator[Violation]:
    if not doc.has_drafts:
        return
    m = doc.model
    rows = conn.execute(
        select(m.id, m.number)
        .where(or_((m.state == DocState.POSTED) & m.number.is_(None),
                   (m.state == DocState.DRAFT) & m.number.is_not(None)))
        .order_by(m.created_at))
    for doc_id, number in rows:
        text = ("is posted but has no number" if number is None else
                f"is a draft but already has number {number}")
        yield Violation(GAPLESS, doc.entity, str(doc_id),
                        f"{doc.entity.replace('_', ' ')} {doc_id} {text}")


def _irregular(conn: Connection, values: Subquery, head: str) -> str:
    """Names the first gaps and duplicates, found with a window over the sorted values."""
    ordered = (select(values.c.n, func.lag(values.c.n).over(order_by=values.c.n).label("prev"))
               .where(values.c.head == head).subquery())
    n, prev = ordered.c.n, ordered.c.prev
    rows = conn.execute(
        select(prev, n)
        .where(or_(prev.is_(None) & (n > 1), n - prev > 1, n == prev))
        .order_by(n).limit(SHOWN)).all()
    parts = []
    for before, value in rows:
        if before == value:
            parts.append(f"{value} twice")
        else:
            first = (before or 0) + 1
            parts.append(f"{first} missing" if first == value - 1
                         else f"{first}..{value - 1} missing")
    return f" ({', '.join(parts)})" if parts else ""


def _counters(conn: Connection, highest: dict[str, int]) -> Iterator[Violation]:
    """Each counter stands one past the highest number issued: no number was handed out
    without its document, and the next one will not repeat an old one."""
    counters = {f"{site}-{kind}": value for site, kind, value in conn.execute(
        select(NumberSeries.site_code, NumberSeries.kind, NumberSeries.next_value)
        .where(NumberSeries.kind.in_(GAPLESS_KINDS)))}
    for series in sorted(set(counters) | set(highest)):
        expected = highest.get(series, 0) + 1
        actual = counters.get(series)
        if actual is None and series in highest:
            yield Violation(GAPLESS, "number_series", series,
                            f"{series}: numbers up to {highest[series]} are posted but there "
                            f"is no counter for the series")
        elif actual is not None and actual != expected:
            yield Violation(GAPLESS, "number_series", series,
                            f"{series}: the counter's next value is {fmt(actual)} but the "
                            f"highest posted number is {expected - 1}, so it should be "
                            f"{expected}")
