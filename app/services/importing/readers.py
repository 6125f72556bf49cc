"""Reading an import file into header + text rows: CSV in any encoding Excel writes here, or XLSX.

Everything comes out as text (numbers and dates from XLSX too), so one set of field parsers
(fields.py) checks every file alike and names the row and column of each problem.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from datetime import date, datetime, time
from pathlib import Path

from app.services.errors import UserFacingError, tr

XLSX_MAGIC = b"PK\x03\x04"  # an XLSX file is a zip archive
# Tried in this order once UTF-8 has failed: Excel on a Traditional Chinese Windows saves
# "CSV" in Big5 (cp950), on a Simplified Chinese one in GBK, which GB18030 contains.
CJK_ENCODINGS = ("big5", "gb18030")
# A leading apostrophe that our CSV export put before these to stop formula injection.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


@dataclass(frozen=True)
class Table:
    """A file's header and its data rows; `row` numbers are those a spreadsheet shows."""

    encoding: str  # "utf-8", "utf-8-sig", "utf-16", "big5", "gb18030" or "xlsx"
    header: tuple[str, ...]
    rows: tuple[tuple[int, tuple[str, ...]], ...]


def read_table(source: str | Path | bytes, filename: str = "") -> Table:
    """Reads CSV or XLSX from a path or bytes; XLSX is recognised by content, not name."""
    if isinstance(source, bytes):
        data = source
    else:
        path = Path(source)
        try:
            data = path.read_bytes()
        except OSError as exc:
            raise UserFacingError(tr("The file {name} cannot be read ({reason})."),
                                  name=str(path), reason=exc.strerror or str(exc)) from None
        filename = filename or path.name
    if data.startswith(XLSX_MAGIC):
        return _read_xlsx(data, filename)
    if filename.lower().endswith((".xls", ".xlsx")) and not data.startswith(XLSX_MAGIC):
        raise UserFacingError(tr("{name} is not an XLSX workbook. Save it as XLSX or CSV "
                                 "(UTF-8) and try again."), name=filename)
    text, encoding = decode_csv(data)
    return _read_csv(text, encoding)


def decode_csv(data: bytes) -> tuple[str, str]:
    """UTF-16 with BOM, UTF-8 (with or without BOM); else Big5 or GB18030, whichever reads
    as Chinese."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):  # Excel's "Unicode text" is UTF-16
        try:
            return data.decode("utf-16"), "utf-16"
        except UnicodeDecodeError:
            pass
    if data.startswith(b"\xef\xbb\xbf"):
        try:
            return data[3:].decode("utf-8"), "utf-8-sig"
        except UnicodeDecodeError:
            pass
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    candidates = []
    for encoding in CJK_ENCODINGS:
        try:
            candidates.append((_common_share(data.decode(encoding), encoding), encoding))
        except UnicodeDecodeError:
            continue
    if not candidates:
        raise UserFacingError(tr("The file's text encoding is not recognised. Save it as "
                                 "CSV UTF-8 (or Big5 / GB18030) and try again."))
    best = max(candidates, key=lambda c: c[0])[1]  # Big5 wins a tie (listed first)
    return data.decode(best), best


def _common_share(text: str, encoding: str) -> float:
    """Share of the non-ASCII characters that are everyday characters in `encoding`.

    Both encodings accept most byte pairs, so a wrong guess still decodes, but into rare
    characters, kana and symbols. Everyday characters are the first level of each standard:
    GB2312 level 1 (lead byte 0xB0-0xD7) and Big5 level 1 (0xA440-0xC67E), plus the
    full-width punctuation both have.
    """
    wide = [ch for ch in text if ord(ch) > 0x7F]
    if not wide:
        return 1.0
    common = 0
    for ch in wide:
        if 0xFF01 <= ord(ch) <= 0xFF5E or 0x3000 <= ord(ch) <= 0x3011:
            common += 1
            continue
        try:
            raw = ch.encode("gb2312" if encoding == "gb18030" else "big5")
        except UnicodeEncodeError:
            continue
        if len(raw) == 2 and (0xB0 <= raw[0] <= 0xD7 if encoding == "gb18030"
                              else 0xA440 <= (raw[0] << 8 | raw[1]) <= 0xC67E):
            common += 1
    return common / len(wide)


def _read_csv(text: str, encoding: str) -> Table:
    try:
        dialect: type[csv.Dialect] | csv.Dialect = csv.Sniffer().sniff(
            text[:4096], delimiters=",;\t")
    except csv.Error:
        dialect = csv.excel
    reader = csv.reader(io.StringIO(text, newline=""), dialect)
    header: tuple[str, ...] | None = None
    rows: list[tuple[int, tuple[str, ...]]] = []
    try:
        for values in reader:
            if not any(v.strip() for v in values):
                continue
            if header is None:
                header = tuple(v.strip() for v in values)
                continue
            rows.append((reader.line_num, tuple(_unquote(v) for v in values)))
    except csv.Error as exc:
        raise UserFacingError(tr("Line {row} of the file is not valid CSV ({reason})."),
                              row=reader.line_num, reason=str(exc)) from None
    return Table(encoding, header or (), tuple(rows))


def _unquote(value: str) -> str:
    """Undoes the export's formula guard: "'=SUM(A1)" is the text "=SUM(A1)"."""
    if value.startswith("'") and value[1:2] and value[1] in FORMULA_STARTS:
        return value[1:]
    return value


def _read_xlsx(data: bytes, filename: str) -> Table:
    from openpyxl import load_workbook  # imported here: CSV-only use never loads it

    try:
        book = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except Exception:  # openpyxl raises zipfile/KeyError/ValueError kinds for a bad file
        raise UserFacingError(tr("{name} is not a readable XLSX workbook."),
                              name=filename or "The file") from None
    try:
        sheet = book.worksheets[0]
        header: tuple[str, ...] | None = None
        rows: list[tuple[int, tuple[str, ...]]] = []
        for number, values in enumerate(sheet.iter_rows(values_only=True), start=1):
            cells = tuple(_cell_text(v) for v in values)
            if not any(c.strip() for c in cells):
                continue
            if header is None:
                header = tuple(c.strip() for c in cells)
                continue
            rows.append((number, cells))
    finally:
        book.close()
    return Table("xlsx", header or (), tuple(rows))


def _cell_text(value: object) -> str:
    """A cell as the text a person would type: 12 not 12.0, a date as 2025-03-01."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() else repr(value)
    if isinstance(value, datetime):
        if value.time() == time(0):
            return value.date().isoformat()
        return value.isoformat(sep=" ", timespec="minutes")
    if isinstance(value, date):
        return value.isoformat()
    return str(value)
