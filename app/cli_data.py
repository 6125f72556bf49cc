"""`orderdesk import` and `orderdesk export`: data in and out of a database from the shell.

Exit codes as for `check`: 0 done (also when everything was already there), 1 the file has
errors and nothing was imported, 2 the command or the database cannot be used.
"""

from __future__ import annotations

import argparse
import uuid
from typing import Any

from app.config import Config

KIND_NAMES = ("customers", "products", "stock", "orders")
CLI_USER = "cli-import"  # whom the audit trail names for a shell import or export
EXIT_OK, EXIT_PROBLEMS, EXIT_CANNOT_OPEN = 0, 1, 2


def add_commands(commands: Any, db_help: str) -> None:
    """Adds the two subcommands to cli.build_parser's subparsers."""
    imp = commands.add_parser("import", help="import customers, products, stock or orders "
                              "from CSV or XLSX (docs/import.md)")
    imp.add_argument("--db", metavar="URL", default=argparse.SUPPRESS, help=db_help)
    imp.add_argument("kind", choices=KIND_NAMES, metavar="KIND",
                     help="what the file holds: " + ", ".join(KIND_NAMES))
    imp.add_argument("file", metavar="FILE", help="a .csv (UTF-8, Big5 or GB18030) or .xlsx")
    imp.add_argument("--dry-run", action="store_true",
                     help="check the file and show what would be imported; change nothing")
    exp = commands.add_parser("export", help="export customers, products, stock or orders "
                              "to CSV or XLSX")
    exp.add_argument("--db", metavar="URL", default=argparse.SUPPRESS, help=db_help)
    exp.add_argument("kind", choices=KIND_NAMES, metavar="KIND",
                     help="what to export: " + ", ".join(KIND_NAMES))
    exp.add_argument("file", metavar="FILE", help="FILE.csv or FILE.xlsx")


def open_current(config: Config) -> Any:
    """The engine of an existing database at the current schema (never creates or
    upgrades); shared by the commands that work on one."""
    from app.bootstrap import open_engine, require_current_schema

    engine = open_engine(config.db_url, must_exist=True)
    try:
        require_current_schema(engine)
    except BaseException:
        engine.dispose()
        raise
    return engine


def _cli_actor(uow_factory: Any) -> Any:
    """The shell has no login: work as an inactive admin user named cli-import, created on
    first use (it cannot sign in), so the audit trail says the change came from here."""
    import secrets

    from sqlalchemy import select

    from app.models import User
    from app.models.enums import Role
    from app.services.auth import Actor, hash_password

    with uow_factory() as uow:
        user_id = uow.session.scalar(select(User.id).where(User.username == CLI_USER))
        if user_id is None:
            user = User(id=uuid.uuid4(), username=CLI_USER, display_name="Command-line import",
                        password_hash=hash_password(secrets.token_hex(16)), role=Role.ADMIN,
                        active=False)
            uow.session.add(user)
            uow.session.flush()
            user_id = user.id
            uow.commit()
    return Actor(user_id, CLI_USER, Role.ADMIN)


def cmd_import(config: Config, args: argparse.Namespace) -> int:
    from pathlib import Path

    from app.bootstrap import StartupError, describe_url
    from app.services.errors import UserFacingError
    from app.services.importing import ImportRefusedError, apply_import, preview_import
    from app.services.unit_of_work import make_uow_factory

    if not Path(args.file).is_file():
        raise StartupError(f"{args.file}: no such file.")
    engine = open_current(config)
    try:
        print(f"Database: {describe_url(config.db_url)}")
        uow = make_uow_factory(engine)
        actor = _cli_actor(uow)
        try:
            preview = preview_import(uow(write=False), actor, args.kind, args.file)
        except UserFacingError as exc:
            print(f"orderdesk: {exc.message}")
            return EXIT_PROBLEMS
        _print_preview(preview)
        if preview.errors:
            print(f"{len(preview.errors)} error(s): nothing was imported.")
            return EXIT_PROBLEMS
        if args.dry_run:
            print("Dry run: nothing was imported.")
            return EXIT_OK
        try:
            result = apply_import(uow(), actor, preview)
        except ImportRefusedError as exc:  # the database changed since the preview
            for error in exc.errors:
                print(_line(error))
            print(f"{len(exc.errors)} error(s): nothing was imported.")
            return EXIT_PROBLEMS
        except UserFacingError as exc:
            print(f"orderdesk: {exc.message}")
            return EXIT_PROBLEMS
    finally:
        engine.dispose()
    print(f"Imported {result.created} new record(s) of {args.kind}; {result.skipped} already "
          f"present (batch {result.batch_id}).")
    return EXIT_OK


def _line(error: Any) -> str:
    column = f", column {error.column}" if error.column else ""
    return f"row {error.row}{column}: {error.message}"


def _print_preview(preview: Any) -> None:
    print(f"File: {preview.source_name} ({preview.encoding}), {len(preview.rows)} data row(s)")
    for warning in preview.warnings:
        print(f"note: {_line(warning)}")
    for error in preview.errors:
        print(_line(error))
    print(f"{preview.kind}: {preview.new} new, {preview.present} already present, "
          f"{preview.invalid} invalid")


def cmd_export(config: Config, args: argparse.Namespace) -> int:
    from app.bootstrap import StartupError, describe_url
    from app.services.errors import UserFacingError
    from app.services.exporting import export_file
    from app.services.unit_of_work import make_uow_factory

    if not args.file.lower().endswith((".csv", ".xlsx")):
        raise StartupError("The export file must end in .csv or .xlsx.")
    engine = open_current(config)
    try:
        print(f"Database: {describe_url(config.db_url)}")
        uow = make_uow_factory(engine)
        try:
            result = export_file(uow(write=False), _cli_actor(uow), args.kind, args.file)
        except UserFacingError as exc:
            raise StartupError(exc.message) from None
    finally:
        engine.dispose()
    print(f"Exported {result.rows} row(s) of {result.kind} to {result.path}.")
    return EXIT_OK
