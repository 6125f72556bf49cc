"""Importing customers, products and opening stock: encodings, XLSX, per-row errors, all or
nothing, the same file twice, permissions."""

from __future__ import annotations

import io
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import Workbook
from sqlalchemy import func, select

from app.models import AuditEntry, Customer, Product, StockMove
from app.models.enums import CustomerTier, PaymentCondition, Role
from app.services import customers as customer_service
from app.services import stock as stock_service
from app.services.errors import PermissionDeniedError, UserFacingError
from app.services.importing import (
    ImportRefusedError,
    RecordStatus,
    apply_import,
    import_columns,
    preview_import,
)
from app.services.importing.fields import RowError, RowReader
from app.services.importing.readers import decode_csv
from app.services.integrity import check_database
from app.services.unit_of_work import UowFactory
from tests.factories import Factory

SAMPLES = Path(__file__).resolve().parents[2] / "resources" / "samples"


def _count(uow: UowFactory, model: type) -> int:
    with uow(write=False) as u:
        return u.session.scalar(select(func.count()).select_from(model)) or 0


def _import(uow: UowFactory, f: Factory, kind: str, source: str | Path | bytes,
            name: str = "") -> None:
    preview = preview_import(uow(write=False), f.admin, kind, source, filename=name)
    assert preview.errors == (), [e.message for e in preview.errors]
    apply_import(uow(), f.admin, preview)


def test_the_sample_customers_arrive_with_contacts_addresses_and_terms(
        uow: UowFactory, f: Factory) -> None:
    preview = preview_import(uow(write=False), f.admin, "customers", SAMPLES / "customers.csv")
    assert (preview.new, preview.present, preview.invalid) == (3, 0, 0)
    assert preview.encoding == "utf-8"
    assert _count(uow, Customer) == 0  # a preview writes nothing

    result = apply_import(uow(), f.admin, preview)
    assert (result.created, result.skipped, result.rows) == (3, 0, 3)
    found = customer_service.find_customers(uow(write=False), "台北精密")
    detail = customer_service.get_customer(uow(write=False), found[0].id)
    assert detail.tier is CustomerTier.A and detail.credit_limit == Decimal("500000")
    assert detail.payment_condition is PaymentCondition.CREDIT and detail.credit_days == 60
    assert detail.contact_name == "王小明" and detail.verified
    assert "上午送貨" in detail.preferences
    assert "新北市五股區五工路 12 號" in detail.addresses


def test_the_same_file_twice_creates_nothing_the_second_time(
        uow: UowFactory, f: Factory) -> None:
    for kind in ("customers", "products", "stock"):
        _import(uow, f, kind, SAMPLES / f"{kind}.csv")
    counts = (_count(uow, Customer), _count(uow, Product), _count(uow, StockMove))
    assert counts == (3, 3, 4)

    for kind in ("customers", "products", "stock"):
        preview = preview_import(uow(write=False), f.admin, kind, SAMPLES / f"{kind}.csv")
        assert preview.new == 0 and preview.present == len(preview.records) > 0
        result = apply_import(uow(), f.admin, preview)
        assert result.created == 0
    assert (_count(uow, Customer), _count(uow, Product), _count(uow, StockMove)) == counts


def test_a_half_broken_file_lists_each_error_by_row_and_column_and_imports_nothing(
        uow: UowFactory, f: Factory) -> None:
    data = ("code,name,phone,credit_limit,tier,email\n"
            "K1,Good Co 好公司,02 2345 6789,1000,A,\n"        # row 2: fine
            "K2,Bad Number,02 2345 6789,12abc,B,\n"          # row 3: garbled number
            "K3,Negative,02 2345 6789,-5,B,\n"               # row 4: negative
            "K1,Again,02 2345 6789,0,B,\n"                   # row 5: duplicate key in file
            ",No Code,02 2345 6789,0,B,\n"                   # row 6: missing code
            "K6,Bad Tier,02 2345 6789,0,Z,\n"                # row 7: unknown tier
            "K7,No Contact,,0,B,\n").encode()                # row 8: neither phone nor email
    preview = preview_import(uow(write=False), f.admin, "customers", data, filename="c.csv")
    where = {(e.row, e.column) for e in preview.errors}
    assert where == {(3, "credit_limit"), (4, "credit_limit"), (5, "code"), (6, "code"),
                     (7, "tier"), (8, "phone")}
    messages = {e.row: e.message for e in preview.errors}
    assert messages[3] == "12abc is not a number."
    assert messages[5] == "K1 appears again (first on row 2)."
    garbled = next(e for e in preview.errors if e.row == 3)  # a template for tr(), then params
    assert (garbled.template, dict(garbled.params)) == ("{value} is not a number.",
                                                        {"value": "12abc"})
    assert (preview.new, preview.invalid) == (1, 6)
    bad_tier = next(r for r in preview.records if r.key == "K6")
    assert [e.column for e in preview.errors_for(bad_tier)] == ["tier"]

    with pytest.raises(ImportRefusedError) as refused:
        apply_import(uow(), f.admin, preview)
    assert len(refused.value.errors) == 6
    with pytest.raises(ImportRefusedError):
        apply_import(uow(), f.admin, data, kind="customers")
    assert _count(uow, Customer) == 0 and _count(uow, AuditEntry) == 0


