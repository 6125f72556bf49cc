"""The whole head-office server stopped during syncs (`pg_ctl stop -m immediate`, a real
crash and recovery), on a private PostgreSQL 15 server: inside head office's transaction of
an up-sync, after its commit and before the down-sync, and while the down-sync reads.
Afterwards nothing is lost, nothing is doubled, and `check` is clean on all three sites."""

from __future__ import annotations

import random
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from app.services import sync_apply, sync_down, sync_runner
from app.services.sync_batches import last_applied_seq
from app.services.sync_up import sync_status
from tests.sync import private_pg
from tests.sync.sites import Sites, sites_on
from tests.sync.test_sync_faults import _random_work, assert_every_record_arrived_once

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not private_pg.available(),
                       reason="no PostgreSQL 15 server binaries (initdb) to run a private one"),
]
CYCLES = 12
FAULTS = ("mid_up_apply", "after_up_commit", "mid_down_read")


@pytest.fixture
def server() -> Iterator[private_pg.PrivateServer]:
    pg = private_pg.PrivateServer()
    try:
        pg.start()
        yield pg
    finally:
        pg.close()


@pytest.fixture
def sites(server: private_pg.PrivateServer, tmp_path: Path) -> Iterator[Sites]:
    with sites_on(server.url, tmp_path, prices=("12.50", "99.00")) as sites:
        yield sites


def _applied(sites: Sites, code: str) -> int:
    with sites.hq.engine.connect() as conn:
        return last_applied_seq(conn, code)


def test_stopping_the_server_during_syncs_loses_and_doubles_nothing(
        server: private_pg.PrivateServer, sites: Sites,
        monkeypatch: pytest.MonkeyPatch) -> None:
    rng = random.Random(15)
    branches = list(sites.branches.values())
    fault = {"now": ""}
    real_apply_order, real_read_batch = sync_apply._apply_order, sync_down.read_batch

    def apply_order(conn: Any, batch: Any, aggregate: Any) -> int:
        if fault["now"] == "mid_up_apply":  # head office's transaction is open, not committed
            fault["now"] = ""
            server.stop()
        return real_apply_order(conn, batch, aggregate)

    def after_apply(_batch: Any, _outcome: Any) -> None:
        if fault["now"] == "after_up_commit":  # committed; the down-sync finds no server
            fault["now"] = ""
            server.stop()

    def read_batch(*args: Any, **kwargs: Any) -> Any:
        if fault["now"] == "mid_down_read":
            fault["now"] = ""
            server.stop()
        return real_read_batch(*args, **kwargs)

    monkeypatch.setattr(sync_apply, "_apply_order", apply_order)
    monkeypatch.setattr(sync_down, "read_batch", read_batch)
    real_up = sync_runner.sync_up  # sync_now's own up-sync, with the hook after the commit
    monkeypatch.setattr(sync_runner, "sync_up",
                        lambda b, h: real_up(b, h, after_apply=after_apply))

    stopped = {name: 0 for name in FAULTS}
    for cycle in range(CYCLES):
        branch = branches[cycle % 2]
        branch.f.order(sites.customer, [(rng.choice(sites.products), 2)])  # an order to cut
        for _ in range(rng.randint(1, 3)):
            _random_work(branch, sites, rng)
        applied_before = _applied(sites, branch.code)
        fault["now"] = FAULTS[cycle % len(FAULTS)]
        report = sync_runner.sync_now(branch.uow, sites.hq.uow)
        assert not server.running and not report.online, (cycle, report)
        assert not sync_status(branch.uow).online  # the status bar shows it offline
        stopped[FAULTS[cycle % len(FAULTS)]] += 1
        # Work goes on with head office down, then the server comes back.
        _random_work(branch, sites, rng)
        server.start()
        # Cut inside head office's transaction: crash recovery rolled the batch back whole.
        # Otherwise the up-sync had committed before the server went.
        moved = _applied(sites, branch.code) > applied_before
        assert moved == (FAULTS[cycle % len(FAULTS)] != "mid_up_apply"), cycle
    assert all(count == CYCLES // len(FAULTS) for count in stopped.values()), stopped

    assert "not properly shut down" in (server.root / "server.log").read_text()  # real crashes
    for branch in branches:
        report = sync_runner.sync_now(branch.uow, sites.hq.uow)
        assert report.online and report.error == "", report
        assert sync_status(branch.uow).waiting == 0
    assert_every_record_arrived_once(sites.hq, branches)
