"""`orderdesk` on the command line: the GUI by default, plus migrate, check, demo, import,
export, copy, and a branch office's sync and branch-setup (app/cli_sync.py)."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence
from typing import Any

from app import __version__
from app.config import Config, load_config

EXIT_OK, EXIT_PROBLEMS, EXIT_CANNOT_OPEN = 0, 1, 2

DB_HELP = ("database URL: sqlite:///path/to/file.db or postgresql+psycopg://user@host/dbname "
           "(default: $ORDERDESK_DB_URL, else orderdesk.db in the user data folder)")


def _add_gui_options(parser: argparse.ArgumentParser, *, top: bool) -> None:
    # Subcommands repeat the options with SUPPRESS so `orderdesk --db X gui` keeps X.
    default = None if top else argparse.SUPPRESS
    parser.add_argument("--db", metavar="URL", default=default, help=DB_HELP)
    parser.add_argument("--demo", action="store_true", default=False if top else argparse.SUPPRESS,
                        help="fill a database that has no orders with demo data first")
    parser.add_argument("--smoke", action="store_true",
                        default=False if top else argparse.SUPPRESS,
                        help="quit after the window is first painted (start-up check)")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="orderdesk", description="OrderDesk: sales orders from entry to cash. "
        "Without a command, the desktop application starts.")
    parser.add_argument("--version", action="version", version=f"orderdesk {__version__}")
    _add_gui_options(parser, top=True)
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    gui = commands.add_parser("gui", help="start the desktop application (the default)")
    _add_gui_options(gui, top=False)
    migrate = commands.add_parser("migrate", help="upgrade the database schema to this version")
    migrate.add_argument("--db", metavar="URL", default=argparse.SUPPRESS, help=DB_HELP)
    check = commands.add_parser("check", help="verify the rules that must always hold")
    check.add_argument("--db", metavar="URL", default=argparse.SUPPRESS, help=DB_HELP)
    demo = commands.add_parser("demo", help="create or upgrade the database, add demo data")
    demo.add_argument("--db", metavar="URL", default=argparse.SUPPRESS, help=DB_HELP)
    demo.add_argument("--orders", type=int, default=60, help="how many orders (default 60)")
    demo.add_argument("--seed", type=int, default=1, help="random seed (default 1)")
    copy = commands.add_parser(
        "copy", help="copy a local SQLite database into a new, empty PostgreSQL database")
    copy.add_argument("--from", dest="source", metavar="SQLITE_URL", required=True,
                      help="the local file, e.g. sqlite:///path/to/orderdesk.db")
    copy.add_argument("--to", dest="target", metavar="POSTGRES_URL", required=True,
                      help="a new, empty database, e.g. postgresql+psycopg://user@host/dbname")
    from app.cli_data import add_commands  # import/export: app/cli_data.py
    from app.cli_sync import add_commands as add_sync_commands  # a branch office's

    add_commands(commands, DB_HELP)
    add_sync_commands(commands, DB_HELP)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    from app.bootstrap import StartupError

    args = build_parser().parse_args(argv)
    command = args.command or "gui"
    try:
        config = load_config(args.db)  # a saved profile that cannot be read stops here
        if command == "gui":
            from app.bootstrap import run_gui

            return run_gui(config, demo=args.demo, smoke=args.smoke)
        from app.cli_data import cmd_export, cmd_import
        from app.cli_sync import cmd_branch_setup, cmd_sync

        return {"migrate": cmd_migrate, "check": cmd_check, "demo": cmd_demo,
                "import": cmd_import, "export": cmd_export, "copy": cmd_copy,
                "sync": cmd_sync, "branch-setup": cmd_branch_setup}[command](config, args)
    except StartupError as exc:
        print(f"orderdesk: {exc}", file=sys.stderr)
        return EXIT_CANNOT_OPEN
    except KeyboardInterrupt:
        return 130


def cmd_migrate(config: Config, _args: argparse.Namespace) -> int:
    from app.bootstrap import describe_url, is_default, open_engine, upgrade_database

    engine = open_engine(config.db_url, create_folder=is_default(config))
    try:
        print(f"Database: {describe_url(config.db_url)}")
        result = upgrade_database(engine, config)
        _build_kpi_facts(engine)
    finally:
        engine.dispose()
    if result.before == result.after:
        print(f"Schema is already at {result.after}; nothing to do.")
    else:
        print(f"Schema upgraded from {result.before or 'empty'} to {result.after}.")
    if result.backup:
        print(f"Backup of the file before the upgrade: {result.backup}")
    return EXIT_OK


def _build_kpi_facts(engine: Any) -> None:
    """The KPI facts a new version adds are built here, once, rather than by the first
    dashboard load after the upgrade (about 100 s at 1,000,000 orders; docs/kpis.md)."""
    import time

    from app.services import invoice_facts, order_facts
    from app.services.unit_of_work import make_uow_factory

    uow = make_uow_factory(engine)
    started = time.perf_counter()
    orders, invoices = order_facts.refresh(uow()), invoice_facts.refresh(uow())
    if orders or invoices:
        print(f"KPI figures brought up to date ({orders} orders, {invoices} invoices) in "
              f"{time.perf_counter() - started:.1f} s.")


def cmd_check(config: Config, _args: argparse.Namespace) -> int:
    from app.bootstrap import describe_url, open_engine, require_current_schema

    engine = open_engine(config.db_url, must_exist=True)  # never creates or upgrades anything
    try:
        require_current_schema(engine)
        violations = _check_database()(engine)
    finally:
        engine.dispose()
    print(f"Database: {describe_url(config.db_url)}")
    for v in violations:
        print(f"{v.rule}: {v.entity} {v.entity_id}: {v.message}")
    if violations:
        rules = len({v.rule for v in violations})
        print(f"{len(violations)} violation(s) of {rules} rule(s) found.")
        return EXIT_PROBLEMS
    print("No violations: every rule holds.")
    return EXIT_OK


def _check_database() -> Callable[[Any], Sequence[Any]]:
    """The checker, imported late: every other command works in a build without it."""
    from app.bootstrap import StartupError

    try:
        from app.services.integrity import check_database
    except ImportError as exc:
        raise StartupError(f"The integrity check is not available ({exc}).") from None
    return check_database


def cmd_copy(_config: Config, args: argparse.Namespace) -> int:
    from app.bootstrap import describe_url, open_engine
    from app.services.db_copy import copy_database
    from app.services.errors import UserFacingError

    source = open_engine(args.source, must_exist=True)
    try:
        target = open_engine(args.target)
    except BaseException:
        source.dispose()
        raise
    try:
        print(f"Copying {describe_url(args.source)} to {describe_url(args.target)}")
        result = copy_database(source, target)
    except UserFacingError as exc:
        print(f"orderdesk: {exc}", file=sys.stderr)
        return EXIT_PROBLEMS
    finally:
        source.dispose()
        target.dispose()
    for table, rows in result.rows.items():
        if rows:
            print(f"  {table}: {rows}")
    print(f"{result.total} rows copied; run `orderdesk check --db {args.target}` to verify.")
    return EXIT_OK


def cmd_demo(config: Config, args: argparse.Namespace) -> int:
    from app.bootstrap import (
        StartupError,
        describe_url,
        format_demo_summary,
        is_default,
        open_engine,
        upgrade_database,
    )
    from app.services.unit_of_work import make_uow_factory

    try:  # written after the CLI; imported here so every other command works without it
        from app.services.demo import fill_demo
    except ImportError as exc:
        raise StartupError(f"Demo data is not available in this version ({exc}).") from None
    if args.orders < 0:
        raise StartupError("--orders must be 0 or more.")
    engine = open_engine(config.db_url, create_folder=is_default(config))
    try:
        print(f"Database: {describe_url(config.db_url)}")
        upgrade_database(engine, config)
        summary = fill_demo(make_uow_factory(engine), orders=args.orders, seed=args.seed)
    finally:
        engine.dispose()
    print(format_demo_summary(summary))
    return EXIT_OK
