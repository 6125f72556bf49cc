"""Money arithmetic in Decimal: half-up rounding per line to the currency's exponent."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from functools import lru_cache

from babel.numbers import get_currency_precision

HUNDRED = Decimal(100)


@lru_cache(maxsize=64)
def exponent(currency: str) -> Decimal:
    """Decimal('0.01') for TWD/USD (CLDR), Decimal('1') for JPY."""
    return Decimal(1).scaleb(-get_currency_precision(currency))


def round_money(amount: Decimal, currency: str) -> Decimal:
    return amount.quantize(exponent(currency), rounding=ROUND_HALF_UP)


@dataclass(frozen=True)
class LineAmounts:
    net: Decimal
    tax: Decimal
    total: Decimal


def line_amounts(
    quantity: Decimal, unit_price: Decimal, discount_pct: Decimal, tax_rate: Decimal,
    currency: str,
) -> LineAmounts:
    """Net after discount and tax, each rounded half-up on the line; total = net + tax exactly."""
    net = round_money(quantity * unit_price * (HUNDRED - discount_pct) / HUNDRED, currency)
    tax = round_money(net * tax_rate, currency)
    return LineAmounts(net, tax, net + tax)
