"""Product master data: create with checks, find by SKU or barcode, bills of materials."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import or_, select

from app.models import BomLine, Product
from app.models.enums import MakeOrBuy
from app.services.auth import Actor, require
from app.services.barcodes import is_valid_ean13
from app.services.errors import NotFoundError, ValidationError, tr
from app.services.unit_of_work import UnitOfWork


@dataclass(frozen=True)
class ProductInput:
    sku: str
    name: str
    list_price: Decimal
    barcode: str | None = None
    specification: str = ""
    category: str = ""
    unit: str = "pcs"
    cost: Decimal = Decimal("0")
    tax_rate: Decimal = Decimal("0.05")
    make_or_buy: MakeOrBuy = MakeOrBuy.BUY
    safety_stock: Decimal = Decimal("0")
    bin_location: str = ""
    bin_sequence: int = 0
    lot_tracked: bool = False


@dataclass(frozen=True)
class ProductRow:
    id: uuid.UUID
    sku: str
    barcode: str | None
    name: str
    specification: str
    unit: str
    list_price: Decimal
    tax_rate: Decimal
    bin_location: str


def create_product(uow: UnitOfWork, actor: Actor, data: ProductInput) -> uuid.UUID:
    require(actor, "product.edit")
    _validate(data)
    with uow:
        product = Product(**data.__dict__)
        uow.session.add(product)
        uow.session.flush()
        product_id = product.id
        uow.commit()
    return product_id


def _validate(data: ProductInput) -> None:
    if not data.sku.strip():
        raise ValidationError("sku", tr("Give the product a SKU."))
    if not data.name.strip():
        raise ValidationError("name", tr("Enter the product's name."))
    if data.barcode and data.barcode.isdigit() and len(data.barcode) == 13 and not (
        is_valid_ean13(data.barcode)
    ):
        raise ValidationError("barcode", tr("The EAN-13 {code} has a wrong check digit."),
                              code=data.barcode)
    if data.list_price < 0 or data.cost < 0:
        raise ValidationError("list_price", tr("Prices cannot be negative."))
    if not Decimal(0) <= data.tax_rate < 1:
        raise ValidationError("tax_rate", tr("A tax rate is a fraction such as 0.05."))


def set_bom(
    uow: UnitOfWork, actor: Actor, product_id: uuid.UUID,
    components: list[tuple[uuid.UUID, Decimal]],
) -> None:
    """Replaces a make product's bill of materials."""
    require(actor, "product.edit")
    with uow:
        product = uow.session.get(Product, product_id)
        if product is None:
            raise NotFoundError(tr("That product does not exist any more."))
        product.bom.clear()
        uow.session.flush()
        for component_id, qty in components:
            if qty <= 0:
                raise ValidationError("quantity", tr("Component quantities must be above zero."))
            product.bom.append(BomLine(component_id=component_id, quantity=qty))
        uow.commit()


def find_product_by_code(uow: UnitOfWork, code: str) -> ProductRow:
    """Looks up a typed or scanned SKU or barcode; unknown codes are a clear refusal."""
    code = code.strip()
    with uow:
        row = uow.session.execute(
            _row_query().where(or_(Product.sku == code, Product.barcode == code))
        ).first()
    if row is None:
        raise NotFoundError(tr("No product has the code {code}."), code=code)
    return ProductRow(*row)


def search_products(uow: UnitOfWork, text: str, limit: int = 50) -> list[ProductRow]:
    pattern = f"%{text.strip()}%"
    with uow:
        rows = uow.session.execute(
            _row_query().where(Product.active, or_(
                Product.sku.ilike(pattern), Product.name.ilike(pattern),
                Product.specification.ilike(pattern), Product.barcode == text.strip()))
            .order_by(Product.sku).limit(limit)
        ).all()
    return [ProductRow(*row) for row in rows]


def _row_query():  # type: ignore[no-untyped-def]
    return select(Product.id, Product.sku, Product.barcode, Product.name, Product.specification,
                  Product.unit, Product.list_price, Product.tax_rate, Product.bin_location)
