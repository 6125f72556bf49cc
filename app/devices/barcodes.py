"""Pure barcode codecs: EAN-13/UPC-A check digits, symbology guessing and GS1 AI parsing."""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

GS = "\x1d"  # FNC1 as a scanner transmits it inside GS1-128 data


def gtin_check_digit(digits: str) -> int:
    """The GS1 mod-10 check digit of the digits before it (EAN-8/13, UPC-A, GTIN-14, SSCC)."""
    if not digits.isdigit():
        raise ValueError(f"not digits: {digits!r}")
    total = sum(int(d) * (3 if i % 2 == 0 else 1) for i, d in enumerate(reversed(digits)))
    return (10 - total % 10) % 10


def is_valid_gtin(code: str) -> bool:
    """True when `code` is all digits of a GTIN length and its last digit checks."""
    return (code.isdigit() and len(code) in (8, 12, 13, 14)
            and gtin_check_digit(code[:-1]) == int(code[-1]))


def is_valid_sscc(code: str) -> bool:
    """An 18-digit Serial Shipping Container Code whose last digit checks."""
    return code.isdigit() and len(code) == 18 and gtin_check_digit(code[:-1]) == int(code[-1])


def make_sscc(extension: int, company_prefix: str, serial_reference: int) -> str:
    """The SSCC of one package: extension digit, GS1 company prefix, serial, check digit."""
    serial_length = 16 - len(company_prefix)
    if not (0 <= extension <= 9 and company_prefix.isdigit() and 6 <= len(company_prefix) <= 12):
        raise ValueError("an SSCC needs an extension digit and a 6-12 digit company prefix")
    if not 0 <= serial_reference < 10 ** serial_length:
        raise ValueError(f"serial reference {serial_reference} does not fit {serial_length} "
                         "digits")
    first17 = f"{extension}{company_prefix}{serial_reference:0{serial_length}d}"
    return first17 + str(gtin_check_digit(first17))


def ean13_with_check(first12: str) -> str:
    """Append the check digit to 12 digits (a 12-digit UPC-A is padded with a leading 0)."""
    if len(first12) != 12 or not first12.isdigit():
        raise ValueError(f"EAN-13 needs 12 digits before the check digit, got {first12!r}")
    return first12 + str(gtin_check_digit(first12))


# AI -> (fixed data length or None for variable, max length, name)
_AIS: dict[str, tuple[int | None, int, str]] = {
    "00": (18, 18, "sscc"), "01": (14, 14, "gtin"), "02": (14, 14, "content_gtin"),
    "10": (None, 20, "lot"), "11": (6, 6, "production_date"), "13": (6, 6, "pack_date"),
    "15": (6, 6, "best_before"), "17": (6, 6, "expiry"), "21": (None, 20, "serial"),
    "30": (None, 8, "count"), "37": (None, 8, "count"), "400": (None, 30, "order_number"),
}
_WEIGHT_AI = re.compile(r"^(310|320)(\d)$")  # 310n net kg, 320n net lb, n = decimals
_DATE_AIS = {"11", "13", "15", "17"}


@dataclass(frozen=True)
class Gs1Data:
    """The application identifiers of one GS1-128 scan, raw and interpreted."""

    fields: dict[str, str] = field(default_factory=dict)
    gtin: str | None = None
    lot: str | None = None
    expiry: date | None = None
    net_weight: Decimal | None = None
    weight_unit: str | None = None
    sscc: str | None = None


def _gs1_date(yymmdd: str) -> date:
    year = 2000 + int(yymmdd[:2])  # GS1 sliding century; fine until 2050
    month, day = int(yymmdd[2:4]), int(yymmdd[4:6])
    if day == 0:  # "00" means the last day of the month
        day = calendar.monthrange(year, month)[1]
    return date(year, month, day)


def _split_ai(data: str, pos: int) -> tuple[str, int]:
    for width in (2, 3, 4):
        ai = data[pos:pos + width]
        if ai in _AIS or _WEIGHT_AI.match(ai):
            return ai, pos + width
    raise ValueError(f"unknown GS1 application identifier at {data[pos:pos + 4]!r}")


