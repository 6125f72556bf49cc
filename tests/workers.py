"""Code run in separate OS processes by the concurrency and crash tests (importable by spawn)."""

from __future__ import annotations

import os
import time
import uuid
from multiprocessing.synchronize import Barrier
from typing import Any

from app.models.enums import Role
from app.services import allocation
from app.services.auth import Actor
from app.services.database import make_engine
from app.services.errors import InsufficientStockError
from app.services.unit_of_work import UnitOfWork, make_uow_factory


def allocate_all_or_nothing(url: str, user_id: str, order_id: str, barrier: Barrier,
                            results: Any) -> None:
    """One station: wait for the others, then try to allocate its order whole."""
    engine = make_engine(url)
    uow = make_uow_factory(engine)
    actor = Actor(uuid.UUID(user_id), "racer", Role.ADMIN)
    barrier.wait()
    try:
        allocation.allocate_order(uow(), actor, uuid.UUID(order_id), all_or_nothing=True)
        results.put(("ok", order_id))
    except InsufficientStockError:
        results.put(("insufficient", order_id))
    except Exception as exc:  # anything else is a failure the test reports
        results.put(("error", f"{type(exc).__name__}: {exc}"))
    finally:
        engine.dispose()


def hang_before_commit(ready: Any) -> None:
    """Makes every commit stop just before it happens, so the parent can SIGKILL mid-action."""
    def stuck_commit(self: UnitOfWork) -> None:
        self.session.flush()  # everything is written inside the open transaction...
        ready.put(os.getpid())
        time.sleep(600)  # ...and the process is killed before COMMIT

    UnitOfWork.commit = stuck_commit  # type: ignore[method-assign]


def allocate_then_hang(url: str, user_id: str, order_id: str, ready: Any) -> None:
    hang_before_commit(ready)
    engine = make_engine(url)
    actor = Actor(uuid.UUID(user_id), "victim", Role.ADMIN)
    allocation.allocate_order(make_uow_factory(engine)(), actor, uuid.UUID(order_id))


def post_invoice_then_hang(url: str, user_id: str, invoice_id: str, ready: Any) -> None:
    from app.services import invoicing

    hang_before_commit(ready)
    engine = make_engine(url)
    actor = Actor(uuid.UUID(user_id), "victim", Role.ADMIN)
    invoicing.post_invoice(make_uow_factory(engine)(), actor, uuid.UUID(invoice_id))
