"""Settings come down from head office; the ones each site keeps for itself never do, and a
branch's own change of a shared setting stays local until head office changes that key."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from app.models import Setting, SyncChange
from app.services.change_log import SETTINGS
from app.services.integrity import check_database
from app.services.settings import get_setting, set_setting, setting_entity_id
from app.services.sync_batches import Aggregate, Batch, read_batch
from app.services.sync_down import apply_down_batch, sync_down
from app.services.sync_up import sync_status, sync_up
from tests.conftest import PG_URL
from tests.sync.sites import Site, Sites, three_sites

pytestmark = pytest.mark.skipif(not PG_URL, reason="ORDERDESK_TEST_PG_URL is not set")


@pytest.fixture
def sites(tmp_path: Path):  # type: ignore[no-untyped-def]
    with three_sites(tmp_path) as s:
        yield s


def _set(site: Site, **values: str) -> None:
    with site.uow() as u:
        for key, value in values.items():
            set_setting(u.session, key.replace("__", "."), value)
        u.commit()


def _get(site: Site, key: str) -> str:
    with site.uow(write=False) as u:
        return get_setting(u.session, key)


def test_a_setting_changed_at_head_office_arrives_at_the_branch(sites: Sites) -> None:
    br1, hq = sites.branches["BR1"], sites.hq
    sync_down(br1.uow, hq.uow)  # what the seed already brought (products, users, customer)
    _set(hq, currency="USD", company_name="Head Office Ltd", lead_days="5")
    result = sync_down(br1.uow, hq.uow)
    assert result.applied and result.aggregates == 3
    assert (_get(br1, "currency"), _get(br1, "company_name"), _get(br1, "lead_days")) == (
        "USD", "Head Office Ltd", "5")
    _set(hq, currency="EUR")  # incrementally: only what changed since
    assert sync_down(br1.uow, hq.uow).aggregates == 1
    assert _get(br1, "currency") == "EUR"
    assert sync_down(br1.uow, hq.uow).batch_id is None
    assert check_database(br1.engine) == []


def test_site_local_settings_never_come_down(sites: Sites) -> None:
    br1, hq = sites.branches["BR1"], sites.hq
    _set(br1, replenishment_email="buyer@br1.example", sync__online="1")
    _set(hq, site_code="HQ", replenishment_email="buyer@hq.example", sync__online="0",
         kpi_invoice_facts_seq="HQ:42", company_logo_path="/srv/logo.png",
         currency="JPY")
    with hq.engine.connect() as conn:  # head office does not even log them
        logged = set(conn.scalars(select(SyncChange.entity_id)
                                  .where(SyncChange.entity == SETTINGS)))
    assert logged == {setting_entity_id("currency")}
    sync_down(br1.uow, hq.uow)
    assert _get(br1, "site_code") == "BR1"
    assert _get(br1, "replenishment_email") == "buyer@br1.example"
    assert _get(br1, "sync.online") == "1"
    assert _get(br1, "company_logo_path") == ""
    assert _get(br1, "currency") == "JPY"

    # Even a batch that carried site_code (an older or forged head office) cannot set it.
    forged = Batch("HQ", 10_000, 10_000, (Aggregate(
        SETTINGS, setting_entity_id("site_code"),
        {SETTINGS: [{"key": "site_code", "value": "HQ"}]}),))
    with hq.uow(write=False) as h:  # the cursor must follow on: make it the next batch
        last = read_batch(h.session.connection(), "HQ", 0, down_to="BR1")
    assert last is not None
    forged = Batch("HQ", last.last_seq + 1, last.last_seq + 1, forged.aggregates)
    assert apply_down_batch(br1.uow, forged).applied
    assert _get(br1, "site_code") == "BR1"


def test_a_branch_change_stays_local_until_head_office_changes_the_key(
        sites: Sites) -> None:
    br1, hq = sites.branches["BR1"], sites.hq
    _set(br1, four_eyes_shipping="1")
    assert sync_status(br1.uow).waiting == 0  # logged at the branch, but nothing goes up
    sync_up(br1.uow, hq.uow)
    assert _get(hq, "four_eyes_shipping") == "0"
    _set(hq, currency="USD")  # another key: the branch's value survives
    sync_down(br1.uow, hq.uow)
    assert _get(br1, "four_eyes_shipping") == "1"
    _set(hq, four_eyes_shipping="0")
    _set(hq, four_eyes_shipping="1")
    _set(hq, four_eyes_shipping="0")  # head office's next change of that key wins
    sync_down(br1.uow, hq.uow)
    assert _get(br1, "four_eyes_shipping") == "0"


def test_the_same_settings_batch_twice_changes_nothing(sites: Sites) -> None:
    br1, hq = sites.branches["BR1"], sites.hq
    _set(hq, currency="USD", credit_days_default="45")
    with hq.uow(write=False) as h:
        batch = read_batch(h.session.connection(), "HQ", 0, down_to="BR1")
    assert batch is not None
    assert apply_down_batch(br1.uow, batch).applied
    _set(br1, currency="TWD")  # a local change after the batch
    with br1.engine.connect() as conn:
        before = conn.execute(select(Setting.key, Setting.value).order_by(Setting.key)).all()
    assert not apply_down_batch(br1.uow, batch).applied
    with br1.engine.connect() as conn:
        assert conn.execute(select(Setting.key, Setting.value)
                            .order_by(Setting.key)).all() == before
    assert _get(br1, "currency") == "TWD" and _get(br1, "credit_days_default") == "45"
