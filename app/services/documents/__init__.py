"""Every PDF of the process: builders read the data, renderers turn frozen values into bytes."""

from __future__ import annotations

import uuid
from datetime import date

from app.services.documents import builders, builders_finance, builders_fulfilment
from app.services.documents.commercial import render_commercial
from app.services.documents.finance import render_account, render_payment_confirmation
from app.services.documents.fulfilment import (
    render_delivery_note,
    render_loading_list,
    render_packing_list,
)
from app.services.documents.warehouse import render_pick_list
from app.services.unit_of_work import UnitOfWork


def order_confirmation_pdf(uow: UnitOfWork, order_id: uuid.UUID) -> bytes:
    return render_commercial(builders.order_confirmation(uow, order_id))


def invoice_pdf(uow: UnitOfWork, invoice_id: uuid.UUID) -> bytes:
    return render_commercial(builders.invoice(uow, invoice_id))


def credit_note_pdf(uow: UnitOfWork, credit_note_id: uuid.UUID) -> bytes:
    return render_commercial(builders.credit_note(uow, credit_note_id))


def pick_list_pdf(uow: UnitOfWork, pick_list_id: uuid.UUID) -> bytes:
    return render_pick_list(builders.pick_list(uow, pick_list_id))


def packing_list_pdf(uow: UnitOfWork, order_id: uuid.UUID) -> bytes:
    return render_packing_list(builders_fulfilment.packing_list(uow, order_id))


def delivery_note_pdf(uow: UnitOfWork, shipment_id: uuid.UUID) -> bytes:
    return render_delivery_note(builders_fulfilment.delivery_note(uow, shipment_id))


def payment_confirmation_pdf(uow: UnitOfWork, payment_id: uuid.UUID) -> bytes:
    return render_payment_confirmation(builders_finance.payment_confirmation(uow, payment_id))


def statement_pdf(uow: UnitOfWork, customer_id: uuid.UUID, as_of: date) -> bytes:
    return render_account(builders_finance.account(uow, customer_id, as_of))


def reminder_pdf(uow: UnitOfWork, customer_id: uuid.UUID, as_of: date, level: int) -> bytes:
    """Levels 1 (friendly), 2 (firm) and 3 (final notice)."""
    return render_account(builders_finance.account(uow, customer_id, as_of, level))


def loading_list_pdf(uow: UnitOfWork, shipment_ids: list[uuid.UUID]) -> bytes:
    return render_loading_list(builders_fulfilment.loading_list(uow, shipment_ids))
