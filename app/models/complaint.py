"""The complaint register: recorded, classified, assigned, resolved and closed."""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base, IdMixin, utcnow
from app.models.enums import ComplaintCategory, ComplaintState, DamageResolution, enum_type


class Complaint(IdMixin, Base):
    __tablename__ = "complaints"

    number: Mapped[str] = mapped_column(String(30), unique=True)
    customer_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("customers.id"), index=True)
    order_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("sales_orders.id"), index=True)
    order_line_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("sales_order_lines.id"))
    category: Mapped[ComplaintCategory] = mapped_column(enum_type(ComplaintCategory))
    state: Mapped[ComplaintState] = mapped_column(
        enum_type(ComplaintState), default=ComplaintState.OPEN
    )
    description: Mapped[str] = mapped_column(Text)
    assigned_to: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("users.id"))
    resolution: Mapped[DamageResolution] = mapped_column(
        enum_type(DamageResolution), default=DamageResolution.NONE
    )
    resolution_note: Mapped[str] = mapped_column(Text, default="")
    root_cause: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(default=utcnow, index=True)
    created_by: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("users.id"))
    resolved_at: Mapped[datetime | None] = mapped_column(index=True)  # time to resolve KPI
    closed_at: Mapped[datetime | None]
