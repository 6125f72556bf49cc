"""Column descriptions and the field parsers every kind shares.

A parser never raises: it records a RowError (row, column, tr() template, params) and returns
None, so one pass over the file lists every problem, not just the first.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from decimal import Decimal, InvalidOperation
from enum import StrEnum
from typing import TypeVar

from app.services.errors import tr

E = TypeVar("E", bound=StrEnum)


@dataclass(frozen=True)
class Column:
    """One column of an import/export file, as docs/import.md lists it."""

    name: str
    required: bool
    format: str
    example: str


@dataclass(frozen=True)
class RowError:
    """A problem in the file: `row` as a spreadsheet numbers it (header = its own row),
    `column` by its header name ("" for the whole row), the message as a tr() template."""

    row: int
    column: str
    template: str
    params: Mapping[str, str] = field(default_factory=dict)

    @property
    def message(self) -> str:
        return self.template.format(**self.params)


_TRUE = {"yes", "y", "true", "1", "是", "x"}
_FALSE = {"no", "n", "false", "0", "否", ""}
_CURRENCY_MARKS = ("NT$", "US$", "$", "¥", "￥", "元")
_THOUSANDS = re.compile(r"^-?\d{1,3}(,\d{3})+(\.\d+)?$")
_DATE = re.compile(r"^(\d{3,4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[ T](\d{1,2}):(\d{2})(?::\d{2})?)?$")
ROC_OFFSET = 1911  # Taiwan's Minguo calendar: year 114 is 2025


class RowReader:
    """Typed access to one file row; problems go to `errors`, the value comes back None."""

    def __init__(self, row: int, values: Mapping[str, str], errors: list[RowError]) -> None:
        self.row, self.values, self.errors = row, values, errors
        self.failed = False

    def error(self, where: str, template: str, /, **params: object) -> None:
        self.failed = True
        self.errors.append(RowError(self.row, where, template,
                                    {k: str(v) for k, v in params.items()}))

    def raw(self, column: str) -> str:
        return unicodedata.normalize("NFKC", self.values.get(column, "")).strip()

    def text(self, column: str, *, required: bool = False, max_length: int = 200) -> str:
        value = self.values.get(column, "").strip()
        if required and not value:
            self.error(column, tr("{column} is empty; it is required."), column=column)
        elif len(value) > max_length:
            self.error(column, tr("{column} is longer than {limit} characters."),
                       column=column, limit=max_length)
        return value

    def decimal(self, column: str, *, default: Decimal | None = None, places: int = 2,
                required: bool = False, positive: bool = False,
                maximum: Decimal | None = None) -> Decimal | None:
        text = self.raw(column)
        for mark in _CURRENCY_MARKS:
            text = text.removeprefix(mark).removesuffix(mark).strip()
        if not text:
            if required:
                self.error(column, tr("{column} is empty; it is required."), column=column)
            return default
        if _THOUSANDS.match(text):
            text = text.replace(",", "")
        try:
            value = Decimal(text)
        except InvalidOperation:
            self.error(column, tr("{value} is not a number."), value=self.values.get(column))
            return None
        if not value.is_finite():
            self.error(column, tr("{value} is not a number."), value=self.values.get(column))
            return None
        if value < 0 or (positive and value == 0):
            self.error(column, tr("{column} must be above zero, not {value}.") if positive
                       else tr("{column} cannot be negative ({value})."),
                       column=column, value=text)
            return None
        if value != value.quantize(Decimal(1).scaleb(-places), rounding="ROUND_DOWN"):
            self.error(column, tr("{value} has more than {places} decimal places."),
                       value=text, places=places)
            return None
        if maximum is not None and value > maximum:
            self.error(column, tr("{value} is above the largest allowed {limit}."),
                       value=text, limit=maximum)
            return None
        return value

    def integer(self, column: str, default: int, *, low: int = 0, high: int = 10**9) -> int:
        text = self.raw(column)
        if not text:
            return default
        try:
            value = int(Decimal(text)) if Decimal(text) == int(Decimal(text)) else None
        except (InvalidOperation, ValueError, OverflowError):
            value = None
        if value is None:
            self.error(column, tr("{value} is not a whole number."), value=text)
            return default
        if not low <= value <= high:
            self.error(column, tr("{column} must be between {low} and {high}."),
                       column=column, low=low, high=high)
            return default
        return value

    def datetime(self, column: str, *, required: bool = False) -> datetime | None:
        """2025-03-01, 2025/3/1, 2025-03-01 14:30 (UTC), or Minguo 114/03/01."""
        text = self.raw(column)
        if not text:
            if required:
                self.error(column, tr("{column} is empty; it is required."), column=column)
            return None
        match = _DATE.match(text)
        if match is None:
            self.error(column, tr("{value} is not a date; write dates as 2025-03-01."),
                       value=text)
            return None
        year, month, day, hour, minute = match.groups()
        y = int(year) + (ROC_OFFSET if len(year) == 3 else 0)
        try:
            return datetime(y, int(month), int(day), int(hour or 0), int(minute or 0),
                            tzinfo=UTC)
        except ValueError:
            self.error(column, tr("{value} is not a date; write dates as 2025-03-01."),
                       value=text)
            return None

    def date(self, column: str, *, required: bool = False) -> date | None:
        moment = self.datetime(column, required=required)
        return None if moment is None else moment.date()

    def choice(self, column: str, enum: type[E], default: E) -> E:
        text = self.raw(column).lower().replace(" ", "_")
        if not text:
            return default
        for member in enum:
            if text in (member.value.lower(), member.name.lower()):
                return member
        self.error(column, tr("{value} is not one of: {choices}."),
                   value=self.raw(column), choices=", ".join(m.value for m in enum))
        return default

    def boolean(self, column: str, default: bool) -> bool:
        text = self.raw(column).lower()
        if column not in self.values or (not text and default):
            return default
        if text in _TRUE:
            return True
        if text in _FALSE:
            return False
        self.error(column, tr("{value} is not yes or no."), value=text)
        return default


def yes_no(value: bool) -> str:
    return "yes" if value else "no"


def plain(value: Decimal | None) -> str:
    """A Decimal without exponent or needless trailing zeros: 1200, 12.5, 0.05."""
    if value is None:
        return ""
    text = format(value.normalize(), "f")
    return "0" if text in ("-0", "") else text
