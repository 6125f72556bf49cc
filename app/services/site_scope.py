"""Which records are work for this database's own desk (docs/sync.md, "Who owns what").

Head office holds copies of its branches' orders and documents: it may see them (the Orders
list, search, a customer's history), but only the branch may move them on, and the
site_ownership guard refuses the attempt. So the work queues (to confirm, to allocate, to
pick... and their counts) list a record only when it is worked on here: its site is this
database's own, or it is not a site that syncs into this database. The second half keeps a
single-site firm that renamed its site code working on the orders numbered under the old
code; only sites that have sent this database a batch (sync_applied_batches) are "others".

The other sites are read in Python first (a tiny table, one indexed DISTINCT): with none,
which is every branch and every single-site desk, the queues' queries stay exactly as they
were, without a predicate that would stop the counts from reading the state index alone.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import ColumnElement, not_, or_, true

from app.models import SalesOrder
from app.services.site_ownership import other_syncing_sites
from app.services.unit_of_work import UnitOfWork


@dataclass(frozen=True)
class WorkScope:
    """Filters for "worked on here", for one transaction (read it inside `with uow:`)."""

    others: tuple[str, ...]  # sites whose records are theirs to work on, not this desk's

    def orders(self, site_code: ColumnElement[str] | None = None) -> ColumnElement[bool]:
        """Orders worked on here (`site_code`: SalesOrder.site_code, or an alias's column)."""
        column = SalesOrder.site_code if site_code is None else site_code
        return true() if not self.others else column.not_in(self.others)

    def numbered(self, number: ColumnElement[str | None]) -> ColumnElement[bool]:
        """Documents (pick lists, shipments, production orders, invoices...) worked on here:
        a document's number starts with the code of the site that made it (numbering.py).
        A document without a number yet (a draft invoice) counts as this desk's."""
        if not self.others:
            return true()
        theirs = or_(*(number.startswith(f"{site}-", autoescape=True) for site in self.others))
        return or_(number.is_(None), not_(theirs))


def work_scope(uow: UnitOfWork) -> WorkScope:
    """The scope of the unit of work's current transaction (call it inside `with uow:`)."""
    return WorkScope(other_syncing_sites(uow.session, uow.site_code))


__all__ = ["WorkScope", "other_syncing_sites", "work_scope"]