def test_missing_required_columns_are_named(uow: UowFactory, f: Factory) -> None:
    required = {c.name for c in import_columns("products") if c.required}
    assert required == {"sku", "name", "list_price"}
    preview = preview_import(uow(write=False), f.admin, "products",
                             b"sku,price\nA,1\n", filename="p.csv")
    missing = {e.column for e in preview.errors if "required column" in e.message}
    assert missing == {"name", "list_price"}
    assert all(e.row == 1 for e in preview.errors)
    assert [w.column for w in preview.warnings] == ["price"]  # ignored, said so


def test_a_big5_csv_from_chinese_excel_is_read_as_chinese(uow: UowFactory, f: Factory) -> None:
    raw = (SAMPLES / "customers-big5.csv").read_bytes()
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")
    preview = preview_import(uow(write=False), f.admin, "customers", raw, filename="big5.csv")
    assert preview.encoding == "big5" and preview.errors == ()
    assert [r.summary for r in preview.records][:1] == ["台北精密機械股份有限公司"]


def test_chinese_column_names_from_a_big5_sheet_are_understood(
        uow: UowFactory, f: Factory) -> None:
    text = "客戶代號,客戶名稱,電話,信用額度,聯絡人\nT01,新竹電子有限公司,03 578 1234,20000,林小姐\n"
    preview = preview_import(uow(write=False), f.admin, "customers", text.encode("big5"),
                             filename="客戶.csv")
    assert preview.errors == () and preview.warnings == () and preview.new == 1
    apply_import(uow(), f.admin, preview)
    found = customer_service.find_customers(uow(write=False), "新竹")
    detail = customer_service.get_customer(uow(write=False), found[0].id)
    assert (detail.code, detail.credit_limit, detail.contact_name) == ("T01", Decimal(20000),
                                                                       "林小姐")


@pytest.mark.parametrize("text", ["代號,名稱\n上海华东贸易有限公司,北京市朝阳区\n",
                                  "sku,name\nP1,不锈钢螺丝 M6,个\n"])
def test_gb18030_and_utf8_with_bom_are_detected(text: str) -> None:
    assert decode_csv(text.encode("gb18030")) == (text, "gb18030")
    assert decode_csv(text.encode("utf-8-sig")) == (text, "utf-8-sig")


def test_utf16_from_excel_unicode_text_is_read_and_unreadable_bytes_are_refused(
        uow: UowFactory, f: Factory) -> None:
    text = "sku\tname\tlist_price\nU-1\t萬用錶 Multimeter\t890\n"
    preview = preview_import(uow(write=False), f.admin, "products", text.encode("utf-16"),
                             filename="products.txt")
    assert preview.encoding == "utf-16" and preview.new == 1 and preview.errors == ()
    with pytest.raises(UserFacingError, match="encoding is not recognised"):
        preview_import(uow(write=False), f.admin, "products", b"sku,name\n\x81 \xff,x\n",
                       filename="garbage.csv")


def test_an_xlsx_with_a_header_row_imports_numbers_and_dates_as_typed(
        uow: UowFactory, f: Factory) -> None:
    book = Workbook()
    sheet = book.active
    sheet.append(["SKU", "Name", "List price", "Tax rate", "Safety stock", "Category"])
    sheet.append(["X-1", "電鑽 Drill", 3200, 0.05, 5, "Power tools"])
    sheet.append(["X-2", "Saw 鋸", 1999.5, None, None, ""])
    out = io.BytesIO()
    book.save(out)
    _import(uow, f, "products", out.getvalue(), "products.xlsx")
    with uow(write=False) as u:
        rows = {p.sku: (p.list_price, p.category, p.tax_rate, p.safety_stock, p.name)
                for p in u.session.scalars(select(Product))}
    assert rows == {"X-1": (Decimal("3200"), "Power tools", Decimal("0.05"), Decimal(5),
                            "電鑽 Drill"),
                    "X-2": (Decimal("1999.50"), "", Decimal("0.05"), Decimal(0), "Saw 鋸")}


