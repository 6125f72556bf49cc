"""Setting up a new branch: its site code is checked against head office's, and the file
gets head office's users, products and customers (so its first user logs in with theirs)."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.services import users
from app.services.branch_setup import check_branch_site_code, set_up_branch
from app.services.database import make_engine
from app.services.errors import ValidationError
from app.services.schema import upgrade
from app.services.unit_of_work import make_uow_factory
from tests.conftest import PG_URL
from tests.factories import Factory
from tests.sync.pg import new_pg_database


@pytest.mark.parametrize("code", ["", "BR-1", "TOOLONG7", "br 1", "分店"])
def test_a_site_code_is_letters_and_digits(code: str) -> None:
    with pytest.raises(ValidationError) as raised:
        check_branch_site_code(code, "HQ")
    assert raised.value.field == "site_code"


def test_a_branch_never_takes_head_office_s_code() -> None:
    with pytest.raises(ValidationError, match="head office's own"):
        check_branch_site_code("hq", "HQ")
    assert check_branch_site_code(" br1 ", "HQ") == "BR1"


@pytest.mark.skipif(not PG_URL, reason="ORDERDESK_TEST_PG_URL is not set")
def test_a_new_branch_is_seeded_and_a_used_file_is_refused(tmp_path: Path) -> None:
    with new_pg_database("branch") as hq_url:
        hq_engine = make_engine(hq_url)
        branch_engine = make_engine(f"sqlite:///{tmp_path / 'br1.db'}")
        try:
            upgrade(hq_engine)
            upgrade(branch_engine)
            hq, branch = make_uow_factory(hq_engine), make_uow_factory(branch_engine)
            with pytest.raises(ValidationError, match="no users yet"):
                set_up_branch(hq, branch, "BR1")
            f = Factory(hq)
            f.product()
            f.customer()
            done = set_up_branch(hq, branch, "br1")
            assert (done.site_code, done.head_office_site) == ("BR1", "HQ")
            assert done.rows["users"] >= 1 and done.rows["products"] == 1
            assert done.rows["customers"] == 1
            assert users.has_users(branch(write=False))
            with branch(write=False) as uow:
                assert uow.site_code == "BR1"
            with pytest.raises(ValidationError, match="in use already"):
                set_up_branch(hq, branch, "BR2")
            # A second new file under the same code: head office already knows BR1.
            other_engine = make_engine(f"sqlite:///{tmp_path / 'other.db'}")
            try:
                upgrade(other_engine)
                other = make_uow_factory(other_engine)
                with pytest.raises(ValidationError, match="already knows a site BR1"):
                    set_up_branch(hq, other, "BR1")
                assert not users.has_users(other(write=False))  # nothing was copied
                assert set_up_branch(hq, other, "BR2").site_code == "BR2"
            finally:
                other_engine.dispose()
        finally:
            hq_engine.dispose()
            branch_engine.dispose()