def _parse_fnc1(data: str) -> dict[str, str]:
    fields: dict[str, str] = {}
    pos = 0
    while pos < len(data):
        if data[pos] == GS:
            pos += 1
            continue
        ai, pos = _split_ai(data, pos)
        fixed = 6 if _WEIGHT_AI.match(ai) else _AIS[ai][0]
        if fixed is not None:
            value, pos = data[pos:pos + fixed], pos + fixed
            if len(value) != fixed:
                raise ValueError(f"AI ({ai}) needs {fixed} characters")
        else:
            end = data.find(GS, pos)
            end = len(data) if end < 0 else end
            value, pos = data[pos:end], end
        fields[ai] = value
    return fields


def _parse_bracketed(data: str) -> dict[str, str]:
    parts = re.findall(r"\((\d{2,4})\)([^(]*)", data)
    if not parts or "".join(f"({a}){v}" for a, v in parts) != data:
        raise ValueError(f"not a bracketed GS1 string: {data!r}")
    return dict(parts)


def parse_gs1(data: str) -> Gs1Data:
    """Parse GS1-128 data: ']C1' + FNC1-separated, or the human-readable '(01)...(10)...' form."""
    if data.startswith("]C1"):
        data = data[3:]
    fields = _parse_bracketed(data) if data.startswith("(") else _parse_fnc1(data.lstrip(GS))
    gtin = fields.get("01")
    if gtin is not None and not is_valid_gtin(gtin):
        raise ValueError(f"GTIN {gtin} has a wrong check digit")
    sscc = fields.get("00")
    if sscc is not None and not is_valid_sscc(sscc):
        raise ValueError(f"SSCC {sscc} has a wrong check digit")
    weight, unit = None, None
    for ai, value in fields.items():
        match = _WEIGHT_AI.match(ai)
        if match:
            weight = Decimal(value).scaleb(-int(match.group(2)))
            unit = "kg" if match.group(1) == "310" else "lb"
    expiry = _gs1_date(fields["17"]) if "17" in fields else None
    return Gs1Data(fields=fields, gtin=gtin, lot=fields.get("10"), expiry=expiry,
                   net_weight=weight, weight_unit=unit, sscc=fields.get("00"))


def gs1_fields(bracketed: str) -> list[tuple[str, str]]:
    """'(00)3401...(10)LOT' -> [('00', '3401...'), ('10', 'LOT')], validated like a scan."""
    parse_gs1(bracketed)  # raises ValueError for unknown AIs, wrong lengths or check digits
    return list(_parse_bracketed(bracketed).items())


def gs1_encoded(bracketed: str, fnc1: str) -> str:
    """The data as a GS1-128 symbol carries it: FNC1 first, then AI + value, and FNC1 after a
    variable-length value that is not last. `fnc1` is the writer's FNC1 (e.g. ReportLab \xf1)."""
    out = [fnc1]
    fields = gs1_fields(bracketed)
    for index, (ai, value) in enumerate(fields):
        out.append(ai + value)
        variable = not _WEIGHT_AI.match(ai) and _AIS[ai][0] is None
        if variable and index < len(fields) - 1:
            out.append(fnc1)
    return "".join(out)


@dataclass(frozen=True)
class Scan:
    """One scanned code, with what could be told about it from the data alone."""

    code: str
    symbology: str  # "ean13", "upca", "gs1-128" or "text" (Code 128, QR, ...)
    gs1: Gs1Data | None = None


def classify(code: str) -> Scan:
    """Guess the symbology from the data; a 12/13-digit code with a bad check digit is 'text'."""
    if code.startswith("]C1") or GS in code or re.fullmatch(r"(\(\d{2,4}\)[^(]+)+", code):
        try:
            return Scan(code, "gs1-128", parse_gs1(code))
        except ValueError:
            return Scan(code, "text")
    if len(code) == 13 and is_valid_gtin(code):
        return Scan(code, "ean13")
    if len(code) == 12 and is_valid_gtin(code):
        return Scan(code, "upca")
    return Scan(code, "text")
