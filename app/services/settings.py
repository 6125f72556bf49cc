"""Firm-wide settings stored in the database (site code, currency, rules the firm chooses)."""

from __future__ import annotations

import uuid

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.models import Setting
from app.services import audit
from app.services.auth import Actor
from app.services.errors import ValidationError, tr

DEFAULTS: dict[str, str] = {
    "site_code": "HQ",
    "currency": "TWD",
    "company_name": "OrderDesk Demo Co.",
    "four_eyes_shipping": "0",  # "1": a second person must sign off each shipment
    "credit_days_default": "30",
    # Letterhead on every document (logo: a PNG or JPEG path; empty for none).
    "company_address": "1 Example Road, Taipei",
    "company_phone": "",
    "company_email": "",
    "company_tax_id": "",
    "company_logo_path": "",
    # en, zh_TW or zh_CN; a customer's own "language.customer.<id>" setting wins.
    "document_language": "en",
    # Outgoing mail: the password is never stored here, the caller passes it to the sender.
    "smtp_host": "",
    "smtp_port": "587",
    "smtp_security": "starttls",  # starttls, ssl or none
    "smtp_user": "",
    "smtp_from": "",
    "smtp_cafile": "",  # a CA file for a self-signed company mail server
    # KPI targets (docs/kpis.md); alerts list the figures that miss them.
    "kpi_target_on_time_pct": "95",  # at least
    "kpi_target_accuracy_pct": "98",  # at least
    "kpi_target_fill_rate_pct": "90",  # at least
    "kpi_target_confirmation_hours": "24",  # at most, entry to confirmation
    "kpi_target_first_shipment_hours": "48",  # at most, confirmation to first shipment
    "kpi_target_delivery_hours": "120",  # at most, entry to delivery
    "kpi_target_back_order_lines": "10",  # at most
    "kpi_target_days_to_pay": "35",  # at most
    "kpi_target_overdue_amount": "100000",  # at most, in the firm's currency
    "kpi_target_resolve_hours": "72",  # at most, complaint recorded to resolved
}


# Per site by nature (docs/sync.md): never copied to a branch by the seed or the down-sync, and
# never logged for sync. Each site has its own code and sync bookkeeping; the KPI watermarks
# date this database's own derived rows; the replenishment address is the buyer of this
# site's warehouse; file paths name a file on this site's machines.
SITE_LOCAL_SETTINGS = frozenset({
    "site_code", "kpi_facts_seq", "kpi_category_facts_seq", "kpi_invoice_facts_seq",
    "replenishment_email", "company_logo_path", "smtp_cafile"})
SITE_LOCAL_PREFIXES = ("sync.",)


def is_site_local(key: str) -> bool:
    """True for a setting each site keeps for itself (head office's never overwrites it)."""
    return key in SITE_LOCAL_SETTINGS or key.startswith(SITE_LOCAL_PREFIXES)


def setting_entity_id(key: str) -> uuid.UUID:
    """The change log names aggregates by UUID; a setting's is derived from its key (the
    same on every site), in a namespace of its own so it never meets an audit group's id."""
    return uuid.uuid5(uuid.NAMESPACE_URL, f"orderdesk:settings-key:{key}")


def get_setting(session: Session, key: str) -> str:
    value = session.scalar(select(Setting.value).where(Setting.key == key))
    return DEFAULTS.get(key, "") if value is None else value


def set_setting(session: Session, key: str, value: str) -> None:
    if key == "site_code":
        _check_site_code(value)
    row = session.get(Setting, key)
    if row is None:
        session.add(Setting(key=key, value=value))
    else:
        row.value = value


def set_settings_audited(session: Session, actor: Actor | None, group: str,
                         values: dict[str, str]) -> dict[str, str]:
    """Writes the values that differ from what is stored and audits them as one change of
    the settings group (e.g. "company", "mail"); returns what changed."""
    changed = {key: value for key, value in values.items()
               if get_setting(session, key) != value}
    for key, value in changed.items():
        set_setting(session, key, value)
    if changed:
        group_id = uuid.uuid5(uuid.NAMESPACE_URL, f"orderdesk:setting:{group}")
        audit.record(session, actor, "setting", group_id, group, **changed)
    return changed


def get_site_code(session: Session) -> str:
    return get_setting(session, "site_code")


def _check_site_code(code: str) -> None:
    if not (1 <= len(code) <= 6 and code.isalnum() and code.isascii() and code.isupper()):
        raise ValidationError(
            "site_code", tr("A site code is 1 to 6 capital letters or digits, like HQ or BR2.")
        )
