"""A new branch gets head office's reference data: users, products, customers, settings.

The first full copy (docs/sync.md); the incremental down-sync (`sync_down`) keeps it current.
Rows are copied as they are (same UUIDs), so what the branch creates refers to rows head
office has, and are not written to the branch's change log: they are head office's.
"""

from __future__ import annotations

from sqlalchemy import select

from app.models import Setting
from app.services.settings import is_site_local, set_setting
from app.services.sync_rows import insert_absent, table
from app.services.unit_of_work import UowFactory

REFERENCE_TABLES = ("users", "products", "bom_lines", "customers", "customer_contacts",
                    "customer_addresses")


def seed_branch(head_office: UowFactory, branch: UowFactory, site_code: str) -> dict[str, int]:
    """Copies head office's reference rows the branch lacks and sets the branch's site code,
    in one branch transaction. Returns rows added per table."""
    with head_office(write=False) as h:
        conn = h.session.connection()
        rows = {name: [dict(r) for r in conn.execute(select(table(name))).mappings()]
                for name in REFERENCE_TABLES}
        settings = [(s.key, s.value) for s in h.session.scalars(select(Setting))
                    if not is_site_local(s.key)]
    with branch() as uow:
        conn = uow.session.connection()
        added = {name: insert_absent(conn, name, rows[name]) for name in REFERENCE_TABLES}
        for key, value in settings:
            set_setting(uow.session, key, value)
        set_setting(uow.session, "site_code", site_code)
        uow.commit()
    return added


__all__ = ["REFERENCE_TABLES", "seed_branch"]
