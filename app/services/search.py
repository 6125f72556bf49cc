"""The main window's global search: orders, customers and products from one box."""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from sqlalchemy import or_, select

from app.models import Customer, Product, SalesOrder
from app.services.numbering import format_number
from app.services.unit_of_work import UnitOfWork


@dataclass(frozen=True)
class SearchHit:
    kind: str  # "order", "customer" or "product": which screen opens it
    id: uuid.UUID
    title: str  # order number, customer name, SKU
    detail: str  # customer of the order, customer code, product name


def _like(text: str) -> str:
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def search_everything(uow: UnitOfWork, text: str, limit: int = 8) -> list[SearchHit]:
    """Orders by number (prefix, so the index answers on a million orders), customers by
    name, code or phone, products by SKU, barcode or name; up to `limit` of each."""
    text = text.strip()
    if len(text) < 2 and not text.isdigit():
        return []
    pattern = _like(text)
    hits: list[SearchHit] = []
    with uow:
        session = uow.session
        prefix = text.upper().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        by_number = SalesOrder.number.like(f"{prefix}%", escape="\\")
        if text.isdigit():  # "123" finds this site's HQ-SO-000123 (an index lookup)
            by_number = or_(by_number, SalesOrder.number == format_number(
                uow.site_code, "SO", int(text)))
        for order_id, number, customer in session.execute(
                select(SalesOrder.id, SalesOrder.number, SalesOrder.customer_name)
                .where(by_number)
                .order_by(SalesOrder.number.desc()).limit(limit)):
            hits.append(SearchHit("order", order_id, number, customer))
        for customer_id, name, code in session.execute(
                select(Customer.id, Customer.name, Customer.code)
                .where(or_(Customer.name.ilike(pattern, escape="\\"),
                           Customer.code.ilike(pattern, escape="\\"),
                           Customer.phone.like(pattern, escape="\\")))
                .order_by(Customer.name).limit(limit)):
            hits.append(SearchHit("customer", customer_id, name, code))
        for product_id, sku, name in session.execute(
                select(Product.id, Product.sku, Product.name)
                .where(or_(Product.sku.ilike(pattern, escape="\\"),
                           Product.barcode == text,
                           Product.name.ilike(pattern, escape="\\")))
                .order_by(Product.sku).limit(limit)):
            hits.append(SearchHit("product", product_id, sku, name))
    return hits
