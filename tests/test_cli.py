"""The `orderdesk` command: version, migrate, check, demo, the GUI start, and clear refusals."""

from __future__ import annotations

import os
import subprocess
import sys
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.engine import make_url

from app import __version__
from app.cli import main
from app.services import order_queries
from app.services.database import make_engine
from app.services.schema import current_revision, head_revision
from app.services.unit_of_work import make_uow_factory
from tests.conftest import BACKENDS, PG_URL

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(autouse=True)
def _private_data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Never touch the real user data folder; no inherited database URL."""
    data = tmp_path / "data"
    monkeypatch.setenv("ORDERDESK_DATA_DIR", str(data))
    monkeypatch.delenv("ORDERDESK_DB_URL", raising=False)
    return data


@pytest.fixture(params=BACKENDS)
def blank_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """A database with nothing in it: a new SQLite file, or a new PostgreSQL database."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'blank.db'}"
        return
    name = f"orderdesk_cli_{uuid.uuid4().hex[:10]}"
    admin = make_engine(PG_URL, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    yield make_url(PG_URL).set(database=name).render_as_string(hide_password=False)
    with admin.connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    admin.dispose()


def _revision(url: str) -> str | None:
    engine = make_engine(url)
    try:
        return current_revision(engine)
    finally:
        engine.dispose()


def test_version_prints_the_program_name_and_version(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as done:
        main(["--version"])
    assert done.value.code == 0
    assert capsys.readouterr().out.strip() == f"orderdesk {__version__}" == "orderdesk 0.1.0"


def test_migrate_brings_a_blank_database_to_the_newest_schema(
        blank_url: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["migrate", "--db", blank_url]) == 0
    assert f"from empty to {head_revision()}" in capsys.readouterr().out
    assert _revision(blank_url) == head_revision()

    assert main(["migrate", "--db", blank_url]) == 0
    assert "already at" in capsys.readouterr().out


def test_without_db_the_local_file_in_the_data_folder_is_used(_private_data_dir: Path) -> None:
    assert main(["migrate"]) == 0
    assert _revision(f"sqlite:///{_private_data_dir / 'orderdesk.db'}") == head_revision()


def test_the_database_url_can_come_from_the_environment(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    url = f"sqlite:///{tmp_path / 'from-env.db'}"
    monkeypatch.setenv("ORDERDESK_DB_URL", url)
    assert main(["migrate"]) == 0
    assert _revision(url) == head_revision()


def test_check_refuses_a_database_that_is_not_migrated(
        blank_url: str, capsys: pytest.CaptureFixture[str]) -> None:
    pytest.importorskip("app.services.integrity")
    if blank_url.startswith("sqlite"):
        Path(make_url(blank_url).database or "").touch()  # exists, but holds no schema
    assert main(["check", "--db", blank_url]) == 2
    assert "run orderdesk migrate" in capsys.readouterr().err


def test_demo_fills_the_database_and_check_finds_it_sound(
        blank_url: str, capsys: pytest.CaptureFixture[str]) -> None:
    pytest.importorskip("app.services.integrity")
    assert main(["demo", "--db", blank_url, "--orders", "14", "--seed", "3"]) == 0
    out = capsys.readouterr().out
    assert "Demo data added" in out and "14 orders" in out
    engine = make_engine(blank_url)
    try:
        assert len(order_queries.list_orders(make_uow_factory(engine)(write=False))) == 14
    finally:
        engine.dispose()

    assert main(["check", "--db", blank_url]) == 0
    assert "No violations" in capsys.readouterr().out
    # An upgrade builds the KPI figures once (as after a version that adds them), so the
    # first dashboard load does not; a second run finds nothing to do.
    with engine.begin() as conn:
        conn.execute(text("DELETE FROM settings WHERE key = 'kpi_facts_seq'"))
    assert main(["migrate", "--db", blank_url]) == 0
    assert "KPI figures brought up to date (14 orders" in capsys.readouterr().out
    assert main(["migrate", "--db", blank_url]) == 0
    assert "KPI figures" not in capsys.readouterr().out
    engine.dispose()


def test_check_lists_each_violation_and_exits_1(
        blank_url: str, capsys: pytest.CaptureFixture[str]) -> None:
    pytest.importorskip("app.services.integrity")
    assert main(["demo", "--db", blank_url, "--orders", "3"]) == 0
    engine = make_engine(blank_url)
    with engine.begin() as conn:  # books that no longer match the ledger of moves
        conn.execute(text("UPDATE stock_levels SET on_hand = on_hand + 1000"))
    engine.dispose()
    capsys.readouterr()

    assert main(["check", "--db", blank_url]) == 1
    out = capsys.readouterr().out.splitlines()
    listed = out[1:-1]  # between the "Database:" line and the summary
    assert listed and all(": stock_level " in line for line in listed)
    assert out[-1].startswith(f"{len(listed)} violation(s)")


@pytest.mark.parametrize("url, expected", [
    ("garbage", "is not a database URL"),
    ("mysql://someone@localhost/orders", "works with SQLite and PostgreSQL"),
    ("postgresql+psycopg://nobody@127.0.0.1:1/orders", "Cannot open PostgreSQL"),
    ("sqlite:////no/such/folder/orderdesk.db", "does not exist"),
])
@pytest.mark.parametrize("command", ["migrate", "check", "demo"])
def test_a_database_that_cannot_be_opened_gives_one_line_and_exit_2(
        command: str, url: str, expected: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main([command, "--db", url]) == 2
    captured = capsys.readouterr()
    assert captured.err.startswith("orderdesk: ") and expected in captured.err
    assert captured.err.count("\n") == 1 and "Traceback" not in captured.err


def test_check_does_not_create_a_missing_file(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", "--db", f"sqlite:///{tmp_path / 'typo.db'}"]) == 2
    assert "no such file" in capsys.readouterr().err
    assert not (tmp_path / "typo.db").exists()


@pytest.mark.skipif(not PG_URL, reason="ORDERDESK_TEST_PG_URL is not set")
def test_the_gui_refuses_a_shared_database_that_is_not_migrated(
        capsys: pytest.CaptureFixture[str], request: pytest.FixtureRequest) -> None:
    url = PG_URL  # the admin database holds no OrderDesk schema
    assert main(["--db", url]) == 2
    assert "run orderdesk migrate" in capsys.readouterr().err
    assert _revision(url) is None  # and it was not upgraded behind the user's back


def test_without_a_display_the_gui_says_how_to_run_headless(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    if not sys.platform.startswith("linux"):
        pytest.skip("only Linux needs DISPLAY or WAYLAND_DISPLAY")
    for name in ("QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY"):
        monkeypatch.delenv(name, raising=False)
    assert main(["--db", f"sqlite:///{tmp_path / 'x.db'}"]) == 2
    assert "QT_QPA_PLATFORM=offscreen" in capsys.readouterr().err


def test_the_program_starts_and_paints_its_window(blank_url: str) -> None:
    """The real entry point in a fresh process, as a user starts it (offscreen)."""
    if blank_url.startswith("postgresql"):
        assert main(["migrate", "--db", blank_url]) == 0  # a shared database is never auto-upgraded
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run([sys.executable, "-m", "app", "--db", blank_url, "--demo", "--smoke"],
                          cwd=ROOT, env=env, capture_output=True, text=True, timeout=180)
    assert done.returncode == 0, done.stderr
    assert "Demo data added" in done.stdout
    assert "smoke: first paint after" in done.stdout
    assert _revision(blank_url) == head_revision()


SAMPLES = ROOT / "resources" / "samples"


def test_import_loads_the_samples_and_a_second_run_adds_nothing(
        blank_url: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["migrate", "--db", blank_url]) == 0
    for kind in ("customers", "products", "stock", "orders"):
        assert main(["import", "--db", blank_url, kind, str(SAMPLES / f"{kind}.csv")]) == 0
    out = capsys.readouterr().out
    assert "Imported 3 new record(s) of orders; 0 already present" in out

    assert main(["import", "--db", blank_url, "orders", str(SAMPLES / "orders.csv")]) == 0
    assert "orders: 0 new, 3 already present, 0 invalid" in capsys.readouterr().out
    assert main(["check", "--db", blank_url]) == 0


def test_import_dry_run_shows_the_preview_and_changes_nothing(
        blank_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["migrate", "--db", blank_url]) == 0
    path = str(SAMPLES / "customers-big5.csv")
    assert main(["import", "--db", blank_url, "customers", path, "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert "(big5)" in out and "customers: 3 new" in out and "Dry run" in out
    assert main(["export", "--db", blank_url, "customers", str(tmp_path / "c.csv")]) == 0
    assert (tmp_path / "c.csv").read_text(encoding="utf-8-sig").count("\n") == 1  # header only


def test_import_lists_each_bad_row_and_exits_1(
        blank_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["migrate", "--db", blank_url]) == 0
    bad = tmp_path / "bad.csv"
    bad.write_text("sku,name,list_price\nA-1,Good,10\nA-2,Bad,ten\nA-3,,5\n", encoding="utf-8")
    capsys.readouterr()
    assert main(["import", "--db", blank_url, "products", str(bad)]) == 1
    out = capsys.readouterr().out
    assert "row 3, column list_price: ten is not a number." in out
    assert "row 4, column name: name is empty; it is required." in out
    assert "2 error(s): nothing was imported." in out
    assert main(["export", "--db", blank_url, "products", str(tmp_path / "p.xlsx")]) == 0
    assert "Exported 0 row(s) of products" in capsys.readouterr().out


def test_export_writes_csv_or_xlsx_and_refuses_other_names(
        blank_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["migrate", "--db", blank_url]) == 0
    for kind in ("customers", "products", "stock", "orders"):
        assert main(["import", "--db", blank_url, kind, str(SAMPLES / f"{kind}.csv")]) == 0
    capsys.readouterr()
    assert main(["export", "--db", blank_url, "orders", str(tmp_path / "o.csv")]) == 0
    assert "Exported 4 row(s) of orders" in capsys.readouterr().out
    text = (tmp_path / "o.csv").read_text(encoding="utf-8-sig")
    assert text.startswith("order_number,customer_code,order_date") and "黑貓宅急便" in text
    assert main(["export", "--db", blank_url, "orders", str(tmp_path / "o.txt")]) == 2
    assert "must end in .csv or .xlsx" in capsys.readouterr().err


def test_import_of_a_missing_file_or_into_a_missing_database_exits_2(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    url = f"sqlite:///{tmp_path / 'od.db'}"
    assert main(["migrate", "--db", url]) == 0
    assert main(["import", "--db", url, "customers", str(tmp_path / "nope.csv")]) == 2
    assert "no such file" in capsys.readouterr().err
    missing = f"sqlite:///{tmp_path / 'typo.db'}"
    assert main(["import", "--db", missing, "customers", str(SAMPLES / "customers.csv")]) == 2
    assert not (tmp_path / "typo.db").exists()
    with pytest.raises(SystemExit) as usage:
        main(["import", "--db", url, "invoices", str(SAMPLES / "customers.csv")])
    assert usage.value.code == 2