def test_opening_stock_goes_through_the_ledger_and_keeps_check_clean(
        uow: UowFactory, f: Factory, engine) -> None:  # type: ignore[no-untyped-def]
    _import(uow, f, "products", SAMPLES / "products.csv")
    _import(uow, f, "stock", SAMPLES / "stock.csv")
    levels = {(r.sku, r.location_code): r.on_hand
              for r in stock_service.list_stock(uow(write=False))}
    assert levels == {("SC-M6-20", "HQ-MAIN"): Decimal(1200), ("NT-M6", "HQ-MAIN"): Decimal(800),
                      ("DR-500", "HQ-MAIN"): Decimal(25), ("DR-500", "HQ-SHOP"): Decimal(3)}
    with uow(write=False) as u:
        moves = [(m.ref_kind, m.kind.value) for m in u.session.scalars(select(StockMove))]
    assert moves == [("import", "count")] * 4
    assert check_database(engine) == []

    # A second file states new levels: the differences are posted, the history stays.
    _import(uow, f, "stock", b"sku,quantity\nSC-M6-20,1000\nNT-M6,800\n", "recount.csv")
    assert _count(uow, StockMove) == 5
    assert check_database(engine) == []


def test_stock_rows_with_unknown_skus_or_negative_quantities_are_refused(
        uow: UowFactory, f: Factory) -> None:
    _import(uow, f, "products", SAMPLES / "products.csv")
    preview = preview_import(uow(write=False), f.admin, "stock",
                             b"sku,quantity\nNOPE,5\nNT-M6,-3\nDR-500,x\nSC-M6-20,2\n",
                             filename="s.csv")
    assert {(e.row, e.column) for e in preview.errors} == {(2, "sku"), (3, "quantity"),
                                                            (4, "quantity")}
    assert [r.status for r in preview.records] == [RecordStatus.INVALID] * 3 + [RecordStatus.NEW]
    with pytest.raises(ImportRefusedError):
        apply_import(uow(), f.admin, preview)
    assert _count(uow, StockMove) == 0


def test_apply_checks_again_what_changed_since_the_preview(uow: UowFactory, f: Factory) -> None:
    preview = preview_import(uow(write=False), f.admin, "customers", SAMPLES / "customers.csv")
    f.customer(name="Someone else")  # unrelated: still fine
    _import(uow, f, "customers", b"code,name,phone\nC0002,Harbour (typed by hand),02 2345 6789\n",
            "one.csv")
    result = apply_import(uow(), f.admin, preview)
    assert (result.created, result.skipped) == (2, 1)  # C0002 was entered meanwhile


def test_only_a_manager_or_admin_may_import(uow: UowFactory, f: Factory) -> None:
    with pytest.raises(PermissionDeniedError):
        preview_import(uow(write=False), f.actor(Role.SALES), "customers",
                       SAMPLES / "customers.csv")
    preview = preview_import(uow(write=False), f.actor(Role.MANAGER), "customers",
                             SAMPLES / "customers.csv")
    assert preview.new == 3


@pytest.mark.parametrize("typed, expected", [
    ("1,234.50", Decimal("1234.50")), ("NT$1,200", Decimal(1200)), ("１２", Decimal(12)),
    (" 7 ", Decimal(7)), ("", Decimal(0)),
])
def test_numbers_are_read_as_people_type_them(typed: str, expected: Decimal) -> None:
    errors: list[RowError] = []
    assert RowReader(2, {"v": typed}, errors).decimal("v", default=Decimal(0)) == expected
    assert errors == []


@pytest.mark.parametrize("typed, message", [
    ("inf", "inf is not a number."), ("1.234", "1.234 has more than 2 decimal places."),
    ("-1", "v cannot be negative (-1)."), ("1.2.3", "1.2.3 is not a number."),
])
def test_garbled_numbers_are_named(typed: str, message: str) -> None:
    errors: list[RowError] = []
    assert RowReader(2, {"v": typed}, errors).decimal("v") is None
    assert [(e.row, e.column, e.message) for e in errors] == [(2, "v", message)]


def test_whole_numbers_dates_and_yes_no_refuse_what_they_cannot_read() -> None:
    errors: list[RowError] = []
    r = RowReader(5, {"n": "1e999", "d": "2025-13-01", "b": "maybe", "ok": "是"}, errors)
    assert r.integer("n", 3) == 3 and r.date("d") is None and r.boolean("ok", False)
    assert r.boolean("b", False) is False
    assert [e.column for e in errors] == ["n", "d", "b"]
