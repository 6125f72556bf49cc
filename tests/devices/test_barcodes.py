"""Check digits, symbology guessing and GS1-128 application identifiers."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from app.devices.barcodes import (
    GS,
    classify,
    ean13_with_check,
    gtin_check_digit,
    is_valid_gtin,
    parse_gs1,
)


def test_known_ean13_and_upca_codes_pass_their_check_digit() -> None:
    assert ean13_with_check("400638133393") == "4006381333931"
    assert is_valid_gtin("4006381333931")
    assert is_valid_gtin("036000291452")  # UPC-A
    assert gtin_check_digit("0950600013435") == 2


def test_a_mistyped_digit_fails_the_check() -> None:
    assert not is_valid_gtin("4006381333932")
    assert classify("4006381333932").symbology == "text"


def test_scans_are_classified_by_their_data() -> None:
    assert classify("4006381333931").symbology == "ean13"
    assert classify("036000291452").symbology == "upca"
    assert classify("HQ-SO-000123").symbology == "text"


def test_gs1_with_fnc1_separators_gives_gtin_lot_expiry_and_weight() -> None:
    data = parse_gs1(f"]C10109506000134352{GS}10LOT-7A{GS}17260531" + "3103001250")
    assert data.gtin == "09506000134352"
    assert data.lot == "LOT-7A"
    assert data.expiry == date(2026, 5, 31)
    assert data.net_weight == Decimal("1.250") and data.weight_unit == "kg"


def test_bracketed_gs1_and_day_zero_expiry_mean_the_month_end() -> None:
    data = parse_gs1("(01)09506000134352(17)260200(10)A1")
    assert data.expiry == date(2026, 2, 28)
    assert data.lot == "A1"
    assert classify("(01)09506000134352(10)A1").gs1 is not None


def test_a_variable_field_at_the_end_needs_no_separator() -> None:
    assert parse_gs1("0109506000134352" + "10BATCH9").lot == "BATCH9"


@pytest.mark.parametrize("bad", ["0109506000134353", "99ABC", "01123"])
def test_broken_gs1_data_is_refused(bad: str) -> None:
    with pytest.raises(ValueError):
        parse_gs1(bad)
