"""Dates, numbers and money as the chosen language writes them (babel, exact Decimals)."""

from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import Decimal, InvalidOperation

from babel.dates import format_date, format_datetime, format_time
from babel.numbers import NumberFormatError, format_currency, format_decimal, parse_decimal

from app.views.support.i18n import babel_locale

DEFAULT_CURRENCY = "TWD"


def money(amount: Decimal | None, currency: str = DEFAULT_CURRENCY) -> str:
    """1234.5 -> "NT$1,234.50" / "$1,234.50"; always two decimals, Decimal never floats."""
    if amount is None:
        return ""
    return format_currency(amount, currency, locale=babel_locale(), format_type="standard",
                           currency_digits=False, decimal_quantization=True,
                           format="¤#,##0.00;-¤#,##0.00")


def amount(value: Decimal | None) -> str:
    """Money without the currency sign, for table columns whose header names the currency."""
    if value is None:
        return ""
    return format_decimal(value, format="#,##0.00", locale=babel_locale())


def number(value: Decimal | int | None) -> str:
    """Quantities: as many decimals as they have ("12", "2.5"), grouped by the locale."""
    if value is None:
        return ""
    if isinstance(value, Decimal):
        value = value.normalize() if value == value.to_integral() else value
        if value == value.to_integral():
            value = value.quantize(Decimal(1))
    return format_decimal(value, locale=babel_locale(), decimal_quantization=False)


def parse_number(text: str) -> Decimal:
    """The user's typed number in their locale ("1,250.5"); raises ValueError if it is not one."""
    cleaned = text.strip()
    if not cleaned:
        raise ValueError("empty")
    try:
        return Decimal(str(parse_decimal(cleaned, locale=babel_locale(), strict=False)))
    except (NumberFormatError, InvalidOperation):
        raise ValueError(cleaned) from None


def day(value: date | None) -> str:
    """2026-11-27 -> "Nov 27, 2026" / "2026年11月27日"."""
    return "" if value is None else format_date(value, format="medium", locale=babel_locale())


def short_day(value: date | None) -> str:
    """Compact, for table cells: "11/27/26" / "2026/11/27"."""
    return "" if value is None else format_date(value, format="short", locale=babel_locale())


def moment(value: datetime | None) -> str:
    """A stored UTC timestamp in the computer's time zone, short form."""
    if value is None:
        return ""
    if value.tzinfo is None:
        value = value.replace(tzinfo=UTC)
    return format_datetime(value.astimezone(), format="short", locale=babel_locale())


def clock(value: datetime | None) -> str:
    """A stored UTC timestamp as the status bar says it: "10:42" today, else date and time."""
    if value is None:
        return ""
    if value.tzinfo is None:
        value = value.replace(tzinfo=UTC)
    local = value.astimezone()
    if local.date() == datetime.now().astimezone().date():
        return format_time(local, format="short", locale=babel_locale())
    return moment(value)
