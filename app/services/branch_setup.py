"""Setting up a new branch office (docs/sync.md): its site code, checked against head
office's, and its first copy of head office's reference data (sync_seed.seed_branch).

Used by `orderdesk branch-setup` and the first-run wizard's branch page.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import delete, exists, or_, select

from app.models import Location, NumberSeries, SalesOrder, SyncAppliedBatch
from app.services.errors import ValidationError, tr
from app.services.sync_seed import seed_branch
from app.services.unit_of_work import UowFactory
from app.services.users import has_users

MAX_SITE_CODE = 6  # the width settings._check_site_code allows


@dataclass(frozen=True)
class BranchSetup:
    site_code: str
    head_office_site: str
    rows: dict[str, int]  # reference rows copied, per table


def normalise_site_code(code: str) -> str:
    return code.strip().upper()


def check_branch_site_code(code: str, head_office_site: str) -> str:
    """The branch's code in capitals, or a ValidationError on field "site_code": letters and
    digits only (it starts every document number: BR1-INV-000007) and never head office's
    own code, or both would number documents in the same series."""
    code = normalise_site_code(code)
    if not (1 <= len(code) <= MAX_SITE_CODE and code.isascii() and code.isalnum()):
        raise ValidationError("site_code", tr(
            "A branch's site code is 1 to 6 letters or digits, like BR1."))
    if code == head_office_site.upper():
        raise ValidationError("site_code", tr(
            "{code} is head office's own site code; give the branch a code of its own, "
            "like BR1."), code=code)
    return code


def head_office_site(head_office: UowFactory) -> str:
    with head_office(write=False) as uow:
        return uow.site_code


def set_up_branch(head_office: UowFactory, branch: UowFactory, site_code: str) -> BranchSetup:
    """Checks the code, then copies head office's users, products, customers and settings
    into the branch's (empty, migrated) file and gives it its site code. A branch that
    already has users is refused: seeding is for a new file, the sync keeps it current."""
    hq_site = head_office_site(head_office)
    code = check_branch_site_code(site_code, hq_site)
    if has_users(branch(write=False)):
        raise ValidationError("site_code", tr(
            "This database is in use already; a branch is set up on a new, empty file."))
    if not has_users(head_office(write=False)):
        raise ValidationError("site_code", tr(
            "Head office has no users yet: set head office up first, then its branches."))
    claim_site_code(head_office, code)
    try:
        rows = seed_branch(head_office, branch, code)
    except BaseException:
        _release_site_code(head_office, code)  # nothing was numbered under it yet
        raise
    return BranchSetup(code, hq_site, rows)


def claim_site_code(head_office: UowFactory, code: str) -> None:
    """Registers the code at head office, or refuses one another branch has: two branches
    under one code would number documents in the same series, and head office would take
    the second one's first batch (BR1:1-50) for the first one's, already applied, and drop
    it. A code is taken once head office has its number series (a branch that synced, or
    one set up here), a batch from it, a location or an order of it."""
    with head_office() as uow:
        s = uow.session
        taken = s.scalar(select(or_(
            exists().where(NumberSeries.site_code == code),
            exists().where(SyncAppliedBatch.site_code == code),
            exists().where(Location.site_code == code),
            exists().where(SalesOrder.site_code == code))))
        if taken:
            raise ValidationError("site_code", tr(
                "Head office already knows a site {code}: give this branch a code of its "
                "own. (A branch replacing a lost file restores its backup instead.)"),
                code=code)
        # The order counter at 1: the branch's first batch raises it (head office keeps the
        # higher counter), and the unique (site, kind) key refuses a second claim.
        s.add(NumberSeries(site_code=code, kind="SO", next_value=1))
        uow.commit()


def _release_site_code(head_office: UowFactory, code: str) -> None:
    with head_office() as uow:
        uow.session.execute(delete(NumberSeries).where(
            NumberSeries.site_code == code, NumberSeries.kind == "SO",
            NumberSeries.next_value == 1))
        uow.commit()


__all__ = ["BranchSetup", "check_branch_site_code", "claim_site_code", "head_office_site",
           "normalise_site_code", "set_up_branch"]
