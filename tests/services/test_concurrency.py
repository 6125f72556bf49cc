"""Many stations at once, as real OS processes: the last units are allocated exactly once,
and a process killed in the middle of an action leaves nothing half-done."""

from __future__ import annotations

import multiprocessing
import os
import signal
from decimal import Decimal

import pytest
from sqlalchemy import Engine

from app.services import allocation, invoice_queries, invoicing, order_queries, stock
from app.services.integrity import check_database
from tests import workers
from tests.factories import Factory

SPAWN = multiprocessing.get_context("spawn")


def _kill_when_ready(target, *args) -> None:  # type: ignore[no-untyped-def]
    """Runs `target` in a new process that stops just before COMMIT, and SIGKILLs it there."""
    ready = SPAWN.Queue()
    proc = SPAWN.Process(target=target, args=(*args, ready))
    proc.start()
    pid = ready.get(timeout=60)
    os.kill(pid, signal.SIGKILL)
    proc.join(timeout=30)
    assert proc.exitcode == -signal.SIGKILL


def _race(db_url: str, f: Factory, processes: int, stock_qty: int) -> list[tuple[str, str]]:
    product = f.product(stock_qty=stock_qty)
    order_ids = [f.confirmed_order(lines=[(product, 1)]) for _ in range(processes)]
    barrier = SPAWN.Barrier(processes)
    results = SPAWN.Queue()
    procs = [SPAWN.Process(target=workers.allocate_all_or_nothing,
                           args=(db_url, str(f.admin.user_id), str(oid), barrier, results))
             for oid in order_ids]
    for proc in procs:
        proc.start()
    outcomes = [results.get(timeout=120) for _ in procs]
    for proc in procs:
        proc.join(timeout=60)
        assert proc.exitcode == 0
    level = next(r for r in stock.list_stock(f.uow()) if r.product_id == product)
    assert level.allocated == Decimal(stock_qty)
    assert level.available == 0
    return outcomes


@pytest.mark.slow
def test_stations_racing_for_the_last_units_allocate_each_unit_once(
    db_url: str, engine: Engine, f: Factory
) -> None:
    processes = 16 if engine.dialect.name == "postgresql" else 4
    stock_qty = processes * 5 // 8  # 10 of 16, 2 of 4: some must lose
    outcomes = _race(db_url, f, processes, stock_qty)
    kinds = [kind for kind, _ in outcomes]
    assert [o for o in outcomes if o[0] == "error"] == []
    assert kinds.count("ok") == stock_qty
    assert kinds.count("insufficient") == processes - stock_qty


@pytest.mark.slow
def test_a_process_killed_before_commit_leaves_nothing_allocated(
    db_url: str, f: Factory
) -> None:
    product = f.product(stock_qty=5)
    order_id = f.confirmed_order(lines=[(product, 3)])
    _kill_when_ready(workers.allocate_then_hang, db_url, str(f.admin.user_id), str(order_id))
    detail = order_queries.get_order(f.uow(), order_id)
    assert detail.lines[0].qty_allocated == 0
    level = next(r for r in stock.list_stock(f.uow()) if r.product_id == product)
    assert level.allocated == 0
    # The database is usable at once: the killed writer's lock died with it.
    result = allocation.allocate_order(f.uow(), f.admin, order_id)
    assert result.complete


@pytest.mark.slow
def test_a_process_killed_while_posting_leaves_no_number_gap(
    db_url: str, engine: Engine, f: Factory
) -> None:
    first = f.posted_invoice()
    second = f.delivered_order()
    draft = invoicing.create_invoice(f.uow(), f.admin, [second])
    _kill_when_ready(workers.post_invoice_then_hang, db_url, str(f.admin.user_id), str(draft))
    assert invoice_queries.get_invoice(f.uow(), draft).row.number is None
    assert check_database(engine) == []
    number = invoicing.post_invoice(f.uow(), f.admin, draft)
    first_number = invoice_queries.get_invoice(f.uow(), first).row.number
    assert first_number == "HQ-INV-000001"
    assert number == "HQ-INV-000002"
    assert check_database(engine) == []
