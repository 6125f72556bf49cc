"""`orderdesk sync` and `orderdesk branch-setup`: a branch office from the shell (docs/sync.md).

    orderdesk branch-setup --site BR1 --head-office postgresql+psycopg://branch@hq/orderdesk
    orderdesk sync                       # once, over the saved link (Settings > Head office)
    orderdesk sync --head-office URL     # once, to that server

The branch is the desk's own database (--db, $ORDERDESK_DB_URL or the local file), always a
local SQLite file. Exit codes: 0 synced (or set up), 1 head office was reached but the sync
stopped on something a person must look at, 2 head office or the branch cannot be reached.
"""

from __future__ import annotations

import argparse
import sys
from typing import Any

from app.config import Config, StartupError

EXIT_OK, EXIT_PROBLEMS, EXIT_CANNOT_OPEN = 0, 1, 2
HQ_HELP = ("head office's server, e.g. postgresql+psycopg://user@hq.example.lan/orderdesk "
           "(default for sync: the link saved on this computer)")


def add_commands(commands: Any, db_help: str) -> None:
    sync = commands.add_parser("sync", help="sync this branch with head office once")
    sync.add_argument("--db", metavar="URL", default=argparse.SUPPRESS, help=db_help)
    sync.add_argument("--head-office", metavar="URL", help=HQ_HELP)
    setup = commands.add_parser(
        "branch-setup", help="make a new local file a branch office: head office's users, "
        "products and customers copied in, the branch's own site code")
    setup.add_argument("--db", metavar="URL", default=argparse.SUPPRESS, help=db_help)
    setup.add_argument("--site", required=True, metavar="CODE", help="the branch's site code, "
                       "e.g. BR1 (letters and digits, not head office's)")
    setup.add_argument("--head-office", required=True, metavar="URL", help=HQ_HELP)


def _head_office(config: Config, url: str | None) -> Any:
    from app.head_office_link import link_url, load_link, open_head_office, require_local_desk

    require_local_desk(config.db_url)
    if url:
        return open_head_office(url)
    link = load_link(config.data_dir)
    if link is None:
        raise StartupError("This desk has no head-office link: give --head-office URL, or "
                           "link it in Settings > Head office.")
    return open_head_office(link_url(link), link)


def cmd_sync(config: Config, args: argparse.Namespace) -> int:
    from app.services.sync_runner import sync_now
    from app.services.sync_up import sync_status
    from app.services.unit_of_work import make_uow_factory

    head_office = _head_office(config, args.head_office)
    from app.cli_data import open_current

    engine = open_current(config)
    try:
        branch = make_uow_factory(engine)
        report = sync_now(branch, head_office.uow)
        status = sync_status(branch)
    finally:
        engine.dispose()
        head_office.dispose()
    print(f"Head office: {head_office.link.label}")
    if report.up is not None:
        up = report.up
        print(f"Up: {up.batches_applied} batch(es) applied, {up.aggregates} record(s), "
              f"{up.batches_already_applied} already there, {up.conflicts} conflict(s) for "
              "head office to review.")
    if report.down is not None:
        down = report.down
        print(f"Down: {down.aggregates if down.applied else 0} record(s) from head office, "
              f"{down.conflicts} conflict(s) recorded here.")
    print(f"Waiting: {status.waiting} change(s); open conflicts here: {status.open_conflicts}.")
    if not report.online:
        print(f"orderdesk: {report.error}", file=sys.stderr)
        return EXIT_CANNOT_OPEN
    if report.error:
        print(f"orderdesk: {report.error}", file=sys.stderr)
        return EXIT_PROBLEMS
    return EXIT_OK


def cmd_branch_setup(config: Config, args: argparse.Namespace) -> int:
    from app.bootstrap import describe_url, is_default, open_engine, upgrade_database
    from app.services.branch_setup import set_up_branch
    from app.services.errors import DatabaseUnavailableError, UserFacingError
    from app.services.unit_of_work import make_uow_factory

    head_office = _head_office(config, args.head_office)
    engine = open_engine(config.db_url, create_folder=is_default(config))
    try:
        upgrade_database(engine, config)
        done = set_up_branch(head_office.uow, make_uow_factory(engine), args.site)
    except DatabaseUnavailableError:
        print(f"orderdesk: head office {head_office.link.label} cannot be reached.",
              file=sys.stderr)
        return EXIT_CANNOT_OPEN
    except UserFacingError as exc:
        print(f"orderdesk: {exc}", file=sys.stderr)
        return EXIT_PROBLEMS
    finally:
        engine.dispose()
        head_office.dispose()
    print(f"Branch {done.site_code} set up in {describe_url(config.db_url)} from head office "
          f"{done.head_office_site}:")
    for table, rows in done.rows.items():
        print(f"  {table}: {rows}")
    print("Link it for syncing in Settings > Head office, or run `orderdesk sync "
          "--head-office URL`.")
    return EXIT_OK
