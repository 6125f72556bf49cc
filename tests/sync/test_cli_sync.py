"""`orderdesk branch-setup` and `orderdesk sync` against a PostgreSQL head office, and an
unreachable one: a message and exit 2, never a traceback."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.cli import main
from app.services.database import make_engine
from app.services.schema import upgrade
from app.services.unit_of_work import make_uow_factory
from app.services.users import has_users
from tests.conftest import PG_URL
from tests.factories import Factory
from tests.sync.pg import new_pg_database

pytestmark = pytest.mark.skipif(not PG_URL, reason="ORDERDESK_TEST_PG_URL is not set")


@pytest.fixture(autouse=True)
def _private_data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ORDERDESK_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.delenv("ORDERDESK_DB_URL", raising=False)


def test_set_up_a_branch_then_sync_it(tmp_path: Path,
                                      capsys: pytest.CaptureFixture[str]) -> None:
    branch_url = f"sqlite:///{tmp_path / 'br1.db'}"
    with new_pg_database("cli") as hq_url:
        hq_engine = make_engine(hq_url)
        try:
            upgrade(hq_engine)
            hq = make_uow_factory(hq_engine)
            f = Factory(hq)
            customer, product = f.customer(), f.product()
            assert main(["branch-setup", "--db", branch_url, "--site", "HQ",
                         "--head-office", hq_url]) == 1
            assert "head office's own site code" in capsys.readouterr().err
            assert main(["branch-setup", "--db", branch_url, "--site", "br1",
                         "--head-office", hq_url]) == 0
            out = capsys.readouterr().out
            assert "Branch BR1 set up" in out and "customers: 1" in out

            branch_engine = make_engine(branch_url)
            try:
                branch = Factory(make_uow_factory(branch_engine))
                branch._actors.update(f._actors)  # head office's users came down
                assert has_users(make_uow_factory(branch_engine)(write=False))
                branch.confirmed_order(customer, [(product, 2)])
            finally:
                branch_engine.dispose()
            assert main(["sync", "--db", branch_url, "--head-office", hq_url]) == 0
            out = capsys.readouterr().out
            assert "Up: 1 batch(es) applied" in out and "Waiting: 0 change(s)" in out
            assert main(["sync", "--db", branch_url, "--head-office", hq_url]) == 0
            assert "Up: 0 batch(es) applied" in capsys.readouterr().out
        finally:
            hq_engine.dispose()


def test_an_unreachable_head_office_is_a_message_and_exit_2(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    branch_url = f"sqlite:///{tmp_path / 'br1.db'}"
    assert main(["migrate", "--db", branch_url]) == 0
    capsys.readouterr()
    down = "postgresql+psycopg://nobody@127.0.0.1:1/orderdesk"
    assert main(["sync", "--db", branch_url, "--head-office", down]) == 2
    captured = capsys.readouterr()
    assert "Head office cannot be reached" in captured.err
    assert "Traceback" not in captured.err + captured.out
    assert main(["sync", "--db", branch_url]) == 2  # no link saved, no URL given
    assert "no head-office link" in capsys.readouterr().err
    assert main(["sync", "--db", "postgresql+psycopg://u@127.0.0.1:1/x"]) == 2
    assert "only for a branch" in capsys.readouterr().err
