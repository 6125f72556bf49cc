"""Shared pieces of the integrity checker: the Violation record and value formatting."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from sqlalchemy import Connection


@dataclass(frozen=True)
class Violation:
    """One broken invariant: which rule, which row (entity + id) and what is wrong."""

    rule: str
    entity: str
    entity_id: str
    message: str


Check = Callable[[Connection], Iterator[Violation]]


def fmt(value: Any) -> str:
    """Quantities and amounts without trailing zeros (5, 2.5, 13790.6); None as 0."""
    if value is None:
        return "0"
    if isinstance(value, Decimal):
        text = format(value.normalize(), "f")
        return "0" if text in ("-0", "") else text
    return str(value)


def label(number: str | None, line_no: int | None = None) -> str:
    """How a user finds the row: the document number, and the line number when there is one."""
    head = number or "(no number)"
    return head if line_no is None else f"{head} line {line_no}"
