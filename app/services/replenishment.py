"""Telling the people who replenish that products fell below their safety stock.

Two channels (docs/inventory.md):
- in the desk: the Inventory step lists every product below safety stock and the step title
  carries the count (worklists "below_safety"), for every role that may adjust stock or pick;
- by mail: when the setting `replenishment_email` holds an address (the buyer or the
  production planner), a stock action of the inventory screen that leaves a product below its
  safety stock queues one mail for that product per day, and "Mail the list" queues one mail
  with the whole list. Mails go through the outbox in the same transaction as the action, so
  a count that is rolled back never mails anybody.
"""

from __future__ import annotations

import uuid
from datetime import date
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.models import Product, StockLevel
from app.services import audit
from app.services.auth import Actor, require
from app.services.errors import UserFacingError, tr
from app.services.inventory import list_below_safety
from app.services.outbox import enqueue_mail
from app.services.settings import get_setting
from app.services.unit_of_work import UnitOfWork

SETTING = "replenishment_email"


def replenishment_address(session: Session) -> str:
    return get_setting(session, SETTING).strip()


def alert_if_below(session: Session, site_code: str, product_id: uuid.UUID,
                   today: date) -> uuid.UUID | None:
    """Inside the caller's transaction: queues today's mail for this product if it is now
    below its safety stock and an address is set. At most one per product and day."""
    address = replenishment_address(session)
    if not address:
        return None
    sku, name, safety = session.execute(
        select(Product.sku, Product.name, Product.safety_stock)
        .where(Product.id == product_id)).one()
    on_hand = session.scalar(
        select(func.coalesce(func.sum(StockLevel.on_hand), 0))
        .where(StockLevel.product_id == product_id)) or Decimal(0)
    if safety <= 0 or Decimal(on_hand) >= safety:
        return None
    return enqueue_mail(
        session, key=f"below-safety:{site_code}:{product_id}:{today.isoformat()}", to=address,
        subject=f"{sku} is below its safety stock",
        text=(f"{sku} {name}\nOn hand (all locations): {Decimal(on_hand).normalize():f}\n"
              f"Safety stock: {safety.normalize():f}\n\n"
              "Please replenish (purchase or production order).\n-- OrderDesk"))


def mail_below_safety_list(uow: UnitOfWork, actor: Actor, today: date | None = None
                           ) -> uuid.UUID:
    """Queues one mail listing every product below safety stock (at most one per day: a
    second press the same day returns the mail already queued)."""
    require(actor, "stock.adjust")
    today = today or date.today()
    rows = list_below_safety(uow)
    if not rows:
        raise UserFacingError(tr("No product is below its safety stock."))
    with uow:
        session = uow.session
        address = replenishment_address(session)
        if not address:
            raise UserFacingError(tr("No replenishment mail address is set. Ask a manager to "
                                     "set replenishment_email in the settings."))
        lines = [f"{r.sku:<16} {r.name[:40]:<40} on hand {r.on_hand.normalize():f} / "
                 f"safety {r.safety_stock.normalize():f}" for r in rows]
        mail_id = enqueue_mail(
            session, key=f"below-safety-list:{uow.site_code}:{today.isoformat()}", to=address,
            subject=f"{len(rows)} products below safety stock ({today.isoformat()})",
            text="\n".join(lines) + "\n\n-- OrderDesk")
        session.flush()
        audit.record(session, actor, "outbox_mail", mail_id, "below_safety_alert", None, None,
                     products=len(rows))
        uow.commit()
    return mail_id
