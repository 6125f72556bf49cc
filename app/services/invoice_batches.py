"""Which invoices a batch print takes: posted ones issued in a date range, in number order."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select

from app.models import Invoice
from app.models.enums import DocState
from app.services.unit_of_work import UnitOfWork


@dataclass(frozen=True)
class InvoiceToPrint:
    id: uuid.UUID
    number: str


def posted_invoices_between(uow: UnitOfWork, first: date, last: date) -> list[InvoiceToPrint]:
    """Posted invoices with first <= issue date <= last (both days included), by number."""
    query = (select(Invoice.id, Invoice.number)
             .where(Invoice.state == DocState.POSTED, Invoice.issue_date >= first,
                    Invoice.issue_date <= last)
             .order_by(Invoice.number))
    with uow:
        return [InvoiceToPrint(row.id, row.number or "") for row in uow.session.execute(query)]
