"""Products: one row each, keyed by SKU, with their category."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.models import Product
from app.models.enums import MakeOrBuy
from app.services import audit
from app.services.auth import Actor
from app.services.barcodes import is_valid_ean13
from app.services.errors import tr
from app.services.importing.common import ImportContext, dict_rows, once_per_file
from app.services.importing.fields import Column, RowError, RowReader, plain, yes_no
from app.services.importing.readers import Table
from app.services.products import ProductInput

KEY = "sku"
COLUMNS = (
    Column("sku", True, "text, up to 40 characters, unique", "SC-M6-20"),
    Column("name", True, "text, up to 200 characters", "不鏽鋼螺絲 Stainless screw M6"),
    Column("category", False, "text, up to 60 characters", "Fasteners 扣件"),
    Column("specification", False, "text, up to 200 characters", "M6 x 20 mm, A2"),
    Column("unit", False, "text, up to 12 characters (default pcs)", "box"),
    Column("list_price", True, "amount, 2 decimals, >= 0", "120.50"),
    Column("cost", False, "amount, 2 decimals, >= 0 (default 0)", "80"),
    Column("tax_rate", False, "fraction 0 to < 1, 4 decimals (default 0.05)", "0.05"),
    Column("barcode", False, "EAN-13 or other code, unique", "4710000000001"),
    Column("make_or_buy", False, "make or buy (default buy)", "buy"),
    Column("safety_stock", False, "quantity, 3 decimals, >= 0 (default 0)", "50"),
    Column("bin_location", False, "text, up to 20 characters", "A-01-03"),
    Column("bin_sequence", False, "whole number >= 0 (default 0)", "13"),
    Column("lot_tracked", False, "yes/no (default no)", "no"),
    Column("active", False, "yes/no (default yes)", "yes"),
)


def parse(table: Table, errors: list[RowError], ctx: ImportContext
          ) -> Iterator[tuple[str, tuple[int, ...], str, ProductInput | None]]:
    first: dict[str, int] = {}
    barcodes: dict[str, int] = {}
    for row_no, values in dict_rows(table):
        r = RowReader(row_no, values, errors)
        sku = r.text("sku", required=True, max_length=40)
        name = r.text("name", required=True)
        if sku and not once_per_file(sku, row_no, first, "sku", errors):
            r.failed = True
        barcode = r.text("barcode", max_length=40) or None
        if barcode and not once_per_file(barcode, row_no, barcodes, "barcode", errors):
            r.failed = True
        if barcode and barcode.isdigit() and len(barcode) == 13 and not is_valid_ean13(barcode):
            r.error("barcode", tr("The EAN-13 {code} has a wrong check digit."), code=barcode)
        tax_rate = r.decimal("tax_rate", default=Decimal("0.05"), places=4)
        if tax_rate is not None and tax_rate >= 1:
            r.error("tax_rate", tr("A tax rate is a fraction such as 0.05."))
        data = ProductInput(
            sku=sku, name=name, list_price=r.decimal("list_price", required=True) or Decimal(0),
            barcode=barcode, specification=r.text("specification"),
            category=r.text("category", max_length=60),
            unit=r.text("unit", max_length=12) or "pcs",
            cost=r.decimal("cost", default=Decimal(0)) or Decimal(0),
            tax_rate=tax_rate if tax_rate is not None else Decimal("0.05"),
            make_or_buy=r.choice("make_or_buy", MakeOrBuy, MakeOrBuy.BUY),
            safety_stock=r.decimal("safety_stock", default=Decimal(0), places=3) or Decimal(0),
            bin_location=r.text("bin_location", max_length=20),
            bin_sequence=r.integer("bin_sequence", 0),
            lot_tracked=r.boolean("lot_tracked", False),
        )
        active = r.boolean("active", True)
        yield sku, (row_no,), name, None if r.failed else (data, active)


def check(session: Session, records: list[tuple[str, tuple[int, ...], tuple[ProductInput, bool]]],
          errors: list[RowError], warnings: list[RowError], ctx: ImportContext) -> set[str]:
    """SKUs already in the database (skipped); a new product's barcode must be free."""
    keys = [key for key, _, _ in records]
    found: set[str] = set()
    for start in range(0, len(keys), 500):
        found.update(session.scalars(select(Product.sku).where(
            Product.sku.in_(keys[start:start + 500]))))
    wanted = {data.barcode: rows[0] for key, rows, (data, _) in records
              if data.barcode and key not in found}
    taken = session.execute(select(Product.barcode, Product.sku).where(
        Product.barcode.in_(list(wanted)))).all() if wanted else []
    for barcode, sku in taken:
        errors.append(RowError(wanted[barcode], "barcode",
                               tr("The barcode {code} already belongs to {sku}."),
                               {"code": barcode, "sku": sku}))
    return found


def write(session: Session, actor: Actor, records: list[tuple[ProductInput, bool]],
          ctx: ImportContext) -> int:
    for data, active in records:
        product = Product(**data.__dict__, active=active)
        session.add(product)
        session.flush()
        audit.record(session, actor, "product", product.id, "import", None, None,
                     batch=str(ctx.batch_id))
    return len(records)


def export_rows(session: Session) -> Iterator[dict[str, str]]:
    for p in session.scalars(select(Product).order_by(Product.sku)):
        yield {
            "sku": p.sku, "name": p.name, "category": p.category,
            "specification": p.specification, "unit": p.unit,
            "list_price": plain(p.list_price), "cost": plain(p.cost),
            "tax_rate": plain(p.tax_rate), "barcode": p.barcode or "",
            "make_or_buy": p.make_or_buy.value, "safety_stock": plain(p.safety_stock),
            "bin_location": p.bin_location, "bin_sequence": str(p.bin_sequence),
            "lot_tracked": yes_no(p.lot_tracked), "active": yes_no(p.active),
        }
